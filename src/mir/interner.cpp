#include "mir/interner.h"

#include <cstring>

namespace mirage::mir {

namespace {

// FNV-1a is enough here: keys are short and the tables are power-of-two sized with linear
// probing, so the hash only needs to spread well in its low bits (hence the final mix).
uint32_t hash_bytes(const char* p, size_t n) {
    uint64_t h = 1469598103934665603ull;
    for (size_t i = 0; i < n; ++i) {
        h ^= static_cast<unsigned char>(p[i]);
        h *= 1099511628211ull;
    }
    h ^= h >> 29;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 32;
    return static_cast<uint32_t>(h);
}

uint32_t mix(uint32_t h, uint32_t v) {
    uint64_t x = (static_cast<uint64_t>(h) << 32 | v) * 0x9e3779b97f4a7c15ull;
    return static_cast<uint32_t>(x >> 29) ^ static_cast<uint32_t>(x);
}

void grow_table(std::vector<uint32_t>& table, size_t live) {
    size_t size = 1024;
    while (size < live * 2) size *= 2;
    table.assign(size, kNone);
}

} // namespace

Interner::Interner() {
    m_syms.push_back({0, 0, hash_bytes("", 0)});
    // TyId 0 means "no type"; give it a node so ids index directly.
    m_types.push_back(TyNode{TyKind::Infer, 0, 0, 0, 0, 0});
    m_type_hashes.push_back(0);
    rebuild_indexes();
}

void Interner::rebuild_indexes() {
    grow_table(m_sym_table, m_syms.size() + 1);
    size_t mask = m_sym_table.size() - 1;
    for (uint32_t i = 0; i < m_syms.size(); ++i) {
        size_t slot = m_syms[i].hash & mask;
        while (m_sym_table[slot] != kNone) slot = (slot + 1) & mask;
        m_sym_table[slot] = i;
    }
    if (m_type_hashes.size() != m_types.size()) {
        m_type_hashes.resize(m_types.size());
        for (uint32_t i = 1; i < m_types.size(); ++i) {
            const TyNode& n = m_types[i];
            m_type_hashes[i] = type_hash(n.kind, n.flags, n.sym, children(i));
        }
    }
    grow_table(m_type_table, m_types.size() + 1);
    mask = m_type_table.size() - 1;
    for (uint32_t i = 1; i < m_types.size(); ++i) {
        size_t slot = m_type_hashes[i] & mask;
        while (m_type_table[slot] != kNone) slot = (slot + 1) & mask;
        m_type_table[slot] = i;
    }
    m_indexes_stale = false;
}

Sym Interner::intern(std::string_view text) {
    if (m_indexes_stale) rebuild_indexes();
    uint32_t h = hash_bytes(text.data(), text.size());
    size_t mask = m_sym_table.size() - 1;
    size_t slot = h & mask;
    while (true) {
        uint32_t id = m_sym_table[slot];
        if (id == kNone) break;
        const SymEntry& e = m_syms[id];
        // An empty view may have a null data(): memcmp must not see it.
        if (e.hash == h && e.length == text.size() &&
            (text.empty() || std::memcmp(m_chars.data() + e.offset, text.data(), text.size()) == 0))
            return id;
        slot = (slot + 1) & mask;
    }
    Sym id = static_cast<Sym>(m_syms.size());
    m_syms.push_back({m_chars.size(), static_cast<uint32_t>(text.size()), h});
    if (!text.empty()) m_chars.append(text);
    m_sym_table[slot] = id;
    if (m_syms.size() * 2 > m_sym_table.size()) rebuild_indexes();
    return id;
}

uint32_t Interner::type_hash(TyKind kind, uint8_t flags, Sym sym,
                             std::span<const TyId> kids) const {
    uint32_t h = mix(static_cast<uint32_t>(kind) << 8 | flags, sym);
    for (TyId c : kids) h = mix(h, c);
    return h;
}

bool Interner::type_equals(TyId id, TyKind kind, uint8_t flags, Sym sym,
                           std::span<const TyId> kids) const {
    const TyNode& n = m_types[id];
    if (n.kind != kind || n.flags != flags || n.sym != sym || n.child_count != kids.size())
        return false;
    return kids.empty() ||
           std::memcmp(m_children.data() + n.child_begin, kids.data(), kids.size_bytes()) == 0;
}

TyId Interner::intern_ty(TyKind kind, uint8_t flags, Sym sym, std::span<const TyId> kids) {
    if (m_indexes_stale) rebuild_indexes();
    uint32_t h = type_hash(kind, flags, sym, kids);
    size_t mask = m_type_table.size() - 1;
    size_t slot = h & mask;
    while (true) {
        uint32_t id = m_type_table[slot];
        if (id == kNone) break;
        if (m_type_hashes[id] == h && type_equals(id, kind, flags, sym, kids)) return id;
        slot = (slot + 1) & mask;
    }
    TyId id = static_cast<TyId>(m_types.size());
    TyNode node{kind, flags, 0, sym, static_cast<uint32_t>(m_children.size()),
                static_cast<uint32_t>(kids.size())};
    m_children.insert(m_children.end(), kids.begin(), kids.end());
    m_types.push_back(node);
    m_type_hashes.push_back(h);
    m_type_table[slot] = id;
    if (m_types.size() * 2 > m_type_table.size()) rebuild_indexes();
    return id;
}

void Interner::adopt(std::string chars, std::vector<SymEntry> syms, std::vector<TyNode> types,
                     std::vector<TyId> children) {
    m_chars = std::move(chars);
    m_syms = std::move(syms);
    m_types = std::move(types);
    m_children = std::move(children);
    m_type_hashes.clear();
    m_indexes_stale = true;
}

TyId Interner::primitive_type(Sym name) {
    std::string_view n = str(name);
    if (n.size() > 5) return 0;
    if (n == "bool") return intern_ty(TyKind::Bool, 0, 0, {});
    if (n == "char") return intern_ty(TyKind::Char, 0, 0, {});
    if (n == "str") return intern_ty(TyKind::Str, 0, 0, {});
    if (n == "i8" || n == "i16" || n == "i32" || n == "i64" || n == "i128" || n == "isize")
        return intern_ty(TyKind::Int, 0, name, {});
    if (n == "u8" || n == "u16" || n == "u32" || n == "u64" || n == "u128" || n == "usize")
        return intern_ty(TyKind::Uint, 0, name, {});
    if (n == "f16" || n == "f32" || n == "f64" || n == "f128")
        return intern_ty(TyKind::Float, 0, name, {});
    return 0;
}

} // namespace mirage::mir
