// The data-race detector (see data_race.h).
#include "concurrency/data_race.h"

#include "concurrency/threads.h"
#include "diag/error.h"

#include <cstdio>

namespace mirage::concurrency {

bool VClock::operator==(const VClock& o) const {
    size_t n = std::max(m_ts.size(), o.m_ts.size());
    for (size_t i = 0; i < n; ++i)
        if (get(static_cast<ThreadId>(i)) != o.get(static_cast<ThreadId>(i))) return false;
    return true;
}

const char* access_name(Access a) {
    switch (a) {
    case Access::NaRead: return "non-atomic read";
    case Access::NaWrite: return "non-atomic write";
    case Access::AtomicLoad: return "atomic load";
    case Access::AtomicStore: return "atomic store";
    case Access::AtomicRmw: return "atomic read-modify-write";
    case Access::Dealloc: return "deallocation";
    }
    return "access";
}

// ---- threads

void DataRace::add_thread(ThreadId id, ThreadId parent, bool has_parent) {
    if (m_clocks.size() <= id) m_clocks.resize(id + 1);
    ThreadClocks& t = m_clocks[id];
    if (has_parent) {
        // Everything the parent did so far happens-before the child's start.
        t.clock = m_clocks[parent].clock;
        m_clocks[parent].clock.increment(parent);
    }
    t.clock.set(id, 1);
}

void DataRace::thread_terminated(ThreadId id) { m_clocks[id].ended = true; }

void DataRace::thread_joined(ThreadId joiner, ThreadId ended) {
    m_clocks[joiner].clock.join(m_clocks[ended].clock);
}

void DataRace::futex_release(uint64_t addr) {
    m_futex_clocks[addr].join(cur().clock);
    cur().clock.increment(m_current);
}

void DataRace::futex_acquire(ThreadId woken, uint64_t addr) {
    auto it = m_futex_clocks.find(addr);
    if (it != m_futex_clocks.end()) m_clocks[woken].clock.join(it->second);
}

void DataRace::fence(AtomicOrd ord) {
    ThreadClocks& t = cur();
    if (ord != AtomicOrd::Release) t.clock.join(t.fence_acquire);
    if (ord == AtomicOrd::SeqCst) {
        // SeqCst fences are totally ordered: each one sees the clocks of the earlier ones.
        t.clock.join(m_last_sc_fence);
        m_last_sc_fence.join(t.clock);
    }
    if (ord != AtomicOrd::Acquire) {
        t.fence_release = t.clock;
        t.clock.increment(m_current);
    }
}

// ---- memory

template <class F> void DataRace::for_cells(memory::Allocation& a, uint64_t off, uint64_t len, F&& f) {
    if (!a.race) {
        auto st = std::make_unique<AllocState>();
        st->cells.emplace(0, Cell{});
        a.race = std::move(st);
    }
    auto& cells = static_cast<AllocState&>(*a.race).cells;
    // Cells start at `at` (copying the history of the cell that covered it).
    auto split = [&](uint64_t at) {
        auto it = cells.upper_bound(at);
        --it; // cells[0] always exists
        if (it->first == at) return it;
        return cells.emplace_hint(std::next(it), at, it->second);
    };
    auto it = split(off);
    uint64_t end = off + len;
    if (end < a.size) split(end);
    for (; it != cells.end() && it->first < end; ++it) f(it->first, it->second);
}

void DataRace::check_read(memory::Allocation& a, uint64_t off, Cell& c) {
    const VClock& now = cur().clock;
    if (c.write_ts > now.get(c.write_thread)) report(a, off, Access::NaWrite, c.write_thread, Access::NaRead);
    if (c.atomic) {
        ThreadId u = c.atomic->write.first_after(now);
        if (u != VClock::kNone) report(a, off, c.atomic->write_kind[u], u, Access::NaRead);
    }
    c.read.set(m_current, now.get(m_current));
}

void DataRace::check_write(memory::Allocation& a, uint64_t off, Cell& c, Access kind) {
    const VClock& now = cur().clock;
    if (c.write_ts > now.get(c.write_thread)) report(a, off, Access::NaWrite, c.write_thread, kind);
    ThreadId u = c.read.first_after(now);
    if (u != VClock::kNone) report(a, off, Access::NaRead, u, kind);
    if (c.atomic) {
        u = c.atomic->read.first_after(now);
        if (u != VClock::kNone) report(a, off, c.atomic->read_kind[u], u, kind);
        u = c.atomic->write.first_after(now);
        if (u != VClock::kNone) report(a, off, c.atomic->write_kind[u], u, kind);
    }
    if (kind == Access::Dealloc) return;
    c.write_thread = m_current;
    c.write_ts = now.get(m_current);
    c.read.clear();
    c.atomic.reset();
}

static void set_kind(std::vector<Access>& kinds, ThreadId t, Access k) {
    if (kinds.size() <= t) kinds.resize(t + 1, Access::AtomicLoad);
    kinds[t] = k;
}

void DataRace::atomic_load(memory::Allocation& a, uint64_t off, Cell& c) {
    ThreadClocks& t = cur();
    if (c.write_ts > t.clock.get(c.write_thread)) report(a, off, Access::NaWrite, c.write_thread, m_atomic.kind);
    if (!c.atomic) c.atomic = std::make_unique<AtomicCell>();
    c.atomic->read.set(m_current, t.clock.get(m_current));
    set_kind(c.atomic->read_kind, m_current, m_atomic.kind);
    if (is_acquire(m_atomic.load_ord)) t.clock.join(c.atomic->sync);
    else t.fence_acquire.join(c.atomic->sync);
}

void DataRace::atomic_store(memory::Allocation& a, uint64_t off, Cell& c) {
    ThreadClocks& t = cur();
    if (c.write_ts > t.clock.get(c.write_thread)) report(a, off, Access::NaWrite, c.write_thread, m_atomic.kind);
    ThreadId u = c.read.first_after(t.clock);
    if (u != VClock::kNone) report(a, off, Access::NaRead, u, m_atomic.kind);
    if (!c.atomic) c.atomic = std::make_unique<AtomicCell>();
    AtomicCell& at = *c.atomic;
    at.write.set(m_current, t.clock.get(m_current));
    set_kind(at.write_kind, m_current, m_atomic.kind);
    bool release = is_release(m_atomic.store_ord);
    const VClock& published = release ? t.clock : t.fence_release;
    // A store starts a new release sequence; an RMW continues the one it read from.
    if (m_atomic.kind == Access::AtomicRmw) at.sync.join(published);
    else at.sync = published;
}

void DataRace::on_read(memory::Allocation& a, uint64_t off, uint64_t len) {
    if (is_atomic(a, off, len)) {
        for_cells(a, off, len, [&](uint64_t at, Cell& c) { atomic_load(a, at < off ? off : at, c); });
        return;
    }
    for_cells(a, off, len, [&](uint64_t at, Cell& c) { check_read(a, at < off ? off : at, c); });
}

void DataRace::on_write(memory::Allocation& a, uint64_t off, uint64_t len) {
    if (is_atomic(a, off, len)) {
        for_cells(a, off, len, [&](uint64_t at, Cell& c) { atomic_store(a, at < off ? off : at, c); });
        // After the release: later accesses of this thread are not covered by what it published.
        if (is_release(m_atomic.store_ord)) cur().clock.increment(m_current);
        return;
    }
    for_cells(a, off, len, [&](uint64_t at, Cell& c) { check_write(a, at < off ? off : at, c, Access::NaWrite); });
}

void DataRace::on_dealloc(memory::Allocation& a) {
    if (!a.race) return; // never accessed while the detector ran
    auto& cells = static_cast<AllocState&>(*a.race).cells;
    for (auto& [at, c] : cells) check_write(a, at, c, Access::Dealloc);
}

std::string DataRace::thread_name(ThreadId t) const {
    const std::string& name = m_threads.get(t).name;
    if (!name.empty()) return name;
    return t == kMainThread ? "main" : "unnamed-" + std::to_string(t);
}

void DataRace::report(const memory::Allocation& a, uint64_t off, Access earlier, ThreadId earlier_thread, Access now) {
    std::string where = "alloc" + std::to_string(a.serial);
    if (off != 0) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "+0x%llx", static_cast<unsigned long long>(off));
        where += buf;
    }
    diag::throw_ub("Data race detected between (1) " + std::string(access_name(earlier)) + " on thread `" +
                   thread_name(earlier_thread) + "` and (2) " + access_name(now) + " on thread `" +
                   thread_name(m_current) + "` at " + where + ". (2) just happened here");
}

} // namespace mirage::concurrency
