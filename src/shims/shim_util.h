// Helpers of the foreign-function shims: reading arguments, writing results, errno.
#pragma once

#include "engine/machine.h"

#include <string>

namespace mirage::engine::shim {

using Args = std::vector<PlaceRef>;
using Table = std::unordered_map<std::string, Handler>;

inline u128 get(Machine& m, const PlaceRef& p) { return m.read_scalar(p).bits; }
inline int64_t geti(Machine& m, const PlaceRef& p) {
    u128 v = get(m, p);
    uint32_t bits = static_cast<uint32_t>(p.layout->size * 8);
    if (bits < 64 && (v >> (bits - 1) & 1)) return static_cast<int64_t>(static_cast<uint64_t>(v) | (~uint64_t(0) << bits));
    return static_cast<int64_t>(static_cast<uint64_t>(v));
}
inline Pointer getp(Machine& m, const PlaceRef& p) { return m.read_pointer(p); }
inline void put(Machine& m, const PlaceRef& d, u128 v) {
    if (d.layout && d.layout->size) m.write_scalar(d, {v, memory::kNoAlloc});
}
inline void put_i(Machine& m, const PlaceRef& d, int64_t v) {
    if (!d.layout || !d.layout->size) return;
    uint32_t bits = static_cast<uint32_t>(d.layout->size * 8);
    u128 u = static_cast<u128>(static_cast<__int128>(v));
    if (bits < 128) u &= (u128(1) << bits) - 1;
    m.write_scalar(d, {u, memory::kNoAlloc});
}
inline void add(Table& t, const char* name, ShimFn fn, bool pushes = false) { t[name] = Handler{std::move(fn), pushes}; }

// errno is per thread: __errno_location returns the running thread's.
inline Pointer errno_place(Machine& m, concurrency::Thread& t) {
    if (t.errno_place.prov == memory::kNoAlloc)
        t.errno_place = m.mem().base_ptr(m.mem().allocate(4, 4, memory::AllocKind::Tls, true));
    return t.errno_place;
}
inline Pointer errno_place(Machine& m) { return errno_place(m, m.current_thread()); }
inline void set_errno(Machine& m, int e) { m.mem().write_int(errno_place(m), static_cast<u128>(e), 4, 4); }
// The C convention for a failed call: errno = `e`, and -1 returned.
inline void fail_errno(Machine& m, const PlaceRef& d, int e) {
    set_errno(m, e);
    put_i(m, d, -1);
}

std::string read_c_string(Machine& m, Pointer p);

// The foreign functions of threads and their synchronisation (threads.cpp).
void add_thread_shims(Table& t);

} // namespace mirage::engine::shim
