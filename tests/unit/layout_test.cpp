// Unit tests of src/ty/layout: target data layouts, niches, and errors on bad input. Expected
// layouts come from rustc itself in the layout oracle (tests/layout/), not from here.
#include "ty/layout.h"

#include <gtest/gtest.h>

using namespace mirage;
using namespace mirage::ty;

namespace {

struct NoAdts final : AdtSource {
    AdtInfo info;
    const AdtInfo& adt(ItemId) override { return info; }
    Ty field_ty(Ty, uint32_t, uint32_t) override { return nullptr; }
    bool param_may_be_unsized(ItemId, uint32_t) override { return false; }
    ItemId lang_item(std::string_view) override { return items::kNone; }
};

TEST(Layout, DataLayoutsOfTheSupportedTargets) {
    // The facts layout depends on, as the target specs' LLVM strings give them.
    auto i686 = TargetDataLayout::for_target("i686-unknown-linux-gnu");
    ASSERT_TRUE(i686.ok());
    EXPECT_EQ(i686->pointer_size, 4u);
    EXPECT_EQ(i686->i64_align, 4u);  // LLVM's default: no i64 spec
    EXPECT_EQ(i686->f64_align, 4u);  // f64:32:64
    EXPECT_EQ(i686->i128_align, 16u);
    auto s390x = TargetDataLayout::for_target("s390x-unknown-linux-gnu");
    ASSERT_TRUE(s390x.ok());
    EXPECT_TRUE(s390x->big_endian);
    EXPECT_EQ(s390x->i128_align, 8u); // from i64:64, the largest integer spec
    EXPECT_EQ(s390x->f128_align, 8u);
    auto x86 = TargetDataLayout::for_target("x86_64-unknown-linux-gnu");
    ASSERT_TRUE(x86.ok());
    EXPECT_FALSE(x86->big_endian);
    EXPECT_EQ(x86->i128_align, 16u);
    EXPECT_FALSE(TargetDataLayout::for_target("riscv99-unknown-none").ok());
    EXPECT_FALSE(TargetDataLayout::parse("e-i64:x").ok());
}

TEST(Layout, NicheReservePrefersZero) {
    // bool: valid 0..=1; one value more goes to 2 (None of Option<bool>).
    Niche b{0, Primitive{PrimKind::Int, false, 1}, WrappingRange{0, 1}};
    EXPECT_EQ(b.available(), 254u);
    auto r = b.reserve(1);
    ASSERT_TRUE(r.has_value());
    EXPECT_EQ(r->first, 2u);
    EXPECT_EQ(r->second.valid_range, (WrappingRange{0, 2}));
    EXPECT_FALSE(b.reserve(255).has_value());
    // A non-null pointer: zero is free, so one reserved value takes it.
    Niche p{0, Primitive{PrimKind::Pointer, false, 8}, WrappingRange{1, ~uint64_t(0)}};
    auto rp = p.reserve(1);
    ASSERT_TRUE(rp.has_value());
    EXPECT_EQ(rp->first, 0u);
}

TEST(Layout, PrimitivesAndErrors) {
    mir::Interner interner;
    items::ItemDb db;
    auto dl = TargetDataLayout::for_target("i686-unknown-linux-gnu");
    ASSERT_TRUE(dl.ok());
    TyCtx cx(interner, db, 4);
    NoAdts adts;
    LayoutCx lcx(cx, adts, *dl);
    auto u64 = lcx.layout_of(cx.mk_int(IntTy::U64));
    ASSERT_TRUE(u64.ok());
    EXPECT_EQ((*u64)->size, 8u);
    EXPECT_EQ((*u64)->align, dl->i64_align);
    auto slice_ref = lcx.layout_of(cx.mk_ref(cx.mk_slice(cx.mk_bool()), false));
    ASSERT_TRUE(slice_ref.ok());
    EXPECT_EQ((*slice_ref)->backend_repr, BackendReprKind::ScalarPair);
    // Generic and unsized-by-value types have no layout to give: errors, never crashes.
    EXPECT_FALSE(lcx.layout_of(cx.mk_param(0, interner.intern("T"))).ok());
    EXPECT_FALSE(lcx.layout_of(cx.mk_ref(cx.mk_param(0, interner.intern("T")), false)).ok());
    EXPECT_FALSE(lcx.layout_of(cx.mk_tuple(std::vector<Ty>{cx.mk_str(), cx.mk_bool()})).ok());
    EXPECT_FALSE(lcx.layout_of(cx.mk_error("bad")).ok());
    // Same type, same layout object.
    EXPECT_EQ(*lcx.layout_of(cx.mk_char()), *lcx.layout_of(cx.mk_char()));
}

} // namespace
