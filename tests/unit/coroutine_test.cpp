// Coroutine layouts (src/ty/coroutine.cpp, LayoutCx::layout_of_coroutine) on a real program:
// every saved-field access a coroutine body makes lands inside the layout, aligned, and never
// on bytes another field of the same variant, an upvar or the tag uses. Layouts are our own
// (rustc's are not printed), so the checks are for consistency, not rustc's sizes. Skips when
// the sysroot is not set up.
#include "driver/program.h"
#include "frontend/toolchain.h"
#include "mir/printer.h"
#include "ty/layout.h"

#include "test_program.h"

#include <gtest/gtest.h>

#include <map>

using namespace mirage;
using namespace mirage::ty;

namespace {

const char* kSource = R"(
#![feature(coroutines, coroutine_trait, stmt_expr_attributes)]
#![allow(dead_code, unused)]
async fn add(a: u32, b: u32) -> u32 { a + b }
async fn held(a: u32) -> String {
    let s = String::from("x");
    let v = vec![1u8, 2];
    let r = add(a, 1).await;
    let t = s.clone();
    add(r, v.len() as u32).await;
    t + &s
}
async fn generic<T: Clone>(x: T) -> (T, T) { let y = x.clone(); add(1, 2).await; (x, y) }
fn keep<F>(_: F) {}
fn main() {
    keep(held(1));
    keep(generic(1u8));
    keep(generic(String::new()));
    let n = 5u64;
    keep(async { let q = &n; add(1, 2).await; *q });
    keep(async move { let inner = async { add(3, 4).await }; inner.await + 1 });
    let mut v = vec![1];
    keep(#[coroutine] || { let s = String::from("a"); yield 1u32; v.push(2); yield 2; s });
}
)";

struct World {
    std::unique_ptr<Program> program;
    const LoadedCrate* user = nullptr;
    std::unique_ptr<LowererAdtSource> source;
    std::unique_ptr<LayoutCx> lcx;
    std::string skip;
};

World& world() {
    static World* w = [] {
        auto* w = new World;
        CompiledCrate compiled;
        w->program = testing_support::load_host_program(w->skip, kSource, &compiled);
        if (!w->program) return w;
        w->user = w->program->crate_named(compiled.crate_name);
        auto dl = TargetDataLayout::for_target(find_toolchain()->host); // found: it loaded
        w->source = std::make_unique<LowererAdtSource>(*w->program->lowerer);
        w->lcx = std::make_unique<LayoutCx>(*w->program->cx, *w->source, *dl);
        return w;
    }();
    return *w;
}

class CoroutineTest : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!world().skip.empty()) GTEST_SKIP() << world().skip;
        ASSERT_NE(world().user, nullptr);
    }
    Program& p() { return *world().program; }

    // Every monomorphic coroutine type a local of the user's crate has, by its printed form.
    std::map<std::string, Ty> coroutine_types() {
        std::map<std::string, Ty> out;
        const LoadedCrate& u = *world().user;
        for (uint32_t b = u.first_body; b < u.first_body + u.body_count; ++b) {
            const mir::Body& body = p().bodies[b];
            for (const mir::LocalDecl& l : body.locals) {
                Ty t = p().lowerer->lower_mir_ty(l.ty, u.id, p().item_of_body(b));
                if (t->kind != Kind::Coroutine || p().cx->has_params(t)) continue;
                out.emplace(mir::type_to_string(p().interner, l.ty), t);
            }
        }
        return out;
    }
};

// [offset, offset + size) of every field of the layout's `v`th variant, sized fields only.
struct Range {
    uint64_t lo, hi;
    std::string what;
};

} // namespace

TEST_F(CoroutineTest, AsyncFnBodiesAndBlocksLowerToCoroutines) {
    auto types = coroutine_types();
    for (const char* name : {"{async fn body of held()}", "{async fn body of add()}",
                             "{async fn body of generic<u8>()}",
                             "{async fn body of generic<std::string::String>()}"})
        EXPECT_TRUE(types.count(name)) << name;
    size_t blocks = 0, coroutines = 0;
    for (const auto& [name, t] : types) {
        blocks += name.starts_with("{async block@");
        coroutines += name.starts_with("{coroutine@");
    }
    EXPECT_EQ(blocks, 3u); // the borrowing one, the nested one and the block inside it
    EXPECT_EQ(coroutines, 1u);
}

TEST_F(CoroutineTest, EverySavedFieldAccessHasAnOffsetInsideItsVariant) {
    auto types = coroutine_types();
    ASSERT_GE(types.size(), 7u);
    size_t checked = 0;
    for (const auto& [name, t] : types) {
        SCOPED_TRACE(name);
        auto layout = world().lcx->layout_of(t);
        ASSERT_TRUE(layout.ok()) << layout.error().message;
        const Layout& l = **layout;
        ASSERT_EQ(l.variants, VariantsKind::Multiple);
        EXPECT_EQ(l.size % l.align, 0u);
        EXPECT_EQ(l.tag.valid_range.end, l.variant_layouts.size() - 1);
        // Stable: the same layout again, and from a fresh context.
        EXPECT_EQ(*world().lcx->layout_of(t), &l);
        LayoutCx fresh(*p().cx, *world().source, world().lcx->data_layout());
        EXPECT_EQ((*fresh.layout_of(t))->size, l.size);

        const items::Item& item = p().db.item(t->def);
        const mir::Body& body = p().bodies[item.body];
        auto check = [&](const mir::Place& place) {
            uint32_t i = place.proj.begin, e = i + place.proj.count;
            // `(*_N)` or `(*(_1.0))`, then `as variant#V`, then `.K: T`.
            if (place.local == 1 && i < e && body.projections[i].kind == mir::ProjKind::Field) ++i;
            if (i + 3 > e) return;
            const auto& d = body.projections[i];
            const auto& dc = body.projections[i + 1];
            const auto& f = body.projections[i + 2];
            if (d.kind != mir::ProjKind::Deref || dc.kind != mir::ProjKind::Downcast || dc.sym != 0 ||
                f.kind != mir::ProjKind::Field)
                return;
            ASSERT_LT(dc.a, l.variant_layouts.size());
            const Layout& v = l.variant_layouts[dc.a];
            ASSERT_LT(f.a, v.offsets.size());
            Ty fty = p().lowerer->lower_mir_ty(f.ty, item.crate, t->def);
            fty = p().lowerer->normalize(p().cx->subst(fty, t->arg_span()));
            auto fl = world().lcx->layout_of(fty);
            ASSERT_TRUE(fl.ok()) << fl.error().message;
            EXPECT_LE(v.offsets[f.a] + (*fl)->size, l.size) << "variant " << dc.a << " field " << f.a;
            EXPECT_EQ(v.offsets[f.a] % (*fl)->align, 0u) << "variant " << dc.a << " field " << f.a;
            ++checked;
        };
        for (const mir::Statement& st : body.statements) {
            check(st.place);
            check(st.rvalue.place);
        }
        for (const mir::Operand& op : body.operands)
            if (op.kind == mir::OperandKind::Copy || op.kind == mir::OperandKind::Move) check(op.place);
        for (const mir::BasicBlock& bb : body.blocks) check(bb.terminator.place);
    }
    EXPECT_GT(checked, 20u);
}

TEST_F(CoroutineTest, FieldsOfOneVariantUpvarsAndTheTagDoNotOverlap) {
    for (const auto& [name, t] : coroutine_types()) {
        SCOPED_TRACE(name);
        auto layout = world().lcx->layout_of(t);
        ASSERT_TRUE(layout.ok()) << layout.error().message;
        const Layout& l = **layout;
        auto shape = world().source->coroutine(t);
        ASSERT_TRUE(shape.has_value());
        auto size_of = [&](Ty ty) { return (*world().lcx->layout_of(ty))->size; };
        std::vector<Range> outer;
        for (uint32_t i = 0; i < shape->upvars.size(); ++i)
            outer.push_back({l.offsets[i], l.offsets[i] + size_of(shape->upvars[i]), "upvar " + std::to_string(i)});
        outer.push_back({l.offsets[l.tag_field], l.offsets[l.tag_field] + l.tag.size(), "tag"});
        for (uint32_t v = 0; v < l.variant_layouts.size(); ++v) {
            std::vector<Range> ranges = outer;
            for (uint32_t k = 0; k < shape->variants[v].size(); ++k) {
                uint64_t off = l.variant_layouts[v].offsets[k];
                uint64_t size = size_of(shape->variants[v][k]);
                if (size) ranges.push_back({off, off + size, "v" + std::to_string(v) + "." + std::to_string(k)});
            }
            for (size_t a = 0; a < ranges.size(); ++a)
                for (size_t b = a + 1; b < ranges.size(); ++b)
                    EXPECT_TRUE(ranges[a].hi <= ranges[b].lo || ranges[b].hi <= ranges[a].lo)
                        << ranges[a].what << " overlaps " << ranges[b].what;
        }
    }
}

TEST_F(CoroutineTest, ShapesFollowTheBodies) {
    auto types = coroutine_types();
    auto shape_of = [&](const std::string& name) {
        auto s = world().source->coroutine(types.at(name));
        EXPECT_TRUE(s.has_value()) << name;
        return s.value_or(CoroutineShape{});
    };
    // Two awaits: Unresumed, Returned, Poisoned and one variant per suspension point.
    CoroutineShape held = shape_of("{async fn body of held()}");
    EXPECT_EQ(held.variants.size(), 5u);
    ASSERT_EQ(held.upvars.size(), 1u);
    EXPECT_EQ(p().cx->to_string(held.upvars[0]), "u32");
    ASSERT_EQ(held.variants[4].size(), 4u); // s, v, t and the second awaitee
    EXPECT_EQ(held.variants[4][1]->kind, Kind::Adt);

    // A generic async fn instantiated twice: the saved `T`s follow the instance.
    CoroutineShape g8 = shape_of("{async fn body of generic<u8>()}");
    CoroutineShape gs = shape_of("{async fn body of generic<std::string::String>()}");
    ASSERT_EQ(g8.variants.size(), 4u);
    ASSERT_GE(g8.variants[3].size(), 2u);
    EXPECT_EQ(p().cx->to_string(g8.variants[3][0]), "u8");
    EXPECT_EQ(gs.variants[3][0]->kind, Kind::Adt);
    EXPECT_LT((*world().lcx->layout_of(types.at("{async fn body of generic<u8>()}")))->size,
              (*world().lcx->layout_of(types.at("{async fn body of generic<std::string::String>()}")))->size);

    // Captures by reference: the async block borrows `n`, the coroutine borrows `v` mutably.
    size_t borrowing = 0;
    for (const auto& [name, t] : types) {
        auto s = world().source->coroutine(t);
        ASSERT_TRUE(s.has_value()) << name;
        if (name.starts_with("{coroutine@")) {
            ASSERT_EQ(s->upvars.size(), 1u);
            EXPECT_EQ(s->upvars[0]->kind, Kind::Ref);
            EXPECT_TRUE(s->upvars[0]->flags & kMutable);
            EXPECT_EQ(s->variants.size(), 5u); // two yields
        }
        if (name.starts_with("{async block@") && s->upvars.size() == 1 && s->upvars[0]->kind == Kind::Ref) {
            EXPECT_EQ(p().cx->to_string(s->upvars[0]->arg(0)), "u64");
            ++borrowing;
        }
    }
    EXPECT_EQ(borrowing, 1u);
}

TEST_F(CoroutineTest, VariantsShareBytesOnlyBetweenFieldsNeverHeldTogether) {
    auto types = coroutine_types();
    const Layout& l = **world().lcx->layout_of(types.at("{async fn body of held()}"));
    ASSERT_EQ(l.variant_layouts.size(), 5u);
    auto at = [&](uint32_t v, uint32_t k) { return l.variant_layouts[v].offsets[k]; };
    // `s` and `v` (accessed as variant#4 .0/.1) are held while suspended in state 3, next to the
    // first awaitee (variant#3 .2, 12 bytes): no sharing.
    for (uint32_t k : {0u, 1u}) EXPECT_TRUE(at(4, k) + 24 <= at(3, 2) || at(3, 2) + 12 <= at(4, k)) << k;
    // The two awaitees are never held together: they may, and do, share bytes.
    EXPECT_EQ(at(3, 2), at(4, 3));
}
