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
#include <unordered_map>
#include <vector>

namespace mirage::items {

enum class Namespace : uint8_t { Type, Value, Macro };

// The indexes are built lazily and grow with the ItemDb: items appended after construction
// (a crate loaded later, local items recovered from HIR) are indexed on the next query. Not
// thread-safe.
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

    // Every impl (inherent or of a trait) whose self type, behind references and raw pointers,
    // is `self_def` (an ADT, foreign type, trait for `dyn`, or Primitive item).
    std::span<const ItemId> impls_for(ItemId self_def) const;
    // The def a self type names behind references and raw pointers (see impls_for); `from` is
    // the crate printed paths are relative to.
    ItemId self_def_of(CrateId from, TyId ty) const;

    // A path from crate `crate`'s root (no crate name in front), following re-exports. The
    // last segment is looked up in `ns`, the others in the type namespace; a path may continue
    // into enum variants, trait items and the items of the type's inherent impls.
    ItemId resolve_in_crate(CrateId crate, std::span<const Sym> segments, Namespace ns) const;
    // The rustdoc Primitive item of `name` (`u8`, `slice`, `pointer`...), core's when several
    // crates document it.
    ItemId primitive_named(Sym name) const;
    // The Primitive item for a primitive syntax type (Int/Uint/Float/Bool/Char/Str/Never,
    // Slice, Array, RawPtr, Ref, Tuple, FnPtr); kNone for other types.
    ItemId primitive_of(TyId ty) const;
    // The item a syntax type names: Resolved nodes directly, printed Path nodes through
    // resolve_printed from crate `from`, primitives through primitive_of. kNone otherwise.
    ItemId def_of(CrateId from, TyId ty) const;
    // The first item named `name` in `ns` of `parent`'s container (inherent impls included for
    // types): what `Type::name` denotes.
    ItemId assoc_named(ItemId parent, Sym name, Namespace ns) const;
    ItemId written_trait_of(ItemId impl) const;

    // A path rustc printed trimmed (`Option<T>`, `FnMut(A)`, `marker::LeafOrInternal` in
    // const notes): the type or trait named like the last segment whose enclosing items end
    // with the other segments. Prefers crate `from`, then the earliest loaded crate.
    ItemId resolve_trimmed(CrateId from, std::span<const Sym> segments) const;

    // Several items of one name in one body (`do_panic` of each `const_panic!` expansion)
    // print alike, and a printed path reaches the first: seen from `owner`, a path through
    // one of them means the one `owner` is (or is inside of). `def` itself otherwise.
    ItemId through_own_namesake(ItemId def, ItemId owner) const;

    // Brings the indexes up to date with the ItemDb (queries call it themselves).
    void sync() const;
    // The module an item is written in: its parent chain, and for impls (which rustdoc lists
    // under their types, not their modules) the innermost module whose source holds the impl.
    ItemId module_of(ItemId item) const;

  private:
    ItemId follow(ItemId id, Namespace ns, int depth) const;
    ItemId child_in(ItemId parent, Sym name, Namespace ns, int depth) const;
    ItemId walk(ItemId start, std::span<const Sym> segments, Namespace ns) const;
    void index_item(ItemId id) const;
    void index_impls() const;
    void index_impl(ItemId id) const;
    static uint64_t scope_key(ItemId parent, Sym name, Namespace ns) {
        return (uint64_t(parent) << 32) ^ (uint64_t(name) << 2) ^ uint64_t(ns);
    }

    const ItemDb& m_db;
    const mir::Interner& m_in;
    mutable size_t m_indexed = 0;
    mutable std::unordered_map<uint64_t, ItemId> m_scope;                  // (parent, name, ns)
    mutable std::unordered_map<ItemId, std::vector<ItemId>> m_globs;       // module -> glob uses
    mutable std::unordered_map<uint64_t, std::vector<ItemId>> m_impls_at;  // (crate, file, lo)
    mutable std::unordered_map<ItemId, std::vector<ItemId>> m_inherent;
    mutable std::unordered_map<ItemId, std::vector<ItemId>> m_trait_impls;
    mutable std::unordered_map<ItemId, std::vector<ItemId>> m_impls_for;
    mutable std::vector<ItemId> m_pending_impls;
    mutable std::unordered_map<uint64_t, std::vector<ItemId>> m_modules_by_file; // (crate, file)
    mutable std::vector<ItemId> m_glob_seen; // modules whose globs the current lookup searched
    mutable std::unordered_map<Sym, ItemId> m_primitives;
    mutable std::unordered_map<Sym, std::vector<ItemId>> m_types_by_name;
};

} // namespace mirage::items
