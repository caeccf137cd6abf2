// `mirage resolve-calls FILE.rs`: the Mirage side of the resolution corpus (tests/resolve/).
//
// Compiles FILE.rs through our pipeline (MIR text with our flags, rustdoc JSON of the sysroot
// and of the file), and for every Call terminator of the user crate's non-generic bodies whose
// span lies in FILE.rs, lowers the callee (TraitSolver::lower_fn_path), resolves it
// (TraitSolver::resolve) and prints
//
//     LINE:COL<TAB>BODY
//
// in the form tests/resolve/oracle.py derives from rustc's own codegen: LINE:COL is where rustc
// puts the call's debug location (the method name for method calls: codegen uses the
// terminator's fn_span, which MIR text does not print, so it is recovered from the source), and
// BODY is the resolved instance printed like a demangled v0 symbol without crate hashes
// (`<alloc::vec::Vec<i32> as core::clone::Clone>::clone`, `<[i32]>::iter`,
// `t1::run::{closure#0}`), or `indirect` for calls through a vtable or a fn pointer. Sites that
// cannot be resolved print `unresolved: REASON` instead of a body.
#pragma once

#include <string>

namespace mirage {

struct ResolveCallsOptions {
    std::string file;
    std::string target;
};

// Returns the process exit status.
int cmd_resolve_calls(const ResolveCallsOptions& options);

} // namespace mirage
