#include "items/resolve.h"

#include <algorithm>

namespace mirage::items {

namespace {

constexpr int kMaxDepth = 16; // re-export and glob chains; deeper means a cycle

bool in_type_ns(const Item& it) {
    switch (it.kind) {
    case ItemKind::Module:
    case ItemKind::ExternCrate:
    case ItemKind::Struct:
    case ItemKind::Enum:
    case ItemKind::Union:
    case ItemKind::Trait:
    case ItemKind::TraitAlias:
    case ItemKind::TypeAlias:
    case ItemKind::ForeignType:
    case ItemKind::AssocType:
    case ItemKind::Variant:
        return true;
    default:
        return false;
    }
}

bool in_value_ns(const Item& it) {
    switch (it.kind) {
    case ItemKind::Function:
    case ItemKind::Const:
    case ItemKind::Static:
    case ItemKind::AssocConst:
    case ItemKind::Variant:
        return true;
    case ItemKind::Struct: // tuple and unit structs have a constructor
        return it.shape != VariantShape::Struct;
    default:
        return false;
    }
}

bool is_container(ItemKind k) {
    return k == ItemKind::Module || k == ItemKind::Enum || k == ItemKind::Trait ||
           k == ItemKind::Impl;
}

uint64_t span_key(const mir::Span& s) {
    return (uint64_t(s.file) << 32) ^ (uint64_t(s.lo_line) << 12) ^ uint64_t(s.lo_col & 0xfff);
}

const char* primitive_name(const mir::TyNode& n, uint32_t nkids) {
    switch (n.kind) {
    case mir::TyKind::Bool: return "bool";
    case mir::TyKind::Char: return "char";
    case mir::TyKind::Str: return "str";
    case mir::TyKind::Never: return "never";
    case mir::TyKind::Slice: return "slice";
    case mir::TyKind::Array: return "array";
    case mir::TyKind::RawPtr: return "pointer";
    case mir::TyKind::Ref: return "reference";
    case mir::TyKind::Tuple: return nkids == 0 ? "unit" : "tuple";
    case mir::TyKind::FnPtr: return "fn";
    default: return nullptr;
    }
}

} // namespace

Resolver::Resolver(const ItemDb& db, const mir::Interner& interner) : m_db(db), m_in(interner) {}

void Resolver::sync() const {
    if (m_indexed == m_db.items.size()) return;
    // Marked done first: indexing an impl looks up primitives, which syncs (a no-op now).
    size_t from = m_indexed;
    m_indexed = m_db.items.size();
    for (size_t i = from; i < m_indexed; ++i)
        if (m_db.items[i].kind == ItemKind::Primitive) m_primitives.emplace(m_db.items[i].name, i);
    for (size_t i = from; i < m_indexed; ++i) index_item(static_cast<ItemId>(i));
}

void Resolver::index_item(ItemId id) const {
    const Item& it = m_db.items[id];
    auto add = [&](ItemId parent, ItemId child) {
        const Item& c = m_db.items[child];
        if (c.name == 0) return;
        bool t, v, m;
        if (c.kind == ItemKind::Use) {
            if (c.flags & kGlob) return;
            if (c.target == kNone) {
                t = v = m = true;
            } else {
                const Item& target = m_db.items[c.target];
                t = in_type_ns(target) || target.kind == ItemKind::Primitive;
                v = in_value_ns(target);
                m = target.kind == ItemKind::Macro;
            }
        } else {
            t = in_type_ns(c);
            v = in_value_ns(c);
            m = c.kind == ItemKind::Macro;
        }
        auto put = [&](Namespace ns) {
            auto [slot, inserted] = m_scope.emplace(scope_key(parent, c.name, ns), child);
            // A definition beats a re-export of the same name (rustdoc's cfg(doc) copies).
            if (!inserted && m_db.items[slot->second].kind == ItemKind::Use &&
                c.kind != ItemKind::Use)
                slot->second = child;
        };
        if (t) put(Namespace::Type);
        if (v) put(Namespace::Value);
        if (m) put(Namespace::Macro);
    };
    if (is_container(it.kind)) {
        for (ItemId c : m_db.children(it)) {
            add(id, c);
            const Item& ci = m_db.items[c];
            if (it.kind == ItemKind::Module && ci.kind == ItemKind::Use && (ci.flags & kGlob) &&
                ci.target != kNone) {
                auto& globs = m_globs[id];
                if (std::find(globs.begin(), globs.end(), c) == globs.end()) globs.push_back(c);
            }
        }
    }
    // By parent too: items defined inside a fn body (recovered from HIR) are scoped to that
    // fn, and a container appended before its children had none to list when it was indexed.
    if (it.parent != kNone && it.kind != ItemKind::Field) {
        add(it.parent, id);
        if (it.kind == ItemKind::Use && (it.flags & kGlob) && it.target != kNone &&
            m_db.items[it.parent].kind == ItemKind::Module) {
            auto& globs = m_globs[it.parent];
            if (std::find(globs.begin(), globs.end(), id) == globs.end()) globs.push_back(id);
        }
    }
    switch (it.kind) {
    case ItemKind::Struct:
    case ItemKind::Enum:
    case ItemKind::Union:
    case ItemKind::Trait:
    case ItemKind::TraitAlias:
    case ItemKind::TypeAlias:
    case ItemKind::ForeignType:
        if (it.name != 0) m_types_by_name[it.name].push_back(id);
        break;
    default:
        break;
    }
    // Impls are indexed on the first impl query: their span, self type and trait may still be
    // filled in after they are appended (local impls from HIR get their span last).
    if (it.kind == ItemKind::Impl) m_pending_impls.push_back(id);
}

void Resolver::index_impls() const {
    sync();
    // Taken out first: indexing resolves self types, which may query impls again.
    std::vector<ItemId> pending;
    pending.swap(m_pending_impls);
    for (ItemId id : pending) index_impl(id);
}

void Resolver::index_impl(ItemId id) const {
    const Item& it = m_db.items[id];
    {
        m_impls_at[span_key(it.span)].push_back(id);
        ItemId self_def = self_def_of(it.crate, it.ty);
        if (self_def != kNone) m_impls_for[self_def].push_back(id);
        if (it.trait_ref == 0) {
            ItemId def = kNone;
            if (it.ty != 0) {
                const mir::TyNode& n = m_in.ty(it.ty);
                if (n.kind == mir::TyKind::Resolved) def = n.sym;
                else if (n.kind == mir::TyKind::Dyn) def = self_def; // `impl dyn Any`: by its principal trait
                // Impls the join rebuilt from bodies (rustdoc omitted them): the printed path.
                else if (n.kind == mir::TyKind::Path) def = self_def;
                else def = primitive_of(it.ty);
            }
            if (def != kNone) m_inherent[def].push_back(id);
        } else if (it.target != kNone) {
            m_trait_impls[it.target].push_back(id);
        } else if (ItemId trait = written_trait_of(id); trait != kNone) {
            m_trait_impls[trait].push_back(id);
        }
    }
}

// The trait of an impl whose trait path was left as written (impls inside fn bodies, recovered
// from HIR before the imports of their module could be followed): resolved where it is written.
ItemId Resolver::written_trait_of(ItemId impl) const {
    const Item& it = m_db.items[impl];
    if (it.trait_ref == 0 || it.parent == kNone) return kNone;
    const mir::TyNode& n = m_in.ty(it.trait_ref);
    if (n.kind != mir::TyKind::Path) return kNone;
    std::vector<Sym> names;
    for (TyId seg : m_in.children(it.trait_ref)) names.push_back(m_in.ty(seg).sym);
    ItemId trait = resolve_written(it.parent, names, Namespace::Type);
    return trait != kNone && m_db.items[trait].kind == ItemKind::Trait ? trait : kNone;
}

ItemId Resolver::primitive_named(Sym name) const {
    sync();
    auto it = m_primitives.find(name);
    return it == m_primitives.end() ? kNone : it->second;
}

ItemId Resolver::primitive_of(TyId ty) const {
    if (ty == 0) return kNone;
    const mir::TyNode& n = m_in.ty(ty);
    std::string_view name;
    if (n.kind == mir::TyKind::Int || n.kind == mir::TyKind::Uint ||
        n.kind == mir::TyKind::Float)
        name = m_in.str(n.sym);
    else if (const char* p = primitive_name(n, n.child_count))
        name = p;
    else
        return kNone;
    sync();
    for (auto [s, id] : m_primitives)
        if (m_in.str(s) == name) return id;
    return kNone;
}

ItemId Resolver::follow(ItemId id, Namespace ns, int depth) const {
    while (id != kNone && depth++ < kMaxDepth) {
        const Item& it = m_db.items[id];
        if (it.kind != ItemKind::Use && it.kind != ItemKind::ExternCrate) return id;
        id = it.target;
    }
    return id == kNone || depth >= kMaxDepth ? kNone : id;
}

ItemId Resolver::child_in(ItemId parent, Sym name, Namespace ns, int depth) const {
    if (parent == kNone || depth > kMaxDepth) return kNone;
    auto it = m_scope.find(scope_key(parent, name, ns));
    if (it != m_scope.end()) {
        ItemId found = follow(it->second, ns, depth);
        if (found != kNone) return found;
    }
    auto globs = m_globs.find(parent);
    if (globs == m_globs.end()) return kNone;
    // Glob imports form cycles (`use super::*` both ways): each module is searched once per
    // query, or the search is exponential in the depth limit.
    if (depth == 0) m_glob_seen.clear();
    if (std::find(m_glob_seen.begin(), m_glob_seen.end(), parent) != m_glob_seen.end())
        return kNone;
    m_glob_seen.push_back(parent);
    for (ItemId g : globs->second) {
        ItemId target = follow(m_db.items[g].target, Namespace::Type, depth);
        if (target == kNone || target == parent) continue;
        ItemId found = child_in(target, name, ns, depth + 1);
        if (found != kNone) return found;
    }
    return kNone;
}

ItemId Resolver::child_named(ItemId parent, Sym name, Namespace ns) const {
    sync();
    return child_in(follow(parent, Namespace::Type, 0), name, ns, 0);
}

ItemId Resolver::assoc_named(ItemId parent, Sym name, Namespace ns) const {
    index_impls();
    for (int depth = 0; parent != kNone && depth < 4; ++depth) {
        const Item& p = m_db.items[parent];
        switch (p.kind) {
        case ItemKind::Enum:
        case ItemKind::Trait:
        case ItemKind::Impl: {
            ItemId found = child_in(parent, name, ns, 0);
            if (found != kNone || p.kind == ItemKind::Impl) return found;
            if (p.kind == ItemKind::Trait) return kNone;
            break; // enums also have inherent impls
        }
        case ItemKind::TypeAlias: {
            ItemId def = kNone;
            if (p.ty != 0 && m_in.ty(p.ty).kind == mir::TyKind::Resolved) def = m_in.ty(p.ty).sym;
            else def = primitive_of(p.ty);
            parent = def;
            continue;
        }
        default:
            break;
        }
        auto impls = m_inherent.find(parent);
        if (impls != m_inherent.end())
            for (ItemId impl : impls->second) {
                ItemId found = child_in(impl, name, ns, 0);
                if (found != kNone) return found;
            }
        return kNone;
    }
    return kNone;
}

ItemId Resolver::walk(ItemId cur, std::span<const Sym> segments, Namespace ns) const {
    for (size_t i = 0; i < segments.size() && cur != kNone; ++i) {
        bool last = i + 1 == segments.size();
        Namespace seg_ns = last ? ns : Namespace::Type;
        ItemId next = child_in(cur, segments[i], seg_ns, 0);
        // A fn scope in the middle of a printed path (`main::Local`).
        if (next == kNone && !last) next = child_in(cur, segments[i], Namespace::Value, 0);
        if (next == kNone) {
            ItemKind k = m_db.items[cur].kind;
            if (k != ItemKind::Module) next = assoc_named(cur, segments[i], seg_ns);
            // `Type::method::Local`: a method in the middle, then an item local to it.
            if (next == kNone && k != ItemKind::Module && !last)
                next = assoc_named(cur, segments[i], Namespace::Value);
        }
        // `main::{closure#0}::Local`: items inside a closure or anon const are scoped to the
        // enclosing item (that is where HIR recovery puts them).
        if (next == kNone && !last && m_in.str(segments[i]).starts_with("{")) next = cur;
        cur = next;
    }
    return cur;
}

ItemId Resolver::resolve_in_crate(CrateId crate, std::span<const Sym> segments, Namespace ns) const {
    sync();
    if (crate >= m_db.crates.size()) return kNone;
    return walk(m_db.crates[crate].root, segments, ns);
}

ItemId Resolver::resolve_printed(CrateId from, std::span<const Sym> segments, Namespace ns) const {
    sync();
    if (segments.empty()) return kNone;
    CrateId ext = m_db.crate_named_in(from, segments[0], m_in.str(segments[0]));
    if (ext != kNone && ext != from) {
        ItemId found = walk(m_db.crates[ext].root, segments.subspan(1), ns);
        if (found != kNone) return found;
    }
    if (from < m_db.crates.size()) {
        ItemId found = walk(m_db.crates[from].root, segments, ns);
        if (found != kNone) return found;
    }
    if (ext == from && ext != kNone) return walk(m_db.crates[ext].root, segments.subspan(1), ns);
    return kNone;
}

ItemId Resolver::module_of(ItemId s) const {
    while (s != kNone && m_db.items[s].kind != ItemKind::Module) {
        const Item& it = m_db.items[s];
        if (it.parent == kNone && it.kind == ItemKind::Impl && it.span.file) {
            if (m_modules_by_file.empty())
                for (ItemId m = 0; m < m_db.items.size(); ++m) {
                    const Item& mi = m_db.items[m];
                    if (mi.kind == ItemKind::Module && mi.span.file)
                        m_modules_by_file[uint64_t(mi.crate) << 32 | mi.span.file].push_back(m);
                }
            auto found = m_modules_by_file.find(uint64_t(it.crate) << 32 | it.span.file);
            ItemId best = kNone;
            if (found != m_modules_by_file.end())
                for (ItemId m : found->second) {
                    const mir::Span& ms = m_db.items[m].span;
                    bool inside = ms.lo_line <= it.span.lo_line && it.span.lo_line <= ms.hi_line;
                    if (!inside) continue;
                    if (best == kNone || ms.hi_line - ms.lo_line < m_db.items[best].span.hi_line - m_db.items[best].span.lo_line)
                        best = m;
                }
            return best;
        }
        s = it.parent;
    }
    return s;
}

ItemId Resolver::resolve_written(ItemId scope, std::span<const Sym> segments, Namespace ns) const {
    sync();
    if (segments.empty() || scope == kNone || scope >= m_db.items.size()) return kNone;
    CrateId crate = m_db.items[scope].crate;
    std::string_view first = m_in.str(segments[0]);
    size_t i = 1;
    ItemId cur = kNone;
    if (first.empty() || first == "{{root}}") {
        // `::name::...`: an extern crate (2018 edition).
        if (segments.size() < 2) return kNone;
        CrateId c = m_db.crate_named(m_in.str(segments[1]));
        if (c == kNone) return kNone;
        cur = m_db.crates[c].root;
        i = 2;
    } else if (first == "crate" || first == "$crate") {
        cur = crate < m_db.crates.size() ? m_db.crates[crate].root : kNone;
    } else if (first == "self") {
        cur = module_of(scope);
    } else if (first == "super") {
        cur = module_of(m_db.items[module_of(scope)].parent);
        while (i < segments.size() && m_in.str(segments[i]) == "super" && cur != kNone) {
            cur = module_of(m_db.items[cur].parent);
            ++i;
        }
    } else {
        Namespace first_ns = segments.size() == 1 ? ns : Namespace::Type;
        // Lexical scopes: the fn bodies around the item, then its module.
        for (ItemId s = scope; s != kNone && cur == kNone;) {
            cur = child_in(s, segments[0], first_ns, 0);
            if (m_db.items[s].kind == ItemKind::Module) break;
            const Item& si = m_db.items[s];
            s = si.parent == kNone && si.kind == ItemKind::Impl ? module_of(s) : si.parent;
        }
        // Extern prelude, then the standard prelude, then primitive types.
        if (cur == kNone && segments.size() > 1) {
            CrateId c = m_db.crate_named_in(crate, segments[0], first);
            if (c != kNone) cur = m_db.crates[c].root;
        }
        if (cur == kNone) {
            for (const char* prelude_crate : {"std", "core"}) {
                CrateId c = m_db.crate_named(prelude_crate);
                if (c == kNone) continue;
                ItemId prelude = kNone;
                for (ItemId child : m_db.children(m_db.items[m_db.crates[c].root]))
                    if (m_db.items[child].kind == ItemKind::Module &&
                        m_in.str(m_db.items[child].name) == "prelude")
                        prelude = child;
                if (prelude == kNone) continue;
                for (ItemId edition : m_db.children(m_db.items[prelude]))
                    if (m_in.str(m_db.items[edition].name) == "rust_2021") {
                        cur = child_in(edition, segments[0], first_ns, 0);
                        break;
                    }
                if (cur != kNone) break;
            }
        }
        if (cur == kNone && first_ns == Namespace::Type) cur = primitive_named(segments[0]);
        if (cur == kNone && segments.size() == 1 && ns == Namespace::Type) {
            CrateId c = m_db.crate_named(first);
            if (c != kNone) cur = m_db.crates[c].root;
        }
    }
    if (cur == kNone) return kNone;
    return walk(cur, segments.subspan(i), ns);
}

ItemId Resolver::resolve_trimmed(CrateId from, std::span<const Sym> segments) const {
    sync();
    if (segments.empty()) return kNone;
    auto found = m_types_by_name.find(segments.back());
    static const std::vector<ItemId> none;
    ItemId best = kNone;
    for (ItemId id : found == m_types_by_name.end() ? none : found->second) {
        ItemId p = m_db.items[id].parent;
        bool ok = true;
        for (size_t k = segments.size() - 1; k-- > 0 && ok;) {
            if (p == kNone || m_db.items[p].name != segments[k]) ok = false;
            else p = m_db.items[p].parent;
        }
        if (!ok) continue;
        const Item& it = m_db.items[id];
        if (best == kNone || (it.crate == from && m_db.items[best].crate != from) ||
            (m_db.items[best].crate != from && it.crate < m_db.items[best].crate) ||
            ((it.flags & kPublic) && !(m_db.items[best].flags & kPublic) &&
             it.crate == m_db.items[best].crate))
            best = id;
    }
    // Visible paths relative to another crate's root (`iter::TrustedLen` printed in alloc).
    for (CrateId c = 0; best == kNone && segments.size() > 1 && c < m_db.crates.size(); ++c)
        best = walk(m_db.crates[c].root, segments, Namespace::Type);
    return best;
}

std::span<const ItemId> Resolver::impls_at(CrateId crate, const mir::Span& span) const {
    index_impls();
    auto it = m_impls_at.find(span_key(span));
    if (it == m_impls_at.end()) return {};
    // All impls at one place belong to one crate (a file is compiled into one crate).
    if (!it->second.empty() && m_db.items[it->second[0]].crate != crate) return {};
    return it->second;
}

ItemId Resolver::through_own_namesake(ItemId def, ItemId owner) const {
    if (def == kNone || owner == kNone || !(m_db.items[def].flags & kLocal)) return def;
    std::vector<Sym> below; // names from `a`'s child down to `def`
    for (ItemId a = def; a != kNone && (m_db.items[a].flags & kLocal); a = m_db.items[a].parent) {
        const Item& ai = m_db.items[a];
        for (ItemId o = owner; o != kNone; o = m_db.items[o].parent) {
            const Item& oi = m_db.items[o];
            if (o == a) return def; // already inside the right one
            if (oi.parent != ai.parent || oi.name != ai.name || oi.kind != ai.kind) continue;
            ItemId cur = o;
            for (auto n = below.rbegin(); n != below.rend() && cur != kNone; ++n) {
                ItemId next = kNone;
                for (ItemId c : m_db.children(m_db.items[cur]))
                    if (m_db.items[c].name == *n) next = c;
                if (next == kNone) next = child_in(cur, *n, Namespace::Value, 0);
                if (next == kNone) next = child_in(cur, *n, Namespace::Type, 0);
                cur = next;
            }
            return cur != kNone ? cur : def;
        }
        below.push_back(ai.name);
    }
    return def;
}

std::span<const ItemId> Resolver::inherent_impls_of(ItemId self_def) const {
    index_impls();
    auto it = m_inherent.find(self_def);
    if (it == m_inherent.end()) return {};
    return it->second;
}

std::span<const ItemId> Resolver::impls_of_trait(ItemId trait_def) const {
    index_impls();
    auto it = m_trait_impls.find(trait_def);
    if (it == m_trait_impls.end()) return {};
    return it->second;
}

std::span<const ItemId> Resolver::impls_for(ItemId self_def) const {
    index_impls();
    auto it = m_impls_for.find(self_def);
    if (it == m_impls_for.end()) return {};
    return it->second;
}

ItemId Resolver::self_def_of(CrateId from, TyId ty) const {
    while (ty != 0) {
        const mir::TyNode& n = m_in.ty(ty);
        if (n.kind != mir::TyKind::Ref && n.kind != mir::TyKind::RawPtr) break;
        ty = m_in.children(ty).back();
    }
    if (ty == 0) return kNone;
    const mir::TyNode& n = m_in.ty(ty);
    if (n.kind == mir::TyKind::Dyn && n.child_count > 0) return def_of(from, m_in.child(ty, 0));
    return def_of(from, ty);
}

ItemId Resolver::def_of(CrateId from, TyId ty) const {
    if (ty == 0) return kNone;
    const mir::TyNode& n = m_in.ty(ty);
    if (n.kind == mir::TyKind::Resolved) return n.sym;
    if (n.kind == mir::TyKind::Path) {
        std::vector<Sym> segs;
        for (TyId s : m_in.children(ty)) {
            const mir::TyNode& sn = m_in.ty(s);
            if (sn.kind != mir::TyKind::Segment) return kNone;
            segs.push_back(sn.sym);
        }
        return resolve_printed(from, segs, Namespace::Type);
    }
    return primitive_of(ty);
}

} // namespace mirage::items
