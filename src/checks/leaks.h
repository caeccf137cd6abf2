// Memory leaks at exit (Miri's leak check; off with -Zmiri-ignore-leaks). When main returns,
// every live heap allocation (Rust or C heap) that no pointer chain reaches from global memory
// (statics, consts, thread-locals, vtables) or from an allocation the program registered with
// `miri_static_root` is leaked. Only a normal return of main is checked: `exit` skips it, as in
// Miri. The engine records where each heap allocation was made (an allocation backtrace) only
// while this check is on.
#pragma once

#include "memory/memory.h"

#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace mirage::checks {

// Allocation backtraces, shared as a tree: a node is a frame (an opaque function key and its
// current location) under its caller's node, so allocations made from the same call path cost
// one index and a lookup per frame.
class BacktraceTable {
  public:
    struct Node {
        uint32_t parent = 0; // 0: the outermost frame
        const void* fn = nullptr;
        uint32_t file = 0, line = 0, col = 0;
        uint32_t hi_line = 0, hi_col = 0; // the span's end (0: unknown)
    };
    BacktraceTable() { m_nodes.emplace_back(); } // node 0: the empty backtrace
    // The node of frame (fn, location) called from `parent`; 0 when the table is full.
    uint32_t child(uint32_t parent, const void* fn, uint32_t file, uint32_t line, uint32_t col,
                   uint32_t hi_line = 0, uint32_t hi_col = 0);
    const Node& node(uint32_t i) const { return m_nodes[i]; }

  private:
    struct KeyHash {
        size_t operator()(const Node& n) const;
    };
    struct KeyEq {
        bool operator()(const Node& a, const Node& b) const {
            return a.parent == b.parent && a.fn == b.fn && a.file == b.file && a.line == b.line && a.col == b.col &&
                   a.hi_line == b.hi_line && a.hi_col == b.hi_col;
        }
    };
    std::vector<Node> m_nodes;
    std::unordered_map<Node, uint32_t, KeyHash, KeyEq> m_index;
};

class LeakCheck {
  public:
    // `miri_static_root(ptr)`: the allocation `ptr` points into is a root.
    void add_static_root(memory::AllocId id) { m_static_roots.insert(id); }
    // The leaked allocations, by serial (allocN).
    std::vector<memory::AllocId> find_leaks(memory::Memory& mem) const;

  private:
    std::unordered_set<memory::AllocId> m_static_roots;
};

} // namespace mirage::checks
