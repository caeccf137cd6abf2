// The program database's item table: every item of every loaded crate (sysroot and user), as
// rustdoc's JSON describes them (src/rustdoc-json-types/lib.rs in rustc's source), plus the
// items rustdoc leaves out (those defined inside bodies, recovered from rustc's HIR output) and
// one pseudo-item per closure/coroutine body. Bodies from the MIR text are joined to items here.
//
// Types inside items are *syntax* types in the shared mir::Interner (mir.h): rustdoc's resolved
// paths become TyKind::Resolved nodes carrying the ItemId, generic parameters TyKind::Param
// nodes. src/ty turns them (and MIR's printed paths) into semantic, interned types.
//
// Storage is flat (vectors of POD records plus index ranges) so the whole table can be written
// to and read from the binary cache as plain arrays.
#pragma once

#include "mir/interner.h"
#include "mir/mir.h"

#include <cstdint>
#include <string>
#include <unordered_map>
#include <vector>

namespace mirage::items {

using mir::kNone;
using mir::Range;
using mir::Sym;
using mir::TyId;

using ItemId = uint32_t;  // index into ItemDb::items
using CrateId = uint32_t; // index into ItemDb::crates

enum class ItemKind : uint8_t {
    Module,
    Use,         // `use` / re-export: target = the item it names (kNone if unresolved/glob)
    ExternCrate,
    Struct,
    Enum,
    Union,
    Variant,     // parent: the enum; children: fields
    Field,       // parent: struct/union/variant; ty: the field type; name: `0`, `1` for tuples
    Function,    // free fn, inherent or trait method; ty: a FnPtr syntax node (ret, args...)
    Trait,
    TraitAlias,
    Impl,
    TypeAlias,   // ty: the aliased type
    Const,       // ty: the type; text: the value as rustdoc prints it
    Static,      // ty: the type
    ForeignType, // `extern { type T; }`
    AssocConst,  // in a trait (ty, default in text) or an impl (ty, value in text)
    AssocType,   // in a trait (bounds, default in ty) or an impl (ty = the value)
    Primitive,   // rustdoc's primitive pages (impls on `u8`, `str`, ...)
    Closure,     // pseudo-item for a closure or coroutine body; parent: the enclosing fn item
                 // (or closure); name: the path segment (`{closure#0}`); ty: the closure's
                 // Braced type node as its body prints it (`{closure@FILE:L:C: L:C}`), 0 if none
    Macro,       // macros, proc macros, keywords: loaded only so module scopes are complete
    AnonConst,   // pseudo-item for an anonymous const body (`{constant#N}`: array lengths, const
                 // generic args, enum discriminants); parent: the item it appears in
};

enum ItemFlags : uint32_t {
    kPublic = 1,
    kNegative = 2,        // impl !Trait for T
    kUnsafe = 4,          // unsafe trait / unsafe impl / unsafe fn
    kAuto = 8,            // auto trait
    kMutable = 16,        // static mut
    kHasBody = 32,        // fn with a body (trait methods: a default body)
    kGlob = 64,           // use a::*
    kLocal = 128,         // recovered from HIR: defined inside a body
    kDerived = 256,       // #[automatically_derived] impl
    kDynCompatible = 512, // trait
    kConstFn = 1024,
    kNonExhaustive = 2048,
    kRecovered = 4096,    // not in rustdoc's JSON: rebuilt from the MIR by the join (join.h)
    kTrackCaller = 8192,  // #[track_caller] fn
    kIntrinsic = 16384,   // #[rustc_intrinsic] fn: the engine implements it
    kNounwind = 32768,    // #[rustc_nounwind] fn
    kNoMangle = 65536,    // #[no_mangle] fn: defines the symbol of its name for foreign callers
};

enum class ReprKind : uint8_t { Rust, C, Transparent, Simd };

// #[repr(..)] plus the layout attributes that matter for layout.
struct Repr {
    ReprKind kind = ReprKind::Rust;
    Sym int_ty = 0;        // repr(u8) etc.: the integer type's name; 0 = none
    uint64_t align = 0;    // repr(align(N)); 0 = none
    uint64_t packed = 0;   // repr(packed(N)); 0 = none
    bool has_valid_range_start = false, has_valid_range_end = false;
    mir::u128 valid_range_start = 0; // #[rustc_layout_scalar_valid_range_start(N)]
    mir::u128 valid_range_end = 0;   // #[rustc_layout_scalar_valid_range_end(N)]
    bool operator==(const Repr&) const = default;
};

enum class VariantShape : uint8_t { Unit, Tuple, Struct };

enum class ParamKind : uint8_t { Lifetime, Type, Const };

struct GenericParam {
    Sym name = 0;
    ParamKind kind = ParamKind::Type;
    bool synthetic = false; // `impl Trait` in argument position
    TyId default_ty = 0;    // Type: the default; Const: 0
    TyId const_ty = 0;      // Const: the parameter's type
    Sym const_default = 0;  // Const: the default expression, if any
    Range bounds;           // into ItemDb::bounds (inline bounds `T: Clone`)
    bool operator==(const GenericParam&) const = default;
};

enum class BoundModifier : uint8_t { None, Maybe, MaybeConst };

// A trait bound `for<..> Trait<Args, Assoc = T>`: trait_ref is a Resolved node whose children
// are the trait's generic args (without Self) followed by AssocEq constraints.
struct Bound {
    TyId trait_ref = 0;
    BoundModifier modifier = BoundModifier::None;
    bool operator==(const Bound&) const = default;
};

enum class PredicateKind : uint8_t { Bound, Eq, Lifetime };

// A where-clause: `ty: bounds` (Bound) or `lhs == rhs` (Eq, lhs a QPath).
struct Predicate {
    PredicateKind kind = PredicateKind::Bound;
    TyId ty = 0;
    Range bounds; // into ItemDb::bounds
    TyId rhs = 0;
    bool operator==(const Predicate&) const = default;
};

struct Generics {
    Range params;     // into ItemDb::params, in declaration order (lifetimes included)
    Range predicates; // into ItemDb::predicates
    bool operator==(const Generics&) const = default;
};

struct Item {
    ItemKind kind = ItemKind::Module;
    uint32_t flags = 0;
    CrateId crate = 0;
    Sym name = 0;            // 0 for impls and unnamed items
    ItemId parent = kNone;   // enclosing module, or the enum/struct/trait/impl/fn it belongs to
    mir::Span span;          // file is the path rustc prints in MIR for that crate
    Generics generics;       // own generics (an impl's or trait's for methods: see parent)
    Range children;          // into ItemDb::lists: module items, variants, fields, trait/impl items
    TyId ty = 0;             // see ItemKind
    TyId trait_ref = 0;      // Impl: the trait (a Resolved node with args); 0 for inherent impls
    Range bounds;            // Trait: supertraits; AssocType: bounds
    Sym text = 0;            // Variant: discriminant value; Const/AssocConst: value; Use: source;
                             // Function: its #[link_name], if any
    ItemId target = kNone;   // Use: the named item; Impl: the trait item; Closure: kNone
    VariantShape shape = VariantShape::Unit; // Struct/Variant
    Repr repr;               // Struct/Enum/Union
    Sym lang = 0;            // #[lang = ".."] name, 0 = none
    uint32_t body = kNone;   // the MIR body (global body index) that implements this item
    uint32_t ctfe_body = kNone; // const fns: the `// MIR FOR CTFE` body, when printed
    uint32_t json_id = kNone;// rustdoc's id in its crate (kNone for recovered items)
    // Impl: its position in its trait's (else its self type's) list of impls, which rustdoc
    // keeps in rustc's definition order; tells apart impls one macro generated. kNone: unknown.
    uint32_t def_order = kNone;
    bool operator==(const Item&) const = default;
};

struct CrateInfo {
    std::string name;
    ItemId root = kNone;      // the crate's root module
    uint32_t first_body = 0;  // its bodies in the global body index space (MirCache order)
    uint32_t body_count = 0;
};

// How a MIR body maps to its item (exactly one per body, or unmapped).
struct BodyLink {
    ItemId item = kNone;
    uint32_t promoted = kNone; // promoted[N] of the item's body
};

class ItemDb {
  public:
    std::vector<CrateInfo> crates;
    std::vector<Item> items;
    std::vector<ItemId> lists;
    std::vector<GenericParam> params;
    std::vector<Bound> bounds;
    std::vector<Predicate> predicates;
    std::vector<BodyLink> body_links; // indexed by global body index
    std::unordered_map<Sym, ItemId> lang_items; // rustc's LangItem name (`MaybeUninit`) -> item
    // Closure/coroutine types as bodies print them (the Braced node's TyId) -> Closure item.
    // Macro-generated code can print the same text for several closures: the first one wins.
    std::unordered_map<TyId, ItemId> closure_items;
    // `extern crate alloc as alloc_crate;` (rustdoc omits extern crate items): names a crate's
    // MIR may print as the first segment of a path into another crate.
    struct CrateAlias {
        CrateId in_crate;
        Sym alias;
        CrateId target;
    };
    std::vector<CrateAlias> crate_aliases;

    const Item& item(ItemId id) const { return items[id]; }
    std::span<const ItemId> children(const Item& it) const {
        return {lists.data() + it.children.begin, it.children.count};
    }
    std::span<const GenericParam> params_of(const Item& it) const {
        return {params.data() + it.generics.params.begin, it.generics.params.count};
    }
    std::span<const Predicate> predicates_of(const Item& it) const {
        return {predicates.data() + it.generics.predicates.begin, it.generics.predicates.count};
    }
    std::span<const Bound> bounds_in(Range r) const { return {bounds.data() + r.begin, r.count}; }
    // The crate `name` denotes in paths printed for crate `from` (aliases included).
    CrateId crate_named_in(CrateId from, Sym name, std::string_view text) const {
        for (const CrateAlias& a : crate_aliases)
            if (a.in_crate == from && a.alias == name) return a.target;
        return crate_named(text);
    }
    CrateId crate_named(std::string_view name) const {
        for (CrateId i = 0; i < crates.size(); ++i)
            if (crates[i].name == name) return i;
        return kNone;
    }
};

} // namespace mirage::items
