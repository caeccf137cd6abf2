// Name resolution over the item table: module scopes (types, values, macros), `use` re-exports
// (named and glob, across crates), and the two kinds of paths Mirage meets:
//  * printed paths, as rustc prints them in MIR with -Ztrim-diagnostic-paths=no: either
//    starting with an extern crate's name (`core::option::Option`, `std::vec::Vec` through
//    std's re-export) or crate-relative for the body's own crate (`collections::hash::map::HashMap`,
//    `main::Local` for an item inside fn main);
//  * written paths, as a programmer wrote them inside a module (items recovered from HIR):
//    `crate::`, `self::`, `super::`, `::std::`, imports, the prelude.
#pragma once

#include "items/items.h"

#include <span>
#include <string_view>
#include <vector>

namespace mirage::items {

enum class Namespace : uint8_t { Type, Value, Macro };

class Resolver {
  public:
    Resolver(const ItemDb& db, const mir::Interner& interner);

    // A printed path seen in a body of crate `from`. Returns kNone when nothing matches.
    ItemId resolve_printed(CrateId from, std::span<const Sym> segments, Namespace ns) const;

    // A written path inside module (or fn, for local items) `scope`.
    ItemId resolve_written(ItemId scope, std::span<const Sym> segments, Namespace ns) const;

    // The item named `name` directly inside `parent` (module, enum, trait, impl), following
    // re-exports. kNone when absent.
    ItemId child_named(ItemId parent, Sym name, Namespace ns) const;

    // Impls of crate `crate` whose span is `span` (several for macro-generated impls).
    std::span<const ItemId> impls_at(CrateId crate, const mir::Span& span) const;

    // Inherent impls whose self type is the ADT/primitive/foreign type `self_def`.
    std::span<const ItemId> inherent_impls_of(ItemId self_def) const;
    // Impls of trait `trait_def` (real and negative; rustdoc's synthetic and blanket copies are
    // never loaded).
    std::span<const ItemId> impls_of_trait(ItemId trait_def) const;
};

} // namespace mirage::items
