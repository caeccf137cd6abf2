// In-bounds pointer arithmetic (`offset`, `add`, `sub`, `byte_add`, ... : the `Offset` MIR
// operator): rustc's ptr_offset_inbounds. The whole range between the pointer and the result
// must lie inside one live allocation, and the offset in bytes must fit in an isize. An offset
// of 0 is always allowed. `wrapping_*` and `arith_offset` are not checked. Always on (Miri has
// no flag for it).
#pragma once

#include "memory/memory.h"

#include <cstdint>
#include <string>

namespace mirage::checks {

// `count` elements of `elem_size` bytes: the offset in bytes, or a throw of
// `overflowing pointer arithmetic` when it does not fit in an isize (an unsigned count that does
// not either). `count` is the operand's bits, sign-extended when `count_signed`.
int64_t offset_in_bytes(uint64_t count, bool count_signed, uint64_t elem_size);

// Throws `in-bounds pointer arithmetic failed: …` unless [p, p+offset] (or [p+offset, p]) is
// inside p's allocation.
void check_inbounds_offset(memory::Memory& mem, memory::Pointer p, int64_t offset);

// rustc's PointerOutOfBounds text after the `{msg}: ` prefix, for a pointer at `ptr_offset`
// into `alloc{serial}` of `alloc_size` bytes that needed `inbounds_size` bytes (negative: to
// its left); `what` is `offset pointer by` or `access`.
std::string out_of_bounds_text(const char* what, uint64_t serial, uint64_t alloc_size, int64_t ptr_offset,
                               int64_t inbounds_size);

} // namespace mirage::checks
