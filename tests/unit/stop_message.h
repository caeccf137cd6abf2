// Test helper: the message of the diag::MachineStop a callable throws.
#pragma once

#include "diag/error.h"

#include <string>

// Runs `f` and returns the message of the MachineStop it throws ("" when it does not).
template <typename F> std::string stop_message(F&& f) {
    try {
        f();
    } catch (const mirage::diag::MachineStop& s) {
        return s.message;
    }
    return "";
}
