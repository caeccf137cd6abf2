// Trait selection on ground types, normalization of projections, and resolution of a call to
// the body that runs (rustc_trait_selection + Instance::resolve, for monomorphic instances).
//
// Candidates, in rustc's order of preference: built-in impls for the compiler-implemented traits
// (found by lang item: Sized, Copy/Clone for tuples, closures, fn pointers...; Fn/FnMut/FnOnce
// for fn items, fn pointers and closures; Pointee, DiscriminantKind, Tuple), `dyn` object
// candidates, then user impls (header matched, where-clauses checked), the most specific one
// winning (specialization). Auto traits without a matching impl hold structurally.
#pragma once

#include "ty/lower.h"

#include <optional>
#include <set>
#include <string>
#include <unordered_map>
#include <vector>

namespace mirage::ty {

enum class SourceKind : uint8_t {
    Impl,     // a user impl: impl + its args
    Builtin,  // compiler-implemented (Sized, Copy, Clone of tuples, Fn* of closures ...)
    Object,   // the trait (or a supertrait) of the `dyn` self type
    AutoImpl, // an auto trait holding structurally
};

struct ImplSource {
    SourceKind kind = SourceKind::Builtin;
    ItemId impl = items::kNone;
    std::vector<Ty> args; // Impl: the impl's generic args
};

enum class InstanceKind : uint8_t {
    Item,            // the MIR body of `def` (a fn, or a trait's default method)
    Virtual,         // a call through a vtable: `vtable_slot` of the receiver's vtable
    DropGlue,        // drop_in_place::<args[0]> (no body when args[0] needs no drop)
    CloneShim,       // Clone::clone of a tuple, array, closure or fn pointer (built-in)
    FnPtrShim,       // Fn*::call* on a fn item or fn pointer: call args[0] with the tupled args
    ClosureOnceShim, // FnOnce::call_once on an Fn/FnMut closure: by-value adapter
    Intrinsic,       // a compiler intrinsic: the engine implements it
    Foreign,         // a foreign function (extern block item): a shim implements it
};

struct Instance {
    InstanceKind kind = InstanceKind::Item;
    ItemId def = items::kNone;
    std::vector<Ty> args;
    uint32_t vtable_slot = 0;
    bool operator==(const Instance&) const = default;
};

// A fn item named at a call site, before resolution: `<T as Trait>::m::<U>` is the trait's
// method with args [T, trait args.., U].
struct FnRef {
    ItemId def = items::kNone;
    std::vector<Ty> args;
};

class TraitSolver {
  public:
    TraitSolver(Lowerer& lowerer, const items::Resolver& resolver);

    Lowerer& lowerer() { return m_lw; }

    // `args[0]: trait<args[1..]>` on ground types. nullopt when no candidate applies.
    std::optional<ImplSource> select(ItemId trait, Args args);
    bool holds(ItemId trait, Args args) { return select(trait, args).has_value(); }

    // Normalizes every projection inside `ty` (deep).
    Ty normalize(Ty ty);

    // The fn item a FnDef path printed in MIR names, in a body of `crate` with generic scope
    // `owner`. Args may contain the owner's Params (substitute before resolving).
    std::optional<FnRef> lower_fn_path(mir::TyId path, items::CrateId crate, ItemId owner);

    // The body that runs for a call of `def` with ground `args`.
    std::optional<Instance> resolve(ItemId def, Args args);

    ItemId lang_item(std::string_view name) const;
    std::string describe(const Instance& instance) const;
    // The name a report's backtrace gives a frame, as Miri does: the item's path (without the
    // crate name for `local`'s items), trait impl methods as `<Self as Trait>::name`, inherent
    // impl methods as `Self::name`, with the instance's types.
    std::string frame_path(const Instance& instance, items::CrateId local);

  private:
    std::optional<ImplSource> select_builtin(ItemId trait, std::string_view lang, Args args);
    std::optional<ImplSource> select_impl(ItemId trait, Args args);
    // The impls that apply to `args[0]: trait<args[1..]>`, most specific first.
    std::vector<ImplSource> applicable_impls(ItemId trait, Args args);
    const std::set<ItemId>& implied_bounds(ItemId impl);
    bool has_negative_impl(ItemId trait, Args args);
    bool auto_trait_holds_structurally(ItemId trait, Ty self);
    bool impl_where_clauses_hold(ItemId impl, std::vector<Ty>& vars, int depth);
    bool is_more_specific(ItemId a, ItemId b);
    Ty normalize_alias(Ty alias);
    Ty builtin_projection(ItemId trait, std::string_view lang, mir::Sym assoc_name, Args args);
    ItemId dyn_principal(Ty dyn) const;
    bool is_sized(Ty ty);
    bool is_copy(Ty ty);
    Ty impl_trait_ref(ItemId impl); // TraitRef with Self first, in the impl's generic scope

    Lowerer& m_lw;
    TyCtx& m_cx;
    const items::Resolver& m_resolver;
    int m_depth = 0;
    std::unordered_map<ItemId, Ty> m_impl_headers;
    std::unordered_map<ItemId, std::set<ItemId>> m_implied_bounds;
    std::unordered_map<const void*, std::optional<ImplSource>> m_select_cache;
};

} // namespace mirage::ty
