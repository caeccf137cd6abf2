#include "memory/memory.h"

#include <algorithm>
#include <cstdio>
#include <string_view>

namespace mirage::memory {

using diag::throw_alloc_ub;
using diag::throw_ub;

const char* alloc_kind_name(AllocKind kind) {
    switch (kind) {
    case AllocKind::Stack: return "stack";
    case AllocKind::Heap: return "heap";
    case AllocKind::Static: return "static";
    case AllocKind::Global: return "global";
    case AllocKind::Vtable: return "vtable";
    case AllocKind::Fn: return "function";
    case AllocKind::Tls: return "thread-local";
    }
    return "?";
}

const char* memory_kind_name(const Allocation& a) {
    switch (a.kind) {
    case AllocKind::Stack: return "stack variable";
    case AllocKind::Heap: return a.family == HeapFamily::C ? "C heap" : "Rust heap";
    case AllocKind::Static:
    case AllocKind::Global: return "global (static or const)";
    case AllocKind::Vtable: return "vtable";
    case AllocKind::Fn: return "function";
    case AllocKind::Tls: return "thread-local static";
    }
    return "?";
}

// ---- InitMask ---------------------------------------------------------------------------------

void InitMask::reset(uint64_t size, bool init) {
    m_size = size;
    m_all_init = init;
    m_has_bits = false;
    m_small = 0;
    m_bits.clear();
}

// The first byte in [offset, offset+len) whose bit equals `value`, or UINT64_MAX; a word at a
// time.
uint64_t InitMask::find(uint64_t offset, uint64_t len, bool value) const {
    const uint64_t* w = words();
    uint64_t end = offset + len;
    uint64_t i = offset;
    while (i < end) {
        uint64_t word = w[i >> 6];
        if (!value) word = ~word;
        word &= ~uint64_t(0) << (i & 63); // bits from i on
        uint64_t word_end = (i & ~uint64_t(63)) + 64;
        if (word) {
            uint64_t hit = (i & ~uint64_t(63)) + static_cast<uint64_t>(__builtin_ctzll(word));
            return hit < end ? hit : UINT64_MAX;
        }
        i = word_end;
    }
    return UINT64_MAX;
}

void InitMask::set_slow(uint64_t offset, uint64_t len, bool init) {
    if (len == 0) return;
    if (init && offset == 0 && len == m_size) {
        m_all_init = true;
        m_has_bits = false;
        return;
    }
    if (m_all_init) {
        if (init) return;
        if (m_size > 64) m_bits.assign((m_size + 63) / 64, ~uint64_t(0));
        else m_small = ~uint64_t(0);
        m_all_init = false;
        m_has_bits = true;
    } else if (!m_has_bits) {
        if (!init) return;
        if (m_size > 64) m_bits.assign((m_size + 63) / 64, 0);
        else m_small = 0;
        m_has_bits = true;
    }
    uint64_t* w = words();
    uint64_t i = offset, end = offset + len;
    if (end - i < 64 && (i >> 6) == ((end - 1) >> 6)) {
        uint64_t bits = (end - i == 64 ? ~uint64_t(0) : ((uint64_t(1) << (end - i)) - 1)) << (i & 63);
        if (init) w[i >> 6] |= bits;
        else w[i >> 6] &= ~bits;
    } else {
        while (i < end && (i & 63)) {
            if (init) w[i >> 6] |= uint64_t(1) << (i & 63);
            else w[i >> 6] &= ~(uint64_t(1) << (i & 63));
            ++i;
        }
        while (i + 64 <= end) {
            w[i >> 6] = init ? ~uint64_t(0) : 0;
            i += 64;
        }
        while (i < end) {
            if (init) w[i >> 6] |= uint64_t(1) << (i & 63);
            else w[i >> 6] &= ~(uint64_t(1) << (i & 63));
            ++i;
        }
    }
    if (init && m_size <= 64) {
        uint64_t full = m_size == 64 ? ~uint64_t(0) : (uint64_t(1) << m_size) - 1;
        if ((m_small & full) == full) {
            m_all_init = true;
            m_has_bits = false;
        }
    }
}

// ---- ProvMap ----------------------------------------------------------------------------------

void ProvMap::replace(uint64_t lo, uint64_t hi, const Entry* entries, size_t n, uint64_t shift) {
    size_t a = static_cast<size_t>(lower_bound(lo) - begin());
    size_t b = a;
    while (b < m_entries.size() && m_entries[b].first < hi) ++b;
    size_t old = b - a;
    if (n > old) m_entries.insert(m_entries.begin() + static_cast<long>(b), n - old, Entry{});
    else if (n < old) m_entries.erase(m_entries.begin() + static_cast<long>(a + n), m_entries.begin() + static_cast<long>(b));
    for (size_t i = 0; i < n; ++i) m_entries[a + i] = Entry{entries[i].first + shift, entries[i].second};
}

// ---- Memory -----------------------------------------------------------------------------------

uint64_t Memory::next_random() {
    uint64_t z = (m_rng_state += 0x9e3779b97f4a7c15ull);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ull;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebull;
    return z ^ (z >> 31);
}

Memory::Memory(uint32_t pointer_size, uint64_t seed) : m_ptr_size(pointer_size), m_rng_state(seed) {
    // Slot 0 is never used: AllocId 0 means "no provenance".
    m_slots.push_back(std::make_unique<Allocation>());
    // Base addresses start at a seed-dependent place, like ASLR (deterministic per seed).
    m_next_addr = pointer_size == 4 ? 0x10000 : 0x10000 + ((next_random() & 0xffff) << 12);
}

uint64_t Memory::next_address(uint64_t size, uint64_t align) {
    uint64_t a = (m_next_addr + align - 1) & ~(align - 1);
    // A small seed-driven gap, so addresses (and their alignment beyond the required one) vary
    // with the seed, as they do natively.
    m_next_addr = a + std::max<uint64_t>(size, 1) + (next_random() & 0xf);
    return a;
}

AllocId Memory::allocate(uint64_t size, uint64_t align, AllocKind kind, bool zeroed, HeapFamily family) {
    uint32_t slot;
    if (!m_free_slots.empty()) {
        slot = m_free_slots.back();
        m_free_slots.pop_back();
    } else {
        slot = static_cast<uint32_t>(m_slots.size());
        m_slots.push_back(std::make_unique<Allocation>());
    }
    Allocation& a = *m_slots[slot];
    if (a.alloc_span | a.free_span) { // a dead heap allocation's notes survive its slot
        if (m_span_history_order.size() == kSpanHistory) {
            m_span_history.erase(m_span_history_order.front());
            m_span_history_order.pop_front();
        }
        m_span_history.emplace(a.serial, std::make_pair(a.alloc_span, a.free_span));
        m_span_history_order.push_back(a.serial);
    }
    a.serial = m_next_serial++;
    // The generation is the serial's low half: a stale pointer still names its allocation
    // (`alloc123 has been freed`) after the slot was reused.
    a.generation = static_cast<uint32_t>(a.serial);
    a.live = true;
    a.mutable_ = true;
    a.exposed = false;
    a.kind = kind;
    a.family = kind == AllocKind::Heap ? family : HeapFamily::None;
    a.base = next_address(size, align ? align : 1);
    a.size = size;
    a.align = align ? align : 1;
    a.bytes.assign(size, 0);
    a.init.reset(size, zeroed);
    a.prov.clear();
    a.payload = 0;
    a.alloc_span = a.free_span = a.backtrace = 0;
    if (!tracked.empty() && tracked.count(a.serial) && on_tracked) on_tracked(a, false);
    return slot | (uint64_t(a.generation) << 32);
}

void Memory::deallocate(AllocId id, uint32_t span) {
    Allocation* a = get(id);
    if (!a) throw_ub("deallocating a dead allocation");
    if (race_hook) [[unlikely]]
        race_hook->on_dealloc(*a);
    a->race.reset();
    if (!tracked.empty() && tracked.count(a->serial) && on_tracked) on_tracked(*a, true);
    if (a->exposed) m_exposed.erase(a->base);
    a->live = false;
    a->free_span = span;
    a->bytes.clear();
    if (a->bytes.capacity() > 4096) a->bytes.shrink_to_fit();
    a->prov.clear();
    if (a->prov.capacity() > 256) a->prov.release();
    m_free_slots.push_back(static_cast<uint32_t>(id));
}

const Allocation* Memory::record(AllocId id) const {
    uint32_t slot = static_cast<uint32_t>(id);
    if (slot == 0 || slot >= m_slots.size()) return nullptr;
    const Allocation* a = m_slots[slot].get();
    uint32_t gen = static_cast<uint32_t>(id >> 32);
    return a->generation == gen ? a : nullptr; // live, or freed and the slot not reused yet
}

std::pair<uint32_t, uint32_t> Memory::alloc_spans(AllocId id) const {
    if (const Allocation* r = record(id)) return {r->alloc_span, r->free_span};
    auto it = m_span_history.find(serial_of(id));
    return it == m_span_history.end() ? std::make_pair(0u, 0u) : it->second;
}

static std::string hex(uint64_t v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%llx", static_cast<unsigned long long>(v));
    return buf;
}

uint64_t Memory::serial_of(AllocId id) const {
    if (id == kNoAlloc || id == kWildcard) return 0;
    if (const Allocation* r = record(id)) return r->serial;
    return id >> 32; // the generation is the serial (its low half)
}

std::string Memory::format_ptr(Pointer p) const {
    if (p.prov == kWildcard) return hex(p.addr) + "[wildcard]";
    uint64_t serial = serial_of(p.prov);
    if (!serial) return hex(p.addr) + "[noalloc]";
    return hex(p.addr) + "[alloc" + std::to_string(serial) + "]<" + std::to_string(serial) + ">";
}

void Memory::check_ptr_align(Pointer p, uint64_t align) {
    if (align > 1 && (p.addr & (align - 1)))
        throw_ub("accessing memory with alignment " + std::to_string(p.addr & (~p.addr + 1)) + ", but alignment " +
                 std::to_string(align) + " is required");
}

static std::string bytes_word(uint64_t n) { return std::to_string(n) + (n == 1 ? " byte" : " bytes"); }

Allocation* Memory::check_access_slow(Pointer p, uint64_t len, uint64_t align, uint64_t& offset,
                                      const char* what) {
    AllocId id = p.prov;
    if (id == kWildcard) id = find_exposed(p.addr);
    // rustc's CheckInAllocMsg: `memory access failed: attempting to access N bytes`,
    // `pointer not dereferenceable: pointer must be dereferenceable for N bytes` (a retag).
    bool deref = std::string_view(what) == "pointer not dereferenceable";
    std::string head = deref ? std::string(what) + ": " : std::string(what) + " failed: ";
    std::string attempt = (deref ? "pointer must be dereferenceable for " : "attempting to access ") + bytes_word(len);
    if (len == 0) {
        // rustc's check_and_deref_ptr: every zero-sized access is in bounds, whatever the
        // pointer (null, dangling, freed); only its alignment is still required.
        Allocation* a = id == kNoAlloc ? nullptr : get(id);
        if (a && (p.addr < a->base || p.addr - a->base > a->size)) a = nullptr;
        offset = a ? p.addr - a->base : 0;
        check_align(p, align, a, offset);
        return a;
    }
    if (id == kNoAlloc) {
        if (p.addr == 0)
            throw_ub(head + attempt + ", but got null pointer");
        throw_ub(head + attempt + ", but got " +
                 hex(p.addr) + "[noalloc] which is a dangling pointer (it has no provenance)");
    }
    Allocation* a = get(id);
    if (!a) {
        const Allocation* r = record(id);
        std::string name = "alloc" + std::to_string(r ? r->serial : id >> 32);
        throw_alloc_ub(id, head + name + " has been freed, so this pointer is dangling");
    }
    uint64_t off = p.addr - a->base;
    if (p.addr < a->base || off > a->size || len > a->size - off) {
        std::string at = "alloc" + std::to_string(a->serial) + (off ? "+" + hex(off) : "");
        if (p.addr < a->base)
            throw_alloc_ub(id, head + attempt +
                     ", but got " + at.substr(0, at.find('+')) + "-" + hex(a->base - p.addr) +
                     " which points to before the beginning of the allocation");
        throw_alloc_ub(id, head + attempt + ", but got " +
                 at + " which " +
                 (off >= a->size ? std::string("is at or beyond the end of the allocation of size ") +
                                       bytes_word(a->size)
                                 : "is only " + bytes_word(a->size - off) +
                                       " from the end of the allocation"));
    }
    check_align(p, align, a, off);
    offset = off;
    return a;
}

// The alignment the pointer has: its address's, or (symbolic) what the allocation's alignment and
// the offset guarantee (the address's when the pointer is outside any live allocation).
void Memory::check_align(Pointer p, uint64_t align, const Allocation* a, uint64_t off) const {
    if (align <= 1) return;
    bool symbolic = symbolic_alignment && a;
    uint64_t has = symbolic ? std::min<uint64_t>(a->align, off ? off & (~off + 1) : a->align) : p.addr & (~p.addr + 1);
    if (symbolic ? has < align : (p.addr & (align - 1)) != 0)
        throw_ub("accessing memory based on pointer with alignment " + std::to_string(has) + ", but alignment " +
                 std::to_string(align) + " is required");
}

PtrProblem Memory::probe(Pointer p, uint64_t len) {
    AllocId id = p.prov;
    if (id == kWildcard) id = find_exposed(p.addr);
    if (len == 0) return PtrProblem::None; // zero bytes are dereferenceable anywhere
    if (id == kNoAlloc) return p.addr == 0 ? PtrProblem::Null : PtrProblem::NoProvenance;
    Allocation* a = get(id);
    if (!a) return PtrProblem::Freed;
    uint64_t off = p.addr - a->base;
    if (p.addr < a->base || off > a->size || len > a->size - off) return PtrProblem::OutOfBounds;
    return PtrProblem::None;
}

// rustc's `InvalidUninitBytes`: the access range and the first uninitialised run inside it,
// as offsets in the allocation.
[[noreturn]] static void uninit_error(const Allocation& a, uint64_t off, uint64_t len) {
    uint64_t bad = a.init.first_uninit(off, len);
    if (bad == UINT64_MAX) bad = off;
    uint64_t bad_end = a.init.first_init(bad, off + len - bad);
    if (bad_end == UINT64_MAX) bad_end = off + len;
    throw_ub("reading memory at alloc" + std::to_string(a.serial) + "[" + hex(off) + ".." + hex(off + len) +
             "], but memory is uninitialized at [" + hex(bad) + ".." + hex(bad_end) +
             "], and this operation requires initialized memory");
}

void Memory::require_init_slow(Pointer p, uint64_t len) {
    uint64_t off;
    Allocation* a = check_access(p, len, 1, off, "memory access");
    if (!a || len == 0 || a->init.is_init(off, len)) return;
    uninit_error(*a, off, len);
}

void Memory::read_bytes(Pointer p, void* out, uint64_t len, uint64_t align) {
    uint64_t off;
    Allocation* a = check_access(p, len, align, off, "memory access");
    if (!a || len == 0) return;
    if (race_hook) [[unlikely]]
        race_hook->on_read(*a, off, len);
    if (!a->init.is_init(off, len)) uninit_error(*a, off, len);
    std::memcpy(out, a->bytes.data() + off, len);
}

// Drops the provenance of every pointer that overlaps [off, off+len).
static void clear_prov(Allocation& a, uint64_t off, uint64_t len, uint32_t ptr_size) {
    if (a.prov.empty()) return;
    a.prov.erase(off >= ptr_size ? off - ptr_size + 1 : 0, off + len);
}

void Memory::write_bytes(Pointer p, const void* in, uint64_t len, uint64_t align) {
    uint64_t off;
    Allocation* a = check_access(p, len, align, off, "memory access");
    if (!a || len == 0) return;
    if (race_hook) [[unlikely]]
        race_hook->on_write(*a, off, len);
    if (!a->mutable_) throw_ub("writing to alloc" + std::to_string(a->serial) + " which is read-only");
    std::memcpy(a->bytes.data() + off, in, len);
    a->init.set(off, len, true);
    clear_prov(*a, off, len, m_ptr_size);
}

void Memory::write_uninit(Pointer p, uint64_t len) {
    uint64_t off;
    Allocation* a = check_access(p, len, 1, off, "memory access");
    if (!a || len == 0) return;
    if (race_hook) [[unlikely]]
        race_hook->on_write(*a, off, len);
    a->init.set(off, len, false);
    clear_prov(*a, off, len, m_ptr_size);
}

void Memory::write_repeat(Pointer p, uint8_t byte, uint64_t len) {
    uint64_t off;
    Allocation* a = check_access(p, len, 1, off, "memory access");
    if (!a || len == 0) return;
    if (race_hook) [[unlikely]]
        race_hook->on_write(*a, off, len);
    if (!a->mutable_) throw_ub("writing to alloc" + std::to_string(a->serial) + " which is read-only");
    std::memset(a->bytes.data() + off, byte, len);
    a->init.set(off, len, true);
    clear_prov(*a, off, len, m_ptr_size);
}

void Memory::copy(Pointer dst, Pointer src, uint64_t len, uint64_t align_dst, uint64_t align_src,
                  bool strip_provenance) {
    uint64_t soff, doff;
    Allocation* s = check_access(src, len, align_src, soff, "memory access");
    Allocation* d = check_access(dst, len, align_dst, doff, "memory access");
    if (!s || !d || len == 0) return;
    if (race_hook) [[unlikely]] {
        race_hook->on_read(*s, soff, len);
        race_hook->on_write(*d, doff, len);
    }
    if (!d->mutable_) throw_ub("writing to alloc" + std::to_string(d->serial) + " which is read-only");
    // Init mask and provenance of the source range, taken before the destination changes.
    thread_local std::vector<ProvMap::Entry> provs;
    provs.clear();
    if (!s->prov.empty() && !strip_provenance) {
        for (const ProvMap::Entry* it = s->prov.lower_bound(soff); it != s->prov.end() && it->first < soff + len; ++it)
            if (it->first + m_ptr_size <= soff + len) provs.emplace_back(it->first - soff, it->second);
    }
    if (s->init.is_init(soff, len)) {
        std::memmove(d->bytes.data() + doff, s->bytes.data() + soff, len);
        d->init.set(doff, len, true);
    } else {
        // Runs of equal initialisation, found a word at a time (taken before the bytes move:
        // source and destination may be the same allocation).
        thread_local std::vector<std::pair<uint64_t, uint64_t>> runs; // (start, end) init runs
        runs.clear();
        for (uint64_t i = soff; i < soff + len;) {
            uint64_t start = s->init.first_init(i, soff + len - i);
            if (start == UINT64_MAX) break;
            uint64_t stop = s->init.first_uninit(start, soff + len - start);
            if (stop == UINT64_MAX) stop = soff + len;
            runs.emplace_back(start - soff, stop - soff);
            i = stop;
        }
        std::memmove(d->bytes.data() + doff, s->bytes.data() + soff, len);
        d->init.set(doff, len, false);
        for (auto& [a, b] : runs) d->init.set(doff + a, b - a, true);
    }
    if (provs.empty()) clear_prov(*d, doff, len, m_ptr_size);
    else d->prov.replace(doff >= m_ptr_size ? doff - m_ptr_size + 1 : 0, doff + len, provs.data(), provs.size(), doff);
}

u128 Memory::read_int(Pointer p, uint32_t size, uint64_t align, AllocId* prov, bool allow_uninit,
                      bool* was_init) {
    uint64_t off;
    Allocation* a = check_access(p, size, align, off, "memory access");
    if (was_init) *was_init = true;
    if (!a || size == 0) return 0;
    if (race_hook) [[unlikely]]
        race_hook->on_read(*a, off, size);
    if (!a->init.all_init() && !a->init.is_init(off, size)) {
        if (!allow_uninit) uninit_error(*a, off, size);
        if (was_init) *was_init = false;
    }
    u128 v = 0;
    std::memcpy(&v, a->bytes.data() + off, size);
    if (prov) {
        *prov = kNoAlloc;
        if (!a->prov.empty() && size == m_ptr_size) *prov = a->prov.find(off);
    }
    return v;
}

void Memory::write_int(Pointer p, u128 v, uint32_t size, uint64_t align, AllocId prov) {
    uint64_t off;
    Allocation* a = check_access(p, size, align, off, "memory access");
    if (!a || size == 0) return;
    if (race_hook) [[unlikely]]
        race_hook->on_write(*a, off, size);
    if (!a->mutable_) throw_ub("writing to alloc" + std::to_string(a->serial) + " which is read-only");
    std::memcpy(a->bytes.data() + off, &v, size);
    a->init.set(off, size, true);
    clear_prov(*a, off, size, m_ptr_size);
    if (prov != kNoAlloc) a->prov.set(off, prov);
}

void Memory::expose(AllocId id) {
    Allocation* a = get(id);
    if (!a || a->exposed) return;
    a->exposed = true;
    m_exposed[a->base] = id;
}

AllocId Memory::find_exposed(uint64_t addr) {
    auto it = m_exposed.upper_bound(addr);
    while (it != m_exposed.begin()) {
        --it;
        Allocation* a = get(it->second);
        if (a && addr <= a->base + a->size) return it->second;
        if (a && addr > a->base + a->size) return kNoAlloc;
    }
    return kNoAlloc;
}

uint64_t Memory::live_heap_allocations() const {
    uint64_t n = 0;
    for (const auto& a : m_slots)
        if (a->live && a->kind == AllocKind::Heap) ++n;
    return n;
}

std::vector<AllocId> Memory::live_of_kind(AllocKind kind) const {
    std::vector<std::pair<uint64_t, AllocId>> found;
    for (uint32_t s = 1; s < m_slots.size(); ++s)
        if (m_slots[s]->live && m_slots[s]->kind == kind) found.emplace_back(m_slots[s]->serial, id_of(s));
    std::sort(found.begin(), found.end());
    std::vector<AllocId> out;
    for (auto& f : found) out.push_back(f.second);
    return out;
}

} // namespace mirage::memory
