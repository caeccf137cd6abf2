// Rendering of reports the way rustc (and so Miri) prints a diagnostic:
//
//   error: Undefined Behavior: memory access failed: alloc565 has been freed, so this pointer is dangling
//    --> src/main.rs:5:20
//     |
//   5 |     println!("{}", *p);
//     |                    ^^ Undefined Behavior occurred here
//     |
//     = help: this indicates a bug in the program: ...
//   help: alloc565 was allocated here:
//    --> src/main.rs:3:13
//     |
//   3 |     let b = Box::new(1);
//     |             ^^^^^^^^^^^
//     = note: BACKTRACE (of the first span):
//     = note: inside `main` at src/main.rs:5:20: 5:22
//
// The gutter (the column of `|` and `=`) is as wide as the largest line number the whole
// diagnostic quotes; every diagnostic ends with an empty line.
#pragma once

#include "diag/source.h"

#include <optional>
#include <string>
#include <vector>

namespace mirage::diag {

// A span to quote: `src` is the file's text (nullptr or too short: only the `-->` line).
struct Snippet {
    std::string file;
    mir::Span span;
    const SourceText* src = nullptr;
    std::string label; // after the carets
};

// A sub-diagnostic: `= level: message` without a span, `level: message` and the quoted span with one.
struct Child {
    std::string level; // "note", "help"
    std::string message;
    std::optional<Snippet> at;
};

struct Report {
    std::string level; // "error", "warning", "note"
    std::string title;
    std::optional<Snippet> primary;
    std::vector<Child> children;
};

std::string render(const Report& r);

// `file:L:C: L2:C2`, as rustc's span_to_embeddable_string (Miri's `inside `f` at ...`).
std::string span_string(const std::string& file, const mir::Span& span);

} // namespace mirage::diag
