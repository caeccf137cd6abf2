// Rendering of a report's primary location the way rustc (and Miri) print it:
//
//   --> src/main.rs:14:28
//    |
// 14 |     println!("Value: {}", *ptr);
//    |                           ^^^^ Undefined Behavior occurred here
//    |
#pragma once

#include "diag/source.h"

#include <string>

namespace mirage::diag {

// The arrow line and, when `src` is given and holds the span's first line, the quoted line
// with carets under the span (to the end of the line when the span runs past it) and `label`.
// Every line ends in '\n'.
std::string render_location(const std::string& file, const mir::Span& span, const SourceText* src,
                            const std::string& label);

} // namespace mirage::diag
