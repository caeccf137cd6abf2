// Validity of values at typed copies (see validity.h). A port of the parts of rustc's
// interpret/validity.rs that Miri uses at runtime without recursive validation; messages are
// rustc's, word for word.
#include "checks/validity.h"

#include "checks/display.h"

#include "engine/machine.h"
#include "mir/printer.h"

#include <cstdio>

namespace mirage::checks {

using engine::PlaceRef;
using memory::Pointer;
using ty::Kind;
using ty::Layout;
using ty::Ty;

static u128 int_max(uint64_t size) { return size >= 16 ? ~u128(0) : (u128(1) << (size * 8)) - 1; }

static std::string hex_addr(uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

// A type as rustc's diagnostics print it: trimmed paths, default generic args left out
// (`Box<i32>`), `fn()` without `-> ()`.
std::string Validity::type_name(Ty t) {
    auto list = [&](std::span<const ty::TyS* const> args) {
        std::string out;
        for (size_t i = 0; i < args.size(); ++i) out += (i ? ", " : "") + type_name(args[i]);
        return out;
    };
    switch (t->kind) {
    case Kind::Tuple: return "(" + list(t->arg_span()) + (t->nargs == 1 ? ",)" : ")");
    case Kind::Array: return "[" + type_name(t->arg(0)) + "; " + m_m.ty_name(t->arg(1)) + "]";
    case Kind::Slice: return "[" + type_name(t->arg(0)) + "]";
    case Kind::Ref: return std::string(t->flags & ty::kMutable ? "&mut " : "&") + type_name(t->arg(0));
    case Kind::RawPtr: return std::string(t->flags & ty::kMutable ? "*mut " : "*const ") + type_name(t->arg(0));
    case Kind::FnPtr: {
        std::string out = t->flags & ty::kUnsafeFn ? "unsafe " : "";
        std::string_view abi = t->sym ? m_m.program().interner.str(t->sym) : std::string_view();
        if (!abi.empty() && abi != "Rust") out += "extern \"" + std::string(abi) + "\" ";
        out += "fn(" + list(t->arg_span().subspan(1)) + ")";
        Ty ret = t->arg(0);
        if (!(ret->kind == Kind::Tuple && ret->nargs == 0)) out += " -> " + type_name(ret);
        return out;
    }
    case Kind::Dynamic: {
        std::string out = "dyn ";
        for (uint32_t i = 0; i < t->nargs; ++i) {
            Ty a = t->arg(i);
            out += i ? " + " : "";
            out += a->kind == Kind::TraitRef ? type_name_of_item(a) : m_m.ty_name(a);
        }
        return out;
    }
    case Kind::Adt: return type_name_of_item(t);
    default: return m_m.ty_name(t);
    }
}

// An item with its generic args, the trailing ones equal to their declared defaults left out
// (compared by the default's last path segment).
std::string Validity::type_name_of_item(Ty t) {
    engine::Machine& m = m_m;
    std::string out(m.program().interner.str(m.program().db.item(t->def).name));
    uint32_t n = t->nargs;
    const auto& generics = m.program().lowerer->generics_of(t->def);
    if (generics.size() == n) {
        while (n > 0) {
            const ty::GenericParamInfo& g = generics[n - 1];
            if (!g.decl || !g.decl->default_ty) break;
            Ty a = t->arg(n - 1);
            if (a->kind != Kind::Adt || a->nargs) break;
            const mir::TyNode& dn = m.program().interner.ty(g.decl->default_ty);
            if (dn.kind == mir::TyKind::Resolved) { // rustdoc's: the item itself
                if (dn.sym != a->def) break;
            } else {
                std::string def = mir::type_to_string(m.program().interner, g.decl->default_ty);
                size_t sep = def.rfind("::");
                if (sep != std::string::npos) def = def.substr(sep + 2);
                if (def != std::string(m.program().interner.str(m.program().db.item(a->def).name))) break;
            }
            --n;
        }
    }
    if (n == 0) return out;
    out += "<";
    for (uint32_t i = 0; i < n; ++i) out += (i ? ", " : "") + type_name(t->arg(i));
    return out + ">";
}

// One validation: the original type and the path to the part being checked.
struct Validity::Walk {
    Validity& v;
    engine::Machine& m;
    Ty orig;
    // The path to the part being checked, rendered only when it fails (`.field`, `[i]`,
    // `.<enum-tag>`, `.<enum-variant(V)>`).
    enum class Step : uint8_t { Field, Elem, Tag, Variant };
    struct PathElem {
        Step step;
        uint32_t variant;
        uint64_t index;
        Ty base;
    };
    std::vector<PathElem> path;
    bool may_dangle = false;

    std::string render_path() {
        std::string out;
        for (const PathElem& e : path) {
            switch (e.step) {
            case Step::Field: out += "." + field_name(e.base, e.variant, static_cast<uint32_t>(e.index)); break;
            case Step::Elem: out += "[" + std::to_string(e.index) + "]"; break;
            case Step::Tag: out += ".<enum-tag>"; break;
            case Step::Variant: {
                const ty::AdtInfo& adt = m.program().lowerer->adt(e.base->def);
                out += ".<enum-variant(" + std::string(m.program().interner.str(adt.variants[e.variant].name)) + ")>";
                break;
            }
            }
        }
        return out;
    }

    [[noreturn]] void fail(const std::string& msg) {
        std::string at = render_path();
        diag::throw_ub("constructing invalid value of type " + v.type_name(orig) + ": " +
                       (at.empty() ? msg : "at " + at + ", " + msg));
    }

    memory::Memory& mem() { return m.mem(); }

    // The bytes of a value read as an integer; uninitialised bytes fail with `expected`.
    u128 read(const PlaceRef& p, uint64_t off, uint64_t size, const char* expected, memory::AllocId* prov = nullptr) {
        if (size == 0) return 0;
        bool init = true;
        u128 bits = mem().read_int({p.ptr.addr + off, p.ptr.prov}, static_cast<uint32_t>(size), 1, prov, true, &init);
        if (!init) fail(std::string("encountered uninitialized memory, but ") + expected);
        return bits;
    }

    // Every byte of [p+off, p+off+len) initialised, else fails at element (bad - off) / elem.
    void require_init_elems(const PlaceRef& p, uint64_t len, uint64_t elem, const char* expected) {
        if (len == 0) return;
        uint64_t bad = mem().first_uninit(p.ptr, len);
        if (bad == UINT64_MAX) return;
        if (elem) path.push_back({Step::Elem, 0, bad / elem, nullptr});
        fail(std::string("encountered uninitialized memory, but ") + expected);
    }

    std::string field_name(Ty t, uint32_t variant, uint32_t i) {
        if (t->kind == Kind::Adt) {
            const ty::AdtInfo& adt = m.program().lowerer->adt(t->def);
            if (variant < adt.variants.size() && i < adt.variants[variant].fields.size())
                return std::string(m.program().interner.str(m.program().db.item(adt.variants[variant].fields[i]).name));
        }
        if (t->kind == Kind::Closure) return "<captured-var(" + std::to_string(i) + ")>";
        return std::to_string(i);
    }

    void visit_field(const PlaceRef& base, uint32_t variant, uint32_t i, bool array) {
        PlaceRef f = m.field(base, i);
        path.push_back({array ? Step::Elem : Step::Field, variant, i, base.ty});
        visit(f);
        path.pop_back();
    }

    void check_vtable(uint64_t meta, memory::AllocId meta_prov, Ty dyn_ty) {
        Ty concrete = nullptr, principal = nullptr;
        if (!m.vtable_info(Pointer{meta, meta_prov}, &concrete, &principal)) {
            std::string ptr = mem().format_ptr(Pointer{meta, meta_prov});
            fail("encountered " + ptr + ", but expected a vtable pointer");
        }
        Ty expected = dyn_ty->nargs && dyn_ty->arg(0)->kind == Kind::TraitRef ? dyn_ty->arg(0) : nullptr;
        // The whole trait reference, generic args included (`Get<u8>` is not `Get<u16>`).
        if (expected && principal != expected) {
            auto trait_name = [&](Ty tr) { return tr ? v.type_name_of_item(tr) : std::string(); };
            fail("wrong trait in wide pointer vtable: expected `" + trait_name(expected) + "`, but encountered `" +
                 trait_name(principal) + "`");
        }
    }

    // The metadata of a wide pointer to `pointee` (its unsized tail decides what it is).
    void check_meta(const PlaceRef& target) {
        Ty tail = target.ty;
        for (;;) {
            if (tail->kind == Kind::Adt) {
                const Layout* l = m.layout_of(tail);
                uint32_t n = l->field_count();
                if (n == 0) return;
                tail = m.program().solver->normalize(m.program().lowerer->field_ty(tail, 0, n - 1));
            } else if (tail->kind == Kind::Tuple && tail->nargs) {
                tail = tail->arg(tail->nargs - 1);
            } else {
                break;
            }
        }
        if (tail->kind == Kind::Dynamic) check_vtable(target.meta, target.meta_prov, tail);
    }

    // A reference or Box: rustc's check_safe_pointer.
    void check_safe_pointer(const PlaceRef& ptr_place, Ty pointee, const char* kind) {
        const Layout* pl = ptr_place.layout;
        read(ptr_place, 0, pl->size, kind[0] == 'b' ? "expected a box" : "expected a reference");
        PlaceRef target = m.deref(ptr_place, pointee);
        if (target.has_meta) check_meta(target);
        uint64_t size, align;
        if (target.has_meta && (pointee->kind == Kind::Slice || pointee->kind == Kind::Str)) {
            uint64_t elem = pointee->kind == Kind::Str ? 1 : m.layout_of(pointee->arg(0))->size;
            u128 total = u128(target.meta) * elem;
            if (total > (u128(1) << (m.ptr_size() * 8 - 1)) - 1)
                fail(std::string("encountered invalid ") + kind + " metadata: slice is bigger than largest supported object");
        }
        std::tie(size, align) = m.size_and_align(target);
        if (!may_dangle) {
            using memory::PtrProblem;
            switch (mem().probe(target.ptr, size)) {
            case PtrProblem::None: break;
            case PtrProblem::Null: fail(std::string("encountered a null ") + kind);
            case PtrProblem::NoProvenance:
                fail(std::string("encountered a dangling ") + kind + " (" + hex_addr(target.ptr.addr) +
                     "[noalloc] has no provenance)");
            case PtrProblem::OutOfBounds:
                fail(std::string("encountered a dangling ") + kind + " (going beyond the bounds of its allocation)");
            case PtrProblem::Freed: fail(std::string("encountered a dangling ") + kind + " (use-after-free)");
            }
        }
        if (m.options().check_alignment && align > 1 && (target.ptr.addr & (align - 1)))
            fail(std::string("encountered an unaligned ") + kind + " (required " + std::to_string(align) +
                 " byte alignment but found " + std::to_string(target.ptr.addr & (~target.ptr.addr + 1)) + ")");
        if (target.ptr.addr == 0) fail(std::string("encountered a null ") + kind);
        if (target.layout->uninhabited)
            fail(std::string("encountered a ") + kind + " pointing to uninhabited type " + v.type_name(pointee));
    }

    // A value at its type; `p.ty`/`p.layout` say which.
    void visit(const PlaceRef& p) {
        Ty t = p.ty;
        const Layout* l = p.layout;
        if (!v.cached(t).constrained) {
            // Only initialisation to check: fast when every byte is initialised.
            uint64_t size = p.has_meta ? m.size_and_align(p).first : l->size;
            if (size == 0 || mem().first_uninit(p.ptr, size) == UINT64_MAX) return;
        }
        switch (t->kind) {
        case Kind::Bool: {
            u128 b = read(p, 0, 1, "expected a boolean");
            if (b > 1) fail("encountered " + scalar_hex(b, 1) + ", but expected a boolean");
            return;
        }
        case Kind::Char: {
            u128 c = read(p, 0, 4, "expected a unicode scalar value");
            if (c > 0x10FFFF || (c >= 0xD800 && c <= 0xDFFF))
                fail("encountered " + scalar_hex(c, 4) +
                     ", but expected a valid unicode scalar value (in `0..=0x10FFFF` but not in `0xD800..=0xDFFF`)");
            return;
        }
        case Kind::Int:
        case Kind::Float:
            read(p, 0, l->size, t->kind == Kind::Int ? "expected an integer" : "expected a floating point number");
            return;
        case Kind::RawPtr: {
            read(p, 0, l->size, "expected a raw pointer");
            if (l->size == 2 * m.ptr_size()) {
                PlaceRef target = m.deref(p, t->arg(0));
                if (target.has_meta) check_meta(target);
            }
            return;
        }
        case Kind::Ref: check_safe_pointer(p, t->arg(0), "reference"); return;
        case Kind::FnPtr: {
            u128 f = read(p, 0, l->size, "expected a function pointer");
            if (f == 0) fail("encountered a null function pointer");
            return;
        }
        case Kind::Never: fail("encountered a value of the never type `!`");
        case Kind::Foreign:
        case Kind::FnDef:
        case Kind::Coroutine: // its state machine is the engine's own
            return;
        case Kind::Str: require_init_elems(p, p.meta, 0, "expected a string"); return;
        case Kind::Array:
        case Kind::Slice: {
            Ty elem = t->arg(0);
            const Layout* el = m.layout_of(elem);
            uint64_t len = t->kind == Kind::Array ? static_cast<uint64_t>(t->arg(1)->value) : p.meta;
            if (elem->kind == Kind::Int || elem->kind == Kind::Float) {
                require_init_elems(p, len * el->size, el->size,
                                   elem->kind == Kind::Int ? "expected an integer" : "expected a floating point number");
                return;
            }
            if (el->is_zst()) {
                if (len > 0) visit_field(p, 0, 0, true);
                return;
            }
            for (uint64_t i = 0; i < len; ++i) visit_field(p, 0, static_cast<uint32_t>(i), true);
            break;
        }
        case Kind::Adt: {
            if (t->def == v.m_box) {
                // Box<T, A>: Unique<T> -> NonNull<T> -> *const T, then the allocator.
                PlaceRef raw = m.field(m.field(m.field(p, 0), 0), 0);
                check_safe_pointer(raw, t->arg(0), "box");
                if (l->field_count() > 1) visit_field(p, 0, 1, false);
                break;
            }
            if (t->def == v.m_maybe_dangling) {
                bool old = may_dangle;
                may_dangle = true;
                visit(m.field(p, 0));
                may_dangle = old;
                break;
            }
            const ty::AdtInfo& adt = m.program().lowerer->adt(t->def);
            if (adt.kind == items::ItemKind::Union) break;
            if (l->variants == ty::VariantsKind::Multiple) {
                uint64_t off = l->field_offset(l->tag_field);
                path.push_back({Step::Tag, 0, 0, t});
                u128 tag = read(p, off, l->tag.size(), "expected an integer");
                auto variant = decode_tag(*l, tag, &adt);
                if (!variant) fail("encountered " + scalar_hex(tag, l->tag.size()) + ", but expected a valid enum tag");
                if (l->variant_layouts[*variant].uninhabited) fail("encountered an uninhabited enum variant");
                path.back() = {Step::Variant, *variant, 0, t};
                PlaceRef vp = p;
                vp.variant = *variant;
                const Layout& vl = l->variant_layouts[*variant];
                for (uint32_t i : vl.memory_order) visit_field(vp, *variant, i, false);
                path.pop_back();
                break;
            }
            uint32_t variant = l->variants == ty::VariantsKind::Single ? l->single_index : 0;
            PlaceRef vp = p;
            if (adt.kind == items::ItemKind::Enum) vp.variant = variant;
            if (l->variants == ty::VariantsKind::Single && l->fields == ty::FieldsKind::Arbitrary)
                for (uint32_t i : l->memory_order) visit_field(vp, variant, i, false);
            break;
        }
        case Kind::Tuple:
        case Kind::Closure:
            if (l->fields == ty::FieldsKind::Arbitrary)
                for (uint32_t i : l->memory_order) visit_field(p, 0, i, false);
            break;
        default: return;
        }
        // After the fields: what the layout says beyond them (uninhabited, valid ranges).
        if (l->uninhabited) fail("encountered a value of uninhabited type `" + v.type_name(t) + "`");
        if (l->backend_repr == ty::BackendReprKind::Scalar && !l->scalar_a.is_always_valid()) {
            u128 bits = read(p, 0, l->scalar_a.size(), "expected an integer");
            if (!l->scalar_a.valid_range.contains(bits))
                fail("encountered " + u128_decimal(bits) + ", but expected something " +
                     fmt_range(l->scalar_a.valid_range, int_max(l->scalar_a.size())));
        } else if (l->backend_repr == ty::BackendReprKind::ScalarPair && !l->scalar_a.is_union && !l->scalar_b.is_union) {
            uint64_t b_off = (l->scalar_a.size() + l->scalar_b.size() - 1) / l->scalar_b.size() * l->scalar_b.size();
            const ty::Scalar* ss[2] = {&l->scalar_a, &l->scalar_b};
            uint64_t offs[2] = {0, b_off};
            for (int k = 0; k < 2; ++k) {
                if (ss[k]->is_always_valid()) continue;
                u128 bits = read(p, offs[k], ss[k]->size(), "expected an integer");
                if (!ss[k]->valid_range.contains(bits))
                    fail("encountered " + u128_decimal(bits) + ", but expected something " +
                         fmt_range(ss[k]->valid_range, int_max(ss[k]->size())));
            }
        }
    }
};

Validity::Cached& Validity::cached(Ty t) {
    Cached& slot = m_fast[(reinterpret_cast<uintptr_t>(t) >> 4) & (m_fast.size() - 1)];
    if (slot.ty != t) {
        bool c = constrained(t);
        const Layout* l = m_m.layout_of(t);
        slot = {t, c, l->is_unsized() ? nullptr : &m_padding.data_bytes(t)};
    }
    return slot;
}

bool Validity::constrained(Ty t) {
    auto it = m_constrained.find(t);
    if (it != m_constrained.end()) return it->second;
    if (!m_items_known) {
        m_box = m_m.lang_item("OwnedBox");
        m_maybe_dangling = m_m.lang_item("MaybeDangling");
        m_items_known = true;
    }
    m_constrained[t] = true; // a type that contains itself (through a Box) is checked the slow way
    const Layout* l = m_m.layout_of(t);
    bool c = l->uninhabited;
    if (!c && l->backend_repr == ty::BackendReprKind::Scalar && !l->scalar_a.is_always_valid()) c = true;
    if (!c && l->backend_repr == ty::BackendReprKind::ScalarPair &&
        (!l->scalar_a.is_always_valid() || !l->scalar_b.is_always_valid()))
        c = true;
    if (!c) {
        switch (t->kind) {
        case Kind::Bool:
        case Kind::Char:
        case Kind::Ref:
        case Kind::FnPtr:
        case Kind::Never: c = true; break;
        case Kind::RawPtr: c = l->size == 2 * m_m.ptr_size(); break; // a vtable to check
        case Kind::Array:
            c = t->arg(1)->value != 0 && constrained(t->arg(0));
            break;
        case Kind::Tuple:
            for (Ty e : t->arg_span()) c = c || constrained(e);
            break;
        case Kind::Closure:
            for (uint32_t i = 0; i < l->field_count() && !c; ++i) {
                engine::PlaceRef base;
                base.ty = t;
                base.layout = l;
                c = constrained(m_m.field(base, i).ty);
            }
            break;
        case Kind::Adt: {
            if (t->def == m_box) {
                c = true;
                break;
            }
            const ty::AdtInfo& adt = m_m.program().lowerer->adt(t->def);
            if (adt.kind == items::ItemKind::Union) break;
            if (l->variants == ty::VariantsKind::Multiple) {
                c = true;
                break;
            }
            for (uint32_t v = 0; v < adt.variants.size() && !c; ++v)
                for (uint32_t i = 0; i < adt.variants[v].fields.size() && !c; ++i)
                    c = constrained(m_m.program().solver->normalize(m_m.program().lowerer->field_ty(t, v, i)));
            break;
        }
        default: break;
        }
    }
    m_constrained[t] = c;
    return c;
}

void Validity::validate(const PlaceRef& p) {
    if (!p.ty || !p.layout) return;
    const Cached& c = cached(p.ty);
    const DataBytes* data = p.has_meta ? nullptr : c.data;
    if (!c.constrained) {
        // Only initialisation to check: fast when every data byte is initialised.
        memory::Memory& mem = m_m.mem();
        bool init = true;
        if (data && data->kind == DataBytes::Kind::Fixed) {
            for (const auto& [b, e] : data->ranges)
                if (mem.first_uninit({p.ptr.addr + b, p.ptr.prov}, e - b) != UINT64_MAX) init = false;
        } else {
            uint64_t size = p.has_meta ? m_m.size_and_align(p).first : p.layout->size;
            init = size == 0 || mem.first_uninit(p.ptr, size) == UINT64_MAX;
        }
        if (init) {
            if (data) m_padding.reset(p, *data);
            return;
        }
    }
    Walk w{*this, m_m, p.ty, {}};
    w.visit(p);
    if (data) m_padding.reset(p, *data);
}

} // namespace mirage::checks
