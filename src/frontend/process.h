// Running child processes (rustc, rustdoc, cargo) without a shell: an argv vector, an
// environment, a working directory, and for stdout/stderr a choice of pass-through, capture or
// /dev/null. Safe to call from several threads at once.
#pragma once

#include "util/result.h"

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mirage {

enum class Stdio {
    Inherit, // the child shares our stream
    Capture, // read into ProcessResult (and, for stderr, handed to on_stderr_line)
    Null,    // /dev/null
};

struct ProcessSpec {
    // argv[0] is the program: a path, or a bare name looked up in our PATH.
    std::vector<std::string> argv;
    std::string cwd; // empty: ours
    // "NAME=value" entries the child starts from; nullopt: our own environment.
    std::optional<std::vector<std::string>> environment;
    // Applied in order on top of `environment`: set NAME to the value, or unset it (nullopt).
    std::vector<std::pair<std::string, std::optional<std::string>>> env_overrides;
    Stdio stdin_mode = Stdio::Null; // Capture is treated as Null
    Stdio stdout_mode = Stdio::Inherit;
    Stdio stderr_mode = Stdio::Inherit;
    // With stderr_mode == Capture: called with each complete line (without its '\n') as it
    // arrives, on the calling thread. The line is also kept in ProcessResult::err.
    std::function<void(std::string_view line)> on_stderr_line;
    // Added to our niceness for the child: background work that must not slow a critical path.
    int nice_increment = 0;
};

struct ProcessResult {
    int exit_status = 0;  // the exit code, or 128 + the signal number if a signal ended it
    int term_signal = 0;  // the signal that ended the child, 0 if it exited
    std::string out, err; // captured streams (empty unless Capture)

    bool success() const { return exit_status == 0; }
};

// Runs the process to completion. Fails (kind Io) only when it cannot be started; a child
// that runs and fails is a successful call with a non-zero exit_status.
Result<ProcessResult> run_process(const ProcessSpec& spec);

// Our environment as "NAME=value" entries.
std::vector<std::string> current_environment();

// "exit status 3" or "killed by signal 9 (Killed)", for messages.
std::string describe_exit(const ProcessResult& result);

// The last `max_lines` lines of `text`, for error messages that quote a tool's output.
std::string tail_lines(std::string_view text, size_t max_lines);

} // namespace mirage
