// Foreign functions std calls on Linux, with isolation (ARCHITECTURE.md §1.6): the Rust
// allocator and malloc family, stdout/stderr, the isolated environment, a virtual clock, the
// seeded RNG, process exit, and the `miri_*` functions std calls under cfg(miri); threads and
// their synchronisation are in threads.cpp. Anything else is `unsupported operation: can't call foreign function`.
#include "engine/machine.h"
#include "shims/shim_util.h"

#include <cerrno>
#include <cmath>
#include <cstring>
#include <unistd.h>

namespace mirage::engine {

namespace {

using diag::throw_ub;
using diag::throw_unsupported;
using memory::AllocKind;
using memory::HeapFamily;
using namespace shim;
constexpr int kEINVAL = 22, kENOMEM = 12, kENOSYS = 38, kEBADF = 9;

Pointer heap_alloc(Machine& m, uint64_t size, uint64_t align, bool zeroed, HeapFamily family) {
    memory::AllocId id = m.mem().allocate(size, align, AllocKind::Heap, zeroed, family);
    memory::Allocation* a = m.mem().get(id);
    a->alloc_span = m.user_span_id();
    a->backtrace = m.alloc_backtrace();
    return m.mem().base_ptr(id);
}

// rustc's deallocate_ptr: the checks in its order, with its wording and Miri's memory kinds.
void heap_free(Machine& m, Pointer p, HeapFamily family, const char* what, uint64_t size = UINT64_MAX,
               uint64_t align = 0) {
    memory::Allocation* a = m.mem().get(p.prov);
    if (a && a->base != p.addr)
        throw_ub("deallocating " + m.mem().format_ptr(p) + " which does not point to the beginning of an object");
    if (!a) {
        if (uint64_t serial = m.mem().serial_of(p.prov))
            diag::throw_alloc_ub(p.prov, "memory access failed: alloc" + std::to_string(serial) +
                                            " has been freed, so this pointer is dangling");
        throw_ub(std::string(what) + " of a pointer that does not point to an allocation");
    }
    std::string name = "alloc" + std::to_string(a->serial);
    if (a->kind == AllocKind::Fn) throw_ub("deallocating " + name + ", which is a function");
    if (a->kind == AllocKind::Vtable) throw_ub("deallocating " + name + ", which is a vtable");
    if (!a->mutable_) throw_ub("deallocating immutable allocation " + name);
    if (a->kind != AllocKind::Heap || a->family != family)
        throw_ub("deallocating " + name + ", which is " + memory::memory_kind_name(*a) + " memory, using " +
                 (family == HeapFamily::Rust ? "Rust heap" : "C heap") + " deallocation operation");
    if (size != UINT64_MAX && (a->size != size || a->align != align))
        throw_ub("incorrect layout on deallocation: " + name + " has size " + std::to_string(a->size) +
                 " and alignment " + std::to_string(a->align) + ", but gave size " + std::to_string(size) + " and alignment " +
                 std::to_string(align));
    m.mem().deallocate(p.prov, m.user_span_id());
}

Pointer heap_realloc(Machine& m, Pointer p, uint64_t new_size, uint64_t align, HeapFamily family) {
    Pointer q = heap_alloc(m, new_size, align, false, family);
    if (p.addr != 0 || p.prov != memory::kNoAlloc) {
        memory::Allocation* a = m.mem().get(p.prov);
        if (!a) throw_ub("reallocating a dangling pointer");
        uint64_t n = std::min(a->size, new_size);
        if (n) m.mem().copy(q, p, n, 1, 1);
        heap_free(m, p, family, "reallocation");
    }
    return q;
}


Table build() {
    Table t;
    // ---- the Rust allocator (what #[global_allocator]-less programs call)
    for (const char* n : {"__rust_alloc", "__rust_alloc_zeroed"})
        add(t, n, [n](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            uint64_t size = static_cast<uint64_t>(get(m, a[0])), align = static_cast<uint64_t>(get(m, a[1]));
            m.write_pointer(d, heap_alloc(m, size, align, std::string_view(n) == "__rust_alloc_zeroed", HeapFamily::Rust));
        });
    add(t, "__rust_dealloc", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef&) {
        heap_free(m, getp(m, a[0]), HeapFamily::Rust, "deallocation", static_cast<uint64_t>(get(m, a[1])),
                  static_cast<uint64_t>(get(m, a[2])));
    });
    add(t, "__rust_realloc", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer p = getp(m, a[0]);
        uint64_t old_size = static_cast<uint64_t>(get(m, a[1])), align = static_cast<uint64_t>(get(m, a[2]));
        uint64_t new_size = static_cast<uint64_t>(get(m, a[3]));
        memory::Allocation* al = m.mem().get(p.prov);
        if (al && (al->size != old_size || al->align != align))
            throw_ub("incorrect layout on deallocation: alloc" + std::to_string(al->serial) + " has size " + std::to_string(al->size) +
                     " and alignment " + std::to_string(al->align) + ", but gave size " + std::to_string(old_size) +
                     " and alignment " + std::to_string(align));
        m.write_pointer(d, heap_realloc(m, p, new_size, align, HeapFamily::Rust));
    });
    add(t, "__rust_no_alloc_shim_is_unstable_v2", [](Machine&, const ty::Instance&, Args&, const PlaceRef&) {});
    add(t, "__rust_alloc_error_handler", [](Machine& m, const ty::Instance&, Args&, const PlaceRef&) {
        m.abort_process("memory allocation failed");
    });

    // ---- the C heap
    add(t, "malloc", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        uint64_t size = static_cast<uint64_t>(get(m, a[0]));
        m.write_pointer(d, heap_alloc(m, size, 16, false, HeapFamily::C));
    });
    add(t, "calloc", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        uint64_t size = static_cast<uint64_t>(get(m, a[0])) * static_cast<uint64_t>(get(m, a[1]));
        m.write_pointer(d, heap_alloc(m, size, 16, true, HeapFamily::C));
    });
    add(t, "free", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef&) {
        Pointer p = getp(m, a[0]);
        if (p.addr == 0) return;
        heap_free(m, p, HeapFamily::C, "free");
    });
    add(t, "realloc", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        m.write_pointer(d, heap_realloc(m, getp(m, a[0]), static_cast<uint64_t>(get(m, a[1])), 16, HeapFamily::C));
    });
    add(t, "posix_memalign", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        uint64_t align = static_cast<uint64_t>(get(m, a[1])), size = static_cast<uint64_t>(get(m, a[2]));
        if (align == 0 || (align & (align - 1)) || align % m.ptr_size()) {
            put(m, d, kEINVAL);
            return;
        }
        Pointer p = heap_alloc(m, size, align, false, HeapFamily::C);
        m.mem().write_ptr(getp(m, a[0]), p, 1);
        put(m, d, 0);
    });
    add(t, "aligned_alloc", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        m.write_pointer(d, heap_alloc(m, static_cast<uint64_t>(get(m, a[1])), static_cast<uint64_t>(get(m, a[0])), false, HeapFamily::C));
    });

    // ---- memory and strings (libc)
    add(t, "memcpy", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer dst = getp(m, a[0]), src = getp(m, a[1]);
        m.mem().copy(dst, src, static_cast<uint64_t>(get(m, a[2])), 1, 1);
        m.write_pointer(d, dst);
    });
    add(t, "memmove", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer dst = getp(m, a[0]), src = getp(m, a[1]);
        m.mem().copy(dst, src, static_cast<uint64_t>(get(m, a[2])), 1, 1);
        m.write_pointer(d, dst);
    });
    add(t, "memset", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer dst = getp(m, a[0]);
        m.mem().write_repeat(dst, static_cast<uint8_t>(get(m, a[1])), static_cast<uint64_t>(get(m, a[2])));
        m.write_pointer(d, dst);
    });
    add(t, "memcmp", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer x = getp(m, a[0]), y = getp(m, a[1]);
        uint64_t n = static_cast<uint64_t>(get(m, a[2]));
        std::vector<uint8_t> p(n), q(n);
        m.mem().read_bytes(x, p.data(), n, 1);
        m.mem().read_bytes(y, q.data(), n, 1);
        int c = n ? std::memcmp(p.data(), q.data(), n) : 0;
        put_i(m, d, c < 0 ? -1 : c > 0 ? 1 : 0);
    });
    add(t, "memchr", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer p = getp(m, a[0]);
        uint8_t c = static_cast<uint8_t>(get(m, a[1]));
        uint64_t n = static_cast<uint64_t>(get(m, a[2]));
        for (uint64_t i = 0; i < n; ++i) {
            uint8_t b;
            m.mem().read_bytes({p.addr + i, p.prov}, &b, 1, 1);
            if (b == c) {
                m.write_pointer(d, {p.addr + i, p.prov});
                return;
            }
        }
        m.write_pointer(d, Pointer{});
    });
    add(t, "strlen", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        put(m, d, read_c_string(m, getp(m, a[0])).size());
    });
    add(t, "__errno_location", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { m.write_pointer(d, errno_place(m)); });

    // ---- I/O: stdout and stderr only (isolation: no host files)
    add(t, "write", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        int64_t fd = geti(m, a[0]);
        Pointer buf = getp(m, a[1]);
        uint64_t n = static_cast<uint64_t>(get(m, a[2]));
        if (fd != 1 && fd != 2) {
            fail_errno(m, d, kEBADF);
            return;
        }
        std::vector<uint8_t> bytes(n);
        m.mem().read_bytes(buf, bytes.data(), n, 1);
        if (fd == 1) m.write_stdout(bytes.data(), n);
        else m.write_stderr(bytes.data(), n);
        put_i(m, d, static_cast<int64_t>(n));
    });
    add(t, "writev", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        int64_t fd = geti(m, a[0]);
        Pointer iov = getp(m, a[1]);
        int64_t cnt = geti(m, a[2]);
        if (fd != 1 && fd != 2) {
            fail_errno(m, d, kEBADF);
            return;
        }
        uint64_t total = 0;
        uint32_t ps = m.ptr_size();
        for (int64_t i = 0; i < cnt; ++i) {
            Pointer e{iov.addr + static_cast<uint64_t>(i) * 2 * ps, iov.prov};
            Pointer base = m.mem().read_ptr(e, 1);
            uint64_t len = static_cast<uint64_t>(m.mem().read_int({e.addr + ps, e.prov}, ps, 1));
            std::vector<uint8_t> bytes(len);
            m.mem().read_bytes(base, bytes.data(), len, 1);
            if (fd == 1) m.write_stdout(bytes.data(), len);
            else m.write_stderr(bytes.data(), len);
            total += len;
        }
        put_i(m, d, static_cast<int64_t>(total));
    });
    add(t, "isatty", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) {
        set_errno(m, 25 /* ENOTTY */);
        put(m, d, 0);
    });
    // stdin is the one input: the host's (the golden runner gives /dev/null).
    add(t, "read", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        int64_t fd = geti(m, a[0]);
        if (fd != 0) throw_unsupported("`read` not available when isolation is enabled");
        Pointer buf = getp(m, a[1]);
        uint64_t n = std::min<uint64_t>(static_cast<uint64_t>(get(m, a[2])), 1 << 20);
        std::vector<uint8_t> bytes(n);
        ssize_t got = ::read(0, bytes.data(), n);
        if (got < 0) {
            fail_errno(m, d, errno);
            return;
        }
        if (got) m.mem().write_bytes(buf, bytes.data(), static_cast<uint64_t>(got), 1);
        put_i(m, d, got);
    });
    for (const char* n : {"open", "open64", "openat", "close", "fstat", "fstat64", "stat", "stat64", "lstat", "lstat64",
                          "fcntl", "ioctl", "lseek", "lseek64", "statx", "getcwd", "readlink", "mkdir", "unlink", "rmdir",
                          "opendir", "readdir", "readdir64"})
        add(t, n, [n](Machine&, const ty::Instance&, Args&, const PlaceRef&) {
            throw_unsupported(std::string("`") + n + "` not available when isolation is enabled");
        });

    // ---- environment, time, randomness, system facts
    add(t, "getenv", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        std::string name = read_c_string(m, getp(m, a[0]));
        for (size_t i = 0; i < m.options().env.size(); ++i)
            if (m.options().env[i].first == name && i < m.env_allocs.size()) {
                Pointer p = m.mem().base_ptr(m.env_allocs[i]);
                m.write_pointer(d, {p.addr + name.size() + 1, p.prov});
                return;
            }
        m.write_pointer(d, Pointer{});
    });
    add(t, "clock_gettime", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        // The virtual clock (isolation: no host time): it advances with execution and by a fixed
        // step on every query.
        m.virtual_clock_ns += 1000;
        uint64_t ns = m.now_ns();
        Pointer ts = getp(m, a[1]);
        uint32_t ps = m.ptr_size();
        m.mem().write_int(ts, ns / 1000000000ull, ps, 1);
        m.mem().write_int({ts.addr + ps, ts.prov}, ns % 1000000000ull, ps, 1);
        put(m, d, 0);
    });
    add(t, "getrandom", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        Pointer buf = getp(m, a[0]);
        uint64_t n = static_cast<uint64_t>(get(m, a[1]));
        std::vector<uint8_t> bytes(n);
        for (auto& b : bytes) b = static_cast<uint8_t>(m.rng());
        m.mem().write_bytes(buf, bytes.data(), n, 1);
        put(m, d, n);
    });
    add(t, "sysconf", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        int64_t name = geti(m, a[0]);
        // _SC_PAGESIZE = 30, _SC_NPROCESSORS_ONLN = 84, _SC_NPROCESSORS_CONF = 83
        if (name == 30) put_i(m, d, 4096);
        else if (name == 83 || name == 84) put_i(m, d, 1);
        else if (name == 70 || name == 71) put_i(m, d, 16384); // _SC_GETPW_R_SIZE_MAX etc.
        else throw_unsupported("sysconf(" + std::to_string(name) + ")");
    });
    add(t, "sched_getaffinity", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        // One CPU (available parallelism of 1).
        uint64_t size = static_cast<uint64_t>(get(m, a[1]));
        Pointer mask = getp(m, a[2]);
        m.mem().write_repeat(mask, 0, size);
        if (size) m.mem().write_int(mask, 1, 1, 1);
        put(m, d, 0);
    });
    // No dynamic symbols: std falls back (`__pthread_get_minstack` -> PTHREAD_STACK_MIN).
    add(t, "dlsym", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { m.write_pointer(d, Pointer{}); });
    add(t, "getpid", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { put(m, d, 1000); });
    for (const char* n : {"pthread_mutex_init", "pthread_mutex_lock", "pthread_mutex_unlock", "pthread_mutex_destroy",
                          "pthread_mutexattr_init", "pthread_mutexattr_settype", "pthread_mutexattr_destroy",
                          "pthread_cond_signal", "pthread_cond_broadcast", "pthread_cond_destroy",
                          "pthread_rwlock_rdlock", "pthread_rwlock_wrlock", "pthread_rwlock_unlock"})
        add(t, n, [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { put(m, d, 0); });
    add(t, "signal", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { put(m, d, 0); });
    add(t, "sigaction", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { put(m, d, 0); });
    add(t, "sigaltstack", [](Machine& m, const ty::Instance&, Args&, const PlaceRef& d) { put(m, d, 0); });

    // ---- libm (what the float methods that are not intrinsics call), from the host's libm
    // like native code. Those compiler_builtins defines `#[no_mangle]` (cbrt, fdim, fmod) bind
    // to its definitions first, as natively (Machine::exported_symbol).
    using F1 = double (*)(double);
    using F1f = float (*)(float);
    static const std::pair<const char*, std::pair<F1, F1f>> unary[] = {
        {"cbrt", {::cbrt, ::cbrtf}},   {"tan", {::tan, ::tanf}},       {"sinh", {::sinh, ::sinhf}},
        {"cosh", {::cosh, ::coshf}},   {"tanh", {::tanh, ::tanhf}},    {"asin", {::asin, ::asinf}},
        {"acos", {::acos, ::acosf}},   {"atan", {::atan, ::atanf}},    {"expm1", {::expm1, ::expm1f}},
        {"log1p", {::log1p, ::log1pf}}, {"tgamma", {::tgamma, ::tgammaf}}, {"erf", {::erf, ::erff}},
        {"erfc", {::erfc, ::erfcf}},   {"asinh", {::asinh, ::asinhf}}, {"acosh", {::acosh, ::acoshf}},
        {"atanh", {::atanh, ::atanhf}},
    };
    for (const auto& [name, fns] : unary) {
        F1 f64 = fns.first;
        F1f f32 = fns.second;
        add(t, name, [f64](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            double x;
            u128 b = get(m, a[0]);
            std::memcpy(&x, &b, 8);
            double r = f64(x);
            u128 out = 0;
            std::memcpy(&out, &r, 8);
            put(m, d, out);
        });
        add(t, (std::string(name) + "f").c_str(), [f32](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            float x;
            u128 b = get(m, a[0]);
            std::memcpy(&x, &b, 4);
            float r = f32(x);
            u128 out = 0;
            std::memcpy(&out, &r, 4);
            put(m, d, out);
        });
    }
    using F2 = double (*)(double, double);
    using F2f = float (*)(float, float);
    static const std::pair<const char*, std::pair<F2, F2f>> binary[] = {
        {"hypot", {::hypot, ::hypotf}}, {"atan2", {::atan2, ::atan2f}}, {"fdim", {::fdim, ::fdimf}},
        {"fmod", {::fmod, ::fmodf}},
    };
    for (const auto& [name, fns] : binary) {
        F2 f64 = fns.first;
        F2f f32 = fns.second;
        add(t, name, [f64](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            double x, y;
            u128 b = get(m, a[0]), c = get(m, a[1]);
            std::memcpy(&x, &b, 8);
            std::memcpy(&y, &c, 8);
            double r = f64(x, y);
            u128 out = 0;
            std::memcpy(&out, &r, 8);
            put(m, d, out);
        });
        add(t, (std::string(name) + "f").c_str(), [f32](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
            float x, y;
            u128 b = get(m, a[0]), c = get(m, a[1]);
            std::memcpy(&x, &b, 4);
            std::memcpy(&y, &c, 4);
            float r = f32(x, y);
            u128 out = 0;
            std::memcpy(&out, &r, 4);
            put(m, d, out);
        });
    }
    // lgamma_r(x, *sign): the sign of gamma(x) through the pointer.
    add(t, "lgamma_r", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        double x;
        u128 b = get(m, a[0]);
        std::memcpy(&x, &b, 8);
        int sign = 0;
        double r = ::lgamma_r(x, &sign);
        m.mem().write_int(getp(m, a[1]), static_cast<u128>(static_cast<uint32_t>(sign)), 4, 1);
        u128 out = 0;
        std::memcpy(&out, &r, 8);
        put(m, d, out);
    });
    add(t, "lgammaf_r", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef& d) {
        float x;
        u128 b = get(m, a[0]);
        std::memcpy(&x, &b, 4);
        int sign = 0;
        float r = ::lgammaf_r(x, &sign);
        m.mem().write_int(getp(m, a[1]), static_cast<u128>(static_cast<uint32_t>(sign)), 4, 1);
        u128 out = 0;
        std::memcpy(&out, &r, 4);
        put(m, d, out);
    });

    // ---- process
    add(t, "exit", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef&) { m.exit(static_cast<int>(geti(m, a[0]))); });
    add(t, "_exit", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef&) { m.exit(static_cast<int>(geti(m, a[0]))); });
    add(t, "abort", [](Machine& m, const ty::Instance&, Args&, const PlaceRef&) { m.abort_process("the program aborted execution"); });

    // ---- what std calls under cfg(miri)
    add(t, "miri_start_unwind", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef&) { m.start_unwind(getp(m, a[0])); });
    // The panic runtime (panic_unwind's gcc.rs) raises its boxed exception: the machine unwinds
    // the interpreted frames; catch_unwind hands the same pointer to __rust_panic_cleanup.
    add(t, "_Unwind_RaiseException", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef&) { m.start_unwind(getp(m, a[0])); });
    add(t, "miri_static_root", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef&) {
        Pointer p = getp(m, a[0]);
        if (p.prov != memory::kNoAlloc && p.prov != memory::kWildcard) m.leak_check().add_static_root(p.prov);
    });
    add(t, "miri_promise_symbolic_alignment", [](Machine&, const ty::Instance&, Args&, const PlaceRef&) {});
    add(t, "miri_write_to_stdout", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef&) {
        Pointer p = m.read_pointer(a[0]);
        uint64_t n = m.read_meta(a[0]);
        std::vector<uint8_t> b(n);
        m.mem().read_bytes(p, b.data(), n, 1);
        m.write_stdout(b.data(), n);
    });
    add(t, "miri_write_to_stderr", [](Machine& m, const ty::Instance&, Args& a, const PlaceRef&) {
        Pointer p = m.read_pointer(a[0]);
        uint64_t n = m.read_meta(a[0]);
        std::vector<uint8_t> b(n);
        m.mem().read_bytes(p, b.data(), n, 1);
        m.write_stderr(b.data(), n);
    });
    add_thread_shims(t);
    (void)kENOMEM;
    (void)kENOSYS;
    return t;
}

} // namespace

std::string shim::read_c_string(Machine& m, Pointer p) {
    std::string s;
    for (uint64_t i = 0;; ++i) {
        uint8_t c;
        m.mem().read_bytes({p.addr + i, p.prov}, &c, 1, 1);
        if (!c) break;
        s += static_cast<char>(c);
    }
    return s;
}

const std::unordered_map<std::string, Handler>& foreign_table() {
    static const Table table = build();
    return table;
}

} // namespace mirage::engine
