// Threads of the interpreted program (ARCHITECTURE.md §1.4): all run on one host thread; the
// scheduler switches when the running thread blocks, yields or ends, and preemptively at the end
// of a basic block with probability `preemption_rate` (Miri's -Zmiri-preemption-rate, 0.01 by
// default), to a runnable thread picked at random. Every choice comes from the machine's seeded
// RNG, so a run is reproducible from its seed.
//
// Blocking is Miri's model: a blocked thread records what it waits for (a futex address, a
// thread to join, a deadline on the virtual monotonic clock) and a callback that completes its
// blocking call once it is woken. When no thread can run, time jumps to the earliest deadline;
// with none, the program deadlocked.
#pragma once

#include "concurrency/data_race.h"
#include "memory/memory.h"

#include <cstdint>
#include <deque>
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <random>
#include <string>
#include <vector>

namespace mirage::concurrency {

using memory::AllocId;
using memory::Pointer;
using memory::u128;

using ThreadId = uint32_t;
constexpr ThreadId kMainThread = 0;

enum class ThreadState : uint8_t { Runnable, Blocked, Terminated };
enum class BlockReason : uint8_t { None, Futex, Join, Sleep };

// What a blocked thread waits for. `on_unblock` completes the blocking call (writes its return
// value and errno); it runs on whichever thread wakes this one, so it captures what it writes.
struct Blocker {
    BlockReason reason = BlockReason::None;
    uint64_t futex_addr = 0;
    uint32_t futex_bitset = 0;
    ThreadId joined = 0;
    std::optional<uint64_t> deadline_ns; // on the virtual monotonic clock
    std::function<void(bool timed_out)> on_unblock;
};

// A value of a pthread key in one thread.
struct TlsValue {
    u128 bits = 0;
    AllocId prov = memory::kNoAlloc;
};

// One thread's state besides its frames (the engine derives its thread type from this one).
struct Thread {
    virtual ~Thread() = default;
    ThreadId id = 0;
    std::string name;                 // set by pthread_setname_np; empty: none
    ThreadState state = ThreadState::Runnable;
    Blocker blocker;
    bool detached = false;
    bool joined = false;              // pthread_join returned (or is waiting) for it
    std::vector<TlsValue> key_values; // pthread keys (key k at index k-1)
    std::vector<std::pair<Pointer, Pointer>> tls_dtors; // (dtor, data) from __cxa_thread_atexit_impl
    Pointer errno_place;              // this thread's errno (allocated on first use)
    Pointer retval;                   // what the start routine returned
    uint64_t os_tid = 0;              // what gettid returns
};

class Threads {
  public:
    // ---- the table
    ThreadId add(std::unique_ptr<Thread> t);
    Thread& get(ThreadId id) { return *m_threads[id]; }
    bool exists(ThreadId id) const { return id < m_threads.size(); }
    Thread& current() { return *m_threads[m_current]; }
    ThreadId current_id() const { return m_current;}
    void set_current(ThreadId id) {
        m_current = id;
        if (m_race) m_race->set_current(id);
    }
    size_t count() const { return m_threads.size(); }
    size_t live() const { return m_live; }
    // The current thread ended: it wakes the threads joining it.
    void terminate_current();

    // ---- the data-race detector: armed by the machine unless disabled, it starts (and hooks
    // `mem`) when a second thread is added.
    void arm_race_detector(memory::Memory* mem) { m_race_mem = mem; }
    DataRace* race() { return m_race.get(); }
    // `joiner` returned from joining the ended thread `ended` (without blocking).
    void joined(ThreadId joiner, ThreadId ended) {
        if (m_race) m_race->thread_joined(joiner, ended);
    }

    // ---- blocking and waking
    // Blocks the current thread (and asks for a switch).
    void block_current(Blocker b);
    // Makes a blocked thread runnable and completes its blocking call.
    void wake(ThreadId id, bool timed_out);
    // Wakes up to `max` threads waiting on the futex at `addr` whose bitset shares a bit with
    // `bitset`, in the order they started waiting; returns how many woke.
    uint32_t futex_wake(uint64_t addr, uint32_t bitset, uint32_t max);

    // ---- scheduling
    void request_switch() { m_switch = true; }
    bool switch_requested() const { return m_switch; }
    void set_preemption_rate(double rate) { m_rate = rate; }
    // Counts a basic block of the running thread; true when preemption says to switch now.
    bool end_of_block(std::mt19937_64& rng) {
        if (m_live < 2 || m_rate <= 0) return false;
        if (m_countdown == 0) m_countdown = draw_countdown(rng);
        return --m_countdown == 0;
    }
    // The thread to run next, after waking the threads whose deadline `now_ns` passed: with
    // `random`, one of the runnable threads (the current one included) drawn from it, as Miri
    // schedules; without (-Zmiri-fixed-schedule), round-robin after the current one, the current
    // one last. When none can run, time jumps to the earliest deadline (`advance_clock(to)`);
    // nullopt when no thread can ever run: a deadlock.
    std::optional<ThreadId> pick_next(uint64_t now_ns, const std::function<void(uint64_t)>& advance_clock,
                                      std::mt19937_64* random = nullptr);

  private:
    uint64_t draw_countdown(std::mt19937_64& rng);
    void wake_expired(uint64_t now_ns);

    std::vector<std::unique_ptr<Thread>> m_threads;
    memory::Memory* m_race_mem = nullptr;
    std::unique_ptr<DataRace> m_race;
    // Futex waiters in the order they started waiting (a thread is in one queue at most).
    std::map<uint64_t, std::deque<ThreadId>> m_futex_waiters;
    ThreadId m_current = kMainThread;
    size_t m_live = 0;
    bool m_switch = false;
    double m_rate = 0.01;
    uint64_t m_countdown = 0; // basic blocks until the next preemption (0: to draw)
};

} // namespace mirage::concurrency
