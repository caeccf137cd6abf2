#include "ty/traits.h"

#include "mir/printer.h"
#include "ty/unify.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace mirage::ty {

using items::Item;
using items::ItemKind;
using items::kNone;
using mir::TyKind;

namespace {

constexpr int kMaxDepth = 64;

bool is_unsized_tail(Ty ty) {
    return ty->kind == Kind::Str || ty->kind == Kind::Slice || ty->kind == Kind::Dynamic ||
           ty->kind == Kind::Foreign;
}

} // namespace

TraitSolver::TraitSolver(Lowerer& lowerer, const items::Resolver& resolver)
    : m_lw(lowerer), m_cx(lowerer.cx()), m_resolver(resolver) {
    m_lw.normalizer = [this](Ty t) { return normalize(t); };
    m_lw.fn_path_lowerer = [this](mir::TyId path, items::CrateId crate, ItemId owner)
        -> std::optional<std::pair<ItemId, std::vector<Ty>>> {
        auto ref = lower_fn_path(path, crate, owner);
        if (!ref) return std::nullopt;
        return std::make_pair(ref->def, std::move(ref->args));
    };
}

ItemId TraitSolver::lang_item(std::string_view name) const {
    auto it = m_cx.db().lang_items.find(m_cx.interner().intern(name));
    return it == m_cx.db().lang_items.end() ? kNone : it->second;
}

Ty TraitSolver::impl_trait_ref(ItemId impl) {
    auto found = m_impl_headers.find(impl);
    if (found != m_impl_headers.end()) return found->second;
    const Item& it = m_cx.db().item(impl);
    Ty self = m_lw.lower_item_ty(it.ty, impl);
    Ty tr = m_lw.lower_item_ty(it.trait_ref, impl);
    Ty header = nullptr;
    if (tr->kind == Kind::TraitRef) {
        std::vector<Ty> args{self};
        for (Ty a : tr->arg_span()) args.push_back(m_lw.with_self(a, self));
        header = m_cx.mk(Kind::TraitRef, tr->def, args);
    }
    m_impl_headers.emplace(impl, header);
    return header;
}

bool TraitSolver::is_sized(Ty ty) {
    if (is_unsized_tail(ty)) return false;
    if (ty->kind == Kind::Adt) {
        const AdtInfo& adt = m_lw.adt(ty->def);
        if (adt.kind != ItemKind::Struct || adt.variants.empty() || adt.variants[0].fields.empty())
            return true;
        uint32_t last = uint32_t(adt.variants[0].fields.size() - 1);
        return is_sized(m_lw.field_ty(ty, 0, last));
    }
    if (ty->kind == Kind::Tuple && ty->nargs) return is_sized(ty->arg(ty->nargs - 1));
    return true;
}

bool TraitSolver::is_copy(Ty ty) {
    ItemId copy = lang_item("Copy");
    if (copy == kNone) return false;
    Ty args[] = {ty};
    return holds(copy, args);
}

std::optional<ImplSource> TraitSolver::select(ItemId trait, Args args) {
    if (args.empty() || trait >= m_cx.db().items.size()) return std::nullopt;
    if (++m_depth > kMaxDepth) {
        --m_depth;
        return std::nullopt;
    }
    Ty key = m_cx.mk(Kind::TraitRef, trait, args);
    auto cached = m_select_cache.find(key);
    std::optional<ImplSource> result;
    if (cached != m_select_cache.end()) {
        result = cached->second;
    } else {
        const Item& t = m_cx.db().item(trait);
        std::string_view lang = t.lang ? m_cx.interner().str(t.lang) : std::string_view();
        // vtable fix: auto traits are coinductive (`struct Rec(Option<Box<Rec>>)` is Send if
        // its fields are): a goal met again while being proven holds provisionally.
        if (t.flags & items::kAuto) m_select_cache[key] = ImplSource{SourceKind::AutoImpl, kNone, {}};
        result = select_builtin(trait, lang, args);
        if (!result) result = select_impl(trait, args);
        // vtable fix: an auto trait without a matching impl holds only when no negative impl
        // matches (`impl !Send for Rc<T>`) and every constituent type has it (rustc's
        // constituent_types_for_auto_trait); it used to hold unconditionally.
        if (!result && (t.flags & items::kAuto) && !has_negative_impl(trait, args) &&
            auto_trait_holds_structurally(trait, args[0]))
            result = ImplSource{SourceKind::AutoImpl, kNone, {}};
        m_select_cache[key] = result;
    }
    --m_depth;
    return result;
}

std::optional<ImplSource> TraitSolver::select_builtin(ItemId trait, std::string_view lang, Args args) {
    Ty self = args[0];
    ImplSource builtin{SourceKind::Builtin, kNone, {}};
    // Object candidate: the dyn's principal trait or one of its supertraits.
    if (self->kind == Kind::Dynamic) {
        for (Ty pred : self->arg_span()) {
            if (pred->kind != Kind::TraitRef) continue;
            std::vector<ItemId> stack{pred->def};
            for (size_t i = 0; i < stack.size() && i < 64; ++i) {
                if (stack[i] == trait) return ImplSource{SourceKind::Object, kNone, {}};
                const Item& ti = m_cx.db().item(stack[i]);
                for (const items::Bound& b : m_cx.db().bounds_in(ti.bounds)) {
                    const mir::TyNode& bn = m_cx.interner().ty(b.trait_ref);
                    if (bn.kind == TyKind::Resolved) stack.push_back(bn.sym);
                }
            }
        }
    }
    if (lang.empty()) return std::nullopt;
    if (lang == "Sized") return is_sized(self) ? std::optional(builtin) : std::nullopt;
    if (lang == "MetaSized" || lang == "PointeeSized" || lang == "PointeeTrait" ||
        lang == "DiscriminantKind" || lang == "Destruct")
        return self->kind == Kind::Foreign && lang == "MetaSized" ? std::nullopt
                                                                 : std::optional(builtin);
    if (lang == "Tuple") return self->kind == Kind::Tuple ? std::optional(builtin) : std::nullopt;
    if (lang == "Copy" || lang == "Clone") {
        switch (self->kind) {
        case Kind::Tuple:
            for (Ty e : self->arg_span()) {
                Ty a[] = {e};
                if (!holds(trait, a)) return std::nullopt;
            }
            return builtin;
        case Kind::Closure:
            // The upvars are the closure's last arg when known.
            return builtin;
        case Kind::FnDef:
        case Kind::FnPtr:
        case Kind::Never: return builtin;
        case Kind::Array: {
            Ty a[] = {self->arg(0)};
            return holds(trait, a) ? std::optional(builtin) : std::nullopt;
        }
        default: return std::nullopt; // primitives, refs, raw ptrs: core's own impls
        }
    }
    if (lang == "Fn" || lang == "FnMut" || lang == "FnOnce") {
        if (self->kind == Kind::Closure) {
            // An FnOnce closure is not FnMut/Fn; an FnMut one is not Fn.
            const ClosureInfo* info = m_lw.closure_info(self->def);
            if (!info) return builtin;
            int have = static_cast<int>(info->kind); // Fn=0 FnMut=1 FnOnce=2
            int want = lang == "Fn" ? 0 : lang == "FnMut" ? 1 : 2;
            return have <= want ? std::optional(builtin) : std::nullopt;
        }
        if (self->kind == Kind::FnDef || self->kind == Kind::FnPtr) {
            if (self->kind == Kind::FnPtr && (self->flags & kUnsafeFn)) return std::nullopt;
            return builtin;
        }
        return std::nullopt;
    }
    return std::nullopt;
}

bool TraitSolver::impl_where_clauses_hold(ItemId impl, std::vector<Ty>& vars, int depth) {
    const auto& db = m_cx.db();
    const Item& it = db.item(impl);
    // The impl's params with the bound ones replaced (unbound ones stay params: a null in a
    // substitution would make malformed types).
    auto partial = [&]() {
        std::vector<Ty> out(vars.size());
        for (size_t i = 0; i < vars.size(); ++i)
            out[i] = vars[i] ? vars[i] : m_cx.mk_param(uint32_t(i), m_lw.generics_of(impl)[i].name);
        return out;
    };
    auto check_bound = [&](Ty self, const items::Bound& b) -> bool {
        if (b.modifier == items::BoundModifier::Maybe) return true;
        Ty tr = m_lw.lower_item_ty(b.trait_ref, impl);
        if (tr->kind != Kind::TraitRef) return true; // unsupported shapes: do not reject
        // Bind variables that only appear in projection constraints (`I: Iterator<Item = T>`).
        const mir::TyNode& bn = m_cx.interner().ty(b.trait_ref);
        std::vector<Ty> targs{self};
        const std::vector<Ty> bound_vars = partial();
        for (Ty a : tr->arg_span()) targs.push_back(m_cx.subst(m_lw.with_self(a, self), bound_vars));
        for (Ty a : targs)
            if (m_cx.has_params(a)) return true; // not ground yet: cannot decide, accept
        // Projections of the bound params (`P: FnMut(&I::Item)`) are computable now.
        for (Ty& a : targs) a = normalize(a);
        if (!holds(tr->def, targs)) return false;
        for (mir::TyId k : m_cx.interner().children(b.trait_ref)) {
            const mir::TyNode& kn = m_cx.interner().ty(k);
            if (kn.kind != TyKind::AssocEq) continue;
            (void)bn;
            Ty expected = m_lw.lower_item_ty(m_cx.interner().child(k, 0), impl);
            // resolve fix: a projection on the expected side (`B: Iterator<Item = A::Item>`)
            // is normalized once its params are bound.
            if (m_cx.has_params(expected)) {
                std::vector<Ty> bound(vars.size());
                for (size_t i = 0; i < vars.size(); ++i)
                    bound[i] = vars[i] ? vars[i] : m_cx.mk_param(uint32_t(i), m_lw.generics_of(impl)[i].name);
                Ty e = m_cx.subst(expected, bound);
                if (!m_cx.has_params(e)) expected = normalize(e);
            }
            // Find the assoc type and normalize the projection.
            ItemId assoc = kNone;
            std::vector<ItemId> stack{tr->def};
            for (size_t i = 0; i < stack.size() && assoc == kNone && i < 32; ++i) {
                const Item& ti = db.item(stack[i]);
                for (ItemId c : db.children(ti))
                    if (db.item(c).kind == ItemKind::AssocType && db.item(c).name == kn.sym) assoc = c;
                for (const items::Bound& sb : db.bounds_in(ti.bounds)) {
                    const mir::TyNode& sn = m_cx.interner().ty(sb.trait_ref);
                    if (sn.kind == TyKind::Resolved) stack.push_back(sn.sym);
                }
            }
            if (assoc == kNone) continue;
            Ty actual = normalize(m_cx.mk(Kind::Alias, assoc, targs));
            // resolve fix: a projection we cannot compute yet (a closure's `Output` when the
            // closure type carries no signature) does not reject the impl.
            if (actual->kind == Kind::Error) continue;
            if (!match_ty(expected, actual, vars)) return false;
        }
        return true;
    };
    // Inline bounds on params (`impl<T: Clone>`) then where-clauses.
    const auto& gens = m_lw.generics_of(impl);
    for (uint32_t i = 0; i < gens.size(); ++i) {
        if (!gens[i].decl || gens[i].owner != impl) continue;
        for (const items::Bound& b : db.bounds_in(gens[i].decl->bounds)) {
            Ty self = vars[i] ? vars[i] : nullptr;
            if (!self) continue;
            if (!check_bound(self, b)) return false;
        }
    }
    for (const items::Predicate& p : db.predicates_of(it)) {
        if (p.kind != items::PredicateKind::Bound) continue;
        Ty self = m_cx.subst(m_lw.lower_item_ty(p.ty, impl), partial());
        if (m_cx.has_params(self)) {
            // A projection of a bound variable: normalize after substitution.
            self = normalize(self);
            if (m_cx.has_params(self)) continue;
        }
        self = normalize(self);
        for (const items::Bound& b : db.bounds_in(p.bounds))
            if (!check_bound(self, b)) return false;
    }
    (void)depth;
    return true;
}

bool TraitSolver::is_more_specific(ItemId a, ItemId b) {
    // a is more specific than b when a's header is an instance of b's; of two headers alike
    // (`impl<A: TrustedRandomAccess> ZipImpl for Zip<A, B>` vs `impl<A: Iterator> ..`), the
    // one whose bounds imply the other's.
    Ty ha = impl_trait_ref(a);
    Ty hb = impl_trait_ref(b);
    if (!ha || !hb) return false;
    std::vector<Ty> vars(m_lw.generics_of(b).size(), nullptr);
    if (!match_ty(hb, ha, vars)) return false;
    std::vector<Ty> back(m_lw.generics_of(a).size(), nullptr);
    if (!match_ty(ha, hb, back)) return true;
    const std::set<ItemId>& ba = implied_bounds(a);
    const std::set<ItemId>& bb = implied_bounds(b);
    return ba.size() > bb.size() && std::includes(ba.begin(), ba.end(), bb.begin(), bb.end());
}

// The traits an impl's bounds (inline and where-clauses) name, with their supertraits.
const std::set<ItemId>& TraitSolver::implied_bounds(ItemId impl) {
    auto found = m_implied_bounds.find(impl);
    if (found != m_implied_bounds.end()) return found->second;
    const auto& db = m_cx.db();
    std::vector<ItemId> stack;
    auto add = [&](const items::Bound& b) {
        if (b.modifier == items::BoundModifier::Maybe) return;
        Ty tr = m_lw.lower_item_ty(b.trait_ref, impl);
        if (tr->kind == Kind::TraitRef) stack.push_back(tr->def);
    };
    for (const GenericParamInfo& g : m_lw.generics_of(impl))
        if (g.decl && g.owner == impl)
            for (const items::Bound& b : db.bounds_in(g.decl->bounds)) add(b);
    for (const items::Predicate& p : db.predicates_of(db.item(impl)))
        if (p.kind == items::PredicateKind::Bound)
            for (const items::Bound& b : db.bounds_in(p.bounds)) add(b);
    std::set<ItemId> out;
    while (!stack.empty() && out.size() < 256) {
        ItemId t = stack.back();
        stack.pop_back();
        if (!out.insert(t).second) continue;
        for (const items::Bound& sb : db.bounds_in(db.item(t).bounds)) {
            const mir::TyNode& sn = m_cx.interner().ty(sb.trait_ref);
            if (sn.kind == TyKind::Resolved) stack.push_back(sn.sym);
        }
    }
    return m_implied_bounds.emplace(impl, std::move(out)).first->second;
}

bool TraitSolver::has_negative_impl(ItemId trait, Args args) {
    Ty goal = m_cx.mk(Kind::TraitRef, trait, args);
    for (ItemId impl : m_resolver.impls_of_trait(trait)) {
        if (!(m_cx.db().item(impl).flags & items::kNegative)) continue;
        Ty header = impl_trait_ref(impl);
        std::vector<Ty> vars(m_lw.generics_of(impl).size(), nullptr);
        if (header && match_ty(header, goal, vars)) return true;
    }
    return false;
}

bool TraitSolver::auto_trait_holds_structurally(ItemId trait, Ty self) {
    auto all = [&](std::span<const Ty> tys) {
        for (Ty t : tys) {
            Ty args[] = {normalize(t)};
            if (!holds(trait, args)) return false;
        }
        return true;
    };
    switch (self->kind) {
    case Kind::Tuple:
    case Kind::Array:
    case Kind::Slice:
        return all(self->kind == Kind::Tuple ? self->arg_span() : self->arg_span().subspan(0, 1));
    case Kind::Ref:
    case Kind::RawPtr: return all(self->arg_span());
    case Kind::Closure: {
        std::vector<Ty> upvars = m_lw.closure_upvars(self);
        return all(upvars);
    }
    case Kind::Dynamic:
        for (Ty p : self->arg_span())
            if (p->kind == Kind::TraitRef && p->def == trait) return true;
        return false;
    case Kind::Adt: {
        const Item& it = m_cx.db().item(self->def);
        if (it.lang && m_cx.interner().str(it.lang) == "PhantomData") return all(self->arg_span());
        const AdtInfo& adt = m_lw.adt(self->def);
        std::vector<Ty> fields;
        for (uint32_t v = 0; v < adt.variants.size(); ++v)
            for (uint32_t f = 0; f < adt.variants[v].fields.size(); ++f)
                fields.push_back(m_lw.field_ty(self, v, f));
        return all(fields);
    }
    default: return true; // scalars, str, fn items and pointers; unknown shapes are accepted
    }
}

static bool mentions_param(Ty t, uint32_t index) {
    if (t->kind == Kind::Param) return t->index == index;
    for (Ty a : t->arg_span())
        if (mentions_param(a, index)) return true;
    return false;
}

std::vector<ImplSource> TraitSolver::applicable_impls(ItemId trait, Args args) {
    Ty goal = m_cx.mk(Kind::TraitRef, trait, args);
    std::vector<ImplSource> found;
    // MIRAGE_DEBUG_SELECT=TEXT: how goals whose printed form contains TEXT are selected.
    static const char* debug = std::getenv("MIRAGE_DEBUG_SELECT");
    bool dbg = debug && m_cx.to_string(goal).find(debug) != std::string::npos;
    if (dbg) std::fprintf(stderr, "select %s\n", m_cx.to_string(goal).c_str());
    // A copy: lowering headers may index more impls.
    const std::span<const ItemId> impl_span = m_resolver.impls_of_trait(trait);
    const std::vector<ItemId> impls(impl_span.begin(), impl_span.end());
    for (ItemId impl : impls) {
        Ty header = impl_trait_ref(impl);
        if (!header) continue;
        std::vector<Ty> vars(m_lw.generics_of(impl).size(), nullptr);
        std::vector<std::pair<Ty, Ty>> deferred;
        if (!match_ty_deferring(header, goal, vars, deferred)) continue;
        // Projections in the header (`impl<I: IntoIterator> .. for LinkedList<I::Item>`):
        // computed once the other params are bound.
        bool projections_match = true;
        for (auto [alias, actual] : deferred) {
            bool bound = true;
            for (size_t i = 0; i < vars.size(); ++i) bound &= vars[i] != nullptr || !mentions_param(alias, uint32_t(i));
            Ty v = bound ? normalize(m_cx.subst(alias, vars)) : nullptr;
            projections_match &= v && v == actual;
        }
        if (!projections_match) continue;
        bool holds_ = impl_where_clauses_hold(impl, vars, m_depth);
        if (dbg) std::fprintf(stderr, "  impl#%u %s: where-clauses %s\n", impl, m_cx.to_string(header).c_str(), holds_ ? "hold" : "fail");
        if (!holds_) continue;
        for (Ty& a : vars)
            if (!a) a = m_cx.mk_error("unconstrained impl parameter");
        found.push_back(ImplSource{SourceKind::Impl, impl, std::move(vars)});
    }
    // Most specific first: repeatedly the candidate no remaining one specializes.
    std::vector<ImplSource> ordered;
    while (!found.empty()) {
        size_t best = 0;
        for (size_t i = 1; i < found.size(); ++i)
            if (is_more_specific(found[i].impl, found[best].impl)) best = i;
        ordered.push_back(std::move(found[best]));
        found.erase(found.begin() + static_cast<long>(best));
    }
    return ordered;
}

std::optional<ImplSource> TraitSolver::select_impl(ItemId trait, Args args) {
    std::vector<ImplSource> impls = applicable_impls(trait, args);
    if (impls.empty()) return std::nullopt;
    if (m_cx.db().item(impls[0].impl).flags & items::kNegative) return std::nullopt;
    return std::move(impls[0]);
}

Ty TraitSolver::normalize(Ty ty) {
    if (ty->kind == Kind::Alias) {
        std::vector<Ty> args;
        bool changed = false;
        for (Ty a : ty->arg_span()) {
            Ty n = normalize(a);
            changed |= n != a;
            args.push_back(n);
        }
        Ty alias = changed ? m_cx.intern(*ty, args) : ty;
        return normalize_alias(alias);
    }
    if (ty->nargs == 0) return ty;
    std::vector<Ty> args;
    bool changed = false;
    for (Ty a : ty->arg_span()) {
        Ty n = normalize(a);
        changed |= n != a;
        args.push_back(n);
    }
    return changed ? m_cx.intern(*ty, args) : ty;
}

Ty TraitSolver::normalize_alias(Ty alias) {
    for (Ty a : alias->arg_span())
        if (m_cx.has_params(a)) return alias; // not ground: stays a projection
    const auto& db = m_cx.db();
    const Item& assoc = db.item(alias->def);
    ItemId trait = assoc.parent;
    if (trait == kNone) return alias;
    // The trait's args (Self first), then a generic associated type's own args.
    size_t ntrait = std::min<size_t>(m_lw.generics_of(trait).size(), alias->nargs);
    Args trait_args = alias->arg_span().subspan(0, ntrait);
    Args own_args = alias->arg_span().subspan(ntrait);
    auto src = select(trait, trait_args);
    if (!src) return m_cx.mk_error("no impl for projection " + m_cx.to_string(alias));
    const Item& t = db.item(trait);
    std::string_view lang = t.lang ? m_cx.interner().str(t.lang) : std::string_view();
    if (src->kind == SourceKind::Impl) {
        auto value_in = [&](const ImplSource& s) -> Ty {
            for (ItemId c : db.children(db.item(s.impl))) {
                const Item& ci = db.item(c);
                if (ci.kind == ItemKind::AssocType && ci.name == assoc.name) {
                    // In the scope of the impl's assoc type: the impl's params, then its own.
                    Ty v = m_lw.lower_item_ty(ci.ty, c);
                    std::vector<Ty> args = s.args;
                    args.insert(args.end(), own_args.begin(), own_args.end());
                    return normalize(m_cx.subst(v, args));
                }
            }
            return nullptr;
        };
        if (Ty v = value_in(*src)) return v;
        // A specializing impl without the type inherits it from the impls it specializes.
        for (const ImplSource& parent : applicable_impls(trait, trait_args))
            if (parent.impl != src->impl)
                if (Ty v = value_in(parent)) return v;
        if (assoc.ty) { // the trait's default
            Ty v = m_lw.lower_item_ty(assoc.ty, alias->def);
            return normalize(m_cx.subst(v, alias->arg_span()));
        }
        return m_cx.mk_error("impl lacks associated type");
    }
    if (src->kind == SourceKind::Object) {
        Ty self = alias->arg(0);
        for (Ty pred : self->arg_span())
            if (pred->kind == Kind::ProjEq && pred->def == alias->def) return pred->arg(pred->nargs - 1);
        return m_cx.mk_error("dyn type lacks the projection");
    }
    return builtin_projection(trait, lang, assoc.name, trait_args);
}

Ty TraitSolver::builtin_projection(ItemId trait, std::string_view lang, mir::Sym assoc_name,
                                   Args args) {
    Ty self = args[0];
    std::string_view name = m_cx.interner().str(assoc_name);
    if (lang == "DiscriminantKind") {
        if (self->kind == Kind::Adt && m_lw.adt(self->def).kind == ItemKind::Enum) {
            const items::Repr& repr = m_lw.adt(self->def).repr;
            IntTy it = IntTy::Isize;
            if (repr.int_ty) parse_int_ty(m_cx.interner().str(repr.int_ty), it);
            return m_cx.mk_int(it);
        }
        return m_cx.mk_int(IntTy::U8);
    }
    if (lang == "PointeeTrait") {
        Ty tail = self;
        for (int guard = 0; guard < 32; ++guard) {
            if (tail->kind == Kind::Adt && m_lw.adt(tail->def).kind == ItemKind::Struct &&
                !m_lw.adt(tail->def).variants[0].fields.empty()) {
                tail = m_lw.field_ty(tail, 0, uint32_t(m_lw.adt(tail->def).variants[0].fields.size() - 1));
            } else if (tail->kind == Kind::Tuple && tail->nargs) {
                tail = tail->arg(tail->nargs - 1);
            } else {
                break;
            }
        }
        if (tail->kind == Kind::Slice || tail->kind == Kind::Str) return m_cx.mk_int(IntTy::Usize);
        if (tail->kind == Kind::Dynamic) {
            ItemId dm = lang_item("DynMetadata");
            if (dm != kNone) return m_cx.mk_adt(dm, {&tail, 1});
        }
        return m_cx.mk_unit();
    }
    if ((lang == "FnOnce" || lang == "Fn" || lang == "FnMut") && name == "Output") {
        if (self->kind == Kind::FnPtr) return self->arg(0);
        if (self->kind == Kind::Closure) {
            const ClosureInfo* info = m_lw.closure_info(self->def);
            if (info && info->output) return normalize(m_cx.subst(info->output, self->arg_span()));
        }
        if (self->kind == Kind::FnDef) {
            const Item& fn = m_cx.db().item(self->def);
            // A tuple struct's or tuple variant's constructor (`.map(Reverse)`) makes the ADT.
            if (fn.kind == ItemKind::Struct) return m_cx.mk_adt(self->def, self->arg_span());
            if (fn.kind == ItemKind::Variant) return m_cx.mk_adt(fn.parent, self->arg_span());
            if (fn.ty) {
                Ty sig = m_lw.lower_item_ty(fn.ty, self->def);
                if (sig->kind == Kind::FnPtr) return normalize(m_cx.subst(sig->arg(0), self->arg_span()));
            }
        }
        return m_cx.mk_error("fn item/closure output needs its signature");
    }
    (void)trait;
    return m_cx.mk_error("unsupported built-in projection");
}

// The principal (non-auto) trait of a `dyn` type: its inherent impls are indexed by it.
ItemId TraitSolver::dyn_principal(Ty dyn) const {
    for (Ty pred : dyn->arg_span())
        if (pred->kind == Kind::TraitRef && !(m_cx.db().item(pred->def).flags & items::kAuto)) return pred->def;
    return kNone;
}

std::optional<FnRef> TraitSolver::lower_fn_path(mir::TyId path, items::CrateId crate, ItemId owner) {
    mir::Interner& in = m_cx.interner();
    const auto& db = m_cx.db();
    const mir::TyNode n = in.ty(path); // copies: lowering may intern new syntax nodes
    // The own generic args printed on a segment, for the item `def` (const params as consts).
    auto own_args_of = [&](ItemId def, mir::TyId seg, std::vector<Ty>& out) {
        auto args = m_lw.lower_mir_args(def, in.children(seg), crate, owner);
        out.insert(out.end(), args.begin(), args.end());
    };
    auto find_child = [&](ItemId parent, mir::Sym name) -> ItemId {
        for (ItemId c : db.children(db.item(parent)))
            if (db.item(c).name == name &&
                (db.item(c).kind == ItemKind::Function || db.item(c).kind == ItemKind::AssocConst))
                return c;
        return kNone;
    };
    // The inherent method named by segment `seg` among `impls` whose self type matches
    // `self_ty`, with the impl's args bound by that match and the segment's own args.
    auto inherent_method = [&](std::span<const ItemId> impls, Ty self_ty,
                               mir::TyId seg) -> std::optional<FnRef> {
        mir::Sym name = in.ty(seg).sym;
        for (ItemId impl : impls) {
            if (db.item(impl).trait_ref) continue;
            ItemId method = find_child(impl, name);
            if (method == kNone) continue;
            Ty impl_self = m_lw.lower_item_ty(db.item(impl).ty, impl);
            std::vector<Ty> vars(m_lw.generics_of(impl).size(), nullptr);
            if (!match_ty(impl_self, self_ty, vars)) continue;
            FnRef ref{method, {}};
            for (Ty& v : vars) ref.args.push_back(v ? v : m_cx.mk_error("unbound impl parameter"));
            own_args_of(method, seg, ref.args);
            return ref;
        }
        return std::nullopt;
    };
    if (n.kind == TyKind::QPath) {
        // <Self as Trait>::method::<own>
        const std::vector<mir::TyId> kids(in.children(path).begin(), in.children(path).end());
        if (kids.size() > 3 && kids[1]) {
            // `<A as SliceOrd>::compare::elem_chain::<A>`: a fn inside a trait method's body
            // (own generics only).
            ItemId def = m_lw.resolve_mir_path(path, crate, owner, items::Namespace::Value);
            if (def == kNone || db.item(def).kind != ItemKind::Function) return std::nullopt;
            FnRef ref{def, {}};
            own_args_of(def, kids.back(), ref.args);
            return ref;
        }
        if (kids.size() != 3) return std::nullopt;
        if (!kids[1]) {
            // `<[T]>::method`: an inherent method of the self type.
            Ty self = m_lw.lower_mir_ty(kids[0], crate, owner);
            ItemId self_def = self->kind == Kind::Adt || self->kind == Kind::Foreign ? self->def
                              : self->kind == Kind::Dynamic                          ? dyn_principal(self)
                                                                                     : m_resolver.primitive_of(kids[0]);
            if (self_def == kNone) return std::nullopt;
            return inherent_method(m_resolver.inherent_impls_of(self_def), self, kids[2]);
        }
        Ty self = m_lw.lower_mir_ty(kids[0], crate, owner);
        Ty tr = m_lw.lower_mir_ty(kids[1], crate, owner);
        if (tr->kind != Kind::TraitRef) return std::nullopt;
        ItemId method = find_child(tr->def, in.ty(kids[2]).sym);
        if (method == kNone) return std::nullopt;
        FnRef ref{method, {self}};
        for (Ty a : tr->arg_span()) ref.args.push_back(m_lw.with_self(a, self));
        own_args_of(method, kids[2], ref.args);
        return ref;
    }
    if (n.kind != TyKind::Path) return std::nullopt;
    // A copy: interning the type prefix below may grow the interner's child pool.
    const std::vector<mir::TyId> segs(in.children(path).begin(), in.children(path).end());
    auto inherent = [&](std::span<const ItemId> impls, Ty self_ty) {
        return inherent_method(impls, self_ty, segs.back());
    };
    // `core::slice::<impl [u8]>::len`: an inherent impl on a primitive, named by its self type.
    for (size_t i = 0; i + 1 < segs.size(); ++i) {
        const mir::TyNode& sn = in.ty(segs[i]);
        if (sn.kind != TyKind::ImplSegment) continue;
        if (i + 2 < segs.size() || sn.child_count != 1) {
            // `<impl f16>::clamp::do_panic`: an item defined inside a method's body (a fn
            // there has its own generics only).
            ItemId def = m_lw.resolve_mir_path(path, crate, owner, items::Namespace::Value);
            if (def == kNone) return std::nullopt;
            FnRef ref{def, {}};
            own_args_of(def, segs.back(), ref.args);
            return ref;
        }
        mir::TyId self_syntax = in.child(segs[i], 0);
        Ty self_ty = m_lw.lower_mir_ty(self_syntax, crate, owner);
        ItemId self_def = self_ty->kind == Kind::Adt || self_ty->kind == Kind::Foreign
                              ? self_ty->def
                              : m_resolver.primitive_of(self_syntax);
        if (self_def == kNone) return std::nullopt;
        return inherent(m_resolver.inherent_impls_of(self_def), self_ty);
    }
    std::vector<mir::Sym> names;
    for (mir::TyId s : segs) names.push_back(in.ty(s).sym);
    ItemId def = m_resolver.through_own_namesake(m_resolver.resolve_printed(crate, names, items::Namespace::Value), owner);
    bool type_relative = def == kNone;
    if (def != kNone) {
        const Item& it = db.item(def);
        // Inherent associated fns and consts take the impl's args from the self type.
        if ((it.kind == ItemKind::Function || it.kind == ItemKind::AssocConst) && it.parent != kNone &&
            db.item(it.parent).kind == ItemKind::Impl)
            type_relative = true;
    }
    if (!type_relative) {
        FnRef ref{def, {}};
        // A variant constructor takes the enum's args (`Option::<T>::Some`).
        bool variant = db.item(def).kind == ItemKind::Variant;
        if (variant && segs.size() >= 2) own_args_of(db.item(def).parent, segs[segs.size() - 2], ref.args);
        else own_args_of(def, segs.back(), ref.args);
        return ref;
    }
    // `Type::<args>::method::<own>`: an inherent associated fn.
    if (segs.size() < 2) return std::nullopt;
    std::vector<mir::TyId> type_segs(segs.begin(), segs.end() - 1);
    Ty self_ty = m_lw.lower_mir_ty(in.intern_ty(TyKind::Path, 0, 0, type_segs), crate, owner);
    if (self_ty->kind != Kind::Adt && self_ty->kind != Kind::Foreign) return std::nullopt;
    return inherent(m_resolver.inherent_impls_of(self_ty->def), self_ty);
}

std::optional<Instance> TraitSolver::resolve(ItemId def, Args args) {
    const auto& db = m_cx.db();
    const Item& fn = db.item(def);
    Instance inst{InstanceKind::Item, def, std::vector<Ty>(args.begin(), args.end()), 0};
    if (fn.lang && m_cx.interner().str(fn.lang) == "DropInPlace") {
        inst.kind = InstanceKind::DropGlue;
        return inst;
    }
    if (fn.parent == kNone || db.item(fn.parent).kind != ItemKind::Trait) return inst;
    ItemId trait = fn.parent;
    const auto& trait_gens = m_lw.generics_of(trait);
    size_t ntrait = trait_gens.size();
    if (args.size() < ntrait) return std::nullopt;
    Args trait_args = args.subspan(0, ntrait);
    auto src = select(trait, trait_args);
    if (!src) return std::nullopt;
    Args own = args.subspan(ntrait);
    const Item& t = db.item(trait);
    std::string_view lang = t.lang ? m_cx.interner().str(t.lang) : std::string_view();
    switch (src->kind) {
    case SourceKind::Impl: {
        auto item_of = [&](const ImplSource& s) -> bool {
            for (ItemId c : db.children(db.item(s.impl))) {
                const Item& ci = db.item(c);
                if (ci.kind == fn.kind && ci.name == fn.name) { // a method or an assoc const
                    inst.def = c;
                    inst.args = s.args;
                    inst.args.insert(inst.args.end(), own.begin(), own.end());
                    return true;
                }
            }
            return false;
        };
        if (item_of(*src)) return inst;
        // A specializing impl without the item inherits it from the impls it specializes.
        for (const ImplSource& parent : applicable_impls(trait, trait_args))
            if (parent.impl != src->impl && item_of(parent)) return inst;
        return inst; // the trait's default method, with the trait's args
    }
    case SourceKind::Object: {
        inst.kind = InstanceKind::Virtual;
        return inst; // the vtable slot is the vtable builder's business
    }
    case SourceKind::Builtin:
    case SourceKind::AutoImpl: break;
    }
    Ty self = args[0];
    if (lang == "Clone") {
        inst.kind = InstanceKind::CloneShim;
        return inst;
    }
    if (lang == "Fn" || lang == "FnMut" || lang == "FnOnce") {
        if (self->kind == Kind::Closure) {
            inst.def = self->def; // the closure's body; FnOnce of Fn/FnMut closures need an adapter
            inst.args.assign(self->arg_span().begin(), self->arg_span().end());
            if (lang == "FnOnce") inst.kind = InstanceKind::ClosureOnceShim;
            return inst;
        }
        inst.kind = InstanceKind::FnPtrShim;
        return inst;
    }
    return inst;
}

std::string TraitSolver::frame_path(const Instance& instance, items::CrateId local) {
    const auto& db = m_cx.db();
    if (instance.def == kNone || instance.def >= db.items.size()) return "?";
    std::string path;
    auto prepend = [&](const std::string& seg) { path = path.empty() ? seg : seg + "::" + path; };
    for (ItemId p = instance.def; p != kNone; p = db.item(p).parent) {
        const Item& it = db.item(p);
        if (it.kind == ItemKind::Impl) {
            // The impl's header says it all; its module path does not matter (Miri neither).
            Ty header = impl_trait_ref(p);
            if (header) {
                Ty h = m_cx.subst(header, instance.args);
                std::string trait = frame_path(Instance{InstanceKind::Item, h->def, {}, 0}, local);
                if (h->nargs > 1) {
                    trait += "<";
                    for (uint32_t i = 1; i < h->nargs; ++i) trait += (i > 1 ? ", " : "") + m_cx.to_string(h->arg(i));
                    trait += ">";
                }
                prepend("<" + m_cx.to_string(h->arg(0)) + " as " + trait + ">");
            } else {
                prepend(m_cx.to_string(m_cx.subst(m_lw.lower_item_ty(it.ty, p), instance.args)));
            }
            return path;
        }
        std::string name(m_cx.interner().str(it.name));
        if (it.parent == kNone) { // the crate's root module
            if (it.crate != local) prepend(std::string(db.crates[it.crate].name));
            break;
        }
        if (!name.empty()) prepend(name);
    }
    return path;
}

std::string TraitSolver::describe(const Instance& instance) const {
    static const char* const kKinds[] = {"item",  "virtual", "drop-glue", "clone-shim",
                                         "fn-ptr-shim", "closure-once-shim", "intrinsic", "foreign"};
    std::string out = kKinds[static_cast<int>(instance.kind)];
    out += " item#" + std::to_string(instance.def);
    // The item's path, for diagnostics (impls print as `{impl}`).
    std::string path;
    const auto& db = m_cx.db();
    for (ItemId p = instance.def; p != kNone && p < db.items.size(); p = db.item(p).parent) {
        const Item& it = db.item(p);
        std::string seg = it.kind == ItemKind::Impl ? "{impl}" : std::string(m_cx.interner().str(it.name));
        path = path.empty() ? seg : seg + "::" + path;
    }
    out += " `" + path + "`";
    if (!instance.args.empty()) {
        out += " [";
        for (size_t i = 0; i < instance.args.size(); ++i) {
            if (i) out += ", ";
            out += m_cx.to_string(instance.args[i]);
        }
        out += "]";
    }
    return out;
}

} // namespace mirage::ty
