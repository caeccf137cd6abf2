#include "items/hir_items.h"

#include "items/hir_parser.h"
#include "mir/printer.h"
#include "util/file.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <unordered_map>

namespace mirage::items {

namespace {

using hir::HirCrate;
using hir::HirItem;
using hir::HirKind;
using mir::TyKind;

class LocalLoader {
  public:
    LocalLoader(ItemDb& db, mir::Interner& in, Resolver& resolver, CrateId crate,
                const HirCrate& hir)
        : m_db(db), m_in(in), m_res(resolver), m_crate(crate), m_hir(hir),
          m_map(hir.items.size(), kNone) {}

    HirLoadStats run() {
        // rustdoc documents only `pub use`: the private imports written paths rely on
        // (`use crate::fmt;` before `impl fmt::Debug for X`) come from the HIR.
        add_module_uses();
        // Every `const _` of a module, bodies with local items or not, so that the join can
        // bind them to the MIR's `module::_` bodies in order.
        for (uint32_t h = 1; h < m_hir.items.size(); ++h) {
            const HirItem& c = m_hir.items[h];
            if (c.kind == HirKind::Const && c.depth == 0 && c.name &&
                m_hir.items[c.parent].kind == HirKind::Module && m_in.str(c.name) == "_")
                owner_item(h);
        }
        // rustdoc leaves out the impls on primitives outside core (alloc's `impl<T> [T]`,
        // `impl Float for f64` in compiler_builtins), and all impls of some private types:
        // rebuilt here with their generics.
        recover_primitive_impls();
        // Spans first: the resolver indexes an impl by its span when it first sees it.
        place_impls();
        for (uint32_t root : m_hir.local_roots) {
            uint32_t owner = hir::enclosing_body_owner(m_hir, root);
            ItemId parent = owner == kNone ? kNone : owner_item(owner);
            if (parent == kNone) {
                ++m_stats.owners_missing;
                if (std::getenv("MIRAGE_HIR_DEBUG")) debug_missing(root, owner);
                continue;
            }
            Ctx ctx;
            ctx.scope = parent;
            create(root, parent, ctx);
        }
        return m_stats;
    }

  private:
    void debug_missing(uint32_t root, uint32_t owner) const {
        std::string chain;
        for (uint32_t p = root; p != kNone && p != 0; p = m_hir.items[p].parent) {
            const HirItem& h = m_hir.items[p];
            chain = std::to_string(static_cast<int>(h.kind)) + ":" +
                    (h.name ? std::string(m_in.str(h.name)) : "_") + "@" +
                    std::to_string(h.depth) + (chain.empty() ? "" : " / ") + chain;
        }
        std::fprintf(stderr, "hir: no owner (%s) for %s\n", owner == kNone ? "none" : "not found",
                     chain.c_str());
    }
    struct Ctx {
        ItemId scope = kNone;
        std::vector<Sym> generics; // names of the generic parameters in scope
        TyId self_ty = 0;          // inside an impl: its (resolved) self type
    };

    // ---- private imports at module level ----
    static std::vector<Sym> use_segments(mir::Interner& in, Sym text) {
        std::vector<Sym> segs;
        std::string_view t = in.str(text);
        size_t pos = 0;
        while (pos <= t.size()) {
            size_t end = t.find("::", pos);
            if (end == std::string_view::npos) end = t.size();
            segs.push_back(in.intern(t.substr(pos, end - pos)));
            pos = end + 2;
        }
        return segs;
    }
    void add_module_uses() {
        std::vector<uint32_t> pending;
        for (uint32_t h = 1; h < m_hir.items.size(); ++h) {
            const HirItem& u = m_hir.items[h];
            if (u.kind == HirKind::Use && u.depth == 0 && u.text &&
                m_hir.items[u.parent].kind == HirKind::Module && (u.name || (u.flags & kGlob)))
                pending.push_back(h);
        }
        // Imports may go through other imports: repeat until nothing more resolves.
        for (bool progress = true; progress && !pending.empty();) {
            progress = false;
            std::vector<uint32_t> left;
            for (uint32_t h : pending) {
                const HirItem& u = m_hir.items[h];
                ItemId module = module_item_of_module(u.parent);
                if (module == kNone) continue;
                std::vector<Sym> segs = use_segments(m_in, u.text);
                bool any = false;
                for (Namespace ns : {Namespace::Type, Namespace::Value, Namespace::Macro}) {
                    if ((u.flags & kGlob) && ns != Namespace::Type) break;
                    ItemId target = m_res.resolve_written(module, segs, ns);
                    if (target == kNone || target == module) continue;
                    any = true;
                    Item it;
                    it.kind = ItemKind::Use;
                    it.flags = static_cast<uint32_t>(u.flags & kGlob);
                    it.crate = m_crate;
                    it.name = u.name;
                    it.parent = module;
                    it.text = u.text;
                    it.target = target;
                    // Appended after rustdoc's items: a documented item of the same name
                    // keeps its place in the resolver's scope.
                    m_db.items.push_back(it);
                }
                if (any) progress = true;
                else left.push_back(h);
            }
            pending.swap(left);
        }
    }
    // rustdoc's item for the HIR module `m` itself.
    ItemId module_item_of_module(uint32_t m) {
        auto memo = m_modules.find(m);
        if (memo != m_modules.end()) return memo->second;
        std::vector<Sym> path = module_path(m);
        if (m != 0) path.push_back(m_hir.items[m].name);
        ItemId found = path.empty() ? m_db.crates[m_crate].root
                                    : m_res.resolve_in_crate(m_crate, path, Namespace::Type);
        if (found != kNone && m_db.items[found].kind != ItemKind::Module) found = kNone;
        m_modules[m] = found;
        return found;
    }

    // ---- impls on primitives (and on types without any) that rustdoc omits ----
    void recover_primitive_impls() {
        std::map<uint32_t, std::vector<uint32_t>> by_module; // HIR module -> its impls
        for (uint32_t h = 1; h < m_hir.items.size(); ++h) {
            const HirItem& it = m_hir.items[h];
            if (it.kind != HirKind::Impl || it.depth != 0 ||
                m_hir.items[it.parent].kind != HirKind::Module)
                continue;
            ItemId module = module_item_of_module(it.parent);
            if (module == kNone) continue;
            ItemId self_def = def_named(module, it.ty);
            if (self_def == kNone) continue;
            // Also the impls of types rustdoc lists none for (libm's `Status`, `FpResult<T>`
            // in compiler_builtins' `#[path]` module): it omitted them all.
            if (m_db.items[self_def].kind != ItemKind::Primitive &&
                (m_db.items[self_def].crate != m_crate || !m_res.impls_for(self_def).empty()))
                continue;
            if (container_item(h) != kNone) continue;
            by_module[it.parent].push_back(h);
        }
        for (auto& [hm, impls] : by_module) {
            ItemId module = module_item_of_module(hm);
            const mir::Span& ms = m_db.items[module].span;
            // The header positions in the module's source, less those rustdoc's impls hold.
            std::vector<hir::SourceImpl> found;
            if (ms.file) {
                const std::string* text = source(ms.file);
                if (text) {
                    auto r = hir::scan_source_impls(*text, ms.lo_line, ms.hi_line);
                    if (r.ok()) found = std::move(*r);
                }
            }
            std::vector<bool> used(found.size(), false);
            for (size_t k = 0; k < found.size(); ++k) {
                mir::Span at;
                at.file = ms.file;
                at.lo_line = found[k].line;
                at.lo_col = found[k].col;
                used[k] = !m_res.impls_at(m_crate, at).empty();
            }
            for (uint32_t h : impls) {
                const HirItem& hi = m_hir.items[h];
                std::string trait = last_name(hi.trait_ref), self = last_name(hi.ty);
                for (size_t k = 0; k < found.size(); ++k) {
                    if (used[k] || found[k].trait_name != trait || found[k].self_name != self)
                        continue;
                    used[k] = true;
                    mir::Span sp;
                    sp.file = ms.file;
                    sp.lo_line = sp.hi_line = found[k].line;
                    sp.lo_col = sp.hi_col = found[k].col;
                    m_impl_spans[h] = sp;
                    break;
                }
                // Macro-generated ones keep no span: the join finds them by signature.
                Ctx ctx;
                ctx.scope = module;
                m_recovering = true;
                ItemId id = create(h, module, ctx);
                m_recovering = false;
                m_containers[h] = id;
            }
        }
    }

    // ---- the enclosing fn among rustdoc's items ----
    std::vector<Sym> module_path(uint32_t i) const {
        std::vector<Sym> path;
        for (uint32_t p = m_hir.items[i].parent; p != kNone && p != 0; p = m_hir.items[p].parent)
            if (m_hir.items[p].kind == HirKind::Module) path.push_back(m_hir.items[p].name);
        std::reverse(path.begin(), path.end());
        return path;
    }
    ItemId module_item(uint32_t i) const {
        std::vector<Sym> path = module_path(i);
        if (path.empty()) return m_db.crates[m_crate].root;
        return m_res.resolve_in_crate(m_crate, path, Namespace::Type);
    }
    // The written path of a syntax Path node: its segment names.
    std::vector<Sym> segments(TyId t) const {
        std::vector<Sym> out;
        if (t == 0 || m_in.ty(t).kind != TyKind::Path) return out;
        for (TyId s : m_in.children(t))
            out.push_back(m_in.ty(s).sym);
        return out;
    }
    ItemId def_named(ItemId scope, TyId t) const {
        std::vector<Sym> segs = segments(t);
        if (segs.empty()) {
            return m_res.primitive_of(t);
        }
        return m_res.resolve_written(scope, segs, Namespace::Type);
    }

    ItemId owner_item(uint32_t owner) {
        if (m_map[owner] != kNone) return m_map[owner];
        const HirItem& o = m_hir.items[owner];
        if (o.depth > 0) return kNone; // a local owner whose tree was not created
        const HirItem& parent = m_hir.items[o.parent];
        ItemId found = kNone;
        if (parent.kind == HirKind::Module && o.kind == HirKind::Const &&
            m_in.str(o.name) == "_") {
            // `const _: () = { .. };`: rustdoc omits it, and several share the path
            // `module::_`. Made here, in source order; the join binds each to its body.
            ItemId module = module_item_of_module(o.parent);
            if (module != kNone) {
                Item it;
                it.kind = ItemKind::Const;
                it.flags = kHasBody | kRecovered;
                it.crate = m_crate;
                it.name = o.name;
                it.parent = module;
                Ctx ctx;
                ctx.scope = module;
                it.ty = convert(o.ty, ctx);
                found = static_cast<ItemId>(m_db.items.size());
                m_db.items.push_back(it);
            }
        } else if (parent.kind == HirKind::Module) {
            std::vector<Sym> path = module_path(owner);
            path.push_back(o.name);
            found = m_res.resolve_in_crate(m_crate, path, Namespace::Value);
        } else if (parent.kind == HirKind::Impl || parent.kind == HirKind::Trait) {
            ItemId container = container_item(o.parent);
            if (container != kNone) found = m_res.child_named(container, o.name, Namespace::Value);
        }
        m_map[owner] = found;
        return found;
    }

    // rustdoc's item for the module-level impl or trait `c` of the HIR.
    ItemId container_item(uint32_t c) {
        auto memo = m_containers.find(c);
        if (memo != m_containers.end()) return memo->second;
        const HirItem& it = m_hir.items[c];
        ItemId module = module_item(c);
        ItemId found = kNone;
        if (module != kNone && it.kind == HirKind::Trait) {
            found = m_res.child_named(module, it.name, Namespace::Type);
        } else if (module != kNone && it.kind == HirKind::Impl) {
            ItemId self_def = def_named(module, it.ty);
            std::vector<ItemId> candidates;
            if (it.trait_ref != 0) {
                ItemId trait = def_named(module, it.trait_ref);
                if (trait != kNone)
                    for (ItemId impl : m_res.impls_of_trait(trait))
                        if (self_def == kNone || m_res.def_of(m_crate, m_db.items[impl].ty) ==
                                                     self_def)
                            candidates.push_back(impl);
            } else if (self_def != kNone) {
                for (ItemId impl : m_res.inherent_impls_of(self_def))
                    candidates.push_back(impl);
            }
            // Several impls of one trait for one type in one module (`From<A>` and `From<B>`,
            // a specialization and its default): the HIR and rustdoc list them in source
            // order, so the k-th HIR impl of the module with this key is the k-th by span.
            std::vector<ItemId> here;
            // (rustdoc's impls may have their type as parent: located by the module's span.)
            const mir::Span& ms = m_db.items[module].span;
            for (ItemId cand : candidates) {
                const mir::Span& cs = m_db.items[cand].span;
                if (m_db.items[cand].crate == m_crate && cs.file == ms.file &&
                    cs.lo_line >= ms.lo_line && cs.lo_line <= ms.hi_line)
                    here.push_back(cand);
            }
            if (here.size() > 1) {
                std::vector<uint32_t> siblings = same_key_impls(c, module);
                std::sort(here.begin(), here.end(), [&](ItemId a, ItemId b) {
                    const mir::Span& x = m_db.items[a].span;
                    const mir::Span& y = m_db.items[b].span;
                    return std::tie(x.lo_line, x.lo_col, a) < std::tie(y.lo_line, y.lo_col, b);
                });
                auto pos = std::find(siblings.begin(), siblings.end(), c) - siblings.begin();
                if (siblings.size() == here.size() && fns_match(c, here[pos])) {
                    m_containers[c] = here[pos];
                    return here[pos];
                }
            }
            // Otherwise those of this crate whose items include every fn of the HIR impl, those
            // in the module first (`SliceIndex<[T]>` and `SliceIndex<str>` for `Range<usize>`
            // in two modules).
            std::vector<ItemId> ordered = here;
            ordered.insert(ordered.end(), candidates.begin(), candidates.end());
            for (ItemId cand : ordered) {
                if (m_db.items[cand].crate != m_crate) continue;
                bool all = true;
                for (uint32_t child : it.children)
                    if (m_hir.items[child].kind == HirKind::Fn &&
                        m_res.child_named(cand, m_hir.items[child].name, Namespace::Value) ==
                            kNone)
                        all = false;
                if (all) {
                    found = cand;
                    break;
                }
            }
        }
        if (found == kNone && std::getenv("MIRAGE_HIR_DEBUG") && it.kind == HirKind::Impl) {
            ItemId self_def = module == kNone ? kNone : def_named(module, it.ty);
            ItemId trait = module == kNone || !it.trait_ref ? kNone : def_named(module, it.trait_ref);
            std::fprintf(stderr, "hir: impl not found: module=%d self=%s(%d) trait=%s(%d) n=%zu\n",
                         int(module), mir::type_to_string(m_in, it.ty).c_str(), int(self_def),
                         it.trait_ref ? mir::type_to_string(m_in, it.trait_ref).c_str() : "-",
                         int(trait), trait == kNone ? 0 : m_res.impls_of_trait(trait).size());
        }
        m_containers[c] = found;
        return found;
    }

    // Module-level HIR impls of module `module` with the trait and self type of impl `c`,
    // in print (= source) order.
    std::vector<uint32_t> same_key_impls(uint32_t c, ItemId module) {
        const HirItem& it = m_hir.items[c];
        auto key = [&](const HirItem& h) {
            return std::pair(def_named(module, h.ty),
                             h.trait_ref ? def_named(module, h.trait_ref) : kNone);
        };
        auto want = key(it);
        std::vector<uint32_t> out;
        for (uint32_t sib : m_hir.items[it.parent].children) {
            const HirItem& h = m_hir.items[sib];
            if (h.kind == HirKind::Impl && (h.trait_ref != 0) == (it.trait_ref != 0) &&
                key(h) == want)
                out.push_back(sib);
        }
        return out;
    }
    bool fns_match(uint32_t c, ItemId impl) const {
        for (uint32_t child : m_hir.items[c].children)
            if (m_hir.items[child].kind == HirKind::Fn &&
                m_res.child_named(impl, m_hir.items[child].name, Namespace::Value) == kNone)
                return false;
        return true;
    }

    // ---- types ----
    TyId intern(TyKind k, uint8_t flags, Sym s, const std::vector<TyId>& kids) {
        return m_in.intern_ty(k, flags, s, kids);
    }
    TyId convert(TyId t, const Ctx& ctx) {
        if (t == 0) return 0;
        const mir::TyNode n = m_in.ty(t);
        std::vector<TyId> kids(m_in.children(t).begin(), m_in.children(t).end());
        if (n.kind == TyKind::Path) {
            std::vector<Sym> segs = segments(t);
            const mir::TyNode last = m_in.ty(kids.back());
            if (segs.size() == 1 && last.child_count == 0) {
                std::string_view name = m_in.str(segs[0]);
                if (name == "Self")
                    return ctx.self_ty ? ctx.self_ty : intern(TyKind::Param, 0, segs[0], {});
                if (std::find(ctx.generics.begin(), ctx.generics.end(), segs[0]) !=
                    ctx.generics.end())
                    return intern(TyKind::Param, 0, segs[0], {});
            }
            ItemId def = m_res.resolve_written(ctx.scope, segs, Namespace::Type);
            if (def == kNone) {
                ++m_stats.unresolved_paths;
                return t;
            }
            std::vector<TyId> args;
            for (TyId a : m_in.children(kids.back())) {
                if (a != 0 && m_in.ty(a).kind == TyKind::Lifetime) continue;
                args.push_back(convert(a, ctx));
            }
            return intern(TyKind::Resolved, 0, def, args);
        }
        if (n.kind == TyKind::Lifetime || n.kind == TyKind::ConstArg || n.kind == TyKind::Infer)
            return t;
        for (TyId& k : kids)
            if (k != 0 && n.kind != TyKind::QPath) k = convert(k, ctx);
        if (n.kind == TyKind::QPath && kids.size() >= 2) {
            kids[0] = convert(kids[0], ctx);
            kids[1] = convert(kids[1], ctx);
        }
        return intern(n.kind, n.flags, n.sym, kids);
    }
    Range convert_bounds(const std::vector<TyId>& bounds, const Ctx& ctx) {
        Range r{static_cast<uint32_t>(m_db.bounds.size()), 0};
        std::vector<Bound> out;
        for (TyId b : bounds) {
            Bound bound;
            TyId inner = b;
            const mir::TyNode& n = m_in.ty(b);
            if (n.kind == TyKind::Lifetime) continue;
            if (n.kind == TyKind::Binder) {
                std::string_view m = m_in.str(n.sym);
                if (m == "?") bound.modifier = BoundModifier::Maybe;
                else if (m == "[const]" || m == "~const") bound.modifier = BoundModifier::MaybeConst;
                inner = m_in.child(b, 0);
                if (m_in.ty(inner).kind == TyKind::Binder) inner = m_in.child(inner, 0);
            }
            bound.trait_ref = convert(inner, ctx);
            out.push_back(bound);
        }
        m_db.bounds.insert(m_db.bounds.end(), out.begin(), out.end());
        r.count = static_cast<uint32_t>(out.size());
        return r;
    }

    Generics generics(const HirItem& h, Ctx& ctx) {
        Generics g;
        for (const hir::HirParam& p : h.params)
            if (p.kind != ParamKind::Lifetime) ctx.generics.push_back(p.name);
        std::vector<GenericParam> params;
        for (const hir::HirParam& p : h.params) {
            GenericParam gp;
            gp.name = p.name;
            gp.kind = p.kind;
            gp.synthetic = p.synthetic;
            gp.default_ty = convert(p.default_ty, ctx);
            gp.const_ty = convert(p.const_ty, ctx);
            gp.const_default = p.const_default;
            params.push_back(gp);
        }
        g.params = {static_cast<uint32_t>(m_db.params.size()),
                    static_cast<uint32_t>(params.size())};
        m_db.params.insert(m_db.params.end(), params.begin(), params.end());
        std::vector<Predicate> preds;
        for (const hir::HirPredicate& p : h.predicates) {
            Predicate pred;
            if (m_in.ty(p.ty).kind == TyKind::Lifetime) continue;
            pred.ty = convert(p.ty, ctx);
            if (p.rhs) {
                pred.kind = PredicateKind::Eq;
                pred.rhs = convert(p.rhs, ctx);
            } else {
                pred.bounds = convert_bounds(p.bounds, ctx);
            }
            preds.push_back(pred);
        }
        g.predicates = {static_cast<uint32_t>(m_db.predicates.size()),
                        static_cast<uint32_t>(preds.size())};
        m_db.predicates.insert(m_db.predicates.end(), preds.begin(), preds.end());
        return g;
    }

    // ---- items ----
    static ItemKind kind_of(const HirItem& h, const HirItem* parent) {
        bool assoc = parent && (parent->kind == HirKind::Impl || parent->kind == HirKind::Trait);
        switch (h.kind) {
        case HirKind::Module: return ItemKind::Module;
        case HirKind::Fn: return ItemKind::Function;
        case HirKind::Struct: return ItemKind::Struct;
        case HirKind::Enum: return ItemKind::Enum;
        case HirKind::Union: return ItemKind::Union;
        case HirKind::Variant: return ItemKind::Variant;
        case HirKind::Field: return ItemKind::Field;
        case HirKind::Trait: return ItemKind::Trait;
        case HirKind::TraitAlias: return ItemKind::TraitAlias;
        case HirKind::Impl: return ItemKind::Impl;
        case HirKind::TypeAlias: return assoc ? ItemKind::AssocType : ItemKind::TypeAlias;
        case HirKind::Const: return assoc ? ItemKind::AssocConst : ItemKind::Const;
        case HirKind::Static: return ItemKind::Static;
        case HirKind::Use: return ItemKind::Use;
        case HirKind::ExternCrate: return ItemKind::ExternCrate;
        case HirKind::ForeignMod: return ItemKind::Module;
        case HirKind::ForeignType: return ItemKind::ForeignType;
        case HirKind::Macro: return ItemKind::Macro;
        }
        return ItemKind::Module;
    }

    ItemId create(uint32_t h_index, ItemId parent, Ctx ctx) {
        const HirItem& h = m_hir.items[h_index];
        const HirItem* hparent = h.parent != kNone ? &m_hir.items[h.parent] : nullptr;
        if (!m_recovering) ++m_stats.local_items;
        Item it;
        it.kind = kind_of(h, hparent);
        it.flags = static_cast<uint32_t>(h.flags | (m_recovering ? kRecovered : kLocal));
        it.crate = m_crate;
        it.name = h.name;
        it.parent = parent;
        it.repr = h.repr;
        it.shape = h.shape;
        it.text = h.text;
        it.generics = generics(h, ctx);
        if (h.kind == HirKind::Impl) {
            it.ty = convert(h.ty, ctx);
            ctx.self_ty = it.ty;
            it.trait_ref = convert(h.trait_ref, ctx);
            if (it.trait_ref && m_in.ty(it.trait_ref).kind == TyKind::Resolved)
                it.target = m_in.ty(it.trait_ref).sym;
            if (auto sp = m_impl_spans.find(h_index); sp != m_impl_spans.end())
                it.span = sp->second;
        } else {
            it.ty = convert(h.ty, ctx);
        }
        if (h.kind == HirKind::Trait || h.kind == HirKind::TypeAlias)
            it.bounds = convert_bounds(h.bounds, ctx);
        if (h.kind == HirKind::Use && h.text) {
            // `use a::b::c`: the named item, resolved in the enclosing fn's scope.
            std::vector<Sym> segs;
            std::string_view text = m_in.str(h.text);
            size_t pos = 0;
            while (pos <= text.size()) {
                size_t end = text.find("::", pos);
                if (end == std::string_view::npos) end = text.size();
                segs.push_back(m_in.intern(text.substr(pos, end - pos)));
                pos = end + 2;
            }
            if (!(h.flags & kGlob))
                for (Namespace ns : {Namespace::Type, Namespace::Value, Namespace::Macro}) {
                    it.target = m_res.resolve_written(parent, segs, ns);
                    if (it.target != kNone) break;
                }
        }
        // The item is complete but for its children: the resolver may index it from now on.
        ItemId id = static_cast<ItemId>(m_db.items.size());
        m_db.items.push_back(it);
        m_map[h_index] = id;
        // Children: fields, variants, impl and trait items. Local items of bodies are separate
        // roots (their parent is the fn that declares them).
        Ctx child_ctx = ctx;
        child_ctx.scope = h.kind == HirKind::Fn ? id : ctx.scope;
        std::vector<ItemId> kids;
        for (uint32_t c : h.children) {
            if (m_hir.items[c].depth != h.depth) continue;
            kids.push_back(create(c, id, child_ctx));
        }
        m_db.items[id].children = {static_cast<uint32_t>(m_db.lists.size()),
                                   static_cast<uint32_t>(kids.size())};
        m_db.lists.insert(m_db.lists.end(), kids.begin(), kids.end());
        return id;
    }

    // ---- spans of local impls ----
    void place_impls() {
        // Group the impls by the fn whose source holds them.
        std::map<ItemId, std::vector<uint32_t>> by_owner;
        for (uint32_t h = 0; h < m_hir.items.size(); ++h) {
            if (m_hir.items[h].kind != HirKind::Impl || m_hir.items[h].depth == 0) continue;
            uint32_t owner = hir::enclosing_body_owner(m_hir, h);
            // A local fn has no span of its own: use the module-level fn around it.
            while (owner != kNone && m_hir.items[owner].depth > 0)
                owner = hir::enclosing_body_owner(m_hir, owner);
            ItemId owner_id = owner == kNone ? kNone : owner_item(owner);
            by_owner[owner_id].push_back(h);
        }
        for (auto& [owner, impls] : by_owner) {
            std::vector<hir::SourceImpl> found;
            const mir::Span* span = owner != kNone ? &m_db.items[owner].span : nullptr;
            // A method of an impl recovered from the HIR has no span; its impl has the header's:
            // scan from there to the end of the module.
            mir::Span from_impl;
            if (span && !span->file && m_db.items[owner].parent != kNone) {
                const Item& impl = m_db.items[m_db.items[owner].parent];
                if (impl.kind == ItemKind::Impl && impl.span.file && impl.parent != kNone) {
                    from_impl = impl.span;
                    from_impl.hi_line = m_db.items[impl.parent].span.file == impl.span.file
                                            ? m_db.items[impl.parent].span.hi_line
                                            : UINT32_MAX;
                    span = &from_impl;
                }
            }
            if (span && span->file) {
                const std::string* text = source(span->file);
                if (text) {
                    auto r = hir::scan_source_impls(*text, span->lo_line, span->hi_line);
                    if (r.ok()) found = std::move(*r);
                }
            }
            std::vector<bool> used(found.size(), false);
            for (uint32_t h : impls) {
                const HirItem& hi = m_hir.items[h];
                std::string trait = last_name(hi.trait_ref);
                // derive(PartialEq) also writes `impl StructuralPartialEq`.
                if ((hi.flags & kDerived) && trait == "StructuralPartialEq") trait = "PartialEq";
                std::string self = last_name(hi.ty);
                bool placed = false;
                for (size_t k = 0; k < found.size() && !placed; ++k) {
                    // `$T`: a macro inside the fn writes the impl for several types.
                    if (used[k] || found[k].trait_name != trait ||
                        (found[k].self_name != self && found[k].self_name != "$"))
                        continue;
                    // Several derived impls share one derive path; written impls do not.
                    if (!(hi.flags & kDerived) && found[k].self_name != "$") used[k] = true;
                    mir::Span s;
                    s.file = span->file;
                    s.lo_line = s.hi_line = found[k].line;
                    s.lo_col = s.hi_col = found[k].col;
                    m_impl_spans[h] = s;
                    placed = true;
                }
                bool has_fn = false;
                for (uint32_t c : hi.children)
                    has_fn |= m_hir.items[c].kind == HirKind::Fn ||
                              m_hir.items[c].kind == HirKind::Const;
                if (!placed && has_fn) ++m_stats.impls_without_span;
            }
        }
    }
    std::string last_name(TyId t) const {
        if (t == 0) return "";
        const mir::TyNode& n = m_in.ty(t);
        if (n.kind == TyKind::Path) return std::string(m_in.str(m_in.ty(m_in.children(t).back()).sym));
        // The source scan names `&mut W` by `W`, `&'_ str` by `str`.
        if (n.kind == TyKind::Ref || n.kind == TyKind::RawPtr) return last_name(m_in.children(t).back());
        if (n.kind == TyKind::Param) return std::string(m_in.str(n.sym));
        if (n.kind == TyKind::Resolved) return std::string(m_in.str(m_db.item(n.sym).name));
        if (n.kind == TyKind::Int || n.kind == TyKind::Uint || n.kind == TyKind::Float)
            return std::string(m_in.str(n.sym));
        if (n.kind == TyKind::Str) return "str";
        if (n.kind == TyKind::Bool) return "bool";
        if (n.kind == TyKind::Char) return "char";
        return "";
    }
    const std::string* source(Sym file) {
        auto it = m_sources.find(file);
        if (it != m_sources.end()) return it->second.ok ? &it->second.text : nullptr;
        Source& s = m_sources[file];
        Result<std::string> text = read_file(std::string(m_in.str(file)));
        s.ok = text.ok();
        if (s.ok) s.text = std::move(*text);
        return s.ok ? &s.text : nullptr;
    }

    struct Source {
        bool ok = false;
        std::string text;
    };

    ItemDb& m_db;
    mir::Interner& m_in;
    Resolver& m_res;
    CrateId m_crate;
    const HirCrate& m_hir;
    std::vector<ItemId> m_map; // HIR index -> item (owners found, local items created)
    std::unordered_map<uint32_t, ItemId> m_containers;
    std::unordered_map<uint32_t, ItemId> m_modules;
    bool m_recovering = false; // create(): a module-level item rustdoc omitted, not a local one
    std::unordered_map<uint32_t, mir::Span> m_impl_spans; // HIR impl -> its MIR span
    std::unordered_map<Sym, Source> m_sources;
    HirLoadStats m_stats;
};

} // namespace

Result<HirLoadStats> load_local_items(ItemDb& db, mir::Interner& interner, Resolver& resolver,
                                      CrateId crate, const std::string& hir_path) {
    std::string text = MIRAGE_TRY(read_file(hir_path));
    HirCrate hir = MIRAGE_TRY(hir::parse_hir(interner, text));
    LocalLoader loader(db, interner, resolver, crate, hir);
    return loader.run();
}

} // namespace mirage::items
