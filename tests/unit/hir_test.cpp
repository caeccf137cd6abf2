// The HIR parser and the source placement of local impls, on real rustc output for
// tests/items/local_items.rs (rustc is run here; the test skips when it is missing).
#include "frontend/process.h"
#include "items/hir_parser.h"
#include "util/file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <regex>
#include <set>

using namespace mirage;
using namespace mirage::items;
using namespace mirage::items::hir;

namespace {

const std::string kSource = std::string(MIRAGE_SOURCE_DIR) + "/tests/items/local_items.rs";

// rustc -Zunpretty=<what> on the test program (host std, --cfg miri as Mirage builds it).
std::optional<std::string> unpretty(const std::string& what) {
    if (!std::filesystem::exists("/usr/bin/rustc")) return std::nullopt;
    ProcessSpec spec;
    spec.argv = {"/usr/bin/rustc", "--edition", "2021", "--cfg", "miri",
                 "-Zunpretty=" + what, kSource};
    spec.env_overrides = {{"RUSTC_BOOTSTRAP", "1"}};
    spec.stdout_mode = Stdio::Capture;
    spec.stderr_mode = Stdio::Capture;
    auto run = run_process(spec);
    if (!run.ok() || !run->success()) return std::nullopt;
    return run->out;
}

const HirItem* find(const HirCrate& c, mir::Interner& in, HirKind kind, std::string_view name) {
    for (const HirItem& it : c.items)
        if (it.kind == kind && in.str(it.name) == name) return &it;
    return nullptr;
}

} // namespace

TEST(Hir, LocalItemsOfARealProgram) {
    auto text = unpretty("hir");
    if (!text) GTEST_SKIP() << "rustc unavailable";
    mir::Interner in;
    auto parsed = parse_hir(in, *text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    const HirCrate& c = *parsed;

    const HirItem* point = find(c, in, HirKind::Struct, "Point");
    ASSERT_NE(point, nullptr);
    EXPECT_EQ(point->depth, 1u);
    EXPECT_EQ(point->repr.kind, ReprKind::C);
    EXPECT_EQ(point->shape, VariantShape::Struct);
    ASSERT_EQ(point->children.size(), 2u);
    EXPECT_EQ(in.ty(c.items[point->children[1]].ty).kind, mir::TyKind::Array);
    ASSERT_EQ(point->params.size(), 1u);
    EXPECT_NE(point->params[0].default_ty, 0u); // T = u8
    EXPECT_FALSE(point->predicates.empty());    // T: Copy

    const HirItem* tag = find(c, in, HirKind::Enum, "Tag");
    ASSERT_NE(tag, nullptr);
    EXPECT_EQ(in.str(tag->repr.int_ty), "u8");
    std::vector<std::string> discr;
    for (uint32_t v : tag->children)
        discr.emplace_back(in.str(c.items[v].text));
    EXPECT_EQ(discr, (std::vector<std::string>{"1", "b'x'", "7"}));

    // Derived impls of Point (Clone, Copy, Debug, StructuralPartialEq, PartialEq) and the
    // written ones; one owner each.
    size_t derived = 0, written = 0;
    std::set<std::string> owners;
    for (uint32_t r : c.local_roots) {
        const HirItem& it = c.items[r];
        if (it.kind == HirKind::Impl) (it.flags & kDerived ? derived : written)++;
        owners.emplace(in.str(c.items[enclosing_body_owner(c, r)].name));
    }
    EXPECT_EQ(derived, 7u); // Point: 5, Tag: Debug, Local: Default
    EXPECT_EQ(written, 3u); // Drop for Guard, Shape for Square, impl Inner
    EXPECT_EQ(owners, (std::set<std::string>{"main", "helper", "method"}));
    const HirItem* inner = find(c, in, HirKind::Struct, "Inner");
    ASSERT_NE(inner, nullptr);
    EXPECT_EQ(inner->depth, 2u);
    EXPECT_NE(find(c, in, HirKind::Struct, "InClosure"), nullptr);
}

// Every `<impl at FILE:L:C: ..>` that MIR names is found by the source scan, with the trait
// and self type of an impl of the HIR.
TEST(Hir, SourceImplsMatchMirSpans) {
    auto mir_text = unpretty("mir");
    auto hir_text = unpretty("hir");
    if (!mir_text || !hir_text) GTEST_SKIP() << "rustc unavailable";
    auto source = read_file(kSource);
    ASSERT_TRUE(source.ok());
    auto found = scan_source_impls(*source, 1, 1000000);
    ASSERT_TRUE(found.ok()) << found.error().message;
    std::set<std::pair<uint32_t, uint32_t>> scanned;
    for (const SourceImpl& s : *found)
        scanned.insert({s.line, s.col});

    std::regex impl_at(R"(<impl at [^>]*local_items\.rs:(\d+):(\d+): \d+:\d+>)");
    std::set<std::pair<uint32_t, uint32_t>> named;
    for (std::sregex_iterator it(mir_text->begin(), mir_text->end(), impl_at), end; it != end;
         ++it)
        named.insert({std::stoul((*it)[1]), std::stoul((*it)[2])});
    ASSERT_GE(named.size(), 9u);
    for (auto pos : named)
        EXPECT_TRUE(scanned.count(pos)) << "MIR impl at " << pos.first << ":" << pos.second;

    // Each scanned impl's (trait, self) is an impl of the HIR.
    mir::Interner in;
    auto hir = parse_hir(in, *hir_text);
    ASSERT_TRUE(hir.ok());
    auto last = [&](mir::TyId t) -> std::string {
        if (t == 0 || in.ty(t).kind != mir::TyKind::Path) return "";
        return std::string(in.str(in.ty(in.children(t).back()).sym));
    };
    std::set<std::pair<std::string, std::string>> keys;
    for (const HirItem& it : hir->items)
        if (it.kind == HirKind::Impl) keys.insert({last(it.trait_ref), last(it.ty)});
    for (const SourceImpl& s : *found)
        EXPECT_TRUE(keys.count({s.trait_name, s.self_name}))
            << s.trait_name << " for " << s.self_name << " at " << s.line << ":" << s.col;
}

TEST(Hir, LiteralsAndLifetimesDoNotConfuseTheLexer) {
    mir::Interner in;
    const char* text = "fn f() { let a = '}'; let b = b\"\\xc0}\"; let c = r#\"}\"#; "
                       "let d: &'static str = \"{\"; struct S<'a>(&'a u8); }";
    auto parsed = parse_hir(in, text);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    ASSERT_EQ(parsed->local_roots.size(), 1u);
    EXPECT_EQ(in.str(parsed->items[parsed->local_roots[0]].name), "S");
    EXPECT_FALSE(parse_hir(in, "fn f() { let a = '{'; ").ok());
}
