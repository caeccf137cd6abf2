// The item table on real rustc output: the host sysroot's rustdoc JSON (loader), paths through
// its modules and re-exports (resolver), its MIR bodies joined to items (join), a small program
// compiled through our pipeline, and the cache round trip. Skipped until `mirage setup` ran.
#include "frontend/compile.h"
#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "items/cache_io.h"
#include "items/hir_items.h"
#include "items/join.h"
#include "items/json_loader.h"
#include "items/resolve.h"
#include "mir/cache.h"
#include "mir/parser.h"
#include "mir/printer.h"
#include "util/file.h"

#include <gtest/gtest.h>

#include <cstddef>
#include <cstring>
#include <filesystem>
#include <map>
#include <memory>
#include <unistd.h>

using namespace mirage;
using namespace mirage::items;

namespace {

// The whole host sysroot's items, loaded once for every test (about half a second).
struct Loaded {
    Sysroot sysroot;
    mir::Interner interner;
    ItemDb db;
    std::unique_ptr<Resolver> resolver;
    JsonLoadStats stats;
    std::string error;
};

Loaded& loaded() {
    static Loaded* l = [] {
        auto* out = new Loaded;
        auto tc = find_toolchain();
        if (!tc) {
            out->error = tc.error().message;
            return out;
        }
        auto sysroot = find_sysroot(*tc, tc->host);
        if (!sysroot) {
            out->error = sysroot.error().message;
            return out;
        }
        out->sysroot = std::move(*sysroot);
        out->resolver = std::make_unique<Resolver>(out->db, out->interner);
        for (const SysrootCrate& c : out->sysroot.crates) {
            auto id = load_crate_json(out->db, out->interner, *out->resolver, c.name, c.json_path,
                                      &out->stats);
            if (!id) {
                out->error = id.error().message;
                return out;
            }
        }
        return out;
    }();
    return *l;
}

#define NEED_SYSROOT()                                                                             \
    Loaded& L = loaded();                                                                          \
    if (!L.error.empty()) GTEST_SKIP() << L.error;

std::vector<Sym> path(mir::Interner& in, std::initializer_list<const char*> segs) {
    std::vector<Sym> out;
    for (const char* s : segs) out.push_back(in.intern(s));
    return out;
}

ItemId in_crate(Loaded& L, const char* crate, std::initializer_list<const char*> segs,
                Namespace ns = Namespace::Type) {
    return L.resolver->resolve_in_crate(L.db.crate_named(crate), path(L.interner, segs), ns);
}

std::vector<std::string> child_names(Loaded& L, ItemId id) {
    std::vector<std::string> out;
    for (ItemId c : L.db.children(L.db.item(id)))
        out.emplace_back(L.interner.str(L.db.item(c).name));
    return out;
}

TEST(Items, VecHasItsFieldsAndGenerics) {
    NEED_SYSROOT();
    ItemId vec = in_crate(L, "alloc", {"vec", "Vec"});
    ASSERT_NE(vec, kNone);
    const Item& it = L.db.item(vec);
    EXPECT_EQ(it.kind, ItemKind::Struct);
    EXPECT_EQ(it.shape, VariantShape::Struct);
    EXPECT_EQ(child_names(L, vec), (std::vector<std::string>{"buf", "len"}));
    auto params = L.db.params_of(it);
    ASSERT_EQ(params.size(), 2u);
    EXPECT_EQ(L.interner.str(params[0].name), "T");
    EXPECT_EQ(L.interner.str(params[1].name), "A");
    // `A = Global`: the default names alloc's Global through a Resolved node.
    ASSERT_NE(params[1].default_ty, 0u);
    const mir::TyNode& def = L.interner.ty(params[1].default_ty);
    ASSERT_EQ(def.kind, mir::TyKind::Resolved);
    EXPECT_EQ(L.interner.str(L.db.item(def.sym).name), "Global");
    // `len: usize` is the parser's own usize node.
    ItemId len = L.db.children(it)[1];
    EXPECT_EQ(L.db.item(len).ty, L.interner.intern_ty(mir::TyKind::Uint, 0,
                                                      L.interner.intern("usize"), {}));
    // `buf: RawVec<T, A>` points into alloc's raw_vec module, with both arguments.
    const mir::TyNode& buf = L.interner.ty(L.db.item(L.db.children(it)[0]).ty);
    ASSERT_EQ(buf.kind, mir::TyKind::Resolved);
    EXPECT_EQ(L.interner.str(L.db.item(buf.sym).name), "RawVec");
    EXPECT_EQ(buf.child_count, 2u);
}

TEST(Items, OptionVariantsAndLangItems) {
    NEED_SYSROOT();
    ItemId option = in_crate(L, "core", {"option", "Option"});
    ASSERT_NE(option, kNone);
    EXPECT_EQ(L.db.item(option).kind, ItemKind::Enum);
    EXPECT_EQ(child_names(L, option), (std::vector<std::string>{"None", "Some"}));
    const Item& some = L.db.item(L.db.children(L.db.item(option))[1]);
    EXPECT_EQ(some.kind, ItemKind::Variant);
    EXPECT_EQ(some.shape, VariantShape::Tuple);
    EXPECT_EQ(some.children.count, 1u);
    // #[lang = "Option"]
    auto lang = L.db.lang_items.find(L.interner.intern("Option"));
    ASSERT_NE(lang, L.db.lang_items.end());
    EXPECT_EQ(lang->second, option);
    // MaybeUninit: a repr(transparent) union with a lang item.
    auto mu = L.db.lang_items.find(L.interner.intern("MaybeUninit"));
    ASSERT_NE(mu, L.db.lang_items.end());
    EXPECT_EQ(L.db.item(mu->second).kind, ItemKind::Union);
    EXPECT_EQ(L.db.item(mu->second).repr.kind, ReprKind::Transparent);
    EXPECT_EQ(mu->second, in_crate(L, "core", {"mem", "MaybeUninit"}));
}

TEST(Items, NonNullHasItsValidRange) {
    NEED_SYSROOT();
    ItemId nn = in_crate(L, "core", {"ptr", "NonNull"});
    ASSERT_NE(nn, kNone);
    const Repr& r = L.db.item(nn).repr;
    EXPECT_EQ(r.kind, ReprKind::Transparent);
    EXPECT_TRUE(r.has_valid_range_start);
    EXPECT_EQ(r.valid_range_start, 1u);
    EXPECT_FALSE(r.has_valid_range_end);
}

TEST(Items, ImplsAreRealOnes) {
    NEED_SYSROOT();
    EXPECT_GT(L.stats.skipped_impls, 10000u); // rustdoc's synthetic and blanket copies
    ItemId vec = in_crate(L, "alloc", {"vec", "Vec"});
    auto inherent = L.resolver->inherent_impls_of(vec);
    EXPECT_GE(inherent.size(), 3u);
    ItemId push = L.resolver->assoc_named(vec, L.interner.intern("push"), Namespace::Value);
    ASSERT_NE(push, kNone);
    EXPECT_EQ(L.db.item(push).kind, ItemKind::Function);
    EXPECT_EQ(L.db.item(L.db.item(push).parent).kind, ItemKind::Impl);
    // `fn push(&mut self, value: T)`: FnPtr node with ret () and two inputs.
    const mir::TyNode& sig = L.interner.ty(L.db.item(push).ty);
    ASSERT_EQ(sig.kind, mir::TyKind::FnPtr);
    EXPECT_EQ(sig.child_count, 3u);
    // Clone is implemented for Option, and the impl names the trait.
    ItemId clone = in_crate(L, "core", {"clone", "Clone"});
    ItemId option = in_crate(L, "core", {"option", "Option"});
    bool found = false;
    for (ItemId impl : L.resolver->impls_of_trait(clone)) {
        const Item& it = L.db.item(impl);
        EXPECT_EQ(it.target, clone);
        if (it.ty && L.interner.ty(it.ty).kind == mir::TyKind::Resolved &&
            L.interner.ty(it.ty).sym == option)
            found = true;
    }
    EXPECT_TRUE(found);
    // Negative impls are kept: `impl !Send for *const T`.
    ItemId send = in_crate(L, "core", {"marker", "Send"});
    size_t negative = 0;
    for (ItemId impl : L.resolver->impls_of_trait(send))
        negative += (L.db.item(impl).flags & kNegative) != 0;
    EXPECT_GT(negative, 0u);
}

TEST(Resolver, PrintedPathsFollowReExports) {
    NEED_SYSROOT();
    CrateId std_crate = L.db.crate_named("std");
    ItemId hashmap = L.resolver->resolve_printed(
        std_crate, path(L.interner, {"std", "collections", "HashMap"}), Namespace::Type);
    ASSERT_NE(hashmap, kNone);
    EXPECT_EQ(L.db.item(hashmap).kind, ItemKind::Struct);
    EXPECT_EQ(hashmap, in_crate(L, "std", {"collections", "hash", "map", "HashMap"}));
    // std's `pub use alloc_crate::vec;`: the same Vec as alloc's.
    ItemId vec = L.resolver->resolve_printed(std_crate, path(L.interner, {"std", "vec", "Vec"}),
                                             Namespace::Type);
    EXPECT_EQ(vec, in_crate(L, "alloc", {"vec", "Vec"}));
    // `alloc_crate` is how std's MIR names alloc (`extern crate alloc as alloc_crate`).
    EXPECT_EQ(L.resolver->resolve_printed(std_crate,
                                          path(L.interner, {"alloc_crate", "vec", "Vec"}),
                                          Namespace::Type),
              vec);
    // Crate-relative, as std's own bodies print it; and into an enum's variant.
    EXPECT_EQ(L.resolver->resolve_printed(
                  std_crate, path(L.interner, {"collections", "hash", "map", "HashMap"}),
                  Namespace::Type),
              hashmap);
    ItemId some = L.resolver->resolve_printed(
        std_crate, path(L.interner, {"core", "option", "Option", "Some"}), Namespace::Value);
    ASSERT_NE(some, kNone);
    EXPECT_EQ(L.db.item(some).kind, ItemKind::Variant);
    // Trait items and inherent methods.
    ItemId clone_fn = L.resolver->resolve_printed(
        std_crate, path(L.interner, {"core", "clone", "Clone", "clone"}), Namespace::Value);
    ASSERT_NE(clone_fn, kNone);
    EXPECT_EQ(L.db.item(L.db.item(clone_fn).parent).kind, ItemKind::Trait);
    ItemId new_fn = L.resolver->resolve_printed(
        std_crate, path(L.interner, {"std", "vec", "Vec", "new"}), Namespace::Value);
    ASSERT_NE(new_fn, kNone);
    EXPECT_EQ(L.db.item(new_fn).kind, ItemKind::Function);
    EXPECT_EQ(L.resolver->resolve_printed(std_crate, path(L.interner, {"std", "no_such_thing"}),
                                          Namespace::Type),
              kNone);
}

TEST(Resolver, WrittenPaths) {
    NEED_SYSROOT();
    CrateId std_crate = L.db.crate_named("std");
    ItemId std_root = L.db.crates[std_crate].root;
    ItemId vec = in_crate(L, "alloc", {"vec", "Vec"});
    // The prelude.
    EXPECT_EQ(L.resolver->resolve_written(std_root, path(L.interner, {"Vec"}), Namespace::Type),
              vec);
    EXPECT_EQ(L.resolver->resolve_written(std_root, path(L.interner, {"Option"}), Namespace::Type),
              in_crate(L, "core", {"option", "Option"}));
    // crate::, self::, super::, ::extern
    ItemId io = in_crate(L, "std", {"io"});
    ASSERT_NE(io, kNone);
    ItemId error = in_crate(L, "std", {"io", "Error"});
    ASSERT_NE(error, kNone);
    EXPECT_EQ(L.resolver->resolve_written(std_root, path(L.interner, {"crate", "io", "Error"}),
                                          Namespace::Type),
              error);
    EXPECT_EQ(L.resolver->resolve_written(io, path(L.interner, {"self", "Error"}), Namespace::Type),
              error);
    ItemId buffered = in_crate(L, "std", {"io", "buffered"});
    ASSERT_NE(buffered, kNone);
    EXPECT_EQ(L.resolver->resolve_written(buffered, path(L.interner, {"super", "Error"}),
                                          Namespace::Type),
              error);
    EXPECT_EQ(L.resolver->resolve_written(io, path(L.interner, {"", "core", "option", "Option"}),
                                          Namespace::Type),
              in_crate(L, "core", {"option", "Option"}));
    // Primitive types.
    ItemId u8 = L.resolver->resolve_written(io, path(L.interner, {"u8"}), Namespace::Type);
    ASSERT_NE(u8, kNone);
    EXPECT_EQ(L.db.item(u8).kind, ItemKind::Primitive);
}

// Body names of one crate's MIR joined to the items: every body has an item but for those
// defined inside bodies that the HIR recovery does not cover yet.
struct Joined {
    std::vector<mir::Body> bodies;
    JoinStats stats;
    UndefinedTypes undefined;
    CrateId crate = kNone;
};

// Parses and joins a copy of the whole sysroot (load order matters: the JSON fixture above is
// reused, so only the MIR of `name` is parsed and joined). Once per crate: its HIR items are
// appended to the shared table.
Joined& join_sysroot_crate(Loaded& L, const char* name) {
    static std::map<std::string, Joined> joined;
    auto [slot, fresh] = joined.try_emplace(name);
    Joined& out = slot->second;
    if (!fresh) return out;
    for (const SysrootCrate& c : L.sysroot.crates) {
        if (c.name != name) continue;
        auto file = MappedFile::open(c.mir_path);
        if (!file) return out;
        mir::ParsedCrate parsed = mir::parse_mir(L.interner, file->text(), {});
        out.bodies = std::move(parsed.bodies);
        out.crate = L.db.crate_named(name);
        if (!c.hir_path.empty() && std::filesystem::exists(c.hir_path)) {
            auto hs = load_local_items(L.db, L.interner, *L.resolver, out.crate, c.hir_path);
            EXPECT_TRUE(hs.ok());
        }
        // A body index space of its own, far from other tests' crates.
        uint32_t first = static_cast<uint32_t>(L.db.body_links.size());
        out.stats = join_crate(L.db, L.interner, *L.resolver, out.crate, out.bodies, first);
        out.undefined = undefined_types(L.db, L.interner, *L.resolver, out.crate, out.bodies);
    }
    return out;
}

TEST(Join, AllocBodiesHaveItems) {
    NEED_SYSROOT();
    Joined& j = join_sysroot_crate(L, "alloc");
    ASSERT_GT(j.bodies.size(), 1000u);
    EXPECT_EQ(j.stats.bodies, j.bodies.size());
    // Whatever is unmapped is an item defined inside a body.
    EXPECT_EQ(j.stats.unmapped, j.stats.unmapped_local);
    EXPECT_LT(j.stats.unmapped_local, j.bodies.size() / 20);
    EXPECT_EQ(j.undefined.types.size(), static_cast<size_t>(j.undefined.local));
    // `Vec::push`'s body belongs to the fn `push` of an inherent impl of Vec.
    ItemId vec = in_crate(L, "alloc", {"vec", "Vec"});
    const CrateInfo& info = L.db.crates[j.crate];
    size_t pushes = 0, closures = 0;
    for (uint32_t i = 0; i < j.bodies.size(); ++i) {
        const BodyLink& link = L.db.body_links[info.first_body + i];
        if (link.item == kNone) continue;
        const Item& it = L.db.item(link.item);
        if (link.promoted == kNone) {
            // The item points back at this body.
            EXPECT_TRUE(it.body == info.first_body + i || it.ctfe_body == info.first_body + i)
                << mir::type_to_string(L.interner, j.bodies[i].name) << " shares its item with "
                << (it.body - info.first_body < j.bodies.size()
                        ? mir::type_to_string(L.interner, j.bodies[it.body - info.first_body].name)
                        : std::string("?"));
        } else {
            EXPECT_EQ(j.bodies[i].kind, mir::BodyKind::Promoted);
        }
        if (it.kind == ItemKind::Closure && link.promoted == kNone) {
            ++closures;
            EXPECT_NE(it.parent, kNone);
        }
        if (it.kind == ItemKind::Function && L.interner.str(it.name) == "push" &&
            it.parent != kNone) {
            const Item& impl = L.db.item(it.parent);
            if (impl.kind == ItemKind::Impl && impl.trait_ref == 0 && impl.ty &&
                L.interner.ty(impl.ty).kind == mir::TyKind::Resolved &&
                L.interner.ty(impl.ty).sym == vec)
                ++pushes;
        }
    }
    EXPECT_GE(pushes, 1u);
    EXPECT_GT(closures, 50u);
    // Closure types as the bodies print them lead back to their pseudo-items.
    size_t typed = 0;
    for (const auto& [ty, item] : L.db.closure_items) {
        EXPECT_EQ(L.interner.ty(ty).kind, mir::TyKind::Braced);
        EXPECT_EQ(L.db.item(item).kind, ItemKind::Closure);
        ++typed;
    }
    EXPECT_GT(typed, 50u);
}

// Impls one macro generates for many primitive types share a span; each body must end up in
// the impl for its own self type.
TEST(Join, MacroGeneratedImplsPickTheirSelfType) {
    NEED_SYSROOT();
    Joined& j = join_sysroot_crate(L, "core");
    ASSERT_GT(j.bodies.size(), 30000u);
    EXPECT_EQ(j.stats.unmapped, j.stats.unmapped_local);
    const CrateInfo& info = L.db.crates[j.crate];
    size_t checked = 0, wrong = 0;
    for (uint32_t i = 0; i < j.bodies.size(); ++i) {
        const mir::Body& b = j.bodies[i];
        const BodyLink& link = L.db.body_links[info.first_body + i];
        if (link.item == kNone || link.promoted != kNone || b.arg_count == 0) continue;
        const Item& it = L.db.item(link.item);
        if (it.kind != ItemKind::Function || it.parent == kNone) continue;
        const Item& impl = L.db.item(it.parent);
        if (impl.kind != ItemKind::Impl || impl.ty == 0) continue;
        mir::TyKind k = L.interner.ty(impl.ty).kind;
        if (k != mir::TyKind::Int && k != mir::TyKind::Uint && k != mir::TyKind::Float) continue;
        // `self`, `&self` or `&mut self`: the first argument's type behind one reference.
        bool has_self = false;
        for (const mir::DebugVar& v : b.debug_vars)
            has_self |= L.interner.str(v.name) == "self" && !v.is_const && v.place.local == 1 &&
                        v.place.proj.count == 0;
        if (!has_self) continue;
        mir::TyId self_ty = b.locals[1].ty;
        if (L.interner.ty(self_ty).kind == mir::TyKind::Ref)
            self_ty = L.interner.children(self_ty).back();
        ++checked;
        if (self_ty != impl.ty && ++wrong <= 5)
            ADD_FAILURE() << mir::type_to_string(L.interner, b.name) << " joined to the impl for "
                          << mir::type_to_string(L.interner, impl.ty);
    }
    EXPECT_GT(checked, 2000u);
    EXPECT_EQ(wrong, 0u);
}

// `impl fmt::$Trait for $T` for Binary, Octal, LowerHex and UpperHex: one macro, one span, one
// signature per type, so the join decides by definition order. The bodies tell the trait: the
// signed impls call the unsigned type's `<uN as fmt::Trait>::fmt`, the unsigned ones own a
// `DIG_TAB` const holding the trait's digits.
TEST(Join, RadixFmtImplsPickTheirTrait) {
    NEED_SYSROOT();
    Joined& j = join_sysroot_crate(L, "core");
    ASSERT_GT(j.bodies.size(), 30000u);
    const CrateInfo& info = L.db.crates[j.crate];
    const char* traits[] = {"Binary", "Octal", "LowerHex", "UpperHex"};
    const char* digits[] = {"b\"01\")", "b\"01234567\")", "b\"0123456789abcdef\")",
                            "b\"0123456789ABCDEF\")"};
    // The trait of the impl item `id` is in ("" if none).
    auto impl_trait = [&](ItemId id) -> std::string {
        for (; id != kNone; id = L.db.item(id).parent) {
            const Item& it = L.db.item(id);
            if (it.kind != ItemKind::Impl) continue;
            return it.target == kNone ? "" : std::string(L.interner.str(L.db.item(it.target).name));
        }
        return "";
    };
    size_t delegating = 0, tables = 0;
    for (uint32_t i = 0; i < j.bodies.size(); ++i) {
        const mir::Body& b = j.bodies[i];
        const BodyLink& link = L.db.body_links[info.first_body + i];
        std::string name = mir::type_to_string(L.interner, b.name);
        if (name.find("core/src/fmt/num.rs") == std::string::npos || link.promoted != kNone)
            continue;
        // The one radix trait the body names (Debug's calls LowerHex's and UpperHex's: skipped).
        int seen = 0, trait = -1;
        bool is_table = false;
        for (const mir::Note& n : b.notes) {
            if (n.val == 0) continue;
            std::string_view val = L.interner.str(n.val);
            for (int t = 0; t < 4; ++t) {
                bool calls = name.ends_with(">::fmt") &&
                             val.find(std::string(" as fmt::") + traits[t] + ">::fmt") !=
                                 std::string_view::npos;
                bool table = name.ends_with("::fmt::DIG_TAB") && val.ends_with(digits[t]);
                if (!calls && !table) continue;
                if (!(seen & (1 << t))) trait = trait == -1 ? t : -2;
                seen |= 1 << t;
                is_table = table;
            }
        }
        if (trait < 0) continue;
        ASSERT_NE(link.item, kNone) << name;
        (is_table ? tables : delegating) += 1;
        EXPECT_EQ(impl_trait(link.item), traits[trait]) << name;
    }
    // Four traits for the six signed and six unsigned integer types.
    EXPECT_EQ(delegating, 24u);
    EXPECT_EQ(tables, 24u);
}

TEST(Join, UserProgramThroughThePipeline) {
    NEED_SYSROOT();
    auto tc = find_toolchain();
    ASSERT_TRUE(tc.ok());
    std::string dir = (std::filesystem::temp_directory_path() /
                       ("mirage-items-test-" + std::to_string(getpid())))
                          .string();
    std::filesystem::create_directories(dir);
    std::string src = dir + "/shapes.rs";
    {
        std::string text = R"(
use std::collections::HashMap;
#[derive(Debug, Clone, PartialEq)]
enum Shape { Circle { r: f64 }, Rect(f64, f64), Empty }
trait Area { fn area(&self) -> f64; fn twice(&self) -> f64 { 2.0 * self.area() } }
impl Area for Shape {
    fn area(&self) -> f64 {
        match self { Shape::Circle { r } => 3.0 * r * r, Shape::Rect(w, h) => w * h, Shape::Empty => 0.0 }
    }
}
#[repr(C)] struct Point { x: i32, y: i32 }
fn main() {
    let shapes = vec![Shape::Circle { r: 1.0 }, Shape::Rect(2.0, 3.0), Shape::Empty];
    let mut m: HashMap<u32, f64> = HashMap::new();
    for (i, s) in shapes.iter().enumerate() { m.insert(i as u32, s.twice()); }
    let total: f64 = shapes.iter().map(|s| s.area()).sum();
    let p = Point { x: 1, y: 2 };
    println!("{} {} {}", total, p.x + p.y, m.len());
}
)";
        ASSERT_TRUE(write_file_atomic(src, text).ok());
    }
    auto compiled = compile_file(*tc, L.sysroot, src, dir);
    ASSERT_TRUE(compiled.ok()) << compiled.error().message;
    ASSERT_FALSE(compiled->json_path.empty());
    auto file = MappedFile::open(compiled->mir_path);
    ASSERT_TRUE(file.ok());
    mir::ParsedCrate parsed = mir::parse_mir(L.interner, file->text(), {});
    ASSERT_TRUE(parsed.failures.empty());
    auto crate = load_crate_json(L.db, L.interner, *L.resolver, compiled->crate_name,
                                 compiled->json_path);
    ASSERT_TRUE(crate.ok()) << crate.error().message;
    uint32_t first = static_cast<uint32_t>(L.db.body_links.size());
    JoinStats js = join_crate(L.db, L.interner, *L.resolver, *crate, parsed.bodies, first);
    EXPECT_EQ(js.unmapped, 0u);
    UndefinedTypes undefined = undefined_types(L.db, L.interner, *L.resolver, *crate, parsed.bodies);
    for (mir::TyId t : undefined.types) ADD_FAILURE() << mir::type_to_string(L.interner, t);
    // The user's items: the enum with its variants and derives, the trait's default method,
    // the repr(C) struct, the closure.
    ItemId shape = L.resolver->resolve_in_crate(*crate, path(L.interner, {"Shape"}), Namespace::Type);
    ASSERT_NE(shape, kNone);
    EXPECT_EQ(child_names(L, shape), (std::vector<std::string>{"Circle", "Rect", "Empty"}));
    size_t derives = 0;
    for (ItemId impl : L.resolver->impls_for(shape)) derives += (L.db.item(impl).flags & kDerived) != 0;
    EXPECT_EQ(derives, 4u); // Debug, Clone, PartialEq, StructuralPartialEq
    ItemId point = L.resolver->resolve_in_crate(*crate, path(L.interner, {"Point"}), Namespace::Type);
    ASSERT_NE(point, kNone);
    EXPECT_EQ(L.db.item(point).repr.kind, ReprKind::C);
    size_t own = 0, closures = 0;
    for (uint32_t i = 0; i < parsed.bodies.size(); ++i) {
        const BodyLink& link = L.db.body_links[first + i];
        ASSERT_NE(link.item, kNone) << mir::type_to_string(L.interner, parsed.bodies[i].name);
        const Item& it = L.db.item(link.item);
        if (link.promoted == kNone) {
            ++own;
            EXPECT_TRUE(it.body == first + i || it.ctfe_body == first + i)
                << mir::type_to_string(L.interner, parsed.bodies[i].name);
        }
        closures += it.kind == ItemKind::Closure;
    }
    EXPECT_GE(own, 8u);
    EXPECT_GE(closures, 1u);
    ItemId twice = L.resolver->resolve_in_crate(*crate, path(L.interner, {"Area", "twice"}),
                                                Namespace::Value);
    ASSERT_NE(twice, kNone);
    EXPECT_NE(L.db.item(twice).body, kNone);
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
}

TEST(Cache, ItemsRoundTrip) {
    NEED_SYSROOT();
    std::string bytes = serialize_items(L.db);
    auto back = deserialize_items(bytes, L.interner.type_count());
    ASSERT_TRUE(back.ok()) << back.error().message;
    ASSERT_EQ(back->items.size(), L.db.items.size());
    EXPECT_TRUE(back->items == L.db.items);
    EXPECT_EQ(back->lists, L.db.lists);
    EXPECT_TRUE(back->params == L.db.params);
    EXPECT_TRUE(back->bounds == L.db.bounds);
    EXPECT_TRUE(back->predicates == L.db.predicates);
    EXPECT_EQ(back->lang_items, L.db.lang_items);
    EXPECT_EQ(back->crates.size(), L.db.crates.size());
    // Damaged input is an error, never a crash.
    for (size_t cut : {size_t(0), size_t(3), bytes.size() / 2, bytes.size() - 1})
        EXPECT_FALSE(deserialize_items(std::string_view(bytes).substr(0, cut),
                                       L.interner.type_count())
                         .ok());
    std::string flipped = bytes;
    // The first item's parent field made to point far outside the table.
    size_t items_at = bytes.find(std::string(reinterpret_cast<const char*>(&L.db.items[0]),
                                             sizeof(Item)));
    ASSERT_NE(items_at, std::string::npos);
    ItemId bad = 0x7fffffff;
    std::memcpy(flipped.data() + items_at + offsetof(Item, parent), &bad, sizeof bad);
    EXPECT_FALSE(deserialize_items(flipped, L.interner.type_count()).ok());
}

TEST(Cache, NamedSectionsTravelWithTheBodies) {
    mir::Interner interner;
    std::vector<mir::Body> bodies(2);
    bodies[0].name = interner.intern_ty(mir::TyKind::Infer, 0, 0, {});
    std::vector<mir::CrateToCache> crates{{"c", &bodies, 0}};
    std::string path = (std::filesystem::temp_directory_path() /
                        ("mirage-items-cache-" + std::to_string(getpid())))
                           .string();
    std::string payload(100000, '\0');
    for (size_t i = 0; i < payload.size(); ++i) payload[i] = static_cast<char>(i * 7);
    ASSERT_TRUE(mir::write_cache(path, "k", interner, crates, {{"items", payload}, {"x", "y"}}).ok());
    auto cache = mir::MirCache::load(path, "k");
    ASSERT_TRUE(cache.ok()) << cache.error().message;
    ASSERT_TRUE(cache->section("items").has_value());
    EXPECT_EQ(*cache->section("items"), payload);
    EXPECT_EQ(*cache->section("x"), "y");
    EXPECT_FALSE(cache->section("nope").has_value());
    EXPECT_EQ(cache->body_count(), 2u);
    auto b = cache->body(0);
    ASSERT_TRUE(b.ok());
    EXPECT_EQ(b->name, bodies[0].name);
    std::filesystem::remove(path);
}

} // namespace
