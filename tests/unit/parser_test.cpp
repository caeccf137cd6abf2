#include "mir/interner.h"
#include "mir/parser.h"
#include "mir/printer.h"
#include "mir/roundtrip.h"

#include <gtest/gtest.h>

using namespace mirage;
using namespace mirage::mir;

namespace {

const char* kSmallBody = R"(fn main() -> () {
    let mut _0: ();                      // return place in scope 0 at src/main.rs:1:11: 1:11
    let _1: i32;                         // in scope 0 at src/main.rs:2:9: 2:10
    scope 1 {
        debug x => _1;                   // in scope 1 at src/main.rs:2:9: 2:10
    }

    bb0: {
        StorageLive(_1);                 // scope 0 at src/main.rs:2:9: 2:10
        _1 = const 5_i32;                // scope 0 at src/main.rs:2:13: 2:14
        _0 = const ();                   // scope 0 at src/main.rs:1:11: 3:2
        StorageDead(_1);                 // scope 0 at src/main.rs:3:1: 3:2
        return;                          // scope 0 at src/main.rs:3:2: 3:2
    }
}
)";

TEST(Parser, ParsesASmallBody) {
    Interner in;
    ParsedCrate c = parse_mir(in, kSmallBody, {});
    ASSERT_TRUE(c.failures.empty()) << c.failures[0].to_string("t");
    ASSERT_EQ(c.bodies.size(), 1u);
    const Body& b = c.bodies[0];
    EXPECT_EQ(b.kind, BodyKind::Fn);
    EXPECT_EQ(b.locals.size(), 2u);
    EXPECT_EQ(b.debug_vars.size(), 1u);
    EXPECT_EQ(b.scopes.size(), 2u);
    ASSERT_EQ(b.blocks.size(), 1u);
    EXPECT_EQ(b.blocks[0].statements.count, 4u);
    EXPECT_EQ(b.blocks[0].terminator.kind, TerminatorKind::Return);
    EXPECT_EQ(type_to_string(in, b.locals[1].ty), "i32");
    EXPECT_EQ(in.str(b.statements[0].span.file), "src/main.rs");
    EXPECT_TRUE(check_round_trip(in, b, {}).empty());
}

TEST(Parser, InternsTypesByStructure) {
    Interner in;
    std::string text = std::string(kSmallBody);
    ParsedCrate a = parse_mir(in, text, {});
    ParsedCrate b = parse_mir(in, text, {});
    ASSERT_EQ(a.bodies.size(), 1u);
    EXPECT_EQ(a.bodies[0].locals[1].ty, b.bodies[0].locals[1].ty);
}

TEST(Parser, ReportsLineAndColumnOfBadInput) {
    Interner in;
    std::string text = kSmallBody;
    text.replace(text.find("StorageDead(_1)"), 15, "StorageDead(?1)");
    ParsedCrate c = parse_mir(in, text, {});
    ASSERT_EQ(c.failures.size(), 1u);
    EXPECT_EQ(c.failures[0].line, 12u);
    EXPECT_EQ(c.failures[0].col, 21u);
    EXPECT_NE(c.failures[0].excerpt.find("StorageDead(?1)"), std::string::npos);
    auto strict = parse_mir_strict(in, text, "x.mir", {});
    ASSERT_FALSE(strict.ok());
    EXPECT_EQ(strict.error().message.rfind("x.mir:12:21: ", 0), 0u);
}

TEST(Parser, RecoversAtTheNextItem) {
    Interner in;
    std::string bad = kSmallBody;
    bad.replace(bad.find("return;"), 7, "retrun;");
    std::string text = bad + "\n" + kSmallBody;
    ParsedCrate c = parse_mir(in, text, {});
    EXPECT_EQ(c.failures.size(), 1u);
    EXPECT_EQ(c.bodies.size(), 1u);
}

TEST(Parser, TypesRoundTrip) {
    const char* types[] = {
        "&'a mut [u8]",
        "*const dyn core::fmt::Debug",
        "&(dyn core::any::Any + core::marker::Send)",
        "for<'a> fn(&'a str) -> core::option::Option<i32>",
        "unsafe extern \"C\" fn(i32, ...) -> i32",
        "<T as core::iter::Iterator>::Item",
        "core::option::Option<(u8, [i64; 4], (i32,))>",
        "{closure@src/main.rs:5:13: 5:16}",
        "impl core::ops::Fn(i32) -> i32 + core::marker::Copy",
        "vec::<impl at /x/vec/mod.rs:918:1: 918:65>::push",
        "(u32) is 1..",
    };
    for (const char* t : types) {
        Interner in;
        std::string text = std::string("fn f(_1: ") + t + ") -> () {\n" +
                           "    let mut _0: ();                      // return place in scope 0 "
                           "at a.rs:1:1: 1:2\n\n    bb0: {\n        return;                    "
                           "      // scope 0 at a.rs:1:1: 1:2\n    }\n}\n";
        ParsedCrate c = parse_mir(in, text, {});
        ASSERT_TRUE(c.failures.empty()) << t << ": " << c.failures[0].to_string("t");
        EXPECT_EQ(type_to_string(in, c.bodies[0].locals[1].ty), t);
    }
}

TEST(Parser, NeverCrashesOnTruncatedInput) {
    std::string text = kSmallBody;
    for (size_t n = 0; n < text.size(); n += 7) {
        Interner in;
        ParsedCrate c = parse_mir(in, std::string_view(text).substr(0, n), {});
        (void)c;
    }
}

} // namespace

// Inputs the fuzzer once crashed on or found a round-trip mismatch with; each must now either
// fail cleanly or round-trip.
#include "util/file.h"
#include <filesystem>

TEST(Parser, FuzzerFindingsStayFixed) {
    std::filesystem::path dir = std::filesystem::path(MIRAGE_SOURCE_DIR) / "tests/fuzz/crashes";
    if (!std::filesystem::exists(dir)) GTEST_SKIP();
    for (const auto& entry : std::filesystem::directory_iterator(dir)) {
        auto text = mirage::read_file(entry.path().string());
        ASSERT_TRUE(text.ok());
        Interner in;
        ParsedCrate c = parse_mir(in, *text, {});
        if (!c.failures.empty()) continue;
        for (const Body& b : c.bodies)
            EXPECT_EQ(check_round_trip(in, b, {}), "") << entry.path();
    }
}
