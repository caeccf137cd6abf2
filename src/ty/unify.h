// One-way matching of a generic pattern against a type: the core of impl selection. The
// pattern's Params are variables (index < vars.size()); matching binds them.
#pragma once

#include "ty/ty.h"

#include <vector>

namespace mirage::ty {

// True when `pattern` with vars substituted equals `ty`. On success every variable that occurs
// in the pattern is bound in `vars` (unbound ones stay nullptr).
bool match_ty(Ty pattern, Ty ty, std::vector<Ty>& vars);

// Like match_ty, but a projection in the pattern (`LinkedList<I::Item, A>`) matches anything
// and is recorded in `deferred` with what it met: the caller normalizes it once the variables
// are bound and compares.
bool match_ty_deferring(Ty pattern, Ty ty, std::vector<Ty>& vars, std::vector<std::pair<Ty, Ty>>& deferred);

} // namespace mirage::ty
