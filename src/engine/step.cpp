// The step loop's statements and rvalues: assignments, storage, discriminants, casts, arithmetic,
// aggregates. Terminators and calls are in call.cpp.
#include "checks/pointer_arith.h"
#include "engine/machine.h"

#include "checks/validity.h"

#include <cmath>
#include <limits>
#include <cstring>

namespace mirage::engine {

using diag::throw_internal;
using diag::throw_ub;
using diag::throw_unsupported;
using ty::IntTy;
using ty::Kind;

namespace {

bool int_signed(Ty t) { return t->kind == Kind::Int && ty::is_signed(static_cast<IntTy>(t->small)); }

uint32_t bits_of(const Layout* l) { return static_cast<uint32_t>(l->size * 8); }

u128 truncate(u128 v, uint32_t bits) { return bits >= 128 ? v : v & ((u128(1) << bits) - 1); }

__int128 sign_extend(u128 v, uint32_t bits) {
    if (bits == 0 || bits >= 128) return static_cast<__int128>(v);
    u128 m = u128(1) << (bits - 1);
    v = truncate(v, bits);
    return static_cast<__int128>((v ^ m) - m);
}

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

} // namespace

// ---- operands ---------------------------------------------------------------------------------

Ty Machine::operand_ty(Frame& f, const mir::Operand& op) {
    if (op.kind == mir::OperandKind::Copy || op.kind == mir::OperandKind::Move) {
        if (op.place.proj.count == 0) return f.body->local_tys[op.place.local];
        return eval_place(f, op.place).ty;
    }
    if (op.kind == mir::OperandKind::RuntimeChecks) return m_p.cx->mk_bool();
    const ConstValue& c = const_value(f, op.constant);
    return c.ty;
}

void Machine::write_operand(Frame& f, const mir::Operand& op, const PlaceRef& dest) {
    switch (op.kind) {
    case mir::OperandKind::Copy:
    case mir::OperandKind::Move: {
        PlaceRef src = eval_place(f, op.place);
        typed_load(src);
        copy_place(dest, src);
        return;
    }
    case mir::OperandKind::RuntimeChecks:
        m_mem.write_int(dest.ptr, op.constant == static_cast<uint32_t>(mir::RuntimeCheck::ContractChecks) ? 0 : 1, 1, 1);
        return;
    case mir::OperandKind::Constant: {
        InstanceBody& b = *f.body;
        if (!b.consts[op.constant] && b.const_tys[op.constant] == 0 && dest.ty) {
            // No note: the destination's type is the constant's.
            auto cv = std::make_unique<ConstValue>();
            cv->ty = dest.ty;
            cv->layout = dest.layout;
            b.consts[op.constant] = std::move(cv);
            PlaceRef tmp = temp(dest.ty);
            materialize_const(b, op.constant, tmp);
            ConstValue& c = *b.consts[op.constant];
            c.bytes.resize(dest.layout->size);
            if (dest.layout->size) {
                memory::Allocation* a = m_mem.get(tmp.ptr.prov);
                std::memcpy(c.bytes.data(), a->bytes.data(), dest.layout->size);
                for (auto& [off, id] : a->prov) {
                    uint64_t addr = static_cast<uint64_t>(m_mem.read_int({tmp.ptr.addr + off, tmp.ptr.prov}, m_ptr_size, 1, nullptr, true));
                    c.relocs.emplace_back(off, Pointer{addr, id});
                }
                c.uninit = !a->init.all_init();
            }
            m_mem.deallocate(tmp.ptr.prov);
        }
        const ConstValue& c = const_value(f, op.constant);
        if (c.bytes.empty()) return;
        m_mem.write_bytes(dest.ptr, c.bytes.data(), c.bytes.size(),
                          m_opts.check_alignment && dest.layout ? place_align(dest) : 1);
        for (auto& [off, p] : c.relocs) m_mem.write_ptr({dest.ptr.addr + off, dest.ptr.prov}, p, 1);
        return;
    }
    }
}

PlaceRef Machine::operand_place(Frame& f, const mir::Operand& op) {
    if (op.kind == mir::OperandKind::Copy || op.kind == mir::OperandKind::Move) return eval_place(f, op.place);
    Ty t = operand_ty(f, op);
    PlaceRef tmp = temp(t);
    m_stack.back().temps.push_back(tmp.ptr.prov);
    write_operand(f, op, tmp);
    return tmp;
}

Scalar Machine::eval_scalar(Frame& f, const mir::Operand& op, Ty* ty_out) {
    switch (op.kind) {
    case mir::OperandKind::Copy:
    case mir::OperandKind::Move: {
        PlaceRef p = eval_place(f, op.place);
        if (ty_out) *ty_out = p.ty;
        if (p.layout->size == 0) return {};
        return read_scalar(p);
    }
    case mir::OperandKind::RuntimeChecks:
        if (ty_out) *ty_out = m_p.cx->mk_bool();
        return {op.constant == static_cast<uint32_t>(mir::RuntimeCheck::ContractChecks) ? 0u : 1u, memory::kNoAlloc};
    case mir::OperandKind::Constant: {
        const ConstValue& c = const_value(f, op.constant);
        if (ty_out) *ty_out = c.ty;
        Scalar s;
        if (c.bytes.size() > 16) throw_internal("scalar constant of " + std::to_string(c.bytes.size()) + " bytes");
        std::memcpy(&s.bits, c.bytes.data(), c.bytes.size());
        for (auto& [off, p] : c.relocs)
            if (off == 0) s.prov = p.prov;
        return s;
    }
    }
    return {};
}

// ---- discriminants ----------------------------------------------------------------------------

uint32_t Machine::read_discriminant_variant(const PlaceRef& p) {
    const Layout* l = p.layout;
    if (l->variants == ty::VariantsKind::Single) return l->single_index;
    if (l->variants == ty::VariantsKind::Empty) throw_ub("reading the discriminant of an uninhabited type");
    uint64_t off = l->field_offset(l->tag_field);
    uint32_t tsize = static_cast<uint32_t>(l->tag.size());
    AllocId prov = memory::kNoAlloc;
    u128 tag = m_mem.read_int({p.ptr.addr + off, p.ptr.prov}, tsize, 1, &prov);
    if (prov != memory::kNoAlloc && l->tag_encoding == ty::TagEncoding::Niche)
        return l->untagged_variant; // a pointer is never a niche value
    auto variant = checks::decode_tag(*l, tag, p.ty->kind == Kind::Adt ? &m_p.lowerer->adt(p.ty->def) : nullptr);
    if (!variant) throw_ub("enum value has invalid tag: " + checks::scalar_hex(tag, tsize));
    return *variant;
}

u128 Machine::read_discriminant(const PlaceRef& p) {
    uint32_t v = read_discriminant_variant(p);
    if (p.ty->kind == Kind::Adt) {
        const ty::AdtInfo& adt = m_p.lowerer->adt(p.ty->def);
        if (adt.kind == items::ItemKind::Enum && v < adt.variants.size()) return adt.variants[v].discr;
        return 0;
    }
    return v;
}

void Machine::write_discriminant(const PlaceRef& p, uint32_t variant) {
    const Layout* l = p.layout;
    if (l->variants != ty::VariantsKind::Multiple) return;
    u128 discr = variant;
    if (p.ty->kind == Kind::Adt) {
        const ty::AdtInfo& adt = m_p.lowerer->adt(p.ty->def);
        if (variant < adt.variants.size()) discr = adt.variants[variant].discr;
    }
    auto bits = ty::tag_bits(*l, variant, discr);
    if (!bits) return;
    uint64_t off = l->field_offset(l->tag_field);
    m_mem.write_int({p.ptr.addr + off, p.ptr.prov}, *bits, static_cast<uint32_t>(l->tag.size()), 1);
}

// ---- arithmetic -------------------------------------------------------------------------------

static int cmp_values(Ty t, u128 a, u128 b, uint32_t bits) {
    if (t->kind == Kind::Float) {
        double x, y;
        switch (static_cast<ty::FloatTy>(t->small)) {
        case ty::FloatTy::F32: x = as_float<float>(a); y = as_float<float>(b); break;
        case ty::FloatTy::F64: x = as_float<double>(a); y = as_float<double>(b); break;
        case ty::FloatTy::F16: x = static_cast<double>(as_float<_Float16>(a)); y = static_cast<double>(as_float<_Float16>(b)); break;
        default: {
            __float128 p = as_float<__float128>(a), q = as_float<__float128>(b);
            if (p != p || q != q) return 2;
            return p < q ? -1 : p > q ? 1 : 0;
        }
        }
        if (std::isnan(x) || std::isnan(y)) return 2; // unordered
        return x < y ? -1 : x > y ? 1 : 0;
    }
    if (int_signed(t)) {
        __int128 x = sign_extend(a, bits), y = sign_extend(b, bits);
        return x < y ? -1 : x > y ? 1 : 0;
    }
    return a < b ? -1 : a > b ? 1 : 0;
}

template <typename F> static u128 float_arith(mir::BinOp op, u128 a, u128 b) {
    F x = as_float<F>(a), y = as_float<F>(b), r;
    switch (op) {
    case mir::BinOp::Add: r = x + y; break;
    case mir::BinOp::Sub: r = x - y; break;
    case mir::BinOp::Mul: r = x * y; break;
    case mir::BinOp::Div: r = x / y; break;
    case mir::BinOp::Rem: {
        if constexpr (std::is_same_v<F, float>) r = std::fmod(x, y);
        else if constexpr (std::is_same_v<F, double>) r = std::fmod(x, y);
        else r = static_cast<F>(std::fmod(static_cast<long double>(x), static_cast<long double>(y)));
        break;
    }
    default: throw_internal("float binary op");
    }
    // A NaN made from non-NaN operands (0.0 / 0.0) is the positive quiet NaN, as rustc's
    // const evaluator (apfloat) makes it and Miri prefers; x86 hardware would set the sign.
    if (r != r && x == x && y == y) r = std::numeric_limits<F>::quiet_NaN();
    return float_bits<F>(r);
}

void Machine::binary_op(Frame& f, mir::BinOp op, const mir::Operand& ao, const mir::Operand& bo,
                        const PlaceRef& dest) {
    using mir::BinOp;
    Ty at = nullptr, bt = nullptr;
    Scalar a = eval_scalar(f, ao, &at);
    Scalar b = eval_scalar(f, bo, &bt);
    if (!at) at = bt;
    if (op == BinOp::Offset) {
        Ty pointee = at->arg(0);
        uint64_t size = layout_of(pointee)->size;
        if (dest.layout->size == 2 * m_ptr_size) throw_unsupported("offset of a wide pointer");
        // In bounds of one allocation and no isize overflow (checks/pointer_arith.h).
        bool count_signed = bt && bt->kind == Kind::Int && ty::is_signed(static_cast<ty::IntTy>(bt->small));
        int64_t bytes = checks::offset_in_bytes(static_cast<uint64_t>(b.bits), count_signed, size);
        checks::check_inbounds_offset(m_mem, Pointer{static_cast<uint64_t>(a.bits), a.prov}, bytes);
        uint64_t addr = static_cast<uint64_t>(a.bits) + static_cast<uint64_t>(bytes);
        write_scalar(dest, {addr, a.prov});
        return;
    }
    const Layout* al = layout_of(at);
    uint32_t bits = bits_of(al);
    bool is_ptr = at->kind == Kind::RawPtr || at->kind == Kind::Ref || at->kind == Kind::FnPtr;
    if (is_ptr && al->size == 2 * m_ptr_size) {
        // Wide pointer comparison: data address, then metadata.
        PlaceRef pa = operand_place(f, ao), pb = operand_place(f, bo);
        u128 da = m_mem.read_int(pa.ptr, m_ptr_size, 1), db = m_mem.read_int(pb.ptr, m_ptr_size, 1);
        u128 ma = read_meta(pa), mb = read_meta(pb);
        int c = da != db ? (da < db ? -1 : 1) : ma != mb ? (ma < mb ? -1 : 1) : 0;
        bool r = false;
        switch (op) {
        case BinOp::Eq: r = c == 0; break;
        case BinOp::Ne: r = c != 0; break;
        case BinOp::Lt: r = c < 0; break;
        case BinOp::Le: r = c <= 0; break;
        case BinOp::Gt: r = c > 0; break;
        case BinOp::Ge: r = c >= 0; break;
        default: throw_internal("wide pointer arithmetic");
        }
        m_mem.write_int(dest.ptr, r, 1, 1);
        return;
    }
    switch (op) {
    case BinOp::Eq:
    case BinOp::Ne:
    case BinOp::Lt:
    case BinOp::Le:
    case BinOp::Gt:
    case BinOp::Ge: {
        int c = cmp_values(at, a.bits, b.bits, bits);
        bool r = false;
        switch (op) {
        case BinOp::Eq: r = c == 0; break;
        case BinOp::Ne: r = c != 0; break;
        case BinOp::Lt: r = c == -1; break;
        case BinOp::Le: r = c == -1 || c == 0; break;
        case BinOp::Gt: r = c == 1; break;
        case BinOp::Ge: r = c == 1 || c == 0; break;
        default: break;
        }
        m_mem.write_int(dest.ptr, r, 1, 1);
        return;
    }
    case BinOp::Cmp: {
        int c = cmp_values(at, a.bits, b.bits, bits);
        m_mem.write_int(dest.ptr, static_cast<u128>(static_cast<__int128>(c)), 1, 1);
        return;
    }
    default: break;
    }
    if (at->kind == Kind::Float) {
        u128 r;
        switch (static_cast<ty::FloatTy>(at->small)) {
        case ty::FloatTy::F32: r = float_arith<float>(op, a.bits, b.bits); break;
        case ty::FloatTy::F64: r = float_arith<double>(op, a.bits, b.bits); break;
        case ty::FloatTy::F16: r = float_arith<_Float16>(op, a.bits, b.bits); break;
        default: r = float_arith<__float128>(op, a.bits, b.bits); break;
        }
        write_scalar(dest, {r, memory::kNoAlloc});
        return;
    }
    bool sg = int_signed(at);
    u128 mask = truncate(~u128(0), bits);
    u128 x = truncate(a.bits, bits), y = truncate(b.bits, bits);
    __int128 sx = sign_extend(x, bits), sy = sign_extend(y, bits);
    u128 r = 0;
    bool overflow = false;
    auto signed_fits = [&](__int128 v) {
        if (bits >= 128) return true;
        __int128 lo = -(static_cast<__int128>(1) << (bits - 1)), hi = (static_cast<__int128>(1) << (bits - 1)) - 1;
        return v >= lo && v <= hi;
    };
    switch (op) {
    case BinOp::Add:
    case BinOp::AddUnchecked:
    case BinOp::AddWithOverflow:
        r = truncate(x + y, bits);
        if (sg) {
            if (bits == 128) overflow = __builtin_add_overflow(sx, sy, &sx);
            else overflow = !signed_fits(sx + sy);
        } else {
            overflow = bits == 128 ? r < x : (x + y) > mask;
        }
        break;
    case BinOp::Sub:
    case BinOp::SubUnchecked:
    case BinOp::SubWithOverflow:
        r = truncate(x - y, bits);
        if (sg) {
            if (bits == 128) overflow = __builtin_sub_overflow(sx, sy, &sx);
            else overflow = !signed_fits(sx - sy);
        } else {
            overflow = y > x;
        }
        break;
    case BinOp::Mul:
    case BinOp::MulUnchecked:
    case BinOp::MulWithOverflow:
        r = truncate(x * y, bits);
        if (sg) {
            __int128 p;
            overflow = __builtin_mul_overflow(sx, sy, &p) || !signed_fits(p);
        } else {
            u128 p;
            overflow = __builtin_mul_overflow(x, y, &p) || p > mask;
        }
        break;
    case BinOp::Div:
    case BinOp::Rem:
        if (y == 0) throw_ub(op == BinOp::Div ? "dividing by zero" : "calculating the remainder with a divisor of zero");
        if (sg) {
            if (sy == -1 && sx == sign_extend(u128(1) << (bits - 1), bits))
                throw_ub(op == BinOp::Div ? "overflow in signed division (dividing MIN by -1)"
                                          : "overflow in signed remainder (dividing MIN by -1)");
            r = truncate(static_cast<u128>(op == BinOp::Div ? sx / sy : sx % sy), bits);
        } else {
            r = op == BinOp::Div ? x / y : x % y;
        }
        break;
    case BinOp::BitXor: r = x ^ y; break;
    case BinOp::BitAnd: r = x & y; break;
    case BinOp::BitOr: r = x | y; break;
    case BinOp::Shl:
    case BinOp::ShlUnchecked:
    case BinOp::Shr:
    case BinOp::ShrUnchecked: {
        Ty st = bt ? bt : at;
        uint32_t sbits = bits_of(layout_of(st));
        u128 amount = truncate(b.bits, sbits);
        bool neg = int_signed(st) && sign_extend(amount, sbits) < 0;
        if (neg || amount >= bits) {
            if (op == BinOp::ShlUnchecked || op == BinOp::ShrUnchecked)
                throw_ub("overflowing shift by " + std::to_string(static_cast<long long>(sign_extend(amount, sbits))) +
                         " in `" + std::string(op == BinOp::ShlUnchecked ? "unchecked_shl" : "unchecked_shr") + "`");
        }
        uint32_t s = static_cast<uint32_t>(amount % bits);
        if (op == BinOp::Shl || op == BinOp::ShlUnchecked) r = truncate(x << s, bits);
        else r = sg ? truncate(static_cast<u128>(sx >> s), bits) : x >> s;
        break;
    }
    default: throw_internal("binary op");
    }
    if (overflow && (op == BinOp::AddUnchecked || op == BinOp::SubUnchecked || op == BinOp::MulUnchecked))
        throw_ub(std::string("arithmetic overflow in `") +
                 (op == BinOp::AddUnchecked ? "unchecked_add" : op == BinOp::SubUnchecked ? "unchecked_sub" : "unchecked_mul") + "`");
    if (op == BinOp::AddWithOverflow || op == BinOp::SubWithOverflow || op == BinOp::MulWithOverflow) {
        PlaceRef v = field(dest, 0), o = field(dest, 1);
        write_scalar(v, {r, memory::kNoAlloc});
        m_mem.write_int(o.ptr, overflow, 1, 1);
        return;
    }
    // Pointer arithmetic keeps the left operand's provenance (`addr & mask` on pointers is done
    // through integer casts; this is for `usize` math on exposed values).
    write_scalar(dest, {r, memory::kNoAlloc});
}

void Machine::unary_op(Frame& f, mir::UnOp op, const mir::Operand& ao, const PlaceRef& dest) {
    if (op == mir::UnOp::PtrMetadata) {
        PlaceRef p = operand_place(f, ao);
        if (p.layout->size == 2 * m_ptr_size) {
            AllocId prov = memory::kNoAlloc;
            u128 meta = m_mem.read_int({p.ptr.addr + m_ptr_size, p.ptr.prov}, m_ptr_size, 1, &prov);
            write_scalar(dest, {meta, prov});
        }
        return; // thin pointers have `()` metadata
    }
    Ty t = nullptr;
    Scalar a = eval_scalar(f, ao, &t);
    const Layout* l = layout_of(t);
    uint32_t bits = bits_of(l);
    u128 r;
    if (t->kind == Kind::Bool) {
        r = a.bits ? 0 : 1;
    } else if (t->kind == Kind::Float) {
        if (op == mir::UnOp::Not) throw_internal("! on a float");
        r = a.bits ^ (u128(1) << (bits - 1)); // negation flips the sign bit, NaNs included
    } else if (op == mir::UnOp::Not) {
        r = truncate(~a.bits, bits);
    } else {
        r = truncate(u128(0) - a.bits, bits);
    }
    write_scalar(dest, {r, memory::kNoAlloc});
}

} // namespace mirage::engine
