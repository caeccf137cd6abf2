#include "checks/fn_abi.h"

namespace mirage::checks {

using ty::Kind;
using ty::Ty;

// (size, signed) of an integer-like type: integers, and `char` as u32.
static bool int_like(Ty t, const LayoutOf& layout_of, uint64_t& size, bool& is_signed) {
    if (t->kind == Kind::Int) {
        size = layout_of(t)->size;
        is_signed = ty::is_signed(static_cast<ty::IntTy>(t->small));
        return true;
    }
    if (t->kind == Kind::Char) {
        size = 4;
        is_signed = false;
        return true;
    }
    return false;
}

static bool is_aggregate(Ty t) {
    return t->kind == Kind::Adt || t->kind == Kind::Tuple || t->kind == Kind::Array || t->kind == Kind::Closure;
}

// The same backend representation: what an unfolded newtype or Option-like enum passes as.
static bool same_shape(const ty::Layout& a, const ty::Layout& b) {
    if (a.backend_repr != b.backend_repr || a.size != b.size) return false;
    switch (a.backend_repr) {
    case ty::BackendReprKind::Scalar: return a.scalar_a.value == b.scalar_a.value;
    case ty::BackendReprKind::ScalarPair:
        return a.scalar_a.value == b.scalar_a.value && a.scalar_b.value == b.scalar_b.value;
    default: return a.align == b.align;
    }
}

bool abi_compatible(Ty caller, Ty callee, const LayoutOf& layout_of) {
    if (caller == callee) return true;
    const ty::Layout* lc = layout_of(caller);
    const ty::Layout* le = layout_of(callee);
    if (!lc || !le) return true;
    if (lc->is_1zst() || le->is_1zst()) return lc->is_1zst() && le->is_1zst();
    if (is_aggregate(caller) || is_aggregate(callee)) return same_shape(*lc, *le);
    auto thin_ptr = [](const ty::Layout& l) {
        return l.backend_repr == ty::BackendReprKind::Scalar && l.scalar_a.value.kind == ty::PrimKind::Pointer;
    };
    if (thin_ptr(*lc) && thin_ptr(*le)) return true;
    auto is_ptr = [](Ty t) { return t->kind == Kind::Ref || t->kind == Kind::RawPtr; };
    if (is_ptr(caller) && is_ptr(callee)) return same_shape(*lc, *le); // wide: the same metadata kind
    uint64_t sc, se;
    bool gc, ge;
    if (int_like(caller, layout_of, sc, gc) && int_like(callee, layout_of, se, ge)) return sc == se && gc == ge;
    return false;
}

std::string calling_convention(std::string_view abi) {
    if (abi.size() >= 2 && abi.front() == '"' && abi.back() == '"') abi = abi.substr(1, abi.size() - 2); // as printed
    if (abi.empty() || abi == "Rust" || abi == "rust-call") return "Rust";
    if (abi == "C" || abi == "C-unwind" || abi == "system" || abi == "system-unwind") return "C";
    return "";
}

CallMismatch check_fn_ptr_call(Ty caller_sig, Ty callee_sig, const std::vector<Ty>& arg_tys, std::string_view caller_abi,
                               std::string_view callee_abi, const LayoutOf& layout_of,
                               const std::function<std::string(Ty)>& ty_name) {
    CallMismatch m;
    std::string cc = calling_convention(caller_abi), ce = calling_convention(callee_abi);
    if (!cc.empty() && !ce.empty() && cc != ce) {
        m.kind = CallMismatch::Convention;
        m.message = "calling a function with calling convention \"" + ce + "\" using calling convention \"" + cc + "\"";
        return m;
    }
    if ((caller_sig->flags & ty::kVariadic) || (callee_sig->flags & ty::kVariadic)) return m;
    // Zero-sized arguments and parameters are not passed (PassMode::Ignore): the others pair up
    // in order.
    auto passed = [&](Ty t) {
        const ty::Layout* l = layout_of(t);
        return !l || l->size != 0;
    };
    std::vector<Ty> args;
    for (Ty t : arg_tys)
        if (passed(t)) args.push_back(t);
    size_t next = 0;
    for (uint32_t i = 0; i + 1 < callee_sig->nargs; ++i) {
        Ty pt = callee_sig->arg(i + 1);
        if (!passed(pt)) continue;
        if (next >= args.size()) {
            m.kind = CallMismatch::FewerArgs;
            m.arg = i;
            m.message = "calling a function with fewer arguments than it requires";
            return m;
        }
        Ty at = args[next++];
        if (!abi_compatible(at, pt, layout_of)) {
            m.kind = CallMismatch::Argument;
            m.arg = i;
            m.message = "calling a function whose parameter #" + std::to_string(i + 1) + " has type " + ty_name(pt) +
                        " passing argument of type " + ty_name(at);
            return m;
        }
    }
    Ty rc = caller_sig->arg(0), re = callee_sig->arg(0);
    if (!abi_compatible(rc, re, layout_of)) {
        m.kind = CallMismatch::Return;
        m.message = "calling a function with return type " + ty_name(re) + " passing return place of type " + ty_name(rc);
        return m;
    }
    if (next < args.size()) {
        m.kind = CallMismatch::MoreArgs;
        m.message = "calling a function with more arguments than it expected";
    }
    return m;
}

} // namespace mirage::checks
