// Compiler intrinsics (library/core/src/intrinsics/mod.rs) that reach the machine as calls: the
// ones rustc's LowerIntrinsics pass does not turn into MIR statements. Each checks its
// documented preconditions.
#include "checks/display.h"
#include "engine/machine.h"

#include <bit>
#include <cmath>
#include <cstring>

namespace mirage::engine {

u128 float_to_int_saturating(long double v, bool is_signed, uint32_t bits);

namespace {

using diag::throw_internal;
using diag::throw_ub;
using diag::throw_unsupported;
using ty::Kind;
using Args = std::vector<PlaceRef>;

u128 mask(uint32_t bits) { return bits >= 128 ? ~u128(0) : (u128(1) << bits) - 1; }
__int128 sext(u128 v, uint32_t bits) {
    if (bits >= 128) return static_cast<__int128>(v);
    u128 m = u128(1) << (bits - 1);
    v &= mask(bits);
    return static_cast<__int128>((v ^ m) - m);
}
uint32_t bits_of(Machine& m, Ty t) { return static_cast<uint32_t>(m.layout_of(t)->size * 8); }
bool is_signed(Ty t) { return t->kind == Kind::Int && ty::is_signed(static_cast<ty::IntTy>(t->small)); }
void put(Machine& m, const PlaceRef& d, u128 v) { m.write_scalar(d, {v, memory::kNoAlloc}); }
u128 get(Machine& m, const PlaceRef& p) { return m.read_scalar(p).bits; }
Pointer getp(Machine& m, const PlaceRef& p) { return m.read_pointer(p); }

template <typename F> F as_f(u128 b) {
    F f;
    std::memcpy(&f, &b, sizeof f);
    return f;
}
template <typename F> u128 bits_f(F f) {
    u128 b = 0;
    std::memcpy(&b, &f, sizeof f);
    return b;
}

int popcount128(u128 v) { return std::popcount(static_cast<uint64_t>(v)) + std::popcount(static_cast<uint64_t>(v >> 64)); }
uint32_t clz(u128 v, uint32_t bits) {
    for (uint32_t i = 0; i < bits; ++i)
        if (v >> (bits - 1 - i) & 1) return i;
    return bits;
}
uint32_t ctz(u128 v, uint32_t bits) {
    for (uint32_t i = 0; i < bits; ++i)
        if (v >> i & 1) return i;
    return bits;
}

using Table = std::unordered_map<std::string, Handler>;

using concurrency::Access;
using concurrency::AtomicOrd;

// The ordering of an atomic intrinsic: its const generic argument `idx` (a
// core::intrinsics::AtomicOrdering, whose discriminants AtomicOrd mirrors).
AtomicOrd ordering(const ty::Instance& i, size_t idx) {
    if (idx >= i.args.size() || i.args[idx]->kind != Kind::Const || i.args[idx]->value > 4)
        throw_internal("atomic intrinsic without an ordering argument");
    return static_cast<AtomicOrd>(static_cast<uint8_t>(i.args[idx]->value));
}

// While alive, the accesses of place `p` are the atomic operation `kind` for the data-race
// detector (a no-op while the program has one thread).
struct AtomicAccess : concurrency::DataRace::AtomicGuard {
    AtomicAccess(Machine& m, const PlaceRef& p, Access kind, AtomicOrd load, AtomicOrd store)
        : AtomicGuard(m.threads().race(), p.ptr.addr, p.layout->size, kind, load, store) {}
};

// A type as `core::any::type_name` prints it (rustc_const_eval's type_name printer): items by
// their full path from the crate root (`core::option::Option<alloc::string::String>`),
// closures as `crate::f::{{closure}}`, lifetimes erased.
std::string item_path(Machine& m, items::ItemId def) {
    const items::ItemDb& db = m.program().db;
    std::vector<std::string> segs;
    for (items::ItemId p = def; p != items::kNone; p = db.item(p).parent) {
        const items::Item& it = db.item(p);
        if (it.kind == items::ItemKind::Impl) continue; // an impl's items print under the impl's module
        if (it.kind == items::ItemKind::Closure) {
            segs.push_back(m.program().interner.str(it.name).starts_with("{coroutine") ? "{{coroutine}}" : "{{closure}}");
            continue;
        }
        if (p == db.crates[it.crate].root) {
            segs.push_back(db.crates[it.crate].name);
            break;
        }
        std::string_view n = m.program().interner.str(it.name);
        if (!n.empty()) segs.emplace_back(n);
    }
    std::string out;
    for (size_t i = segs.size(); i-- > 0;) out += segs[i] + (i ? "::" : "");
    return out;
}

// The structure of a type, items by id: equal exactly for equal types (type_id).
std::string type_identity(Ty t) {
    std::string out = std::to_string(static_cast<int>(t->kind)) + ":" + std::to_string(t->def) + ":" +
                      std::to_string(t->small) + ":" + std::to_string(t->flags) + ":" +
                      std::to_string(static_cast<uint64_t>(t->value));
    if (t->nargs) {
        out += "(";
        for (Ty a : t->arg_span()) out += type_identity(a) + ",";
        out += ")";
    }
    return out;
}

std::string type_name_of(Machine& m, Ty t) {
    auto list = [&](std::span<const Ty> args) {
        std::string out;
        for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + type_name_of(m, args[i]);
        return out;
    };
    switch (t->kind) {
    case Kind::Tuple: return "(" + list(t->arg_span()) + (t->nargs == 1 ? ",)" : ")");
    case Kind::Array: return "[" + type_name_of(m, t->arg(0)) + "; " + m.ty_name(t->arg(1)) + "]";
    case Kind::Slice: return "[" + type_name_of(m, t->arg(0)) + "]";
    case Kind::Ref: return std::string(t->flags & ty::kMutable ? "&mut " : "&") + type_name_of(m, t->arg(0));
    case Kind::RawPtr: return std::string(t->flags & ty::kMutable ? "*mut " : "*const ") + type_name_of(m, t->arg(0));
    case Kind::FnPtr: {
        std::string out = std::string(t->flags & ty::kUnsafeFn ? "unsafe fn(" : "fn(") + list(t->arg_span().subspan(1)) + ")";
        if (!(t->arg(0)->kind == Kind::Tuple && t->arg(0)->nargs == 0)) out += " -> " + type_name_of(m, t->arg(0));
        return out;
    }
    case Kind::Dynamic: {
        std::string out = "dyn ";
        for (uint32_t i = 0; i < t->nargs; ++i) {
            Ty p = t->arg(i);
            if (p->kind == Kind::ProjEq) continue;
            if (i) out += " + ";
            out += item_path(m, p->def);
            std::vector<Ty> gen(p->arg_span().begin(), p->arg_span().end());
            std::string assoc;
            for (uint32_t k = i + 1; k < t->nargs; ++k)
                if (t->arg(k)->kind == Ty(t->arg(k))->kind && t->arg(k)->kind == Kind::ProjEq && t->arg(k)->nargs)
                    assoc += std::string(assoc.empty() && gen.empty() ? "" : ", ") +
                             std::string(m.program().interner.str(m.program().db.item(t->arg(k)->def).name)) + " = " +
                             type_name_of(m, t->arg(k)->arg(t->arg(k)->nargs - 1));
            if (!gen.empty() || !assoc.empty()) out += "<" + list(gen) + assoc + ">";
        }
        return out;
    }
    case Kind::Adt:
    case Kind::Foreign:
    case Kind::FnDef: {
        std::string out = item_path(m, t->def);
        std::vector<Ty> args(t->arg_span().begin(), t->arg_span().end());
        if (t->kind == Kind::Adt) {
            // Trailing args equal to their parameter's default are not printed (`Vec<T>`).
            std::vector<const items::GenericParam*> params;
            for (const items::GenericParam& gp : m.program().db.params_of(m.program().db.item(t->def)))
                if (gp.kind != items::ParamKind::Lifetime) params.push_back(&gp);
            while (!args.empty() && args.size() <= params.size() && params[args.size() - 1]->default_ty) {
                Ty def = m.program().lowerer->lower_item_ty(params[args.size() - 1]->default_ty, t->def);
                def = m.solver().normalize(m.cx().subst(def, t->arg_span()));
                if (def != args.back()) break;
                args.pop_back();
            }
        }
        if (!args.empty()) out += "<" + list(args) + ">";
        return out;
    }
    case Kind::Closure:
    case Kind::Coroutine: return item_path(m, t->def);
    default: return m.ty_name(t);
    }
}

void add(Table& t, const char* name, ShimFn fn, bool pushes = false) { t[name] = Handler{std::move(fn), pushes}; }

// Float intrinsics by suffix: f16/f32/f64/f128, computed in the type's own precision where the
// host has it (f32/f64), else through long double.
template <typename Op> void add_float1(Table& t, const std::string& base, Op op) {
    for (const char* suf : {"f16", "f32", "f64", "f128"}) {
        std::string s = suf;
        add(t, (base + s).c_str(), [op, s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]);
            if (s == "f32") put(m, d, bits_f(static_cast<float>(op(static_cast<double>(as_f<float>(x)), true))));
            else if (s == "f64") put(m, d, bits_f(static_cast<double>(op(as_f<double>(x), false))));
            else if (s == "f16") put(m, d, bits_f(static_cast<_Float16>(op(static_cast<double>(as_f<_Float16>(x)), true))));
            else put(m, d, bits_f(static_cast<__float128>(op(static_cast<double>(as_f<__float128>(x)), false))));
        });
    }
}

template <typename Op> void add_float2(Table& t, const std::string& base, Op op) {
    for (const char* suf : {"f16", "f32", "f64", "f128"}) {
        std::string s = suf;
        add(t, (base + s).c_str(), [op, s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]), y = get(m, a[1]);
            if (s == "f32") put(m, d, bits_f(static_cast<float>(op(static_cast<double>(as_f<float>(x)), static_cast<double>(as_f<float>(y)), true))));
            else if (s == "f64") put(m, d, bits_f(op(as_f<double>(x), as_f<double>(y), false)));
            else if (s == "f16") put(m, d, bits_f(static_cast<_Float16>(op(static_cast<double>(as_f<_Float16>(x)), static_cast<double>(as_f<_Float16>(y)), true))));
            else put(m, d, bits_f(static_cast<__float128>(op(static_cast<double>(as_f<__float128>(x)), static_cast<double>(as_f<__float128>(y)), false))));
        });
    }
}


// The location `#[track_caller]` functions report: the call site in the innermost frame that is
// not itself #[track_caller].
void caller_location(Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { m.caller_location_into(d); }

// ---- portable SIMD (core::simd; std's str::contains uses it): lane-wise on integer lanes.
// A vector is a repr(simd) struct of one array field `[E; N]`.
struct Lanes {
    Ty elem = nullptr;
    const ty::Layout* layout = nullptr;
    uint64_t count = 0;
};

Lanes lanes_of(Machine& m, Ty vec, bool any_elem = false) {
    if (vec->kind != Kind::Adt) throw_unsupported("SIMD operation on `" + m.ty_name(vec) + "`");
    Ty arr = m.program().lowerer->field_ty(vec, 0, 0);
    if (arr->kind != Kind::Array || arr->arg(1)->kind != Kind::Const)
        throw_unsupported("SIMD operation on `" + m.ty_name(vec) + "`");
    Lanes l{arr->arg(0), m.layout_of(arr->arg(0)), static_cast<uint64_t>(arr->arg(1)->value)};
    if (!any_elem && l.elem->kind != Kind::Int) throw_unsupported("SIMD operation on non-integer lanes of `" + m.ty_name(vec) + "`");
    return l;
}

PlaceRef lane(const PlaceRef& v, const Lanes& l, uint64_t i) {
    return PlaceRef{{v.ptr.addr + i * l.layout->size, v.ptr.prov}, l.elem, l.layout};
}

void add_simd(Table& t) {
    add(t, "simd_splat", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Lanes l = lanes_of(m, d.ty);
        Scalar x = m.read_scalar(a[0]);
        for (uint64_t i = 0; i < l.count; ++i) m.write_scalar(lane(d, l, i), x);
    });
    // Comparisons give a mask vector: all ones in a lane where it holds.
    auto cmp = [&](const char* name, auto holds) {
        add(t, name, [holds](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            Lanes in = lanes_of(m, a[0].ty), out = lanes_of(m, d.ty);
            uint32_t bits = static_cast<uint32_t>(in.layout->size * 8);
            bool sgn = is_signed(in.elem);
            for (uint64_t i = 0; i < in.count; ++i) {
                u128 x = get(m, lane(a[0], in, i)), y = get(m, lane(a[1], in, i));
                int c = sgn ? (sext(x, bits) < sext(y, bits) ? -1 : sext(x, bits) > sext(y, bits))
                            : (x < y ? -1 : x > y);
                put(m, lane(d, out, i), holds(c) ? mask(static_cast<uint32_t>(out.layout->size * 8)) : 0);
            }
        });
    };
    cmp("simd_eq", [](int c) { return c == 0; });
    cmp("simd_ne", [](int c) { return c != 0; });
    cmp("simd_lt", [](int c) { return c < 0; });
    cmp("simd_le", [](int c) { return c <= 0; });
    cmp("simd_gt", [](int c) { return c > 0; });
    cmp("simd_ge", [](int c) { return c >= 0; });
    auto bin = [&](const char* name, auto op) {
        add(t, name, [op](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            Lanes l = lanes_of(m, d.ty);
            uint32_t bits = static_cast<uint32_t>(l.layout->size * 8);
            for (uint64_t i = 0; i < l.count; ++i)
                put(m, lane(d, l, i), op(get(m, lane(a[0], l, i)), get(m, lane(a[1], l, i))) & mask(bits));
        });
    };
    bin("simd_and", [](u128 x, u128 y) { return x & y; });
    bin("simd_or", [](u128 x, u128 y) { return x | y; });
    bin("simd_xor", [](u128 x, u128 y) { return x ^ y; });
    bin("simd_add", [](u128 x, u128 y) { return x + y; });
    bin("simd_sub", [](u128 x, u128 y) { return x - y; });
    bin("simd_mul", [](u128 x, u128 y) { return x * y; });
    // Bit i of the result is lane i's most significant bit (little-endian bit order).
    add(t, "simd_bitmask", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Lanes l = lanes_of(m, a[0].ty);
        uint32_t bits = static_cast<uint32_t>(l.layout->size * 8);
        std::vector<uint8_t> bytes((l.count + 7) / 8, 0);
        for (uint64_t i = 0; i < l.count; ++i)
            if (get(m, lane(a[0], l, i)) >> (bits - 1) & 1) bytes[i / 8] |= static_cast<uint8_t>(1u << (i % 8));
        if (d.ty->kind == Kind::Int) {
            u128 v = 0;
            for (size_t k = bytes.size(); k-- > 0;) v = v << 8 | bytes[k];
            put(m, d, v);
        } else {
            bytes.resize(d.layout->size, 0);
            m.mem().write_bytes(d.ptr, bytes.data(), bytes.size(), 1);
        }
    });
    // Lane i of the result is lane idx[i] of the concatenation of x and y.
    add(t, "simd_shuffle", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Lanes in = lanes_of(m, a[0].ty, true), out = lanes_of(m, d.ty, true), idx = lanes_of(m, a[2].ty);
        for (uint64_t i = 0; i < out.count; ++i) {
            u128 k = get(m, lane(a[2], idx, i));
            if (k >= 2 * in.count) throw_ub("simd_shuffle index " + std::to_string(static_cast<uint64_t>(k)) + " is out of bounds");
            const PlaceRef& src = k < in.count ? a[0] : a[1];
            m.copy_place(lane(d, out, i), lane(src, in, static_cast<uint64_t>(k % in.count)));
        }
    });
    auto reduce = [&](const char* name, bool all) {
        add(t, name, [all](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            Lanes l = lanes_of(m, a[0].ty);
            bool r = all;
            for (uint64_t i = 0; i < l.count; ++i) {
                bool set = get(m, lane(a[0], l, i)) != 0;
                r = all ? (r && set) : (r || set);
            }
            put(m, d, r ? 1 : 0);
        });
    };
    reduce("simd_reduce_any", false);
    reduce("simd_reduce_all", true);
}

Table build() {
    Table t;
    add_simd(t);
    // ---- type facts
    add(t, "size_of", [](Machine& m, const ty::Instance& i, Args&, const PlaceRef& d) { put(m, d, m.layout_of(i.args[0])->size); });
    add(t, "align_of", [](Machine& m, const ty::Instance& i, Args&, const PlaceRef& d) { put(m, d, m.layout_of(i.args[0])->align); });
    add(t, "min_align_of", [](Machine& m, const ty::Instance& i, Args&, const PlaceRef& d) { put(m, d, m.layout_of(i.args[0])->align); });
    add(t, "size_of_val", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        Ty pt = i.args[0];
        uint64_t meta = a[0].layout->size == 2 * m.ptr_size() ? m.read_meta(a[0]) : 0;
        put(m, d, m.size_and_align_of(pt, meta).first);
    });
    add(t, "align_of_val", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        uint64_t meta = a[0].layout->size == 2 * m.ptr_size() ? m.read_meta(a[0]) : 0;
        put(m, d, m.size_and_align_of(i.args[0], meta).second);
    });
    add(t, "needs_drop", [](Machine& m, const ty::Instance& i, Args&, const PlaceRef& d) { put(m, d, m.needs_drop(i.args[0]) ? 1 : 0); });
    add(t, "variant_count", [](Machine& m, const ty::Instance& i, Args&, const PlaceRef& d) {
        Ty ty = i.args[0];
        u128 n = 0;
        if (ty->kind == Kind::Adt) {
            const ty::AdtInfo& adt = m.program().lowerer->adt(ty->def);
            n = adt.kind == items::ItemKind::Enum ? adt.variants.size() : 0;
        }
        put(m, d, n);
    });
    add(t, "type_name", [](Machine& m, const ty::Instance& i, Args&, const PlaceRef& d) {
        std::string name = type_name_of(m, i.args[0]);
        memory::AllocId id = m.mem().allocate(name.size(), 1, memory::AllocKind::Global);
        Pointer p = m.mem().base_ptr(id);
        if (!name.empty()) m.mem().write_bytes(p, name.data(), name.size(), 1);
        m.write_wide(d, p, name.size(), memory::kNoAlloc);
    });
    add(t, "type_id", [](Machine& m, const ty::Instance& i, Args&, const PlaceRef& d) {
        // A stable hash of the type's full name (FNV-1a, 128 bits from two 64-bit halves);
        // closures print alike, their items tell them apart.
        std::string name = type_name_of(m, i.args[0]) + "|" + type_identity(i.args[0]);
        uint64_t h1 = 1469598103934665603ull, h2 = 0x9e3779b97f4a7c15ull;
        for (unsigned char c : name) {
            h1 = (h1 ^ c) * 1099511628211ull;
            h2 = (h2 ^ c) * 0x100000001b3ull + 0x7f;
        }
        u128 v = (u128(h2) << 64) | h1;
        m.mem().write_bytes(d.ptr, &v, 16, 1);
    });
    add(t, "assert_inhabited", [](Machine& m, const ty::Instance& i, Args&, const PlaceRef&) {
        if (m.layout_of(i.args[0])->uninhabited) throw_ub("aborted execution: attempted to instantiate uninhabited type `" + m.ty_name(i.args[0]) + "`");
    });
    add(t, "assert_zero_valid", [](Machine&, const ty::Instance&, Args&, const PlaceRef&) {});
    add(t, "assert_mem_uninitialized_valid", [](Machine&, const ty::Instance&, Args&, const PlaceRef&) {});

    // ---- hints
    for (const char* n : {"likely", "unlikely"})
        add(t, n, [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) { put(m, d, get(m, a[0])); });
    add(t, "cold_path", [](Machine&, const ty::Instance&, Args&, const PlaceRef&) {});
    add(t, "is_val_statically_known", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { put(m, d, 0); });
    add(t, "black_box", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) { m.copy_place(d, a[0]); });
    add(t, "miri_promise_symbolic_alignment", [](Machine&, const ty::Instance&, Args&, const PlaceRef&) {});
    for (const char* n : {"prefetch_read_data", "prefetch_write_data", "prefetch_read_instruction", "prefetch_write_instruction"})
        add(t, n, [](Machine&, const ty::Instance&, Args&, const PlaceRef&) {});
    add(t, "abort", [](Machine& m, const ty::Instance&, Args&, const PlaceRef&) { m.abort_process("the program aborted execution"); });
    add(t, "unreachable", [](Machine&, const ty::Instance&, Args&, const PlaceRef&) { throw_ub("entering unreachable code"); });
    add(t, "breakpoint", [](Machine&, const ty::Instance&, Args&, const PlaceRef&) { throw_unsupported("`breakpoint` intrinsic"); });
    add(t, "caller_location", caller_location);
    add(t, "select_unpredictable", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        m.copy_place(d, get(m, a[0]) ? a[1] : a[2]);
    });

    // ---- integers
    add(t, "ctpop", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        put(m, d, popcount128(get(m, a[0]) & mask(bits_of(m, i.args[0]))));
    });
    for (const char* n : {"ctlz", "ctlz_nonzero"})
        add(t, n, [n](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
            uint32_t b = bits_of(m, i.args[0]);
            u128 v = get(m, a[0]) & mask(b);
            if (v == 0 && std::string_view(n) == "ctlz_nonzero") throw_ub("`ctlz_nonzero` called on 0");
            put(m, d, clz(v, b));
        });
    for (const char* n : {"cttz", "cttz_nonzero"})
        add(t, n, [n](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
            uint32_t b = bits_of(m, i.args[0]);
            u128 v = get(m, a[0]) & mask(b);
            if (v == 0 && std::string_view(n) == "cttz_nonzero") throw_ub("`cttz_nonzero` called on 0");
            put(m, d, ctz(v, b));
        });
    add(t, "bswap", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        uint32_t b = bits_of(m, i.args[0]);
        u128 v = get(m, a[0]), r = 0;
        for (uint32_t k = 0; k < b / 8; ++k) r |= ((v >> (8 * k)) & 0xff) << (b - 8 - 8 * k);
        put(m, d, r);
    });
    add(t, "bitreverse", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        uint32_t b = bits_of(m, i.args[0]);
        u128 v = get(m, a[0]), r = 0;
        for (uint32_t k = 0; k < b; ++k)
            if (v >> k & 1) r |= u128(1) << (b - 1 - k);
        put(m, d, r);
    });
    for (const char* n : {"rotate_left", "rotate_right"})
        add(t, n, [n](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
            uint32_t b = bits_of(m, i.args[0]);
            u128 v = get(m, a[0]) & mask(b);
            uint32_t s = static_cast<uint32_t>(get(m, a[1]) % b);
            if (std::string_view(n) == "rotate_right") s = (b - s) % b;
            put(m, d, s == 0 ? v : ((v << s) | (v >> (b - s))) & mask(b));
        });
    for (const char* n : {"unchecked_funnel_shl", "unchecked_funnel_shr"})
        add(t, n, [n](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
            uint32_t b = bits_of(m, i.args[0]);
            u128 hi = get(m, a[0]) & mask(b), lo = get(m, a[1]) & mask(b);
            u128 s = get(m, a[2]);
            if (s >= b) throw_ub(std::string("overflowing shift in `") + n + "`");
            uint32_t sh = static_cast<uint32_t>(s);
            u128 r;
            if (std::string_view(n) == "unchecked_funnel_shl") r = sh == 0 ? hi : ((hi << sh) | (lo >> (b - sh))) & mask(b);
            else r = sh == 0 ? lo : ((lo >> sh) | (hi << (b - sh))) & mask(b);
            put(m, d, r);
        });
    for (const char* n : {"saturating_add", "saturating_sub"})
        add(t, n, [n](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
            Ty ty = i.args[0];
            uint32_t b = bits_of(m, ty);
            bool add = std::string_view(n) == "saturating_add";
            if (is_signed(ty)) {
                __int128 x = sext(get(m, a[0]), b), y = sext(get(m, a[1]), b);
                __int128 lo = b >= 128 ? static_cast<__int128>(u128(1) << 127) : -(static_cast<__int128>(1) << (b - 1));
                __int128 hi = b >= 128 ? static_cast<__int128>(~(u128(1) << 127)) : (static_cast<__int128>(1) << (b - 1)) - 1;
                __int128 r;
                bool ovf = add ? __builtin_add_overflow(x, y, &r) : __builtin_sub_overflow(x, y, &r);
                if (ovf || r > hi || r < lo) r = (add ? y > 0 : y < 0) ? hi : lo;
                put(m, d, static_cast<u128>(r) & mask(b));
            } else {
                u128 x = get(m, a[0]) & mask(b), y = get(m, a[1]) & mask(b);
                u128 r = add ? x + y : x - y;
                if (add && (r < x || r > mask(b))) r = mask(b);
                if (!add && y > x) r = 0;
                put(m, d, r & mask(b));
            }
        });
    add(t, "exact_div", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        Ty ty = i.args[0];
        uint32_t b = bits_of(m, ty);
        if (is_signed(ty)) {
            __int128 x = sext(get(m, a[0]), b), y = sext(get(m, a[1]), b);
            if (y == 0) throw_ub("dividing by zero");
            if (x % y != 0) throw_ub("exact_div: " + checks::display_int(static_cast<u128>(x), b, true, m.ty_name(ty)) + " cannot be divided by " + checks::display_int(static_cast<u128>(y), b, true, m.ty_name(ty)) + " without remainder");
            put(m, d, static_cast<u128>(x / y) & mask(b));
        } else {
            u128 x = get(m, a[0]) & mask(b), y = get(m, a[1]) & mask(b);
            if (y == 0) throw_ub("dividing by zero");
            if (x % y != 0) throw_ub("exact_div: " + checks::display_int(x, b, false, m.ty_name(ty)) + " cannot be divided by " + checks::display_int(y, b, false, m.ty_name(ty)) + " without remainder");
            put(m, d, x / y);
        }
    });
    add(t, "disjoint_bitor", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        u128 x = get(m, a[0]), y = get(m, a[1]);
        if (x & y) throw_ub("`assume` called with `false`: disjoint_bitor with overlapping bits");
        put(m, d, (x | y) & mask(bits_of(m, i.args[0])));
    });
    add(t, "carrying_mul_add", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        // (a * b + c + carry) as a (low, high) pair of the type.
        Ty ty = i.args[0];
        uint32_t b = bits_of(m, ty);
        if (b > 64) {
            // 128-bit operands: the 256-bit result from 64-bit limbs.
            u128 x = get(m, a[0]), y = get(m, a[1]), c = get(m, a[2]), k = get(m, a[3]);
            uint64_t x0 = static_cast<uint64_t>(x), x1 = static_cast<uint64_t>(x >> 64);
            uint64_t y0 = static_cast<uint64_t>(y), y1 = static_cast<uint64_t>(y >> 64);
            u128 p00 = u128(x0) * y0, p01 = u128(x0) * y1, p10 = u128(x1) * y0, p11 = u128(x1) * y1;
            u128 mid = (p00 >> 64) + static_cast<uint64_t>(p01) + static_cast<uint64_t>(p10);
            u128 lo = static_cast<uint64_t>(p00) | (mid << 64);
            u128 hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
            bool sig = is_signed(ty);
            auto neg = [&](u128 v) { return sig && (v >> 127); };
            // Two's complement: the signed product's high half subtracts the other operand
            // for each negative one; negative addends add all-ones high halves.
            if (neg(x)) hi -= y;
            if (neg(y)) hi -= x;
            for (u128 v : {c, k}) {
                lo += v;
                hi += (lo < v ? 1 : 0) + (neg(v) ? ~u128(0) : 0);
            }
            put(m, m.field(d, 0), lo);
            put(m, m.field(d, 1), hi);
            return;
        }
        u128 x = get(m, a[0]) & mask(b), y = get(m, a[1]) & mask(b), c = get(m, a[2]) & mask(b), k = get(m, a[3]) & mask(b);
        u128 r;
        if (is_signed(ty)) r = static_cast<u128>(sext(x, b) * sext(y, b) + sext(c, b) + sext(k, b));
        else r = x * y + c + k;
        put(m, m.field(d, 0), r & mask(b));
        put(m, m.field(d, 1), (r >> b) & mask(b));
    });

    // ---- memory
    add(t, "write_bytes", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef&) {
        Pointer p = getp(m, a[0]);
        uint64_t n = static_cast<uint64_t>(get(m, a[2])) * m.layout_of(i.args[0])->size;
        m.mem().write_repeat(p, static_cast<uint8_t>(get(m, a[1])), n);
    });
    add(t, "copy", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef&) {
        Pointer src = getp(m, a[0]), dst = getp(m, a[1]);
        uint64_t n = static_cast<uint64_t>(get(m, a[2])) * m.layout_of(i.args[0])->size;
        if (m.options().check_alignment) {
            memory::Memory::check_ptr_align(src, m.layout_of(i.args[0])->align);
            memory::Memory::check_ptr_align(dst, m.layout_of(i.args[0])->align);
        }
        m.mem().copy(dst, src, n, 1, 1);
    });
    add(t, "volatile_load", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        PlaceRef src = m.deref(a[0], i.args[0]);
        m.copy_place(d, src);
    });
    add(t, "volatile_store", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef&) {
        PlaceRef dst = m.deref(a[0], i.args[0]);
        m.copy_place(dst, a[1]);
    });
    add(t, "compare_bytes", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer l = getp(m, a[0]), r = getp(m, a[1]);
        uint64_t n = static_cast<uint64_t>(get(m, a[2]));
        std::vector<uint8_t> x(n), y(n);
        m.mem().read_bytes(l, x.data(), n, 1);
        m.mem().read_bytes(r, y.data(), n, 1);
        int c = n ? std::memcmp(x.data(), y.data(), n) : 0;
        put(m, d, static_cast<u128>(static_cast<__int128>(c < 0 ? -1 : c > 0 ? 1 : 0)) & mask(32));
    });
    add(t, "raw_eq", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        uint64_t n = m.layout_of(i.args[0])->size;
        Pointer l = getp(m, a[0]), r = getp(m, a[1]);
        std::vector<uint8_t> x(n), y(n);
        m.mem().read_bytes(l, x.data(), n, 1);
        m.mem().read_bytes(r, y.data(), n, 1);
        put(m, d, n == 0 || std::memcmp(x.data(), y.data(), n) == 0);
    });
    add(t, "typed_swap_nonoverlapping", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef&) {
        PlaceRef x = m.deref(a[0], i.args[0]), y = m.deref(a[1], i.args[0]);
        PlaceRef tmp = m.temp(i.args[0]);
        m.copy_place(tmp, x);
        m.copy_place(x, y);
        m.copy_place(y, tmp);
        m.mem().deallocate(tmp.ptr.prov);
    });
    for (const char* n : {"ptr_offset_from", "ptr_offset_from_unsigned"})
        add(t, n, [n](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
            Pointer x = getp(m, a[0]), y = getp(m, a[1]);
            uint64_t size = m.layout_of(i.args[0])->size;
            if (size == 0) throw_ub("`ptr_offset_from` called on a zero-sized type");
            if (x.prov != y.prov && x.addr != y.addr)
                throw_ub(std::string("`") + n + "` called on two different pointers that are not both derived from the same allocation");
            __int128 diff = static_cast<__int128>(static_cast<int64_t>(x.addr - y.addr));
            if (diff % static_cast<__int128>(size) != 0) throw_ub(std::string("`") + n + "` called when first pointer minus second pointer is not a multiple of the element size");
            if (std::string_view(n) == "ptr_offset_from_unsigned" && diff < 0)
                throw_ub("`ptr_offset_from_unsigned` called when first pointer has smaller address than second");
            put(m, d, static_cast<u128>(diff / static_cast<__int128>(size)) & mask(m.ptr_size() * 8));
        });
    add(t, "arith_offset", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        Pointer p = getp(m, a[0]);
        int64_t n = static_cast<int64_t>(get(m, a[1]));
        uint64_t size = m.layout_of(i.args[0])->size;
        m.write_pointer(d, Pointer{p.addr + static_cast<uint64_t>(n) * size, p.prov});
    });
    add(t, "ptr_mask", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer p = getp(m, a[0]);
        m.write_pointer(d, Pointer{p.addr & static_cast<uint64_t>(get(m, a[1])), p.prov});
    });
    add(t, "ptr_guaranteed_cmp", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        put(m, d, getp(m, a[0]).addr == getp(m, a[1]).addr ? 1 : 0);
    });
    add(t, "vtable_size", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer vt = getp(m, a[0]);
        put(m, d, m.mem().read_int({vt.addr + m.ptr_size(), vt.prov}, m.ptr_size(), 1));
    });
    add(t, "vtable_align", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer vt = getp(m, a[0]);
        put(m, d, m.mem().read_int({vt.addr + 2 * m.ptr_size(), vt.prov}, m.ptr_size(), 1));
    });

    // ---- floats
    add_float1(t, "sqrt", [](double x, bool) { return std::sqrt(x); });
    add_float1(t, "floor", [](double x, bool) { return std::floor(x); });
    add_float1(t, "ceil", [](double x, bool) { return std::ceil(x); });
    add_float1(t, "trunc", [](double x, bool) { return std::trunc(x); });
    add_float1(t, "round", [](double x, bool) { return std::round(x); });
    add_float1(t, "fabs", [](double x, bool) { return std::fabs(x); });
    // fabs<T: FloatPrimitive>: clears the sign bit of any width.
    add(t, "fabs", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        uint32_t b = bits_of(m, i.args[0]);
        put(m, d, get(m, a[0]) & mask(b - 1));
    });
    add_float1(t, "sin", [](double x, bool f) { return f ? std::sin(static_cast<float>(x)) : std::sin(x); });
    add_float1(t, "cos", [](double x, bool f) { return f ? std::cos(static_cast<float>(x)) : std::cos(x); });
    add_float1(t, "exp", [](double x, bool f) { return f ? std::exp(static_cast<float>(x)) : std::exp(x); });
    add_float1(t, "exp2", [](double x, bool f) { return f ? std::exp2(static_cast<float>(x)) : std::exp2(x); });
    add_float1(t, "log", [](double x, bool f) { return f ? std::log(static_cast<float>(x)) : std::log(x); });
    add_float1(t, "log2", [](double x, bool f) { return f ? std::log2(static_cast<float>(x)) : std::log2(x); });
    add_float1(t, "log10", [](double x, bool f) { return f ? std::log10(static_cast<float>(x)) : std::log10(x); });
    for (const char* suf : {"f16", "f32", "f64", "f128"}) {
        std::string s = suf;
        add(t, ("round_ties_even_" + s).c_str(), [s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]);
            if (s == "f32") put(m, d, bits_f(std::nearbyint(as_f<float>(x))));
            else if (s == "f64") put(m, d, bits_f(std::nearbyint(as_f<double>(x))));
            else if (s == "f16") put(m, d, bits_f(static_cast<_Float16>(std::nearbyint(static_cast<float>(as_f<_Float16>(x))))));
            else put(m, d, bits_f(static_cast<__float128>(std::nearbyint(static_cast<long double>(as_f<__float128>(x))))));
        });
    }
    add_float2(t, "copysign", [](double x, double y, bool) { return std::copysign(x, y); });
    add_float2(t, "pow", [](double x, double y, bool f) {
        return f ? static_cast<double>(std::pow(static_cast<float>(x), static_cast<float>(y))) : std::pow(x, y);
    });
    // IEEE 754-2019 minimum/maximum: NaN propagates, -0.0 < +0.0.
    add_float2(t, "minimum", [](double x, double y, bool) {
        if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
        if (x == y) return std::signbit(x) ? x : y;
        return x < y ? x : y;
    });
    add_float2(t, "maximum", [](double x, double y, bool) {
        if (std::isnan(x) || std::isnan(y)) return std::numeric_limits<double>::quiet_NaN();
        if (x == y) return std::signbit(x) ? y : x;
        return x > y ? x : y;
    });
    for (const char* suf : {"f16", "f32", "f64", "f128"}) {
        std::string s = suf;
        // minimum_number_nsz / maximum_number_nsz: the non-NaN operand wins (fmin/fmax).
        add(t, ("minimum_number_nsz_" + s).c_str(), [s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]), y = get(m, a[1]);
            // nsz: either zero may come out; native code gives -0.0 for the minimum.
            auto pick = [](auto p, auto q) { return p == 0 && q == 0 ? (std::signbit(p) ? p : q) : std::fmin(p, q); };
            if (s == "f32") put(m, d, bits_f(pick(as_f<float>(x), as_f<float>(y))));
            else if (s == "f64") put(m, d, bits_f(pick(as_f<double>(x), as_f<double>(y))));
            else throw_unsupported("minimum_number_nsz_" + s);
        });
        add(t, ("maximum_number_nsz_" + s).c_str(), [s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]), y = get(m, a[1]);
            auto pick = [](auto p, auto q) { return p == 0 && q == 0 ? (std::signbit(p) ? q : p) : std::fmax(p, q); };
            if (s == "f32") put(m, d, bits_f(pick(as_f<float>(x), as_f<float>(y))));
            else if (s == "f64") put(m, d, bits_f(pick(as_f<double>(x), as_f<double>(y))));
            else throw_unsupported("maximum_number_nsz_" + s);
        });
        // minNum/maxNum; of two zeros, -0.0 is the smaller (what native code computes).
        add(t, ("minnum" + s).c_str(), [s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]), y = get(m, a[1]);
            auto pick = [](auto p, auto q) { return p == 0 && q == 0 ? (std::signbit(p) ? p : q) : std::fmin(p, q); };
            if (s == "f32") put(m, d, bits_f(pick(as_f<float>(x), as_f<float>(y))));
            else put(m, d, bits_f(pick(as_f<double>(x), as_f<double>(y))));
        });
        add(t, ("maxnum" + s).c_str(), [s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]), y = get(m, a[1]);
            auto pick = [](auto p, auto q) { return p == 0 && q == 0 ? (std::signbit(p) ? q : p) : std::fmax(p, q); };
            if (s == "f32") put(m, d, bits_f(pick(as_f<float>(x), as_f<float>(y))));
            else put(m, d, bits_f(pick(as_f<double>(x), as_f<double>(y))));
        });
        add(t, ("fma" + s).c_str(), [s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]), y = get(m, a[1]), z = get(m, a[2]);
            if (s == "f32") put(m, d, bits_f(std::fma(as_f<float>(x), as_f<float>(y), as_f<float>(z))));
            else if (s == "f64") put(m, d, bits_f(std::fma(as_f<double>(x), as_f<double>(y), as_f<double>(z))));
            else throw_unsupported("fma" + s);
        });
        // fmuladd may fuse or not (Miri: nondeterministically); native x86-64 code does not fuse.
        add(t, ("fmuladd" + s).c_str(), [s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]), y = get(m, a[1]), z = get(m, a[2]);
            if (s == "f32") put(m, d, bits_f(static_cast<float>(as_f<float>(x) * as_f<float>(y)) + as_f<float>(z)));
            else if (s == "f64") put(m, d, bits_f(static_cast<double>(as_f<double>(x) * as_f<double>(y)) + as_f<double>(z)));
            else throw_unsupported("fmuladd" + s);
        });
        add(t, ("powi" + s).c_str(), [s](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            u128 x = get(m, a[0]);
            int n = static_cast<int>(static_cast<int32_t>(get(m, a[1])));
            if (s == "f32") put(m, d, bits_f(static_cast<float>(__builtin_powif(as_f<float>(x), n))));
            else if (s == "f64") put(m, d, bits_f(__builtin_powi(as_f<double>(x), n)));
            else throw_unsupported("powi" + s);
        });
    }
    for (const char* op : {"fadd_algebraic", "fsub_algebraic", "fmul_algebraic", "fdiv_algebraic", "frem_algebraic",
                           "fadd_fast", "fsub_fast", "fmul_fast", "fdiv_fast", "frem_fast"})
        add(t, op, [op](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
            std::string_view o(op);
            u128 x = get(m, a[0]), y = get(m, a[1]);
            auto f = [&](double p, double q) {
                if (o.starts_with("fadd")) return p + q;
                if (o.starts_with("fsub")) return p - q;
                if (o.starts_with("fmul")) return p * q;
                if (o.starts_with("fdiv")) return p / q;
                return std::fmod(p, q);
            };
            if (m.layout_of(i.args[0])->size == 4) put(m, d, bits_f(static_cast<float>(f(as_f<float>(x), as_f<float>(y)))));
            else put(m, d, bits_f(f(as_f<double>(x), as_f<double>(y))));
        });
    add(t, "float_to_int_unchecked", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        Ty from = i.args[0], to = i.args[1];
        u128 x = get(m, a[0]);
        long double v = m.layout_of(from)->size == 4 ? as_f<float>(x) : as_f<double>(x);
        uint32_t b = bits_of(m, to);
        long double tv = std::trunc(v);
        bool ok = !std::isnan(v);
        if (ok) {
            if (is_signed(to)) ok = tv >= -std::ldexp(1.0L, b - 1) && tv < std::ldexp(1.0L, b - 1);
            else ok = tv > -1.0L && tv < std::ldexp(1.0L, b);
        }
        if (!ok) throw_ub("`float_to_int_unchecked` intrinsic called on " + checks::display_float(static_cast<double>(v), m.layout_of(from)->size == 4) + " which cannot be represented in target type `" + m.ty_name(to) + "`");
        put(m, d, float_to_int_saturating(v, is_signed(to), b));
    });

    // ---- atomics: plain memory operations, which the data-race detector (when threads exist)
    // sees as the atomic accesses they are, with their orderings.
    add(t, "atomic_load", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        PlaceRef p = m.deref(a[0], i.args[0]);
        AtomicAccess acc(m, p, Access::AtomicLoad, ordering(i, 1), AtomicOrd::Relaxed);
        m.copy_place(d, p);
    });
    add(t, "atomic_store", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef&) {
        PlaceRef p = m.deref(a[0], i.args[0]);
        AtomicAccess acc(m, p, Access::AtomicStore, AtomicOrd::Relaxed, ordering(i, 1));
        m.copy_place(p, a[1]);
    });
    add(t, "atomic_xchg", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        PlaceRef p = m.deref(a[0], i.args[0]);
        AtomicOrd ord = ordering(i, 1);
        AtomicAccess acc(m, p, Access::AtomicRmw, ord, ord);
        m.copy_place(d, p);
        m.copy_place(p, a[1]);
    });
    for (const char* n : {"atomic_cxchg", "atomic_cxchgweak"})
        add(t, n, [weak = std::string_view(n) == "atomic_cxchgweak"](Machine& m, const ty::Instance& i, Args& a,
                                                                     const PlaceRef& d) {
            PlaceRef p = m.deref(a[0], i.args[0]);
            // The load acquires with the success ordering or the failure one: whichever is
            // stronger (an extra acquire hides races, it never invents one).
            AtomicOrd success = ordering(i, 1), failure = ordering(i, 2);
            AtomicOrd load = concurrency::is_acquire(success) || concurrency::is_acquire(failure) ? AtomicOrd::Acquire
                                                                                                 : AtomicOrd::Relaxed;
            AtomicAccess acc(m, p, Access::AtomicRmw, load, success);
            Scalar cur = m.read_scalar(p);
            u128 expected = get(m, a[1]);
            PlaceRef v = m.field(d, 0), ok = m.field(d, 1);
            m.write_scalar(v, cur);
            // A weak exchange that would succeed may fail spuriously (as on LL/SC machines); like
            // Miri, the seeded RNG decides, drawn only when the values are equal.
            bool eq = cur.bits == expected &&
                      !(weak && m.random_bool(m.options().cmpxchg_weak_failure_rate));
            if (eq) m.write_scalar(p, m.read_scalar(a[2]));
            put(m, ok, eq ? 1 : 0);
        });
    for (const char* n : {"atomic_xadd", "atomic_xsub", "atomic_and", "atomic_or", "atomic_xor", "atomic_nand",
                          "atomic_max", "atomic_min", "atomic_umax", "atomic_umin"})
        add(t, n, [n](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
            Ty ty = i.args[0];
            PlaceRef p = m.deref(a[0], ty);
            AtomicOrd ord = ordering(i, i.args.size() - 1);
            AtomicAccess acc(m, p, Access::AtomicRmw, ord, ord);
            Scalar cur = m.read_scalar(p);
            u128 x = cur.bits, y = get(m, a[1]);
            uint32_t b = static_cast<uint32_t>(p.layout->size * 8);
            std::string_view o(n);
            u128 r;
            if (o == "atomic_xadd") r = x + y;
            else if (o == "atomic_xsub") r = x - y;
            else if (o == "atomic_and") r = x & y;
            else if (o == "atomic_or") r = x | y;
            else if (o == "atomic_xor") r = x ^ y;
            else if (o == "atomic_nand") r = ~(x & y);
            else if (o == "atomic_max") r = sext(x, b) > sext(y, b) ? x : y;
            else if (o == "atomic_min") r = sext(x, b) < sext(y, b) ? x : y;
            else if (o == "atomic_umax") r = (x & mask(b)) > (y & mask(b)) ? x : y;
            else r = (x & mask(b)) < (y & mask(b)) ? x : y;
            m.write_scalar(d, cur);
            m.write_scalar(p, {r & mask(b), cur.prov});
        });
    add(t, "atomic_fence", [](Machine& m, const ty::Instance& i, Args&, const PlaceRef&) {
        if (auto* race = m.threads().race()) race->fence(ordering(i, 0));
    });
    // A compiler fence orders nothing between threads.
    add(t, "atomic_singlethreadfence", [](Machine&, const ty::Instance&, Args&, const PlaceRef&) {});

    // ---- calls back into MIR
    add(t, "catch_unwind", catch_unwind_intrinsic, true);
    add(t, "const_eval_select", [](Machine& m, const ty::Instance& i, Args& a, const PlaceRef& d) {
        // (args tuple, const fn, runtime fn): call the runtime fn with the args spread.
        Ty rt = i.args[2];
        std::vector<PlaceRef> spread;
        for (uint32_t k = 0; k < a[0].ty->nargs; ++k) spread.push_back(m.field(a[0], k));
        auto inst = m.solver().resolve(rt->def, rt->arg_span());
        if (!inst) throw_internal("const_eval_select: cannot resolve the runtime fn");
        m.call_instance(*inst, spread, d, m.pending_return());
    }, true);
    return t;
}

} // namespace

const std::unordered_map<std::string, Handler>& intrinsic_table() {
    static const Table table = build();
    return table;
}

} // namespace mirage::engine
