// Vtables in rustc's entry order (compiler/rustc_trait_selection/src/traits/vtable.rs):
// drop_in_place, size, align, then the trait's segments — the first supertrait chain as a prefix
// (so upcasting to it is free), then other supertraits with a vptr slot each, own methods last.
// And drop glue: what `drop_in_place::<T>` does for each type (rustc_mir_transform/src/shim.rs).
#pragma once

#include "ty/traits.h"

#include <vector>

namespace mirage::ty {

enum class VtableEntryKind : uint8_t { DropInPlace, Size, Align, Vacant, Method, TraitVPtr };

struct VtableEntry {
    VtableEntryKind kind;
    Instance method;      // Method (the body Instance::resolve finds)
    // TraitVPtr: the supertrait; Method: the method's trait (TraitRef with Self, both).
    Ty trait_ref = nullptr;
    ItemId trait_method = items::kNone; // Method: the trait's method item
    // Method with a by-value `self`: rustc's slot holds a VTableShim that takes the receiver by
    // pointer and moves it out (Instance::resolve_for_vtable).
    bool by_value_self = false;
};

class VtableBuilder {
  public:
    explicit VtableBuilder(TraitSolver& solver) : m_ts(solver) {}

    // The entries of `concrete`'s vtable for `trait_ref` (a TraitRef with Self = concrete).
    std::vector<VtableEntry> entries(Ty trait_ref);
    // The slot of `method` (a trait method item) in the vtable of `dyn_self`'s principal;
    // kNone when the method is not in the vtable.
    uint32_t method_slot(Ty dyn_self, ItemId method);
    // Slot of the vptr for upcasting `dyn_self` to its supertrait `super_trait` (the target dyn
    // type's principal: a TraitRef without Self). kNone when the supertrait's vtable is a
    // prefix: upcasting keeps the same vtable.
    uint32_t upcast_slot(Ty dyn_self, Ty super_trait);

    // Own vtable-safe methods of a trait, in definition order.
    std::vector<ItemId> own_methods(ItemId trait);

  private:
    struct Segment {
        Ty trait_ref;
        bool emit_vptr;
    };
    std::vector<Segment> segments(Ty trait_ref);
    std::vector<Ty> super_trait_refs(Ty trait_ref);
    bool has_entries_transitively(ItemId trait);
    bool is_vtable_safe(ItemId trait, ItemId method);
    Ty receiver(ItemId method); // the first input's type (nullptr: none)
    bool implies_sized(ItemId trait);
    bool where_clauses_hold(ItemId method, Ty trait_ref);

    TraitSolver& m_ts;
};

// Drop glue: whether dropping a value of `ty` does anything, and the user Drop impl to call
// first (fields are dropped afterwards, in declaration order).
class DropGlue {
  public:
    explicit DropGlue(TraitSolver& solver) : m_ts(solver) {}
    bool needs_drop(Ty ty);
    // `<ty as Drop>::drop` when the type has a Drop impl.
    std::optional<Instance> drop_impl(Ty ty);

  private:
    TraitSolver& m_ts;
    std::unordered_map<Ty, bool> m_needs_drop;
};

} // namespace mirage::ty
