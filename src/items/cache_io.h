// The item table's part of the binary cache (mir/cache.h): ItemDb as one named section whose
// syms and types refer to the cache's interner, so it must be written together with it.
#pragma once

#include "items/items.h"
#include "mir/cache.h"
#include "util/result.h"

#include <string>
#include <string_view>

namespace mirage::items {

inline constexpr std::string_view kItemsSection = "items";

// The ItemDb as bytes (plain arrays of its records).
std::string serialize_items(const ItemDb& db);

// Reads serialize_items' output. Fails with ErrorKind::Cache on damaged input (indices are
// checked, so a damaged file cannot make later lookups read out of bounds).
Result<ItemDb> deserialize_items(std::string_view bytes, size_t interner_types);

// The item table stored in a loaded MIR cache.
Result<ItemDb> load_items(const mir::MirCache& cache);

} // namespace mirage::items
