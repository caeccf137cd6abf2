// The data-race detector (Miri's concurrency/data_race.rs; -Zmiri-disable-data-race-detector
// switches it off). Vector clocks: every thread has one; happens-before edges come from thread
// spawn (parent -> child), join (child -> joiner), futex wake -> woken waiter, atomics with
// Release/Acquire/AcqRel/SeqCst orderings (a release store or RMW publishes the thread's clock
// on the location, an acquire load joins it; RMWs continue release sequences; Relaxed accesses
// go through the per-thread fence clocks) and fences.
//
// Per byte range of an allocation it keeps the last non-atomic write, the clock of non-atomic
// reads, and the clocks of atomic loads and stores. It reports UB when
//  - a non-atomic access is not ordered after an earlier access of another thread (a read only
//    against writes),
//  - an atomic access is not ordered after an earlier non-atomic one (a load only against
//    writes),
//  - a deallocation (a write to the whole allocation) is not ordered after any earlier access.
// It is active only once a second thread existed: until then Memory::race_hook is null.
#pragma once

#include "memory/memory.h"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

namespace mirage::concurrency {

using ThreadId = uint32_t;
class Threads;

// A vector clock: one timestamp per thread (missing entries are 0).
class VClock {
  public:
    uint64_t get(ThreadId t) const { return t < m_ts.size() ? m_ts[t] : 0; }
    void set(ThreadId t, uint64_t v) {
        if (t >= m_ts.size()) m_ts.resize(t + 1, 0);
        m_ts[t] = v;
    }
    void increment(ThreadId t) { set(t, get(t) + 1); }
    void join(const VClock& o) {
        if (o.m_ts.size() > m_ts.size()) m_ts.resize(o.m_ts.size(), 0);
        for (size_t i = 0; i < o.m_ts.size(); ++i)
            if (o.m_ts[i] > m_ts[i]) m_ts[i] = o.m_ts[i];
    }
    // Every entry <= the other's: all the events it covers happen-before the other.
    bool le(const VClock& o) const { return first_after(o) == kNone; }
    // The first thread whose entry here is greater than in `o`, or kNone.
    static constexpr ThreadId kNone = ~ThreadId(0);
    ThreadId first_after(const VClock& o) const {
        for (size_t i = 0; i < m_ts.size(); ++i)
            if (m_ts[i] > o.get(static_cast<ThreadId>(i))) return static_cast<ThreadId>(i);
        return kNone;
    }
    void clear() { m_ts.clear(); }
    bool operator==(const VClock& o) const;

  private:
    std::vector<uint64_t> m_ts;
};

// The accesses named in reports (Miri's wording).
enum class Access : uint8_t { NaRead, NaWrite, AtomicLoad, AtomicStore, AtomicRmw, Dealloc };
const char* access_name(Access a);

// Miri's (and core::intrinsics::AtomicOrdering's) orderings, in that enum's order.
enum class AtomicOrd : uint8_t { Relaxed = 0, Release = 1, Acquire = 2, AcqRel = 3, SeqCst = 4 };
inline bool is_acquire(AtomicOrd o) { return o == AtomicOrd::Acquire || o == AtomicOrd::AcqRel || o == AtomicOrd::SeqCst; }
inline bool is_release(AtomicOrd o) { return o == AtomicOrd::Release || o == AtomicOrd::AcqRel || o == AtomicOrd::SeqCst; }

class DataRace final : public memory::AccessHook {
  public:
    explicit DataRace(Threads& threads) : m_threads(threads) {}

    // ---- threads (called by Threads)
    void add_thread(ThreadId id, ThreadId parent, bool has_parent);
    void set_current(ThreadId id) { m_current = id; }
    ThreadId current() const { return m_current; }
    // The current thread ended: what a joiner acquires.
    void thread_terminated(ThreadId id);
    // `joiner` returned from joining `ended`.
    void thread_joined(ThreadId joiner, ThreadId ended);
    // Futexes: a wake releases the waker's clock to the futex, the woken waiter acquires it.
    void futex_release(uint64_t addr);
    void futex_acquire(ThreadId woken, uint64_t addr);

    // ---- atomics (called by the atomic intrinsics around their memory accesses)
    // The accesses of [addr, addr+len) until end_atomic are the atomic operation `kind`, the
    // load with ordering `load_ord`, the store with `store_ord`.
    void begin_atomic(uint64_t addr, uint64_t len, Access kind, AtomicOrd load_ord, AtomicOrd store_ord) {
        m_atomic = {addr, len, kind, load_ord, store_ord, true};
    }
    void end_atomic() { m_atomic.active = false; }
    void fence(AtomicOrd ord);
    // begin_atomic .. end_atomic for a scope (nothing when `race` is null: one thread).
    struct AtomicGuard {
        DataRace* race;
        AtomicGuard(DataRace* r, uint64_t addr, uint64_t len, Access kind, AtomicOrd load, AtomicOrd store) : race(r) {
            if (race) race->begin_atomic(addr, len, kind, load, store);
        }
        ~AtomicGuard() {
            if (race) race->end_atomic();
        }
        AtomicGuard(const AtomicGuard&) = delete;
        AtomicGuard& operator=(const AtomicGuard&) = delete;
    };

    // ---- memory::AccessHook
    void on_read(memory::Allocation& a, uint64_t off, uint64_t len) override;
    void on_write(memory::Allocation& a, uint64_t off, uint64_t len) override;
    void on_dealloc(memory::Allocation& a) override;

  private:
    struct ThreadClocks {
        VClock clock;
        VClock fence_acquire; // what Relaxed loads saw: an acquire fence joins it
        VClock fence_release; // the clock at the last release fence: what Relaxed stores publish
        bool ended = false;
    };
    struct AtomicCell {
        VClock read, write;                 // atomic loads and stores per thread
        std::vector<Access> read_kind, write_kind; // per thread: load or RMW, store or RMW
        VClock sync;                        // what an acquire load of it joins (release sequences)
    };
    // One byte range's history (Miri's MemoryCellClocks).
    struct Cell {
        ThreadId write_thread = 0;
        uint64_t write_ts = 0; // 0: no write since the detector started
        VClock read;           // non-atomic reads per thread
        std::unique_ptr<AtomicCell> atomic;
        Cell() = default;
        Cell(const Cell& o)
            : write_thread(o.write_thread), write_ts(o.write_ts), read(o.read),
              atomic(o.atomic ? std::make_unique<AtomicCell>(*o.atomic) : nullptr) {}
    };
    // The cells of an allocation: start offset -> cell, each up to the next start.
    struct AllocState final : memory::AllocRaceState {
        std::map<uint64_t, Cell> cells;
    };
    struct AtomicScope {
        uint64_t addr = 0, len = 0;
        Access kind = Access::AtomicLoad;
        AtomicOrd load_ord = AtomicOrd::Relaxed, store_ord = AtomicOrd::Relaxed;
        bool active = false;
    };

    ThreadClocks& cur() { return m_clocks[m_current]; }
    // Visits the cells covering [off, off+len), splitting at the ends.
    template <class F> void for_cells(memory::Allocation& a, uint64_t off, uint64_t len, F&& f);
    bool is_atomic(const memory::Allocation& a, uint64_t off, uint64_t len) const {
        return m_atomic.active && a.base + off == m_atomic.addr && len == m_atomic.len;
    }
    void check_read(memory::Allocation& a, uint64_t off, Cell& c);
    void check_write(memory::Allocation& a, uint64_t off, Cell& c, Access kind);
    void atomic_load(memory::Allocation& a, uint64_t off, Cell& c);
    void atomic_store(memory::Allocation& a, uint64_t off, Cell& c);
    [[noreturn]] void report(const memory::Allocation& a, uint64_t off, Access earlier, ThreadId earlier_thread,
                             Access now);
    std::string thread_name(ThreadId t) const;

    Threads& m_threads;
    std::vector<ThreadClocks> m_clocks; // by thread id
    ThreadId m_current = 0;
    AtomicScope m_atomic;
    std::unordered_map<uint64_t, VClock> m_futex_clocks;
    VClock m_last_sc_fence;
};

} // namespace mirage::concurrency
