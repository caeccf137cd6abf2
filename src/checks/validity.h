// Validity of values at typed copies: rustc's interpret/validity.rs as Miri runs it by default
// (shallow: a reference or Box must be non-null, aligned and dereferenceable, but what it points
// to is not validated). Checked: initialised data bytes of integers, floats and pointers; bool;
// char; enum tags (direct and niche encodings); uninhabited types and `!`; the valid ranges of
// `rustc_layout_scalar_valid_range` types (NonNull, NonZero); fn pointers (non-null); wide-pointer
// metadata (vtables of the right trait, slice sizes). Padding and union bytes are free; a valid
// value's padding is then reset to uninitialised (checks/padding.h).
// The engine calls in after typed copies, moves, returns and arguments; `-Zmiri-disable-validation`
// (engine::Options::validate) makes it never call here.
#pragma once

#include "checks/padding.h" // also declares engine::Machine and engine::PlaceRef

#include <array>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

namespace mirage::checks {

using mir::u128;

// Decoding an enum tag (rustc's read_discriminant): the variant index the tag bits encode, or
// nullopt for an invalid tag. `adt` gives the variants' discriminants (direct encoding; nullptr:
// the variant index is the discriminant, as for coroutines).
std::optional<uint32_t> decode_tag(const ty::Layout& l, u128 tag_bits, const ty::AdtInfo* adt);

// rustc's `{scalar:x}`: `0x` and the value in hex, zero-padded to `size` bytes.
std::string scalar_hex(u128 v, uint64_t size);

// rustc's fmt_range: how validity says which values a scalar range allows
// ("greater or equal to 1", "less or equal to 5, or greater or equal to 10" ...).
std::string fmt_range(ty::WrappingRange r, u128 max_hi);

class Validity {
  public:
    explicit Validity(engine::Machine& m) : m_m(m), m_padding(m) {}

    // Throws UB (`constructing invalid value of type T: ...`) unless the value at `p` is valid
    // at its type `p.ty`; then makes its padding uninitialised.
    void validate(const engine::PlaceRef& p);

    // Whether values of `t` can be invalid beyond uninitialised bytes (cached).
    bool constrained(ty::Ty t);

    // A type as rustc's diagnostics print it (`Box<i32>`, `fn()`, `&dyn Speak`).
    std::string type_name(ty::Ty t);
    std::string type_name_of_item(ty::Ty t);

  private:
    struct Walk;
    engine::Machine& m_m;
    Padding m_padding;
    std::unordered_map<ty::Ty, bool> m_constrained;
    // In front of the maps: a direct-mapped cache (validation runs at every typed copy).
    struct Cached {
        ty::Ty ty = nullptr;
        bool constrained = false;
        const DataBytes* data = nullptr; // sized types
    };
    Cached& cached(ty::Ty t);
    std::array<Cached, 1024> m_fast{};
    items::ItemId m_box = items::kNone, m_maybe_dangling = items::kNone;
    bool m_items_known = false;
};

} // namespace mirage::checks
