#include "mir/roundtrip.h"

#include "mir/printer.h"

namespace mirage::mir {

namespace {

#define MIRAGE_COMPARE_FIELD(field)                                                                \
    if (!(a.field == b.field)) return #field;

const char* first_difference(const Body& a, const Body& b) {
    MIRAGE_COMPARE_FIELD(kind)
    MIRAGE_COMPARE_FIELD(ctfe)
    MIRAGE_COMPARE_FIELD(name)
    MIRAGE_COMPARE_FIELD(promoted)
    MIRAGE_COMPARE_FIELD(arg_count)
    MIRAGE_COMPARE_FIELD(yield_ty)
    MIRAGE_COMPARE_FIELD(locals)
    MIRAGE_COMPARE_FIELD(debug_vars)
    MIRAGE_COMPARE_FIELD(scopes)
    MIRAGE_COMPARE_FIELD(blocks)
    MIRAGE_COMPARE_FIELD(statements)
    MIRAGE_COMPARE_FIELD(projections)
    MIRAGE_COMPARE_FIELD(operands)
    MIRAGE_COMPARE_FIELD(consts)
    MIRAGE_COMPARE_FIELD(const_children)
    MIRAGE_COMPARE_FIELD(notes)
    MIRAGE_COMPARE_FIELD(edges)
    MIRAGE_COMPARE_FIELD(syms)
    MIRAGE_COMPARE_FIELD(allocations)
    return nullptr;
}

} // namespace

std::string check_round_trip(Interner& interner, const Body& body, const ParseOptions& options) {
    std::string text = body_to_string(interner, body);
    ParsedCrate again = parse_mir(interner, text, options);
    if (!again.failures.empty())
        return "printed body does not parse: " + again.failures[0].to_string("<printed>") +
               "\n" + text;
    if (again.bodies.size() != 1)
        return "printed body parses as " + std::to_string(again.bodies.size()) + " bodies\n" + text;
    Body copy = again.bodies[0];
    copy.source_line = body.source_line;
    if (const char* field = first_difference(body, copy)) {
        std::string again_text = body_to_string(interner, copy);
        std::string where;
        if (again_text != text) {
            size_t i = 0;
            while (i < text.size() && i < again_text.size() && text[i] == again_text[i]) ++i;
            size_t ls = text.rfind('\n', i);
            ls = ls == std::string::npos ? 0 : ls + 1;
            where = "first printed difference:\n  " + text.substr(ls, text.find('\n', i) - ls) +
                    "\n  " + again_text.substr(ls, again_text.find('\n', i) - ls) + "\n";
        }
        if (std::string_view(field) == "blocks") {
            for (size_t i = 0; i < body.blocks.size() && i < copy.blocks.size(); ++i) {
                const Terminator& x = body.blocks[i].terminator;
                const Terminator& y = copy.blocks[i].terminator;
                if (!(x == y))
                    where += "terminator of bb" + std::to_string(i) + " differs (" +
                             (x.func == y.func ? "" : "func ") + (x.args == y.args ? "" : "args ") +
                             (x.edges == y.edges ? "" : "edges ") +
                             (x.notes == y.notes ? "" : "notes ") +
                             (x.place == y.place ? "" : "place ") + ")\n";
                else if (!(body.blocks[i] == copy.blocks[i]))
                    where += "bb" + std::to_string(i) + " differs\n";
            }
        }
        where += "pools: consts " + std::to_string(body.consts.size()) + "/" +
                 std::to_string(copy.consts.size()) + " operands " +
                 std::to_string(body.operands.size()) + "/" + std::to_string(copy.operands.size()) +
                 "\n";
        return std::string("round trip changes `") + field + "`\n" + where + text;
    }
    return {};
}

} // namespace mirage::mir
