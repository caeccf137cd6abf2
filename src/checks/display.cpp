#include "checks/display.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace mirage::checks {

std::string u128_decimal(u128 v) {
    if (v == 0) return "0";
    std::string s;
    while (v) {
        s.insert(s.begin(), static_cast<char>('0' + static_cast<int>(v % 10)));
        v /= 10;
    }
    return s;
}

std::string display_int(u128 bits, uint32_t width, bool is_signed, const std::string& ty) {
    u128 mask = width >= 128 ? ~u128(0) : (u128(1) << width) - 1;
    bits &= mask;
    std::string text;
    if (is_signed && width && (bits >> (width - 1)) & 1) text = "-" + u128_decimal(((~bits) & mask) + 1);
    else text = u128_decimal(bits);
    return text + "_" + ty;
}

// The shortest decimal that reads back as the same value, without an exponent (Rust's `{}`).
static std::string shortest(double v, bool is_f32) {
    char buf[512];
    for (int prec = 1; prec <= 17; ++prec) {
        std::snprintf(buf, sizeof buf, "%.*e", prec - 1, v);
        double back = std::strtod(buf, nullptr);
        if (is_f32 ? static_cast<float>(back) == static_cast<float>(v) : back == v) break;
    }
    // buf holds d.ddde±X: spell it out positionally.
    std::string s(buf);
    bool neg = s[0] == '-';
    if (neg) s.erase(0, 1);
    size_t e = s.find('e');
    int exp = std::atoi(s.c_str() + e + 1);
    std::string digits;
    for (size_t i = 0; i < e; ++i)
        if (s[i] != '.') digits += s[i];
    while (digits.size() > 1 && digits.back() == '0') digits.pop_back();
    std::string out;
    int point = exp + 1; // digits before the decimal point
    if (point <= 0) out = "0." + std::string(static_cast<size_t>(-point), '0') + digits;
    else if (static_cast<size_t>(point) >= digits.size()) out = digits + std::string(point - digits.size(), '0');
    else out = digits.substr(0, point) + "." + digits.substr(point);
    return (neg ? "-" : "") + out;
}

std::string display_float(double v, bool is_f32) {
    const char* suffix = is_f32 ? "f32" : "f64";
    if (std::isnan(v)) return std::string("NaN_") + suffix;
    if (std::isinf(v)) return std::string(v < 0 ? "-Inf_" : "+Inf_") + suffix; // rustc_apfloat's text
    return shortest(v, is_f32) + suffix;
}

} // namespace mirage::checks
