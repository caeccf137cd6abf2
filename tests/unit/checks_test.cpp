// The policy of the UB checks (src/checks) that needs no machine: value display, in-bounds
// pointer arithmetic, the leak check's reachability, integer-to-pointer cast modes.
#include "checks/display.h"
#include "checks/leaks.h"
#include "checks/pointer_arith.h"
#include "checks/provenance.h"

#include "stop_message.h"

#include <gtest/gtest.h>

#include <cmath>

using namespace mirage;
using memory::AllocId;
using memory::AllocKind;
using memory::Memory;
using memory::Pointer;

TEST(ChecksDisplay, IntegersCarryTheirType) {
    EXPECT_EQ(checks::display_int(7, 32, true, "i32"), "7_i32");
    EXPECT_EQ(checks::display_int(0xffffffff, 32, true, "i32"), "-1_i32");
    EXPECT_EQ(checks::display_int(0xff, 8, false, "u8"), "255_u8");
}

TEST(ChecksDisplay, FloatsAsRustcPrintsThem) {
    EXPECT_EQ(checks::display_float(300.0, false), "300f64");
    EXPECT_EQ(checks::display_float(1.5, true), "1.5f32");
    EXPECT_EQ(checks::display_float(0.1, false), "0.1f64");
    EXPECT_EQ(checks::display_float(-2.5e-3, false), "-0.0025f64");
    EXPECT_EQ(checks::display_float(std::nan(""), true), "NaN_f32");
    EXPECT_EQ(checks::display_float(-INFINITY, false), "-Inf_f64");
}

TEST(ChecksPointerArith, OffsetsStayInsideTheAllocation) {
    Memory mem(8, 0);
    AllocId id = mem.allocate(12, 4, AllocKind::Stack);
    Pointer p = mem.base_ptr(id);
    uint64_t serial = mem.get(id)->serial;
    std::string a = "alloc" + std::to_string(serial);
    EXPECT_EQ(stop_message([&] { checks::check_inbounds_offset(mem, p, 12); }), "");
    EXPECT_EQ(stop_message([&] { checks::check_inbounds_offset(mem, p, 0); }), "");
    EXPECT_EQ(stop_message([&] { checks::check_inbounds_offset(mem, p, 16); }),
              "in-bounds pointer arithmetic failed: attempting to offset pointer by 16 bytes, but got " + a +
                  " which is only 12 bytes from the end of the allocation");
    EXPECT_EQ(stop_message([&] { checks::check_inbounds_offset(mem, p, -1); }),
              "in-bounds pointer arithmetic failed: attempting to offset pointer by -1 bytes, but got " + a +
                  " which is at the beginning of the allocation");
    EXPECT_EQ(stop_message([&] { checks::check_inbounds_offset(mem, Pointer{p.addr + 40, id}, 4); }),
              "in-bounds pointer arithmetic failed: attempting to offset pointer by 4 bytes, but got " + a +
                  "+0x28 which is at or beyond the end of the allocation of size 12 bytes");
    EXPECT_EQ(stop_message([&] { checks::check_inbounds_offset(mem, Pointer{0, memory::kNoAlloc}, 1); }),
              "in-bounds pointer arithmetic failed: attempting to offset pointer by 1 byte, but got null pointer");
    mem.deallocate(id);
    EXPECT_EQ(stop_message([&] { checks::check_inbounds_offset(mem, p, 2); }),
              "in-bounds pointer arithmetic failed: " + a + " has been freed, so this pointer is dangling");
}

TEST(ChecksPointerArith, ByteOffsetMustFitInIsize) {
    EXPECT_EQ(checks::offset_in_bytes(3, false, 4), 12);
    EXPECT_EQ(checks::offset_in_bytes(static_cast<uint64_t>(-2), true, 4), -8);
    EXPECT_NE(stop_message([] { checks::offset_in_bytes(INT64_MAX, true, 4); }), "");
    EXPECT_NE(stop_message([] { checks::offset_in_bytes(static_cast<uint64_t>(-1), false, 1); }), "");
}

TEST(ChecksLeaks, HeapMemoryReachableFromStaticsIsNotLeaked) {
    Memory mem(8, 0);
    AllocId stat = mem.allocate(8, 8, AllocKind::Static);
    AllocId kept = mem.allocate(16, 8, AllocKind::Heap);
    AllocId inner = mem.allocate(4, 4, AllocKind::Heap);
    AllocId lost = mem.allocate(4, 4, AllocKind::Heap);
    AllocId rooted = mem.allocate(4, 4, AllocKind::Heap);
    mem.write_ptr(mem.base_ptr(stat), mem.base_ptr(kept), 8);
    mem.write_ptr(mem.base_ptr(kept), mem.base_ptr(inner), 8);
    checks::LeakCheck lc;
    lc.add_static_root(rooted);
    std::vector<AllocId> leaks = lc.find_leaks(mem);
    ASSERT_EQ(leaks.size(), 1u);
    EXPECT_EQ(leaks[0], lost);
}

TEST(ChecksLeaks, BacktracesShareTheirCallers) {
    checks::BacktraceTable t;
    int f = 0, g = 0;
    uint32_t a = t.child(0, &f, 1, 10, 5);
    uint32_t b = t.child(a, &g, 1, 3, 9);
    EXPECT_EQ(t.child(0, &f, 1, 10, 5), a);
    EXPECT_EQ(t.node(b).parent, a);
    EXPECT_NE(t.child(a, &g, 1, 4, 9), b);
}

TEST(ChecksProvenance, ModesDecideWhatACastDoes) {
    checks::Int2PtrCasts def(checks::ProvenanceMode::Default);
    EXPECT_TRUE(def.on_cast());
    EXPECT_FALSE(def.on_cast()); // the warning is printed once
    checks::Int2PtrCasts perm(checks::ProvenanceMode::Permissive);
    EXPECT_FALSE(perm.on_cast());
    EXPECT_FALSE(perm.strict());
    checks::Int2PtrCasts strict(checks::ProvenanceMode::Strict);
    EXPECT_FALSE(strict.on_cast()); // no warning: the cast's pointer has no provenance
    EXPECT_TRUE(strict.strict());
}
