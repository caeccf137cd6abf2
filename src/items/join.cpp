#include "items/join.h"

#include "mir/printer.h"
#include "util/file.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <charconv>
#include <string_view>
#include <tuple>
#include <unordered_map>
#include <map>
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
    bool m_last_local = false; // the last unmapped body names an item local to a body
    // The last link picked its impl among equally good candidates by order alone (see
    // relink_by_neighbours).
    bool m_link_weak = false;
    // `<impl at SPAN>` spans the crate's MIR names: an impl rustdoc places at one of them is
    // that segment's, never a candidate for another span's macro-generated impl.
    void note_mir_impl_spans(const mir::Body& body) {
        if (!body.name || m_in.ty(body.name).kind != TyKind::Path) return;
        for (TyId seg : m_in.children(body.name)) {
            const TyNode& n = m_in.ty(seg);
            mir::Span span;
            if (n.kind == TyKind::ImplSegment && n.sym && parse_span(m_in.str(n.sym), m_in, span))
                m_mir_impl_spans.insert(span_key(span));
        }
    }

  private:
    // Impls of this crate with an item named `name`, any self type.
    std::span<const ItemId> impls_with_item(Sym name) {
        if (m_by_item_name.empty())
            for (ItemId i = 0; i < m_db.items.size(); ++i) {
                const Item& it = m_db.items[i];
                if (it.crate != m_crate || it.kind != ItemKind::Impl) continue;
                for (ItemId c : m_db.children(it))
                    m_by_item_name[m_db.item(c).name].push_back(i);
            }
        auto it = m_by_item_name.find(name);
        if (it == m_by_item_name.end()) return {};
        return it->second;
    }
    std::unordered_map<Sym, std::vector<ItemId>> m_by_item_name;

    // The local items (recovered from HIR) with the same parent, name and kind as `item`, in
    // source order.
    const std::vector<ItemId>& local_namesakes(ItemId item) {
        auto key = [&](ItemId i) {
            const Item& it = m_db.items[i];
            return std::tuple(it.parent, it.name, static_cast<int>(it.kind));
        };
        if (!m_namesakes_indexed) {
            m_namesakes_indexed = true;
            for (ItemId i = 0; i < m_db.items.size(); ++i) {
                const Item& it = m_db.items[i];
                if (it.crate == m_crate && (it.flags & kLocal) && it.parent != kNone) m_namesakes[key(i)].push_back(i);
            }
        }
        static const std::vector<ItemId> kEmpty;
        auto found = m_namesakes.find(key(item));
        return found == m_namesakes.end() ? kEmpty : found->second;
    }
    std::map<std::tuple<ItemId, Sym, int>, std::vector<ItemId>> m_namesakes;
    // Local item -> the one of its namesakes (itself included) a body was last linked to.
    std::unordered_map<ItemId, ItemId> m_recent_namesake;
    bool m_namesakes_indexed = false;

    // The `const _` items the HIR recovered in module `module`, in source order.
    std::vector<ItemId>& underscore_consts(ItemId module) {
        if (!m_underscore_indexed) {
            m_underscore_indexed = true;
            for (ItemId i = 0; i < m_db.items.size(); ++i) {
                const Item& it = m_db.items[i];
                if (it.crate == m_crate && it.kind == ItemKind::Const &&
                    (it.flags & kRecovered) && it.parent != kNone && m_in.str(it.name) == "_")
                    m_underscore[it.parent].push_back(i);
            }
        }
        return m_underscore[module];
    }
    // The impls local to module `module`'s `const _` items. Those a macro writes there have
    // no source position of their own (MIR names the span in the macro, shared by every
    // expansion): the join tells them apart by signature.
    std::vector<ItemId>& underscore_impls(ItemId module) {
        auto [it, inserted] = m_underscore_impls.try_emplace(module);
        if (inserted) {
            std::vector<ItemId>& consts = underscore_consts(module);
            std::unordered_set<ItemId> owners(consts.begin(), consts.end());
            for (ItemId i = 0; i < m_db.items.size(); ++i)
                if (m_db.items[i].kind == ItemKind::Impl && owners.contains(m_db.items[i].parent))
                    it->second.push_back(i);
        }
        return it->second;
    }
    bool is_underscore_const(ItemId id) {
        const Item& it = m_db.item(id);
        return it.kind == ItemKind::Const && (it.flags & kRecovered) && m_in.str(it.name) == "_";
    }
    std::unordered_map<ItemId, std::vector<ItemId>> m_underscore_impls;
    bool m_underscore_indexed = false;
    std::unordered_map<ItemId, std::vector<ItemId>> m_underscore;
    std::unordered_map<ItemId, size_t> m_next_underscore;

    std::span<const ItemId> candidates_from_signature(const mir::Body& body) {
        m_candidates.clear();
        std::unordered_set<ItemId> defs;
        std::unordered_set<TyId> seen;
        // Every type named in the signature, generic arguments included (`-> Result<u8, E>`).
        std::vector<TyId> stack;
        for (uint32_t a = 0; a <= body.arg_count && a < body.locals.size(); ++a)
            stack.push_back(body.locals[a].ty);
        while (!stack.empty()) {
            TyId t = stack.back();
            stack.pop_back();
            if (t == 0 || !seen.insert(t).second) continue;
            ItemId d = m_r.self_def_of(m_crate, t);
            if (d != kNone && defs.insert(d).second)
                for (ItemId impl : m_r.impls_for(d))
                    if (m_db.item(impl).crate == m_crate) m_candidates.push_back(impl);
            for (TyId c : m_in.children(t)) stack.push_back(c);
        }
        return m_candidates;
    }
    std::vector<ItemId> m_candidates;

  public:
    // Impls rustdoc leaves out although they are not inside a body: inherent impls on
    // primitive and `dyn` types outside the crate that documents the primitive (alloc's
    // `impl [T]`, `impl str`; core's `impl dyn Any`) and trait impls on primitives in crates
    // other than core (compiler_builtins' `impl MinInt for u32`). Recovered from the MIR:
    // an Impl item at the span with one item per body name, the signature taken from the body.
    struct RecoveredImpl {
        mir::Span span;
        ItemId module = kNone;
        TyId self_ty = 0;
        std::vector<ItemId> items;
        std::unordered_map<Sym, ItemId> by_name;
    };
    std::vector<RecoveredImpl> m_recovered;
    std::unordered_map<uint64_t, size_t> m_recovered_at;

  private:
    ItemId recovered_item(ItemId module, const mir::Span& span, Sym name, const mir::Body& body) {
        uint64_t key = (uint64_t(span.file) << 32) ^ (uint64_t(span.lo_line) << 12) ^ span.lo_col;
        auto [slot, inserted] = m_recovered_at.emplace(key, m_recovered.size());
        if (inserted) m_recovered.push_back(RecoveredImpl{span, module, 0, {}, {}});
        RecoveredImpl& r = m_recovered[slot->second];
        // `self`'s type behind its reference is the impl's self type.
        if (r.self_ty == 0)
            for (const mir::DebugVar& v : body.debug_vars)
                if (m_in.str(v.name) == "self" && !v.is_const && v.place.proj.count == 0 &&
                    v.place.local < body.locals.size()) {
                    TyId t = body.locals[v.place.local].ty;
                    if (m_in.ty(t).kind == TyKind::Ref) t = m_in.children(t).back();
                    r.self_ty = t;
                }
        auto found = r.by_name.find(name);
        if (found != r.by_name.end()) return found->second;
        Item item;
        item.crate = m_crate;
        item.name = name;
        item.flags = kHasBody | kRecovered;
        item.span = span;
        if (body.kind == mir::BodyKind::Fn) {
            item.kind = ItemKind::Function;
            std::vector<TyId> sig{body.locals[0].ty};
            for (uint32_t a = 1; a <= body.arg_count && a < body.locals.size(); ++a)
                sig.push_back(body.locals[a].ty);
            item.ty = m_in.intern_ty(TyKind::FnPtr, 0, 0, sig);
        } else {
            item.kind = ItemKind::AssocConst;
            if (!body.locals.empty()) item.ty = body.locals[0].ty;
        }
        ItemId id = static_cast<ItemId>(m_db.items.size());
        m_db.items.push_back(item);
        r.items.push_back(id);
        r.by_name.emplace(name, id);
        return id;
    }

    // The trait an `<impl at SPAN>` header names, read from the source (`impl fmt::Display for
    // $T` -> `Display`): tells apart the impls of one macro for one type. "" for an inherent
    // impl; "?" when unknown (`impl $Trait for $T`, unreadable file).
    std::string_view header_trait(const mir::Span& span);
    std::unordered_map<Sym, std::string> m_sources;
    const std::string& source(Sym file) {
        auto [it, inserted] = m_sources.try_emplace(file);
        if (inserted) {
            Result<std::string> text = read_file(std::string(m_in.str(file)));
            if (text) it->second = std::move(*text);
        }
        return it->second;
    }
    std::string_view source_line(Sym file, uint32_t line) {
        std::string_view src = source(file);
        size_t pos = 0;
        for (uint32_t l = 1; l < line && pos != std::string_view::npos; ++l) {
            pos = src.find('\n', pos);
            if (pos != std::string_view::npos) ++pos;
        }
        if (pos == std::string_view::npos || pos >= src.size()) return {};
        return src.substr(pos, src.find('\n', pos) - pos);
    }
    int trait_by_content(const std::vector<std::string_view>& traits, Sym name, const mir::Body& body);
    std::string_view m_header_trait = "?"; // pick_impl_item: of the pending impl segment

    ItemId pseudo(ItemId parent, Sym name, ItemKind kind, const mir::Body& body);
    // `strict`: the candidates were guessed (no rustdoc impl starts at the body's span), so
    // only an exact match counts and blanket impls (`impl<T> Tr for T`) are out.
    bool m_strict = false;
    ItemId m_owner = kNone; // pick_impl_item: the module (or item) the body's path names

    ItemId pick_impl_item(std::span<const ItemId> impls, Sym name, const mir::Body& body,
                          bool& ambiguous);
    int mismatches(TyId json, TyId mir_ty, TyId self_ty, int depth);
    ItemId m_cand_impl = kNone;
    bool m_picked_trait_match = false; // pick_impl_item: its pick implements the header's trait // mismatches: the impl whose item is weighed (its assoc types)
    bool matches(TyId json, TyId mir_ty, TyId self_ty, int depth) {
        return mismatches(json, mir_ty, self_ty, depth) == 0;
    }
    std::string prefix_key(std::span<const TyId> segs) {
        return std::string(reinterpret_cast<const char*>(segs.data()), segs.size() * sizeof(TyId));
    }

    static uint64_t span_key(const mir::Span& sp) {
        return (uint64_t(sp.file) << 40) ^ (uint64_t(sp.lo_line) << 16) ^ sp.lo_col;
    }
    // An impl whose own span another `<impl at ..>` segment than the pending one names.
    bool claimed_elsewhere(ItemId impl) const {
        const mir::Span& sp = m_db.item(impl).span;
        if (!sp.file) return false;
        uint64_t k = span_key(sp);
        return k != span_key(m_pending_span) && m_mir_impl_spans.contains(k);
    }
    std::unordered_set<uint64_t> m_mir_impl_spans;
    mir::Span m_pending_span; // pick_impl_item: the span of the pending impl segment

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

// Which of `traits` (of impls one macro writes with one signature, `impl fmt::$Trait for $T`)
// the body's own content names, or -1: a call to the same method of that trait for another
// type (`fmt::$Trait::fmt(&self.cast_unsigned(), f)`), else the macro invocation's source
// lines the body's tokens come from (`radix_integer! { fmt::Binary for i8 and u8, "0b", .. }`).
int Joiner::trait_by_content(const std::vector<std::string_view>& traits, Sym name,
                             const mir::Body& body) {
    auto only = [&](auto&& named) {
        int found = -1;
        for (int t = 0; t < int(traits.size()); ++t)
            if (named(traits[t])) {
                if (found >= 0 && traits[found] != traits[t]) return -1;
                found = t;
            }
        return found;
    };
    std::string_view method = m_in.str(name);
    int by_call = only([&](std::string_view tr) {
        std::string needle = std::string("::") + std::string(tr) + ">::" + std::string(method);
        std::string bare = std::string(" as ") + std::string(tr) + ">::" + std::string(method);
        for (const mir::Note& n : body.notes) {
            if (n.val == 0) continue;
            std::string_view v = m_in.str(n.val);
            if (v.find(needle) != std::string_view::npos || v.find(bare) != std::string_view::npos)
                return true;
        }
        return false;
    });
    if (by_call >= 0) return by_call;
    std::unordered_set<uint64_t> lines;
    auto add = [&](const mir::Span& sp) {
        if (sp.file && lines.size() < 256) lines.insert((uint64_t(sp.file) << 32) | sp.lo_line);
    };
    for (const mir::Note& n : body.notes) add(n.span);
    for (const mir::Statement& st : body.statements) add(st.span);
    for (const mir::LocalDecl& l : body.locals) add(l.span);
    return only([&](std::string_view tr) {
        for (uint64_t key : lines) {
            std::string_view line = source_line(Sym(key >> 32), uint32_t(key));
            // A macro invocation naming the trait as a whole word.
            if (line.find('!') == std::string_view::npos) continue;
            for (size_t p = line.find(tr); p != std::string_view::npos; p = line.find(tr, p + 1)) {
                auto ident = [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '_'; };
                bool left = p == 0 || !ident(line[p - 1]);
                bool right = p + tr.size() >= line.size() || !ident(line[p + tr.size()]);
                if (left && right) return true;
            }
        }
        return false;
    });
}

std::string_view Joiner::header_trait(const mir::Span& span) {
    std::string_view src = source(span.file);
    size_t pos = 0;
    for (uint32_t line = 1; line < span.lo_line && pos != std::string_view::npos; ++line) {
        pos = src.find('\n', pos);
        if (pos != std::string_view::npos) ++pos;
    }
    if (pos == std::string_view::npos || span.lo_col == 0) return "?";
    pos += span.lo_col - 1;
    if (pos >= src.size()) return "?";
    std::string_view h = src.substr(pos, 400);
    if (eat(h, "unsafe ")) {}
    if (!eat(h, "impl")) return "?";
    // The header's own generics, then `Trait for Ty` or `Ty` up to the body's `{`.
    int depth = 0;
    size_t trait_end = std::string_view::npos, end = h.size();
    for (size_t k = 0; k < h.size(); ++k) {
        char c = h[k];
        if (c == '<' || c == '(' || c == '[') ++depth;
        else if ((c == '>' && (k == 0 || h[k - 1] != '-')) || c == ')' || c == ']') --depth;
        else if (depth == 0 && c == '{') { end = k; break; }
        else if (depth == 0 && h.substr(k).starts_with(" for ") && trait_end == std::string_view::npos)
            trait_end = k;
        else if (depth == 0 && h.substr(k).starts_with(" where")) { end = k; break; }
    }
    if (trait_end == std::string_view::npos || trait_end > end) return "";
    std::string_view t = h.substr(0, trait_end);
    // Strip the header's generics (`impl<T: X> Tr<T> for`), then take the last path segment.
    if (t.starts_with("<")) {
        int d = 0;
        size_t k = 0;
        for (; k < t.size(); ++k) {
            if (t[k] == '<') ++d;
            else if (t[k] == '>' && t[k - 1] != '-' && --d == 0) break;
        }
        t.remove_prefix(std::min(t.size(), k + 1));
    }
    while (!t.empty() && (t.front() == ' ' || t.front() == '!' || t.front() == '\n')) t.remove_prefix(1);
    if (size_t lt = t.find('<'); lt != std::string_view::npos) t = t.substr(0, lt);
    if (size_t c = t.rfind("::"); c != std::string_view::npos) t.remove_prefix(c + 2);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    if (t.empty() || t.find_first_of("$ \n") != std::string_view::npos) return "?";
    return t;
}

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
    case TyKind::Path: {
        // `Self::Int` as written in an impl the HIR recovered: the impl's `type Int = u16;`.
        auto segs = m_in.children(json);
        if (segs.size() != 2 || m_in.str(m_in.ty(segs[0]).sym) != "Self" || m_cand_impl == kNone) break;
        ItemId assoc = m_r.child_named(m_cand_impl, m_in.ty(segs[1]).sym, Namespace::Type);
        if (assoc == kNone || m_db.item(assoc).kind != ItemKind::AssocType || m_db.item(assoc).ty == 0) return 0;
        return mismatches(m_db.item(assoc).ty, mir_ty, self_ty, depth + 1);
    }
    case TyKind::Resolved: {
        const Item& def = m_db.item(j.sym);
        // An alias is its target (`type Digit32 = u32;` in `&[Digit32]`); its parameters, if
        // any, match anything.
        if (def.kind == ItemKind::TypeAlias)
            return def.ty != 0 && def.ty != json ? mismatches(def.ty, mir_ty, self_ty, depth + 1) : 0;
        if (m.kind != TyKind::Path) return m.kind == TyKind::QPath && !m_strict ? 0 : 1;
        ItemId mdef = m_r.def_of(m_crate, mir_ty);
        // A generic parameter or a local type: cannot tell, unless nothing but a match counts.
        if (mdef == kNone) return m_strict ? 1 : 0;
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
    // A const generic parameter in the MIR prints like a type path (`Simd<i8, N>`).
    if (j.kind == TyKind::ConstArg && m.kind == TyKind::Path && m.child_count == 1 &&
        m_in.ty(m_in.child(mir_ty, 0)).child_count == 0) {
        std::string_view a = m_in.str(j.sym);
        return a.empty() || (a[0] >= '0' && a[0] <= '9') ? 1 : 0;
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
    case TyKind::ConstArg: {
        // Literal lengths must agree (`Simd<u8, 4>`); a named const parameter matches anything.
        auto digits = [](std::string_view t) {
            size_t n = 0;
            while (n < t.size() && t[n] >= '0' && t[n] <= '9') ++n;
            return t.substr(0, n);
        };
        std::string_view a = digits(m_in.str(j.sym)), b = digits(m_in.str(m.sym));
        return a.empty() || b.empty() || a == b ? 0 : 1;
    }
    case TyKind::Dyn: {
        // `dyn Any + Send` is not `dyn Any`: the same traits, in order (lifetimes aside).
        std::vector<TyId> mb;
        for (TyId b : m_in.children(mir_ty)) {
            if (m_in.ty(b).kind == TyKind::Binder) b = m_in.child(b, 0);
            if (m_in.ty(b).kind != TyKind::Lifetime) mb.push_back(b);
        }
        if (mb.size() != j.child_count) return 1;
        int bad = 0;
        for (uint32_t i = 0; i < j.child_count; ++i)
            bad += mismatches(m_in.child(json, i), mb[i], self_ty, depth + 1);
        return bad;
    }
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

// Every type node a body mentions (locals, projections, rvalues, constants, notes), children
// included: what tells apart impls whose items have the same signature.
void collect_types(const mir::Interner& in, const mir::Body& body, std::vector<TyId>& out) {
    std::unordered_set<TyId> seen;
    std::vector<TyId> stack;
    auto push = [&](TyId t) {
        if (t != 0 && seen.insert(t).second) stack.push_back(t);
    };
    for (const mir::LocalDecl& l : body.locals) push(l.ty);
    for (const mir::Projection& p : body.projections) push(p.ty);
    for (const mir::Statement& st : body.statements) push(st.rvalue.ty);
    for (const mir::ConstNode& c : body.consts) push(c.ty);
    for (const mir::Note& n : body.notes) push(n.ty);
    while (!stack.empty()) {
        TyId t = stack.back();
        stack.pop_back();
        out.push_back(t);
        for (TyId c : in.children(t)) push(c);
    }
}

ItemId Joiner::pick_impl_item(std::span<const ItemId> impls, Sym name, const mir::Body& body,
                              bool& ambiguous) {
    struct Candidate {
        ItemId item;
        int mismatches;
        int mentions;
        bool used;
        ItemId impl;
        bool wrong_trait;
        bool by_content = false; // its trait is the one the body's content names
    };
    std::vector<Candidate> cands;
    bool any_trait_match = false;
    for (ItemId impl : impls) {
        if (claimed_elsewhere(impl)) continue;
        ItemId item = m_r.child_named(impl, name, Namespace::Value);
        if (item == kNone) item = m_r.child_named(impl, name, Namespace::Type);
        if (item == kNone || m_db.item(item).parent != impl) continue;
        const Item& it = m_db.item(item);
        TyId self_ty = m_db.item(impl).ty;
        if (m_strict && (self_ty == 0 || m_in.ty(self_ty).kind == TyKind::Param)) continue;
        m_cand_impl = impl;
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
        bool wrong_trait = false;
        if (m_header_trait != "?") {
            const Item& im = m_db.item(impl);
            std::string_view tr = im.target != kNone ? m_in.str(m_db.item(im.target).name) : "";
            if (im.trait_ref != 0 && im.target == kNone) tr = "?";
            wrong_trait = tr != "?" && tr != m_header_trait;
            any_trait_match |= !wrong_trait;
        }
        m_cand_impl = kNone;
        bool used = m_used.contains((uint64_t(item) << 1) | body.ctfe);
        cands.push_back({item, score, 0, used, impl, wrong_trait});
    }
    if (const char* dbg = std::getenv("MIRAGE_JOIN_DEBUG");
        dbg && mir::type_to_string(m_in, body.name).find(dbg) != std::string::npos)
        std::fprintf(stderr, "  pick %s among %zu impls: %zu candidates, strict=%d\n",
                     std::string(m_in.str(name)).c_str(), impls.size(), cands.size(), m_strict);
    if (const char* dbg = std::getenv("MIRAGE_JOIN_DEBUG");
        dbg && m_strict && mir::type_to_string(m_in, body.name).find(dbg) != std::string::npos)
        for (const Candidate& c : cands)
            std::fprintf(stderr, "    impl %u mism=%d self=%s sig=%s body0=%s body1=%s\n", c.impl, c.mismatches,
                         mir::type_to_string(m_in, m_db.item(c.impl).ty).c_str(),
                         mir::type_to_string(m_in, m_db.item(c.item).ty).c_str(),
                         mir::type_to_string(m_in, body.locals[0].ty).c_str(),
                         mir::type_to_string(m_in, body.locals[1].ty).c_str());
    m_picked_trait_match = false;
    if (cands.empty()) return kNone;
    // Another trait than the header names counts as a mismatch, unless none implements that
    // name (renamed on import).
    if (any_trait_match)
        for (Candidate& c : cands) c.mismatches += c.wrong_trait ? 8 : 0;
    int best_mismatch = 1 << 30;
    for (const Candidate& c : cands) best_mismatch = std::min(best_mismatch, c.mismatches);
    if (m_strict && best_mismatch > 0) return kNone;
    size_t contenders = 0;
    for (const Candidate& c : cands) contenders += c.mismatches == best_mismatch;
    if (contenders > 1) {
        // Same signature: count how often each candidate's self type appears in the body.
        std::vector<TyId> types;
        collect_types(m_in, body, types);
        for (Candidate& c : cands) {
            if (c.mismatches != best_mismatch) continue;
            TyId self_ty = m_db.item(c.impl).ty;
            if (self_ty == 0 || m_in.ty(self_ty).kind == TyKind::Param) continue;
            for (TyId t : types) {
                TyKind k = m_in.ty(t).kind;
                if ((k == TyKind::Path || k == m_in.ty(self_ty).kind) &&
                    mismatches(self_ty, t, 0, 0) == 0)
                    ++c.mentions;
            }
        }
    }
    if (contenders > 1) {
        // Still tied (same self type): the trait the body itself names, if only one.
        int best_mentions = -1;
        for (const Candidate& c : cands)
            if (c.mismatches == best_mismatch) best_mentions = std::max(best_mentions, c.mentions);
        std::vector<Candidate*> tied;
        std::vector<std::string_view> traits;
        for (Candidate& c : cands) {
            const Item& im = m_db.item(c.impl);
            if (c.mismatches != best_mismatch || c.mentions != best_mentions || im.target == kNone)
                continue;
            tied.push_back(&c);
            traits.push_back(m_in.str(m_db.item(im.target).name));
        }
        if (tied.size() > 1) {
            int t = trait_by_content(traits, name, body);
            if (t >= 0)
                for (size_t k = 0; k < tied.size(); ++k) tied[k]->by_content = traits[k] == traits[t];
        }
    }
    // Then unused before used, then source order of the impls (the order rustc numbers them).
    auto before = [&](const Candidate& a, const Candidate& b) {
        if (a.mismatches != b.mismatches) return a.mismatches < b.mismatches;
        if (a.mentions != b.mentions) return a.mentions > b.mentions;
        if (a.by_content != b.by_content) return a.by_content;
        // An impl defined in the module the body's path names (macro-generated impls of
        // two same-named traits for one type: compiler_builtins' and libm's `Float`).
        bool ha = m_db.item(a.impl).parent == m_owner, hb = m_db.item(b.impl).parent == m_owner;
        if (ha != hb) return ha;
        if (a.used != b.used) return !a.used;
        uint32_t oa = m_db.item(a.impl).def_order, ob = m_db.item(b.impl).def_order;
        if (oa != ob) return oa < ob;
        const mir::Span& sa = m_db.item(a.impl).span;
        const mir::Span& sb = m_db.item(b.impl).span;
        if (sa.file != sb.file) return sa.file < sb.file;
        if (sa.lo_line != sb.lo_line) return sa.lo_line < sb.lo_line;
        if (sa.lo_col != sb.lo_col) return sa.lo_col < sb.lo_col;
        return a.impl < b.impl;
    };
    std::sort(cands.begin(), cands.end(), before);
    if (const char* dbg = std::getenv("MIRAGE_JOIN_DEBUG");
        dbg && mir::type_to_string(m_in, body.name).find(dbg) != std::string::npos)
        for (const Candidate& c : cands)
            std::fprintf(stderr, "  cand impl %u (%s:%u) item %u mismatches=%d mentions=%d used=%d self=%s sig=%s\n",
                         c.impl, std::string(m_in.str(m_db.item(c.impl).span.file)).c_str(),
                         m_db.item(c.impl).span.lo_line, c.item, c.mismatches, c.mentions, c.used,
                         mir::type_to_string(m_in, m_db.item(c.impl).ty).c_str(),
                         mir::type_to_string(m_in, m_db.item(c.item).ty).c_str());
    // Ambiguous: only the arbitrary last key (the item id) decided.
    auto same_keys = [&](const Candidate& x, const Candidate& y) {
        const Item& ix = m_db.item(x.impl);
        const Item& iy = m_db.item(y.impl);
        return x.mismatches == y.mismatches && x.mentions == y.mentions && x.used == y.used &&
               x.by_content == y.by_content &&
               (ix.parent == m_owner) == (iy.parent == m_owner) &&
               ix.def_order == iy.def_order && ix.span.file == iy.span.file &&
               ix.span.lo_line == iy.span.lo_line && ix.span.lo_col == iy.span.lo_col;
    };
    if (cands.size() > 1 && same_keys(cands[0], cands[1])) ambiguous = true;
    // Only whether it was linked before, or source order, told the best two apart.
    if (cands.size() > 1) {
        const Candidate& x = cands[0];
        const Candidate& y = cands[1];
        if (x.mismatches == y.mismatches && x.mentions == y.mentions && x.by_content == y.by_content &&
            (m_db.item(x.impl).parent == m_owner) == (m_db.item(y.impl).parent == m_owner))
            m_link_weak = true;
    }
    m_picked_trait_match = m_header_trait != "?" && !cands[0].wrong_trait;
    return cands[0].item;
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
    // An ambiguous `<impl at ..>` awaiting the next name: its candidates (maybe none yet).
    bool pending = false;
    bool pending_unmatched = false; // no rustdoc impl starts at the span
    mir::Span pending_span;
    ItemId pending_owner = kNone;
    std::span<const ItemId> pending_impls;
    for (size_t i = 0; i < segs.size() && cur != kNone; ++i) {
        const TyNode& seg = m_in.ty(segs[i]);
        bool last = i + 1 == segs.size();
        if (seg.kind == TyKind::ImplSegment) {
            mir::Span span;
            if (seg.sym == 0 || !parse_span(m_in.str(seg.sym), m_in, span)) return out;
            std::span<const ItemId> impls = m_r.impls_at(m_crate, span);
            pending_unmatched = impls.empty();
            pending_span = span;
            pending_owner = cur;
            bool in_const = is_underscore_const(cur) && m_db.item(cur).parent != kNone;
            if (impls.empty() && in_const) {
                // An impl a macro writes inside `const _ = { .. }`: among those of the
                // module's `const _` items, by signature (pick_impl_item, strict).
                impls = underscore_impls(m_db.item(cur).parent);
                pending_owner = m_db.item(cur).parent;
                pending_impls = impls;
                pending = true;
                continue;
            }
            if (impls.empty()) {
                // A macro-generated impl: MIR names the span inside the macro, rustdoc the
                // invocation. Candidates: the impls of the types in the body's signature.
                impls = candidates_from_signature(body);
            } else if (impls.size() == 1) {
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
            pending = true;
            continue;
        }
        std::string_view text = m_in.str(seg.sym);
        if (pending && is_disambiguated(text)) {
            // An anon const or closure in the header of a macro-generated impl: nothing in it
            // tells the impls apart; take them in source order.
            pending = false;
            std::vector<ItemId> order(pending_impls.begin(), pending_impls.end());
            auto key = [&](ItemId a) {
                const Item& it = m_db.item(a);
                return std::tuple(it.def_order, it.span.file, it.span.lo_line, it.span.lo_col);
            };
            std::sort(order.begin(), order.end(), [&](ItemId a, ItemId b) {
                return key(a) != key(b) ? key(a) < key(b) : a < b;
            });
            if (order.empty()) return out;
            size_t pick = 0;
            for (size_t k = 0; k < order.size(); ++k)
                if (!m_pseudo.contains((uint64_t(order[k]) << 32) | seg.sym)) {
                    pick = k;
                    break;
                }
            cur = order[pick];
            ambiguous = (pick > 0 && key(order[pick - 1]) == key(order[pick])) ||
                        (pick + 1 < order.size() && key(order[pick + 1]) == key(order[pick]));
            ItemKind k = text.starts_with("{constant#") ? ItemKind::AnonConst : ItemKind::Closure;
            cur = pseudo(cur, seg.sym, k, body);
            continue;
        }
        if (pending) {
            pending = false;
            m_strict = pending_unmatched;
            m_header_trait = header_trait(pending_span);
            m_pending_span = pending_span;
            m_owner = pending_owner;
            bool in_body = pending_unmatched && pending_owner != kNone &&
                           m_db.item(pending_owner).kind != ItemKind::Module;
            cur = in_body ? kNone : pick_impl_item(pending_impls, seg.sym, body, ambiguous);
            // Guessed from the signature alone, of another trait than the header names (an
            // assoc const `BITS: u32` of `impl Float for $ty` is no item of `impl Int for
            // u32`): the impls with an item of that name, if one of the header's trait fits.
            if (cur != kNone && pending_unmatched && !in_body && !m_picked_trait_match &&
                m_header_trait != "?") {
                bool alt_ambiguous = false;
                ItemId alt = pick_impl_item(impls_with_item(seg.sym), seg.sym, body, alt_ambiguous);
                if (alt != kNone && m_picked_trait_match) {
                    cur = alt;
                    ambiguous = alt_ambiguous;
                }
            }
            if (cur == kNone && pending_unmatched && !in_body)
                cur = pick_impl_item(impls_with_item(seg.sym), seg.sym, body, ambiguous);
            m_strict = false;
            m_header_trait = "?";
            m_pending_span = mir::Span{};
            if (cur == kNone && pending_unmatched && pending_owner != kNone) {
                ItemKind k = m_db.item(pending_owner).kind;
                if (k == ItemKind::Module) cur = recovered_item(pending_owner, pending_span, seg.sym, body);
                else m_last_local = true; // an impl inside a fn body
            }
            if (cur != kNone) m_prefix[prefix_key(segs.first(i + 1))] = cur;
            continue;
        }
        if (text.starts_with("promoted[")) {
            if (!last) return out;
            out.promoted = body.promoted;
            break;
        }
        if (text == "_") {
            // `const _: () = ..;` items: rustdoc omits them and several share one path. The
            // body itself makes a new one; bodies nested in it follow the latest.
            std::string key = prefix_key(segs.first(i + 1));
            auto memo = m_prefix.find(key);
            // Those the HIR recovered (hir_items.h), in source order: a const's own body
            // takes the next one; a body nested in one goes to the const that declares the
            // next name.
            std::vector<ItemId>& hir_consts = underscore_consts(cur);
            if (!last && !hir_consts.empty()) {
                const TyNode& next = m_in.ty(segs[i + 1]);
                ItemId owner = kNone;
                if (next.kind != TyKind::ImplSegment && !is_disambiguated(m_in.str(next.sym)))
                    for (ItemId c : hir_consts)
                        if (m_r.child_named(c, next.sym, Namespace::Value) != kNone ||
                            m_r.child_named(c, next.sym, Namespace::Type) != kNone) {
                            owner = c;
                            break;
                        }
                if (owner != kNone) {
                    cur = owner;
                    continue;
                }
                // An impl inside one: which is told by the impl's signature (see above).
                if (next.kind == TyKind::ImplSegment) {
                    cur = hir_consts[0];
                    continue;
                }
            }
            if (!last && memo != m_prefix.end()) {
                cur = memo->second;
                continue;
            }
            size_t& next_const = m_next_underscore[cur];
            if (last && next_const < hir_consts.size()) {
                cur = hir_consts[next_const++];
                m_prefix[key] = cur;
                continue;
            }
            Item item;
            item.kind = ItemKind::Const;
            item.crate = m_crate;
            item.name = seg.sym;
            item.parent = cur;
            item.flags = kHasBody;
            if (!body.locals.empty()) item.ty = body.locals[0].ty;
            cur = static_cast<ItemId>(m_db.items.size());
            m_db.items.push_back(item);
            m_prefix[key] = cur;
            continue;
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
        // Items inside a closure or anon const are scoped to the enclosing item (HIR puts
        // them there).
        for (ItemId up = cur; next == kNone && up != kNone &&
                              (m_db.item(up).kind == ItemKind::Closure ||
                               m_db.item(up).kind == ItemKind::AnonConst);) {
            up = m_db.item(up).parent;
            if (up == kNone) break;
            next = m_r.child_named(up, seg.sym, ns);
            if (next == kNone)
                next = m_r.child_named(up, seg.sym, last ? Namespace::Type : Namespace::Value);
        }
        if (!last && next != kNone && (m_db.item(next).flags & kLocal)) {
            // A body nested in one of several same-named items (`do_panic::runtime` of each
            // `const_panic!` expansion): rustc prints it after its owner's own bodies.
            auto recent = m_recent_namesake.find(next);
            if (recent != m_recent_namesake.end()) next = recent->second;
        }
        if (last && next != kNone && (m_db.item(next).flags & kLocal)) {
            // Items of one name in separate blocks of one body (a macro's `const N_SHIFT` in
            // each expansion) share the body's path: their bodies come in source order.
            const std::vector<ItemId>& same = local_namesakes(next);
            if (same.size() > 1)
                for (ItemId x : same)
                    if (!m_used.contains((uint64_t(x) << 1) | body.ctfe)) {
                        next = x;
                        break;
                    }
        }
        if (next == kNone) {
            // A field (anon consts in field types: `Struct::0::{constant#0}`).
            ItemKind k = m_db.item(cur).kind;
            if (k == ItemKind::Struct || k == ItemKind::Union || k == ItemKind::Variant)
                for (ItemId f : m_db.children(m_db.item(cur)))
                    if (m_db.item(f).name == seg.sym) next = f;
        }
        if (next == kNone) {
            ItemKind k = m_db.item(cur).kind;
            if (const char* dbg = std::getenv("MIRAGE_JOIN_DEBUG");
                dbg && mir::type_to_string(m_in, body.name).find(dbg) != std::string::npos) {
                const Item& ci = m_db.item(cur);
                std::fprintf(stderr, "  no %s in item %u (kind %d, parent %u, self=%s); children:",
                             std::string(text).c_str(), cur, int(ci.kind), ci.parent,
                             ci.parent != kNone ? mir::type_to_string(m_in, m_db.item(ci.parent).ty).c_str() : "");
                for (ItemId c : m_db.children(ci)) std::fprintf(stderr, " %s", std::string(m_in.str(m_db.item(c).name)).c_str());
                std::fprintf(stderr, "\n");
            }
            // A name inside a body: an item defined in a fn (rustdoc omits those).
            m_last_local = k == ItemKind::Function || k == ItemKind::Closure ||
                           k == ItemKind::Const || k == ItemKind::Static ||
                           k == ItemKind::AssocConst || k == ItemKind::AnonConst;
        }
        cur = next;
    }
    if (pending || cur == kNone) return out;
    if (const char* dbg = std::getenv("MIRAGE_JOIN_DEBUG");
        dbg && mir::type_to_string(m_in, body.name).find(dbg) != std::string::npos)
        std::fprintf(stderr, "  %s -> item %u (parent %u)\n",
                     mir::type_to_string(m_in, body.name).c_str(), cur, m_db.item(cur).parent);
    out.item = cur;
    if ((m_db.item(cur).flags & kLocal) && m_db.item(cur).parent != kNone) {
        const std::vector<ItemId>& same = local_namesakes(cur);
        if (same.size() > 1)
            for (ItemId x : same) m_recent_namesake[x] = cur;
    }
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

// One macro writes many impls at one `<impl at SPAN>` (`nonzero_integer!` for u8, u16, ..): a
// body whose signature does not tell them apart (`const BITS: u32`) was linked by order alone.
// rustc emits an impl's bodies together, so the impl of such a body is that of its neighbours
// with the same impl segment whose signatures did tell (`leading_zeros(self: NonZero<u8>)`),
// as long as no body of the same item name comes between (that is the next impl's).
static void relink_by_neighbours(ItemDb& db, mir::Interner& in, const Resolver& r, std::span<const mir::Body> bodies,
                                 uint32_t first_body, const std::vector<uint8_t>& weak) {
    // Per body: the key of its path up to the impl segment, and the item name after it
    // (0 for bodies nested deeper or without an impl segment).
    std::vector<std::string> prefix(bodies.size());
    std::vector<Sym> name(bodies.size(), 0);
    for (size_t i = 0; i < bodies.size(); ++i) {
        TyId path = bodies[i].name;
        if (!path || in.ty(path).kind != TyKind::Path) continue;
        auto segs = in.children(path);
        for (size_t k = 0; k < segs.size(); ++k)
            if (in.ty(segs[k]).kind == TyKind::ImplSegment && in.ty(segs[k]).sym) {
                if (k + 2 != segs.size()) break;
                prefix[i].assign(reinterpret_cast<const char*>(segs.data()), (k + 1) * sizeof(TyId));
                name[i] = in.ty(segs[k + 1]).sym;
                break;
            }
    }
    std::unordered_set<ItemId> touched;
    for (size_t i = 0; i < bodies.size(); ++i) {
        BodyLink& link = db.body_links[first_body + i];
        if (!weak[i] || !name[i] || link.item == kNone || link.promoted != kNone) continue;
        ItemId impl = kNone;
        for (int dir : {1, -1}) {
            for (size_t j = i + dir; j < bodies.size() && impl == kNone; j += dir) {
                if (prefix[j].empty()) continue; // nested bodies (closures, promoteds) interleave
                if (prefix[j] != prefix[i] || name[j] == name[i]) break;
                ItemId other = db.body_links[first_body + j].item;
                if (weak[j] || other == kNone) continue;
                ItemId p = db.item(other).parent;
                if (p != kNone && db.item(p).kind == ItemKind::Impl) impl = p;
                break;
            }
            if (impl != kNone) break;
        }
        if (impl == kNone) continue;
        ItemId item = r.child_named(impl, name[i], Namespace::Value);
        if (item == kNone) item = r.child_named(impl, name[i], Namespace::Type);
        if (item == kNone || item == link.item || db.item(item).parent != impl) continue;
        touched.insert(link.item);
        touched.insert(item);
        link.item = item;
    }
    if (touched.empty()) return;
    // The bodies of the items involved, from the links as they are now.
    for (ItemId it : touched) {
        db.items[it].body = kNone;
        db.items[it].ctfe_body = kNone;
    }
    for (size_t i = 0; i < bodies.size(); ++i) {
        const BodyLink& link = db.body_links[first_body + i];
        if (link.item == kNone || link.promoted != kNone || !touched.contains(link.item)) continue;
        if (bodies[i].ctfe) db.items[link.item].ctfe_body = first_body + uint32_t(i);
        else db.items[link.item].body = first_body + uint32_t(i);
    }
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
    // Recovered impls are appended after their items, so the resolver indexes them whole.
    struct Finish {
        ItemDb& db;
        Joiner& joiner;
        CrateId crate;
        ~Finish() {
            for (Joiner::RecoveredImpl& r : joiner.m_recovered) {
                Item impl;
                impl.kind = ItemKind::Impl;
                impl.flags = kRecovered;
                impl.crate = crate;
                impl.parent = r.module;
                impl.span = r.span;
                impl.ty = r.self_ty;
                impl.children = {static_cast<uint32_t>(db.lists.size()),
                                 static_cast<uint32_t>(r.items.size())};
                db.lists.insert(db.lists.end(), r.items.begin(), r.items.end());
                ItemId id = static_cast<ItemId>(db.items.size());
                for (ItemId c : r.items) db.items[c].parent = id;
                db.items.push_back(impl);
            }
        }
    } finish{db, joiner, crate};
    for (const mir::Body& b : bodies) joiner.note_mir_impl_spans(b);
    std::vector<uint8_t> weak(bodies.size(), 0);
    for (uint32_t i = 0; i < bodies.size(); ++i) {
        bool ambiguous = false;
        joiner.m_last_local = false;
        joiner.m_link_weak = false;
        BodyLink l = joiner.link(bodies[i], first_body + i, ambiguous);
        weak[i] = joiner.m_link_weak;
        db.body_links[first_body + i] = l;
        ++stats.bodies;
        if (l.item == kNone) {
            ++stats.unmapped;
            if (joiner.m_last_local) ++stats.unmapped_local;
            stats.unmapped_is_local.push_back(joiner.m_last_local);
            stats.unmapped_bodies.push_back(first_body + i);
        } else if (ambiguous) {
            ++stats.ambiguous;
            stats.ambiguous_bodies.push_back(first_body + i);
        }
    }
    relink_by_neighbours(db, interner, resolver, bodies, first_body, weak);
    // MIRAGE_JOIN_DUMP=1: every body's item path (debugging the join; `mirage sysroot-stats`).
    if (std::getenv("MIRAGE_JOIN_DUMP"))
        for (uint32_t i = 0; i < bodies.size(); ++i) {
            std::string path;
            for (ItemId p = db.body_links[first_body + i].item; p != kNone; p = db.item(p).parent) {
                const Item& x = db.item(p);
                std::string seg = x.kind == ItemKind::Impl ? "{impl " + mir::type_to_string(interner, x.ty) + "}"
                                                           : std::string(interner.str(x.name)) + "#" + std::to_string(p);
                path = path.empty() ? seg : seg + "::" + path;
            }
            std::fprintf(stderr, "link %u %s -> %s\n", first_body + i,
                         mir::type_to_string(interner, bodies[i].name).c_str(), path.c_str());
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
    UndefinedTypes out;

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
    ItemId def = m_r.resolve_printed(m_crate, names, value ? Namespace::Value : Namespace::Type);
    if (def == kNone && value) def = m_r.resolve_printed(m_crate, names, Namespace::Type);
    if (def == kNone) def = m_r.resolve_trimmed(m_crate, names);
    if (def != kNone) return;
    // A lone name without arguments that is nothing else: a generic parameter; `T::Item`:
    // a projection on one.
    std::string_view first = m_in.str(names[0]);
    bool param_like = names.size() == 1 ||
                      (!first.empty() && ((first[0] >= 'A' && first[0] <= 'Z') || first[0] == '_'));
    if (m_in.ty(segs[0]).child_count == 0 && param_like &&
        m_r.resolve_printed(m_crate, std::span<const Sym>(names.data(), 1), Namespace::Type) == kNone &&
        m_db.crate_named(m_in.str(names[0])) == kNone && names.size() <= 2)
        return;
    // Paths as written in a user type annotation: `crate::a::B`, `super::B`.
    std::string_view head = m_in.str(names[0]);
    if (names.size() > 1 && (head == "crate" || head == "super" || head == "self")) {
        std::span<const Sym> rest(names.data() + 1, names.size() - 1);
        if (head == "crate" ? m_r.resolve_in_crate(m_crate, rest, Namespace::Type) != kNone
                            : m_r.resolve_trimmed(m_crate, rest) != kNone)
            return;
    }
    // Inside a body (a fn, closure or const on the way): an item rustdoc does not list.
    bool is_local = false;
    for (Sym n : names) is_local |= m_in.str(n).starts_with("{") || m_in.str(n) == "_";
    for (size_t k = names.size() - 1; k > 0 && !is_local; --k) {
        std::span<const Sym> prefix(names.data(), k);
        ItemId owner = m_r.resolve_printed(m_crate, prefix, Namespace::Value);
        if (owner == kNone) owner = m_r.resolve_printed(m_crate, prefix, Namespace::Type);
        if (owner == kNone) continue;
        ItemKind kind = m_db.item(owner).kind;
        is_local = kind == ItemKind::Function || kind == ItemKind::Const ||
                   kind == ItemKind::Static || kind == ItemKind::AssocConst ||
                   kind == ItemKind::Closure || kind == ItemKind::AnonConst;
        break;
    }
    out.types.push_back(ty);
    out.is_local.push_back(is_local);
    out.local += is_local;
}

} // namespace

UndefinedTypes undefined_types(const ItemDb& db, const mir::Interner& interner,
                               const Resolver& resolver, CrateId crate,
                               std::span<const mir::Body> bodies) {
    UndefinedScan scan(db, interner, resolver, crate);
    for (const mir::Body& b : bodies) {
        for (const mir::LocalDecl& l : b.locals) scan.visit(l.ty);
        for (const mir::Projection& p : b.projections) scan.visit(p.ty);
        for (const mir::Statement& s : b.statements) {
            if (s.kind != mir::StatementKind::Assign) continue;
            const mir::Rvalue& rv = s.rvalue;
            bool value = rv.kind == mir::RvalueKind::ThreadLocalRef ||
                         (rv.kind == mir::RvalueKind::Aggregate &&
                         (rv.op == static_cast<uint8_t>(mir::AggregateKind::AdtUnit) ||
                          rv.op == static_cast<uint8_t>(mir::AggregateKind::AdtTuple) ||
                          rv.op == static_cast<uint8_t>(mir::AggregateKind::AdtStruct)));
            scan.visit(rv.ty, value);
        }
        for (const mir::ConstNode& c : b.consts)
            if (c.kind != mir::ConstKind::Path) scan.visit(c.ty, c.kind == mir::ConstKind::AdtTuple ||
                                                                    c.kind == mir::ConstKind::AdtStruct);
        for (const mir::Note& n : b.notes) scan.visit(n.ty);
    }
    return std::move(scan.out);
}

} // namespace mirage::items
