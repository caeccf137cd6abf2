// Statements and rvalues: assignment, storage, discriminants, casts, aggregates, unsizing.
#include "engine/machine.h"

#include "mir/printer.h"

#include <cctype>
#include <cmath>
#include <cstdio>
#include <cstring>

namespace mirage::engine {

using diag::throw_internal;
using diag::throw_ub;
using diag::throw_unsupported;
using ty::IntTy;
using ty::Kind;

namespace {

u128 truncate(u128 v, uint32_t bits) { return bits >= 128 ? v : v & ((u128(1) << bits) - 1); }
__int128 sign_extend(u128 v, uint32_t bits) {
    if (bits == 0 || bits >= 128) return static_cast<__int128>(v);
    u128 m = u128(1) << (bits - 1);
    v = truncate(v, bits);
    return static_cast<__int128>((v ^ m) - m);
}
bool int_signed(Ty t) { return t->kind == Kind::Int && ty::is_signed(static_cast<IntTy>(t->small)); }

template <typename F> F as_float(u128 bits) {
    F f;
    std::memcpy(&f, &bits, sizeof f);
    return f;
}
template <typename F> u128 float_bits(F f) {
    u128 b = 0;
    std::memcpy(&b, &f, sizeof f);
    return b;
}

long double float_value(Ty t, u128 bits) {
    switch (static_cast<ty::FloatTy>(t->small)) {
    case ty::FloatTy::F16: return static_cast<long double>(as_float<_Float16>(bits));
    case ty::FloatTy::F32: return as_float<float>(bits);
    case ty::FloatTy::F64: return as_float<double>(bits);
    case ty::FloatTy::F128: return static_cast<long double>(as_float<__float128>(bits));
    }
    return 0;
}

u128 make_float(Ty t, long double v) {
    switch (static_cast<ty::FloatTy>(t->small)) {
    case ty::FloatTy::F16: return float_bits(static_cast<_Float16>(v));
    case ty::FloatTy::F32: return float_bits(static_cast<float>(v));
    case ty::FloatTy::F64: return float_bits(static_cast<double>(v));
    case ty::FloatTy::F128: return float_bits(static_cast<__float128>(v));
    }
    return 0;
}

} // namespace

// Saturating float -> int, as `as` does (NaN -> 0).
u128 float_to_int_saturating(long double v, bool is_signed, uint32_t bits) {
    if (std::isnan(v)) return 0;
    v = std::trunc(v);
    if (is_signed) {
        long double lo = -std::ldexp(1.0L, static_cast<int>(bits) - 1);
        long double hi = std::ldexp(1.0L, static_cast<int>(bits) - 1);
        if (v <= lo) return truncate(static_cast<u128>(-(static_cast<__int128>(1) << (bits - 1))), bits);
        if (v >= hi) return (u128(1) << (bits - 1)) - 1;
        return truncate(static_cast<u128>(static_cast<__int128>(v)), bits);
    }
    if (v <= 0) return 0;
    long double hi = std::ldexp(1.0L, static_cast<int>(bits));
    if (v >= hi) return truncate(~u128(0), bits);
    return static_cast<u128>(v);
}

long double float_value_of(Ty t, u128 bits) { return float_value(t, bits); }
u128 float_from_value(Ty t, long double v) { return make_float(t, v); }

void Machine::cast(Frame& f, const mir::Rvalue& rv, const PlaceRef& dest) {
    const mir::Operand& op = f.body->mir->operands[rv.ops.begin];
    std::string_view kind = m_p.interner.str(rv.sym);
    Ty to = dest.ty;
    if (kind == "IntToInt" || kind == "IntToFloat" || kind == "FloatToInt" || kind == "FloatToFloat") {
        Ty from = nullptr;
        Scalar s = eval_scalar(f, op, &from);
        const Layout* fl = layout_of(from);
        uint32_t fbits = static_cast<uint32_t>(fl->size * 8);
        uint32_t tbits = static_cast<uint32_t>(dest.layout->size * 8);
        u128 r = 0;
        if (kind == "IntToInt") {
            r = int_signed(from) ? truncate(static_cast<u128>(sign_extend(s.bits, fbits)), tbits) : truncate(s.bits, tbits);
        } else if (kind == "IntToFloat") {
            if (int_signed(from)) {
                __int128 v = sign_extend(s.bits, fbits);
                switch (static_cast<ty::FloatTy>(to->small)) {
                case ty::FloatTy::F32: r = float_bits(static_cast<float>(v)); break;
                case ty::FloatTy::F64: r = float_bits(static_cast<double>(v)); break;
                case ty::FloatTy::F16: r = float_bits(static_cast<_Float16>(v)); break;
                case ty::FloatTy::F128: r = float_bits(static_cast<__float128>(v)); break;
                }
            } else {
                u128 v = truncate(s.bits, fbits);
                switch (static_cast<ty::FloatTy>(to->small)) {
                case ty::FloatTy::F32: r = float_bits(static_cast<float>(v)); break;
                case ty::FloatTy::F64: r = float_bits(static_cast<double>(v)); break;
                case ty::FloatTy::F16: r = float_bits(static_cast<_Float16>(v)); break;
                case ty::FloatTy::F128: r = float_bits(static_cast<__float128>(v)); break;
                }
            }
        } else if (kind == "FloatToInt") {
            if (static_cast<ty::FloatTy>(from->small) == ty::FloatTy::F128) {
                __float128 v = as_float<__float128>(s.bits);
                r = float_to_int_saturating(static_cast<long double>(v), int_signed(to), tbits);
            } else {
                r = float_to_int_saturating(float_value(from, s.bits), int_signed(to), tbits);
            }
        } else { // FloatToFloat
            auto ff = static_cast<ty::FloatTy>(from->small), tf = static_cast<ty::FloatTy>(to->small);
            if (ff == ty::FloatTy::F32 && tf == ty::FloatTy::F64) r = float_bits(static_cast<double>(as_float<float>(s.bits)));
            else if (ff == ty::FloatTy::F64 && tf == ty::FloatTy::F32) r = float_bits(static_cast<float>(as_float<double>(s.bits)));
            else if (tf == ty::FloatTy::F128 || ff == ty::FloatTy::F128) {
                __float128 v = ff == ty::FloatTy::F128 ? as_float<__float128>(s.bits)
                                                       : static_cast<__float128>(float_value(from, s.bits));
                r = tf == ty::FloatTy::F128 ? float_bits(v) : make_float(to, static_cast<long double>(v));
            } else r = make_float(to, float_value(from, s.bits));
        }
        write_scalar(dest, {r, memory::kNoAlloc});
        return;
    }
    if (kind == "PtrToPtr" || kind == "FnPtrToPtr" || kind == "Transmute" || kind == "Subtype" ||
        kind.starts_with("PointerCoercion(MutToConstPointer") ||
        kind.starts_with("PointerCoercion(UnsafeFnPointer")) {
        PlaceRef src = operand_place(f, op);
        if (src.layout->size == dest.layout->size) {
            if (op.kind != mir::OperandKind::Constant) typed_load(src);
            copy_place(dest, src);
            if (kind == "Transmute" && src.ty != dest.ty) {
                // Valid at both types (rustc's copy_op_allow_transmute): the source's first.
                PlaceRef as_src = dest;
                as_src.ty = src.ty;
                as_src.layout = src.layout;
                validate(as_src);
            }
        } else if (kind == "PtrToPtr" && src.layout->size == 2 * m_ptr_size && dest.layout->size == m_ptr_size) {
            m_mem.copy(dest.ptr, src.ptr, m_ptr_size, 1, 1);
        } else {
            throw_ub("transmuting from " + std::to_string(src.layout->size) + "-byte type to " +
                     std::to_string(dest.layout->size) + "-byte type: `" + ty_name(src.ty) + "` -> `" + ty_name(dest.ty) + "`");
        }
        return;
    }
    if (kind == "PointerExposeProvenance") {
        Scalar s = eval_scalar(f, op);
        if (s.prov != memory::kNoAlloc && s.prov != memory::kWildcard) m_mem.expose(s.prov);
        write_scalar(dest, {s.bits, memory::kNoAlloc});
        return;
    }
    if (kind == "PointerWithExposedProvenance") {
        int2ptr_cast();
        Scalar s = eval_scalar(f, op);
        AllocId id = m_int2ptr.strict() ? memory::kNoAlloc : m_mem.find_exposed(static_cast<uint64_t>(s.bits));
        write_scalar(dest, {s.bits, id});
        return;
    }
    if (kind.starts_with("PointerCoercion(ReifyFnPointer")) {
        Ty from = operand_ty(f, op);
        if (from->kind != Kind::FnDef) throw_internal("reify of a non-fn-item");
        auto inst = m_p.solver->resolve(from->def, from->arg_span());
        if (!inst) throw_internal("cannot resolve fn item " + ty_name(from));
        Pointer fp = fn_pointer(*inst);
        note_fn_signature(fp, dest.ty);
        write_pointer(dest, fp);
        return;
    }
    if (kind.starts_with("PointerCoercion(ClosureFnPointer")) {
        Ty from = operand_ty(f, op);
        ty::Instance inst{ty::InstanceKind::ClosureOnceShim, from->def,
                          std::vector<Ty>(from->arg_span().begin(), from->arg_span().end()), 1};
        write_pointer(dest, fn_pointer(inst));
        return;
    }
    if (kind.starts_with("PointerCoercion(ArrayToPointer")) {
        PlaceRef src = operand_place(f, op);
        m_mem.copy(dest.ptr, src.ptr, m_ptr_size, 1, 1);
        return;
    }
    if (kind.starts_with("PointerCoercion(Unsize") || kind.starts_with("PointerCoercion(DynStar")) {
        PlaceRef src = operand_place(f, op);
        unsize(src, src.ty, dest);
        return;
    }
    throw_unsupported("cast kind `" + std::string(kind) + "`");
}

// `src` (a pointer or a struct wrapping one) coerced to the unsized `dest` type.
void Machine::unsize(const PlaceRef& src, Ty src_ty, const PlaceRef& dest) {
    Ty dt = dest.ty;
    auto pointee = [&](Ty t) -> Ty {
        if (t->kind == Kind::Ref || t->kind == Kind::RawPtr) return t->arg(0);
        return nullptr;
    };
    Ty sp = pointee(src_ty), dp = pointee(dt);
    if (!sp && src_ty->kind == Kind::Adt && dt->kind == Kind::Adt) {
        // CoerceUnsized structs (Box, Rc, Arc, NonNull, Pin ...): the field that changes type is
        // coerced, the others copied.
        if (src_ty->def == lang_item("OwnedBox")) {
            sp = src_ty->arg(0);
            dp = dt->arg(0);
        } else {
            const ty::AdtInfo& adt = m_p.lowerer->adt(src_ty->def);
            uint32_t n = static_cast<uint32_t>(adt.variants[0].fields.size());
            for (uint32_t i = 0; i < n; ++i) {
                PlaceRef sf = field(src, i), df = field(dest, i);
                if (sf.ty == df.ty) copy_place(df, sf);
                else unsize(sf, sf.ty, df);
            }
            return;
        }
    }
    if (!sp || !dp) throw_unsupported("unsizing `" + ty_name(src_ty) + "` to `" + ty_name(dt) + "`");
    // Find the innermost changing pair through structs ending in the unsized field.
    while (sp->kind == Kind::Adt && dp->kind == Kind::Adt && sp->def == dp->def) {
        const Layout* l = layout_of(sp);
        uint32_t n = l->field_count();
        if (n == 0) break;
        sp = m_p.lowerer->field_ty(sp, 0, n - 1);
        dp = m_p.lowerer->field_ty(dp, 0, n - 1);
        sp = m_p.solver->normalize(sp);
        dp = m_p.solver->normalize(dp);
    }
    const Layout* sl = src.layout;
    Pointer data = m_mem.read_ptr(src.ptr, 1);
    if (sp->kind == Kind::Array && dp->kind == Kind::Slice) {
        write_wide(dest, data, static_cast<uint64_t>(sp->arg(1)->value), memory::kNoAlloc);
        return;
    }
    if (dp->kind == Kind::Dynamic) {
        if (sp->kind == Kind::Dynamic) {
            // Upcasting: same vtable when the target's vtable is a prefix, else a vptr slot.
            uint64_t meta = static_cast<uint64_t>(m_mem.read_int({src.ptr.addr + m_ptr_size, src.ptr.prov}, m_ptr_size, 1));
            AllocId mprov = m_mem.find_exposed(meta);
            Ty target_principal = dp->nargs && dp->arg(0)->kind == Kind::TraitRef ? dp->arg(0) : nullptr;
            Ty concrete = nullptr, principal = nullptr;
            if (target_principal && vtable_info(Pointer{meta, mprov}, &concrete, &principal) &&
                (!principal || principal->def != target_principal->def)) {
                // A vtable of the target trait for the same type, as rustc's upcast makes it
                // (validity checks that a vtable is the one of the pointer's trait).
                Pointer vt = vtable_for(concrete, dp);
                write_wide(dest, data, vt.addr, vt.prov);
                return;
            }
            uint32_t slot = target_principal ? m_vtables->upcast_slot(sp, target_principal) : UINT32_MAX;
            if (slot != UINT32_MAX) {
                Pointer vt = m_mem.read_ptr({meta + slot * m_ptr_size, mprov}, 1);
                write_wide(dest, data, vt.addr, vt.prov);
            } else {
                write_wide(dest, data, meta, mprov);
            }
            return;
        }
        Pointer vt = vtable_for(sp, dp);
        write_wide(dest, data, vt.addr, vt.prov);
        return;
    }
    (void)sl;
    throw_unsupported("unsizing `" + ty_name(sp) + "` to `" + ty_name(dp) + "`");
}

// rustc prints a closure aggregate's operands named by the variables the closure mentions
// (pretty.rs zips them with the places), so a closure capturing two places of one variable
// (`self.front_offset`, `self.iter.iter`) shows only the first. By-reference captures are
// borrows into fresh temporaries assigned, in capture order, right before the aggregate: the
// missing operands are the temporaries after the last printed one.
const std::vector<mir::Operand>& Machine::capture_operands(Frame& f, const mir::Rvalue& rv, size_t captures) {
    auto found = f.body->capture_ops.find(&rv);
    if (found != f.body->capture_ops.end()) return found->second;
    const mir::Body& mb = *f.body->mir;
    const mir::BasicBlock& bb = mb.blocks[f.block];
    uint32_t at = UINT32_MAX;
    for (uint32_t i = 0; i < bb.statements.count; ++i)
        if (&mb.statements[bb.statements.begin + i].rvalue == &rv) at = i;
    std::vector<mir::Operand> ops(mb.operands.begin() + rv.ops.begin, mb.operands.begin() + rv.ops.begin + rv.ops.count);
    // The borrows into temporaries just before the aggregate, in order.
    std::vector<uint32_t> temps;
    for (uint32_t i = at; i-- > 0 && at != UINT32_MAX;) {
        const mir::Statement& s = mb.statements[bb.statements.begin + i];
        if (s.kind == mir::StatementKind::StorageLive || s.kind == mir::StatementKind::Retag) continue;
        if (s.kind != mir::StatementKind::Assign || s.place.proj.count != 0 ||
            (s.rvalue.kind != mir::RvalueKind::Ref && s.rvalue.kind != mir::RvalueKind::RawPtr))
            break;
        temps.insert(temps.begin(), s.place.local);
    }
    size_t next = 0; // the temporaries after the last printed operand
    for (const mir::Operand& op : ops)
        if ((op.kind == mir::OperandKind::Move || op.kind == mir::OperandKind::Copy) && op.place.proj.count == 0)
            for (size_t k = 0; k < temps.size(); ++k)
                if (temps[k] == op.place.local) next = k + 1;
    if (ops.empty() || temps.size() - next < captures - ops.size())
        throw_unsupported("a closure's captures are missing from the MIR text of `" + f.body->name + "`");
    for (size_t k = next; ops.size() < captures; ++k) {
        mir::Operand op{};
        op.kind = mir::OperandKind::Move;
        op.place.local = temps[k];
        ops.push_back(op);
    }
    return f.body->capture_ops.emplace(&rv, std::move(ops)).first->second;
}

// rustc prints a closure aggregate's operands zipped with the captured *variables*: a closure
// that captures two places of one variable (`self.a`, `self.b`) prints fewer operands than it
// has captures, the trailing ones missing. They are rebuilt from the closure body's debug info
// (`debug self__b => (*((*_1).1: &T))`: capture 1 is `self.b`, by reference) and the enclosing
// body's variable of that name.
void Machine::write_unprinted_captures(Frame& f, const PlaceRef& dest, uint32_t printed) {
    const items::Item& ci = m_p.db.item(dest.ty->def);
    if (ci.body == mir::kNone) return;
    std::vector<Ty> upvars = m_p.lowerer->closure_upvars(dest.ty);
    if (printed >= upvars.size()) return;
    const mir::Body& cb = m_p.bodies[ci.body];
    const mir::Body& mb = *f.body->mir;
    mir::Interner& in = m_p.interner;
    const mir::BasicBlock& bb = mb.blocks[f.block];
    uint32_t scope = f.stmt >= 1 && f.stmt <= bb.statements.count ? mb.statements[bb.statements.begin + f.stmt - 1].scope
                                                                   : bb.terminator.scope;
    auto in_scope = [&](uint32_t var_scope) {
        for (uint32_t s = scope; s != mir::kNone && s < mb.scopes.size(); s = mb.scopes[s].parent)
            if (s == var_scope) return true;
        return false;
    };
    for (uint32_t i = printed; i < upvars.size(); ++i) {
        // The closure's debug var of capture i: `(*_1).i` or `_1.i`, then a Deref when by reference.
        const mir::DebugVar* dv = nullptr;
        bool by_ref = false;
        for (const mir::DebugVar& v : cb.debug_vars) {
            if (v.is_const || v.place.local != 1) continue;
            uint32_t k = v.place.proj.begin, end = k + v.place.proj.count;
            if (k < end && cb.projections[k].kind == mir::ProjKind::Deref) ++k;
            if (k >= end || cb.projections[k].kind != mir::ProjKind::Field || cb.projections[k].a != i) continue;
            ++k;
            if (k < end && !(k + 1 == end && cb.projections[k].kind == mir::ProjKind::Deref)) continue;
            dv = &v;
            by_ref = k < end;
            break;
        }
        if (!dv) throw_unsupported("cannot tell what capture " + std::to_string(i) + " of `" + ty_name(dest.ty) + "` captures");
        std::vector<std::string> path;
        std::string_view name = in.str(dv->name);
        for (size_t pos = 0;;) {
            size_t sep = name.find("__", pos);
            path.emplace_back(name.substr(pos, sep == std::string_view::npos ? std::string_view::npos : sep - pos));
            if (sep == std::string_view::npos) break;
            pos = sep + 2;
        }
        // The longest prefix of the path that names a variable in scope here.
        const mir::DebugVar* root = nullptr;
        size_t used = 0;
        for (size_t len = path.size(); len >= 1 && !root; --len) {
            std::string prefix = path[0];
            for (size_t k = 1; k < len; ++k) prefix += "__" + path[k];
            for (const mir::DebugVar& v : mb.debug_vars)
                if (!v.is_const && in.str(v.name) == prefix && in_scope(v.scope) &&
                    (!root || v.scope >= root->scope)) {
                    root = &v;
                    used = len;
                }
        }
        if (!root) throw_unsupported("cannot find the variable `" + path[0] + "` that `" + ty_name(dest.ty) + "` captures");
        PlaceRef p = eval_place(f, root->place);
        for (size_t k = used; k < path.size(); ++k) {
            // Captured paths go through references and boxes implicitly.
            for (;;) {
                if (p.ty->kind == Kind::Ref) p = deref(p, p.ty->arg(0));
                else if (p.ty->kind == Kind::Adt && p.ty->def == lang_item("OwnedBox")) {
                    PlaceRef inner = p;
                    inner.layout = layout_of(m_p.cx->mk_ptr(p.ty->arg(0), true));
                    p = deref(inner, p.ty->arg(0));
                } else break;
            }
            uint32_t idx = UINT32_MAX;
            if (p.ty->kind == Kind::Adt) {
                const ty::AdtInfo& adt = m_p.lowerer->adt(p.ty->def);
                const auto& fields = adt.variants.at(0).fields;
                for (uint32_t fi = 0; fi < fields.size(); ++fi)
                    if (in.str(m_p.db.item(fields[fi]).name) == path[k]) idx = fi;
            } else if (!path[k].empty() && std::isdigit(static_cast<unsigned char>(path[k][0]))) {
                idx = static_cast<uint32_t>(std::stoul(path[k]));
            }
            if (idx == UINT32_MAX) throw_unsupported("cannot find the field `" + path[k] + "` of " + ty_name(p.ty) + " that a closure captures");
            p = field(p, idx);
        }
        PlaceRef slot = field(dest, i);
        if (!by_ref) copy_place(slot, p);
        else if (p.has_meta) write_wide(slot, p.ptr, p.meta, p.meta_prov);
        else write_pointer(slot, p.ptr);
    }
}

void Machine::aggregate(Frame& f, const mir::Rvalue& rv, const PlaceRef& dest) {
    const mir::Body& mb = *f.body->mir;
    auto kind = static_cast<mir::AggregateKind>(rv.op);
    uint32_t n = rv.ops.count;
    switch (kind) {
    case mir::AggregateKind::Array: {
        if (n == 0) return;
        Ty elem = dest.ty->arg(0);
        const Layout* el = layout_of(elem);
        for (uint32_t i = 0; i < n; ++i) {
            PlaceRef p{Pointer{dest.ptr.addr + i * el->size, dest.ptr.prov}, elem, el};
            write_operand(f, mb.operands[rv.ops.begin + i], p);
        }
        return;
    }
    case mir::AggregateKind::Closure: {
        size_t captures = m_p.lowerer->closure_upvars(dest.ty).size();
        if (n < captures) {
            // Missing operands: the borrows rustc made right before the aggregate, else the
            // closure body's debug info names what it captured.
            const std::vector<mir::Operand>* ops = nullptr;
            try {
                ops = &capture_operands(f, rv, captures);
            } catch (const diag::MachineStop&) {
                ops = nullptr;
            }
            if (ops) {
                for (uint32_t i = 0; i < ops->size(); ++i) write_operand(f, (*ops)[i], field(dest, i));
            } else {
                for (uint32_t i = 0; i < n; ++i) write_operand(f, mb.operands[rv.ops.begin + i], field(dest, i));
                write_unprinted_captures(f, dest, n);
            }
            return;
        }
        for (uint32_t i = 0; i < n; ++i) write_operand(f, mb.operands[rv.ops.begin + i], field(dest, i));
        return;
    }
    case mir::AggregateKind::Tuple:
    case mir::AggregateKind::Coroutine:
        for (uint32_t i = 0; i < n; ++i) write_operand(f, mb.operands[rv.ops.begin + i], field(dest, i));
        if (kind == mir::AggregateKind::Coroutine) write_discriminant(dest, 0);
        return;
    case mir::AggregateKind::RawPtr: {
        Scalar data = eval_scalar(f, mb.operands[rv.ops.begin]);
        if (dest.layout->size == 2 * m_ptr_size) {
            Ty mt = nullptr;
            Scalar meta = eval_scalar(f, mb.operands[rv.ops.begin + 1], &mt);
            write_wide(dest, Pointer{static_cast<uint64_t>(data.bits), data.prov}, static_cast<uint64_t>(meta.bits), meta.prov);
        } else {
            write_scalar(dest, data);
        }
        return;
    }
    case mir::AggregateKind::AdtUnit:
    case mir::AggregateKind::AdtTuple:
    case mir::AggregateKind::AdtStruct: {
        Ty t = dest.ty;
        // `_6 = <T as PartialOrd>::lt;`: a fn item, printed like a unit struct; zero-sized.
        if (t->kind == Kind::FnDef && rv.ops.count == 0) return;
        if (t->kind != Kind::Adt) throw_internal("ADT aggregate into " + ty_name(t));
        const ty::AdtInfo& adt = m_p.lowerer->adt(t->def);
        auto& cache = f.body->agg_cache[&rv];
        if (cache.empty()) {
            uint32_t variant = 0;
            if (adt.kind == items::ItemKind::Enum) {
                auto kids = m_p.interner.children(rv.ty);
                mir::Sym name = 0;
                if (!kids.empty()) {
                    const mir::TyNode& node = m_p.interner.ty(rv.ty);
                    mir::TyId last = node.kind == mir::TyKind::Path || node.kind == mir::TyKind::QPath ? kids.back() : 0;
                    if (last) name = m_p.interner.ty(last).sym;
                }
                variant = UINT32_MAX;
                for (uint32_t v = 0; v < adt.variants.size(); ++v)
                    if (adt.variants[v].name == name) variant = v;
                if (variant == UINT32_MAX)
                    throw_internal("variant `" + mir::type_to_string(m_p.interner, rv.ty) + "` not found");
            }
            cache.push_back(variant);
            const auto& fields = adt.variants[variant].fields;
            for (uint32_t i = 0; i < n; ++i) {
                uint32_t fi = i;
                if (kind == mir::AggregateKind::AdtStruct) {
                    mir::Sym fname = mb.syms[rv.names.begin + i];
                    fi = UINT32_MAX;
                    for (uint32_t k = 0; k < fields.size(); ++k)
                        if (m_p.db.item(fields[k]).name == fname) fi = k;
                    if (fi == UINT32_MAX) throw_internal("field `" + std::string(m_p.interner.str(fname)) + "` not found");
                    if (adt.kind == items::ItemKind::Union && n == 1) {
                        // rustc prints a union aggregate's operand under the first field's name,
                        // whichever field is active: the field of the operand's type is.
                        Ty op_ty = operand_ty(f, mb.operands[rv.ops.begin]);
                        for (uint32_t k = 0; k < fields.size(); ++k)
                            if (m_p.lowerer->field_ty(t, 0, k) == op_ty) {
                                fi = k;
                                break;
                            }
                    }
                }
                cache.push_back(fi);
            }
        }
        uint32_t variant = cache[0];
        PlaceRef vp = dest;
        if (adt.kind == items::ItemKind::Enum) vp.variant = variant;
        for (uint32_t i = 0; i < n; ++i) write_operand(f, mb.operands[rv.ops.begin + i], field(vp, cache[1 + i]));
        if (adt.kind == items::ItemKind::Enum) write_discriminant(dest, variant);
        return;
    }
    }
}

void Machine::eval_rvalue_into(Frame& f, const mir::Rvalue& rv, const PlaceRef& dest) {
    const mir::Body& mb = *f.body->mir;
    switch (rv.kind) {
    case mir::RvalueKind::Use:
    case mir::RvalueKind::WrapUnsafeBinder: write_operand(f, mb.operands[rv.ops.begin], dest); return;
    case mir::RvalueKind::CopyForDeref: copy_place(dest, eval_place(f, rv.place)); return;
    case mir::RvalueKind::Repeat: {
        uint64_t count = static_cast<uint64_t>(dest.ty->arg(1)->value);
        if (count == 0) return;
        Ty elem = dest.ty->arg(0);
        const Layout* el = layout_of(elem);
        PlaceRef first{dest.ptr, elem, el};
        write_operand(f, mb.operands[rv.ops.begin], first);
        for (uint64_t i = 1; i < count; ++i)
            m_mem.copy({dest.ptr.addr + i * el->size, dest.ptr.prov}, dest.ptr, el->size, 1, 1);
        return;
    }
    case mir::RvalueKind::Ref:
    case mir::RvalueKind::RawPtr: {
        PlaceRef p = eval_place(f, rv.place);
        if (rv.kind == mir::RvalueKind::Ref && rv.place.proj.count) check_new_reference(p);
        if (p.has_meta) write_wide(dest, p.ptr, p.meta, p.meta_prov);
        else write_pointer(dest, p.ptr);
        return;
    }
    case mir::RvalueKind::ThreadLocalRef: {
        uint64_t key = uint64_t(f.body->crate) << 32 | rv.ty;
        auto known = m_tls_refs.find(key);
        if (known == m_tls_refs.end()) {
            // By its body's printed name first: alike-named statics of sibling closures share an item.
            uint32_t body = body_by_name(f.body->crate, rv.ty);
            items::ItemId item = body != mir::kNone ? m_p.item_of_body(body) : items::kNone;
            if (item == items::kNone) {
                auto ref = m_p.solver->lower_fn_path(rv.ty, f.body->crate, f.body->item);
                item = ref ? ref->def : m_p.lowerer->resolve_mir_path(rv.ty, f.body->crate, f.body->item, items::Namespace::Value);
                if (item != items::kNone) body = m_p.db.item(item).body;
            }
            if (item == items::kNone || body == mir::kNone)
                throw_internal("thread-local `" + mir::type_to_string(m_p.interner, rv.ty) + "` not found");
            if (m_trace) std::fprintf(stderr, "tls %s -> item %u body %u\n", mir::type_to_string(m_p.interner, rv.ty).c_str(), item, body);
            known = m_tls_refs.emplace(key, std::make_pair(item, body)).first;
        }
        write_pointer(dest, tls_place(known->second.first, known->second.second).ptr);
        return;
    }
    case mir::RvalueKind::Cast: cast(f, rv, dest); return;
    case mir::RvalueKind::BinaryOp:
        binary_op(f, static_cast<mir::BinOp>(rv.op), mb.operands[rv.ops.begin], mb.operands[rv.ops.begin + 1], dest);
        return;
    case mir::RvalueKind::UnaryOp: unary_op(f, static_cast<mir::UnOp>(rv.op), mb.operands[rv.ops.begin], dest); return;
    case mir::RvalueKind::Discriminant: {
        PlaceRef p = eval_place(f, rv.place);
        u128 d = read_discriminant(p);
        write_scalar(dest, {truncate(d, static_cast<uint32_t>(dest.layout->size * 8)), memory::kNoAlloc});
        return;
    }
    case mir::RvalueKind::Aggregate: aggregate(f, rv, dest); return;
    }
}

// Creating a reference retags it (Stacked Borrows, on by default in Miri): the place must be
// dereferenceable for its size, checked before the new reference is validated.
void Machine::check_new_reference(const PlaceRef& p) {
    uint64_t size;
    if (p.has_meta && (p.ty->kind == Kind::Slice || p.ty->kind == Kind::Str)) {
        uint64_t elem = p.ty->kind == Kind::Str ? 1 : layout_of(p.ty->arg(0))->size;
        u128 total = u128(p.meta) * elem;
        if (total > (u128(1) << (m_ptr_size * 8 - 1)) - 1)
            throw_ub("invalid metadata in wide pointer: slice is bigger than largest supported object");
    }
    size = p.has_meta ? size_and_align(p).first : p.layout->size;
    // Zero bytes are dereferenceable anywhere (null included: that one is for validity to report).
    if (size == 0) return;
    uint64_t off;
    m_mem.check_access(p.ptr, size, 1, off, "pointer not dereferenceable");
}

void Machine::step_statement(Frame& f, const mir::Statement& s) {
    switch (s.kind) {
    case mir::StatementKind::Assign: {
        PlaceRef dest = eval_place(f, s.place);
        eval_rvalue_into(f, s.rvalue, dest);
        if (m_validity) {
            // What rustc validates after writing: copies, transmutes, aggregates, new references.
            switch (s.rvalue.kind) {
            case mir::RvalueKind::Use:
            case mir::RvalueKind::CopyForDeref:
            case mir::RvalueKind::WrapUnsafeBinder:
                if (s.rvalue.kind != mir::RvalueKind::Use ||
                    f.body->mir->operands[s.rvalue.ops.begin].kind != mir::OperandKind::Constant)
                    validate(dest);
                break;
            case mir::RvalueKind::Cast:
            case mir::RvalueKind::Aggregate:
            case mir::RvalueKind::Repeat:
            case mir::RvalueKind::Ref: validate(dest); break;
            default: break;
            }
        }
        if (m_trace_steps) {
            std::fprintf(stderr, "    bb%u[%u] _%u =", f.block, f.stmt - 1, s.place.local);
            uint64_t n = std::min<uint64_t>(dest.layout->size, 16);
            for (uint64_t i = 0; i < n; ++i) {
                bool init = true;
                u128 v = m_mem.read_int({dest.ptr.addr + i, dest.ptr.prov}, 1, 1, nullptr, true, &init);
                if (init) std::fprintf(stderr, " %02x", static_cast<unsigned>(v));
                else std::fprintf(stderr, " __");
            }
            std::fprintf(stderr, "\n");
        }
        return;
    }
    case mir::StatementKind::StorageLive:
    case mir::StatementKind::StorageDead: {
        uint32_t l = s.place.local;
        const Layout* lay = f.body->local_layouts[l];
        uint64_t off = f.body->arena_offset[l];
        if (off != UINT64_MAX) {
            // An arena local: its bytes become uninitialised (fresh storage, or dead storage).
            Pointer p{m_mem.base_ptr(f.arena).addr + off, f.arena};
            if (lay->size) m_mem.write_uninit(p, lay->size);
            f.locals[l] = s.kind == mir::StatementKind::StorageLive ? p : Pointer{};
            return;
        }
        if (f.locals[l].prov != memory::kNoAlloc) m_mem.deallocate(f.locals[l].prov);
        f.locals[l] = s.kind == mir::StatementKind::StorageLive
                          ? m_mem.base_ptr(m_mem.allocate(lay->size, lay->align, memory::AllocKind::Stack))
                          : Pointer{};
        return;
    }
    case mir::StatementKind::SetDiscriminant: write_discriminant(eval_place(f, s.place), s.a); return;
    case mir::StatementKind::Assume: {
        Scalar c = eval_scalar(f, f.body->mir->operands[s.ops.begin]);
        if (!c.bits) throw_ub("`assume` called with `false`");
        return;
    }
    case mir::StatementKind::CopyNonOverlapping: {
        const mir::Body& mb = *f.body->mir;
        Ty st = nullptr;
        Scalar src = eval_scalar(f, mb.operands[s.ops.begin + 1], &st);
        Scalar dst = eval_scalar(f, mb.operands[s.ops.begin]);
        Scalar count = eval_scalar(f, mb.operands[s.ops.begin + 2]);
        uint64_t size = layout_of(st->arg(0))->size * static_cast<uint64_t>(count.bits);
        uint64_t sa = static_cast<uint64_t>(src.bits), da = static_cast<uint64_t>(dst.bits);
        if (m_opts.check_alignment) {
            uint64_t align = layout_of(st->arg(0))->align;
            memory::Memory::check_ptr_align({sa, src.prov}, align);
            memory::Memory::check_ptr_align({da, dst.prov}, align);
        }
        if (size && ((sa <= da && da < sa + size) || (da <= sa && sa < da + size)))
            throw_ub("`copy_nonoverlapping` called on overlapping ranges");
        m_mem.copy({da, dst.prov}, {sa, src.prov}, size, 1, 1);
        return;
    }
    default: return; // Retag, PlaceMention, FakeRead, AscribeUserType, Coverage, Nop, ...
    }
}

} // namespace mirage::engine
