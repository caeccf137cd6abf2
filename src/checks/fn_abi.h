// Calls through fn pointers whose type does not match the function (rustc's call.rs, as Miri
// checks every call): the calling convention, the number of arguments, and each argument's and
// the return value's ABI compatibility (layout_compat: equal types, 1-ZSTs, thin pointers,
// wide pointers with the same metadata, integers of the same size and signedness; repr-
// transparent wrappers and Option-like enums by their layout). Where rustc requires equal types
// and Mirage cannot unfold a type exactly, values with the same layout shape are accepted (no
// false reports). Always on.
#pragma once

#include "ty/layout.h"
#include "ty/ty.h"

#include <functional>
#include <string>

namespace mirage::checks {

using LayoutOf = std::function<const ty::Layout*(ty::Ty)>;

bool abi_compatible(ty::Ty caller, ty::Ty callee, const LayoutOf& layout_of);

// rustc's name of a fn pointer's calling convention (`Rust`, `C`); "" when Mirage does not
// compare it (other conventions).
std::string calling_convention(std::string_view abi);

struct CallMismatch {
    enum Kind : uint8_t { None, Convention, FewerArgs, MoreArgs, Argument, Return } kind = None;
    uint32_t arg = 0;       // Argument, FewerArgs: the callee's parameter (0-based)
    std::string message;    // the headline (without `Undefined Behavior: `)
};

// `caller_sig` is the fn pointer type the call uses, `callee_sig` the function's own fn pointer
// type (both Kind::FnPtr: args[0] the return type, then the inputs); `arg_tys` are the types
// of the arguments actually passed.
CallMismatch check_fn_ptr_call(ty::Ty caller_sig, ty::Ty callee_sig, const std::vector<ty::Ty>& arg_tys,
                               std::string_view caller_abi, std::string_view callee_abi,
                               const LayoutOf& layout_of, const std::function<std::string(ty::Ty)>& ty_name);

} // namespace mirage::checks
