// The pure parts of validity (validity.h): tag decoding and how values and ranges are printed.
#include "checks/validity.h"

#include "checks/display.h"

namespace mirage::checks {

using ty::Layout;

static u128 int_max(uint64_t size) { return size >= 16 ? ~u128(0) : (u128(1) << (size * 8)) - 1; }

std::optional<uint32_t> decode_tag(const Layout& l, u128 tag, const ty::AdtInfo* adt) {
    if (l.variants != ty::VariantsKind::Multiple) return std::nullopt;
    uint64_t tsize = l.tag.size();
    tag &= int_max(tsize);
    if (l.tag_encoding == ty::TagEncoding::Direct) {
        if (!l.tag.valid_range.contains(tag)) return std::nullopt;
        if (!adt) {
            if (tag < l.variant_layouts.size()) return static_cast<uint32_t>(tag);
            return std::nullopt;
        }
        for (uint32_t v = 0; v < adt->variants.size(); ++v)
            if ((adt->variants[v].discr & int_max(tsize)) == tag) return v;
        return std::nullopt;
    }
    u128 rel = (tag - l.niche_start) & int_max(tsize);
    if (rel <= u128(l.niche_variants_end - l.niche_variants_start)) {
        uint32_t v = l.niche_variants_start + static_cast<uint32_t>(rel);
        if (v == l.untagged_variant) return std::nullopt;
        return v;
    }
    if (!l.tag.valid_range.contains(tag)) return std::nullopt;
    return l.untagged_variant;
}

std::string scalar_hex(u128 v, uint64_t size) {
    std::string digits;
    for (uint64_t i = 0; i < size * 2; ++i) {
        digits.insert(digits.begin(), "0123456789abcdef"[static_cast<unsigned>(v & 15)]);
        v >>= 4;
    }
    if (digits.empty()) digits = "0";
    return "0x" + digits;
}

std::string fmt_range(ty::WrappingRange r, u128 max_hi) {
    u128 lo = r.start, hi = r.end;
    if (lo > hi) return "less or equal to " + u128_decimal(hi) + ", or greater or equal to " + u128_decimal(lo);
    if (lo == hi) return "equal to " + u128_decimal(lo);
    if (lo == 0) return "less or equal to " + u128_decimal(hi);
    if (hi == max_hi) return "greater or equal to " + u128_decimal(lo);
    return "in the range " + u128_decimal(lo) + "..=" + u128_decimal(hi);
}

} // namespace mirage::checks
