// Values in UB reports as rustc's interpreter prints an immediate with its type (ImmTy's
// Display, pretty_print_const_scalar_int): integers with a type suffix (`7_i32`), floats with the
// suffix attached (`300f64`, `1.5f32`) and `_` before it when not finite (`NaN_f32`, `+Inf_f64`).
#pragma once

#include <cstdint>
#include <string>

namespace mirage::checks {

using u128 = unsigned __int128;

// `v` in decimal (std's formatting has no 128-bit integers).
std::string u128_decimal(u128 v);
// `bits` holds the value (two's complement in its low `width` bits); `ty` is `i32`, `u8`...
std::string display_int(u128 bits, uint32_t width, bool is_signed, const std::string& ty);
// `ty` is `f32` or `f64`; the value is printed as Rust's `{}` prints it (shortest round trip).
std::string display_float(double v, bool is_f32);

} // namespace mirage::checks
