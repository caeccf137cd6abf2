#include "diag/render.h"

namespace mirage::diag {

namespace {

// The quoted line of a snippet, or nothing when the source does not have it.
std::optional<std::string> quoted_line(const Snippet& s) {
    if (!s.src || s.span.lo_line == 0 || s.span.lo_line > s.src->line_starts.size()) return std::nullopt;
    size_t begin = s.src->line_starts[s.span.lo_line - 1];
    size_t end = s.src->text.find('\n', begin);
    if (end == std::string::npos) end = s.src->text.size();
    std::string text = s.src->text.substr(begin, end - begin);
    if (!text.empty() && text.back() == '\r') text.pop_back();
    return text;
}

// The arrow line and, when the source has the line, the quoted line with carets under the
// span (to the end of the line when the span runs past it) and the label.
std::string render_snippet(const Snippet& s, size_t width) {
    std::string gutter(width, ' ');
    std::string line_no = std::to_string(s.span.lo_line);
    std::string out = gutter + "--> " + s.file + ":" + line_no + ":" + std::to_string(s.span.lo_col) + "\n";
    std::optional<std::string> text = quoted_line(s);
    if (!text) return out;
    // Columns count chars; the caret line repeats the quoted line's tabs so that they align.
    uint32_t chars = 0;
    for (unsigned char c : *text) chars += (c & 0xC0) != 0x80;
    uint32_t lo = s.span.lo_col ? s.span.lo_col : 1;
    uint32_t hi = s.span.hi_line == s.span.lo_line && s.span.hi_col > lo ? s.span.hi_col : chars + 1;
    if (lo > chars + 1) return out;
    std::string pad;
    uint32_t col = 1;
    for (size_t i = 0; i < text->size() && col < lo; ++i) {
        unsigned char c = static_cast<unsigned char>((*text)[i]);
        if ((c & 0xC0) == 0x80) continue;
        pad += c == '\t' ? '\t' : ' ';
        ++col;
    }
    std::string carets(hi > lo ? hi - lo : 1, '^');
    line_no.resize(width, ' ');
    out += gutter + " |\n";
    out += line_no + " | " + *text + "\n";
    out += gutter + " | " + pad + carets + (s.label.empty() ? "" : " " + s.label) + "\n";
    return out;
}

size_t line_width(const Snippet& s) { return quoted_line(s) ? std::to_string(s.span.lo_line).size() : 1; }

} // namespace

std::string render(const Report& r) {
    size_t width = 1;
    if (r.primary) width = std::max(width, line_width(*r.primary));
    for (const Child& c : r.children)
        if (c.at) width = std::max(width, line_width(*c.at));
    std::string gutter(width, ' ');
    std::string out = r.level + ": " + r.title + "\n";
    if (r.primary) {
        out += render_snippet(*r.primary, width);
        // The code window stays open towards the notes that follow.
        if (!r.children.empty() && quoted_line(*r.primary)) out += gutter + " |\n";
    }
    for (const Child& c : r.children) {
        if (c.at) out += c.level + ": " + c.message + "\n" + render_snippet(*c.at, width);
        else out += gutter + " = " + c.level + ": " + c.message + "\n";
    }
    return out + "\n";
}

std::string span_string(const std::string& file, const mir::Span& span) {
    std::string out = file + ":" + std::to_string(span.lo_line) + ":" + std::to_string(span.lo_col);
    if (span.hi_line) out += ": " + std::to_string(span.hi_line) + ":" + std::to_string(span.hi_col);
    return out;
}

} // namespace mirage::diag
