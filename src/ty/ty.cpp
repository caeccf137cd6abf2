#include "ty/ty.h"

#include <cstring>

namespace mirage::ty {

namespace {

size_t mix(size_t h, uint64_t v) { return (h ^ v) * 0x100000001b3ULL + (h >> 29); }

} // namespace

bool TyCtx::Key::operator==(const Key& o) const {
    const TyS& a = shape;
    const TyS& b = o.shape;
    if (a.kind != b.kind || a.flags != b.flags || a.small != b.small || a.def != b.def ||
        a.index != b.index || a.sym != b.sym || a.value != b.value || a.value2 != b.value2 ||
        a.nargs != b.nargs)
        return false;
    for (uint32_t i = 0; i < a.nargs; ++i)
        if (a.args[i] != b.args[i]) return false;
    return true;
}

size_t TyCtx::KeyHash::operator()(const Key& k) const {
    const TyS& s = k.shape;
    size_t h = 0xcbf29ce484222325ULL;
    h = mix(h, static_cast<uint64_t>(s.kind) | (uint64_t(s.flags) << 8) | (uint64_t(s.small) << 16));
    h = mix(h, s.def);
    h = mix(h, s.index);
    h = mix(h, s.sym);
    h = mix(h, static_cast<uint64_t>(s.value));
    h = mix(h, static_cast<uint64_t>(s.value >> 64));
    h = mix(h, static_cast<uint64_t>(s.value2));
    for (uint32_t i = 0; i < s.nargs; ++i) h = mix(h, reinterpret_cast<uintptr_t>(s.args[i]));
    return h;
}

Ty TyCtx::intern(const TyS& shape, Args args) {
    TyS probe = shape;
    probe.pad = 0;
    probe.args = args.data();
    probe.nargs = static_cast<uint32_t>(args.size());
    auto it = m_table.find(Key{probe});
    if (it != m_table.end()) return it->second;
    auto& store = m_arg_store.emplace_back(args.begin(), args.end());
    probe.args = store.data();
    TyS& node = m_nodes.emplace_back(probe);
    m_table.emplace(Key{node}, &node);
    return &node;
}

Ty TyCtx::mk_simple(Kind kind) {
    TyS s{};
    s.kind = kind;
    return intern(s, {});
}

Ty TyCtx::mk_int(IntTy t) {
    TyS s{};
    s.kind = Kind::Int;
    s.small = static_cast<uint8_t>(t);
    return intern(s, {});
}

Ty TyCtx::mk_float(FloatTy t) {
    TyS s{};
    s.kind = Kind::Float;
    s.small = static_cast<uint8_t>(t);
    return intern(s, {});
}

Ty TyCtx::mk(Kind kind, uint32_t def, Args args, uint8_t flags) {
    TyS s{};
    s.kind = kind;
    s.def = def;
    s.flags = flags;
    return intern(s, args);
}

Ty TyCtx::mk_tuple(Args elems) { return mk(Kind::Tuple, 0, elems); }

Ty TyCtx::mk_array(Ty elem, uint64_t len) {
    Ty args[] = {elem, mk_usize_const(len)};
    return mk(Kind::Array, 0, args);
}

Ty TyCtx::mk_slice(Ty elem) { return mk(Kind::Slice, 0, {&elem, 1}); }
Ty TyCtx::mk_ref(Ty pointee, bool mut) { return mk(Kind::Ref, 0, {&pointee, 1}, mut ? kMutable : 0); }
Ty TyCtx::mk_ptr(Ty pointee, bool mut) {
    return mk(Kind::RawPtr, 0, {&pointee, 1}, mut ? kMutable : 0);
}
Ty TyCtx::mk_adt(ItemId def, Args args) { return mk(Kind::Adt, def, args); }
Ty TyCtx::mk_fn_def(ItemId def, Args args) { return mk(Kind::FnDef, def, args); }

Ty TyCtx::mk_fn_ptr(Ty ret, Args inputs, uint8_t flags, mir::Sym abi) {
    std::vector<Ty> args;
    args.reserve(inputs.size() + 1);
    args.push_back(ret);
    args.insert(args.end(), inputs.begin(), inputs.end());
    TyS s{};
    s.kind = Kind::FnPtr;
    s.flags = flags;
    s.sym = abi;
    return intern(s, args);
}

Ty TyCtx::mk_param(uint32_t index, mir::Sym name) {
    TyS s{};
    s.kind = Kind::Param;
    s.index = index;
    s.sym = name;
    return intern(s, {});
}

Ty TyCtx::mk_const(Ty type, u128 bits) {
    TyS s{};
    s.kind = Kind::Const;
    s.value = bits;
    return intern(s, {&type, 1});
}

Ty TyCtx::mk_error(std::string_view message) {
    TyS s{};
    s.kind = Kind::Error;
    s.sym = m_interner.intern(message);
    return intern(s, {});
}

bool TyCtx::has_params(Ty ty) const {
    if (ty->kind == Kind::Param) return true;
    for (Ty a : ty->arg_span())
        if (has_params(a)) return true;
    return false;
}

Ty TyCtx::subst(Ty ty, Args args) {
    // An unbound variable (nullptr, while matching impl headers) leaves its Param in place.
    if (ty->kind == Kind::Param) return ty->index < args.size() && args[ty->index] ? args[ty->index] : ty;
    if (ty->nargs == 0) return ty;
    std::vector<Ty> out;
    out.reserve(ty->nargs);
    bool changed = false;
    for (Ty a : ty->arg_span()) {
        Ty b = subst(a, args);
        changed |= b != a;
        out.push_back(b);
    }
    if (!changed) return ty;
    return intern(*ty, out);
}

namespace {

const char* const kIntNames[] = {"i8", "i16", "i32", "i64", "i128", "isize",
                                 "u8", "u16", "u32", "u64", "u128", "usize"};
const char* const kFloatNames[] = {"f16", "f32", "f64", "f128"};

} // namespace

uint32_t int_size(IntTy t, uint32_t pointer_size) {
    switch (t) {
    case IntTy::I8: case IntTy::U8: return 1;
    case IntTy::I16: case IntTy::U16: return 2;
    case IntTy::I32: case IntTy::U32: return 4;
    case IntTy::I64: case IntTy::U64: return 8;
    case IntTy::I128: case IntTy::U128: return 16;
    case IntTy::Isize: case IntTy::Usize: return pointer_size;
    }
    return 0;
}

const char* int_name(IntTy t) { return kIntNames[static_cast<int>(t)]; }
const char* float_name(FloatTy t) { return kFloatNames[static_cast<int>(t)]; }

bool parse_int_ty(std::string_view name, IntTy& out) {
    for (int i = 0; i < 12; ++i)
        if (name == kIntNames[i]) {
            out = static_cast<IntTy>(i);
            return true;
        }
    return false;
}

bool parse_float_ty(std::string_view name, FloatTy& out) {
    for (int i = 0; i < 4; ++i)
        if (name == kFloatNames[i]) {
            out = static_cast<FloatTy>(i);
            return true;
        }
    return false;
}

namespace {

void args_into(const TyCtx& cx, Args args, std::string& out) {
    for (size_t i = 0; i < args.size(); ++i) {
        if (i) out += ", ";
        out += cx.to_string(args[i]);
    }
}

std::string item_name(const TyCtx& cx, uint32_t def) {
    const auto& db = cx.db();
    if (def >= db.items.size()) return "item#" + std::to_string(def);
    std::string name(cx.interner().str(db.items[def].name));
    return name.empty() ? "item#" + std::to_string(def) : name;
}

} // namespace

std::string TyCtx::to_string(Ty ty) const {
    std::string out;
    switch (ty->kind) {
    case Kind::Bool: return "bool";
    case Kind::Char: return "char";
    case Kind::Str: return "str";
    case Kind::Never: return "!";
    case Kind::Int: return int_name(static_cast<IntTy>(ty->small));
    case Kind::Float: return float_name(static_cast<FloatTy>(ty->small));
    case Kind::Tuple:
        out = "(";
        args_into(*this, ty->arg_span(), out);
        if (ty->nargs == 1) out += ",";
        return out + ")";
    case Kind::Array: return "[" + to_string(ty->arg(0)) + "; " + to_string(ty->arg(1)) + "]";
    case Kind::Slice: return "[" + to_string(ty->arg(0)) + "]";
    case Kind::Ref: return std::string(ty->flags & kMutable ? "&mut " : "&") + to_string(ty->arg(0));
    case Kind::RawPtr:
        return std::string(ty->flags & kMutable ? "*mut " : "*const ") + to_string(ty->arg(0));
    case Kind::FnPtr:
        out = ty->flags & kUnsafeFn ? "unsafe fn(" : "fn(";
        args_into(*this, ty->arg_span().subspan(1), out);
        return out + ") -> " + to_string(ty->arg(0));
    case Kind::Param: return std::string(m_interner.str(ty->sym));
    case Kind::Const: {
        u128 v = ty->value;
        std::string digits;
        do {
            digits.insert(digits.begin(), char('0' + int(v % 10)));
            v /= 10;
        } while (v);
        return digits;
    }
    case Kind::Error: return "{error: " + std::string(m_interner.str(ty->sym)) + "}";
    case Kind::Dynamic:
        out = "dyn ";
        for (size_t i = 0; i < ty->nargs; ++i) {
            if (i) out += " + ";
            out += to_string(ty->arg(static_cast<uint32_t>(i)));
        }
        return out;
    case Kind::Pat: return "(" + to_string(ty->arg(0)) + ") is ..";
    default: break;
    }
    // Item-based kinds.
    out = item_name(*this, ty->def);
    if (ty->kind == Kind::Closure) out = "{closure " + out + "}";
    if (ty->kind == Kind::Coroutine) out = "{coroutine " + out + "}";
    if (ty->kind == Kind::Alias) {
        out = "<" + to_string(ty->arg(0)) + " as _>::" + out;
        return out;
    }
    if (ty->nargs) {
        out += "<";
        args_into(*this, ty->arg_span(), out);
        out += ">";
    }
    return out;
}

} // namespace mirage::ty
