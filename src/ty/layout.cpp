// Port of rustc 1.96's layout computation. Function names and the order of decisions follow
// compiler/rustc_abi/src/layout.rs (LayoutCalculator) and compiler/rustc_ty_utils/src/layout.rs
// (layout_of_uncached); comments quote the reasons given there where they are not obvious.
#include "ty/layout.h"

#include <algorithm>
#include <deque>
#include <cstdio>

namespace mirage::ty {

using i128 = __int128;

namespace {

uint64_t align_to(uint64_t v, uint64_t a) { return (v + a - 1) / a * a; }

u128 unsigned_int_max(uint64_t size) {
    return size >= 16 ? ~u128(0) : (u128(1) << (size * 8)) - 1;
}
u128 truncate(u128 v, uint64_t size) { return v & unsigned_int_max(size); }
i128 sign_extend(u128 v, uint64_t size) {
    if (size >= 16) return static_cast<i128>(v);
    unsigned shift = static_cast<unsigned>(128 - size * 8);
    return static_cast<i128>(v << shift) >> shift;
}
i128 signed_max(Integer i) { return static_cast<i128>(unsigned_int_max(integer_size(i)) >> 1); }

unsigned trailing_zeros(uint64_t v) { return v == 0 ? 64 : static_cast<unsigned>(__builtin_ctzll(v)); }

Integer integer_from_size(uint64_t size) {
    switch (size) {
    case 1: return Integer::I8;
    case 2: return Integer::I16;
    case 4: return Integer::I32;
    case 8: return Integer::I64;
    default: return Integer::I128;
    }
}

Integer fit_signed(i128 x) {
    if (x >= -0x80 && x <= 0x7f) return Integer::I8;
    if (x >= -0x8000 && x <= 0x7fff) return Integer::I16;
    if (x >= -(i128(1) << 31) && x < (i128(1) << 31)) return Integer::I32;
    if (x >= -(i128(1) << 63) && x < (i128(1) << 63)) return Integer::I64;
    return Integer::I128;
}

Integer fit_unsigned(u128 x) {
    if (x <= 0xff) return Integer::I8;
    if (x <= 0xffff) return Integer::I16;
    if (x <= 0xffffffffu) return Integer::I32;
    if (x <= ~uint64_t(0)) return Integer::I64;
    return Integer::I128;
}

Error layout_error(std::string msg) { return Error{ErrorKind::Unsupported, "layout: " + std::move(msg)}; }

// rustc's ReprOptions, as far as layout reads it.
struct ReprOptions {
    bool c = false, simd = false, transparent = false;
    bool has_int = false;
    Integer int_ity = Integer::I8;
    bool int_signed = false;
    uint64_t align = 0; // 0: none
    uint64_t pack = 0;  // 0: none

    bool inhibit_enum_layout_opt() const { return c || has_int; }
    bool inhibit_newtype_abi_optimization() const { return c || simd; }
    bool inhibit_struct_field_reordering() const { return c || simd || has_int; }
    bool inhibits_union_abi_opt() const { return c; }
};

enum class StructKindTag { AlwaysSized, MaybeUnsized, Prefixed };
struct StructKind {
    StructKindTag tag = StructKindTag::AlwaysSized;
    uint64_t prefix_size = 0, prefix_align = 1;
};

enum class NicheBias { Start, End };

using Fields = std::vector<const Layout*>;

} // namespace

// ---------------------------------------------------------------------------------------------
// Target data layout

uint64_t TargetDataLayout::int_align(Integer i) const {
    switch (i) {
    case Integer::I8: return i8_align;
    case Integer::I16: return i16_align;
    case Integer::I32: return i32_align;
    case Integer::I64: return i64_align;
    case Integer::I128: return i128_align;
    }
    return 1;
}

// rustc_abi's TargetDataLayout::parse_from_llvm_datalayout_string: defaults, then each spec.
Result<TargetDataLayout> TargetDataLayout::parse(std::string_view spec) {
    TargetDataLayout dl;
    dl.big_endian = true;
    dl.i64_align = 4;
    dl.i128_align = 4;
    dl.pointer_size = 8;
    dl.pointer_align = 8;
    uint64_t i128_align_src = 64;
    auto bits = [](std::string_view s, uint64_t& out) {
        if (s.empty()) return false;
        uint64_t v = 0;
        for (char c : s) {
            if (c < '0' || c > '9') return false;
            v = v * 10 + static_cast<uint64_t>(c - '0');
        }
        out = v;
        return true;
    };
    size_t pos = 0;
    while (pos <= spec.size()) {
        size_t dash = spec.find('-', pos);
        if (dash == std::string_view::npos) dash = spec.size();
        std::string_view part = spec.substr(pos, dash - pos);
        pos = dash + 1;
        std::vector<std::string_view> f;
        size_t p = 0;
        while (p <= part.size()) {
            size_t colon = part.find(':', p);
            if (colon == std::string_view::npos) colon = part.size();
            f.push_back(part.substr(p, colon - p));
            p = colon + 1;
        }
        if (f.empty() || f[0].empty()) continue;
        auto align_of = [&](size_t i, uint64_t& out) {
            uint64_t b = 0;
            if (f.size() <= i || !bits(f[i], b) || b % 8 != 0) return false;
            out = b / 8;
            return true;
        };
        std::string_view k = f[0];
        bool good = true;
        if (k == "e") dl.big_endian = false;
        else if (k == "E") dl.big_endian = true;
        else if (k == "a") good = align_of(1, dl.aggregate_align);
        else if (k == "f16") good = align_of(1, dl.f16_align);
        else if (k == "f32") good = align_of(1, dl.f32_align);
        else if (k == "f64") good = align_of(1, dl.f64_align);
        else if (k == "f128") good = align_of(1, dl.f128_align);
        else if (k[0] == 'p' && f.size() >= 3) {
            // Only the default address space matters for data pointers.
            if (k == "p" || k == "p0") {
                uint64_t size = 0;
                good = bits(f[1], size) && align_of(2, dl.pointer_align);
                dl.pointer_size = size / 8;
            }
        } else if (k[0] == 'i') {
            uint64_t b = 0, a = 0;
            if (!bits(k.substr(1), b)) continue;
            if (!align_of(1, a)) return Error{ErrorKind::Internal, "bad data layout spec: " + std::string(part)};
            if (b == 8) dl.i8_align = a;
            else if (b == 16) dl.i16_align = a;
            else if (b == 32) dl.i32_align = a;
            else if (b == 64) dl.i64_align = a;
            // i128's alignment comes from the largest integer spec in 64..=128.
            if (b >= i128_align_src && b <= 128) {
                i128_align_src = b;
                dl.i128_align = a;
            }
        }
        if (!good) return Error{ErrorKind::Internal, "bad data layout spec: " + std::string(part)};
    }
    return dl;
}

Result<TargetDataLayout> TargetDataLayout::for_target(std::string_view triple) {
    // From compiler/rustc_target/src/spec/targets/*.rs.
    const char* spec = nullptr;
    if (triple == "x86_64-unknown-linux-gnu")
        spec = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-i128:128-f80:128-n8:16:32:64-S128";
    else if (triple == "i686-unknown-linux-gnu")
        spec = "e-m:e-p:32:32-p270:32:32-p271:32:32-p272:64:64-i128:128-f64:32:64-f80:32-n8:16:32-S128";
    else if (triple == "aarch64-unknown-linux-gnu")
        spec = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i8:8:32-i16:16:32-i64:64-i128:128-n32:64-S128-Fn32";
    else if (triple == "s390x-unknown-linux-gnu")
        spec = "E-S64-m:e-i1:8:16-i8:8:16-i64:64-f128:64-v128:64-a:8:16-n32:64";
    if (!spec) return Error{ErrorKind::Unsupported, "no data layout known for target " + std::string(triple)};
    return parse(spec);
}

// ---------------------------------------------------------------------------------------------
// Scalars and niches

namespace {

uint64_t prim_align(const TargetDataLayout& dl, const Primitive& p) {
    switch (p.kind) {
    case PrimKind::Int: return dl.int_align(integer_from_size(p.size));
    case PrimKind::Float:
        switch (p.size) {
        case 2: return dl.f16_align;
        case 4: return dl.f32_align;
        case 8: return dl.f64_align;
        default: return dl.f128_align;
        }
    case PrimKind::Pointer: return dl.pointer_align;
    }
    return 1;
}

Primitive int_prim(Integer i, bool is_signed) {
    return Primitive{PrimKind::Int, is_signed, static_cast<uint8_t>(integer_size(i))};
}

Scalar scalar_unit(Primitive p) {
    return Scalar{p, WrappingRange{0, unsigned_int_max(p.size)}, false};
}

Scalar to_union(Scalar s) {
    s.is_union = true;
    s.valid_range = WrappingRange{};
    return s;
}

std::optional<Niche> niche_from_scalar(uint64_t offset, const Scalar& s) {
    if (s.is_union) return std::nullopt;
    Niche n{offset, s.value, s.valid_range};
    if (n.available() > 0) return n;
    return std::nullopt;
}

u128 niche_available(const std::optional<Niche>& n) { return n ? n->available() : 0; }

Layout scalar_layout(const TargetDataLayout& dl, const Scalar& s) {
    Layout l;
    l.largest_niche = niche_from_scalar(0, s);
    l.size = s.size();
    l.align = prim_align(dl, s.value);
    l.unadjusted_abi_align = l.align;
    l.fields = FieldsKind::Primitive;
    l.backend_repr = BackendReprKind::Scalar;
    l.scalar_a = s;
    return l;
}

Layout scalar_pair_layout(const TargetDataLayout& dl, const Scalar& a, const Scalar& b) {
    uint64_t b_align = prim_align(dl, b.value);
    uint64_t align = std::max({prim_align(dl, a.value), b_align, dl.aggregate_align});
    uint64_t b_offset = align_to(a.size(), b_align);
    Layout l;
    l.size = align_to(b_offset + b.size(), align);
    l.align = align;
    l.unadjusted_abi_align = align;
    l.fields = FieldsKind::Arbitrary;
    l.offsets = {0, b_offset};
    l.memory_order = {0, 1};
    l.backend_repr = BackendReprKind::ScalarPair;
    l.scalar_a = a;
    l.scalar_b = b;
    // max_by_key returns the last maximum: `a` (iterated last) wins ties.
    auto nb = niche_from_scalar(b_offset, b);
    auto na = niche_from_scalar(0, a);
    if (nb && (!na || nb->available() > na->available())) l.largest_niche = nb;
    else l.largest_niche = na;
    return l;
}

Layout unit_layout(bool sized) {
    Layout l;
    l.sized = sized;
    return l;
}

Layout never_layout() {
    Layout l;
    l.variants = VariantsKind::Empty;
    l.fields = FieldsKind::Primitive;
    l.uninhabited = true;
    return l;
}

} // namespace

bool Scalar::is_always_valid() const {
    if (is_union) return true;
    return truncate(valid_range.end - valid_range.start + 1, value.size) == 0;
}

u128 Niche::available() const {
    u128 max = unsigned_int_max(value.size);
    u128 niche_start = valid_range.end + 1;
    u128 niche_end = valid_range.start;
    return (niche_end - niche_start) & max;
}

std::optional<std::pair<u128, Scalar>> Niche::reserve(u128 count) const {
    u128 max = unsigned_int_max(value.size);
    if (count == 0 || count > available()) return std::nullopt;
    WrappingRange v = valid_range;
    // Prefer giving `None` of an Option<T> the value zero: take the shortest way to zero and
    // avoid moving past it.
    auto move_start = [&]() {
        u128 start = (v.start - count) & max;
        return std::make_pair(start, Scalar{value, WrappingRange{start, v.end}, false});
    };
    auto move_end = [&]() {
        u128 start = (v.end + 1) & max;
        u128 end = (v.end + count) & max;
        return std::make_pair(start, Scalar{value, WrappingRange{v.start, end}, false});
    };
    u128 distance_end_zero = max - v.end;
    if (v.start > v.end) return move_end();
    if (v.start <= distance_end_zero) {
        if (count <= v.start) return move_start();
        return move_end();
    }
    u128 end = (v.end + count) & max;
    bool overshot_zero = end >= 1 && end <= v.end;
    if (overshot_zero) return move_start();
    return move_end();
}

bool Layout::is_zst() const {
    if (backend_repr != BackendReprKind::Memory) return false;
    return sized && size == 0;
}

uint32_t Layout::field_count() const {
    switch (fields) {
    case FieldsKind::Primitive: return 0;
    case FieldsKind::Union: return static_cast<uint32_t>(union_count);
    case FieldsKind::Array: return static_cast<uint32_t>(array_count);
    case FieldsKind::Arbitrary: return static_cast<uint32_t>(offsets.size());
    }
    return 0;
}

uint64_t Layout::field_offset(uint32_t i) const {
    switch (fields) {
    case FieldsKind::Primitive:
    case FieldsKind::Union: return 0;
    case FieldsKind::Array: return array_stride * i;
    case FieldsKind::Arbitrary: return i < offsets.size() ? offsets[i] : 0;
    }
    return 0;
}

// ---------------------------------------------------------------------------------------------
// The calculator (rustc_abi/src/layout.rs)

namespace {

class Calculator {
  public:
    explicit Calculator(const TargetDataLayout& dl) : dl(dl) {}
    const TargetDataLayout& dl;

    Result<Layout> array_like(const Layout& elem, std::optional<uint64_t> count_if_sized) {
        uint64_t count = count_if_sized.value_or(0);
        if (count != 0 && elem.size > dl.obj_size_bound() / count)
            return layout_error("size overflow");
        Layout l;
        l.fields = FieldsKind::Array;
        l.array_stride = elem.size;
        l.array_count = count;
        l.sized = count_if_sized.has_value();
        if (count != 0) l.largest_niche = elem.largest_niche;
        l.uninhabited = elem.uninhabited && count != 0;
        l.align = elem.align;
        l.size = elem.size * count;
        l.unadjusted_abi_align = elem.align;
        return l;
    }

    Result<Layout> univariant(const Fields& fields, const ReprOptions& repr, StructKind kind) {
        auto layout = univariant_biased(fields, repr, kind, NicheBias::Start);
        // Enums prefer niches close to the beginning or the end of the variants so that other
        // (smaller) data-carrying variants can be packed into the space after/before the niche.
        // Not for unsizable structs: Foo<T> and Foo<dyn Trait> must agree.
        if (layout && kind.tag != StructKindTag::MaybeUnsized && layout->largest_niche) {
            const Niche& niche = *layout->largest_niche;
            uint64_t head_space = niche.offset;
            uint64_t niche_len = niche.value.size;
            uint64_t tail_space = layout->size - head_space - niche_len;
            if (fields.size() > 1 && head_space != 0 && tail_space > 0) {
                auto alt = univariant_biased(fields, repr, kind, NicheBias::End);
                if (alt && alt->largest_niche) {
                    uint64_t alt_head_space = alt->largest_niche->offset;
                    if (alt_head_space > head_space && alt_head_space > tail_space) return alt;
                }
            }
        }
        return layout;
    }

    Result<Layout> univariant_biased(const Fields& fields, const ReprOptions& repr, StructKind kind,
                                     NicheBias niche_bias) {
        uint64_t pack = repr.pack;
        uint64_t align = pack ? dl.i8_align : dl.aggregate_align;
        uint64_t max_repr_align = repr.align;
        std::vector<uint32_t> in_memory_order(fields.size());
        for (uint32_t i = 0; i < fields.size(); ++i) in_memory_order[i] = i;
        bool optimize_field_order = !repr.inhibit_struct_field_reordering();
        size_t end = kind.tag == StructKindTag::MaybeUnsized && !fields.empty() ? fields.size() - 1
                                                                               : fields.size();
        if (optimize_field_order && fields.size() > 1) {
            // To allow unsizing &Foo<Type> -> &Foo<dyn Trait>, the layout of the struct must not
            // depend on the layout of the tail.
            uint64_t max_field_align = 1;
            u128 largest_niche_size = 0;
            for (size_t i = 0; i < end; ++i) {
                max_field_align = std::max(max_field_align, fields[i]->align);
                largest_niche_size = std::max(largest_niche_size, niche_available(fields[i]->largest_niche));
            }
            // Groups fields by alignment or a size-derived pseudo-alignment.
            auto alignment_group_key = [&](const Layout* f) -> uint64_t {
                if (pack) return std::min(f->align, pack);
                uint64_t falign = f->align;
                u128 niche_size = niche_available(f->largest_niche);
                unsigned size_as_align = trailing_zeros(std::max(falign, f->size));
                if (largest_niche_size > 0) {
                    if (niche_bias == NicheBias::Start)
                        size_as_align = std::min(trailing_zeros(max_field_align), size_as_align);
                    else if (niche_size == largest_niche_size)
                        size_as_align = trailing_zeros(falign);
                }
                return size_as_align;
            };
            auto first = in_memory_order.begin();
            auto last = in_memory_order.begin() + static_cast<long>(end);
            if (kind.tag != StructKindTag::Prefixed) {
                struct Key {
                    uint64_t group;
                    u128 niche;
                    uint64_t inner;
                };
                auto key = [&](uint32_t x) {
                    const Layout* f = fields[x];
                    u128 niche_size = niche_available(f->largest_niche);
                    u128 niche_size_key = niche_bias == NicheBias::Start ? ~niche_size : niche_size;
                    uint64_t inner = 0;
                    if (f->largest_niche) {
                        const Niche& n = *f->largest_niche;
                        inner = niche_bias == NicheBias::Start ? n.offset
                                                               : ~(f->size - n.value.size - n.offset);
                    }
                    // Largest alignment first (Reverse), then the niche placement.
                    return Key{~alignment_group_key(f), niche_size_key, inner};
                };
                std::stable_sort(first, last, [&](uint32_t a, uint32_t b) {
                    Key ka = key(a), kb = key(b);
                    if (ka.group != kb.group) return ka.group < kb.group;
                    if (ka.niche != kb.niche) return ka.niche < kb.niche;
                    return ka.inner < kb.inner;
                });
            } else {
                // Ascending alignment so that the layout stays optimal regardless of the prefix,
                // and the largest niche of a group last, usable as a tag in jagged enums.
                std::stable_sort(first, last, [&](uint32_t a, uint32_t b) {
                    uint64_t ga = alignment_group_key(fields[a]), gb = alignment_group_key(fields[b]);
                    if (ga != gb) return ga < gb;
                    return niche_available(fields[a]->largest_niche) <
                           niche_available(fields[b]->largest_niche);
                });
            }
        }

        Layout l;
        l.offsets.assign(fields.size(), 0);
        uint64_t offset = 0;
        std::optional<Niche> largest_niche;
        u128 largest_niche_available = 0;
        if (kind.tag == StructKindTag::Prefixed) {
            uint64_t prefix_align = pack ? std::min(kind.prefix_align, pack) : kind.prefix_align;
            align = std::max(align, prefix_align);
            offset = align_to(kind.prefix_size, prefix_align);
        }
        bool saw_unsized = false;
        for (uint32_t i : in_memory_order) {
            const Layout* field = fields[i];
            if (saw_unsized) return layout_error("unsized field not last");
            if (field->is_unsized()) {
                if (kind.tag == StructKindTag::MaybeUnsized) saw_unsized = true;
                else return layout_error("unexpected unsized field");
            }
            uint64_t field_align = pack ? std::min(field->align, pack) : field->align;
            offset = align_to(offset, field_align);
            align = std::max(align, field_align);
            max_repr_align = std::max(max_repr_align, field->max_repr_align);
            l.offsets[i] = offset;
            if (field->largest_niche) {
                Niche niche = *field->largest_niche;
                u128 available = niche.available();
                bool prefer = niche_bias == NicheBias::Start ? available > largest_niche_available
                                                              : available >= largest_niche_available;
                if (prefer) {
                    largest_niche_available = available;
                    niche.offset += offset;
                    largest_niche = niche;
                }
            }
            offset += field->size;
            if (offset >= dl.obj_size_bound()) return layout_error("size overflow");
        }
        uint64_t unadjusted_abi_align = align;
        if (repr.align) align = std::max(align, repr.align);
        uint64_t size = align_to(offset, align);
        if (size >= dl.obj_size_bound()) return layout_error("size overflow");

        bool sized = !saw_unsized;
        l.backend_repr = BackendReprKind::Memory;
        l.sized = sized;
        const Layout* single_non_zst = nullptr;
        bool optimize_abi = !repr.inhibit_newtype_abi_optimization();
        if (sized && size > 0) {
            std::vector<uint32_t> non_zst;
            for (uint32_t i = 0; i < fields.size() && non_zst.size() < 3; ++i)
                if (!fields[i]->is_zst()) non_zst.push_back(i);
            if (non_zst.size() == 1) {
                uint32_t i = non_zst[0];
                const Layout* f = fields[i];
                single_non_zst = f;
                if (l.offsets[i] == 0 && align == f->align && size == f->size) {
                    // Plain scalars can't be unpacked from repr(C) newtypes (C ABIs); scalar
                    // pairs are Rust-specific.
                    if ((f->backend_repr == BackendReprKind::Scalar || f->backend_repr == BackendReprKind::SimdVector) &&
                        optimize_abi) {
                        l.backend_repr = f->backend_repr;
                        l.scalar_a = f->scalar_a;
                    } else if (f->backend_repr == BackendReprKind::ScalarPair) {
                        l.backend_repr = BackendReprKind::ScalarPair;
                        l.scalar_a = f->scalar_a;
                        l.scalar_b = f->scalar_b;
                    }
                }
            } else if (non_zst.size() == 2) {
                uint32_t i = non_zst[0], j = non_zst[1];
                if (fields[i]->backend_repr == BackendReprKind::Scalar &&
                    fields[j]->backend_repr == BackendReprKind::Scalar) {
                    // Order by memory placement, not source order.
                    if (!(l.offsets[i] < l.offsets[j])) std::swap(i, j);
                    Layout pair = scalar_pair_layout(dl, fields[i]->scalar_a, fields[j]->scalar_a);
                    if (l.offsets[i] == pair.offsets[0] && l.offsets[j] == pair.offsets[1] &&
                        align == pair.align && size == pair.size) {
                        l.backend_repr = BackendReprKind::ScalarPair;
                        l.scalar_a = pair.scalar_a;
                        l.scalar_b = pair.scalar_b;
                    }
                }
            }
        }
        for (const Layout* f : fields) l.uninhabited |= f->uninhabited;
        if (repr.transparent) unadjusted_abi_align = single_non_zst ? single_non_zst->unadjusted_abi_align : align;

        l.variants = VariantsKind::Single;
        l.fields = FieldsKind::Arbitrary;
        l.memory_order = std::move(in_memory_order);
        l.largest_niche = largest_niche;
        l.align = align;
        l.size = size;
        l.max_repr_align = max_repr_align;
        l.unadjusted_abi_align = unadjusted_abi_align;
        return l;
    }

    Result<Layout> layout_of_union(const ReprOptions& repr, const Fields& fields) {
        uint64_t align = repr.pack ? dl.i8_align : dl.aggregate_align;
        uint64_t max_repr_align = repr.align;
        // If all non-ZST fields have the same ABI, the union takes it.
        bool mismatch = repr.inhibits_union_abi_opt();
        bool have_common = false;
        Layout common; // its backend_repr and scalars only
        uint64_t common_align = 0;
        uint64_t size = 0;
        for (const Layout* field : fields) {
            if (field->is_unsized()) return layout_error("unsized union field");
            align = std::max(align, field->align);
            max_repr_align = std::max(max_repr_align, field->max_repr_align);
            size = std::max(size, field->size);
            if (field->is_zst()) continue;
            if (mismatch) continue;
            // Vectors in unions: not merged into a common ABI (kept in memory).
            if (field->backend_repr == BackendReprKind::SimdVector) {
                mismatch = true;
                continue;
            }
            // Discard valid range information and allow undef.
            Layout fa;
            fa.backend_repr = field->backend_repr;
            fa.sized = field->sized;
            if (field->backend_repr != BackendReprKind::Memory) fa.scalar_a = to_union(field->scalar_a);
            if (field->backend_repr == BackendReprKind::ScalarPair) fa.scalar_b = to_union(field->scalar_b);
            if (!have_common) {
                have_common = true;
                common = fa;
                common_align = field->align;
            } else if (common.backend_repr != fa.backend_repr || common.sized != fa.sized ||
                       (fa.backend_repr != BackendReprKind::Memory && !(common.scalar_a == fa.scalar_a)) ||
                       (fa.backend_repr == BackendReprKind::ScalarPair && !(common.scalar_b == fa.scalar_b))) {
                mismatch = true;
            }
        }
        (void)common_align;
        if (repr.pack) align = std::min(align, repr.pack);
        uint64_t unadjusted_abi_align = align;
        if (repr.align) align = std::max(align, repr.align);
        if (fields.empty()) return layout_error("union with no fields");

        Layout l;
        l.backend_repr = BackendReprKind::Memory;
        if (!mismatch && have_common && common.backend_repr != BackendReprKind::Memory) {
            uint64_t scalar_align = prim_align(dl, common.scalar_a.value);
            if (common.backend_repr == BackendReprKind::ScalarPair)
                scalar_align = std::max(scalar_align, prim_align(dl, common.scalar_b.value));
            // Mismatched alignment (e.g. a packed union) disables the optimization.
            if (scalar_align == align) {
                l.backend_repr = common.backend_repr;
                l.scalar_a = common.scalar_a;
                l.scalar_b = common.scalar_b;
            }
        }
        l.fields = FieldsKind::Union;
        l.union_count = fields.size();
        l.align = align;
        l.size = align_to(size, align);
        l.max_repr_align = max_repr_align;
        l.unadjusted_abi_align = unadjusted_abi_align;
        return l;
    }

    // A variant is absent if it's uninhabited and only has 1-ZST fields (rustc: `absent`).
    static bool absent(const Fields& fields) {
        bool uninhabited = false, all_1zst = true;
        for (const Layout* f : fields) {
            uninhabited |= f->uninhabited;
            all_1zst &= f->is_1zst();
        }
        return uninhabited && all_1zst;
    }

    struct EnumInput {
        std::vector<i128> discriminants; // per variant, as rustc's `d.val as i128`
        std::optional<u128> valid_range_start, valid_range_end;
    };

    Result<Layout> layout_of_struct_or_enum(const ReprOptions& repr, const std::vector<Fields>& variants,
                                            bool is_enum, bool is_special_no_niche,
                                            const EnumInput& in, bool always_sized) {
        std::optional<uint32_t> present_first, present_second;
        for (uint32_t i = 0; i < variants.size(); ++i) {
            if (!repr.inhibit_enum_layout_opt() && absent(variants[i])) continue;
            if (!present_first) present_first = i;
            else if (!present_second) present_second = i;
        }
        if (!present_first) {
            if (is_enum) return never_layout();
            present_first = 0;
        }
        if (!is_enum || (!present_second && !repr.inhibit_enum_layout_opt()))
            return layout_of_struct(repr, variants, is_enum, is_special_no_niche, in, always_sized,
                                    *present_first);
        return layout_of_enum(repr, variants, in);
    }

    Result<Layout> layout_of_struct(const ReprOptions& repr, const std::vector<Fields>& variants,
                                    bool is_enum, bool is_special_no_niche, const EnumInput& in,
                                    bool always_sized, uint32_t v) {
        if (variants.empty()) return layout_error("struct without a variant");
        StructKind kind;
        kind.tag = is_enum || variants[v].empty() || always_sized ? StructKindTag::AlwaysSized
                                                                  : StructKindTag::MaybeUnsized;
        auto st = univariant(variants[v], repr, kind);
        if (!st) return st;
        st->variants = VariantsKind::Single;
        st->single_index = v;
        if (is_special_no_niche) {
            auto hide = [&](Scalar& s) {
                if (!s.is_union) s.valid_range = WrappingRange{0, unsigned_int_max(s.size())};
            };
            if (st->backend_repr != BackendReprKind::Memory) hide(st->scalar_a);
            if (st->backend_repr == BackendReprKind::ScalarPair) hide(st->scalar_b);
            st->largest_niche.reset();
            return st;
        }
        if (st->backend_repr == BackendReprKind::Scalar || st->backend_repr == BackendReprKind::ScalarPair) {
            Scalar& s = st->scalar_a;
            u128 max_value = unsigned_int_max(s.size());
            if (in.valid_range_start) {
                if (*in.valid_range_start > max_value) return layout_error("valid range start too large");
                s.valid_range.start = *in.valid_range_start;
            }
            if (in.valid_range_end) {
                if (*in.valid_range_end > max_value) return layout_error("valid range end too large");
                s.valid_range.end = *in.valid_range_end;
            }
            // Replace an existing niche even if equal: this one is at a lower offset.
            if (auto niche = niche_from_scalar(0, s)) {
                if (!st->largest_niche || st->largest_niche->available() <= niche->available())
                    st->largest_niche = niche;
            }
        } else if (in.valid_range_start || in.valid_range_end) {
            return layout_error("scalar valid range on a non-scalar layout");
        }
        return st;
    }

    std::optional<Layout> niche_filling_layout(const ReprOptions& repr, const std::vector<Fields>& variants) {
        if (repr.inhibit_enum_layout_opt() || variants.size() < 2) return std::nullopt;
        uint64_t align = dl.aggregate_align;
        uint64_t max_repr_align = repr.align;
        uint64_t unadjusted_abi_align = align;
        std::vector<Layout> vl;
        for (uint32_t j = 0; j < variants.size(); ++j) {
            auto st = univariant(variants[j], repr, StructKind{});
            if (!st) return std::nullopt;
            st->variants = VariantsKind::Single;
            st->single_index = j;
            align = std::max(align, st->align);
            max_repr_align = std::max(max_repr_align, st->max_repr_align);
            unadjusted_abi_align = std::max(unadjusted_abi_align, st->unadjusted_abi_align);
            vl.push_back(std::move(*st));
        }
        // max_by_key: the last of the largest.
        uint32_t largest = 0;
        for (uint32_t i = 0; i < vl.size(); ++i)
            if (vl[i].size >= vl[largest].size) largest = i;
        auto needs_disc = [&](uint32_t i) { return i != largest && !absent(variants[i]); };
        std::optional<uint32_t> nv_start, nv_end;
        for (uint32_t i = 0; i < variants.size(); ++i)
            if (needs_disc(i)) {
                if (!nv_start) nv_start = i;
                nv_end = i;
            }
        if (!nv_start) return std::nullopt;
        u128 count = u128(*nv_end - *nv_start) + 1;
        if (!vl[largest].largest_niche) return std::nullopt;
        Niche niche = *vl[largest].largest_niche;
        auto reserved = niche.reserve(count);
        if (!reserved) return std::nullopt;
        auto [niche_start, niche_scalar] = *reserved;
        uint64_t niche_offset = niche.offset;
        uint64_t niche_size = niche.value.size;
        uint64_t size = align_to(vl[largest].size, align);

        for (uint32_t i = 0; i < vl.size(); ++i) {
            if (i == largest) continue;
            Layout& layout = vl[i];
            layout.largest_niche.reset();
            if (layout.size <= niche_offset) continue; // fits before the niche
            uint64_t this_offset = align_to(niche_offset + niche_size, layout.align);
            if (this_offset + layout.size > size) return std::nullopt;
            for (uint64_t& o : layout.offsets) o += this_offset;
            // It can't be a Scalar or ScalarPair because the offset isn't 0.
            if (!layout.uninhabited) {
                layout.backend_repr = BackendReprKind::Memory;
                layout.sized = true;
            }
            layout.size += this_offset;
        }

        Layout l;
        l.largest_niche = niche_from_scalar(niche_offset, niche_scalar);
        bool others_zst = true, uninhabited = true;
        for (uint32_t i = 0; i < vl.size(); ++i) {
            if (i != largest && vl[i].size != 0) others_zst = false;
            uninhabited &= vl[i].uninhabited;
        }
        bool same_size = size == vl[largest].size;
        bool same_align = align == vl[largest].align;
        l.backend_repr = BackendReprKind::Memory;
        if (same_size && same_align && others_zst) {
            const Layout& lv = vl[largest];
            if (lv.backend_repr == BackendReprKind::Scalar) {
                l.backend_repr = BackendReprKind::Scalar;
                l.scalar_a = niche_scalar;
            } else if (lv.backend_repr == BackendReprKind::ScalarPair) {
                // Only the niche is guaranteed to be initialised.
                l.backend_repr = BackendReprKind::ScalarPair;
                if (niche_offset == 0) {
                    l.scalar_a = niche_scalar;
                    l.scalar_b = to_union(lv.scalar_b);
                } else {
                    l.scalar_a = to_union(lv.scalar_a);
                    l.scalar_b = niche_scalar;
                }
            }
        }
        l.variants = VariantsKind::Multiple;
        l.tag = niche_scalar;
        l.tag_encoding = TagEncoding::Niche;
        l.tag_field = 0;
        l.untagged_variant = largest;
        l.niche_variants_start = *nv_start;
        l.niche_variants_end = *nv_end;
        l.niche_start = niche_start;
        l.variant_layouts = std::move(vl);
        l.fields = FieldsKind::Arbitrary;
        l.offsets = {niche_offset};
        l.memory_order = {0};
        l.uninhabited = uninhabited;
        l.size = size;
        l.align = align;
        l.max_repr_align = max_repr_align;
        l.unadjusted_abi_align = unadjusted_abi_align;
        return l;
    }

    // Integer::discr_range_of_repr (rustc_middle/src/ty/layout.rs).
    std::pair<Integer, bool> discr_range_of_repr(const ReprOptions& repr, i128 min, i128 max) {
        Integer unsigned_fit = fit_unsigned(std::max(static_cast<u128>(min), static_cast<u128>(max)));
        Integer signed_fit = std::max(fit_signed(min), fit_signed(max));
        if (repr.has_int) return {repr.int_ity, repr.int_signed};
        Integer at_least = repr.c ? dl.c_enum_min_size : Integer::I8;
        if (unsigned_fit <= signed_fit) return {std::max(unsigned_fit, at_least), false};
        return {std::max(signed_fit, at_least), true};
    }

    // Integer::for_align: the smallest integer whose size and alignment are `wanted`.
    std::optional<Integer> for_align(uint64_t wanted) {
        for (Integer i : {Integer::I8, Integer::I16, Integer::I32, Integer::I64, Integer::I128})
            if (wanted == dl.int_align(i) && wanted == integer_size(i)) return i;
        return std::nullopt;
    }

    Result<Layout> layout_of_enum(const ReprOptions& repr, const std::vector<Fields>& variants,
                                  const EnumInput& in) {
        if (repr.pack) return layout_error("packed enum");
        std::optional<Layout> niche_layout = niche_filling_layout(repr, variants);

        bool discr_signed = repr.has_int ? repr.int_signed : true;
        Integer discr_int = repr.has_int ? repr.int_ity : dl.ptr_sized_integer();
        // The largest range of invalid values; everything else is the tag's valid range.
        std::vector<i128> valid;
        for (uint32_t i = 0; i < variants.size() && i < in.discriminants.size(); ++i) {
            bool inhabited = true;
            for (const Layout* f : variants[i]) inhabited &= !f->uninhabited;
            if (!repr.c && !inhabited) continue;
            i128 val = in.discriminants[i];
            if (discr_signed) val = sign_extend(static_cast<u128>(val), integer_size(discr_int));
            valid.push_back(val);
        }
        std::sort(valid.begin(), valid.end());
        valid.erase(std::unique(valid.begin(), valid.end()), valid.end());
        i128 max = 0, min = 0;
        {
            bool have = false;
            u128 best = 0;
            for (size_t k = 0; k < valid.size(); ++k) {
                i128 start = valid[k];
                i128 end = valid[(k + 1) % valid.size()];
                u128 dist;
                if (start > end) {
                    u128 d = static_cast<u128>(start) - static_cast<u128>(end);
                    if (discr_signed) dist = static_cast<u128>(signed_max(discr_int)) - d;
                    else dist = unsigned_int_max(integer_size(discr_int)) - d;
                } else {
                    dist = static_cast<u128>(end) - static_cast<u128>(start);
                }
                if (!have || dist >= best) { // max_by_key: the last maximum
                    have = true;
                    best = dist;
                    max = start;
                    min = end;
                }
            }
        }
        auto [min_ity, is_signed] = discr_range_of_repr(repr, min, max);

        uint64_t align = dl.aggregate_align;
        uint64_t max_repr_align = repr.align;
        uint64_t unadjusted_abi_align = align;
        uint64_t size = 0;
        uint64_t start_align = 256; // we want the smallest, so start large
        // repr(C) on an enum makes a (tag, union) layout: the payload is aligned like the union.
        uint64_t prefix_align = dl.int_align(min_ity);
        if (repr.c)
            for (const Fields& fs : variants)
                for (const Layout* f : fs) prefix_align = std::max(prefix_align, f->align);

        std::vector<Layout> lv;
        for (uint32_t i = 0; i < variants.size(); ++i) {
            StructKind kind{StructKindTag::Prefixed, integer_size(min_ity), prefix_align};
            auto st = univariant(variants[i], repr, kind);
            if (!st) return st;
            st->variants = VariantsKind::Single;
            st->single_index = i;
            // The first field we can't move later to make room for a larger tag.
            for (uint32_t fi : st->memory_order) {
                if (!variants[i][fi]->is_1zst()) {
                    start_align = std::min(start_align, variants[i][fi]->align);
                    break;
                }
            }
            size = std::max(size, st->size);
            align = std::max(align, st->align);
            max_repr_align = std::max(max_repr_align, st->max_repr_align);
            unadjusted_abi_align = std::max(unadjusted_abi_align, st->unadjusted_abi_align);
            lv.push_back(std::move(*st));
        }
        size = align_to(size, align);
        if (size >= dl.obj_size_bound()) return layout_error("size overflow");

        // Use a tag as large as the first field's alignment, so that loads and stores of the
        // tag don't touch padding.
        Integer ity = min_ity;
        if (!repr.c && !repr.has_int) ity = for_align(start_align).value_or(min_ity);
        if (ity <= min_ity) {
            ity = min_ity;
        } else {
            uint64_t old_size = integer_size(min_ity), new_size = integer_size(ity);
            for (Layout& v : lv) {
                for (uint64_t& o : v.offsets)
                    if (o <= old_size) o = new_size;
                if (v.size <= old_size) v.size = new_size;
            }
        }

        u128 mask = unsigned_int_max(integer_size(ity));
        Scalar tag{int_prim(ity, is_signed),
                   WrappingRange{static_cast<u128>(min) & mask, static_cast<u128>(max) & mask}, false};
        Layout tl;
        tl.backend_repr = BackendReprKind::Memory;
        bool uninhabited = true;
        for (const Layout& v : lv) uninhabited &= v.uninhabited;
        if (tag.size() == size) {
            // The enum is entirely its own tag.
            tl.backend_repr = BackendReprKind::Scalar;
            tl.scalar_a = tag;
        } else {
            // A ScalarPair needs a common primitive for all variants.
            std::optional<std::pair<Primitive, uint64_t>> common_prim;
            bool init_in_all = true;
            bool failed = false;
            for (uint32_t i = 0; i < variants.size() && !failed; ++i) {
                const Layout* field = nullptr;
                uint64_t offset = 0;
                int n = 0;
                for (uint32_t fi = 0; fi < variants[i].size(); ++fi) {
                    if (variants[i][fi]->is_zst()) continue;
                    if (++n == 1) {
                        field = variants[i][fi];
                        offset = lv[i].offsets[fi];
                    }
                }
                if (n == 0) {
                    init_in_all = false;
                    continue;
                }
                if (n > 1 || field->backend_repr != BackendReprKind::Scalar) {
                    failed = true;
                    break;
                }
                init_in_all &= !field->scalar_a.is_union;
                Primitive prim = field->scalar_a.value;
                if (common_prim) {
                    if (offset != common_prim->second) {
                        failed = true;
                        break;
                    }
                    Primitive old = common_prim->first;
                    Primitive np;
                    if (old == prim) np = old;
                    else if (old.kind == PrimKind::Int && prim.kind == PrimKind::Int && old.size == prim.size)
                        np = old; // signedness of the first variant
                    else if (((old.kind == PrimKind::Pointer && prim.kind == PrimKind::Int) ||
                              (old.kind == PrimKind::Int && prim.kind == PrimKind::Pointer)) &&
                             old.size == prim.size && prim_align(dl, old) == prim_align(dl, prim))
                        np = old.kind == PrimKind::Pointer ? old : prim; // keep pointers as pointers
                    else {
                        failed = true;
                        break;
                    }
                    common_prim = std::make_pair(np, common_prim->second);
                } else {
                    common_prim = std::make_pair(prim, offset);
                }
            }
            if (!failed && common_prim) {
                Scalar prim_scalar = init_in_all ? scalar_unit(common_prim->first)
                                                 : to_union(scalar_unit(common_prim->first));
                Layout pair = scalar_pair_layout(dl, tag, prim_scalar);
                if (pair.offsets[0] == 0 && pair.offsets[1] == common_prim->second &&
                    align == pair.align && size == pair.size) {
                    tl.backend_repr = BackendReprKind::ScalarPair;
                    tl.scalar_a = tag;
                    tl.scalar_b = prim_scalar;
                }
            }
        }
        // A downcast must not change the layout: variants with fields take the enum's ABI.
        if (tl.backend_repr != BackendReprKind::Memory) {
            for (Layout& v : lv) {
                if (v.field_count() > 0 && v.backend_repr == BackendReprKind::Memory) {
                    v.backend_repr = tl.backend_repr;
                    v.scalar_a = tl.scalar_a;
                    v.scalar_b = tl.scalar_b;
                    v.size = std::max(v.size, size);
                    v.align = std::max(v.align, align);
                }
            }
        }
        tl.largest_niche = niche_from_scalar(0, tag);
        tl.variants = VariantsKind::Multiple;
        tl.tag = tag;
        tl.tag_encoding = TagEncoding::Direct;
        tl.tag_field = 0;
        tl.variant_layouts = std::move(lv);
        tl.fields = FieldsKind::Arbitrary;
        tl.offsets = {0};
        tl.memory_order = {0};
        tl.uninhabited = uninhabited;
        tl.align = align;
        tl.size = size;
        tl.max_repr_align = max_repr_align;
        tl.unadjusted_abi_align = unadjusted_abi_align;

        if (niche_layout) {
            // The smaller layout; else the one with the larger niche; else tagged (simpler code).
            u128 tn = niche_available(tl.largest_niche), nn = niche_available(niche_layout->largest_niche);
            if (tl.size > niche_layout->size || (tl.size == niche_layout->size && tn < nn))
                return std::move(*niche_layout);
        }
        return tl;
    }
};

} // namespace

// ---------------------------------------------------------------------------------------------
// Types to layouts (rustc_ty_utils/src/layout.rs)

LayoutCx::LayoutCx(TyCtx& cx, AdtSource& adts, TargetDataLayout dl)
    : m_cx(cx), m_adts(adts), m_dl(dl) {}

Result<const Layout*> LayoutCx::layout_of(Ty ty) {
    auto it = m_cache.find(ty);
    if (it != m_cache.end()) return it->second.get();
    if (m_in_progress[ty])
        return layout_error("type `" + m_cx.to_string(ty) + "` contains itself (infinite size)");
    m_in_progress[ty] = true;
    auto l = compute(ty);
    m_in_progress.erase(ty);
    if (!l) return l.error();
    auto [pos, _] = m_cache.emplace(ty, std::make_unique<Layout>(std::move(*l)));
    return pos->second.get();
}

Result<bool> LayoutCx::is_sized(Ty ty) {
    for (int depth = 0; depth < 256; ++depth) {
        switch (ty->kind) {
        case Kind::Str:
        case Kind::Slice:
        case Kind::Dynamic:
        case Kind::Foreign: return false;
        case Kind::Tuple:
            if (ty->nargs == 0) return true;
            ty = ty->arg(ty->nargs - 1);
            continue;
        case Kind::Pat: ty = ty->arg(0); continue;
        case Kind::Adt: {
            const AdtInfo& adt = m_adts.adt(ty->def);
            if (adt.kind != items::ItemKind::Struct || adt.variants.empty() ||
                adt.variants[0].fields.empty())
                return true;
            ty = m_adts.normalize(m_adts.field_ty(ty, 0, static_cast<uint32_t>(adt.variants[0].fields.size() - 1)));
            continue;
        }
        case Kind::Param:
        case Kind::Alias:
        case Kind::Error:
            return layout_error("cannot tell whether `" + m_cx.to_string(ty) + "` is Sized");
        default: return true;
        }
    }
    return layout_error("struct tail too deep");
}

// rustc: the struct's last field, with the struct's own generics, is not known to be Sized.
bool LayoutCx::struct_tail_maybe_unsized(ItemId def) {
    auto it = m_tail_maybe_unsized.find(def);
    if (it != m_tail_maybe_unsized.end()) return it->second;
    m_tail_maybe_unsized[def] = false; // cycle guard
    bool result = false;
    const AdtInfo& adt = m_adts.adt(def);
    if (adt.kind == items::ItemKind::Struct && !adt.variants.empty() && !adt.variants[0].fields.empty()) {
        // No arguments: field_ty leaves the struct's own Params in place (identity).
        Ty self = m_cx.mk_adt(def, {});
        Ty tail = m_adts.normalize(
            m_adts.field_ty(self, 0, static_cast<uint32_t>(adt.variants[0].fields.size() - 1)));
        for (int depth = 0; depth < 64; ++depth) {
            if (tail->kind == Kind::Str || tail->kind == Kind::Slice || tail->kind == Kind::Dynamic ||
                tail->kind == Kind::Foreign) {
                result = true;
                break;
            }
            if (tail->kind == Kind::Param) {
                result = m_adts.param_may_be_unsized(def, tail->index);
                break;
            }
            if (tail->kind == Kind::Tuple && tail->nargs > 0) {
                tail = tail->arg(tail->nargs - 1);
                continue;
            }
            if (tail->kind == Kind::Adt) {
                // A struct whose own tail may be unsized, instantiated with a param that may be.
                const AdtInfo& inner = m_adts.adt(tail->def);
                if (inner.kind != items::ItemKind::Struct || inner.variants.empty() ||
                    inner.variants[0].fields.empty() || !struct_tail_maybe_unsized(tail->def))
                    break;
                tail = m_adts.normalize(
                    m_adts.field_ty(tail, 0, static_cast<uint32_t>(inner.variants[0].fields.size() - 1)));
                continue;
            }
            break;
        }
    }
    m_tail_maybe_unsized[def] = result;
    return result;
}

Result<Layout> LayoutCx::layout_of_pointer(Ty ty, Ty pointee, bool nonnull) {
    Primitive ptr{PrimKind::Pointer, false, static_cast<uint8_t>(m_dl.pointer_size)};
    Scalar data_ptr = scalar_unit(ptr);
    if (nonnull) data_ptr.valid_range.start = 1;
    // The metadata is <pointee as Pointee>::Metadata: decided by the struct tail.
    Ty tail = m_adts.normalize(pointee);
    for (int depth = 0;; ++depth) {
        if (depth > 256) return layout_error("struct tail too deep");
        if (tail->kind == Kind::Adt) {
            const AdtInfo& adt = m_adts.adt(tail->def);
            if (adt.kind != items::ItemKind::Struct || adt.variants.empty() || adt.variants[0].fields.empty())
                break;
            tail = m_adts.normalize(
                m_adts.field_ty(tail, 0, static_cast<uint32_t>(adt.variants[0].fields.size() - 1)));
        } else if (tail->kind == Kind::Tuple && tail->nargs > 0) {
            tail = tail->arg(tail->nargs - 1);
        } else if (tail->kind == Kind::Pat) {
            tail = tail->arg(0);
        } else {
            break;
        }
    }
    Scalar meta;
    switch (tail->kind) {
    case Kind::Slice:
    case Kind::Str:
        meta = scalar_unit(int_prim(m_dl.ptr_sized_integer(), false));
        break;
    case Kind::Dynamic:
        // DynMetadata { _vtable_ptr: NonNull<VTable>, .. }
        meta = scalar_unit(ptr);
        meta.valid_range.start = 1;
        break;
    case Kind::Param:
    case Kind::Alias:
    case Kind::Error:
        return layout_error("pointer metadata of `" + m_cx.to_string(ty) + "` is unknown");
    default: // sized or extern type: a thin pointer
        return scalar_layout(m_dl, data_ptr);
    }
    return scalar_pair_layout(m_dl, data_ptr, meta);
}

Result<Layout> LayoutCx::layout_of_pattern(Ty ty) {
    auto base = layout_of(ty->arg(0));
    if (!base) return base.error();
    Layout l = **base;
    Ty bt = ty->arg(0);
    bool not_null = bt->kind == Kind::RawPtr || bt->kind == Kind::Ref || bt->kind == Kind::FnPtr;
    if (not_null) {
        // `!null`: Scalar or the data pointer of a ScalarPair.
        if (l.backend_repr == BackendReprKind::Memory) return layout_error("`!null` on a non-scalar");
        l.scalar_a.valid_range.start = 1;
    } else {
        if (l.backend_repr != BackendReprKind::Scalar) return layout_error("pattern type over a non-scalar");
        // Or-patterns arrive as one wrapping range (rustc builds the same).
        l.scalar_a.valid_range.start = truncate(ty->value, l.scalar_a.size());
        l.scalar_a.valid_range.end = truncate(ty->value2, l.scalar_a.size());
    }
    l.largest_niche = Niche{0, l.scalar_a.value, l.scalar_a.valid_range};
    // Pattern types contain their base as their sole field.
    l.fields = FieldsKind::Arbitrary;
    l.offsets = {0};
    l.memory_order = {0};
    return l;
}

// rustc prints coroutine bodies after its state transform but not the layout that transform
// chose, so this one is ours, in the spirit of rustc_ty_utils' coroutine_layout:
//  * the prefix is a struct (fields reordered like any struct) of the upvars, the tag, then the
//    promoted saved fields. The tag is direct: the smallest unsigned integer that counts the
//    variants, valid 0..=n-1, and its niche is the coroutine's (Option<impl Future> uses it);
//  * every variant lays its other saved fields out after the prefix (StructKind::Prefixed), so
//    the variants overlap there;
//  * saved fields are MaybeUninit (no niche, no valid range): they are uninitialized in the
//    states that do not use them.
// The outer layout's fields are the upvars and the tag (field `tag_field`); variant V's layout
// has one absolute offset per saved field of V, promoted or not. Which fields are promoted is
// the shape's (coroutine.cpp): what matters for consistency is that no two fields the body can
// hold at once share bytes. Sizes therefore differ from rustc's; only size_of_val can tell.
Result<Layout> LayoutCx::layout_of_coroutine(Ty ty) {
    auto shape = m_adts.coroutine(ty);
    if (!shape) return layout_error("no body for coroutine `" + m_cx.to_string(ty) + "`");
    Calculator calc(m_dl);
    std::deque<Layout> owned; // MaybeUninit copies and the tag
    auto field = [&](Ty t) -> Result<const Layout*> { return layout_of(m_adts.normalize(t)); };
    auto maybe_uninit = [&](const Layout* f) -> const Layout* {
        Layout u = *f;
        u.largest_niche.reset();
        u.uninhabited = false;
        if (u.backend_repr == BackendReprKind::Scalar || u.backend_repr == BackendReprKind::ScalarPair) {
            u.scalar_a = to_union(u.scalar_a);
            u.scalar_b = to_union(u.scalar_b);
        }
        owned.push_back(std::move(u));
        return &owned.back();
    };
    uint32_t nvariants = static_cast<uint32_t>(shape->variants.size());
    if (nvariants < kFirstSuspend) return layout_error("coroutine with fewer than 3 variants");
    Scalar tag{int_prim(fit_unsigned(nvariants - 1), false), WrappingRange{0, nvariants - 1}, false};
    owned.push_back(scalar_layout(m_dl, tag));

    Fields prefix;
    for (Ty u : shape->upvars) {
        auto fl = field(u);
        if (!fl) return fl.error();
        prefix.push_back(*fl);
    }
    uint32_t tag_index = static_cast<uint32_t>(prefix.size());
    prefix.push_back(&owned.back());
    // Per variant: its fields' layouts, and for promoted ones their index in the prefix.
    std::vector<std::vector<const Layout*>> saved(nvariants);
    std::vector<std::vector<uint32_t>> prefix_slot(nvariants);
    constexpr uint32_t kNotPromoted = ~0u;
    for (uint32_t v = 0; v < nvariants; ++v) {
        for (uint32_t k = 0; k < shape->variants[v].size(); ++k) {
            auto fl = field(shape->variants[v][k]);
            if (!fl) return fl.error();
            saved[v].push_back(maybe_uninit(*fl));
            bool promoted = v < shape->promoted.size() && k < shape->promoted[v].size() && shape->promoted[v][k];
            prefix_slot[v].push_back(promoted ? static_cast<uint32_t>(prefix.size()) : kNotPromoted);
            if (promoted) prefix.push_back(saved[v].back());
        }
    }
    auto pre = calc.univariant(prefix, ReprOptions{}, StructKind{});
    if (!pre) return pre.error();

    Layout l;
    l.size = pre->size;
    l.align = pre->align;
    l.unadjusted_abi_align = pre->align;
    l.max_repr_align = pre->max_repr_align;
    l.largest_niche = pre->largest_niche;
    l.uninhabited = pre->uninhabited;
    l.backend_repr = BackendReprKind::Memory;
    l.fields = FieldsKind::Arbitrary;
    l.offsets.assign(pre->offsets.begin(), pre->offsets.begin() + tag_index + 1);
    l.variants = VariantsKind::Multiple;
    l.tag = tag;
    l.tag_encoding = TagEncoding::Direct;
    l.tag_field = tag_index;
    StructKind after_prefix{StructKindTag::Prefixed, pre->size, pre->align};
    for (uint32_t v = 0; v < nvariants; ++v) {
        Fields own;
        for (uint32_t k = 0; k < saved[v].size(); ++k)
            if (prefix_slot[v][k] == kNotPromoted) own.push_back(saved[v][k]);
        auto var = calc.univariant(own, ReprOptions{}, after_prefix);
        if (!var) return var.error();
        Layout vl = std::move(*var);
        std::vector<uint64_t> offsets;
        for (uint32_t k = 0, o = 0; k < saved[v].size(); ++k)
            offsets.push_back(prefix_slot[v][k] == kNotPromoted ? vl.offsets[o++] : pre->offsets[prefix_slot[v][k]]);
        vl.offsets = std::move(offsets);
        vl.memory_order.resize(vl.offsets.size());
        for (uint32_t k = 0; k < vl.offsets.size(); ++k) vl.memory_order[k] = k;
        std::stable_sort(vl.memory_order.begin(), vl.memory_order.end(),
                         [&](uint32_t a, uint32_t b) { return vl.offsets[a] < vl.offsets[b]; });
        vl.variants = VariantsKind::Single;
        vl.single_index = v;
        vl.largest_niche.reset();
        l.size = std::max(l.size, vl.size);
        l.align = std::max(l.align, vl.align);
        l.variant_layouts.push_back(std::move(vl));
    }
    l.unadjusted_abi_align = l.align;
    l.size = align_to(l.size, l.align);
    l.memory_order.resize(l.offsets.size());
    for (uint32_t k = 0; k < l.offsets.size(); ++k) l.memory_order[k] = k;
    std::stable_sort(l.memory_order.begin(), l.memory_order.end(),
                     [&](uint32_t a, uint32_t b) { return l.offsets[a] < l.offsets[b]; });
    return l;
}

// A repr(simd) struct: one array field `[E; N]` of a scalar E (rustc_abi's vector_type_layout).
Result<Layout> LayoutCx::layout_of_simd(Ty ty, const AdtInfo& adt, bool packed) {
    if (adt.kind != items::ItemKind::Struct || adt.variants.size() != 1 || adt.variants[0].fields.size() != 1)
        return layout_error("repr(simd) on a type that is not a struct of one array");
    Ty arr = m_adts.normalize(m_adts.field_ty(ty, 0, 0));
    if (arr->kind != Kind::Array || arr->arg(1)->kind != Kind::Const)
        return layout_error("repr(simd) field of `" + m_cx.to_string(ty) + "` is not an array of known length");
    uint64_t count = static_cast<uint64_t>(arr->arg(1)->value);
    auto elem = layout_of(arr->arg(0));
    if (!elem) return elem.error();
    const Layout& e = **elem;
    if (count == 0) return layout_error("zero-length SIMD type");
    if (e.backend_repr != BackendReprKind::Scalar) return layout_error("SIMD vector of a non-primitive type");
    uint64_t size = e.size * count;
    auto next_pow2 = [](uint64_t v) {
        uint64_t p = 1;
        while (p < v) p <<= 1;
        return p;
    };
    Layout l;
    bool pow2 = (count & (count - 1)) == 0;
    if (packed && !pow2) {
        // No padding to the next power of two: the largest power of two dividing the size.
        l.backend_repr = BackendReprKind::Memory;
        l.align = size & (~size + 1);
    } else {
        l.backend_repr = BackendReprKind::SimdVector;
        l.scalar_a = e.scalar_a;
        l.align = next_pow2(size); // LLVM-like vector alignment (x86_64's 8 and 16 agree)
    }
    l.size = align_to(size, l.align);
    l.sized = true;
    l.variants = VariantsKind::Single;
    l.single_index = 0;
    l.fields = FieldsKind::Arbitrary;
    l.offsets = {0};
    l.memory_order = {0};
    l.largest_niche = e.largest_niche;
    l.unadjusted_abi_align = e.align;
    l.max_repr_align = 0;
    return l;
}

Result<Layout> LayoutCx::layout_of_adt(Ty ty) {
    const AdtInfo& adt = m_adts.adt(ty->def);
    const items::Repr& r = adt.repr;
    ReprOptions repr;
    repr.c = r.kind == items::ReprKind::C;
    repr.transparent = r.kind == items::ReprKind::Transparent;
    repr.simd = r.kind == items::ReprKind::Simd;
    repr.align = r.align;
    repr.pack = r.packed;
    if (r.int_ty) {
        IntTy it;
        if (!parse_int_ty(m_cx.interner().str(r.int_ty), it))
            return layout_error("bad repr integer `" + std::string(m_cx.interner().str(r.int_ty)) + "`");
        repr.has_int = true;
        repr.int_ity = integer_from_size(int_size(it, static_cast<uint32_t>(m_dl.pointer_size)));
        repr.int_signed = is_signed(it);
    }
    if (repr.simd) return layout_of_simd(ty, adt, r.packed != 0);

    std::vector<std::vector<const Layout*>> variants(adt.variants.size());
    for (uint32_t v = 0; v < adt.variants.size(); ++v) {
        for (uint32_t f = 0; f < adt.variants[v].fields.size(); ++f) {
            Ty fty = m_adts.normalize(m_adts.field_ty(ty, v, f));
            auto fl = layout_of(fty);
            if (!fl) return fl.error();
            variants[v].push_back(*fl);
        }
    }
    Calculator calc(m_dl);
    if (adt.kind == items::ItemKind::Union) {
        if (repr.pack && repr.align) return layout_error("union cannot be packed and aligned");
        return calc.layout_of_union(repr, variants.empty() ? Fields{} : variants[0]);
    }
    // UnsafeCell and UnsafePinned disable niche optimizations.
    bool special_no_niche = (ty->def == m_adts.lang_item("UnsafeCell") ||
                             ty->def == m_adts.lang_item("UnsafePinned"));
    Calculator::EnumInput in;
    bool is_enum = adt.kind == items::ItemKind::Enum;
    if (is_enum)
        for (const VariantInfo& v : adt.variants) in.discriminants.push_back(static_cast<i128>(v.discr));
    if (r.has_valid_range_start) in.valid_range_start = r.valid_range_start;
    if (r.has_valid_range_end) in.valid_range_end = r.valid_range_end;
    bool maybe_unsized = adt.kind == items::ItemKind::Struct && struct_tail_maybe_unsized(ty->def);
    auto l = calc.layout_of_struct_or_enum(repr, variants, is_enum, special_no_niche, in, !maybe_unsized);
    if (l && !maybe_unsized && l->is_unsized()) return layout_error("unsized layout for a sized struct");
    return l;
}

Result<Layout> LayoutCx::compute(Ty ty) {
    Calculator calc(m_dl);
    auto scalar = [&](Primitive p) { return scalar_layout(m_dl, scalar_unit(p)); };
    switch (ty->kind) {
    case Kind::Pat: return layout_of_pattern(ty);
    case Kind::Bool:
        return scalar_layout(m_dl, Scalar{int_prim(Integer::I8, false), WrappingRange{0, 1}, false});
    case Kind::Char:
        return scalar_layout(m_dl, Scalar{int_prim(Integer::I32, false), WrappingRange{0, 0x10FFFF}, false});
    case Kind::Int: {
        IntTy it = static_cast<IntTy>(ty->small);
        uint32_t size = int_size(it, static_cast<uint32_t>(m_dl.pointer_size));
        return scalar(Primitive{PrimKind::Int, is_signed(it), static_cast<uint8_t>(size)});
    }
    case Kind::Float: {
        static const uint8_t sizes[] = {2, 4, 8, 16};
        return scalar(Primitive{PrimKind::Float, false, sizes[ty->small & 3]});
    }
    case Kind::FnPtr: {
        Scalar s = scalar_unit(Primitive{PrimKind::Pointer, false, static_cast<uint8_t>(m_dl.pointer_size)});
        s.valid_range.start = 1;
        return scalar_layout(m_dl, s);
    }
    case Kind::Never: return never_layout();
    case Kind::Ref: return layout_of_pointer(ty, ty->arg(0), true);
    case Kind::RawPtr: return layout_of_pointer(ty, ty->arg(0), false);
    case Kind::Array: {
        Ty len = ty->arg(1);
        if (len->kind != Kind::Const) return layout_error("array length of `" + m_cx.to_string(ty) + "` is not known");
        auto elem = layout_of(ty->arg(0));
        if (!elem) return elem.error();
        if (len->value > ~uint64_t(0)) return layout_error("array too large");
        return calc.array_like(**elem, static_cast<uint64_t>(len->value));
    }
    case Kind::Slice: {
        auto elem = layout_of(ty->arg(0));
        if (!elem) return elem.error();
        return calc.array_like(**elem, std::nullopt);
    }
    case Kind::Str: {
        Layout u8 = scalar(int_prim(Integer::I8, false));
        return calc.array_like(u8, std::nullopt);
    }
    case Kind::FnDef: return unit_layout(true);
    case Kind::Dynamic:
    case Kind::Foreign: return unit_layout(false);
    case Kind::Coroutine: return layout_of_coroutine(ty);
    case Kind::Closure: {
        // The captures, laid out like a struct (rustc: the tupled upvars' layout). They come
        // from the closure's body (Lowerer::closure_upvars); the type's args are the parent's.
        auto upvars = m_adts.closure_upvars(ty);
        if (!upvars) return layout_error("closure without known captures: `" + m_cx.to_string(ty) + "`");
        Fields fields;
        for (Ty t : *upvars) {
            auto fl = layout_of(m_adts.normalize(t));
            if (!fl) return fl.error();
            fields.push_back(*fl);
        }
        return calc.univariant(fields, ReprOptions{}, StructKind{});
    }
    case Kind::Tuple: {
        Fields fields;
        for (Ty t : ty->arg_span()) {
            auto fl = layout_of(m_adts.normalize(t));
            if (!fl) return fl.error();
            fields.push_back(*fl);
        }
        StructKind kind;
        kind.tag = fields.empty() ? StructKindTag::AlwaysSized : StructKindTag::MaybeUnsized;
        return calc.univariant(fields, ReprOptions{}, kind);
    }
    case Kind::Adt: return layout_of_adt(ty);
    case Kind::Alias: {
        Ty n = m_adts.normalize(ty);
        if (n != ty) {
            auto l = layout_of(n);
            if (!l) return l.error();
            return **l;
        }
        return layout_error("cannot normalize `" + m_cx.to_string(ty) + "`");
    }
    case Kind::Param: return layout_error("`" + m_cx.to_string(ty) + "` is too generic for a layout");
    default: return layout_error("no layout for `" + m_cx.to_string(ty) + "`");
    }
}

// ---------------------------------------------------------------------------------------------

std::optional<u128> tag_bits(const Layout& l, uint32_t variant, u128 discr) {
    if (l.variants != VariantsKind::Multiple) return std::nullopt;
    u128 mask = unsigned_int_max(l.tag.size());
    if (l.tag_encoding == TagEncoding::Direct) return discr & mask;
    if (variant < l.niche_variants_start || variant > l.niche_variants_end || variant == l.untagged_variant)
        return std::nullopt;
    return (u128(variant - l.niche_variants_start) + l.niche_start) & mask;
}

std::string describe_layout(const Layout& l, const AdtInfo* adt, const TargetDataLayout& dl) {
    std::string out = "size=" + std::to_string(l.size) + " align=" + std::to_string(l.align);
    auto add_fields = [&](const Layout& v, uint32_t vi) {
        if (v.fields != FieldsKind::Arbitrary && v.fields != FieldsKind::Union) return;
        for (uint32_t i = 0; i < v.field_count(); ++i)
            out += " f" + std::to_string(vi) + "." + std::to_string(i) + "=" + std::to_string(v.field_offset(i));
    };
    if (l.variants != VariantsKind::Multiple) {
        uint32_t nv = adt ? static_cast<uint32_t>(adt->variants.size()) : 1;
        for (uint32_t vi = 0; vi < nv; ++vi) {
            if (l.variants == VariantsKind::Single && vi == l.single_index) {
                add_fields(l, vi);
                continue;
            }
            // Variants a layout leaves out are uninhabited: rustc gives their fields offset 0.
            for (size_t i = 0; i < adt->variants[vi].fields.size(); ++i)
                out += " f" + std::to_string(vi) + "." + std::to_string(i) + "=0";
        }
        return out;
    }
    for (uint32_t vi = 0; vi < l.variant_layouts.size(); ++vi) add_fields(l.variant_layouts[vi], vi);
    uint64_t tag_offset = l.field_offset(l.tag_field);
    uint64_t tag_size = l.tag.size();
    out += " tag=" + std::to_string(tag_offset) + ":" + std::to_string(tag_size);
    out += l.tag_encoding == TagEncoding::Direct ? " direct" : " niche";
    for (uint32_t vi = 0; vi < l.variant_layouts.size(); ++vi) {
        u128 discr = adt && vi < adt->variants.size() ? adt->variants[vi].discr : vi;
        auto bits = tag_bits(l, vi, discr);
        out += " v" + std::to_string(vi) + "=";
        if (!bits) {
            out += "-";
            continue;
        }
        static const char* hex = "0123456789abcdef";
        for (uint64_t b = 0; b < tag_size; ++b) {
            uint64_t byte_index = dl.big_endian ? tag_size - 1 - b : b;
            unsigned byte = static_cast<unsigned>((*bits >> (byte_index * 8)) & 0xff);
            out += hex[byte >> 4];
            out += hex[byte & 15];
        }
    }
    return out;
}

} // namespace mirage::ty
