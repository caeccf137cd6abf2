// Foreign functions of threads (Linux, as Miri provides them): pthread_create/join/detach/self,
// thread names, pthread keys and TLS destructors, sched_yield, sleeping on the virtual clock,
// and the futex syscall that std's Mutex, RwLock, Condvar, Once and thread parking use.
#include "shims/shim_util.h"

namespace mirage::engine::shim {

using concurrency::BlockReason;
using concurrency::Blocker;
using concurrency::ThreadId;
using concurrency::ThreadState;
using diag::throw_ub;
using diag::throw_unsupported;

namespace {

constexpr int kESRCH = 3, kEAGAIN = 11, kEINVAL = 22, kEDEADLK = 35, kERANGE = 34, kETIMEDOUT = 110;
constexpr int64_t kSysGettid = 186, kSysFutex = 202, kSysGetrandom = 318;
constexpr uint32_t kFutexWait = 0, kFutexWake = 1, kFutexWaitBitset = 9, kFutexWakeBitset = 10;
constexpr uint32_t kFutexPrivateFlag = 128, kFutexClockRealtime = 256;
constexpr uint64_t kNsPerSec = 1000000000ull;

// pthread_t of a thread: its id plus one (0 is no thread).
u128 pthread_of(ThreadId id) { return u128(id) + 1; }
std::optional<ThreadId> thread_of(Machine& m, u128 pthread) {
    if (pthread == 0 || pthread > m.threads().count()) return std::nullopt;
    return static_cast<ThreadId>(pthread - 1);
}

// A `struct timespec` in nanoseconds (nullopt when it is invalid).
std::optional<uint64_t> read_timespec(Machine& m, Pointer p) {
    uint32_t ps = m.ptr_size();
    int64_t sec = static_cast<int64_t>(m.mem().read_int(p, ps, ps));
    int64_t nsec = static_cast<int64_t>(m.mem().read_int({p.addr + ps, p.prov}, ps, ps));
    if (ps == 4) {
        sec = static_cast<int32_t>(sec);
        nsec = static_cast<int32_t>(nsec);
    }
    if (sec < 0 || nsec < 0 || nsec >= static_cast<int64_t>(kNsPerSec)) return std::nullopt;
    if (static_cast<uint64_t>(sec) > UINT64_MAX / kNsPerSec - 1) return UINT64_MAX;
    return static_cast<uint64_t>(sec) * kNsPerSec + static_cast<uint64_t>(nsec);
}

uint64_t saturating_add(uint64_t a, uint64_t b) { return a > UINT64_MAX - b ? UINT64_MAX : a + b; }

// Sleeps the current thread until `deadline` on the virtual clock (other threads run meanwhile).
void sleep_until(Machine& m, uint64_t deadline) {
    Blocker b;
    b.reason = BlockReason::Sleep;
    b.deadline_ns = deadline;
    m.block_thread(std::move(b));
}

// syscall(SYS_futex, addr, op, val, timeout, addr2, val3).
void futex(Machine& m, Args& a, const PlaceRef& d) {
    if (a.size() < 4) throw_ub("incorrect number of arguments for the futex syscall");
    Pointer addr = getp(m, a[1]);
    uint32_t op = static_cast<uint32_t>(get(m, a[2]));
    uint32_t cmd = op & ~(kFutexPrivateFlag | kFutexClockRealtime);
    if (cmd == kFutexWait || cmd == kFutexWaitBitset) {
        bool bitset_op = cmd == kFutexWaitBitset;
        if (a.size() < (bitset_op ? 7u : 5u)) throw_ub("incorrect number of arguments for the futex syscall");
        uint32_t val = static_cast<uint32_t>(get(m, a[3]));
        Pointer timeout = getp(m, a[4]);
        uint32_t bitset = bitset_op ? static_cast<uint32_t>(get(m, a[6])) : UINT32_MAX;
        if (bitset == 0) {
            fail_errno(m, d, kEINVAL);
            return;
        }
        std::optional<uint64_t> deadline;
        if (timeout.addr != 0) {
            auto t = read_timespec(m, timeout);
            if (!t) {
                fail_errno(m, d, kEINVAL);
                return;
            }
            // FUTEX_WAIT's timeout is relative; FUTEX_WAIT_BITSET's is absolute (both clocks
            // read the same virtual time).
            deadline = bitset_op ? *t : saturating_add(m.now_ns(), *t);
        }
        // The futex word, read atomically with the decision to sleep.
        // (An atomic load for the data-race detector: std's futex words are atomics.)
        uint32_t current;
        {
            concurrency::DataRace::AtomicGuard atomic(m.threads().race(), addr.addr, 4, concurrency::Access::AtomicLoad,
                                                      concurrency::AtomicOrd::Relaxed, concurrency::AtomicOrd::Relaxed);
            current = static_cast<uint32_t>(m.mem().read_int(addr, 4, 4));
        }
        if (current != val) {
            fail_errno(m, d, kEAGAIN);
            return;
        }
        put_i(m, d, 0);
        Pointer err = errno_place(m);
        Blocker b;
        b.reason = BlockReason::Futex;
        b.futex_addr = addr.addr;
        b.futex_bitset = bitset;
        b.deadline_ns = deadline;
        b.on_unblock = [&m, d, err](bool timed_out) {
            if (!timed_out) return;
            m.mem().write_int(err, kETIMEDOUT, 4, 4);
            put_i(m, d, -1);
        };
        m.block_thread(std::move(b));
        return;
    }
    if (cmd == kFutexWake || cmd == kFutexWakeBitset) {
        bool bitset_op = cmd == kFutexWakeBitset;
        if (bitset_op && a.size() < 7) throw_ub("incorrect number of arguments for the futex syscall");
        int64_t n = geti(m, a[3]);
        uint32_t bitset = bitset_op ? static_cast<uint32_t>(get(m, a[6])) : UINT32_MAX;
        if (bitset == 0) {
            fail_errno(m, d, kEINVAL);
            return;
        }
        uint32_t max = n < 0 ? 0 : n > INT32_MAX ? INT32_MAX : static_cast<uint32_t>(n);
        put_i(m, d, m.threads().futex_wake(addr.addr, bitset, max));
        return;
    }
    throw_unsupported("futex operation " + std::to_string(op));
}

} // namespace

void add_thread_shims(Table& t) {
    // ---- threads
    add(t, "pthread_create", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer out = getp(m, a[0]);
        Pointer start = getp(m, a[2]), arg = getp(m, a[3]);
        ThreadId id = m.spawn_thread(start, arg);
        m.mem().write_int(out, pthread_of(id), 8, 1);
        put(m, d, 0);
    });
    add(t, "pthread_join", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        auto id = thread_of(m, get(m, a[0]));
        Pointer retval_out = getp(m, a[1]);
        if (!id) {
            put(m, d, kESRCH);
            return;
        }
        if (*id == m.threads().current_id()) {
            put(m, d, kEDEADLK);
            return;
        }
        MachineThread& target = m.thread(*id);
        if (target.detached) throw_ub("trying to join a detached thread");
        if (target.joined) throw_ub("trying to join an already joined thread");
        target.joined = true;
        put(m, d, 0);
        auto write_retval = [&m, retval_out, id = *id](bool) {
            if (retval_out.addr != 0) m.mem().write_ptr(retval_out, m.thread(id).retval, m.ptr_size());
        };
        if (target.state == ThreadState::Terminated) {
            m.threads().joined(m.threads().current_id(), *id);
            write_retval(false);
            return;
        }
        Blocker b;
        b.reason = BlockReason::Join;
        b.joined = *id;
        b.on_unblock = write_retval;
        m.block_thread(std::move(b));
    });
    add(t, "pthread_detach", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        auto id = thread_of(m, get(m, a[0]));
        if (!id) {
            put(m, d, kESRCH);
            return;
        }
        MachineThread& target = m.thread(*id);
        if (target.detached || target.joined) throw_ub("trying to detach a thread that is already detached or joined");
        target.detached = true;
        put(m, d, 0);
    });
    add(t, "pthread_self", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) {
        put(m, d, pthread_of(m.threads().current_id()));
    });
    // Attributes: only the stack size is set, and threads here have no native stack.
    for (const char* n : {"pthread_attr_init", "pthread_attr_destroy", "pthread_attr_setstacksize"})
        add(t, n, [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { put(m, d, 0); });
    add(t, "pthread_setname_np", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        auto id = thread_of(m, get(m, a[0]));
        std::string name = read_c_string(m, getp(m, a[1]));
        if (!id) {
            put(m, d, kESRCH);
            return;
        }
        // Linux limits names to 16 bytes with the NUL (TASK_COMM_LEN).
        if (name.size() > 15) {
            put(m, d, kERANGE);
            return;
        }
        m.thread(*id).name = name;
        put(m, d, 0);
    });
    add(t, "pthread_getname_np", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        auto id = thread_of(m, get(m, a[0]));
        Pointer buf = getp(m, a[1]);
        uint64_t len = static_cast<uint64_t>(get(m, a[2]));
        if (!id) {
            put(m, d, kESRCH);
            return;
        }
        std::string name = m.thread(*id).name;
        if (name.empty() && *id == concurrency::kMainThread) name = m.options().program_name.substr(0, 15);
        if (name.size() + 1 > len) {
            put(m, d, kERANGE);
            return;
        }
        m.mem().write_bytes(buf, name.c_str(), name.size() + 1, 1);
        put(m, d, 0);
    });
    add(t, "gettid", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { put(m, d, m.current_thread().os_tid); });

    // ---- yielding and sleeping
    add(t, "sched_yield", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) {
        m.threads().request_switch();
        put(m, d, 0);
    });
    add(t, "miri_spin_loop", [](Machine& m, const ty::Instance&, Args&, const PlaceRef&) { m.threads().request_switch(); });
    add(t, "nanosleep", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        auto dur = read_timespec(m, getp(m, a[0]));
        if (!dur) {
            fail_errno(m, d, kEINVAL);
            return;
        }
        put(m, d, 0);
        sleep_until(m, saturating_add(m.now_ns(), *dur));
    });
    add(t, "clock_nanosleep", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        int64_t flags = geti(m, a[1]);
        auto t = read_timespec(m, getp(m, a[2]));
        if (!t) {
            put(m, d, kEINVAL); // clock_nanosleep returns the error
            return;
        }
        put(m, d, 0);
        constexpr int64_t kTimerAbstime = 1;
        sleep_until(m, flags & kTimerAbstime ? *t : saturating_add(m.now_ns(), *t));
    });

    // ---- thread-local storage: pthread keys (values per thread) and TLS destructors
    add(t, "pthread_key_create", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer key = getp(m, a[0]);
        Machine::TlsKey k;
        k.dtor = getp(m, a[1]);
        m.tls_keys.push_back(k);
        m.mem().write_int(key, m.tls_keys.size(), 4, 1);
        put(m, d, 0);
    });
    add(t, "pthread_key_delete", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        uint64_t k = static_cast<uint64_t>(get(m, a[0]));
        if (k == 0 || k > m.tls_keys.size() || !m.tls_keys[k - 1].live) {
            put(m, d, kEINVAL);
            return;
        }
        m.tls_keys[k - 1].live = false;
        put(m, d, 0);
    });
    add(t, "pthread_getspecific", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        uint64_t k = static_cast<uint64_t>(get(m, a[0]));
        if (k == 0 || k > m.tls_keys.size() || !m.tls_keys[k - 1].live) throw_ub("pthread_getspecific with an invalid key");
        auto& values = m.current_thread().key_values;
        concurrency::TlsValue v = k <= values.size() ? values[k - 1] : concurrency::TlsValue{};
        m.write_scalar(d, {v.bits, v.prov});
    });
    add(t, "pthread_setspecific", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        uint64_t k = static_cast<uint64_t>(get(m, a[0]));
        if (k == 0 || k > m.tls_keys.size() || !m.tls_keys[k - 1].live) throw_ub("pthread_setspecific with an invalid key");
        Scalar v = m.read_scalar(a[1]);
        auto& values = m.current_thread().key_values;
        if (values.size() < k) values.resize(k);
        values[k - 1] = {v.bits, v.prov};
        put(m, d, 0);
    });
    add(t, "__cxa_thread_atexit_impl", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        m.current_thread().tls_dtors.emplace_back(getp(m, a[0]), getp(m, a[1]));
        put(m, d, 0);
    });

    // ---- syscall(2): what std calls through it
    add(t, "syscall", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        if (a.empty()) throw_ub("syscall without a number");
        int64_t num = geti(m, a[0]);
        switch (num) {
        case kSysFutex: futex(m, a, d); return;
        case kSysGettid: put_i(m, d, static_cast<int64_t>(m.current_thread().os_tid)); return;
        case kSysGetrandom: {
            if (a.size() < 3) throw_ub("incorrect number of arguments for the getrandom syscall");
            Pointer buf = getp(m, a[1]);
            uint64_t n = static_cast<uint64_t>(get(m, a[2]));
            std::vector<uint8_t> bytes(n);
            for (auto& b : bytes) b = static_cast<uint8_t>(m.rng());
            if (n) m.mem().write_bytes(buf, bytes.data(), n, 1);
            put_i(m, d, static_cast<int64_t>(n));
            return;
        }
        default: throw_unsupported("can't execute syscall with ID " + std::to_string(num));
        }
    });
}

} // namespace mirage::engine::shim
