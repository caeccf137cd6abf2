// Interning of strings (Sym) and type nodes (TyId). Interned values are compared by id: two
// equal strings or two structurally equal types always get the same id.
#pragma once

#include "mir/mir.h"

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace mirage::mir {

class Interner {
  public:
    Interner();

    Sym intern(std::string_view text);
    std::string_view str(Sym sym) const {
        const SymEntry& e = m_syms[sym];
        return {m_chars.data() + e.offset, e.length};
    }
    size_t sym_count() const { return m_syms.size(); }

    TyId intern_ty(TyKind kind, uint8_t flags, Sym sym, std::span<const TyId> children);
    // The type node of a primitive written as a bare name (`bool`, `u8`, `f64`, `str`...),
    // exactly as every parser interns it; 0 when `name` is no primitive.
    TyId primitive_type(Sym name);
    const TyNode& ty(TyId id) const { return m_types[id]; }
    std::span<const TyId> children(TyId id) const {
        const TyNode& n = m_types[id];
        return {m_children.data() + n.child_begin, n.child_count};
    }
    TyId child(TyId id, uint32_t i) const { return m_children[m_types[id].child_begin + i]; }
    size_t type_count() const { return m_types.size(); }

    // Raw tables, for the binary cache.
    struct SymEntry {
        uint64_t offset;
        uint32_t length;
        uint32_t hash;
    };
    const std::string& chars() const { return m_chars; }
    const std::vector<SymEntry>& sym_entries() const { return m_syms; }
    const std::vector<TyNode>& type_nodes() const { return m_types; }
    const std::vector<TyId>& type_children() const { return m_children; }
    // Replaces all tables (cache load). The hash indexes are rebuilt lazily on the next intern.
    void adopt(std::string chars, std::vector<SymEntry> syms, std::vector<TyNode> types,
               std::vector<TyId> children);

  private:
    void rebuild_indexes();
    uint32_t type_hash(TyKind kind, uint8_t flags, Sym sym, std::span<const TyId> children) const;
    bool type_equals(TyId id, TyKind kind, uint8_t flags, Sym sym,
                     std::span<const TyId> children) const;

    std::string m_chars;
    std::vector<SymEntry> m_syms;
    std::vector<uint32_t> m_sym_table; // open addressing: kNone or sym index
    std::vector<TyNode> m_types;
    std::vector<uint32_t> m_type_hashes;
    std::vector<TyId> m_children;
    std::vector<uint32_t> m_type_table;
    bool m_indexes_stale = false;
};

} // namespace mirage::mir
