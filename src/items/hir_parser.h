// Parser for rustc's HIR pretty-printing (`rustc -Zunpretty=hir`, printed by
// compiler/rustc_hir_pretty/src/lib.rs): the only output that describes the items defined
// inside bodies (local structs, enums, unions, traits, impls written or derived, fns, consts,
// statics, type aliases, `use`s), which rustdoc's JSON leaves out (ARCHITECTURE.md §5).
//
// The whole crate is read, but only items defined inside a body (a fn, method, closure,
// const/static initialiser, and everything nested in those) are kept, with the chain of
// module-level containers that leads to them (modules, impls, traits, fns) so that the
// enclosing fn can be found among rustdoc's items. Expressions are skipped token by token;
// HIR has no spans and prints paths as written.
//
// Types become syntax nodes of the shared mir::Interner, in the MIR parser's shapes
// (Path/Segment, Ref, RawPtr, Tuple, Array, Slice, FnPtr, Dyn, Impl, QPath, Lifetime, Infer);
// `/*impl Trait*/` (an opaque return type, which HIR does not spell out) is an empty Impl node.
#pragma once

#include "items/items.h"
#include "mir/interner.h"
#include "util/result.h"

#include <string>
#include <string_view>
#include <vector>

namespace mirage::items::hir {

enum class HirKind : uint8_t {
    Module,
    Fn,        // free fn, method, trait method, foreign fn
    Struct,
    Enum,
    Union,
    Variant,
    Field,
    Trait,
    TraitAlias,
    Impl,
    TypeAlias, // also an associated type (in a trait: bounds/default; in an impl: the value)
    Const,     // also an associated const
    Static,
    Use,
    ExternCrate,
    ForeignMod, // `extern "C" { .. }`: children are its fns and statics
    ForeignType,
    Macro,      // `macro_rules!` and macros 2.0: skipped, recorded for completeness
};

struct HirParam {
    Sym name = 0;
    ParamKind kind = ParamKind::Type;
    bool synthetic = false; // `impl Trait` in argument position (name: its text)
    TyId default_ty = 0; // Type: the default
    TyId const_ty = 0;   // Const: the parameter's type
    Sym const_default = 0;
};

// `for<'a> ty: bounds` (bounds: Path / Binder(modifier or for<..>) / Lifetime nodes) or
// `lhs = rhs` (rhs != 0).
struct HirPredicate {
    TyId ty = 0;
    std::vector<TyId> bounds;
    TyId rhs = 0;
    Sym binder = 0; // `for<'a>` text, 0 = none
};

struct HirItem {
    HirKind kind = HirKind::Module;
    uint32_t flags = 0;      // items::ItemFlags: kUnsafe, kMutable, kAuto, kNegative, kConstFn,
                             // kHasBody, kGlob, kDerived, kLocal, kTrackCaller
    Sym name = 0;            // 0 for impls and unnamed items; Use: the name it binds
    uint32_t parent = kNone; // index into HirCrate::items
    uint32_t depth = 0;      // number of enclosing bodies (0 = module level)
    std::vector<uint32_t> children;
    std::vector<HirParam> params;
    std::vector<HirPredicate> predicates;
    TyId ty = 0;          // Field/TypeAlias/Const/Static: the type; Impl: self type;
                          // Fn: FnPtr (ret, args...) with `self` as the `Self` path
    TyId trait_ref = 0;   // Impl: the trait path
    std::vector<TyId> bounds; // Trait: supertraits; TypeAlias in a trait: bounds
    Sym text = 0;         // Variant: discriminant expression; Use: the path (`a::b::c`)
    VariantShape shape = VariantShape::Unit;
    Repr repr;
    Sym lang = 0;
    uint32_t order = 0;   // position among all items, in print order (= source order)
};

struct HirCrate {
    std::vector<HirItem> items; // items[0] is the crate root module
    // Every item defined directly inside a body (depth > 0 and the parent is at depth - 1 or
    // is a body owner): the roots of the local item trees.
    std::vector<uint32_t> local_roots;

    bool is_local(uint32_t i) const { return items[i].depth > 0; }
};

// Parses a whole `-Zunpretty=hir` file. Errors say line:col and what was expected.
Result<HirCrate> parse_hir(mir::Interner& interner, std::string_view text);

// An impl as the source file writes it, for giving local impls the span MIR names them by
// (`<impl at FILE:L:C: L:C>`: the header of a written impl, the derive path of a derived one).
struct SourceImpl {
    uint32_t line = 0, col = 0;  // where the span starts (1-based, as rustc prints it)
    std::string trait_name;      // last segment of the trait path; "" for inherent impls
    std::string self_name;       // last segment of the self type's path ("" when not a path)
};

// The impl headers and derive paths of a source file between lines lo and hi (inclusive).
Result<std::vector<SourceImpl>> scan_source_impls(std::string_view source, uint32_t lo,
                                                  uint32_t hi);

// The enclosing body owner of a local item: the nearest ancestor that is a Fn, Const or
// Static (a closure's items belong to the fn that contains the closure). kNone at module level.
uint32_t enclosing_body_owner(const HirCrate& crate, uint32_t item);

} // namespace mirage::items::hir
