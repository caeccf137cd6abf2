// What stops the abstract machine: undefined behaviour, an unsupported operation, the program
// exiting or aborting, or a bug of Mirage's own. The machine throws a MachineStop from wherever
// the condition is found (deep inside a memory access or an intrinsic); the run loop catches it
// once and turns it into a report and an exit status. Exceptions keep every check a single line
// on the hot path, where threading a Result through each byte access would cost on every step.
#pragma once

#include "mir/mir.h"

#include <cstdint>
#include <string>
#include <vector>

namespace mirage::diag {

enum class StopKind : uint8_t {
    Exit,        // the program called exit (or main returned): status is its exit code
    Abort,       // the program aborted (std::process::abort, panic in a no-unwind function)
    Ub,          // undefined behaviour
    Unsupported, // something Mirage cannot do (an unknown foreign function, a syscall ...)
    Resource,    // a limit was hit (stack overflow depth)
    Internal,    // a bug in Mirage: a report with context, never a crash
};

// Which family of UB (for the headline and for tests): free text kept close to Miri's wording.
struct MachineStop {
    StopKind kind = StopKind::Internal;
    std::string message;        // the headline after `error: Undefined Behavior: ` etc.
    int status = 1;             // the process exit status
    std::vector<std::string> notes; // extra `= note:` lines
    // Where it happened when that is not the innermost frame's current statement (a callee's
    // parameter while the call is set up): the span and the instance body (an
    // engine::InstanceBody) it is in.
    mir::Span location;
    const void* location_body = nullptr;
    // The allocation a use-after-free or out-of-bounds error is about (a memory::AllocId, 0:
    // none): the report says where it was allocated and freed (Miri's allocation notes).
    uint64_t alloc = 0;
    std::vector<std::string> helps; // extra `= help:` lines after the standard ones
};

[[noreturn]] inline void throw_ub(std::string message) {
    throw MachineStop{StopKind::Ub, std::move(message), 1, {}};
}
// Use after free and out-of-bounds access or arithmetic: UB about allocation `alloc`.
[[noreturn]] inline void throw_alloc_ub(uint64_t alloc, std::string message) {
    MachineStop stop{StopKind::Ub, std::move(message), 1, {}};
    stop.alloc = alloc;
    throw stop;
}
[[noreturn]] inline void throw_unsupported(std::string message) {
    throw MachineStop{StopKind::Unsupported, std::move(message), 1, {}};
}
[[noreturn]] inline void throw_internal(std::string message) {
    throw MachineStop{StopKind::Internal, std::move(message), 1, {}};
}

} // namespace mirage::diag
