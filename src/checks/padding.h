// Padding after typed copies: rustc's validity.rs resets the bytes of a value that no field
// covers (its padding) to uninitialised whenever it validates a typed copy, so that a program
// cannot read padding it got from a copy (`transmute` of a copied struct to bytes is UB even when
// the source was zeroed). Data bytes are rustc's: every scalar's bytes, the whole of a union (all
// its fields, every variant of an enum inside), an enum's tag and its active variant's fields.
// Unsized values, SIMD vectors and coroutines count as data throughout (nothing is reset).
// Runs with validation only: `-Zmiri-disable-validation` keeps padding bytes as copied.
#pragma once

#include "memory/memory.h"
#include "ty/layout.h"

#include <algorithm>
#include <unordered_map>
#include <utility>
#include <vector>

namespace mirage::engine {
class Machine;
struct PlaceRef;
} // namespace mirage::engine

namespace mirage::checks {

// Sorted, merged byte ranges [begin, end) relative to the start of a value.
using ByteRanges = std::vector<std::pair<uint64_t, uint64_t>>;

// Which bytes of a type's values are data.
struct DataBytes {
    enum class Kind : uint8_t {
        All,     // no padding: nothing to reset
        Fixed,   // the same for every value: `ranges`
        PerValue // depends on an enum's active variant: walk the value
    };
    Kind kind = Kind::All;
    ByteRanges ranges; // Fixed
};

class Padding {
  public:
    explicit Padding(engine::Machine& m) : m_m(m) {}

    // The data bytes of values of `t` (cached).
    const DataBytes& data_bytes(ty::Ty t);

    // Makes the padding of the (sized, validated) value at `p` uninitialised.
    void reset(const engine::PlaceRef& p, const DataBytes& d);

  private:
    // Adds the data bytes of the part `p` of a value starting at address `root`: from the type
    // alone (`read_tags` false; sets `per_value` at an enum with several variants unless
    // `all_variants`), or from the value in memory (reads enum tags).
    void collect(const engine::PlaceRef& p, uint64_t root, bool read_tags, bool all_variants,
                 ByteRanges& out, bool& per_value);

    engine::Machine& m_m;
    std::unordered_map<ty::Ty, DataBytes> m_cache;
};

// Sorts and merges overlapping or touching ranges; drops empty ones.
inline void normalise_ranges(ByteRanges& r) {
    std::sort(r.begin(), r.end());
    size_t n = 0;
    for (const auto& [b, e] : r) {
        if (b >= e) continue;
        if (n && b <= r[n - 1].second)
            r[n - 1].second = std::max(r[n - 1].second, e);
        else
            r[n++] = {b, e};
    }
    r.resize(n);
}

} // namespace mirage::checks
