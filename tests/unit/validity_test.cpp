// The pure rules of validity (src/checks/validity.h): enum tag decoding as rustc's
// read_discriminant does it, and the wording of values and valid ranges in reports.
#include "checks/validity.h"

#include <gtest/gtest.h>

using namespace mirage;
using checks::decode_tag;
using checks::fmt_range;
using checks::scalar_hex;

namespace {

// A two-variant layout with a 1-byte tag of valid range [lo, hi].
ty::Layout tagged(ty::TagEncoding enc, mir::u128 lo, mir::u128 hi) {
    ty::Layout l;
    l.variants = ty::VariantsKind::Multiple;
    l.tag.value = ty::Primitive{ty::PrimKind::Int, false, 1};
    l.tag.valid_range = {lo, hi};
    l.tag_encoding = enc;
    l.variant_layouts.resize(2);
    return l;
}

} // namespace

TEST(Validity, DirectTagsMustNameAVariant) {
    ty::Layout l = tagged(ty::TagEncoding::Direct, 0, 1);
    EXPECT_EQ(decode_tag(l, 0, nullptr), 0u);
    EXPECT_EQ(decode_tag(l, 1, nullptr), 1u);
    EXPECT_FALSE(decode_tag(l, 3, nullptr));
    // Discriminants 1 and 5 (`#[repr(u32)] enum { Ok = 1, Busy = 5 }`): 2 is in no variant.
    ty::AdtInfo adt;
    adt.variants.resize(2);
    adt.variants[0].discr = 1;
    adt.variants[1].discr = 5;
    l.tag.valid_range = {1, 5};
    EXPECT_EQ(decode_tag(l, 5, &adt), 1u);
    EXPECT_FALSE(decode_tag(l, 2, &adt));
}

TEST(Validity, NicheTagsOutsideTheValidRangeAreInvalid) {
    // Option<bool>: bool's byte, None = 2 (niche_start), Some untagged.
    ty::Layout l = tagged(ty::TagEncoding::Niche, 0, 2);
    l.untagged_variant = 1;
    l.niche_variants_start = l.niche_variants_end = 0;
    l.niche_start = 2;
    EXPECT_EQ(decode_tag(l, 2, nullptr), 0u);
    EXPECT_EQ(decode_tag(l, 1, nullptr), 1u);
    EXPECT_EQ(decode_tag(l, 0, nullptr), 1u);
    EXPECT_FALSE(decode_tag(l, 3, nullptr));
}

TEST(Validity, ValuesAndRangesAreWordedAsRustcDoes) {
    EXPECT_EQ(scalar_hex(2, 1), "0x02");
    EXPECT_EQ(scalar_hex(0xdfff, 4), "0x0000dfff");
    EXPECT_EQ(fmt_range({1, 0xffffffff}, 0xffffffff), "greater or equal to 1");
    EXPECT_EQ(fmt_range({0, 5}, 0xff), "less or equal to 5");
    EXPECT_EQ(fmt_range({3, 3}, 0xff), "equal to 3");
    EXPECT_EQ(fmt_range({2, 5}, 0xff), "in the range 2..=5");
    EXPECT_EQ(fmt_range({10, 5}, 0xff), "less or equal to 5, or greater or equal to 10");
}

// The data ranges of a value, merged before the gaps between them are reset (checks/padding.h).
TEST(Padding, DataRangesAreSortedAndMerged) {
    mirage::checks::ByteRanges r{{4, 8}, {0, 1}, {8, 8}, {1, 2}, {6, 12}, {16, 20}};
    mirage::checks::normalise_ranges(r);
    mirage::checks::ByteRanges want{{0, 2}, {4, 12}, {16, 20}};
    EXPECT_EQ(r, want);
}
