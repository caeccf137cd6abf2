// The machine's memory (src/memory): bytes, initialisation, provenance, and the checks that
// every access makes.
#include "memory/memory.h"

#include "stop_message.h"

#include <gtest/gtest.h>

using namespace mirage;
using memory::AllocId;
using memory::AllocKind;
using memory::Memory;
using memory::Pointer;

TEST(Memory, IntegersRoundTripLittleEndian) {
    Memory mem(8, 0);
    AllocId id = mem.allocate(16, 8, AllocKind::Heap);
    Pointer p = mem.base_ptr(id);
    mem.write_int(p, 0x1122334455667788ull, 8, 8);
    EXPECT_EQ(static_cast<uint64_t>(mem.read_int(p, 8, 8)), 0x1122334455667788ull);
    EXPECT_EQ(static_cast<uint64_t>(mem.read_int({p.addr + 1, p.prov}, 1, 1)), 0x77u);
    mirage::memory::u128 big = (mirage::memory::u128(0xdeadbeefull) << 64) | 42;
    mem.write_int(p, big, 16, 8);
    EXPECT_TRUE(mem.read_int(p, 16, 8) == big);
}

TEST(Memory, ReadingUninitialisedBytesIsReported) {
    Memory mem(8, 0);
    AllocId id = mem.allocate(8, 8, AllocKind::Stack);
    Pointer p = mem.base_ptr(id);
    mem.write_int(p, 7, 4, 4);
    EXPECT_EQ(static_cast<uint64_t>(mem.read_int(p, 4, 4)), 7u);
    uint64_t serial = mem.get(id)->serial;
    EXPECT_EQ(stop_message([&] { mem.read_int(p, 8, 8); }),
              "reading memory at alloc" + std::to_string(serial) +
                  "[0x0..0x8], but memory is uninitialized at [0x4..0x8], and this operation requires initialized memory");
    EXPECT_EQ(stop_message([&] { mem.require_init(Pointer{p.addr + 2, p.prov}, 4); }),
              "reading memory at alloc" + std::to_string(serial) +
                  "[0x2..0x6], but memory is uninitialized at [0x4..0x6], and this operation requires initialized memory");
    EXPECT_EQ(mem.first_uninit(p, 8), 4u);
    EXPECT_EQ(mem.first_uninit(p, 4), UINT64_MAX);
    bool init = true;
    mem.read_int(p, 8, 8, nullptr, /*allow_uninit=*/true, &init);
    EXPECT_FALSE(init);
}

TEST(Memory, OutOfBoundsAndFreedAccessesAreReported) {
    Memory mem(8, 0);
    AllocId id = mem.allocate(4, 4, AllocKind::Heap, /*zeroed=*/true);
    Pointer p = mem.base_ptr(id);
    std::string oob = stop_message([&] { mem.read_int({p.addr + 2, p.prov}, 4, 1); });
    EXPECT_NE(oob.find("attempting to access 4 bytes"), std::string::npos) << oob;
    EXPECT_NE(oob.find("only 2 bytes from the end of the allocation"), std::string::npos) << oob;
    mem.deallocate(id);
    std::string freed = stop_message([&] { mem.read_int(p, 4, 4); });
    EXPECT_NE(freed.find("has been freed, so this pointer is dangling"), std::string::npos) << freed;
    EXPECT_EQ(mem.read_int(p, 0, 4), 0u); // a zero-sized read of freed memory is fine ...
    EXPECT_EQ(stop_message([&] { mem.read_int({p.addr + 1, p.prov}, 0, 4); }), // ... if aligned
              "accessing memory based on pointer with alignment 1, but alignment 4 is required");
    EXPECT_EQ(stop_message([&] { mem.read_int(Pointer{0, 0}, 4, 1); }),
              "memory access failed: attempting to access 4 bytes, but got null pointer");
    // Zero bytes are dereferenceable anywhere, null and freed memory included (rustc's
    // check_and_deref_ptr); validity reports a null reference by itself.
    EXPECT_EQ(mem.probe(Pointer{0, 0}, 0), memory::PtrProblem::None);
    EXPECT_EQ(mem.probe(Pointer{0x40, 0}, 0), memory::PtrProblem::None);
    EXPECT_EQ(mem.probe(p, 0), memory::PtrProblem::None);
    EXPECT_EQ(mem.probe(Pointer{0, 0}, 1), memory::PtrProblem::Null);
    EXPECT_EQ(mem.probe(Pointer{0x40, 0}, 1), memory::PtrProblem::NoProvenance);
}

TEST(Memory, ReusedSlotsDoNotRevivePointersToTheOldAllocation) {
    Memory mem(8, 0);
    AllocId a = mem.allocate(8, 8, AllocKind::Stack);
    Pointer old = mem.base_ptr(a);
    mem.deallocate(a);
    AllocId b = mem.allocate(8, 8, AllocKind::Stack);
    EXPECT_EQ(static_cast<uint32_t>(a), static_cast<uint32_t>(b)); // same slot ...
    EXPECT_NE(a, b);                                                // ... new generation
    EXPECT_EQ(mem.get(a), nullptr);
    EXPECT_NE(stop_message([&] { mem.write_int(old, 1, 8, 8); }), "");
}

TEST(Memory, CopyCarriesProvenanceAndInitialisation) {
    Memory mem(8, 0);
    AllocId target = mem.allocate(4, 4, AllocKind::Heap);
    AllocId src = mem.allocate(24, 8, AllocKind::Stack);
    AllocId dst = mem.allocate(24, 8, AllocKind::Stack);
    Pointer s = mem.base_ptr(src), d = mem.base_ptr(dst);
    mem.write_ptr({s.addr + 8, s.prov}, mem.base_ptr(target), 8);
    mem.write_int(s, 5, 1, 1); // byte 0 init, bytes 1..7 not
    mem.copy(d, s, 16, 8, 8);
    Pointer back = mem.read_ptr({d.addr + 8, d.prov}, 8);
    EXPECT_EQ(back.prov, target);
    EXPECT_EQ(back.addr, mem.base_ptr(target).addr);
    EXPECT_EQ(static_cast<uint64_t>(mem.read_int(d, 1, 1)), 5u);
    EXPECT_NE(stop_message([&] { mem.read_int({d.addr + 1, d.prov}, 1, 1); }), "");
    // Overwriting part of a pointer drops its provenance.
    mem.write_int({d.addr + 8, d.prov}, 0, 1, 1);
    memory::AllocId prov = 1;
    mem.read_int({d.addr + 8, d.prov}, 8, 8, &prov);
    EXPECT_EQ(prov, memory::kNoAlloc);
}

TEST(Memory, ExposedAllocationsAreFoundByAddress) {
    Memory mem(8, 0);
    AllocId id = mem.allocate(32, 8, AllocKind::Heap);
    Pointer p = mem.base_ptr(id);
    EXPECT_EQ(mem.find_exposed(p.addr + 3), memory::kNoAlloc);
    mem.expose(id);
    EXPECT_EQ(mem.find_exposed(p.addr + 3), id);
    EXPECT_EQ(mem.find_exposed(p.addr + 32), id); // one past the end
}

TEST(Memory, BaseAddressesDependOnTheSeedOnly) {
    auto first_address = [](uint64_t seed) {
        Memory mem(8, seed);
        return mem.base_ptr(mem.allocate(8, 8, AllocKind::Heap)).addr;
    };
    EXPECT_EQ(first_address(1), first_address(1));
    EXPECT_NE(first_address(1), first_address(2));
}

// The allocation a use-after-free or out-of-bounds error is about travels with the error, and
// where it was allocated and freed (span ids) outlives the reuse of its slot.
TEST(Memory, AllocationNotesSurviveSlotReuse) {
    Memory mem(8, 0);
    AllocId box = mem.allocate(4, 4, AllocKind::Heap);
    Pointer p = mem.base_ptr(box);
    mem.get(box)->alloc_span = 7;
    auto stop_of = [&](auto f) -> diag::MachineStop {
        try {
            f();
        } catch (const diag::MachineStop& s) {
            return s;
        }
        return {};
    };
    EXPECT_EQ(stop_of([&] { mem.read_int({p.addr + 4, p.prov}, 1, 1); }).alloc, box); // out of bounds
    mem.deallocate(box, 9);
    EXPECT_EQ(mem.alloc_spans(box), std::make_pair(7u, 9u));
    AllocId next = mem.allocate(4, 4, AllocKind::Stack); // takes the slot
    EXPECT_EQ(static_cast<uint32_t>(next), static_cast<uint32_t>(box));
    EXPECT_EQ(mem.alloc_spans(box), std::make_pair(7u, 9u));
    EXPECT_EQ(mem.alloc_spans(next), std::make_pair(0u, 0u));
    EXPECT_EQ(stop_of([&] { mem.read_int(p, 4, 4); }).alloc, box); // use after free
}
