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

// Tokenizes forward from the file's start up to `at` (strings, chars, comments skipped),
// keeping the open delimiters and whether each opens a macro's arguments.
size_t macro_call_site(const SourceText& src, size_t at) {
    const std::string& t = src.text;
    if (at > t.size()) return std::string::npos;
    struct Open {
        char c;
        size_t macro_start; // npos: not a macro invocation
    };
    std::vector<Open> stack;
    auto macro_before = [&](size_t open) -> size_t {
        size_t p = open;
        while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '\t' || t[p - 1] == '\n' || t[p - 1] == '\r')) --p;
        if (p == 0 || t[p - 1] != '!') return std::string::npos;
        --p;
        size_t end = p;
        while (p > 0 && is_ident_char(t[p - 1])) --p;
        if (p == end) return std::string::npos;
        // A path: `std::panic!`.
        while (p >= 2 && t[p - 1] == ':' && t[p - 2] == ':') {
            size_t q = p - 2;
            size_t seg_end = q;
            while (q > 0 && is_ident_char(t[q - 1])) --q;
            if (q == seg_end) break;
            p = q;
        }
        return p;
    };
    for (size_t p = 0; p < at; ++p) {
        char c = t[p];
        if (c == '/' && p + 1 < t.size() && t[p + 1] == '/') {
            while (p < at && t[p] != '\n') ++p;
            continue;
        }
        if (c == '/' && p + 1 < t.size() && t[p + 1] == '*') {
            int depth = 1;
            for (p += 2; p + 1 < t.size() && depth; ++p) {
                if (t[p] == '/' && t[p + 1] == '*') ++depth, ++p;
                else if (t[p] == '*' && t[p + 1] == '/') --depth, ++p;
            }
            --p;
            continue;
        }
        if (c == 'r' && p + 1 < t.size() && (t[p + 1] == '#' || t[p + 1] == '"') && (p == 0 || !is_ident_char(t[p - 1]))) {
            size_t q = p + 1, hashes = 0;
            while (q < t.size() && t[q] == '#') ++q, ++hashes;
            if (q < t.size() && t[q] == '"') { // a raw string
                std::string close = "\"" + std::string(hashes, '#');
                size_t e = t.find(close, q + 1);
                if (e == std::string::npos) return std::string::npos;
                p = e + close.size() - 1;
                continue;
            }
        }
        if (c == '"') {
            for (++p; p < t.size() && t[p] != '"'; ++p)
                if (t[p] == '\\') ++p;
            continue;
        }
        if (c == '\'') { // a char literal, not a lifetime
            if (p + 2 < t.size() && t[p + 1] == '\\') {
                for (p += 2; p < t.size() && t[p] != '\''; ++p)
                    if (t[p] == '\\') ++p;
            } else if (p + 2 < t.size() && t[p + 2] == '\'') {
                p += 2;
            } else {
                // Multi-byte chars: `'é'`.
                size_t q = p + 1;
                while (q < t.size() && q < p + 6 && t[q] != '\'' && !(t[q] == ' ' || t[q] == ',' || t[q] == '>')) ++q;
                if (q < t.size() && t[q] == '\'' && q > p + 2 && (static_cast<unsigned char>(t[p + 1]) & 0x80)) p = q;
            }
            continue;
        }
        if (c == '(' || c == '[' || c == '{') {
            stack.push_back({c, macro_before(p)});
            continue;
        }
        if ((c == ')' || c == ']' || c == '}') && !stack.empty()) stack.pop_back();
    }
    size_t site = std::string::npos;
    for (size_t i = stack.size(); i-- > 0;) {
        if (stack[i].macro_start != std::string::npos) site = stack[i].macro_start;
        else if (stack[i].c == '{') break;
    }
    return site;
}

size_t next_macro_call(const SourceText& src, size_t at) {
    const std::string& t = src.text;
    int depth = 0;
    for (size_t p = at; p < t.size(); ++p) {
        char c = t[p];
        if (c == '/' && p + 1 < t.size() && t[p + 1] == '/') {
            while (p < t.size() && t[p] != '\n') ++p;
            continue;
        }
        if (c == '"') {
            for (++p; p < t.size() && t[p] != '"'; ++p)
                if (t[p] == '\\') ++p;
            continue;
        }
        if (c == '{' || c == '(' || c == '[') ++depth;
        if ((c == '}' || c == ')' || c == ']') && --depth < 0) return std::string::npos; // left the block
        if (c != '!' || p == 0 || !is_ident_char(t[p - 1])) continue;
        size_t q = p + 1;
        while (q < t.size() && (t[q] == ' ' || t[q] == '\t' || t[q] == '\n' || t[q] == '\r')) ++q;
        if (q >= t.size() || (t[q] != '(' && t[q] != '[' && t[q] != '{')) continue;
        size_t start = p;
        while (start > 0 && (is_ident_char(t[start - 1]) || t[start - 1] == ':')) --start;
        return start;
    }
    return std::string::npos;
}

} // namespace mirage::diag
