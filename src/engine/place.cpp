// Places: locals, projections (deref, fields, indexing, downcasts), reading and writing
// scalars and pointers, sizes of unsized values.
#include "engine/machine.h"

#include "checks/validity.h"

namespace mirage::engine {

using diag::throw_internal;
using diag::throw_ub;
using diag::throw_unsupported;
using ty::Kind;

static Ty pointee_ty(ty::TyCtx& cx, Ty t, items::ItemId box_item) {
    if (t->kind == Kind::Ref || t->kind == Kind::RawPtr) return t->arg(0);
    if (t->kind == Kind::Adt && t->def == box_item) return t->arg(0);
    (void)cx;
    return nullptr;
}

std::pair<uint64_t, uint64_t> Machine::size_and_align_of(Ty t, uint64_t meta) {
    switch (t->kind) {
    case Kind::Str: return {meta, 1};
    case Kind::Slice: {
        const Layout* e = layout_of(t->arg(0));
        return {meta * e->size, e->align};
    }
    case Kind::Dynamic: {
        Pointer vt{meta, memory::kNoAlloc};
        // The vtable allocation is found by address (vtables are exposed when created).
        vt.prov = m_mem.find_exposed(meta);
        uint64_t size = static_cast<uint64_t>(m_mem.read_int({meta + m_ptr_size, vt.prov}, m_ptr_size, 1));
        uint64_t align = static_cast<uint64_t>(m_mem.read_int({meta + 2 * m_ptr_size, vt.prov}, m_ptr_size, 1));
        return {size, align};
    }
    default: break;
    }
    const Layout* l = layout_of(t);
    if (!l->is_unsized()) return {l->size, l->align};
    // A struct or tuple with an unsized last field.
    uint32_t n = l->field_count();
    if (n == 0) throw_internal("unsized type without fields: " + ty_name(t));
    Ty last;
    if (t->kind == Kind::Tuple) last = t->arg(n - 1);
    else last = m_p.lowerer->field_ty(t, 0, n - 1);
    auto [tsize, talign] = size_and_align_of(last, meta);
    uint64_t off = l->field_offset(n - 1);
    uint64_t align = std::max(l->align, talign);
    off = (off + talign - 1) & ~(talign - 1);
    uint64_t size = off + tsize;
    size = (size + align - 1) & ~(align - 1);
    return {size, align};
}

std::pair<uint64_t, uint64_t> Machine::size_and_align(const PlaceRef& p) {
    if (!p.has_meta) return {p.layout->size, p.layout->align};
    return size_and_align_of(p.ty, p.meta);
}

PlaceRef Machine::local_place(Frame& f, uint32_t local) {
    PlaceRef r;
    r.ptr = f.locals[local];
    if (r.ptr.prov == memory::kNoAlloc) throw_ub("accessing a dead local variable");
    r.ty = f.body->local_tys[local];
    r.layout = f.body->local_layouts[local];
    return r;
}

Pointer Machine::read_pointer(const PlaceRef& p) {
    return m_mem.read_ptr(p.ptr, m_opts.check_alignment ? std::min<uint64_t>(place_align(p), m_ptr_size) : 1);
}

uint64_t Machine::read_meta(const PlaceRef& p) {
    return static_cast<uint64_t>(m_mem.read_int({p.ptr.addr + m_ptr_size, p.ptr.prov}, m_ptr_size, 1));
}

void Machine::write_pointer(const PlaceRef& p, Pointer v) { m_mem.write_ptr(p.ptr, v, 1); }

void Machine::write_wide(const PlaceRef& p, Pointer data, uint64_t meta, AllocId meta_prov) {
    m_mem.write_ptr(p.ptr, data, 1);
    m_mem.write_int({p.ptr.addr + m_ptr_size, p.ptr.prov}, meta, m_ptr_size, 1, meta_prov);
}

PlaceRef Machine::deref(const PlaceRef& ptr_place, Ty pointee) {
    PlaceRef r;
    r.ty = pointee;
    r.layout = layout_of(pointee);
    if (ptr_place.layout->size == 2 * m_ptr_size && r.layout->is_unsized()) {
        AllocId mp = memory::kNoAlloc;
        r.ptr = m_mem.read_ptr(ptr_place.ptr, 1);
        r.meta = static_cast<uint64_t>(m_mem.read_int({ptr_place.ptr.addr + m_ptr_size, ptr_place.ptr.prov},
                                                      m_ptr_size, 1, &mp));
        r.meta_prov = mp;
        r.has_meta = true;
    } else {
        r.ptr = m_mem.read_ptr(ptr_place.ptr, 1);
    }
    return r;
}

static const Layout* variant_layout(const Layout* l, uint32_t variant) {
    if (variant == UINT32_MAX || l->variants != ty::VariantsKind::Multiple) return l;
    return &l->variant_layouts[variant];
}

// A projection at `off` into `base` needs no more alignment than the base has there (a packed
// struct's fields: rustc's Align::restrict_for_offset).
static uint64_t projected_align(const PlaceRef& base, uint64_t off, const Layout* l) {
    uint64_t a = base.align ? base.align : base.layout->align;
    if (off) a = std::min(a, off & (~off + 1));
    return a < l->align ? a : 0;
}

PlaceRef Machine::field(const PlaceRef& base, uint32_t index) {
    // Field types come from the base type (callers without a MIR projection).
    Ty t = base.ty;
    uint32_t variant = base.variant == UINT32_MAX ? 0 : base.variant;
    FieldKey key{t, uint64_t(variant) << 32 | index};
    auto cached = m_field_cache.find(key);
    if (cached == m_field_cache.end()) {
        Ty fty = nullptr;
        switch (t->kind) {
        case Kind::Tuple: fty = t->arg(index); break;
        case Kind::Adt: fty = m_p.lowerer->field_ty(t, variant, index); break;
        case Kind::Array:
        case Kind::Slice: fty = t->arg(0); break;
        case Kind::Closure: {
            auto ups = m_p.lowerer->closure_upvars(t);
            if (index >= ups.size()) throw_internal("closure field out of range");
            fty = ups[index];
            break;
        }
        default: throw_internal("field of a non-aggregate type " + ty_name(t));
        }
        fty = m_p.solver->normalize(fty);
        cached = m_field_cache.emplace(key, std::make_pair(fty, layout_of(fty))).first;
    }
    Ty fty = cached->second.first;
    PlaceRef r;
    r.ty = fty;
    r.layout = cached->second.second;
    const Layout* bl = variant_layout(base.layout, base.variant);
    uint64_t off = (t->kind == Kind::Array || t->kind == Kind::Slice) ? index * r.layout->size
                                                                        : bl->field_offset(index);
    if (r.layout->is_unsized() || fty->kind == Kind::Str || fty->kind == Kind::Slice || fty->kind == Kind::Dynamic) {
        r.meta = base.meta;
        r.meta_prov = base.meta_prov;
        r.has_meta = base.has_meta;
        auto [s, a] = size_and_align_of(fty, base.meta);
        (void)s;
        off = (off + a - 1) & ~(a - 1);
    }
    r.ptr = Pointer{base.ptr.addr + off, base.ptr.prov};
    r.align = projected_align(base, off, r.layout);
    return r;
}

PlaceRef Machine::project(Frame& f, const PlaceRef& base, const mir::Projection& pr, uint32_t index) {
    InstanceBody& b = *f.body;
    LoweredProj& lp = b.projs[index];
    PlaceRef r;
    switch (pr.kind) {
    case mir::ProjKind::Deref: {
        if (!lp.ty) {
            Ty pt = pointee_ty(*m_p.cx, base.ty, lang_item("OwnedBox"));
            if (!pt) throw_internal("deref of a non-pointer type " + ty_name(base.ty));
            lp.ty = pt;
            lp.layout = layout_of(pt);
        }
        if (base.ty->kind == Kind::Adt) {
            // Box<T>: its pointer is the first scalar of the box.
            PlaceRef inner = base;
            inner.layout = layout_of(m_p.cx->mk_ptr(lp.ty, true));
            return deref(inner, lp.ty);
        }
        return deref(base, lp.ty);
    }
    case mir::ProjKind::Field: {
        if (!lp.ty) {
            lp.ty = lower_ty(b, pr.ty);
            lp.layout = layout_of(lp.ty);
        }
        r.ty = lp.ty;
        r.layout = lp.layout;
        const Layout* bl = variant_layout(base.layout, base.variant);
        uint64_t off = bl->field_offset(pr.a);
        if (lp.layout->is_unsized()) {
            r.meta = base.meta;
            r.meta_prov = base.meta_prov;
            r.has_meta = base.has_meta;
            auto sa = size_and_align_of(lp.ty, base.meta);
            off = (off + sa.second - 1) & ~(sa.second - 1);
        }
        r.ptr = Pointer{base.ptr.addr + off, base.ptr.prov};
        r.align = projected_align(base, off, r.layout);
        return r;
    }
    case mir::ProjKind::Index:
    case mir::ProjKind::ConstantIndex: {
        if (!lp.ty) {
            if (base.ty->kind != Kind::Array && base.ty->kind != Kind::Slice)
                throw_internal("index into " + ty_name(base.ty));
            lp.ty = base.ty->arg(0);
            lp.layout = layout_of(lp.ty);
        }
        uint64_t len = base.ty->kind == Kind::Array ? static_cast<uint64_t>(base.ty->arg(1)->value) : base.meta;
        uint64_t i;
        if (pr.kind == mir::ProjKind::Index) {
            PlaceRef ip = local_place(f, pr.a);
            i = static_cast<uint64_t>(m_mem.read_int(ip.ptr, m_ptr_size, 1));
        } else {
            i = pr.from_end ? len - pr.a : pr.a;
        }
        if (i >= len) throw_ub("indexing out of bounds: the len is " + std::to_string(len) + " but the index is " + std::to_string(i));
        r.ty = lp.ty;
        r.layout = lp.layout;
        r.ptr = Pointer{base.ptr.addr + i * lp.layout->size, base.ptr.prov};
        r.align = projected_align(base, i * lp.layout->size, r.layout);
        return r;
    }
    case mir::ProjKind::Subslice: {
        Ty elem = base.ty->arg(0);
        const Layout* el = layout_of(elem);
        uint64_t from = pr.a;
        if (base.ty->kind == Kind::Array) {
            uint64_t len = static_cast<uint64_t>(base.ty->arg(1)->value);
            uint64_t to = pr.from_end ? len - pr.b : pr.b;
            r.ty = m_p.cx->mk_array(elem, to - from);
            r.layout = layout_of(r.ty);
        } else {
            uint64_t to = pr.from_end ? base.meta - pr.b : pr.b;
            r.ty = base.ty;
            r.layout = base.layout;
            r.has_meta = true;
            r.meta = to - from;
        }
        r.ptr = Pointer{base.ptr.addr + from * el->size, base.ptr.prov};
        r.align = projected_align(base, from * el->size, r.layout);
        return r;
    }
    case mir::ProjKind::Downcast: {
        if (lp.variant == UINT32_MAX) {
            lp.variant = pr.a;
            if (pr.sym) {
                // `(P as Some)`: by name (coroutines print `variant#N`, with sym 0).
                if (base.ty->kind != Kind::Adt) throw_internal("downcast of " + ty_name(base.ty));
                const ty::AdtInfo& adt = m_p.lowerer->adt(base.ty->def);
                lp.variant = UINT32_MAX;
                for (uint32_t v = 0; v < adt.variants.size(); ++v)
                    if (adt.variants[v].name == pr.sym) lp.variant = v;
                if (lp.variant == UINT32_MAX) throw_internal("no variant `" + std::string(m_p.interner.str(pr.sym)) + "` in " + ty_name(base.ty));
            }
        }
        r = base;
        r.variant = lp.variant;
        return r;
    }
    case mir::ProjKind::OpaqueCast:
    case mir::ProjKind::UnwrapUnsafeBinder: {
        if (!lp.ty) {
            lp.ty = lower_ty(b, pr.ty);
            lp.layout = layout_of(lp.ty);
        }
        r = base;
        r.ty = lp.ty;
        r.layout = lp.layout;
        return r;
    }
    }
    throw_internal("unknown projection");
}

PlaceRef Machine::eval_place(Frame& f, const mir::Place& p) {
    PlaceRef r = local_place(f, p.local);
    const mir::Body& mb = *f.body->mir;
    for (uint32_t i = 0; i < p.proj.count; ++i) {
        uint32_t idx = p.proj.begin + i;
        r = project(f, r, mb.projections[idx], idx);
    }
    return r;
}

Scalar Machine::read_scalar(const PlaceRef& p) {
    uint32_t size = static_cast<uint32_t>(p.layout->size);
    if (size > 16) throw_internal("scalar read of a " + std::to_string(size) + "-byte value of type " + ty_name(p.ty));
    Scalar s;
    uint64_t align = m_opts.check_alignment ? place_align(p) : 1;
    s.bits = m_mem.read_int(p.ptr, size, align, &s.prov);
    return s;
}

void Machine::write_scalar(const PlaceRef& p, Scalar v) {
    uint32_t size = static_cast<uint32_t>(p.layout->size);
    if (size > 16) throw_internal("scalar write of a " + std::to_string(size) + "-byte value");
    m_mem.write_int(p.ptr, v.bits, size, m_opts.check_alignment ? place_align(p) : 1, v.prov);
}

void Machine::copy_place(const PlaceRef& dst, const PlaceRef& src) {
    uint64_t size = src.has_meta ? size_and_align(src).first : src.layout->size;
    bool check = m_opts.check_alignment;
    if (size == 0 && !check) return; // a zero-sized copy still needs aligned places
    // A value of an integer, float, bool or char type has no provenance (Miri: ptr-to-int
    // transmutes and unions strip it when the integer is read).
    bool plain = src.ty && (src.ty->kind == Kind::Int || src.ty->kind == Kind::Float ||
                            src.ty->kind == Kind::Bool || src.ty->kind == Kind::Char);
    m_mem.copy(dst.ptr, src.ptr, size, check && dst.layout ? place_align(dst) : 1, check ? place_align(src) : 1, plain);
}

void Machine::typed_load(const PlaceRef& src) {
    const Layout* l = src.layout;
    if (!l || src.has_meta) return;
    if (l->backend_repr == ty::BackendReprKind::Scalar) {
        if (!l->scalar_a.is_union && l->size) m_mem.require_init(src.ptr, l->size);
    } else if (l->backend_repr == ty::BackendReprKind::ScalarPair) {
        // rustc reads a pair as an immediate only when both halves must be initialised and no
        // padding lies between them (else it copies the bytes and leaves them to validation).
        uint64_t a = l->scalar_a.size(), b = l->scalar_b.size();
        if (l->scalar_a.is_union || l->scalar_b.is_union || a + b != l->size) return;
        m_mem.require_init(src.ptr, a);
        m_mem.require_init({src.ptr.addr + a, src.ptr.prov}, b);
    }
}

void Machine::validate(const PlaceRef& dst) {
    if (m_validity) m_validity->validate(dst);
}

PlaceRef Machine::temp(Ty t) {
    const Layout* l = layout_of(t);
    AllocId id = m_mem.allocate(l->size, l->align, memory::AllocKind::Stack);
    PlaceRef r;
    r.ptr = m_mem.base_ptr(id);
    r.ty = t;
    r.layout = l;
    return r;
}

} // namespace mirage::engine
