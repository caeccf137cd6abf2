// The thread table and scheduler (src/concurrency): blocking, futex wake-ups, joins, deadlines
// on the virtual clock, round-robin or seeded random choice and deadlock.
#include "concurrency/threads.h"

#include <gtest/gtest.h>

#include <random>
#include <set>

using namespace mirage::concurrency;

namespace {

Threads with_threads(size_t n) {
    Threads ts;
    for (size_t i = 0; i < n; ++i) ts.add(std::make_unique<Thread>());
    return ts;
}

Blocker futex_blocker(uint64_t addr, uint32_t bitset, std::vector<int>* log = nullptr, int tag = 0) {
    Blocker b;
    b.reason = BlockReason::Futex;
    b.futex_addr = addr;
    b.futex_bitset = bitset;
    if (log) b.on_unblock = [log, tag](bool timed_out) { log->push_back(timed_out ? -tag : tag); };
    return b;
}

const std::function<void(uint64_t)> no_clock = [](uint64_t) { FAIL() << "the clock should not move"; };

} // namespace

TEST(Threads, RoundRobinAfterTheCurrentThread) {
    Threads ts = with_threads(3);
    ts.set_current(1);
    EXPECT_EQ(ts.pick_next(0, no_clock), 2u);
    ts.set_current(2);
    EXPECT_EQ(ts.pick_next(0, no_clock), 0u);
}

TEST(Threads, FutexWakeIsFifoAndHonoursBitsetsAndCounts) {
    Threads ts = with_threads(4);
    std::vector<int> log;
    for (ThreadId t : {1u, 2u, 3u}) {
        ts.set_current(t);
        ts.block_current(futex_blocker(0x100, t == 2 ? 0b10 : 0b01, &log, static_cast<int>(t)));
    }
    ts.set_current(0);
    EXPECT_EQ(ts.futex_wake(0x200, ~0u, 5), 0u);
    EXPECT_EQ(ts.futex_wake(0x100, 0b01, 1), 1u);
    EXPECT_EQ(log, (std::vector<int>{1}));
    EXPECT_EQ(ts.futex_wake(0x100, ~0u, 10), 2u);
    EXPECT_EQ(log, (std::vector<int>{1, 2, 3}));
    EXPECT_EQ(ts.futex_wake(0x100, ~0u, 10), 0u);
}

TEST(Threads, TerminationWakesTheJoiner) {
    Threads ts = with_threads(2);
    bool woken = false;
    Blocker b;
    b.reason = BlockReason::Join;
    b.joined = 1;
    b.on_unblock = [&](bool) { woken = true; };
    ts.block_current(std::move(b));
    EXPECT_TRUE(ts.switch_requested());
    EXPECT_EQ(ts.pick_next(0, no_clock), 1u);
    ts.set_current(1);
    ts.terminate_current();
    EXPECT_TRUE(woken);
    EXPECT_EQ(ts.get(0).state, ThreadState::Runnable);
    EXPECT_EQ(ts.live(), 1u);
    EXPECT_EQ(ts.pick_next(0, no_clock), 0u);
}

TEST(Threads, TimeJumpsToTheEarliestDeadlineWhenNobodyCanRun) {
    Threads ts = with_threads(2);
    std::vector<int> log;
    Blocker late = futex_blocker(0x100, ~0u, &log, 1);
    late.deadline_ns = 500;
    ts.block_current(std::move(late));
    ts.set_current(1);
    Blocker sleep;
    sleep.reason = BlockReason::Sleep;
    sleep.deadline_ns = 300;
    ts.block_current(std::move(sleep));
    uint64_t clock = 100;
    auto advance = [&](uint64_t to) { clock = to; };
    EXPECT_EQ(ts.pick_next(clock, advance), 1u);
    EXPECT_EQ(clock, 300u);
    EXPECT_TRUE(log.empty());
    // A deadline that passed while others ran wakes its thread at the next switch, timed out.
    EXPECT_EQ(ts.pick_next(600, no_clock), 0u);
    EXPECT_EQ(log, (std::vector<int>{-1}));
    EXPECT_EQ(ts.futex_wake(0x100, ~0u, 1), 0u); // it left the futex's queue
}

TEST(Threads, AllBlockedWithoutDeadlinesIsADeadlock) {
    Threads ts = with_threads(2);
    ts.block_current(futex_blocker(0x100, ~0u));
    ts.set_current(1);
    Blocker b;
    b.reason = BlockReason::Join;
    b.joined = 0;
    ts.block_current(std::move(b));
    EXPECT_FALSE(ts.pick_next(0, no_clock).has_value());
}

TEST(Threads, PreemptionFollowsTheRate) {
    std::mt19937_64 rng(42);
    Threads one = with_threads(1);
    for (int i = 0; i < 1000; ++i) EXPECT_FALSE(one.end_of_block(rng)); // nobody to switch to
    Threads ts = with_threads(2);
    ts.set_preemption_rate(0);
    for (int i = 0; i < 1000; ++i) EXPECT_FALSE(ts.end_of_block(rng));
    ts.set_preemption_rate(1);
    EXPECT_TRUE(ts.end_of_block(rng));
    ts.set_preemption_rate(0.01);
    int switches = 0;
    for (int i = 0; i < 100000; ++i) switches += ts.end_of_block(rng);
    EXPECT_GT(switches, 800);
    EXPECT_LT(switches, 1200);
}

TEST(Threads, RandomSchedulingPicksAnyRunnableThreadReproducibly) {
    Threads ts = with_threads(3);
    ts.get(2).state = ThreadState::Blocked;
    std::mt19937_64 rng(7), again(7);
    std::set<ThreadId> seen;
    std::vector<ThreadId> picks, picks_again;
    for (int i = 0; i < 200; ++i) {
        picks.push_back(*ts.pick_next(0, no_clock, &rng));
        picks_again.push_back(*ts.pick_next(0, no_clock, &again));
    }
    seen.insert(picks.begin(), picks.end());
    EXPECT_EQ(seen, (std::set<ThreadId>{0, 1})); // the current one included, never the blocked one
    EXPECT_EQ(picks, picks_again);                 // same seed, same schedule
}

// ---- the data-race detector (src/concurrency/data_race.h)

#include "concurrency/data_race.h"
#include "memory/memory.h"
#include "stop_message.h"

namespace {

using mirage::memory::AllocId;
using mirage::memory::AllocKind;
using mirage::memory::Memory;
using mirage::memory::Pointer;

// A memory with a detector armed, main plus `n` spawned threads (spawned from main).
struct RaceWorld {
    Memory mem{8, 0};
    Threads ts;
    explicit RaceWorld(size_t n) {
        ts.arm_race_detector(&mem);
        ts.add(std::make_unique<Thread>());
        for (size_t i = 0; i < n; ++i) ts.add(std::make_unique<Thread>());
    }
    DataRace& race() { return *ts.race(); }
    void on(ThreadId t) {
        ts.set_current(t);
        mem.active_thread = t;
    }
    void atomic_store(Pointer p, uint32_t v, AtomicOrd ord) {
        DataRace::AtomicGuard g(&race(), p.addr, 4, Access::AtomicStore, AtomicOrd::Relaxed, ord);
        mem.write_int(p, v, 4, 4);
    }
    uint32_t atomic_load(Pointer p, AtomicOrd ord) {
        DataRace::AtomicGuard g(&race(), p.addr, 4, Access::AtomicLoad, ord, AtomicOrd::Relaxed);
        return static_cast<uint32_t>(mem.read_int(p, 4, 4));
    }
};

} // namespace

TEST(VClock, JoinTakesTheMaximumAndLeComparesEveryEntry) {
    VClock a, b;
    a.set(0, 3);
    a.set(2, 1);
    b.set(1, 5);
    EXPECT_FALSE(a.le(b));
    EXPECT_EQ(a.first_after(b), 0u);
    b.join(a);
    EXPECT_TRUE(a.le(b));
    EXPECT_EQ(b.get(0), 3u);
    EXPECT_EQ(b.get(1), 5u);
    EXPECT_EQ(b.get(2), 1u);
    EXPECT_EQ(b.get(7), 0u); // missing entries are 0
    EXPECT_EQ(b.first_after(a), 1u);
    b.increment(4);
    EXPECT_EQ(b.get(4), 1u);
}

TEST(DataRace, OffUntilASecondThreadExists) {
    Memory mem(8, 0);
    Threads ts;
    ts.arm_race_detector(&mem);
    ts.add(std::make_unique<Thread>());
    EXPECT_EQ(mem.race_hook, nullptr);
    ts.add(std::make_unique<Thread>());
    EXPECT_NE(mem.race_hook, nullptr);
}

TEST(DataRace, UnorderedWriteThenReadIsARace) {
    RaceWorld w(1);
    AllocId id = w.mem.allocate(8, 4, AllocKind::Heap, true);
    Pointer p = w.mem.base_ptr(id);
    w.on(1);
    w.mem.write_int(p, 1, 4, 4);
    w.on(0);
    std::string msg = stop_message([&] { w.mem.read_int(p, 4, 4); });
    EXPECT_NE(msg.find("Data race detected between (1) non-atomic write on thread `unnamed-1` and (2) non-atomic "
                       "read on thread `main`"),
              std::string::npos)
        << msg;
    // Another byte range of the allocation is a different location.
    EXPECT_EQ(stop_message([&] { w.mem.read_int(Pointer{p.addr + 4, p.prov}, 4, 4); }), "");
}

TEST(DataRace, SpawnAndJoinOrderAccesses) {
    RaceWorld w(0);
    AllocId id = w.mem.allocate(4, 4, AllocKind::Heap, true);
    Pointer p = w.mem.base_ptr(id);
    w.ts.add(std::make_unique<Thread>()); // main spawns thread 1 (the detector starts)
    w.mem.write_int(p, 1, 4, 4);          // main writes after the spawn: unordered with thread 1
    w.on(1);
    EXPECT_NE(stop_message([&] { w.mem.read_int(p, 4, 4); }), "");
    RaceWorld v(0);
    AllocId id2 = v.mem.allocate(4, 4, AllocKind::Heap, true);
    Pointer q = v.mem.base_ptr(id2);
    v.ts.add(std::make_unique<Thread>());
    v.on(1);
    v.mem.write_int(q, 1, 4, 4);
    v.ts.terminate_current();
    v.on(0);
    v.ts.joined(0, 1);
    EXPECT_EQ(stop_message([&] { v.mem.write_int(q, 2, 4, 4); }), "");
    EXPECT_EQ(stop_message([&] { v.mem.deallocate(id2); }), "");
}

TEST(DataRace, ReleaseAcquireOrdersButRelaxedDoesNot) {
    for (bool acquire : {true, false}) {
        RaceWorld w(1);
        Pointer data = w.mem.base_ptr(w.mem.allocate(4, 4, AllocKind::Heap, true));
        Pointer flag = w.mem.base_ptr(w.mem.allocate(4, 4, AllocKind::Heap, true));
        w.on(1);
        w.mem.write_int(data, 7, 4, 4);
        w.atomic_store(flag, 1, AtomicOrd::Release);
        w.on(0);
        w.atomic_load(flag, acquire ? AtomicOrd::Acquire : AtomicOrd::Relaxed);
        std::string msg = stop_message([&] { w.mem.read_int(data, 4, 4); });
        EXPECT_EQ(msg.empty(), acquire) << msg;
    }
}

TEST(DataRace, RelaxedLoadThenAcquireFenceSynchronises) {
    RaceWorld w(1);
    Pointer data = w.mem.base_ptr(w.mem.allocate(4, 4, AllocKind::Heap, true));
    Pointer flag = w.mem.base_ptr(w.mem.allocate(4, 4, AllocKind::Heap, true));
    w.on(1);
    w.mem.write_int(data, 7, 4, 4);
    w.race().fence(AtomicOrd::Release);
    w.atomic_store(flag, 1, AtomicOrd::Relaxed);
    w.on(0);
    w.atomic_load(flag, AtomicOrd::Relaxed);
    w.race().fence(AtomicOrd::Acquire);
    EXPECT_EQ(stop_message([&] { w.mem.write_int(data, 1, 4, 4); }), "");
}

TEST(DataRace, AtomicAccessesRaceOnlyWithNonAtomicOnes) {
    RaceWorld w(1);
    Pointer p = w.mem.base_ptr(w.mem.allocate(4, 4, AllocKind::Heap, true));
    w.on(1);
    w.atomic_store(p, 1, AtomicOrd::Relaxed);
    w.on(0);
    EXPECT_EQ(stop_message([&] { w.atomic_load(p, AtomicOrd::Relaxed); }), "");
    std::string msg = stop_message([&] { w.mem.write_int(p, 3, 4, 4); });
    EXPECT_NE(msg.find("(1) atomic store on thread `unnamed-1` and (2) non-atomic write on thread `main`"),
              std::string::npos)
        << msg;
}

TEST(DataRace, FutexWakeReleasesToTheWokenWaiter) {
    RaceWorld w(1);
    Pointer data = w.mem.base_ptr(w.mem.allocate(4, 4, AllocKind::Heap, true));
    w.on(1);
    w.ts.block_current(futex_blocker(0x100, ~0u));
    w.on(0);
    w.mem.write_int(data, 5, 4, 4);
    EXPECT_EQ(w.ts.futex_wake(0x100, ~0u, 1), 1u);
    w.on(1);
    EXPECT_EQ(stop_message([&] { w.mem.read_int(data, 4, 4); }), "");
}

TEST(DataRace, DeallocationIsAWriteOfTheWholeAllocation) {
    RaceWorld w(1);
    AllocId id = w.mem.allocate(16, 8, AllocKind::Heap, true);
    Pointer p = w.mem.base_ptr(id);
    w.on(1);
    w.mem.read_int(Pointer{p.addr + 8, p.prov}, 8, 8);
    w.on(0);
    std::string msg = stop_message([&] { w.mem.deallocate(id); });
    EXPECT_NE(msg.find("(1) non-atomic read on thread `unnamed-1` and (2) deallocation on thread `main`"),
              std::string::npos)
        << msg;
}
