#include "diag/render.h"

namespace mirage::diag {

std::string render_location(const std::string& file, const mir::Span& span, const SourceText* src,
                            const std::string& label) {
    std::string line_no = std::to_string(span.lo_line);
    std::string gutter(line_no.size(), ' ');
    std::string out = gutter + "--> " + file + ":" + line_no + ":" + std::to_string(span.lo_col) + "\n";
    if (!src || span.lo_line == 0 || span.lo_line > src->line_starts.size()) return out;
    size_t begin = src->line_starts[span.lo_line - 1];
    size_t end = src->text.find('\n', begin);
    if (end == std::string::npos) end = src->text.size();
    std::string text = src->text.substr(begin, end - begin);
    if (!text.empty() && text.back() == '\r') text.pop_back();
    // Columns count chars; the caret line repeats the quoted line's tabs so that they align.
    uint32_t chars = 0;
    for (unsigned char c : text) chars += (c & 0xC0) != 0x80;
    uint32_t lo = span.lo_col ? span.lo_col : 1;
    uint32_t hi = span.hi_line == span.lo_line && span.hi_col > lo ? span.hi_col : chars + 1;
    if (lo > chars + 1) return out;
    std::string pad;
    uint32_t col = 1;
    for (size_t i = 0; i < text.size() && col < lo; ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if ((c & 0xC0) == 0x80) continue;
        pad += c == '\t' ? '\t' : ' ';
        ++col;
    }
    std::string carets(hi > lo ? hi - lo : 1, '^');
    out += gutter + " |\n";
    out += line_no + " | " + text + "\n";
    out += gutter + " | " + pad + carets + (label.empty() ? "" : " " + label) + "\n";
    out += gutter + " |\n";
    return out;
}

} // namespace mirage::diag
