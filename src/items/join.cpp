#include "items/join.h"

#include <charconv>
#include <string_view>
#include <unordered_map>
#include <unordered_set>

namespace mirage::items {

namespace {

using mir::TyKind;
using mir::TyNode;

bool parse_uint(std::string_view& s, uint32_t& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    if (ec != std::errc() || p == s.data()) return false;
    s.remove_prefix(static_cast<size_t>(p - s.data()));
    return true;
}

bool eat(std::string_view& s, std::string_view prefix) {
    if (!s.starts_with(prefix)) return false;
    s.remove_prefix(prefix.size());
    return true;
}

// Pseudo-item segments: `{closure#0}`, `{constant#1}`, `{coroutine#..}`, `{synthetic#0}`...
bool is_disambiguated(std::string_view name) { return name.starts_with("{") && name.ends_with("}"); }

class Joiner {
  public:
    Joiner(ItemDb& db, mir::Interner& in, const Resolver& r, CrateId crate)
        : m_db(db), m_in(in), m_r(r), m_crate(crate) {}

    BodyLink link(const mir::Body& body, uint32_t global, bool& ambiguous);

  private:
    ItemId pseudo(ItemId parent, Sym name, ItemKind kind, const mir::Body& body);
    ItemId pick_impl_item(std::span<const ItemId> impls, Sym name, const mir::Body& body,
                          bool& ambiguous);
    int mismatches(TyId json, TyId mir_ty, TyId self_ty, int depth);
    bool matches(TyId json, TyId mir_ty, TyId self_ty, int depth) {
        return mismatches(json, mir_ty, self_ty, depth) == 0;
    }
    std::string prefix_key(std::span<const TyId> segs) {
        return std::string(reinterpret_cast<const char*>(segs.data()), segs.size() * sizeof(TyId));
    }

    ItemDb& m_db;
    mir::Interner& m_in;
    const Resolver& m_r;
    CrateId m_crate;
    // Pseudo-items by (parent, name).
    std::unordered_map<uint64_t, ItemId> m_pseudo;
    // The item the last body with a given path prefix resolved through (see join.h).
    std::unordered_map<std::string, ItemId> m_prefix;
    std::unordered_set<uint64_t> m_used; // (item, ctfe) already linked
};

ItemId Joiner::pseudo(ItemId parent, Sym name, ItemKind kind, const mir::Body& body) {
    uint64_t key = (uint64_t(parent) << 32) | name;
    auto it = m_pseudo.find(key);
    if (it != m_pseudo.end()) return it->second;
    Item item;
    item.kind = kind;
    item.crate = m_crate;
    item.name = name;
    item.parent = parent;
    item.flags = kHasBody;
    if (kind == ItemKind::Closure && body.arg_count >= 1 && body.locals.size() > 1) {
        // The closure's own type is its first argument, possibly behind a reference.
        TyId t = body.locals[1].ty;
        while (t != 0 && (m_in.ty(t).kind == TyKind::Ref || m_in.ty(t).kind == TyKind::RawPtr))
            t = m_in.children(t).back();
        if (t != 0 && m_in.ty(t).kind == TyKind::Braced) item.ty = t;
    }
    // Coroutines print their type as the body's yield/resume context; their first argument
    // is `Pin<&mut {coroutine@..}>` or similar: find the Braced node inside.
    if (kind == ItemKind::Closure && item.ty == 0 && body.locals.size() > 1) {
        std::vector<TyId> stack{body.locals[1].ty};
        while (!stack.empty() && item.ty == 0) {
            TyId t = stack.back();
            stack.pop_back();
            if (t == 0) continue;
            if (m_in.ty(t).kind == TyKind::Braced) item.ty = t;
            for (TyId c : m_in.children(t)) stack.push_back(c);
        }
    }
    ItemId id = static_cast<ItemId>(m_db.items.size());
    m_db.items.push_back(item);
    m_pseudo.emplace(key, id);
    if (item.ty != 0) m_db.closure_items.emplace(item.ty, id);
    return id;
}

// How many parts of a MIR type disagree with a rustdoc type (Resolved nodes, `Self` standing
// for `self_ty`, generic parameters matching anything).
int Joiner::mismatches(TyId json, TyId mir_ty, TyId self_ty, int depth) {
    if (json == mir_ty || depth > 8) return 0;
    if (json == 0 || mir_ty == 0) {
        // 0 is `()` on one side (a fn without `->`)
        TyId other = json ? json : mir_ty;
        const TyNode& o = m_in.ty(other);
        return o.kind == TyKind::Tuple && o.child_count == 0 ? 0 : 1;
    }
    const TyNode& j = m_in.ty(json);
    const TyNode& m = m_in.ty(mir_ty);
    switch (j.kind) {
    case TyKind::Param:
        if (m_in.str(j.sym) == "Self" && self_ty != 0 && self_ty != json)
            return mismatches(self_ty, mir_ty, 0, depth + 1);
        return 0;
    case TyKind::QPath:
    case TyKind::Impl:
    case TyKind::Infer:
        return 0;
    case TyKind::Resolved: {
        if (m.kind != TyKind::Path) return m.kind == TyKind::QPath ? 0 : 1;
        const Item& def = m_db.item(j.sym);
        if (def.kind == ItemKind::TypeAlias) return 0;
        ItemId mdef = m_r.def_of(m_crate, mir_ty);
        if (mdef == kNone) return 0; // cannot tell (a local type)
        if (mdef != j.sym) return 1;
        auto jargs = m_in.children(json);
        auto msegs = m_in.children(mir_ty);
        auto margs = m_in.children(msegs.back());
        std::vector<TyId> mtypes;
        for (TyId a : margs)
            if (m_in.ty(a).kind != TyKind::Lifetime) mtypes.push_back(a);
        int bad = 0;
        size_t k = 0;
        for (TyId a : jargs) {
            if (m_in.ty(a).kind == TyKind::AssocEq) continue;
            if (k >= mtypes.size()) break;
            bad += mismatches(a, mtypes[k++], self_ty, depth + 1);
        }
        return bad;
    }
    default:
        break;
    }
    if (j.kind != m.kind) return 1;
    switch (j.kind) {
    case TyKind::Int:
    case TyKind::Uint:
    case TyKind::Float:
        return j.sym == m.sym ? 0 : 1;
    case TyKind::Ref:
    case TyKind::RawPtr:
        if ((j.flags & mir::kMut) != (m.flags & mir::kMut)) return 1;
        return mismatches(m_in.children(json).back(), m_in.children(mir_ty).back(), self_ty,
                          depth + 1);
    case TyKind::Slice:
    case TyKind::Array:
        return mismatches(m_in.child(json, 0), m_in.child(mir_ty, 0), self_ty, depth + 1);
    case TyKind::Tuple: {
        if (j.child_count != m.child_count) return 1;
        int bad = 0;
        for (uint32_t i = 0; i < j.child_count; ++i)
            bad += mismatches(m_in.child(json, i), m_in.child(mir_ty, i), self_ty, depth + 1);
        return bad;
    }
    default:
        return 0;
    }
}

ItemId Joiner::pick_impl_item(std::span<const ItemId> impls, Sym name, const mir::Body& body,
                              bool& ambiguous) {
    ItemId best = kNone;
    int best_score = 1 << 30;
    bool best_used = true;
    int ties = 0;
    for (ItemId impl : impls) {
        ItemId item = m_r.child_named(impl, name, Namespace::Value);
        if (item == kNone) item = m_r.child_named(impl, name, Namespace::Type);
        if (item == kNone) continue;
        const Item& it = m_db.item(item);
        TyId self_ty = m_db.item(impl).ty;
        int score = 0;
        if (it.kind == ItemKind::Function && it.ty != 0 &&
            m_in.ty(it.ty).kind == TyKind::FnPtr) {
            auto sig = m_in.children(it.ty);
            if (sig.size() - 1 != body.arg_count) score += 4;
            else {
                score += mismatches(sig[0], body.locals[0].ty, self_ty, 0);
                for (uint32_t a = 1; a < sig.size() && a < body.locals.size(); ++a)
                    score += mismatches(sig[a], body.locals[a].ty, self_ty, 0);
            }
        } else if (it.ty != 0 && !body.locals.empty()) {
            score += mismatches(it.ty, body.locals[0].ty, self_ty, 0);
        }
        // Same score: the self type named most often in the body's locals decides.
        if (score == 0 && impls.size() > 1 && self_ty != 0) {
            int seen = 0;
            for (const mir::LocalDecl& l : body.locals)
                if (matches(self_ty, l.ty, 0, 0)) ++seen;
            score = seen > 0 ? 0 : 1;
        }
        bool used = m_used.contains((uint64_t(item) << 1) | body.ctfe);
        if (score < best_score || (score == best_score && best_used && !used)) {
            best = item;
            best_score = score;
            best_used = used;
            ties = 0;
        } else if (score == best_score && used == best_used) {
            ++ties;
        }
    }
    if (ties > 0) ambiguous = true;
    return best;
}

BodyLink Joiner::link(const mir::Body& body, uint32_t global, bool& ambiguous) {
    BodyLink out;
    TyId name = body.name;
    if (name == 0) return out;
    const TyNode& root = m_in.ty(name);
    if (root.kind != TyKind::Path) return out;
    auto segs = m_in.children(name);
    if (m_crate >= m_db.crates.size()) return out;
    ItemId cur = m_db.crates[m_crate].root;
    std::span<const ItemId> pending_impls; // an ambiguous `<impl at ..>` awaiting the next name
    for (size_t i = 0; i < segs.size() && cur != kNone; ++i) {
        const TyNode& seg = m_in.ty(segs[i]);
        bool last = i + 1 == segs.size();
        if (seg.kind == TyKind::ImplSegment) {
            mir::Span span;
            if (seg.sym == 0 || !parse_span(m_in.str(seg.sym), m_in, span)) return out;
            std::span<const ItemId> impls = m_r.impls_at(m_crate, span);
            if (impls.empty()) return out;
            if (impls.size() == 1) {
                cur = impls[0];
                continue;
            }
            // Nested bodies follow their owner: reuse what the same prefix resolved to.
            if (i + 2 < segs.size()) {
                auto memo = m_prefix.find(prefix_key(segs.first(i + 2)));
                if (memo != m_prefix.end()) {
                    cur = memo->second;
                    ++i;
                    continue;
                }
            }
            pending_impls = impls;
            continue;
        }
        std::string_view text = m_in.str(seg.sym);
        if (!pending_impls.empty()) {
            cur = pick_impl_item(pending_impls, seg.sym, body, ambiguous);
            pending_impls = {};
            if (cur != kNone) m_prefix[prefix_key(segs.first(i + 1))] = cur;
            continue;
        }
        if (text.starts_with("promoted[")) {
            if (!last) return out;
            out.promoted = body.promoted;
            break;
        }
        if (is_disambiguated(text)) {
            ItemKind k = text.starts_with("{constant#") ? ItemKind::AnonConst : ItemKind::Closure;
            cur = pseudo(cur, seg.sym, k, body);
            continue;
        }
        Namespace ns = last ? Namespace::Value : Namespace::Type;
        ItemId next = m_r.child_named(cur, seg.sym, ns);
        if (next == kNone) next = m_r.child_named(cur, seg.sym, last ? Namespace::Type : Namespace::Value);
        if (next == kNone && m_db.item(cur).kind != ItemKind::Module)
            next = m_r.assoc_named(cur, seg.sym, ns);
        cur = next;
    }
    if (!pending_impls.empty() || cur == kNone) return out;
    out.item = cur;
    if (out.promoted == kNone) {
        m_used.insert((uint64_t(cur) << 1) | body.ctfe);
        Item& it = m_db.items[cur];
        if (body.ctfe) it.ctfe_body = global;
        else it.body = global;
    }
    return out;
}

} // namespace

bool parse_span(std::string_view text, mir::Interner& interner, mir::Span& out) {
    // FILE:L:C: L:C — the file name may contain ':' so parse from the end.
    size_t sep = text.rfind(": ");
    if (sep == std::string_view::npos) return false;
    std::string_view hi = text.substr(sep + 2);
    std::string_view head = text.substr(0, sep);
    size_t c1 = head.rfind(':');
    if (c1 == std::string_view::npos) return false;
    size_t l1 = head.rfind(':', c1 - 1);
    if (l1 == std::string_view::npos || c1 == 0) return false;
    std::string_view lo_line = head.substr(l1 + 1, c1 - l1 - 1);
    std::string_view lo_col = head.substr(c1 + 1);
    if (!parse_uint(lo_line, out.lo_line) || !parse_uint(lo_col, out.lo_col)) return false;
    if (!parse_uint(hi, out.hi_line) || !eat(hi, ":") || !parse_uint(hi, out.hi_col)) return false;
    out.file = interner.intern(head.substr(0, l1));
    return true;
}

JoinStats join_crate(ItemDb& db, mir::Interner& interner, const Resolver& resolver, CrateId crate,
                     std::span<const mir::Body> bodies, uint32_t first_body) {
    JoinStats stats;
    if (crate >= db.crates.size()) return stats;
    db.crates[crate].first_body = first_body;
    db.crates[crate].body_count = static_cast<uint32_t>(bodies.size());
    if (db.body_links.size() < first_body + bodies.size())
        db.body_links.resize(first_body + bodies.size());
    Joiner joiner(db, interner, resolver, crate);
    for (uint32_t i = 0; i < bodies.size(); ++i) {
        bool ambiguous = false;
        BodyLink l = joiner.link(bodies[i], first_body + i, ambiguous);
        db.body_links[first_body + i] = l;
        ++stats.bodies;
        if (l.item == kNone) {
            ++stats.unmapped;
            stats.unmapped_bodies.push_back(first_body + i);
        } else if (ambiguous) {
            ++stats.ambiguous;
        }
    }
    return stats;
}

namespace {

class UndefinedScan {
  public:
    UndefinedScan(const ItemDb& db, const mir::Interner& in, const Resolver& r, CrateId crate)
        : m_db(db), m_in(in), m_r(r), m_crate(crate) {}

    // `value`: the path names a value (an aggregate's variant or struct), not a type.
    void visit(TyId ty, bool value = false);
    std::vector<TyId> found;

  private:
    void path(TyId ty, bool value);
    const ItemDb& m_db;
    const mir::Interner& m_in;
    const Resolver& m_r;
    CrateId m_crate;
    std::unordered_set<uint64_t> m_seen;
};

void UndefinedScan::visit(TyId ty, bool value) {
    if (ty == 0) return;
    if (!m_seen.insert((uint64_t(ty) << 1) | value).second) return;
    const TyNode& n = m_in.ty(ty);
    switch (n.kind) {
    case TyKind::Path:
        path(ty, value);
        return;
    case TyKind::FnDef:
        // The signature is made of types; the path names a fn (a value).
        visit(m_in.child(ty, 0));
        for (TyId seg : m_in.children(m_in.child(ty, 1)))
            for (TyId a : m_in.children(seg)) visit(a);
        return;
    case TyKind::QPath: {
        auto kids = m_in.children(ty);
        visit(kids[0]);
        if (kids[1] != 0) visit(kids[1]);
        for (size_t i = 2; i < kids.size(); ++i)
            for (TyId a : m_in.children(kids[i])) visit(a);
        return;
    }
    case TyKind::Braced:
    case TyKind::Lifetime:
    case TyKind::ConstArg:
        return;
    default:
        for (TyId c : m_in.children(ty)) visit(c);
    }
}

void UndefinedScan::path(TyId ty, bool value) {
    auto segs = m_in.children(ty);
    std::vector<Sym> names;
    for (TyId s : segs) {
        const TyNode& sn = m_in.ty(s);
        for (TyId a : m_in.children(s)) visit(a);
        if (sn.kind != TyKind::Segment) return; // `<impl ..>` segments: not a type definition
        names.push_back(sn.sym);
    }
    // A lone name without arguments that is not an item of the crate root: a generic parameter.
    if (names.size() == 1 && m_in.ty(segs[0]).child_count == 0 &&
        m_r.resolve_printed(m_crate, names, Namespace::Type) == kNone)
        return;
    ItemId def = m_r.resolve_printed(m_crate, names, value ? Namespace::Value : Namespace::Type);
    if (def == kNone && value) def = m_r.resolve_printed(m_crate, names, Namespace::Type);
    if (def == kNone) found.push_back(ty);
}

} // namespace

std::vector<TyId> undefined_types(const ItemDb& db, const mir::Interner& interner,
                                  const Resolver& resolver, CrateId crate,
                                  std::span<const mir::Body> bodies) {
    UndefinedScan scan(db, interner, resolver, crate);
    for (const mir::Body& b : bodies) {
        for (const mir::LocalDecl& l : b.locals) scan.visit(l.ty);
        for (const mir::Projection& p : b.projections) scan.visit(p.ty);
        for (const mir::Statement& s : b.statements) {
            if (s.kind != mir::StatementKind::Assign) continue;
            const mir::Rvalue& rv = s.rvalue;
            bool value = rv.kind == mir::RvalueKind::Aggregate &&
                         (rv.op == static_cast<uint8_t>(mir::AggregateKind::AdtUnit) ||
                          rv.op == static_cast<uint8_t>(mir::AggregateKind::AdtTuple) ||
                          rv.op == static_cast<uint8_t>(mir::AggregateKind::AdtStruct));
            scan.visit(rv.ty, value);
        }
        for (const mir::ConstNode& c : b.consts)
            if (c.kind != mir::ConstKind::Path) scan.visit(c.ty, c.kind == mir::ConstKind::AdtTuple ||
                                                                    c.kind == mir::ConstKind::AdtStruct);
        for (const mir::Note& n : b.notes) scan.visit(n.ty);
    }
    return std::move(scan.found);
}

} // namespace mirage::items
