// The thread table, blocking and the scheduler (see threads.h).
#include "concurrency/threads.h"

#include <algorithm>
#include <cmath>

namespace mirage::concurrency {

ThreadId Threads::add(std::unique_ptr<Thread> t) {
    ThreadId id = static_cast<ThreadId>(m_threads.size());
    t->id = id;
    t->state = ThreadState::Runnable;
    m_threads.push_back(std::move(t));
    ++m_live;
    if (m_race_mem && id == 1) {
        // The program becomes multi-threaded: from now on accesses are recorded.
        m_race = std::make_unique<DataRace>(*this);
        m_race->add_thread(kMainThread, 0, false);
        m_race->set_current(m_current);
        m_race_mem->race_hook = m_race.get();
    }
    if (m_race) m_race->add_thread(id, m_current, id != kMainThread);
    return id;
}

void Threads::terminate_current() {
    Thread& t = current();
    t.state = ThreadState::Terminated;
    --m_live;
    m_switch = true;
    if (m_race) m_race->thread_terminated(t.id);
    for (auto& other : m_threads)
        if (other->state == ThreadState::Blocked && other->blocker.reason == BlockReason::Join &&
            other->blocker.joined == t.id)
            wake(other->id, false);
}

void Threads::block_current(Blocker b) {
    Thread& t = current();
    if (b.reason == BlockReason::Futex) m_futex_waiters[b.futex_addr].push_back(t.id);
    t.blocker = std::move(b);
    t.state = ThreadState::Blocked;
    m_switch = true;
}

void Threads::wake(ThreadId id, bool timed_out) {
    Thread& t = *m_threads[id];
    if (t.blocker.reason == BlockReason::Futex) {
        // A timed-out waiter leaves its queue; a woken one was taken off by futex_wake.
        auto q = m_futex_waiters.find(t.blocker.futex_addr);
        if (q != m_futex_waiters.end()) {
            q->second.erase(std::remove(q->second.begin(), q->second.end(), id), q->second.end());
            if (q->second.empty()) m_futex_waiters.erase(q);
        }
    }
    auto done = std::move(t.blocker.on_unblock);
    if (m_race) {
        // The woken thread acquires what its waker released before its call completes.
        if (t.blocker.reason == BlockReason::Join) m_race->thread_joined(id, t.blocker.joined);
        else if (t.blocker.reason == BlockReason::Futex && !timed_out) m_race->futex_acquire(id, t.blocker.futex_addr);
    }
    t.blocker = Blocker{};
    t.state = ThreadState::Runnable;
    if (done) {
        // Its call completes on its behalf, whichever thread runs now.
        ThreadId running = m_race ? m_race->current() : 0;
        if (m_race) m_race->set_current(id);
        done(timed_out);
        if (m_race) m_race->set_current(running);
    }
}

uint32_t Threads::futex_wake(uint64_t addr, uint32_t bitset, uint32_t max) {
    if (m_race) m_race->futex_release(addr);
    auto q = m_futex_waiters.find(addr);
    if (q == m_futex_waiters.end()) return 0;
    std::vector<ThreadId> woken;
    for (ThreadId id : q->second) {
        if (woken.size() >= max) break;
        if (m_threads[id]->blocker.futex_bitset & bitset) woken.push_back(id);
    }
    for (ThreadId id : woken) wake(id, false);
    return static_cast<uint32_t>(woken.size());
}

// Preemption after each basic block with probability `rate` is a geometric number of blocks:
// drawn once per slice instead of once per block.
uint64_t Threads::draw_countdown(std::mt19937_64& rng) {
    if (m_rate >= 1) return 1;
    double u = (static_cast<double>(rng() >> 11) + 0.5) * 0x1.0p-53; // in (0, 1)
    double n = std::floor(std::log(u) / std::log1p(-m_rate)) + 1;
    return n >= 1e18 ? uint64_t(1e18) : static_cast<uint64_t>(n);
}

void Threads::wake_expired(uint64_t now_ns) {
    for (auto& t : m_threads)
        if (t->state == ThreadState::Blocked && t->blocker.deadline_ns && *t->blocker.deadline_ns <= now_ns)
            wake(t->id, true);
}

std::optional<ThreadId> Threads::pick_next(uint64_t now_ns, const std::function<void(uint64_t)>& advance_clock,
                                           std::mt19937_64* random) {
    m_switch = false;
    m_countdown = 0;
    wake_expired(now_ns);
    for (;;) {
        size_t n = m_threads.size();
        std::vector<ThreadId> runnable; // in round-robin order
        for (size_t i = 1; i <= n; ++i) {
            ThreadId id = static_cast<ThreadId>((m_current + i) % n);
            if (m_threads[id]->state == ThreadState::Runnable) runnable.push_back(id);
        }
        if (!runnable.empty()) {
            if (!random || runnable.size() == 1) return runnable.front();
            return runnable[(*random)() % runnable.size()];
        }
        // Nobody can run: time passes until the earliest deadline.
        std::optional<uint64_t> earliest;
        for (auto& t : m_threads)
            if (t->state == ThreadState::Blocked && t->blocker.deadline_ns)
                earliest = earliest ? std::min(*earliest, *t->blocker.deadline_ns) : *t->blocker.deadline_ns;
        if (!earliest) return std::nullopt;
        advance_clock(*earliest);
        wake_expired(*earliest);
    }
}

} // namespace mirage::concurrency
