#include "diag/source.h"

namespace mirage::diag {

static bool is_ident_char(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// rustc codegens a call's debug location from the terminator's fn_span: for a method call
// `recv.name::<T>(args)` that is the span from `name` to the closing parenthesis; for every
// other call it is the whole expression. MIR text prints only the expression's span, so the
// method name is found in the source: the last `.ident [::<..>] (` at nesting depth 0 of the
// span whose parenthesis closes where the span ends, provided it names the callee (`v.iter()`
// also calls `Deref::deref` on `v`, with the whole expression as fn_span). Returns the column
// to report.
uint32_t call_column(const SourceText& src, const mir::Span& span, std::string_view callee) {
    size_t lo = src.offset(span.lo_line, span.lo_col);
    size_t hi = src.offset(span.hi_line, span.hi_col);
    if (lo == std::string::npos || hi == std::string::npos || hi <= lo || hi > src.text.size() ||
        src.text[hi - 1] != ')')
        return span.lo_col;
    const std::string& t = src.text;
    int depth = 0;
    size_t pending = std::string::npos;        // `.ident[::<..>]` just read at depth 0
    size_t open_of_method = std::string::npos; // its `(` is open
    size_t result = std::string::npos;
    for (size_t p = lo; p < hi; ++p) {
        char c = t[p];
        size_t method = pending;
        pending = std::string::npos;
        if (c == '"') { // string literal (raw strings are rare in calls: good enough)
            for (++p; p < hi && t[p] != '"'; ++p)
                if (t[p] == '\\') ++p;
            continue;
        }
        if (c == '\'' && p + 2 < hi && (t[p + 2] == '\'' || t[p + 1] == '\\')) { // char literal
            for (++p; p < hi && t[p] != '\''; ++p)
                if (t[p] == '\\') ++p;
            continue;
        }
        if (c == '/' && p + 1 < hi && t[p + 1] == '/') { // line comment
            while (p < hi && t[p] != '\n') ++p;
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            if (depth == 0 && c == '(') open_of_method = method;
            ++depth;
            continue;
        }
        if (c == ')' || c == ']' || c == '}') {
            if (--depth < 0) return span.lo_col;
            if (depth == 0 && c == ')') {
                if (p == hi - 1 && open_of_method != std::string::npos) result = open_of_method;
                open_of_method = std::string::npos;
            }
            continue;
        }
        if (depth != 0 || c != '.' || p + 1 >= hi || t[p + 1] == '.' || (p > lo && t[p - 1] == '.'))
            continue;
        size_t q = p + 1;
        while (q < hi && (t[q] == ' ' || t[q] == '\n' || t[q] == '\t' || t[q] == '\r')) ++q;
        if (q >= hi || !is_ident_char(t[q]) || (t[q] >= '0' && t[q] <= '9')) continue;
        size_t r = q;
        while (r < hi && is_ident_char(t[r])) ++r;
        if (r + 2 < hi && t.compare(r, 3, "::<") == 0) { // a turbofish
            int angle = 0;
            for (r += 2; r < hi; ++r) {
                if (t[r] == '<') ++angle;
                else if (t[r] == '>' && t[r - 1] != '-' && --angle == 0) break;
            }
            ++r;
        }
        while (r < hi && (t[r] == ' ' || t[r] == '\n' || t[r] == '\t' || t[r] == '\r')) ++r;
        pending = q;
        p = r - 1;
    }
    if (result == std::string::npos || callee.empty() ||
        src.text.compare(result, callee.size(), callee) != 0 ||
        (result + callee.size() < src.text.size() && is_ident_char(src.text[result + callee.size()])))
        return span.lo_col;
    return src.column_of(result);
}

} // namespace mirage::diag
