// Self-check of the parser and printer: print a body, parse the text again, and compare the
// two structures. Used by the unit tests and by `mirage sysroot-stats --roundtrip`.
#pragma once

#include "mir/interner.h"
#include "mir/mir.h"
#include "mir/parser.h"

#include <string>

namespace mirage::mir {

// Returns an empty string when parse(print(body)) == body; otherwise what differs, with the
// printed text.
std::string check_round_trip(Interner& interner, const Body& body, const ParseOptions& options);

} // namespace mirage::mir
