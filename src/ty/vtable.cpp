#include "ty/vtable.h"

#include <algorithm>
#include <set>

namespace mirage::ty {

using items::Item;
using items::ItemKind;
using items::kNone;

std::vector<Ty> VtableBuilder::super_trait_refs(Ty trait_ref) {
    TyCtx& cx = m_ts.lowerer().cx();
    const auto& db = cx.db();
    const Item& t = db.item(trait_ref->def);
    std::vector<Ty> out;
    auto add = [&](const items::Bound& b) {
        if (b.modifier == items::BoundModifier::Maybe) return;
        Ty tr = m_ts.lowerer().lower_item_ty(b.trait_ref, trait_ref->def);
        if (tr->kind != Kind::TraitRef) return;
        std::vector<Ty> args{cx.mk_param(0, cx.interner().intern("Self"))};
        args.insert(args.end(), tr->arg_span().begin(), tr->arg_span().end());
        Ty generic = cx.mk(Kind::TraitRef, tr->def, args);
        out.push_back(m_ts.normalize(cx.subst(generic, trait_ref->arg_span())));
    };
    for (const items::Bound& b : db.bounds_in(t.bounds)) add(b);
    // `where Self: Trait` clauses are supertraits too.
    for (const items::Predicate& p : db.predicates_of(t)) {
        if (p.kind != items::PredicateKind::Bound) continue;
        const mir::TyNode& n = cx.interner().ty(p.ty);
        if (n.kind != mir::TyKind::Param || cx.interner().str(n.sym) != "Self") continue;
        for (const items::Bound& b : db.bounds_in(p.bounds)) add(b);
    }
    return out;
}

bool VtableBuilder::is_vtable_safe(ItemId trait, ItemId method) {
    TyCtx& cx = m_ts.lowerer().cx();
    const auto& db = cx.db();
    const Item& m = db.item(method);
    // Generic methods (type or const params) cannot be in a vtable.
    for (const items::GenericParam& p : db.params_of(m))
        if (p.kind != items::ParamKind::Lifetime) return false;
    // `where Self: Sized` excludes the method.
    for (const items::Predicate& p : db.predicates_of(m)) {
        if (p.kind != items::PredicateKind::Bound) continue;
        const mir::TyNode& n = cx.interner().ty(p.ty);
        if (n.kind != mir::TyKind::Param || cx.interner().str(n.sym) != "Self") continue;
        // rustc elaborates: `Self: TrustedRandomAccessNoCoerce` implies Sized through a supertrait.
        for (const items::Bound& b : db.bounds_in(p.bounds)) {
            const mir::TyNode& bn = cx.interner().ty(b.trait_ref);
            if (b.modifier != items::BoundModifier::Maybe && bn.kind == mir::TyKind::Resolved &&
                implies_sized(bn.sym))
                return false;
        }
    }
    // A method needs a receiver: its first input mentions Self (self, &self, Box<Self>, ...).
    Ty first = receiver(method);
    if (!first) return false;
    std::vector<Ty> stack{first};
    bool mentions_self = false;
    for (size_t i = 0; i < stack.size() && i < 64; ++i) {
        Ty t = stack[i];
        if (t->kind == Kind::Param && t->index == 0) mentions_self = true;
        for (Ty a : t->arg_span()) stack.push_back(a);
    }
    (void)trait;
    return mentions_self;
}

bool VtableBuilder::implies_sized(ItemId trait) {
    TyCtx& cx = m_ts.lowerer().cx();
    const auto& db = cx.db();
    std::vector<ItemId> stack{trait};
    std::set<ItemId> seen{trait};
    for (size_t i = 0; i < stack.size(); ++i) {
        const Item& t = db.item(stack[i]);
        if (t.lang && cx.interner().str(t.lang) == "Sized") return true;
        if (t.kind != ItemKind::Trait) continue;
        auto follow = [&](const items::Bound& b) {
            const mir::TyNode& bn = cx.interner().ty(b.trait_ref);
            if (b.modifier != items::BoundModifier::Maybe && bn.kind == mir::TyKind::Resolved &&
                seen.insert(bn.sym).second)
                stack.push_back(bn.sym);
        };
        for (const items::Bound& b : db.bounds_in(t.bounds)) follow(b);
        for (const items::Predicate& p : db.predicates_of(t)) {
            if (p.kind != items::PredicateKind::Bound) continue;
            const mir::TyNode& n = cx.interner().ty(p.ty);
            if (n.kind != mir::TyKind::Param || cx.interner().str(n.sym) != "Self") continue;
            for (const items::Bound& b : db.bounds_in(p.bounds)) follow(b);
        }
    }
    return false;
}

// The method's own where-clauses for this Self and trait args (rustc's impossible_predicates:
// a method whose clauses fail, like `where Self: Send` for a !Send type, gets a Vacant slot).
bool VtableBuilder::where_clauses_hold(ItemId method, Ty trait_ref) {
    TyCtx& cx = m_ts.lowerer().cx();
    const auto& db = cx.db();
    Lowerer& lw = m_ts.lowerer();
    for (const items::Predicate& p : db.predicates_of(db.item(method))) {
        if (p.kind != items::PredicateKind::Bound) continue;
        Ty self = m_ts.normalize(cx.subst(lw.lower_item_ty(p.ty, method), trait_ref->arg_span()));
        if (cx.has_params(self)) continue;
        for (const items::Bound& b : db.bounds_in(p.bounds)) {
            if (b.modifier == items::BoundModifier::Maybe) continue;
            Ty tr = lw.lower_item_ty(b.trait_ref, method);
            if (tr->kind != Kind::TraitRef) continue;
            std::vector<Ty> args{self};
            for (Ty a : tr->arg_span())
                args.push_back(m_ts.normalize(cx.subst(lw.with_self(a, self), trait_ref->arg_span())));
            bool ground = true;
            for (Ty a : args) ground = ground && !cx.has_params(a);
            if (ground && !m_ts.holds(tr->def, args)) return false;
        }
    }
    return true;
}

Ty VtableBuilder::receiver(ItemId method) {
    TyCtx& cx = m_ts.lowerer().cx();
    const Item& m = cx.db().item(method);
    if (!m.ty) return nullptr;
    auto sig = cx.interner().children(m.ty);
    if (sig.size() < 2) return nullptr;
    return m_ts.lowerer().lower_item_ty(sig[1], method);
}

std::vector<ItemId> VtableBuilder::own_methods(ItemId trait) {
    const auto& db = m_ts.lowerer().cx().db();
    std::vector<ItemId> out;
    for (ItemId c : db.children(db.item(trait)))
        if (db.item(c).kind == ItemKind::Function && is_vtable_safe(trait, c)) out.push_back(c);
    return out;
}

bool VtableBuilder::has_entries_transitively(ItemId trait) {
    TyCtx& cx = m_ts.lowerer().cx();
    std::vector<ItemId> stack{trait};
    std::set<ItemId> seen{trait};
    for (size_t i = 0; i < stack.size(); ++i) {
        if (!own_methods(stack[i]).empty()) return true;
        const Item& t = cx.db().item(stack[i]);
        auto follow = [&](const items::Bound& b) {
            const mir::TyNode& bn = cx.interner().ty(b.trait_ref);
            if (bn.kind == mir::TyKind::Resolved && seen.insert(bn.sym).second) stack.push_back(bn.sym);
        };
        for (const items::Bound& b : cx.db().bounds_in(t.bounds)) follow(b);
        // `where Self: Trait` clauses are supertraits too (as in super_trait_refs).
        for (const items::Predicate& p : cx.db().predicates_of(t)) {
            if (p.kind != items::PredicateKind::Bound) continue;
            const mir::TyNode& n = cx.interner().ty(p.ty);
            if (n.kind != mir::TyKind::Param || cx.interner().str(n.sym) != "Self") continue;
            for (const items::Bound& b : cx.db().bounds_in(p.bounds)) follow(b);
        }
    }
    return false;
}

std::vector<VtableBuilder::Segment> VtableBuilder::segments(Ty trait_ref) {
    // A direct transcription of prepare_vtable_segments_inner.
    struct Frame {
        Ty trait_ref;
        bool emit_vptr;
        std::vector<Ty> siblings;
        size_t next = 0;
    };
    std::vector<Segment> out;
    std::set<Ty> visited{trait_ref};
    bool emit_vptr_on_new_entry = false;
    std::vector<Frame> stack;
    stack.push_back({trait_ref, false, {}, 0});
    for (int guard = 0; guard < 4096; ++guard) {
        // Dive in: push the first unvisited supertrait until there is none.
        for (;;) {
            Frame& top = stack.back();
            std::vector<Ty> supers = super_trait_refs(top.trait_ref);
            size_t i = 0;
            while (i < supers.size() && !visited.insert(supers[i]).second) ++i;
            if (i == supers.size()) break;
            Ty next = supers[i];
            stack.push_back({next, emit_vptr_on_new_entry, std::move(supers), i + 1});
        }
        // Emit, then move to the next sibling.
        bool pushed = false;
        while (!stack.empty()) {
            Frame f = std::move(stack.back());
            stack.pop_back();
            bool has = has_entries_transitively(f.trait_ref->def);
            out.push_back({f.trait_ref, f.emit_vptr && has});
            emit_vptr_on_new_entry |= has;
            size_t i = f.next;
            while (i < f.siblings.size() && !visited.insert(f.siblings[i]).second) ++i;
            if (i < f.siblings.size()) {
                Ty next = f.siblings[i];
                stack.push_back({next, emit_vptr_on_new_entry, std::move(f.siblings), i + 1});
                pushed = true;
                break;
            }
        }
        if (!pushed) break;
    }
    return out;
}

std::vector<VtableEntry> VtableBuilder::entries(Ty trait_ref) {
    std::vector<VtableEntry> out;
    out.push_back({VtableEntryKind::DropInPlace, {}, nullptr});
    out.push_back({VtableEntryKind::Size, {}, nullptr});
    out.push_back({VtableEntryKind::Align, {}, nullptr});
    for (const Segment& seg : segments(trait_ref)) {
        for (ItemId method : own_methods(seg.trait_ref->def)) {
            auto inst = where_clauses_hold(method, seg.trait_ref)
                            ? m_ts.resolve(method, seg.trait_ref->arg_span())
                            : std::nullopt;
            if (inst) {
                Ty recv = receiver(method);
                bool by_value = recv && recv->kind == Kind::Param && recv->index == 0;
                out.push_back({VtableEntryKind::Method, *inst, seg.trait_ref, method, by_value});
            }
            else out.push_back({VtableEntryKind::Vacant, {}, nullptr});
        }
        if (seg.emit_vptr) out.push_back({VtableEntryKind::TraitVPtr, {}, seg.trait_ref});
    }
    return out;
}

namespace {

// The principal of a dyn type as a TraitRef with Self = the dyn type itself.
Ty principal_with_self(TyCtx& cx, Ty dyn_self) {
    for (Ty pred : dyn_self->arg_span()) {
        if (pred->kind != Kind::TraitRef) continue;
        if (cx.db().item(pred->def).flags & items::kAuto) continue;
        std::vector<Ty> args{dyn_self};
        args.insert(args.end(), pred->arg_span().begin(), pred->arg_span().end());
        return cx.mk(Kind::TraitRef, pred->def, args);
    }
    return nullptr;
}

} // namespace

uint32_t VtableBuilder::method_slot(Ty dyn_self, ItemId method) {
    TyCtx& cx = m_ts.lowerer().cx();
    Ty principal = principal_with_self(cx, dyn_self);
    if (!principal) return kNone;
    ItemId trait = cx.db().item(method).parent;
    uint32_t slot = 3;
    for (const Segment& seg : segments(principal)) {
        auto own = own_methods(seg.trait_ref->def);
        if (seg.trait_ref->def == trait)
            for (size_t i = 0; i < own.size(); ++i)
                if (own[i] == method) return slot + uint32_t(i);
        slot += uint32_t(own.size()) + (seg.emit_vptr ? 1 : 0);
    }
    return kNone;
}

uint32_t VtableBuilder::upcast_slot(Ty dyn_self, Ty super_trait) {
    TyCtx& cx = m_ts.lowerer().cx();
    Ty principal = principal_with_self(cx, dyn_self);
    if (!principal) return kNone;
    uint32_t slot = 3;
    for (const Segment& seg : segments(principal)) {
        slot += uint32_t(own_methods(seg.trait_ref->def).size());
        // The whole trait ref counts: `G<u8>` and `G<String>` are different segments.
        auto args = seg.trait_ref->arg_span().subspan(1);
        if (seg.trait_ref->def == super_trait->def &&
            std::equal(args.begin(), args.end(), super_trait->arg_span().begin(),
                       super_trait->arg_span().end()))
            return seg.emit_vptr ? slot : kNone;
        if (seg.emit_vptr) ++slot;
    }
    return kNone;
}

bool DropGlue::needs_drop(Ty ty) {
    auto found = m_needs_drop.find(ty);
    if (found != m_needs_drop.end()) return found->second;
    m_needs_drop[ty] = false; // recursion guard for recursive types (through Box etc.)
    bool result = false;
    Lowerer& lw = m_ts.lowerer();
    switch (ty->kind) {
    case Kind::Dynamic: result = true; break;
    case Kind::Array:
        result = needs_drop(ty->arg(0)) && !(ty->arg(1)->kind == Kind::Const && ty->arg(1)->value == 0);
        break;
    case Kind::Slice: result = needs_drop(ty->arg(0)); break;
    case Kind::Tuple:
        for (Ty e : ty->arg_span()) result = result || needs_drop(e);
        break;
    case Kind::Closure:
        for (Ty e : lw.closure_upvars(ty)) result = result || needs_drop(e);
        break;
    case Kind::Adt: {
        if (drop_impl(ty)) {
            result = true;
            break;
        }
        const AdtInfo& adt = lw.adt(ty->def);
        if (adt.kind == ItemKind::Union) break; // unions never drop their fields
        const Item& it = lw.cx().db().item(ty->def);
        if (it.lang && lw.cx().interner().str(it.lang) == "ManuallyDrop") break;
        for (uint32_t v = 0; v < adt.variants.size() && !result; ++v)
            for (uint32_t f = 0; f < adt.variants[v].fields.size() && !result; ++f)
                result = needs_drop(lw.field_ty(ty, v, f));
        break;
    }
    default: break;
    }
    m_needs_drop[ty] = result;
    return result;
}

std::optional<Instance> DropGlue::drop_impl(Ty ty) {
    ItemId drop = m_ts.lang_item("Drop");
    if (drop == kNone || ty->kind != Kind::Adt) return std::nullopt;
    Ty args[] = {ty};
    auto src = m_ts.select(drop, args);
    if (!src || src->kind != SourceKind::Impl) return std::nullopt;
    const auto& db = m_ts.lowerer().cx().db();
    for (ItemId c : db.children(db.item(src->impl)))
        if (db.item(c).kind == ItemKind::Function)
            return Instance{InstanceKind::Item, c, src->args, 0};
    return std::nullopt;
}

} // namespace mirage::ty
