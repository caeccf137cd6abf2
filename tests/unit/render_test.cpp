// Reports rendered the way rustc prints a diagnostic (src/diag/render.h).
#include "diag/render.h"

#include <gtest/gtest.h>

using namespace mirage;

namespace {

diag::SourceText source(std::string text) {
    diag::SourceText s;
    s.text = std::move(text);
    s.index();
    return s;
}

} // namespace

TEST(Render, GutterFollowsTheWidestLineNumberOfTheWholeDiagnostic) {
    diag::SourceText src = source("fn main() {\n    let b = Box::new(1);\n    drop(b);\n    let x = unsafe { *p };\n"
                                  "\n\n\n\n\n    // 10\n}\n");
    diag::Report r{"error", "Undefined Behavior: it", diag::Snippet{"m.rs", {1, 4, 22, 4, 24}, &src, "here"}, {}};
    r.children.push_back({"help", "first help", std::nullopt});
    r.children.push_back({"help", "alloc1 was allocated here:", diag::Snippet{"m.rs", {1, 10, 5, 10, 10}, &src, ""}});
    r.children.push_back({"note", "BACKTRACE (of the first span):", std::nullopt});
    EXPECT_EQ(diag::render(r), "error: Undefined Behavior: it\n"
                               "  --> m.rs:4:22\n"
                               "   |\n"
                               "4  |     let x = unsafe { *p };\n"
                               "   |                      ^^ here\n"
                               "   |\n"
                               "   = help: first help\n"
                               "help: alloc1 was allocated here:\n"
                               "  --> m.rs:10:5\n"
                               "   |\n"
                               "10 |     // 10\n"
                               "   |     ^^^^^\n"
                               "   = note: BACKTRACE (of the first span):\n"
                               "\n");
}

TEST(Render, WithoutSourceOnlyTheArrowLine) {
    diag::Report r{"error", "memory leaked", diag::Snippet{"gone.rs", {1, 3, 5, 3, 9}, nullptr, ""}, {}};
    r.children.push_back({"note", "BACKTRACE:", std::nullopt});
    EXPECT_EQ(diag::render(r), "error: memory leaked\n --> gone.rs:3:5\n  = note: BACKTRACE:\n\n");
    EXPECT_EQ(diag::span_string("m.rs", {1, 5, 20, 5, 22}), "m.rs:5:20: 5:22");
}
