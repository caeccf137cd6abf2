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
#include <memory>
#include <optional>
#include <unordered_map>
#include <vector>

namespace mirage::ty {

// One generic parameter in scope of an item (lifetimes skipped), in rustc's order: the parent's
// (impl, or trait with `Self` first) before the item's own.
struct GenericParamInfo {
    mir::Sym name = 0;
    bool is_const = false;
    ItemId owner = items::kNone;          // the item that declares it
    const items::GenericParam* decl = nullptr; // nullptr for `Self` and inferred params
    bool is_self = false;                       // a trait's implicit `Self`
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

// What a closure body tells about its closure type: how it takes `self` and what it captured.
// Types are generic over the enclosing item's parameters (the closure type's args).
struct ClosureInfo {
    enum class CallKind : uint8_t { Fn, FnMut, FnOnce } kind = CallKind::Fn;
    std::vector<Ty> upvars; // by capture index
    std::vector<Ty> inputs; // the closure's arguments after `self`
    Ty output = nullptr;
};

// What a coroutine body tells about its coroutine type: see src/ty/coroutine.cpp.
struct CoroutineInfo;

class Lowerer {
  public:
    Lowerer(TyCtx& cx, const items::Resolver& resolver);
    ~Lowerer();

    TyCtx& cx() const { return m_cx; }

    // The generic parameters in scope of `item` (parents first). Index = Param index.
    const std::vector<GenericParamInfo>& generics_of(ItemId item);
    // Items recovered from HIR (kLocal) whose parent is `parent` (a fn, usually).
    const std::vector<ItemId>& local_children(ItemId parent);
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

    // The generic args of a use of `def` printed in MIR (own params only; lifetimes dropped,
    // const params lowered as consts, trailing defaults filled in).
    std::vector<Ty> lower_mir_args(ItemId def, std::span<const mir::TyId> kids, items::CrateId crate,
                                   ItemId owner);

    // The item a printed path names (segments may pass through `<impl ..>` and fns to items
    // defined inside bodies). kNone when nothing matches.
    ItemId resolve_mir_path(mir::TyId path, items::CrateId crate, ItemId owner, items::Namespace ns);

    // The definition of an ADT (struct/enum/union item).
    const AdtInfo& adt(ItemId def);
    // The type of field `field` of variant `variant` of `adt` (an Adt type), substituted and
    // normalized.
    Ty field_ty(Ty adt, uint32_t variant, uint32_t field);

    // The closure/coroutine pseudo-item's body facts; nullptr when its body is unavailable.
    const ClosureInfo* closure_info(ItemId closure);
    // Upvar types of a closure type (Kind::Closure), substituted.
    std::vector<Ty> closure_upvars(Ty closure);
    // The item whose generics a closure, coroutine or inline const shares (its enclosing fn).
    ItemId generic_root(ItemId item);
    // The generic args (in `owner`'s generic scope) of `closure` when a body of `owner` outside
    // the closure's generic scope prints its type: a callee's `impl Trait` return type that MIR
    // reveals (`map_fold(f, g)` returns `{closure@map.rs:88:5}` with map_fold's args). Inferred
    // from the calls in the body whose destination has that type. nullopt when unknown.
    std::optional<std::vector<Ty>> foreign_closure_args(ItemId owner, ItemId closure);
    bool inferring_closure_args() const { return m_inferring_closures > 0; }
    // `impl Trait` text compared modulo spacing and lifetime bounds.
    static std::string canonical_impl_text(std::string_view text);
    // Coroutines (src/ty/coroutine.cpp): the body's facts (nullptr when its body is
    // unavailable); the async fn's coroutine pseudo-item (kNone for other fns).
    const CoroutineInfo* coroutine_info(ItemId coroutine);
    ItemId async_fn_coroutine(ItemId fn);
    // `async fn body of PATH<ARGS>()` printed in a body of `crate` with generics of `owner`.
    Ty async_fn_body_ty(std::string_view text, items::CrateId crate, ItemId owner);
    // Lowers a fn path (a FnDef type's path) to its item and args; trait selection plugs it in.
    std::function<std::optional<std::pair<ItemId, std::vector<Ty>>>(mir::TyId, items::CrateId, ItemId)>
        fn_path_lowerer;
    // Gives access to MIR bodies by global body index (the engine's cache, tests' parsed crates).
    std::function<const mir::Body*(uint32_t)> body_provider;

    // Evaluates a const expression written in an item's type (`[Tag; Group::WIDTH]`, rustdoc
    // keeps the source text) in the scope of `owner` to a Const of `type`; nullptr when it
    // cannot. The engine plugs in (it runs the const's body).
    std::function<Ty(std::string_view expr, ItemId owner, Ty type)> const_evaluator;
    // Normalization of projections (Kind::Alias) is trait selection's job (src/ty/traits);
    // it plugs in here. Without it, projections stay as they are.
    std::function<Ty(Ty)> normalizer;
    // Maps a closure/coroutine type's printed text (`closure@FILE:L:C: L:C`) in a crate to its
    // pseudo-item (the join records these).
    // `owner` is the item whose body prints the type: macro-generated code prints the same text
    // for the closures of every expansion, and the one inside `owner` is meant.
    std::function<ItemId(items::CrateId, mir::Sym, ItemId owner)> closure_lookup;
    Ty normalize(Ty ty) { return normalizer ? normalizer(ty) : ty; }

  private:
    void infer_recovered_generics(ItemId id, std::vector<GenericParamInfo>& out);
    struct ForeignClosures {
        bool done = false;
        std::unordered_map<ItemId, std::vector<Ty>> args; // closure -> args in the owner's scope
    };
    void infer_foreign_closures(ItemId owner, ForeignClosures& out);
    Ty callee_return_ty(ItemId def, const std::vector<Ty>& args);

    TyCtx& m_cx;
    const items::Resolver& m_resolver;
    std::unordered_map<ItemId, std::vector<GenericParamInfo>> m_generics;
    std::unordered_map<ItemId, AdtInfo> m_adts;
    std::unordered_map<ItemId, std::vector<ItemId>> m_local_children;
    size_t m_local_index_size = 0;
    std::unordered_map<ItemId, std::unique_ptr<ClosureInfo>> m_closures;
    std::unordered_map<ItemId, ForeignClosures> m_foreign_closures; // by owner
    int m_inferring_closures = 0;
    std::unordered_map<ItemId, std::unique_ptr<CoroutineInfo>> m_coroutines;
    std::unordered_map<ItemId, ItemId> m_async_fn_coroutines; // fn -> coroutine pseudo-item
    size_t m_async_index_size = 0;
};

} // namespace mirage::ty
