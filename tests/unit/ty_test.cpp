// The type system on the real host sysroot: lowering of printed types, normalization, trait
// selection, call resolution, vtables and drop glue. Skips when the sysroot is not set up.
#include "driver/program.h"
#include "frontend/toolchain.h"
#include "items/resolve.h"
#include "mir/parser.h"
#include "mir/printer.h"
#include "ty/traits.h"
#include "ty/vtable.h"

#include "test_program.h"

#include <gtest/gtest.h>

#include <memory>

using namespace mirage;
using namespace mirage::ty;

namespace {

// The host sysroot's program database, loaded once the way every command loads it.
struct World {
    std::unique_ptr<Program> p;
    items::CrateId std_crate = items::kNone;
    std::string skip;
};

World& world() {
    static World* w = [] {
        auto* w = new World;
        w->p = testing_support::load_host_program(w->skip);
        if (w->p) w->std_crate = w->p->db.crate_named("std");
        return w;
    }();
    return *w;
}

class TyTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!world().skip.empty()) GTEST_SKIP() << world().skip;
    }
    // A type as printed in a body of std (or `crate`), with no generics in scope.
    Ty ty(std::string_view text, std::string_view crate = "std") {
        World& w = world();
        auto syntax = mir::parse_type(w.p->interner, text);
        EXPECT_TRUE(bool(syntax)) << text;
        if (!syntax) return w.p->cx->mk_error("parse");
        return w.p->lowerer->lower_mir_ty(*syntax, w.p->db.crate_named(crate), items::kNone);
    }
    std::string str(Ty t) { return world().p->cx->to_string(t); }
    ItemId item_of(Ty t) { return t->def; }
};

} // namespace

TEST_F(TyTest, LowersPrintedPathsAndFillsDefaultArgs) {
    Ty v = ty("std::vec::Vec<u8>");
    ASSERT_EQ(v->kind, Kind::Adt) << str(v);
    ASSERT_EQ(v->nargs, 2u) << str(v); // Vec<u8, Global>
    EXPECT_EQ(str(v->arg(1)), "Global");
    // The same type through alloc's defining path and std's re-export is one pointer.
    EXPECT_EQ(v, ty("alloc_crate::vec::Vec<u8>"));
    EXPECT_EQ(v, ty("vec::Vec<u8>", "alloc")) << str(ty("vec::Vec<u8>", "alloc"));
    Ty map = ty("std::collections::HashMap<u32, std::string::String>");
    ASSERT_EQ(map->kind, Kind::Adt) << str(map);
    EXPECT_EQ(map->nargs, 4u) << str(map); // K, V, S = RandomState, A = Global
    Ty opt = ty("core::option::Option<&[u8]>");
    ASSERT_EQ(opt->kind, Kind::Adt);
    EXPECT_EQ(str(opt), "Option<&[u8]>");
    EXPECT_EQ(ty("[u32; 4]")->arg(1)->value, 4u);
    EXPECT_EQ(ty("(u8, char, !)")->nargs, 3u);
}

TEST_F(TyTest, PatternTypesCarryTheirValidRange) {
    Ty p = ty("(u32) is 1..");
    ASSERT_EQ(p->kind, Kind::Pat);
    EXPECT_EQ(p->value, 1u);
    EXPECT_EQ(p->value2, 0xFFFFFFFFu);
    Ty q = ty("(i8) is (i8::MIN..=-1 | 1..)");
    ASSERT_EQ(q->kind, Kind::Pat);
    EXPECT_EQ(q->value, 1u);    // valid from 1 ...
    EXPECT_EQ(q->value2, 0xFFu); // ... wrapping around to -1
}

TEST_F(TyTest, NormalizesProjectionsThroughImpls) {
    // NonZero<u32>'s field is <u32 as ZeroablePrimitive>::NonZeroInner.
    Ty nz = ty("core::num::NonZero<u32>");
    ASSERT_EQ(nz->kind, Kind::Adt) << str(nz);
    Ty field = world().p->lowerer->field_ty(nz, 0, 0);
    EXPECT_EQ(field->kind, Kind::Adt) << str(field);
    EXPECT_EQ(str(field), "NonZeroU32Inner");
    Ty item = ty("<std::vec::IntoIter<u8> as core::iter::Iterator>::Item");
    EXPECT_EQ(str(item), "u8");
}

TEST_F(TyTest, SelectsImplsWithWhereClausesAndBuiltins) {
    World& w = world();
    ItemId clone = w.p->solver->lang_item("Clone");
    ItemId sized = w.p->solver->lang_item("Sized");
    ASSERT_NE(clone, items::kNone);
    Ty vec = ty("std::vec::Vec<u8>");
    Ty args[] = {vec};
    auto src = w.p->solver->select(clone, args);
    ASSERT_TRUE(src);
    EXPECT_EQ(src->kind, SourceKind::Impl);
    // Vec<NoClone> is not Clone: the impl's `T: Clone` fails.
    Ty mutex_vec = ty("std::vec::Vec<std::sync::Mutex<u8>>");
    Ty args2[] = {mutex_vec};
    EXPECT_FALSE(w.p->solver->select(clone, args2));
    Ty tup = ty("(u8, std::string::String)");
    Ty args3[] = {tup};
    auto t = w.p->solver->select(clone, args3);
    ASSERT_TRUE(t);
    EXPECT_EQ(t->kind, SourceKind::Builtin);
    Ty str_ty = ty("str");
    Ty args4[] = {str_ty};
    EXPECT_FALSE(w.p->solver->select(sized, args4));
}

TEST_F(TyTest, ResolvesTraitMethodCallsToImplBodies) {
    World& w = world();
    auto path = mir::parse_type(w.p->interner, "<std::vec::Vec<u8> as core::clone::Clone>::clone");
    ASSERT_TRUE(path);
    auto ref = w.p->solver->lower_fn_path(*path, w.std_crate, items::kNone);
    ASSERT_TRUE(ref);
    auto inst = w.p->solver->resolve(ref->def, ref->args);
    ASSERT_TRUE(inst);
    EXPECT_EQ(inst->kind, InstanceKind::Item);
    const items::Item& fn = w.p->db.item(inst->def);
    EXPECT_EQ(w.p->interner.str(fn.name), "clone");
    ASSERT_NE(fn.parent, items::kNone);
    EXPECT_EQ(w.p->db.item(fn.parent).kind, items::ItemKind::Impl); // the impl's, not the trait's
}

TEST_F(TyTest, InherentMethodsOnPrimitivesAndAdts) {
    World& w = world();
    for (const char* text : {"core::slice::<impl [u8]>::len", "core::num::<impl usize>::wrapping_add",
                             "alloc_crate::vec::Vec::<u8>::capacity"}) {
        auto path = mir::parse_type(w.p->interner, text);
        ASSERT_TRUE(path) << text;
        auto ref = w.p->solver->lower_fn_path(*path, w.std_crate, items::kNone);
        ASSERT_TRUE(ref) << text << " " << str(ty(text));
        EXPECT_EQ(w.p->db.item(ref->def).kind, items::ItemKind::Function) << text;
    }
}

TEST_F(TyTest, VtableOfDebugHasDropSizeAlignThenFmt) {
    World& w = world();
    ItemId debug = items::kNone;
    Ty dbg = ty("dyn core::fmt::Debug");
    ASSERT_EQ(dbg->kind, Kind::Dynamic) << str(dbg);
    debug = dbg->arg(0)->def;
    Ty i32 = w.p->cx->mk_int(IntTy::I32);
    Ty tr = w.p->cx->mk(Kind::TraitRef, debug, {&i32, 1});
    VtableBuilder vb(*w.p->solver);
    auto entries = vb.entries(tr);
    ASSERT_EQ(entries.size(), 4u);
    EXPECT_EQ(entries[3].kind, VtableEntryKind::Method);
    EXPECT_EQ(w.p->interner.str(w.p->db.item(entries[3].method.def).name), "fmt");
}

TEST_F(TyTest, DropGlueKnowsWhatNeedsDropping) {
    DropGlue glue(*world().p->solver);
    EXPECT_TRUE(glue.needs_drop(ty("std::vec::Vec<u8>")));
    EXPECT_TRUE(glue.needs_drop(ty("(u8, std::string::String)")));
    EXPECT_FALSE(glue.needs_drop(ty("(u8, &str, [u64; 3])")));
    EXPECT_FALSE(glue.needs_drop(ty("core::mem::ManuallyDrop<std::string::String>")));
    EXPECT_TRUE(glue.drop_impl(ty("std::vec::Vec<u8>")).has_value());
}

TEST_F(TyTest, InherentMethodOfAGenericImplBindsTheImplParams) {
    World& w = world();
    auto path = mir::parse_type(w.p->interner, "num::nonzero::NonZero::<u32>::get");
    ASSERT_TRUE(path);
    auto ref = w.p->solver->lower_fn_path(*path, w.p->db.crate_named("core"), items::kNone);
    ASSERT_TRUE(ref);
    ASSERT_EQ(ref->args.size(), 1u);
    EXPECT_EQ(str(ref->args[0]), "u32");
    const items::Item& impl = w.p->db.item(w.p->db.item(ref->def).parent);
    EXPECT_EQ(w.p->lowerer->generics_of(w.p->db.item(ref->def).parent).size(), 1u)
        << mir::type_to_string(w.p->interner, impl.ty);
}

TEST_F(TyTest, ImplParamsBindEvenWhenTheCallerUsesTheSameParamIndex) {
    // Inside NonZero<T>'s own impl, `NonZero::<T>::get` names the impl with T = the caller's T.
    World& w = world();
    Ty nz = ty("core::num::NonZero<u32>");
    ItemId generic_impl = items::kNone;
    for (ItemId impl : w.p->resolver->inherent_impls_of(nz->def))
        if (w.p->lowerer->generics_of(impl).size() == 1) generic_impl = impl;
    ASSERT_NE(generic_impl, items::kNone);
    ItemId fn = w.p->db.children(w.p->db.item(generic_impl))[0];
    auto path = mir::parse_type(w.p->interner, "num::nonzero::NonZero::<T>::get");
    auto ref = w.p->solver->lower_fn_path(*path, w.p->db.crate_named("core"), fn);
    ASSERT_TRUE(ref);
    ASSERT_EQ(ref->args.size(), 1u);
    EXPECT_EQ(ref->args[0]->kind, Kind::Param) << str(ref->args[0]);
}
