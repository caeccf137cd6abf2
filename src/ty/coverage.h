// Type-system coverage over whole crates: lowers every local's type and every called fn path of
// every body in the generic scope of the body's item, and counts what fails. `mirage
// sysroot-stats --types` prints it; a failure here is a type the engine could not run with.
#pragma once

#include "ty/traits.h"

#include <map>
#include <span>
#include <string>

namespace mirage::ty {

struct TypeCoverage {
    size_t types = 0, type_errors = 0;
    size_t calls = 0, call_errors = 0;
    std::map<std::string, size_t> error_kinds; // message → count
    std::vector<std::string> samples;          // a few failing types/paths, for debugging
};

// `bodies` are the crate's bodies, whose global indices start at `first_body` (body_links).
void measure_coverage(TraitSolver& solver, items::CrateId crate, std::span<const mir::Body> bodies,
                      uint32_t first_body, TypeCoverage& out);

} // namespace mirage::ty
