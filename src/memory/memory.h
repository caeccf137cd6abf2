// The abstract machine's memory (ARCHITECTURE.md §1.4): allocations with bytes, a per-byte
// initialisation mask and a provenance map; pointers as (provenance, address).
//
// An AllocId is a slot index plus a generation: slots of dead allocations are reused (a program
// makes millions of stack allocations), and the generation tells a pointer into a dead
// allocation from one into the slot's new occupant. Every allocation also gets a serial number
// that never repeats: that is the `allocN` users see in reports.
//
// Every failed check throws a diag::MachineStop (src/diag/error.h) describing the violation.
#pragma once

#include "diag/error.h"

#include <cstdint>
#include <cstring>
#include <deque>
#include <map>
#include <memory>
#include <random>
#include <string>
#include <functional>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mirage::memory {

using u128 = unsigned __int128;

// slot | generation << 32, where the generation is the allocation's serial (its low 32 bits).
// 0 means "no provenance".
using AllocId = uint64_t;
constexpr AllocId kNoAlloc = 0;
// Provenance of a pointer whose allocation is decided at access time from its address (an
// integer cast back to a pointer, when provenance is permissive).
constexpr AllocId kWildcard = ~uint64_t(0);

struct Pointer {
    uint64_t addr = 0;
    AllocId prov = kNoAlloc;
    bool operator==(const Pointer&) const = default;
};

// What is wrong with a pointer that must be dereferenceable for some bytes (Memory::probe).
enum class PtrProblem : uint8_t { None, Null, NoProvenance, OutOfBounds, Freed };

enum class AllocKind : uint8_t { Stack, Heap, Static, Global, Vtable, Fn, Tls };
enum class HeapFamily : uint8_t { None, Rust, C };

const char* alloc_kind_name(AllocKind kind);
struct Allocation;

// Per-allocation state of the data-race detector (src/concurrency/data_race.h), opaque here.
struct AllocRaceState {
    virtual ~AllocRaceState() = default;
};

// What the data-race detector hears of every access (src/concurrency/data_race.h: the policy).
// Memory calls it only while Memory::race_hook is set: when a second thread ever existed.
struct AccessHook {
    virtual ~AccessHook() = default;
    virtual void on_read(Allocation& a, uint64_t off, uint64_t len) = 0;
    virtual void on_write(Allocation& a, uint64_t off, uint64_t len) = 0;
    virtual void on_dealloc(Allocation& a) = 0;
};
// Miri's name of an allocation's memory kind (`Rust heap`, `C heap`, `stack variable`, ...), as
// in `deallocating alloc1, which is stack variable memory` and leak reports.
const char* memory_kind_name(const Allocation& a);

// One bit per byte: set when the byte is initialised. Accesses within one 64-bit word (every
// scalar) take the inline paths.
class InitMask {
  public:
    void reset(uint64_t size, bool init);
    bool is_init(uint64_t offset, uint64_t len) const {
        return m_all_init || first_uninit(offset, len) == UINT64_MAX;
    }
    // The first uninitialised (initialised) byte in [offset, offset+len), or UINT64_MAX.
    uint64_t first_uninit(uint64_t offset, uint64_t len) const {
        if (m_all_init || len == 0) return UINT64_MAX;
        if (!m_has_bits) return offset;
        if ((offset & 63) + len <= 64) {
            uint64_t missing = ~words()[offset >> 6] & (low_bits(len) << (offset & 63));
            return missing ? (offset & ~uint64_t(63)) + static_cast<uint64_t>(__builtin_ctzll(missing)) : UINT64_MAX;
        }
        return find(offset, len, false);
    }
    uint64_t first_init(uint64_t offset, uint64_t len) const {
        if (len == 0 || (!m_all_init && !m_has_bits)) return UINT64_MAX;
        if (m_all_init) return offset;
        return find(offset, len, true);
    }
    void set(uint64_t offset, uint64_t len, bool init) {
        if (init && m_all_init) return;
        if (m_has_bits && len && (offset & 63) + len <= 64) {
            uint64_t bits = low_bits(len) << (offset & 63);
            uint64_t& w = words()[offset >> 6];
            if (!init) {
                w &= ~bits;
                return;
            }
            w |= bits;
            if (m_size <= 64 && (w & low_bits(m_size)) == low_bits(m_size)) {
                m_all_init = true;
                m_has_bits = false;
            }
            return;
        }
        set_slow(offset, len, init);
    }
    bool all_init() const { return m_all_init; }

  private:
    static uint64_t low_bits(uint64_t n) { return n >= 64 ? ~uint64_t(0) : (uint64_t(1) << n) - 1; }
    void set_slow(uint64_t offset, uint64_t len, bool init);
    uint64_t find(uint64_t offset, uint64_t len, bool value) const;
    uint64_t* words() { return m_size <= 64 ? &m_small : m_bits.data(); }
    const uint64_t* words() const { return m_size <= 64 ? &m_small : m_bits.data(); }
    std::vector<uint64_t> m_bits; // allocations over 64 bytes
    uint64_t m_small = 0;         // allocations up to 64 bytes: no heap storage
    uint64_t m_size = 0;
    bool m_all_init = false;      // fast path: every byte initialised, bits unused
    bool m_has_bits = false;      // the words hold the state (else: nothing initialised)
};

// The pointers stored in an allocation: offset of a pointer-sized chunk -> its provenance, as a
// vector sorted by offset. Most allocations hold no or a few pointers: searching, filling and
// clearing a flat vector costs far less than a tree (no node allocation per pointer written).
class ProvMap {
  public:
    using Entry = std::pair<uint64_t, AllocId>;
    bool empty() const { return m_entries.empty(); }
    size_t size() const { return m_entries.size(); }
    const Entry* begin() const { return m_entries.data(); }
    const Entry* end() const { return m_entries.data() + m_entries.size(); }
    // The first entry at an offset >= `off`.
    const Entry* lower_bound(uint64_t off) const {
        const Entry* e = begin();
        size_t n = m_entries.size();
        while (n > 0) { // binary search, branch-light
            size_t half = n / 2;
            if (e[half].first < off) {
                e += half + 1;
                n -= half + 1;
            } else {
                n = half;
            }
        }
        return e;
    }
    // The provenance of the pointer stored at exactly `off`, or kNoAlloc.
    AllocId find(uint64_t off) const {
        const Entry* e = lower_bound(off);
        return e != end() && e->first == off ? e->second : kNoAlloc;
    }
    // Removes the entries at offsets in [lo, hi).
    void erase(uint64_t lo, uint64_t hi) {
        if (m_entries.empty()) return;
        const Entry* a = lower_bound(lo);
        const Entry* b = a;
        while (b != end() && b->first < hi) ++b;
        if (a != b) m_entries.erase(m_entries.begin() + (a - begin()), m_entries.begin() + (b - begin()));
    }
    void set(uint64_t off, AllocId id) {
        const Entry* e = lower_bound(off);
        size_t i = static_cast<size_t>(e - begin());
        if (e != end() && e->first == off) m_entries[i].second = id;
        else m_entries.insert(m_entries.begin() + static_cast<long>(i), Entry{off, id});
    }
    // Replaces the entries at offsets in [lo, hi) by `n` sorted entries (offsets in [lo, hi))
    // whose offsets are shifted by `shift`.
    void replace(uint64_t lo, uint64_t hi, const Entry* entries, size_t n, uint64_t shift);
    void clear() { m_entries.clear(); }
    void release() { std::vector<Entry>().swap(m_entries); }
    size_t capacity() const { return m_entries.capacity(); }

  private:
    std::vector<Entry> m_entries;
};

struct Allocation {
    uint64_t serial = 0;  // the user-visible id (allocN)
    uint32_t generation = 0;
    bool live = false;
    bool mutable_ = true;
    bool exposed = false;
    AllocKind kind = AllocKind::Stack;
    HeapFamily family = HeapFamily::None;
    uint64_t base = 0;
    uint64_t size = 0;
    uint64_t align = 1;
    std::vector<uint8_t> bytes;
    InitMask init;
    // Pointers stored in the allocation: offset of a pointer-sized chunk -> its provenance.
    ProvMap prov;
    // Fn allocations: the function's index in the machine's fn table; vtables: the vtable's.
    uint32_t payload = 0;
    // Where it was allocated and freed: ids in the machine's span table, 0 when not recorded
    // (Miri records them for heap allocations only). They outlive the slot's reuse (span_history).
    uint32_t alloc_span = 0, free_span = 0;
    // Its allocation backtrace for leak reports (a node of the machine's backtrace table; 0: none).
    uint32_t backtrace = 0;
    // The data-race detector's clocks of its bytes; null until a second thread era touches it.
    std::unique_ptr<AllocRaceState> race;
};

class Memory {
  public:
    explicit Memory(uint32_t pointer_size, uint64_t seed);
    // -Zmiri-symbolic-alignment-check: an access is aligned by the allocation's alignment and the
    // offset in it, never by the chance of its base address.
    bool symbolic_alignment = false;

    uint32_t pointer_size() const { return m_ptr_size; }

    AllocId allocate(uint64_t size, uint64_t align, AllocKind kind, bool zeroed = false,
                     HeapFamily family = HeapFamily::Rust);
    // -Zmiri-track-alloc-id: the serials whose creation and deallocation `on_tracked` hears of
    // (freed = false, then true); nothing is looked up while the set is empty.
    std::unordered_set<uint64_t> tracked;
    std::function<void(const Allocation&, bool freed)> on_tracked;
    // Frees an allocation; `span` (a span-table id, 0: none) is where, for the reports.
    void deallocate(AllocId id, uint32_t span = 0);
    // Where allocation `id` (live or dead, even after its slot was reused) was allocated and
    // freed, as span-table ids ({0, 0} when not recorded).
    std::pair<uint32_t, uint32_t> alloc_spans(AllocId id) const;

    // The live allocation `id` names, or nullptr when it is dead (use after free).
    Allocation* get(AllocId id) {
        uint32_t slot = static_cast<uint32_t>(id);
        if (slot >= m_slots.size()) return nullptr;
        Allocation* a = m_slots[slot].get();
        return a->live && a->generation == static_cast<uint32_t>(id >> 32) ? a : nullptr;
    }
    // The allocation record even when dead (for reports); nullptr when the slot was reused.
    const Allocation* record(AllocId id) const;
    // The user-visible serial (allocN) of a live or dead allocation; 0 without provenance.
    uint64_t serial_of(AllocId id) const;
    AllocId id_of(uint32_t slot) const {
        return slot | (uint64_t(m_slots[slot]->generation) << 32);
    }

    Pointer base_ptr(AllocId id) { return Pointer{get(id)->base, id}; }

    // Resolves the allocation a pointer may access for `len` bytes and returns it with the
    // offset; throws on null, dangling, freed or out-of-bounds pointers. `len` 0 is allowed
    // anywhere inside or one past the end of a live allocation (and for any non-null dangling
    // address with no provenance).
    Allocation* check_access(Pointer p, uint64_t len, uint64_t align, uint64_t& offset,
                             const char* what) {
        // The common case inline: a live allocation, in bounds, aligned. kNoAlloc names slot 0,
        // which is never live; everything else (errors, wildcards, zero-sized accesses outside
        // any allocation) takes the slow path.
        uint32_t slot = static_cast<uint32_t>(p.prov);
        if (slot < m_slots.size() && p.prov != kWildcard) {
            Allocation* a = m_slots[slot].get();
            uint64_t off = p.addr - a->base;
            if (a->live && a->generation == static_cast<uint32_t>(p.prov >> 32) && p.addr >= a->base &&
                off <= a->size && len <= a->size - off &&
                (symbolic_alignment ? a->align >= align && (off & (align - 1)) == 0 : (p.addr & (align - 1)) == 0)) {
                offset = off;
                return a;
            }
        }
        return check_access_slow(p, len, align, offset, what);
    }
    // rustc's check_ptr_align (`accessing memory with alignment A, but alignment R is
    // required`): the pointers of copy intrinsics, checked before the access itself.
    static void check_ptr_align(Pointer p, uint64_t align);

    // check_access's verdict without throwing and without the alignment check (validity of
    // references words its own errors).
    PtrProblem probe(Pointer p, uint64_t len);
    // The offset from `p` of the first uninitialised byte of [p, p+len), or UINT64_MAX (also
    // when `p` does not point into a live allocation: that is reported by the access itself).
    uint64_t first_uninit(Pointer p, uint64_t len) {
        uint32_t slot = static_cast<uint32_t>(p.prov);
        if (slot >= m_slots.size() || p.prov == kWildcard) return UINT64_MAX;
        const Allocation* a = m_slots[slot].get();
        if (!a->live || a->generation != static_cast<uint32_t>(p.prov >> 32) || a->init.all_init()) return UINT64_MAX;
        uint64_t off = p.addr - a->base;
        if (p.addr < a->base || off > a->size || len > a->size - off) return UINT64_MAX;
        uint64_t bad = a->init.first_uninit(off, len);
        return bad == UINT64_MAX ? bad : bad - off;
    }
    // Byte-level access (the checks of check_access, plus initialisation for reads).
    void read_bytes(Pointer p, void* out, uint64_t len, uint64_t align);
    void write_bytes(Pointer p, const void* in, uint64_t len, uint64_t align);
    // Copies bytes, init mask and provenance (ranges may overlap: memmove semantics).
    // With `strip_provenance` the copy has none: a typed copy of an integer (rustc reads
    // integers without their provenance).
    void copy(Pointer dst, Pointer src, uint64_t len, uint64_t align_dst, uint64_t align_src,
              bool strip_provenance = false);
    void write_uninit(Pointer p, uint64_t len);
    // A typed load of [p, p+len) (a scalar read at its type): throws rustc's "reading memory at
    // ALLOC[..], but memory is uninitialized at [..]" unless every byte is initialised.
    void require_init(Pointer p, uint64_t len) {
        uint32_t slot = static_cast<uint32_t>(p.prov);
        if (slot < m_slots.size() && p.prov != kWildcard) {
            const Allocation* a = m_slots[slot].get();
            if (a->live && a->init.all_init()) return;
        }
        require_init_slow(p, len);
    }
    void write_repeat(Pointer p, uint8_t byte, uint64_t len);

    // Scalars: little-endian integers of `size` bytes. A read of a pointer-sized chunk that
    // holds a pointer returns its provenance in `prov`. A read of uninitialised bytes throws
    // unless `allow_uninit`.
    u128 read_int(Pointer p, uint32_t size, uint64_t align, AllocId* prov = nullptr,
                  bool allow_uninit = false, bool* was_init = nullptr);
    void write_int(Pointer p, u128 v, uint32_t size, uint64_t align, AllocId prov = kNoAlloc);
    Pointer read_ptr(Pointer p, uint64_t align) {
        AllocId prov = kNoAlloc;
        uint64_t addr = static_cast<uint64_t>(read_int(p, m_ptr_size, align, &prov));
        return Pointer{addr, prov};
    }
    void write_ptr(Pointer p, Pointer v, uint64_t align) { write_int(p, v.addr, m_ptr_size, align, v.prov); }

    // A pointer as Miri prints it: `0x1f3a0[alloc12]<12>` (with provenance; without a borrow
    // tracker, an allocation's tag is its serial), `0x10[noalloc]` without.
    std::string format_ptr(Pointer p) const;

    // Marks an allocation's address as exposed (`expose_provenance`, `as usize`).
    void expose(AllocId id);
    // The exposed live allocation containing `addr` (one-past-the-end included), or kNoAlloc.
    AllocId find_exposed(uint64_t addr);

    uint64_t live_heap_allocations() const;
    // Live allocations of a kind, by serial (the leak check).
    std::vector<AllocId> live_of_kind(AllocKind kind) const;

    // The thread running (src/concurrency).
    uint32_t active_thread = 0;
    // The data-race detector: null while the program has one thread (or the detector is off),
    // so a single-threaded program pays one test per access.
    AccessHook* race_hook = nullptr;
    // The engine's own writes (the bytes of constants, statics, vtables, caller locations: what
    // rustc evaluates at compile time) are no program accesses: the hook is off in this scope.
    struct Untracked {
        Memory& mem;
        AccessHook* saved;
        explicit Untracked(Memory& m) : mem(m), saved(m.race_hook) { m.race_hook = nullptr; }
        ~Untracked() { mem.race_hook = saved; }
        Untracked(const Untracked&) = delete;
        Untracked& operator=(const Untracked&) = delete;
    };

  private:
    void require_init_slow(Pointer p, uint64_t len);
    void check_align(Pointer p, uint64_t align, const Allocation* a, uint64_t off) const;
    Allocation* check_access_slow(Pointer p, uint64_t len, uint64_t align, uint64_t& offset,
                                  const char* what);
    uint64_t next_address(uint64_t size, uint64_t align);

    uint32_t m_ptr_size;
    std::vector<std::unique_ptr<Allocation>> m_slots;
    std::vector<uint32_t> m_free_slots;
    uint64_t m_next_serial = 1;
    uint64_t m_next_addr;
    uint64_t m_rng_state;   // splitmix64: cheap, seeded, deterministic
    uint64_t next_random();
    std::map<uint64_t, AllocId> m_exposed; // base address -> allocation
    // The spans of dead allocations whose slot was reused, by serial; the oldest are forgotten
    // beyond kSpanHistory entries (a long-running program frees millions of boxes).
    static constexpr size_t kSpanHistory = size_t(1) << 18;
    std::unordered_map<uint64_t, std::pair<uint32_t, uint32_t>> m_span_history;
    std::deque<uint64_t> m_span_history_order;
};

} // namespace mirage::memory
