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
