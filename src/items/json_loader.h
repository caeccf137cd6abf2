// Loading one crate's rustdoc JSON (format 57, src/rustdoc-json-types/lib.rs) into the ItemDb.
//
// Crates are loaded in dependency order: a path into another crate (rustdoc's `paths` table with
// crate_id != 0) is resolved through that crate's own, already loaded module tree, following its
// re-exports, so every Resolved type node names the item of the crate that defines it.
//
// What is left out: rustdoc's documentation copies of impls (`is_synthetic` auto-trait impls and
// the per-type copies of blanket impls, `blanket_impl` set); docs, deprecations, macro bodies.
#pragma once

#include "items/items.h"
#include "util/result.h"

#include <string>

namespace mirage::items {

class Resolver;

struct JsonLoadStats {
    uint32_t items = 0;            // items appended
    uint32_t skipped_impls = 0;    // synthetic / blanket copies
    uint32_t unresolved_paths = 0; // ids into other crates that no loaded crate defines
};

// Appends crate `crate_name` from the rustdoc JSON at `json_path` to `db` (a new CrateInfo;
// bodies are attached by the join). `resolver` must be a Resolver over `db`; it is used to look
// up paths into crates loaded earlier.
Result<CrateId> load_crate_json(ItemDb& db, mir::Interner& interner, Resolver& resolver,
                                const std::string& crate_name, const std::string& json_path,
                                JsonLoadStats* stats = nullptr);

} // namespace mirage::items
