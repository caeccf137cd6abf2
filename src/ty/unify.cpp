#include "ty/unify.h"

namespace mirage::ty {

static bool match_impl(Ty pattern, Ty ty, std::vector<Ty>& vars, std::vector<std::pair<Ty, Ty>>* deferred) {
    if (deferred && pattern->kind == Kind::Alias) {
        deferred->emplace_back(pattern, ty);
        return true;
    }
    // Variables first: the pattern's Param 0 may be the very same node as a Param 0 of the
    // type's own generic scope, and must still be bound.
    if (pattern->kind == Kind::Param && pattern->index < vars.size()) {
        Ty& slot = vars[pattern->index];
        if (!slot) {
            slot = ty;
            return true;
        }
        return slot == ty;
    }
    if (pattern == ty && pattern->kind != Kind::Param && pattern->nargs == 0) return true;
    if (pattern->kind != ty->kind || pattern->flags != ty->flags || pattern->small != ty->small ||
        pattern->def != ty->def || pattern->nargs != ty->nargs || pattern->value != ty->value ||
        pattern->value2 != ty->value2 || pattern->index != ty->index || pattern->sym != ty->sym)
        return false;
    for (uint32_t i = 0; i < pattern->nargs; ++i)
        if (!match_impl(pattern->arg(i), ty->arg(i), vars, deferred)) return false;
    return true;
}

bool match_ty_deferring(Ty pattern, Ty ty, std::vector<Ty>& vars, std::vector<std::pair<Ty, Ty>>& deferred) {
    return match_impl(pattern, ty, vars, &deferred);
}

bool match_ty(Ty pattern, Ty ty, std::vector<Ty>& vars) { return match_impl(pattern, ty, vars, nullptr); }

} // namespace mirage::ty
