// Parser for rustc's MIR text (`--emit=mir`). One call parses one crate's whole .mir file.
//
// A body that cannot be parsed is recorded as a failure with file:line:col and the offending
// text, and parsing resumes at the next top-level item, so one unknown construct never hides
// the rest of a crate.
#pragma once

#include "mir/interner.h"
#include "mir/mir.h"
#include "util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace mirage::mir {

struct ParseOptions {
    uint32_t pointer_size = 8; // bytes; decides how many bytes a pointer covers in a dump
};

struct ParseFailure {
    uint32_t line = 0;
    uint32_t col = 0;
    std::string message;
    std::string excerpt; // the offending line
    std::string to_string(std::string_view file_name) const;
};

struct ParsedCrate {
    std::vector<Body> bodies;
    std::vector<ParseFailure> failures;
};

ParsedCrate parse_mir(Interner& interner, std::string_view text, const ParseOptions& options);

// Strict form: the first failure is the error (kind Parse, message `FILE:L:C: ...`).
Result<std::vector<Body>> parse_mir_strict(Interner& interner, std::string_view text,
                                           std::string_view file_name,
                                           const ParseOptions& options);

// One type as rustc prints it in MIR (`core::option::Option<&[u8]>`), for tools and tests.
Result<TyId> parse_type(Interner& interner, std::string_view text);

} // namespace mirage::mir
