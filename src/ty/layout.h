// Memory layout of semantic types, identical to rustc's (the MIR we run, and std's own code,
// depend on sizes, field offsets, niches and tag encodings). A port of
// compiler/rustc_abi/src/layout.rs (the calculator) and compiler/rustc_ty_utils/src/layout.rs
// (which type gets which layout) of rustc 1.96; names follow rustc's so the two can be read side
// by side. Sizes and alignments are in bytes.
//
// The oracle is rustc itself: tests/layout/ generates a probe program over hundreds of types,
// runs it natively (size_of, align_of, offset_of!, the bytes of enum values) and compares with
// `mirage layout-probe`; for targets that cannot run here it compares with -Zprint-type-sizes.
#pragma once

#include "ty/coroutine.h"
#include "ty/lower.h"
#include "util/result.h"

#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace mirage::ty {

enum class Integer : uint8_t { I8, I16, I32, I64, I128 };
inline uint64_t integer_size(Integer i) { return uint64_t(1) << static_cast<int>(i); }

// The target facts layout needs: rustc's TargetDataLayout (rustc_abi/src/lib.rs), parsed from the
// target spec's LLVM data-layout string.
struct TargetDataLayout {
    bool big_endian = false;
    uint64_t pointer_size = 8, pointer_align = 8;
    uint64_t i8_align = 1, i16_align = 2, i32_align = 4, i64_align = 4, i128_align = 4;
    uint64_t f16_align = 2, f32_align = 4, f64_align = 8, f128_align = 16;
    uint64_t aggregate_align = 1;
    Integer c_enum_min_size = Integer::I32;

    // `spec` in LLVM's syntax ("e-m:e-p270:32:32-...-i128:128-n8:16:32:64-S128").
    static Result<TargetDataLayout> parse(std::string_view spec);
    // One of the targets Mirage supports (x86_64, i686, aarch64, s390x linux-gnu).
    static Result<TargetDataLayout> for_target(std::string_view triple);

    uint64_t int_align(Integer i) const;
    Integer ptr_sized_integer() const { return pointer_size == 4 ? Integer::I32 : Integer::I64; }
    uint64_t obj_size_bound() const { return pointer_size == 4 ? uint64_t(1) << 31 : uint64_t(1) << 61; }
};

enum class PrimKind : uint8_t { Int, Float, Pointer };

struct Primitive {
    PrimKind kind = PrimKind::Int;
    bool is_signed = false;  // Int only
    uint8_t size = 1;        // bytes: Int 1..16, Float 2..16, Pointer = pointer size
    bool operator==(const Primitive&) const = default;
};

// Inclusive range of valid values, wrapping: start > end means [start, max] ∪ [0, end].
struct WrappingRange {
    u128 start = 0, end = 0;
    bool operator==(const WrappingRange&) const = default;
    bool contains(u128 v) const { return start <= end ? start <= v && v <= end : start <= v || v <= end; }
};

struct Scalar {
    Primitive value;
    WrappingRange valid_range; // ignored for a union scalar
    bool is_union = false;     // Scalar::Union: may be uninitialized, no valid range
    bool operator==(const Scalar&) const = default;
    uint64_t size() const { return value.size; }
    bool is_always_valid() const;
};

// A range of invalid values of a scalar somewhere inside a type, usable for enum tags.
struct Niche {
    uint64_t offset = 0;
    Primitive value;
    WrappingRange valid_range;
    u128 available() const;
    // Reserves `count` invalid values: (first reserved value, the scalar with the grown range).
    std::optional<std::pair<u128, Scalar>> reserve(u128 count) const;
};

// SimdVector: a repr(simd) vector of `scalar_a` elements (rustc's BackendRepr::SimdVector).
enum class BackendReprKind : uint8_t { Scalar, ScalarPair, Memory, SimdVector };
enum class FieldsKind : uint8_t { Primitive, Union, Array, Arbitrary };
enum class VariantsKind : uint8_t { Empty, Single, Multiple };
enum class TagEncoding : uint8_t { Direct, Niche };

struct Layout {
    uint64_t size = 0;
    uint64_t align = 1;
    uint64_t unadjusted_abi_align = 1;
    uint64_t max_repr_align = 0; // 0: no repr(align) anywhere inside

    BackendReprKind backend_repr = BackendReprKind::Memory;
    Scalar scalar_a, scalar_b;   // Scalar: a; ScalarPair: a, b
    bool sized = true;           // Memory only
    bool uninhabited = false;

    FieldsKind fields = FieldsKind::Arbitrary;
    uint64_t union_count = 0;           // Union
    uint64_t array_stride = 0, array_count = 0; // Array
    std::vector<uint64_t> offsets;      // Arbitrary: by source field index
    std::vector<uint32_t> memory_order; // Arbitrary: field indices by increasing offset

    VariantsKind variants = VariantsKind::Single;
    uint32_t single_index = 0;          // Single
    // Multiple: the tag is field `tag_field` of this layout (offsets[tag_field]).
    Scalar tag;
    TagEncoding tag_encoding = TagEncoding::Direct;
    uint32_t tag_field = 0;
    uint32_t untagged_variant = 0;      // Niche
    uint32_t niche_variants_start = 0, niche_variants_end = 0; // Niche, inclusive
    u128 niche_start = 0;               // Niche
    std::vector<Layout> variant_layouts;// Multiple: one per variant

    std::optional<Niche> largest_niche;

    bool is_unsized() const { return backend_repr == BackendReprKind::Memory && !sized; }
    bool is_zst() const;
    bool is_1zst() const { return is_zst() && align == 1; }
    uint64_t field_offset(uint32_t i) const;
    uint32_t field_count() const;
};

// What layout needs to know about ADTs. LowererAdtSource (below) answers from the program
// database; unit tests answer from definitions they build themselves.
class AdtSource {
  public:
    virtual ~AdtSource() = default;
    virtual const AdtInfo& adt(ItemId def) = 0;
    // The type of a field of `adt` (an Adt type), substituted and normalized.
    virtual Ty field_ty(Ty adt, uint32_t variant, uint32_t field) = 0;
    // Whether generic parameter `index` of `def` may be unsized (`?Sized`, `PointeeSized`...):
    // rustc keeps such a struct's tail field last and skips its end-biased niche layout.
    virtual bool param_may_be_unsized(ItemId def, uint32_t index) = 0;
    // The lang item named `name` (kNone if absent).
    virtual ItemId lang_item(std::string_view name) = 0;
    virtual Ty normalize(Ty ty) { return ty; }
    // The upvars and saved fields of a coroutine type (ty/coroutine.h), substituted.
    virtual std::optional<CoroutineShape> coroutine(Ty ty) {
        (void)ty;
        return std::nullopt;
    }
    // The captured variables' types of a closure type, substituted (nullopt: unknown).
    virtual std::optional<std::vector<Ty>> closure_upvars(Ty ty) {
        (void)ty;
        return std::nullopt;
    }
};

class LowererAdtSource final : public AdtSource {
  public:
    explicit LowererAdtSource(Lowerer& lowerer) : m_lowerer(lowerer) {}
    const AdtInfo& adt(ItemId def) override;
    Ty field_ty(Ty adt, uint32_t variant, uint32_t field) override;
    bool param_may_be_unsized(ItemId def, uint32_t index) override;
    ItemId lang_item(std::string_view name) override;
    Ty normalize(Ty ty) override;
    std::optional<CoroutineShape> coroutine(Ty ty) override;
    std::optional<std::vector<Ty>> closure_upvars(Ty ty) override;

  private:
    Lowerer& m_lowerer;
};

// Computes and caches one Layout per type. Types must be monomorphic (no Param, no Alias left
// after normalization); anything else is an error, never a crash.
class LayoutCx {
  public:
    LayoutCx(TyCtx& cx, AdtSource& adts, TargetDataLayout dl);

    const TargetDataLayout& data_layout() const { return m_dl; }
    TyCtx& cx() const { return m_cx; }

    Result<const Layout*> layout_of(Ty ty);

    // Whether `ty` is Sized (monomorphic types only; Param asks the AdtSource through `owner`).
    Result<bool> is_sized(Ty ty);

  private:
    Result<Layout> compute(Ty ty);
    Result<Layout> layout_of_adt(Ty ty);
    Result<Layout> layout_of_simd(Ty ty, const AdtInfo& adt, bool packed);
    Result<Layout> layout_of_pointer(Ty ty, Ty pointee, bool nonnull);
    Result<Layout> layout_of_pattern(Ty ty);
    Result<Layout> layout_of_coroutine(Ty ty);
    bool struct_tail_maybe_unsized(ItemId def);

    TyCtx& m_cx;
    AdtSource& m_adts;
    TargetDataLayout m_dl;
    std::unordered_map<Ty, std::unique_ptr<Layout>> m_cache;
    std::unordered_map<Ty, bool> m_in_progress; // cycle guard: a type that contains itself
    std::unordered_map<ItemId, bool> m_tail_maybe_unsized;
};

// The tag bits that encode `variant` of a multi-variant layout (`discr`: its discriminant);
// nullopt for the untagged variant of a niche encoding (its niche bytes hold data) and for
// variants outside the niche range.
std::optional<u128> tag_bits(const Layout& l, uint32_t variant, u128 discr);

// What the layout oracle compares (tests/layout/README.md): `size=S align=A`, then `fV.I=OFF` for
// every field I of variant V, and for enums `tag=OFF:SIZE direct|niche` with `vK=HEX` (the tag's
// bytes in memory order for variant K, `-` when untagged). `adt` gives the discriminants.
std::string describe_layout(const Layout& l, const AdtInfo* adt, const TargetDataLayout& dl);

} // namespace mirage::ty
