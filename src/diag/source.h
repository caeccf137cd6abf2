// Source text of a user's file, for what MIR text leaves out: a call's fn_span (where
// `#[track_caller]` locations and codegen debug locations point) and the source lines reports
// quote.
#pragma once

#include "mir/mir.h"

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace mirage::diag {

// Byte offsets of the starts of lines (0-based line index).
struct SourceText {
    std::string text;
    std::vector<size_t> line_starts;

    void index() {
        line_starts = {0};
        for (size_t i = 0; i < text.size(); ++i)
            if (text[i] == '\n') line_starts.push_back(i + 1);
    }
    // 1-based line and char column -> byte offset (npos when out of range).
    size_t offset(uint32_t line, uint32_t col) const {
        if (line == 0 || line > line_starts.size() || col == 0) return std::string::npos;
        size_t p = line_starts[line - 1];
        for (uint32_t c = 1; c < col; ++c) {
            if (p >= text.size() || text[p] == '\n') return std::string::npos;
            ++p;
            while (p < text.size() && (static_cast<unsigned char>(text[p]) & 0xC0) == 0x80) ++p;
        }
        return p;
    }
    uint32_t column_of(size_t off) const {
        auto it = std::upper_bound(line_starts.begin(), line_starts.end(), off);
        size_t p = *(it - 1);
        uint32_t col = 1;
        for (; p < off; ++p)
            if ((static_cast<unsigned char>(text[p]) & 0xC0) != 0x80) ++col;
        return col;
    }
};

// The start (byte offset) of the outermost macro invocation `path::name!(..)` enclosing byte
// offset `at`, stopping at enclosing blocks that are not macro arguments; npos when `at` is
// not inside a macro invocation. rustc's track_caller location of a call a macro expanded to
// is that call site (Span::expansion_cause). See source.cpp.
size_t macro_call_site(const SourceText& src, size_t at);
// The first macro invocation (`panic!(`) at or after byte `at` within the block that holds
// `at`, or npos: where a macro without arguments from the body's file was invoked.
size_t next_macro_call(const SourceText& src, size_t at);

// rustc's fn_span of a call: for a method call `recv.name::<T>(args)` the column of `name`,
// else the span's own start. See source.cpp.
uint32_t call_column(const SourceText& src, const mir::Span& span, std::string_view callee);

} // namespace mirage::diag
