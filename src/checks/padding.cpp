// Padding reset after typed copies (see padding.h): rustc's validity.rs `reset_padding` and
// `union_data_range`.
#include "checks/padding.h"

#include "checks/validity.h"
#include "engine/machine.h"

#include <algorithm>

namespace mirage::checks {

using engine::PlaceRef;
using ty::Kind;
using ty::Layout;

void Padding::collect(const PlaceRef& p, uint64_t root, bool read_tags, bool all_variants,
                      ByteRanges& out, bool& per_value) {
    const Layout* l = p.layout;
    if (l->is_zst()) return;
    uint64_t off = p.ptr.addr - root;
    auto whole = [&] { out.emplace_back(off, off + l->size); };
    if (l->backend_repr == ty::BackendReprKind::SimdVector || l->is_unsized() || p.has_meta)
        return whole();
    auto fields = [&](const PlaceRef& base, const Layout& fl) {
        if (fl.fields != ty::FieldsKind::Arbitrary) return whole();
        for (uint32_t i : fl.memory_order)
            collect(m_m.field(base, i), root, read_tags, all_variants, out, per_value);
    };
    switch (p.ty->kind) {
    case Kind::Bool:
    case Kind::Char:
    case Kind::Int:
    case Kind::Float:
    case Kind::RawPtr:
    case Kind::Ref:
    case Kind::FnPtr:
        return whole();
    case Kind::Array: {
        uint64_t count = static_cast<uint64_t>(p.ty->arg(1)->value);
        if (count == 0) return;
        PlaceRef first = m_m.field(p, 0);
        if (first.layout->backend_repr == ty::BackendReprKind::Scalar) return whole();
        uint64_t stride = first.layout->size;
        if (!read_tags) {
            // Every element has the same static pattern (or the array is per value).
            ByteRanges elem;
            bool elem_per_value = false;
            PlaceRef e = first;
            e.ptr.addr = 0;
            collect(e, 0, false, all_variants, elem, elem_per_value);
            if (elem_per_value) {
                per_value = true;
                return;
            }
            for (uint64_t i = 0; i < count; ++i)
                for (const auto& [b, e2] : elem)
                    out.emplace_back(off + i * stride + b, off + i * stride + e2);
            return;
        }
        for (uint64_t i = 0; i < count; ++i) {
            PlaceRef e = first;
            e.ptr.addr = first.ptr.addr + i * stride;
            collect(e, root, true, all_variants, out, per_value);
        }
        return;
    }
    case Kind::Tuple:
    case Kind::Closure:
        return fields(p, *l);
    case Kind::Adt: {
        const ty::AdtInfo& adt = m_m.program().lowerer->adt(p.ty->def);
        if (adt.kind == items::ItemKind::Union) {
            // Every field of every variant is data (rustc's union_data_range).
            for (uint32_t i = 0; i < l->union_count; ++i)
                collect(m_m.field(p, i), root, false, true, out, per_value);
            return;
        }
        if (l->variants == ty::VariantsKind::Multiple) {
            uint64_t tag_off = l->field_offset(l->tag_field);
            out.emplace_back(off + tag_off, off + tag_off + l->tag.size());
            auto variant_fields = [&](uint32_t v) {
                PlaceRef vp = p;
                vp.variant = v;
                fields(vp, l->variant_layouts[v]);
            };
            if (all_variants) {
                for (uint32_t v = 0; v < l->variant_layouts.size(); ++v)
                    variant_fields(v);
                return;
            }
            if (!read_tags) {
                per_value = true;
                return;
            }
            bool init = true;
            mir::u128 tag =
                m_m.mem().read_int({p.ptr.addr + tag_off, p.ptr.prov},
                                   static_cast<uint32_t>(l->tag.size()), 1, nullptr, true, &init);
            std::optional<uint32_t> v = init ? decode_tag(*l, tag, &adt) : std::nullopt;
            if (!v) return whole();
            return variant_fields(*v);
        }
        PlaceRef vp = p;
        if (adt.kind == items::ItemKind::Enum)
            vp.variant = l->variants == ty::VariantsKind::Single ? l->single_index : 0;
        return fields(vp, *l);
    }
    default:
        return whole(); // coroutines, and what has no padding to speak of
    }
}

const DataBytes& Padding::data_bytes(ty::Ty t) {
    auto it = m_cache.find(t);
    if (it != m_cache.end()) return it->second;
    DataBytes d;
    const Layout* l = m_m.layout_of(t);
    if (!l->is_unsized() && l->size > 0) {
        PlaceRef p;
        p.ty = t;
        p.layout = l;
        bool per_value = false;
        collect(p, 0, false, false, d.ranges, per_value);
        normalise_ranges(d.ranges);
        if (per_value) {
            d.kind = DataBytes::Kind::PerValue;
            d.ranges.clear();
        } else if (!(d.ranges.size() == 1 && d.ranges[0] == std::make_pair(uint64_t(0), l->size))) {
            d.kind = DataBytes::Kind::Fixed;
        }
    }
    return m_cache.emplace(t, std::move(d)).first->second;
}

void Padding::reset(const PlaceRef& p, const DataBytes& d) {
    if (d.kind == DataBytes::Kind::All || p.has_meta) return;
    ByteRanges value_ranges;
    const ByteRanges* ranges = &d.ranges;
    if (d.kind == DataBytes::Kind::PerValue) {
        bool per_value = false;
        collect(p, p.ptr.addr, true, false, value_ranges, per_value);
        normalise_ranges(value_ranges);
        ranges = &value_ranges;
    }
    uint64_t size = p.layout->size, cleared_until = 0;
    for (const auto& [b, e] : *ranges) {
        if (b > cleared_until)
            m_m.mem().write_uninit({p.ptr.addr + cleared_until, p.ptr.prov}, b - cleared_until);
        cleared_until = std::max(cleared_until, e);
    }
    if (size > cleared_until)
        m_m.mem().write_uninit({p.ptr.addr + cleared_until, p.ptr.prov}, size - cleared_until);
}

} // namespace mirage::checks
