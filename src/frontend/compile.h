// Compiling a user's file against the interpreted sysroot, with the same flags.
#pragma once

#include "frontend/sysroot.h"
#include "util/result.h"

#include <string>

namespace mirage {

struct CompiledCrate {
    std::string crate_name;
    std::string mir_path;   // MIR text of the crate
    std::string hir_path;   // `-Zunpretty=hir` text: the items defined inside bodies
};

// Compiles a single-file binary crate to MIR text (and metadata only: a `--cfg miri` crate
// cannot be linked). rustc's diagnostics go to our stderr unchanged; when rustc fails the
// error has kind CompileFailed and carries rustc's exit code in its message.
Result<CompiledCrate> compile_file(const Toolchain& toolchain, const Sysroot& sysroot,
                                   const std::string& source_file, const std::string& out_dir);

} // namespace mirage
