// Lowering of syntax types (mir::TyId) to semantic types (ty::Ty), and the ADT queries built
// on it. Two sources of syntax:
//  * item types (rustdoc JSON, recovered HIR items): paths are already resolved
//    (TyKind::Resolved), generic parameters are TyKind::Param by name;
//  * MIR types as rustc printed them in a body: paths are printed paths (resolved here through
//    items::Resolver), generic parameters are single-segment paths (`T`).
// Trailing defaulted generic arguments that rustc omits when printing (`Vec<i32>` for
// `Vec<i32, Global>`) are filled in from the item's generics.
#pragma once

#include "items/resolve.h"
#include "ty/ty.h"

#include <functional>
#include <unordered_map>
#include <vector>

namespace mirage::ty {

// One generic parameter in scope of an item (lifetimes skipped), in rustc's order: the parent's
// (impl, or trait with `Self` first) before the item's own.
struct GenericParamInfo {
    mir::Sym name = 0;
    bool is_const = false;
    ItemId owner = items::kNone;          // the item that declares it
    const items::GenericParam* decl = nullptr; // nullptr for a trait's implicit `Self`
};

struct VariantInfo {
    ItemId item = items::kNone;   // the Variant item (the struct/union item for those)
    mir::Sym name = 0;
    std::vector<ItemId> fields;   // Field items in declaration order
    u128 discr = 0;               // the discriminant's bits (sign-extended to 128 for negatives)
    bool explicit_discr = false;
};

struct AdtInfo {
    ItemId def = items::kNone;
    items::ItemKind kind = items::ItemKind::Struct; // Struct, Enum or Union
    items::Repr repr;
    std::vector<VariantInfo> variants; // a struct or union has exactly one
    bool non_exhaustive = false;
};

class Lowerer {
  public:
    Lowerer(TyCtx& cx, const items::Resolver& resolver);

    TyCtx& cx() const { return m_cx; }

    // The generic parameters in scope of `item` (parents first). Index = Param index.
    const std::vector<GenericParamInfo>& generics_of(ItemId item);
    // Param(0..n) for `item`'s generics.
    std::vector<Ty> identity_args(ItemId item);

    // A trait's `Self` in the defaults of a trait's args when the trait is named without its self
    // type (`PartialEq` is `PartialEq<Self>`): lowering a trait ref yields Param(kSelfPlaceholder)
    // there, and whoever supplies the self type replaces it with with_self().
    static constexpr uint32_t kSelfPlaceholder = 0xFFFF0000u;
    Ty with_self(Ty ty, Ty self);

    // A type from the item table, inside the generic scope of `owner`.
    Ty lower_item_ty(mir::TyId syntax, ItemId owner);
    // A type printed in MIR in a body of crate `crate` whose generic scope is `owner`
    // (kNone: no generics in scope).
    Ty lower_mir_ty(mir::TyId syntax, items::CrateId crate, ItemId owner);

    // The definition of an ADT (struct/enum/union item).
    const AdtInfo& adt(ItemId def);
    // The type of field `field` of variant `variant` of `adt` (an Adt type), substituted and
    // normalized.
    Ty field_ty(Ty adt, uint32_t variant, uint32_t field);

    // Normalization of projections (Kind::Alias) is trait selection's job (src/ty/traits);
    // it plugs in here. Without it, projections stay as they are.
    std::function<Ty(Ty)> normalizer;
    // Maps a closure/coroutine type's printed text (`closure@FILE:L:C: L:C`) in a crate to its
    // pseudo-item (the join records these).
    std::function<ItemId(items::CrateId, mir::Sym)> closure_lookup;
    Ty normalize(Ty ty) { return normalizer ? normalizer(ty) : ty; }
    // The FnDef type a printed fn item path denotes (set by the TraitSolver: lower_fn_path).
    std::function<Ty(mir::TyId path, items::CrateId crate, ItemId owner)> fn_def_lookup;

  private:
    TyCtx& m_cx;
    const items::Resolver& m_resolver;
    std::unordered_map<ItemId, std::vector<GenericParamInfo>> m_generics;
    std::unordered_map<ItemId, AdtInfo> m_adts;
};

} // namespace mirage::ty
