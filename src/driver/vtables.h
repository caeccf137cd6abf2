// `mirage vtables FILE.rs`: the vtables, upcasting slots and drop glue facts Mirage derives from
// its program database for the probe fns of FILE.rs (the oracle in tests/vtable/ compares them
// with what rustc builds natively). Probes, by fn name:
//   vt_N: a vtable. Concrete type: the type of the local `probe` if the body has one (closures),
//         else the pointee of the first argument; trait: the first `dyn` inside the return type.
//         Prints `vt_N` and per slot `drop null|drop <glue>`, `size S`, `align A`,
//         `method <body>`, `vacant`, `vptr <supertrait>` (tab-separated).
//   up_N: `fn(&dyn Sub) -> &dyn Super`: prints `up_N same` (the vtable is reused) or
//         `up_N slot K` (the vptr slot in Sub's vtable).
//   nd_N: drop glue of the type of `probe` (else of the first argument): prints
//         `nd_N needs_drop 0|1 drop_impl none|<Drop::drop body>`.
// Bodies print like demangled v0 symbols (InstancePrinter).
#pragma once

#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "util/result.h"

#include <string>

namespace mirage {

// Prints to stdout, ordered by probe kind and N. Returns the exit status (0 even when some
// probes failed: their lines say why).
Result<int> vtables_probe(const Toolchain& tc, const Sysroot& sysroot, const std::string& file);

} // namespace mirage
