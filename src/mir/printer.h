// Printing bodies and types in rustc's MIR text format.
#pragma once

#include "mir/interner.h"
#include "mir/mir.h"

#include <string>

namespace mirage::mir {

void print_type(const Interner& interner, TyId ty, std::string& out);
std::string type_to_string(const Interner& interner, TyId ty);
// Appends the body (and the allocation dumps that follow it) to `out`.
void print_body(const Interner& interner, const Body& body, std::string& out);
std::string body_to_string(const Interner& interner, const Body& body);

} // namespace mirage::mir
