// Items defined inside bodies, recovered from rustc's HIR output (hir_parser.h) and appended to
// the ItemDb as kLocal items, between a crate's rustdoc JSON load and its body join:
//   load_crate_json -> load_local_items -> join_crate.
//
// * From the module level too: private `use`s (rustdoc documents only `pub use`), which
//   written paths rely on; `const _` items (the join binds them to `module::_` bodies in
//   order); impls on primitives outside core and impls of types rustdoc lists no impl for
//   (private types of compiler_builtins' libm), which rustdoc omits (flag kRecovered, with their
//   generics; placed by their header in the module's source). MIRAGE_HIR_DEBUG=1 lists what
//   finds no enclosing item.
// * The enclosing fn of a local item is found among rustdoc's items: free fns, consts and
//   statics by module path and name; methods through the impl (or trait) whose self type and
//   trait resolve to the same definitions as the HIR impl header's, then the method's name.
// * Types are resolved in the enclosing fn's scope (Resolver::resolve_written walks the
//   enclosing fns before the module): written paths become Resolved nodes, generic parameter
//   names Param nodes, `Self` in an impl the impl's self type.
// * Local impls get the span MIR names their bodies by (`<impl at FILE:L:C: ..>`): the
//   position of the written header, or of the derive path, found in the enclosing fn's source
//   and matched to the HIR impl by (trait name, self type name), in source order.
#pragma once

#include "items/items.h"
#include "items/resolve.h"
#include "util/result.h"

#include <string>

namespace mirage::items {

struct HirLoadStats {
    uint32_t local_items = 0;      // items appended (fields, variants and impl items included)
    uint32_t owners_missing = 0;   // local item trees whose enclosing fn was not found
    uint32_t impls_without_span = 0; // local impls with methods that got no source span
    uint32_t unresolved_paths = 0; // written paths the resolver did not find (kept as Path)
};

// Appends the local items of crate `crate` (already loaded from rustdoc JSON) from the HIR
// text at `hir_path`. Source files named by the crate's spans are read to place local impls.
Result<HirLoadStats> load_local_items(ItemDb& db, mir::Interner& interner, Resolver& resolver,
                                      CrateId crate, const std::string& hir_path);

} // namespace mirage::items
