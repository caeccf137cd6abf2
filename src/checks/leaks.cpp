#include "checks/leaks.h"

namespace mirage::checks {

using memory::AllocId;
using memory::AllocKind;

size_t BacktraceTable::KeyHash::operator()(const Node& n) const {
    size_t h = std::hash<const void*>()(n.fn);
    for (uint32_t v : {n.parent, n.file, n.line, n.col, n.hi_line, n.hi_col}) h = h * 1000003u ^ v;
    return h;
}

uint32_t BacktraceTable::child(uint32_t parent, const void* fn, uint32_t file, uint32_t line, uint32_t col,
                              uint32_t hi_line, uint32_t hi_col) {
    Node key{parent, fn, file, line, col, hi_line, hi_col};
    auto it = m_index.find(key);
    if (it != m_index.end()) return it->second;
    if (m_nodes.size() >= (1u << 24)) return 0; // bounded: deep recursion allocating forever
    uint32_t i = static_cast<uint32_t>(m_nodes.size());
    m_nodes.push_back(key);
    m_index.emplace(key, i);
    return i;
}

// rustc's find_leaked_allocations: the allocations reachable from the roots through the
// provenance of the pointers stored in them; the heap ones outside that set leak.
std::vector<AllocId> LeakCheck::find_leaks(memory::Memory& mem) const {
    std::vector<AllocId> todo(m_static_roots.begin(), m_static_roots.end());
    for (AllocKind k : {AllocKind::Static, AllocKind::Global, AllocKind::Tls, AllocKind::Vtable})
        for (AllocId id : mem.live_of_kind(k)) todo.push_back(id);
    std::unordered_set<AllocId> reachable;
    while (!todo.empty()) {
        AllocId id = todo.back();
        todo.pop_back();
        if (!reachable.insert(id).second) continue;
        const memory::Allocation* a = mem.get(id);
        if (!a) continue;
        for (const auto& [off, prov] : a->prov)
            if (prov != memory::kNoAlloc && prov != memory::kWildcard && !reachable.count(prov)) todo.push_back(prov);
    }
    std::vector<AllocId> leaks;
    for (AllocId id : mem.live_of_kind(AllocKind::Heap))
        if (!reachable.count(id)) leaks.push_back(id);
    return leaks;
}

} // namespace mirage::checks
