// Constants: literals, strings, named and associated consts (evaluated on demand by running
// their MIR), promoteds, statics and thread-locals, and the allocations rustc dumped for a
// body's constants.
#include "engine/machine.h"

#include "mir/parser.h"
#include "mir/printer.h"

#include <cctype>
#include <cmath>
#include <cstring>

namespace mirage::engine {

using diag::throw_internal;
using diag::throw_unsupported;
using ty::Kind;

namespace {

// Rust's Debug escapes in a printed string/char/byte-string literal (quotes excluded).
std::string unescape(std::string_view s) {
    std::string out;
    for (size_t i = 0; i < s.size(); ++i) {
        char c = s[i];
        if (c != '\\' || i + 1 >= s.size()) {
            out += c;
            continue;
        }
        char e = s[++i];
        switch (e) {
        case 'n': out += '\n'; break;
        case 't': out += '\t'; break;
        case 'r': out += '\r'; break;
        case '0': out += '\0'; break;
        case '\\': out += '\\'; break;
        case '\'': out += '\''; break;
        case '"': out += '"'; break;
        case 'x': {
            out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
            break;
        }
        case 'u': {
            size_t close = s.find('}', i);
            uint32_t cp = static_cast<uint32_t>(std::stoul(std::string(s.substr(i + 2, close - i - 2)), nullptr, 16));
            i = close;
            if (cp < 0x80) out += static_cast<char>(cp);
            else if (cp < 0x800) {
                out += static_cast<char>(0xC0 | (cp >> 6));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else if (cp < 0x10000) {
                out += static_cast<char>(0xE0 | (cp >> 12));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            } else {
                out += static_cast<char>(0xF0 | (cp >> 18));
                out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
                out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
                out += static_cast<char>(0x80 | (cp & 0x3F));
            }
            break;
        }
        default: out += e; break;
        }
    }
    return out;
}

uint32_t decode_utf8(const std::string& s) {
    const auto* p = reinterpret_cast<const unsigned char*>(s.data());
    if (s.empty()) return 0;
    if (p[0] < 0x80) return p[0];
    if ((p[0] & 0xE0) == 0xC0) return (p[0] & 0x1F) << 6 | (p[1] & 0x3F);
    if ((p[0] & 0xF0) == 0xE0) return (p[0] & 0x0F) << 12 | (p[1] & 0x3F) << 6 | (p[2] & 0x3F);
    return (p[0] & 0x07) << 18 | (p[1] & 0x3F) << 12 | (p[2] & 0x3F) << 6 | (p[3] & 0x3F);
}

// `5_i32`, `-3_i8`, `0x1f_u8`, `5` -> value (two's complement, 128 bits)
u128 parse_int_literal(std::string_view text) {
    bool neg = false;
    if (!text.empty() && text[0] == '-') {
        neg = true;
        text.remove_prefix(1);
    }
    size_t us = text.find('_');
    // the suffix starts at the first `_` followed by i/u
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '_' && i + 1 < text.size() && (text[i + 1] == 'i' || text[i + 1] == 'u')) {
            us = i;
            break;
        }
    std::string_view digits = text.substr(0, us);
    u128 v = 0;
    int base = 10;
    if (digits.starts_with("0x")) {
        base = 16;
        digits.remove_prefix(2);
    }
    for (char c : digits) {
        if (c == '_') continue;
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) break;
        v = v * base + static_cast<u128>(d);
    }
    return neg ? u128(0) - v : v;
}

std::string_view int_suffix(std::string_view text) {
    for (size_t i = 0; i < text.size(); ++i)
        if (text[i] == '_' && i + 1 < text.size() && (text[i + 1] == 'i' || text[i + 1] == 'u')) return text.substr(i + 1);
    return {};
}

} // namespace

// rustc prints an integer scalar that is its type's minimum or maximum as `i32::MIN`,
// `usize::MAX` (ConstInt's Debug): a literal, not a path to the associated const.
bool int_extreme_literal(const mir::Interner& in, const mir::ConstNode& c, ty::IntTy& it, bool& is_max) {
    if (c.kind != mir::ConstKind::Path || !c.ty || in.ty(c.ty).kind != mir::TyKind::Path) return false;
    auto kids = in.children(c.ty);
    if (kids.size() != 2 || in.ty(kids[0]).child_count || in.ty(kids[1]).child_count) return false;
    std::string_view name = in.str(in.ty(kids[1]).sym);
    if (name != "MIN" && name != "MAX") return false;
    if (!ty::parse_int_ty(in.str(in.ty(kids[0]).sym), it)) return false;
    if (name == "MIN" && !ty::is_signed(it)) return false;
    is_max = name == "MAX";
    return true;
}

u128 float_from_value(Ty t, long double v);

static u128 parse_float_literal(std::string_view text, Ty t) {
    bool neg = false;
    std::string_view s = text;
    if (s.starts_with("-")) {
        neg = true;
        s.remove_prefix(1);
    } else if (s.starts_with("+")) {
        s.remove_prefix(1);
    }
    for (const char* suf : {"_f16", "_f32", "_f64", "_f128", "f16", "f32", "f64", "f128"})
        if (s.ends_with(suf)) {
            s.remove_suffix(std::strlen(suf));
            break;
        }
    auto fty = static_cast<ty::FloatTy>(t->small);
    u128 bits = 0;
    uint32_t size = fty == ty::FloatTy::F16 ? 2 : fty == ty::FloatTy::F32 ? 4 : fty == ty::FloatTy::F64 ? 8 : 16;
    if (s == "NaN") {
        switch (fty) {
        case ty::FloatTy::F16: bits = 0x7e00; break;
        case ty::FloatTy::F32: bits = 0x7fc00000; break;
        case ty::FloatTy::F64: bits = 0x7ff8000000000000ull; break;
        case ty::FloatTy::F128: bits = u128(0x7fff800000000000ull) << 64; break;
        }
    } else if (s == "inf" || s == "Inf") {
        switch (fty) {
        case ty::FloatTy::F16: bits = 0x7c00; break;
        case ty::FloatTy::F32: bits = 0x7f800000; break;
        case ty::FloatTy::F64: bits = 0x7ff0000000000000ull; break;
        case ty::FloatTy::F128: bits = u128(0x7fff000000000000ull) << 64; break;
        }
    } else {
        std::string str(s);
        switch (fty) {
        case ty::FloatTy::F32: {
            float f = std::strtof(str.c_str(), nullptr);
            std::memcpy(&bits, &f, 4);
            break;
        }
        case ty::FloatTy::F64: {
            double d = std::strtod(str.c_str(), nullptr);
            std::memcpy(&bits, &d, 8);
            break;
        }
        case ty::FloatTy::F16: {
            _Float16 h = static_cast<_Float16>(std::strtof(str.c_str(), nullptr));
            std::memcpy(&bits, &h, 2);
            break;
        }
        case ty::FloatTy::F128: {
            __float128 q = static_cast<__float128>(std::strtold(str.c_str(), nullptr));
            std::memcpy(&bits, &q, 16);
            break;
        }
        }
    }
    if (neg) bits ^= u128(1) << (size * 8 - 1);
    return bits;
}

static Ty literal_ty(ty::TyCtx& cx, const mir::Interner& in, const mir::ConstNode& c) {
    switch (c.kind) {
    case mir::ConstKind::Int: {
        std::string_view suf = int_suffix(in.str(c.sym));
        ty::IntTy it;
        if (!suf.empty() && ty::parse_int_ty(suf, it)) return cx.mk_int(it);
        return nullptr;
    }
    case mir::ConstKind::Float: {
        std::string_view t = in.str(c.sym);
        for (auto [suf, ft] : {std::pair{"f16", ty::FloatTy::F16}, {"f32", ty::FloatTy::F32},
                               {"f64", ty::FloatTy::F64}, {"f128", ty::FloatTy::F128}})
            if (t.ends_with(suf)) return cx.mk_float(ft);
        return nullptr;
    }
    case mir::ConstKind::Bool: return cx.mk_bool();
    case mir::ConstKind::Char: return cx.mk_char();
    case mir::ConstKind::Unit: return cx.mk_unit();
    case mir::ConstKind::Str: return cx.mk_ref(cx.mk_str(), false);
    case mir::ConstKind::Path: {
        ty::IntTy it;
        bool is_max;
        if (int_extreme_literal(in, c, it, is_max)) return cx.mk_int(it);
        return nullptr;
    }
    default: return nullptr;
    }
}

const ConstValue& Machine::const_value(Frame& f, uint32_t idx) {
    InstanceBody& b = *f.body;
    if (b.consts[idx]) return *b.consts[idx];
    const mir::ConstNode& c = b.mir->consts[idx];
    Ty t = nullptr;
    if (b.const_tys[idx]) t = lower_ty(b, b.const_tys[idx]);
    if (!t) t = literal_ty(*m_p.cx, m_p.interner, c);
    if (!t && c.kind == mir::ConstKind::ByteStr) {
        std::string_view text = m_p.interner.str(c.sym);
        std::string bytes = unescape(text.substr(2, text.size() - 3));
        Ty arr = m_p.cx->mk_array(m_p.cx->mk_int(ty::IntTy::U8), bytes.size());
        t = (c.flags & 1) ? arr : m_p.cx->mk_ref(arr, false);
    }
    if (!t && (c.kind == mir::ConstKind::Typed || c.kind == mir::ConstKind::Raw) && c.ty) t = lower_ty(b, c.ty);
    if (!t && c.kind == mir::ConstKind::Path) {
        // A const generic parameter: its value's type.
        auto kids = m_p.interner.children(c.ty);
        if (kids.size() == 1) {
            mir::Sym name = m_p.interner.ty(kids[0]).sym;
            const auto& gens = m_p.lowerer->generics_of(b.item);
            for (size_t i = 0; i < gens.size() && i < b.args.size(); ++i)
                if (gens[i].name == name && b.args[i]->kind == Kind::Const) t = b.args[i]->arg(0);
        }
    }
    if (!t && c.kind == mir::ConstKind::Path) {
        // An inline const block without a note: its body's return type.
        items::ItemId anon = item_by_body_name(b.crate, c.ty);
        if (anon != items::kNone && m_p.db.item(anon).kind == items::ItemKind::AnonConst) {
            size_t n = m_p.lowerer->generics_of(anon).size();
            std::vector<Ty> args(b.args.begin(), b.args.begin() + static_cast<long>(std::min(n, b.args.size())));
            t = lower(ty::Instance{ty::InstanceKind::Item, anon, args, 0})->local_tys[0];
        } else if (auto nested = resolve_nested_path(b, c.ty, idx)) {
            // An anonymous const, or a const item inside a fn body: its body's return type.
            items::ItemKind k = m_p.db.item(nested->first).kind;
            if (k == items::ItemKind::AnonConst || k == items::ItemKind::Const)
                t = lower(ty::Instance{ty::InstanceKind::Item, nested->first, nested->second, 0})->local_tys[0];
        } else if (InstanceBody* anon_body = unlinked_anon_const(b, c.ty)) {
            t = anon_body->local_tys[0];
        }
    }
    if (!t && c.kind == mir::ConstKind::Path) {
        // A named constant of scalar type (no note): the item's declared type.
        auto ref = m_p.solver->lower_fn_path(c.ty, b.crate, b.item);
        if (ref) {
            const items::Item& it = m_p.db.item(ref->def);
            if (it.ty) {
                std::vector<Ty> args;
                for (Ty a : ref->args) args.push_back(m_p.solver->normalize(m_p.cx->subst(a, b.args)));
                Ty decl = m_p.lowerer->lower_item_ty(it.ty, ref->def);
                t = m_p.solver->normalize(m_p.cx->subst(decl, args));
            }
        }
    }
    if (!t) throw_internal("cannot tell the type of constant #" + std::to_string(idx) + " in `" + b.name + "`");
    auto cv = std::make_unique<ConstValue>();
    cv->ty = t;
    cv->layout = layout_of(t);
    b.consts[idx] = std::move(cv);
    ConstValue& out = *b.consts[idx];
    uint64_t size = out.layout->size;
    if (size == 0) return out;
    AllocId id = m_mem.allocate(size, out.layout->align, memory::AllocKind::Stack);
    PlaceRef tmp{m_mem.base_ptr(id), t, out.layout};
    materialize_const(b, idx, tmp);
    memory::Allocation* a = m_mem.get(id);
    out.bytes.assign(a->bytes.begin(), a->bytes.end());
    out.uninit = !a->init.all_init();
    for (auto& [off, prov] : a->prov) {
        uint64_t addr = 0;
        std::memcpy(&addr, a->bytes.data() + off, m_ptr_size);
        out.relocs.emplace_back(off, Pointer{addr, prov});
    }
    m_mem.deallocate(id);
    return out;
}

// A global allocation holding `bytes` (string literals), deduplicated by content.
static Pointer global_bytes(Machine& m, std::unordered_map<std::string, Pointer>& cache, const std::string& bytes) {
    memory::Memory::Untracked untracked(m.mem());
    auto it = cache.find(bytes);
    if (it != cache.end()) return it->second;
    AllocId id = m.mem().allocate(bytes.size(), 1, memory::AllocKind::Global);
    Pointer p = m.mem().base_ptr(id);
    if (!bytes.empty()) m.mem().write_bytes(p, bytes.data(), bytes.size(), 1);
    m.mem().get(id)->mutable_ = false;
    cache.emplace(bytes, p);
    return p;
}

Pointer Machine::body_allocation(InstanceBody& b, uint32_t alloc_id) {
    memory::Memory::Untracked untracked(m_mem);
    uint64_t key = uint64_t(b.body_index) << 32 | alloc_id;
    auto it = m_body_allocs.find(key);
    if (it != m_body_allocs.end()) return it->second;
    const mir::Allocation* a = nullptr;
    for (const mir::Allocation& x : b.mir->allocations)
        if (x.id == alloc_id) a = &x;
    if (!a) throw_internal("allocation alloc" + std::to_string(alloc_id) + " is not dumped in `" + b.name + "`");
    if (a->kind == mir::AllocKind::Static || a->kind == mir::AllocKind::ExternStatic) {
        auto ty = mir::parse_type(m_p.interner, m_p.interner.str(a->what));
        if (!ty.ok()) throw_internal("static path `" + std::string(m_p.interner.str(a->what)) + "`");
        items::ItemId item = m_p.lowerer->resolve_mir_path(ty.value(), b.crate, b.item, items::Namespace::Value);
        // A static declared inside a fn body (`weak!` declares its extern statics there).
        if (item == items::kNone)
            if (auto nested = resolve_nested_path(b, ty.value())) item = nested->first;
        if (item == items::kNone) throw_internal("static `" + std::string(m_p.interner.str(a->what)) + "` not found");
        Pointer p = static_place(item, {}).ptr;
        m_body_allocs.emplace(key, p);
        return p;
    }
    if (a->kind != mir::AllocKind::Memory) throw_unsupported("constant pointing to a " + std::to_string(static_cast<int>(a->kind)) + " allocation");
    AllocId id = m_mem.allocate(a->size, a->align, memory::AllocKind::Global);
    Pointer base = m_mem.base_ptr(id);
    m_body_allocs.emplace(key, base);
    memory::Allocation* al = m_mem.get(id);
    if (a->has_contents) {
        std::memcpy(al->bytes.data(), a->bytes.data(), std::min<size_t>(a->bytes.size(), a->size));
        for (uint64_t i = 0; i < a->size; ++i) al->init.set(i, 1, i < a->init.size() ? a->init[i] != 0 : true);
    }
    for (const mir::Relocation& r : a->relocations) {
        std::string_view t = m_p.interner.str(r.target);
        // `alloc12`, `alloc12+0x8`, `alloc3<imm>`
        uint32_t target = 0;
        size_t i = 5;
        while (i < t.size() && t[i] >= '0' && t[i] <= '9') target = target * 10 + (t[i++] - '0');
        uint64_t off = 0;
        size_t plus = t.find('+');
        if (plus != std::string_view::npos) off = std::stoull(std::string(t.substr(plus + 1)), nullptr, 16);
        Pointer p = body_allocation(b, target);
        m_mem.write_ptr({base.addr + r.offset, base.prov}, {p.addr + off, p.prov}, 1);
    }
    return base;
}

void Machine::materialize_const(InstanceBody& b, uint32_t node, const PlaceRef& dest) {
    const mir::ConstNode& c = b.mir->consts[node];
    const mir::Interner& in = m_p.interner;
    switch (c.kind) {
    case mir::ConstKind::Int:
        write_scalar(dest, {parse_int_literal(in.str(c.sym)), memory::kNoAlloc});
        return;
    case mir::ConstKind::Float:
        write_scalar(dest, {parse_float_literal(in.str(c.sym), dest.ty), memory::kNoAlloc});
        return;
    case mir::ConstKind::Bool: m_mem.write_int(dest.ptr, in.str(c.sym) == "true", 1, 1); return;
    case mir::ConstKind::Char: {
        std::string_view t = in.str(c.sym);
        m_mem.write_int(dest.ptr, decode_utf8(unescape(t.substr(1, t.size() - 2))), 4, 1);
        return;
    }
    case mir::ConstKind::Unit: return;
    case mir::ConstKind::Str: {
        std::string_view t = in.str(c.sym);
        std::string bytes = unescape(t.substr(1, t.size() - 2));
        Pointer p = global_bytes(*this, m_string_literals, bytes);
        write_wide(dest, p, bytes.size(), memory::kNoAlloc);
        return;
    }
    case mir::ConstKind::ByteStr: {
        std::string_view t = in.str(c.sym);
        std::string bytes = unescape(t.substr(2, t.size() - 3));
        if (c.flags & 1) {
            if (!bytes.empty()) m_mem.write_bytes(dest.ptr, bytes.data(), bytes.size(), 1);
        } else {
            write_pointer(dest, global_bytes(*this, m_string_literals, bytes));
        }
        return;
    }
    case mir::ConstKind::Uninit: m_mem.write_uninit(dest.ptr, dest.layout->size); return;
    case mir::ConstKind::Typed: {
        std::string_view v = in.str(c.sym);
        if (v.starts_with("alloc")) {
            uint32_t id = 0;
            for (size_t i = 5; i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i) id = id * 10 + (v[i] - '0');
            Pointer p = body_allocation(b, id);
            if (dest.layout->size == 2 * m_ptr_size) throw_unsupported("wide pointer constant " + std::string(v));
            write_pointer(dest, p);
            return;
        }
        if (v.starts_with("0x")) {
            write_scalar(dest, {parse_int_literal(v), memory::kNoAlloc});
            return;
        }
        throw_unsupported("constant `{" + std::string(v) + "}`");
    }
    case mir::ConstKind::Raw: {
        std::string_view v = in.str(c.sym);
        if (v.starts_with("ZeroSized")) return;
        if (v.starts_with("Slice { alloc_id: alloc")) {
            uint32_t id = 0;
            size_t i = 23;
            for (; i < v.size() && v[i] >= '0' && v[i] <= '9'; ++i) id = id * 10 + (v[i] - '0');
            size_t mp = v.find("meta: ");
            uint64_t meta = std::stoull(std::string(v.substr(mp + 6)));
            write_wide(dest, body_allocation(b, id), meta, memory::kNoAlloc);
            return;
        }
        if (v.starts_with("<static(DefId(")) {
            write_pointer(dest, static_place(static_of_def_id(v), {}).ptr);
            return;
        }
        throw_unsupported("constant `" + std::string(v) + "`");
    }
    case mir::ConstKind::Tuple:
    case mir::ConstKind::Array: {
        for (uint32_t i = 0; i < c.children.count; ++i) {
            uint32_t kid = b.mir->const_children[c.children.begin + i];
            PlaceRef fp = field(dest, i);
            materialize_const(b, kid, fp);
        }
        return;
    }
    case mir::ConstKind::AdtTuple:
    case mir::ConstKind::AdtStruct: {
        if (dest.ty->kind != Kind::Adt) throw_internal("ADT constant of type " + ty_name(dest.ty));
        const ty::AdtInfo& adt = m_p.lowerer->adt(dest.ty->def);
        uint32_t variant = 0;
        if (adt.kind == items::ItemKind::Enum) {
            auto kids = in.children(c.ty);
            mir::Sym name = kids.empty() ? 0 : in.ty(kids.back()).sym;
            for (uint32_t v = 0; v < adt.variants.size(); ++v)
                if (adt.variants[v].name == name) variant = v;
        }
        PlaceRef vp = dest;
        if (adt.kind == items::ItemKind::Enum) vp.variant = variant;
        const auto& fields = adt.variants[variant].fields;
        for (uint32_t i = 0; i < c.children.count; ++i) {
            uint32_t kid = b.mir->const_children[c.children.begin + i];
            uint32_t fi = i;
            if (c.kind == mir::ConstKind::AdtStruct) {
                const mir::ConstNode& fnode = b.mir->consts[kid];
                for (uint32_t k = 0; k < fields.size(); ++k)
                    if (m_p.db.item(fields[k]).name == fnode.sym) fi = k;
                kid = b.mir->const_children[fnode.children.begin];
            }
            materialize_const(b, kid, field(vp, fi));
        }
        if (adt.kind == items::ItemKind::Enum) write_discriminant(dest, variant);
        return;
    }
    case mir::ConstKind::Field: throw_internal("stray field constant");
    case mir::ConstKind::Path: {
        if (dest.layout->size == 0 && (c.flags & mir::kBareConst)) return;
        ty::IntTy int_ty;
        bool is_max;
        if (int_extreme_literal(in, c, int_ty, is_max)) {
            uint32_t bits = ty::int_size(int_ty, m_ptr_size) * 8;
            u128 all = bits >= 128 ? ~u128(0) : (u128(1) << bits) - 1;
            u128 v = ty::is_signed(int_ty) ? (is_max ? all >> 1 : (u128(1) << (bits - 1))) : all;
            write_scalar(dest, {v, memory::kNoAlloc});
            return;
        }
        auto kids = in.children(c.ty);
        std::string_view last = kids.empty() ? std::string_view() : in.str(in.ty(kids.back()).sym);
        if (last.starts_with("promoted[")) {
            uint32_t n = static_cast<uint32_t>(std::stoul(std::string(last.substr(9))));
            PlaceRef v = eval_const_item(b.item, b.args, n);
            copy_place(dest, v);
            return;
        }
        auto ref = m_p.solver->lower_fn_path(c.ty, b.crate, b.item);
        if (!ref) {
            // An inline `const { .. }` block: its anonymous const, in the generic scope we are in.
            items::ItemId anon = item_by_body_name(b.crate, c.ty);
            if (anon != items::kNone && m_p.db.item(anon).kind == items::ItemKind::AnonConst) {
                size_t n = m_p.lowerer->generics_of(anon).size();
                std::vector<Ty> args(b.args.begin(), b.args.begin() + static_cast<long>(std::min(n, b.args.size())));
                copy_place(dest, eval_const_item(anon, args, mir::kNone));
                return;
            }
            if (auto nested = resolve_nested_path(b, c.ty, node)) {
                if (m_p.db.item(nested->first).kind == items::ItemKind::Static)
                    copy_place(dest, static_place(nested->first, {}));
                else
                    copy_place(dest, eval_const_item(nested->first, nested->second, mir::kNone));
                return;
            }
            if (InstanceBody* anon_body = unlinked_anon_const(b, c.ty)) {
                std::string key = "body " + std::to_string(anon_body->body_index);
                for (Ty a : anon_body->args) key += "," + std::to_string(reinterpret_cast<uintptr_t>(a));
                copy_place(dest, eval_const_body(anon_body, key));
                return;
            }
        }
        if (!ref) {
            // A const generic parameter.
            if (kids.size() == 1) {
                mir::Sym name = in.ty(kids[0]).sym;
                const auto& gens = m_p.lowerer->generics_of(b.item);
                for (size_t i = 0; i < gens.size() && i < b.args.size(); ++i)
                    if (gens[i].name == name && b.args[i]->kind == Kind::Const) {
                        write_scalar(dest, {b.args[i]->value, memory::kNoAlloc});
                        return;
                    }
            }
            throw_internal("constant `" + mir::type_to_string(in, c.ty) + "` not found");
        }
        std::vector<Ty> args;
        for (Ty a : ref->args) args.push_back(m_p.solver->normalize(m_p.cx->subst(a, b.args)));
        const items::Item& it = m_p.db.item(ref->def);
        switch (it.kind) {
        case items::ItemKind::Function: return; // a fn item: zero-sized
        case items::ItemKind::Variant: {
            const ty::AdtInfo& adt = m_p.lowerer->adt(it.parent);
            for (uint32_t v = 0; v < adt.variants.size(); ++v)
                if (adt.variants[v].item == ref->def) write_discriminant(dest, v);
            return;
        }
        case items::ItemKind::Struct: return;
        case items::ItemKind::Const:
        case items::ItemKind::AssocConst: {
            items::ItemId def = ref->def;
            // A const inside a fn body: one of several of that name, maybe (a macro's
            // `const X` in each expansion): told apart by where this use is.
            if (it.kind == items::ItemKind::Const && (it.flags & items::kLocal))
                if (auto nested = resolve_nested_path(b, c.ty, node)) def = nested->first;
            if (it.kind == items::ItemKind::AssocConst) {
                auto inst = m_p.solver->resolve(def, args);
                if (!inst) throw_internal("cannot resolve `" + mir::type_to_string(in, c.ty) + "`");
                def = inst->def;
                args = inst->args;
            }
            PlaceRef v = eval_const_item(def, args, mir::kNone);
            copy_place(dest, v);
            return;
        }
        case items::ItemKind::Static: {
            PlaceRef v = static_place(ref->def, {});
            copy_place(dest, v);
            return;
        }
        default: throw_unsupported("constant `" + mir::type_to_string(in, c.ty) + "`");
        }
    }
    }
}

// A pointer to a static printed by its DefId: `<static(DefId(0:53559 ~ core[a321]::unicode::
// unicode_data::alphabetic::OFFSETS))>`: the def path from its crate's root.
items::ItemId Machine::static_of_def_id(std::string_view text) {
    size_t tilde = text.find(" ~ ");
    size_t bracket = text.find('[', tilde);
    size_t path_start = text.find("]::", bracket);
    size_t close = text.find(')', path_start);
    if (tilde == std::string_view::npos || bracket == std::string_view::npos || path_start == std::string_view::npos ||
        close == std::string_view::npos)
        throw_unsupported("constant `" + std::string(text) + "`");
    std::string_view crate_name = text.substr(tilde + 3, bracket - tilde - 3);
    std::string_view path = text.substr(path_start + 3, close - path_start - 3);
    std::vector<mir::Sym> segs;
    for (size_t start = 0;;) {
        size_t end = path.find("::", start);
        segs.push_back(m_p.interner.intern(path.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start)));
        if (end == std::string_view::npos) break;
        start = end + 2;
    }
    items::CrateId crate = m_p.db.crate_named(crate_name);
    items::ItemId item = crate == items::kNone ? items::kNone : m_p.resolver->resolve_in_crate(crate, segs, items::Namespace::Value);
    if (item == items::kNone || m_p.db.item(item).kind != items::ItemKind::Static)
        throw_unsupported("constant `" + std::string(text) + "`: static not found");
    return item;
}

// The item whose body prints its name as `path` in `crate` (anonymous consts, which paths
// cannot name otherwise).
// Paths to anonymous consts carry the generic args of the enclosing fn (`f::<T>::{constant#0}`),
// body names do not: both are compared without generic args.
static std::string without_generic_args(std::string_view text) {
    std::string out;
    int depth = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (c == '<' && depth == 0 && i >= 2 && text.substr(i - 2, 2) == "::") {
            out.resize(out.size() - 2);
            depth = 1;
            continue;
        }
        if (depth) {
            if (c == '<') ++depth;
            else if (c == '>' && text[i - 1] != '-') --depth;
            continue;
        }
        out += c;
    }
    return out;
}

// An anonymous const the join left without an item (one inside an impl inside a fn body):
// its body, found by name under its parent's body, lowered in the parent's instance (an
// anonymous const shares its parent's generics). nullptr when `path` is not such a const.
InstanceBody* Machine::unlinked_anon_const(InstanceBody& b, mir::TyId path) {
    mir::Interner& in = m_p.interner;
    const mir::TyNode node = in.ty(path);
    if (node.kind != mir::TyKind::Path && node.kind != mir::TyKind::QPath) return nullptr;
    std::vector<mir::TyId> kids(in.children(path).begin(), in.children(path).end());
    if (kids.size() < (node.kind == mir::TyKind::QPath ? 4u : 2u)) return nullptr;
    std::string name(in.str(in.ty(kids.back()).sym));
    if (!name.starts_with("{constant#")) return nullptr;
    std::vector<mir::TyId> prefix(kids.begin(), kids.end() - 1);
    mir::TyId parent_path = in.intern_ty(node.kind, node.flags, node.sym, prefix);
    items::ItemId parent = items::kNone;
    std::vector<Ty> args;
    if (auto ref = m_p.solver->lower_fn_path(parent_path, b.crate, b.item)) {
        parent = ref->def;
        for (Ty a : ref->args) args.push_back(m_p.solver->normalize(m_p.cx->subst(a, b.args)));
        if (auto inst = m_p.solver->resolve(parent, args); inst && inst->kind == ty::InstanceKind::Item) {
            parent = inst->def;
            args = inst->args;
        }
    } else if (auto nested = resolve_nested_path(b, parent_path)) {
        parent = nested->first;
        args = nested->second;
    }
    if (parent == items::kNone) return nullptr;
    uint32_t pb = body_of(ty::Instance{ty::InstanceKind::Item, parent, args, 0});
    if (pb == mir::kNone) return nullptr;
    body_by_name(b.crate, path); // builds the index of anonymous const bodies
    std::string text = without_generic_args(mir::type_to_string(in, m_p.bodies[pb].name)) + "::" + name;
    for (const LoadedCrate& lc : m_p.crates) {
        if (pb < lc.first_body || pb >= lc.first_body + lc.body_count) continue;
        auto it = m_body_names.find(std::to_string(lc.id) + ":" + text);
        if (it == m_body_names.end()) return nullptr;
        return lower_body(ty::Instance{ty::InstanceKind::Item, parent, args, 0}, it->second);
    }
    return nullptr;
}

// Bodies by printed name ("crate:path" without generic args): anon consts and statics. Statics
// nest in closures (`K::{constant#0}::{closure#1}::VAL`, what thread_local! expands to), where
// the item table has one item for alike-named statics of sibling closures: the body tells them
// apart.
uint32_t Machine::body_by_name(items::CrateId crate, mir::TyId path) {
    if (m_body_names.empty()) {
        for (const LoadedCrate& lc : m_p.crates)
            for (uint32_t i = lc.first_body; i < lc.first_body + lc.body_count; ++i) {
                const mir::Body& mb = m_p.bodies[i];
                if (mb.promoted != mir::kNone) continue;
                if (mb.kind != mir::BodyKind::AnonConst && mb.kind != mir::BodyKind::Static &&
                    mb.kind != mir::BodyKind::StaticMut)
                    continue;
                m_body_names.emplace(std::to_string(lc.id) + ":" +
                                         without_generic_args(mir::type_to_string(m_p.interner, mb.name)), i);
            }
    }
    auto it = m_body_names.find(std::to_string(crate) + ":" +
                                without_generic_args(mir::type_to_string(m_p.interner, path)));
    return it == m_body_names.end() ? mir::kNone : it->second;
}

items::ItemId Machine::item_by_body_name(items::CrateId crate, mir::TyId path) {
    uint32_t body = body_by_name(crate, path);
    if (body == mir::kNone || m_p.bodies[body].kind != mir::BodyKind::AnonConst) return items::kNone;
    return m_p.item_of_body(body);
}

uint32_t Machine::promoted_body(items::ItemId item, uint32_t promoted) {
    if (m_promoted_bodies.empty()) {
        for (uint32_t i = 0; i < m_p.db.body_links.size(); ++i) {
            const items::BodyLink& l = m_p.db.body_links[i];
            if (l.item != items::kNone && l.promoted != mir::kNone)
                m_promoted_bodies[uint64_t(l.item) << 32 | l.promoted] = i;
        }
    }
    auto it = m_promoted_bodies.find(uint64_t(item) << 32 | promoted);
    return it == m_promoted_bodies.end() ? mir::kNone : it->second;
}

// Runs a const's (or promoted's, or static's) body to completion into a fresh global
// allocation: rustc's CTFE, done by the same machine.
PlaceRef Machine::eval_const_item(items::ItemId item, const std::vector<Ty>& args, uint32_t promoted) {
    std::string key = std::to_string(item) + "/" + std::to_string(promoted);
    for (Ty a : args) key += "," + std::to_string(reinterpret_cast<uintptr_t>(a));
    auto it = m_consts.find(key);
    if (it != m_consts.end()) return it->second;
    const items::Item& ci = m_p.db.item(item);
    if (promoted == mir::kNone && ci.body == mir::kNone && ci.text && ci.ty &&
        (ci.kind == items::ItemKind::Const || ci.kind == items::ItemKind::AssocConst)) {
        // No body joined to it (the consts of one macro's impls print alike): rustdoc's value.
        Ty t = m_p.solver->normalize(m_p.cx->subst(m_p.lowerer->lower_item_ty(ci.ty, item), args));
        if (t->kind == Kind::Int || t->kind == Kind::Bool)
            if (auto v = eval_written_int(m_p.interner.str(ci.text), item)) {
                const Layout* l = layout_of(t);
                AllocId id = m_mem.allocate(l->size, l->align, memory::AllocKind::Global);
                PlaceRef dest{m_mem.base_ptr(id), t, l};
                write_scalar(dest, {*v, memory::kNoAlloc});
                m_consts.emplace(key, dest);
                return dest;
            }
    }
    ty::Instance inst{ty::InstanceKind::Item, item, args, 0};
    InstanceBody* b;
    if (promoted != mir::kNone) {
        uint32_t body = promoted_body(item, promoted);
        if (body == mir::kNone) throw_internal("promoted[" + std::to_string(promoted) + "] of item " + std::to_string(item) + " not found");
        b = lower_body(inst, body);
    } else {
        b = lower(inst);
    }
    return eval_const_body(b, key);
}

// Runs a const body into a fresh global allocation, cached under `key`.
PlaceRef Machine::eval_const_body(InstanceBody* b, const std::string& key) {
    auto cached = m_consts.find(key);
    if (cached != m_consts.end()) return cached->second;
    Ty t = b->local_tys[0];
    const Layout* l = b->local_layouts[0];
    AllocId id = m_mem.allocate(l->size, l->align, memory::AllocKind::Global);
    PlaceRef dest{m_mem.base_ptr(id), t, l};
    m_consts.emplace(key, dest);
    run_nested(b, dest);
    return dest;
}

PlaceRef Machine::static_place(items::ItemId item, const std::vector<Ty>& args) {
    std::string key = "static " + std::to_string(item);
    auto it = m_consts.find(key);
    if (it != m_consts.end()) return it->second;
    ty::Instance inst{ty::InstanceKind::Item, item, args, 0};
    const items::Item& st = m_p.db.item(item);
    if (st.body == mir::kNone) {
        PlaceRef p = extern_static(item);
        m_consts.emplace(key, p);
        return p;
    }
    InstanceBody* b = lower(inst);
    Ty t = b->local_tys[0];
    const Layout* l = b->local_layouts[0];
    AllocId id = m_mem.allocate(l->size, l->align, memory::AllocKind::Static);
    PlaceRef dest{m_mem.base_ptr(id), t, l};
    m_consts.emplace(key, dest);
    run_nested(b, dest);
    // rustc interns a `static` without `mut` and without interior mutability read-only.
    if (!(st.flags & items::kMutable) && is_freeze(t)) m_mem.get(id)->mutable_ = false;
    return dest;
}

// No UnsafeCell inside the value itself (behind pointers does not count): rustc's Freeze.
bool Machine::is_freeze(Ty t, int depth) {
    if (depth > 32) return false;
    switch (t->kind) {
    case Kind::Array: return is_freeze(t->arg(0), depth + 1);
    case Kind::Tuple:
        for (Ty e : t->arg_span())
            if (!is_freeze(e, depth + 1)) return false;
        return true;
    case Kind::Adt: {
        if (t->def == lang_item("UnsafeCell")) return false;
        const ty::AdtInfo& adt = m_p.lowerer->adt(t->def);
        for (uint32_t v = 0; v < adt.variants.size(); ++v)
            for (uint32_t i = 0; i < adt.variants[v].fields.size(); ++i)
                if (!is_freeze(m_p.solver->normalize(m_p.lowerer->field_ty(t, v, i)), depth + 1)) return false;
        return true;
    }
    case Kind::Bool: case Kind::Char: case Kind::Int: case Kind::Float: case Kind::Ref: case Kind::RawPtr:
    case Kind::FnPtr: case Kind::Str: case Kind::Never:
        return true;
    default: return false; // anything else: assume mutable (no false "read-only" reports)
    }
}

// A const path written in an item's type (an array length `Group::WIDTH`), resolved where the
// item is written and evaluated; nullptr for other expressions and generic consts.
Ty Machine::eval_written_const(std::string_view expr, items::ItemId owner, Ty type) {
    if (owner == items::kNone || type->kind != Kind::Int) return nullptr;
    auto v = eval_written_int(expr, owner);
    return v ? m_p.cx->mk_const(type, *v) : nullptr;
}

// An integer expression as rustdoc prints it (`8`, `i64::BITS`, `Group::WIDTH`): a literal, or
// a path to an integer const resolved from `scope` and evaluated.
std::optional<u128> Machine::eval_written_int(std::string_view expr, items::ItemId scope) {
    u128 literal = parse_int_literal(expr);
    if (!expr.empty() && ((expr[0] >= '0' && expr[0] <= '9') || expr[0] == '-')) {
        std::string_view digits = expr[0] == '-' ? expr.substr(1) : expr;
        for (char ch : digits)
            if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_') return std::nullopt;
        return literal;
    }
    std::vector<mir::Sym> segs;
    for (size_t start = 0; start <= expr.size();) {
        size_t end = expr.find("::", start);
        std::string_view seg = expr.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start);
        if (seg.empty() || !(std::isalpha(static_cast<unsigned char>(seg[0])) || seg[0] == '_')) return std::nullopt;
        for (char ch : seg)
            if (!std::isalnum(static_cast<unsigned char>(ch)) && ch != '_') return std::nullopt;
        segs.push_back(m_p.interner.intern(seg));
        if (end == std::string_view::npos) break;
        start = end + 2;
    }
    items::ItemId item = m_p.resolver->resolve_written(scope, segs, items::Namespace::Value);
    if (item == items::kNone) return std::nullopt;
    const items::Item& it = m_p.db.item(item);
    if ((it.kind != items::ItemKind::Const && it.kind != items::ItemKind::AssocConst) ||
        !m_p.lowerer->generics_of(item).empty())
        return std::nullopt;
    if (it.body == mir::kNone && it.text && ++m_written_depth < 16) {
        auto v = eval_written_int(m_p.interner.str(it.text), item);
        --m_written_depth;
        return v;
    }
    PlaceRef v = eval_const_item(item, {}, mir::kNone);
    if (v.ty->kind != Kind::Int) return std::nullopt;
    return read_scalar(v).bits;
}

// A #[thread_local] static of the running thread, initialised on its first use in the thread.
PlaceRef Machine::tls_place(items::ItemId item, uint32_t body) {
    auto& statics = current_thread().tls_statics;
    auto it = statics.find(body);
    if (it != statics.end()) return it->second;
    ty::Instance inst{ty::InstanceKind::Item, item, {}, 0};
    InstanceBody* b = lower_body(inst, body);
    Ty t = b->local_tys[0];
    const Layout* l = b->local_layouts[0];
    AllocId id = m_mem.allocate(l->size, l->align, memory::AllocKind::Tls);
    PlaceRef dest{m_mem.base_ptr(id), t, l};
    statics.emplace(body, dest);
    run_nested(b, dest);
    return dest;
}

} // namespace mirage::engine
