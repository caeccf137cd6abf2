// The interpreted sysroot: std and its dependencies built from source with our MIR flags,
// once per compiler and target, like `cargo miri setup` (ARCHITECTURE.md §1.2).
#pragma once

#include "frontend/toolchain.h"
#include "util/result.h"

#include <cstddef>
#include <functional>
#include <string>
#include <vector>

namespace mirage {

// Flags every crate we interpret is compiled with (ARCHITECTURE.md §1.1).
const std::vector<std::string>& mir_rustc_flags();

// A crate's dependency as its source names it. hashbrown says `core` for the crate
// rustc_std_workspace_core (which re-exports core); std says `hashbrown`, `libc`, ...
struct SysrootExtern {
    std::string name; // the name in the depending crate's source (`--extern name=...`)
    size_t crate;     // index of the crate it denotes in Sysroot::crates
};

struct SysrootCrate {
    std::string name;       // crate name as rustc knows it: "core", "alloc", "std", "hashbrown"...
    std::string mir_path;   // MIR text
    // rustdoc item JSON. rustdoc always sets cfg(doc), so this also holds items that do not
    // exist in the compiled crate (core::arch::{aarch64, wasm32, ...}, std::os::windows) and,
    // in a few places, a doc-only variant instead of the real item (core's
    // `impl DerefMut for Pin<Ptr>`): when the two disagree, the MIR is the truth.
    std::string json_path;
    // `rustc -Zunpretty=hir` output: the items defined inside bodies, which rustdoc omits.
    // May be missing for a sysroot built before it was emitted (`mirage setup` completes it).
    std::string hir_path;
    std::string record_path; // the recorded rustc invocation, replayed to print the HIR again
    std::vector<SysrootExtern> externs; // its direct dependencies
};

struct Sysroot {
    std::string target;        // target triple
    std::string dir;           // cache directory of this compiler + target
    std::string rustc_sysroot; // `--sysroot` for user code: .rmeta files only, nothing to link
    // In dependency order: a crate comes after every crate it depends on (core first).
    std::vector<SysrootCrate> crates;
};

// Root of all caches: $MIRAGE_HOME, else $XDG_CACHE_HOME/mirage, else ~/.cache/mirage.
std::string cache_root();

// Called with one line per stage and per crate ("[3/26] Compiling core"). Calls may come from
// worker threads, but never two at once.
using ProgressFn = std::function<void(const std::string& line)>;

// Cache directory of this compiler and target: <cache_root()>/<release>-<commit[0..12]>/<target>.
std::string sysroot_dir(const Toolchain& toolchain, const std::string& target);

// Checks that rustc knows `target` (`rustc --print target-list`); a Usage error otherwise.
Result<void> check_target(const Toolchain& toolchain, const std::string& target);

// Builds the sysroot for `target` if it is missing or stale; otherwise returns at once.
// Several processes may call it at once: one builds, the others wait for it.
Result<Sysroot> build_sysroot(const Toolchain& toolchain, const std::string& target,
                              const ProgressFn& progress);

// Returns the sysroot for `target` if it has been built; an error telling the user to run
// `mirage setup --target T` otherwise.
Result<Sysroot> find_sysroot(const Toolchain& toolchain, const std::string& target);

} // namespace mirage
