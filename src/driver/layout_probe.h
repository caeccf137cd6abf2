// `mirage layout-probe FILE.rs`: the layouts Mirage computes for the types a probe program names,
// from Mirage's own program database (the layout oracle in tests/layout/ compares them with
// rustc's). Every fn of FILE.rs whose name is `probe_tN` names one type: its first argument's.
// For each, one line `tN ` + describe_layout(...) (or `tN error: MESSAGE`), ordered by N.
#pragma once

#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "util/result.h"

#include <string>

namespace mirage {

// Prints the layouts to stdout. Returns the process exit status (0 even when some types failed:
// their lines say why).
Result<int> layout_probe(const Toolchain& tc, const Sysroot& sysroot, const std::string& file);

} // namespace mirage
