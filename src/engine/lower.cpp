// Lowering of a monomorphic instance: its body, its locals' types and layouts. Places'
// projections, constants and call targets are lowered lazily per site on first execution and
// cached in the InstanceBody, so nothing on the hot path looks up strings.
#include "engine/machine.h"

#include "items/join.h"
#include "mir/printer.h"

#include <algorithm>
#include <functional>

namespace mirage::engine {

using diag::throw_internal;
using diag::throw_unsupported;
using items::ItemKind;
using ty::Kind;

static void assign_const_notes(InstanceBody& b, const mir::Interner& in);

static BodyKey body_key(const ty::Instance& inst, uint32_t body) {
    BodyKey k;
    k.kind = static_cast<uint8_t>(inst.kind);
    k.def = inst.def;
    k.body = body;
    k.args = inst.args;
    return k;
}

size_t BodyKeyHash::operator()(const BodyKey& k) const {
    size_t h = std::hash<uint64_t>()(uint64_t(k.def) << 32 | k.body) ^ k.kind;
    for (Ty a : k.args) h = h * 1000003u ^ std::hash<const void*>()(a);
    return h;
}

uint32_t Machine::body_of(const ty::Instance& inst) {
    const items::Item& it = m_p.db.item(inst.def);
    if (it.body == mir::kNone && it.parent != items::kNone && m_p.db.item(it.parent).kind == items::ItemKind::Impl)
        return impl_item_body(inst.def);
    return it.body;
}

// The body of an item of an impl that the join left unlinked (an impl inside a fn body,
// `<impl at SPAN>::INDEX`): the body of its crate whose path ends in the impl's span and the
// item's name.
uint32_t Machine::impl_item_body(items::ItemId item) {
    if (m_impl_item_bodies.empty()) {
        m_impl_item_bodies.emplace("", mir::kNone);
        for (const LoadedCrate& lc : m_p.crates)
            for (uint32_t i = lc.first_body; i < lc.first_body + lc.body_count; ++i) {
                const mir::Body& mb = m_p.bodies[i];
                if (mb.promoted != mir::kNone || mb.ctfe) continue;
                auto segs = m_p.interner.children(mb.name);
                if (segs.size() < 2) continue;
                const mir::TyNode& impl = m_p.interner.ty(segs[segs.size() - 2]);
                if (impl.kind != mir::TyKind::ImplSegment || !impl.sym) continue;
                mir::Span span;
                if (!items::parse_span(m_p.interner.str(impl.sym), m_p.interner, span)) continue;
                std::string key = std::to_string(lc.id) + ":" + std::to_string(span.file) + ":" +
                                  std::to_string(span.lo_line) + ":" + std::to_string(span.lo_col) + ":" +
                                  std::string(m_p.interner.str(m_p.interner.ty(segs.back()).sym));
                // Several bodies under one key (a macro's impls): none is certain.
                auto [it, fresh] = m_impl_item_bodies.emplace(key, i);
                if (!fresh) it->second = mir::kNone;
            }
    }
    const items::Item& it = m_p.db.item(item);
    const mir::Span& span = m_p.db.item(it.parent).span;
    std::string key = std::to_string(it.crate) + ":" + std::to_string(span.file) + ":" + std::to_string(span.lo_line) +
                      ":" + std::to_string(span.lo_col) + ":" + std::string(m_p.interner.str(it.name));
    auto found = m_impl_item_bodies.find(key);
    return found == m_impl_item_bodies.end() ? mir::kNone : found->second;
}

InstanceBody* Machine::lower(const ty::Instance& inst) {
    uint32_t body = body_of(inst);
    if (body == mir::kNone || body >= m_p.bodies.size())
        throw_unsupported("no MIR body for `" + m_p.solver->describe(inst) + "`");
    return lower_body(inst, body);
}

InstanceBody* Machine::lower_body(const ty::Instance& inst, uint32_t body) {
    BodyKey key = body_key(inst, body);
    auto found = m_bodies.find(key);
    if (found != m_bodies.end()) return found->second.get();
    auto b = std::make_unique<InstanceBody>();
    b->instance = inst;
    b->body_index = body;
    b->mir = &m_p.bodies[body];
    b->item = inst.def;
    b->crate = m_p.db.item(inst.def).crate;
    b->args = inst.args;
    const mir::Body& mb = *b->mir;
    b->name = mir::type_to_string(m_p.interner, mb.name); // named first: lowering errors cite it
    b->local_tys.resize(mb.locals.size());
    b->local_layouts.resize(mb.locals.size());
    assign_synthetic_params(*b);
    assign_closure_choices(*b);
    propagate_swaps(*b);
    for (size_t i = 0; i < mb.locals.size(); ++i)
        b->local_tys[i] = b->ty_swaps.empty() || b->ty_swaps[i].empty()
                              ? lower_ty(*b, mb.locals[i].ty)
                              : lower_ty_swapping(*b, mb.locals[i].ty, b->ty_swaps[i]);
    b->calls.resize(mb.blocks.size());
    infer_foreign_closures(*b);
    for (size_t i = 0; i < mb.locals.size(); ++i) b->local_layouts[i] = layout_of(b->local_tys[i]);
    b->has_storage.assign(mb.locals.size(), 0);
    std::vector<uint8_t> address_taken(mb.locals.size(), 0);
    auto takes_address = [&](const mir::Place& p) {
        for (uint32_t k = 0; k < p.proj.count; ++k)
            if (mb.projections[p.proj.begin + k].kind == mir::ProjKind::Deref) return;
        address_taken[p.local] = 1;
    };
    for (const mir::Statement& s : mb.statements) {
        if (s.kind == mir::StatementKind::StorageLive || s.kind == mir::StatementKind::StorageDead)
            b->has_storage[s.place.local] = 1;
        if (s.kind == mir::StatementKind::Assign &&
            (s.rvalue.kind == mir::RvalueKind::Ref || s.rvalue.kind == mir::RvalueKind::RawPtr))
            takes_address(s.rvalue.place);
    }
    for (const mir::BasicBlock& bb : mb.blocks)
        if (bb.terminator.kind == mir::TerminatorKind::Drop) takes_address(bb.terminator.place);
    b->arena_offset.assign(mb.locals.size(), UINT64_MAX);
    for (size_t i = 0; i < mb.locals.size(); ++i) {
        const Layout* l = b->local_layouts[i];
        if (address_taken[i] || l->is_unsized()) continue;
        uint64_t off = (b->arena_size + l->align - 1) & ~(l->align - 1);
        b->arena_offset[i] = off;
        b->arena_size = off + l->size;
        b->has_arena = true;
        b->arena_align = std::max(b->arena_align, l->align);
    }
    b->projs.resize(mb.projections.size());
    b->consts.resize(mb.consts.size());
    assign_const_notes(*b, m_p.interner);
    InstanceBody* raw = b.get();
    m_bodies.emplace(std::move(key), std::move(b));
    return raw;
}

// rustc prints a `// mir::ConstOperand` note, with the constant's type, for every constant
// operand whose type is not a plain scalar (pretty.rs: use_verbose), in visiting order. The
// operands are walked in that order and each verbose-looking constant takes the next note.
static bool plain_scalar_literal(const mir::Interner& in, const mir::Body& mb, uint32_t node) {
    const mir::ConstNode& c = mb.consts[node];
    ty::IntTy it;
    bool is_max;
    if (int_extreme_literal(in, c, it, is_max)) return true;
    switch (c.kind) {
    case mir::ConstKind::Int:
    case mir::ConstKind::Float:
    case mir::ConstKind::Bool:
    case mir::ConstKind::Char:
    case mir::ConstKind::Unit: return true;
    case mir::ConstKind::Tuple:
    case mir::ConstKind::Array:
        for (uint32_t i = 0; i < c.children.count; ++i)
            if (!plain_scalar_literal(in, mb, mb.const_children[c.children.begin + i])) return false;
        return true;
    default: return false;
    }
}

static void assign_const_notes(InstanceBody& b, const mir::Interner& in) {
    const mir::Body& mb = *b.mir;
    b.const_tys.assign(mb.consts.size(), 0);
    auto walk = [&](mir::Range notes, auto&& visit_operands) {
        uint32_t next = notes.begin, end = notes.begin + notes.count;
        auto take = [&](const mir::Operand& op) {
            if (op.kind != mir::OperandKind::Constant) return;
            if (plain_scalar_literal(in, mb, op.constant)) return;
            while (next < end && mb.notes[next].kind != mir::NoteKind::Const) ++next;
            if (next >= end) return;
            const mir::ConstNode& c = mb.consts[op.constant];
            if (c.kind == mir::ConstKind::Path && !(c.flags & mir::kBareConst)) {
                // A named constant of scalar type has no note: only take an `Unevaluated` one.
                std::string_view val = mb.notes[next].val ? in.str(mb.notes[next].val) : std::string_view();
                if (!val.starts_with("Unevaluated(")) return;
            }
            b.const_tys[op.constant] = mb.notes[next].ty;
            ++next;
        };
        visit_operands(take);
    };
    for (const mir::BasicBlock& bb : mb.blocks) {
        for (uint32_t i = 0; i < bb.statements.count; ++i) {
            const mir::Statement& s = mb.statements[bb.statements.begin + i];
            if (!s.notes.count) continue;
            walk(s.notes, [&](auto&& take) {
                if (s.kind == mir::StatementKind::Assign)
                    for (uint32_t k = 0; k < s.rvalue.ops.count; ++k) take(mb.operands[s.rvalue.ops.begin + k]);
                else
                    for (uint32_t k = 0; k < s.ops.count; ++k) take(mb.operands[s.ops.begin + k]);
            });
        }
        const mir::Terminator& t = bb.terminator;
        if (!t.notes.count) continue;
        walk(t.notes, [&](auto&& take) {
            if (t.kind == mir::TerminatorKind::SwitchInt || t.kind == mir::TerminatorKind::Call ||
                t.kind == mir::TerminatorKind::TailCall || t.kind == mir::TerminatorKind::Assert ||
                (t.kind == mir::TerminatorKind::Return && t.expected == 2))
                take(t.func);
            for (uint32_t k = 0; k < t.args.count; ++k) take(mb.operands[t.args.begin + k]);
        });
    }
}

// A path to an item defined inside a fn body (`<Range<usize> as SliceIndex<[T]>>::get_unchecked::
// precondition_check`, `RawVec::<T, A>::new_in::{constant#0}`): the enclosing item through the
// path without its last segment, then the child of that name. Returns the item and the args of
// the last segment (for anonymous consts: the enclosing item's args).
// Several consts (or fns) of one name in one body (`const N_SHIFT` in each expansion of a
// macro's block, `u64_stages::N_SHIFT` three times, `do_panic` of each `const_panic!`): the use
// at constant node `use` of body `b` means the one whose definition precedes it most closely
// in the source; of several defined at one place (one macro expanded twice), the uses split
// among them in order.
items::ItemId Machine::nearest_namesake(InstanceBody& b, mir::TyId path, const std::vector<items::ItemId>& consts,
                                        uint32_t use) {
    const mir::Body& mb = *b.mir;
    // Where an item is defined: its body's `return` spans the whole `const N: T = ..;` (the
    // return place's span may be a macro argument, at the invocation: `const L: $ty`).
    auto def_span = [&](items::ItemId c) {
        uint32_t body = m_p.db.item(c).body;
        if (body >= m_p.bodies.size()) return mir::Span{};
        const mir::Body& db = m_p.bodies[body];
        for (const mir::BasicBlock& bb : db.blocks)
            if (bb.terminator.kind == mir::TerminatorKind::Return) return bb.terminator.span;
        return db.locals.empty() ? mir::Span{} : db.locals[0].span;
    };
    // The source line of each use of `path` in the body, by constant node.
    std::vector<std::pair<uint32_t, mir::Span>> uses;
    auto visit = [&](const mir::Operand& op, const mir::Span& span) {
        if (op.kind != mir::OperandKind::Constant) return;
        const mir::ConstNode& cn = mb.consts[op.constant];
        if (cn.kind == mir::ConstKind::Path && cn.ty == path) uses.emplace_back(op.constant, span);
    };
    for (const mir::Statement& st : mb.statements) {
        for (uint32_t k = 0; k < st.rvalue.ops.count; ++k) visit(mb.operands[st.rvalue.ops.begin + k], st.span);
        for (uint32_t k = 0; k < st.ops.count; ++k) visit(mb.operands[st.ops.begin + k], st.span);
    }
    for (const mir::BasicBlock& bb : mb.blocks) {
        visit(bb.terminator.func, bb.terminator.span);
        for (uint32_t k = 0; k < bb.terminator.args.count; ++k) visit(mb.operands[bb.terminator.args.begin + k], bb.terminator.span);
    }
    std::sort(uses.begin(), uses.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
    auto closest_line = [&](const mir::Span& at) {
        uint32_t best = 0;
        for (items::ItemId c : consts) {
            mir::Span d = def_span(c);
            if (d.file == at.file && d.lo_line <= at.lo_line && d.lo_line > best) best = d.lo_line;
        }
        return best;
    };
    mir::Span at;
    for (const auto& u : uses)
        if (u.first == use) at = u.second;
    uint32_t line = closest_line(at);
    std::vector<items::ItemId> here;
    for (items::ItemId c : consts)
        if (def_span(c).lo_line == line && def_span(c).file == at.file) here.push_back(c);
    if (here.empty()) return consts[0];
    // Used by a sibling of the same expansion (`const LOWER_HALF_1_BITS: $ty = (1 <<
    // HALF_BITS) - 1;`): its own expansion's, the closest defined before it (items are in
    // source order).
    if (const items::Item& user = m_p.db.item(b.item);
        (user.flags & items::kLocal) && user.parent == m_p.db.item(here[0]).parent) {
        items::ItemId before = items::kNone;
        for (items::ItemId c : here)
            if (c < b.item && (before == items::kNone || c > before)) before = c;
        if (before != items::kNone) return before;
    }
    size_t total = 0, index = 0;
    for (const auto& u : uses)
        if (closest_line(u.second) == line) {
            if (u.first == use) index = total;
            ++total;
        }
    return here[std::min(here.size() - 1, index * here.size() / std::max<size_t>(total, 1))];
}

std::optional<std::pair<items::ItemId, std::vector<Ty>>> Machine::resolve_nested_path(InstanceBody& b, mir::TyId path,
                                                                                      uint32_t use) {
    mir::Interner& in = m_p.interner;
    const mir::TyNode node = in.ty(path);
    if (node.kind != mir::TyKind::Path && node.kind != mir::TyKind::QPath) return std::nullopt;
    std::vector<mir::TyId> kids(in.children(path).begin(), in.children(path).end());
    size_t first_seg = node.kind == mir::TyKind::QPath ? 2 : 0;
    if (kids.size() < first_seg + 2) return std::nullopt;
    mir::TyId last = kids.back();
    mir::Sym name = in.ty(last).sym;
    std::vector<mir::TyId> prefix(kids.begin(), kids.end() - 1);
    mir::TyId parent_path = in.intern_ty(node.kind, node.flags, node.sym, prefix);
    items::ItemId parent = items::kNone;
    std::vector<Ty> parent_args;
    if (auto ref = m_p.solver->lower_fn_path(parent_path, b.crate, b.item)) {
        parent = ref->def;
        for (Ty a : ref->args) parent_args.push_back(m_p.solver->normalize(m_p.cx->subst(a, b.args)));
        // A trait method named through its trait: the impl's method holds the nested items.
        if (auto inst = m_p.solver->resolve(parent, parent_args); inst && inst->kind == ty::InstanceKind::Item) {
            parent = inst->def;
            parent_args = inst->args;
        }
    } else {
        parent = m_p.lowerer->resolve_mir_path(parent_path, b.crate, b.item, items::Namespace::Value);
        if (parent == items::kNone) {
            auto up = resolve_nested_path(b, parent_path);
            if (!up) return std::nullopt;
            parent = up->first;
            parent_args = up->second;
        }
    }
    if (parent == items::kNone) return std::nullopt;
    std::string_view n = in.str(name);
    if (n.starts_with("{constant#")) {
        if (m_anon_consts.empty())
            for (items::ItemId id = 0; id < m_p.db.items.size(); ++id)
                if (m_p.db.items[id].kind == items::ItemKind::AnonConst)
                    m_anon_consts[m_p.db.items[id].parent].push_back(id);
        auto it = m_anon_consts.find(parent);
        if (it == m_anon_consts.end()) return std::nullopt;
        for (items::ItemId c : it->second)
            if (m_p.db.item(c).name == name) {
                size_t k = m_p.lowerer->generics_of(c).size();
                if (parent_args.size() > k) parent_args.resize(k);
                return std::make_pair(c, parent_args);
            }
        return std::nullopt;
    }
    // Fns declared in an `extern { .. }` block of the body are named as the body's children.
    std::vector<items::ItemId> candidates;
    for (items::ItemId c : m_p.lowerer->local_children(parent)) {
        const items::Item& ci = m_p.db.item(c);
        if (ci.kind == items::ItemKind::Module && !ci.name)
            for (items::ItemId g : m_p.lowerer->local_children(c)) candidates.push_back(g);
        else
            candidates.push_back(c);
    }
    std::vector<items::ItemId> consts;
    for (items::ItemId c : candidates)
        if (m_p.db.item(c).name == name && m_p.db.item(c).kind == items::ItemKind::Const) consts.push_back(c);
    if (consts.size() > 1 && use != UINT32_MAX)
        return std::make_pair(nearest_namesake(b, path, consts, use), std::vector<Ty>{});
    for (items::ItemId c : candidates) {
        const items::Item& ci = m_p.db.item(c);
        if (ci.name != name) continue;
        // A const or static inside a fn body has no generics.
        if (ci.kind == items::ItemKind::Const || ci.kind == items::ItemKind::Static)
            return std::make_pair(c, std::vector<Ty>{});
        if (ci.kind != items::ItemKind::Function) continue;
        auto seg_kids = in.children(last);
        std::vector<mir::TyId> sk(seg_kids.begin(), seg_kids.end());
        std::vector<Ty> args;
        for (Ty a : m_p.lowerer->lower_mir_args(c, sk, b.crate, b.item))
            args.push_back(m_p.solver->normalize(m_p.cx->subst(a, b.args)));
        return std::make_pair(c, args);
    }
    return std::nullopt;
}

static bool has_error(Ty t);

// Two `impl Trait` args with the same bounds (`fn newton(f: impl Fn(f64) -> f64, df: impl
// Fn(f64) -> f64)`) are two params rustc prints alike: every `impl Fn(f64) -> f64` in the body
// names one of them. The args take them in signature order; locals borrowing or copying an
// arg take its param; the rest keep the lowering's default (see lower_ty_swapping).
static bool mentions(Ty t, uint32_t param) {
    if (t->kind == Kind::Param) return t->index == param;
    for (Ty a : t->arg_span())
        if (mentions(a, param)) return true;
    return false;
}

void Machine::assign_synthetic_params(InstanceBody& b) {
    const auto& gens = m_p.lowerer->generics_of(b.item);
    // Groups of synthetic params printed alike; the lowering picks the group's last one.
    std::unordered_map<uint32_t, std::vector<uint32_t>> groups; // default param -> members
    for (uint32_t i = 0; i < gens.size(); ++i) {
        if (!gens[i].decl || !gens[i].decl->synthetic) continue;
        uint32_t last = i;
        std::vector<uint32_t> members;
        for (uint32_t j = 0; j < gens.size(); ++j)
            if (gens[j].decl && gens[j].decl->synthetic && gens[j].name == gens[i].name) {
                members.push_back(j);
                last = j;
            }
        if (members.size() > 1) groups[last] = members;
    }
    if (groups.empty()) return;
    const mir::Body& mb = *b.mir;
    if (b.ty_swaps.empty()) b.ty_swaps.assign(mb.locals.size(), {});
    std::unordered_map<uint32_t, size_t> next; // per group: the next member the args take
    for (uint32_t i = 1; i <= mb.arg_count && i < mb.locals.size(); ++i) {
        Ty generic = m_p.lowerer->lower_mir_ty(mb.locals[i].ty, b.crate, b.item);
        for (auto& [def, members] : groups)
            if (mentions(generic, def) && next[def] < members.size())
                b.ty_swaps[i].push_back(TySwap{false, def, members[next[def]++]});
    }
}

// Closures of one macro expanded several times in a body print alike (`{closure@slice.rs:321:59:
// 321:67}` in each `sort_by_key!` of sort_by_cached_key) and the lowering takes the first. The
// aggregate that makes one names it in its `// closure` note (`def_id: ..::{closure#1}`): its
// destination takes that closure, and what is made from it follows (propagate_swaps).
void Machine::assign_closure_choices(InstanceBody& b) {
    const mir::Body& mb = *b.mir;
    if (m_closures_by_text.empty())
        for (items::ItemId id = 0; id < m_p.db.items.size(); ++id)
            if (m_p.db.items[id].kind == items::ItemKind::Closure && m_p.db.items[id].ty)
                m_closures_by_text[m_p.db.items[id].ty].push_back(id);
    for (const mir::Statement& st : mb.statements) {
        if (st.kind != mir::StatementKind::Assign || st.place.proj.count != 0) continue;
        const mir::Rvalue& rv = st.rvalue;
        if (rv.kind != mir::RvalueKind::Aggregate || static_cast<mir::AggregateKind>(rv.op) != mir::AggregateKind::Closure)
            continue;
        auto all = m_closures_by_text.find(rv.ty);
        if (all == m_closures_by_text.end() || all->second.size() < 2) continue;
        std::string_view def_id;
        for (uint32_t k = 0; k < st.notes.count; ++k) {
            const mir::Note& n = mb.notes[st.notes.begin + k];
            if (n.kind == mir::NoteKind::Closure && n.def_id) def_id = m_p.interner.str(n.def_id);
        }
        size_t cut = def_id.rfind("::");
        if (cut == std::string_view::npos) continue;
        std::string_view name = def_id.substr(cut + 2);
        while (!name.empty() && name.back() == ')') name.remove_suffix(1);
        Ty lowered = m_p.lowerer->lower_mir_ty(rv.ty, b.crate, b.item);
        if (lowered->kind != Kind::Closure) continue;
        items::ItemId by_default = lowered->def;
        items::ItemId meant = items::kNone;
        for (items::ItemId c : all->second)
            if (m_p.db.item(c).parent == m_p.db.item(by_default).parent && m_p.interner.str(m_p.db.item(c).name) == name)
                meant = c;
        if (meant == items::kNone || meant == by_default) continue;
        if (b.ty_swaps.empty()) b.ty_swaps.assign(mb.locals.size(), {});
        b.ty_swaps[st.place.local].push_back(TySwap{true, by_default, meant});
    }
}

// Borrows, copies and moves of a local carry its swaps, and so do values made from it (a call's
// result, an aggregate) when their type holds what was swapped.
void Machine::propagate_swaps(InstanceBody& b) {
    if (b.ty_swaps.empty()) return;
    const mir::Body& mb = *b.mir;
    auto holds = [&](uint32_t local, const TySwap& sw) {
        Ty generic = m_p.lowerer->lower_mir_ty(mb.locals[local].ty, b.crate, b.item);
        std::function<bool(Ty)> go = [&](Ty t) {
            if (sw.closure ? (t->kind == Kind::Closure && t->def == sw.from) : (t->kind == Kind::Param && t->index == sw.from))
                return true;
            for (Ty a : t->arg_span())
                if (go(a)) return true;
            return false;
        };
        return go(generic);
    };
    auto flow = [&](uint32_t from, uint32_t to, bool check) {
        if (from >= mb.locals.size() || to >= mb.locals.size() || from == to) return false;
        bool changed = false;
        for (const TySwap& sw : b.ty_swaps[from]) {
            bool have = false;
            for (const TySwap& x : b.ty_swaps[to]) have |= x.closure == sw.closure && x.from == sw.from;
            if (have || (check && !holds(to, sw))) continue;
            b.ty_swaps[to].push_back(sw);
            changed = true;
        }
        return changed;
    };
    auto operand_local = [&](const mir::Operand& op) {
        return op.kind == mir::OperandKind::Copy || op.kind == mir::OperandKind::Move ? op.place.local : UINT32_MAX;
    };
    for (int pass = 0; pass < 8; ++pass) {
        bool changed = false;
        for (const mir::Statement& st : mb.statements) {
            if (st.kind != mir::StatementKind::Assign || st.place.proj.count != 0) continue;
            const mir::Rvalue& rv = st.rvalue;
            if (rv.kind == mir::RvalueKind::Ref || rv.kind == mir::RvalueKind::RawPtr ||
                rv.kind == mir::RvalueKind::CopyForDeref)
                changed |= flow(rv.place.local, st.place.local, false);
            else if (rv.kind == mir::RvalueKind::Use && rv.ops.count == 1)
                changed |= flow(operand_local(mb.operands[rv.ops.begin]), st.place.local, false);
            else if (rv.kind == mir::RvalueKind::Aggregate)
                for (uint32_t k = 0; k < rv.ops.count; ++k)
                    changed |= flow(operand_local(mb.operands[rv.ops.begin + k]), st.place.local, true);
        }
        for (const mir::BasicBlock& bb : mb.blocks) {
            const mir::Terminator& t = bb.terminator;
            if (t.kind != mir::TerminatorKind::Call || t.place.proj.count != 0) continue;
            for (uint32_t k = 0; k < t.args.count; ++k)
                changed |= flow(operand_local(mb.operands[t.args.begin + k]), t.place.local, true);
        }
        if (!changed) break;
    }
}

Ty Machine::lower_ty_swapping(InstanceBody& b, mir::TyId syntax, const TySwaps& choice) {
    Ty t = m_p.lowerer->lower_mir_ty(syntax, b.crate, b.item);
    t = apply_swaps(t, choice);
    t = m_p.solver->normalize(m_p.cx->subst(t, b.args));
    if (has_error(t) || m_p.cx->has_params(t))
        throw_internal("cannot lower type `" + mir::type_to_string(m_p.interner, syntax) + "` in `" + b.name +
                       "`: " + m_p.cx->to_string(t));
    return t;
}

Ty Machine::apply_swaps(Ty t, const TySwaps& choice) {
    // What is not swapped stays (the members of a param group share their name; closures of
    // one text share their generics).
    std::function<Ty(Ty)> go = [&](Ty x) -> Ty {
        for (const TySwap& sw : choice) {
            if (!sw.closure && x->kind == Kind::Param && x->index == sw.from) return m_p.cx->mk_param(sw.to, x->sym);
            if (sw.closure && x->kind == Kind::Closure && x->def == sw.from) {
                std::vector<Ty> args;
                for (Ty a : x->arg_span()) args.push_back(go(a));
                ty::TyS shape = *x;
                shape.def = sw.to;
                return m_p.cx->intern(shape, args);
            }
        }
        if (x->kind == Kind::Param) return x;
        if (!x->nargs) return x;
        std::vector<Ty> args;
        bool changed = false;
        for (Ty a : x->arg_span()) {
            args.push_back(go(a));
            changed |= args.back() != a;
        }
        return changed ? m_p.cx->intern(*x, args) : x;
    };
    return go(t);
}

static bool has_error(Ty t) {
    if (t->kind == Kind::Error) return true;
    for (Ty a : t->arg_span())
        if (has_error(a)) return true;
    return false;
}

Ty Machine::lower_ty(InstanceBody& b, mir::TyId syntax) {
    auto it = b.tys.find(syntax);
    if (it != b.tys.end()) return it->second;
    Ty t = m_p.lowerer->lower_mir_ty(syntax, b.crate, b.item);
    t = m_p.cx->subst(t, b.args);
    t = with_foreign_closure_args(b, t);
    t = m_p.solver->normalize(t);
    if (has_error(t) || m_p.cx->has_params(t))
        throw_internal("cannot lower type `" + mir::type_to_string(m_p.interner, syntax) + "` in `" +
                       b.name + "`: " + m_p.cx->to_string(t));
    b.tys.emplace(syntax, t);
    return t;
}

// ---- closures of other fns ---------------------------------------------------------------------
// MIR prints a closure type as `{closure@FILE:L:C}` without its generic args; the lowerer gives
// it the args of the body it appears in, which are right only inside the fn that defines it.
// Elsewhere the closure came from a callee returning `impl Fn..` (`map_fold`, `find::check`,
// a user `fn adder() -> impl Fn`): the callee's own return type, lowered in its instance, has
// the right args.

static items::ItemId enclosing_fn(const items::ItemDb& db, items::ItemId id) {
    while (id != items::kNone && db.item(id).kind == items::ItemKind::Closure) id = db.item(id).parent;
    return id;
}

bool Machine::is_foreign_closure(const InstanceBody& b, Ty t) const {
    if (t->kind == Kind::Closure || t->kind == Kind::Coroutine) {
        if (enclosing_fn(m_p.db, t->def) != enclosing_fn(m_p.db, b.item)) return true;
    }
    for (Ty a : t->arg_span())
        if (is_foreign_closure(b, a)) return true;
    return false;
}

Ty Machine::with_foreign_closure_args(InstanceBody& b, Ty t) {
    if (b.foreign_closures.empty() || !t->nargs) return t;
    if (t->kind == Kind::Closure || t->kind == Kind::Coroutine) {
        auto it = b.foreign_closures.find(t->def);
        if (it != b.foreign_closures.end()) return m_p.cx->mk(t->kind, t->def, it->second);
    }
    std::vector<Ty> args;
    bool changed = false;
    for (Ty a : t->arg_span()) {
        args.push_back(with_foreign_closure_args(b, a));
        changed |= args.back() != a;
    }
    return changed ? m_p.cx->intern(*t, args) : t;
}

// Where `wrong` (as lowered here) and `right` (the callee's return type) have the same
// closure, records the right args.
static void match_closures(InstanceBody& b, Ty wrong, Ty right) {
    if (wrong->kind != right->kind) return;
    if ((wrong->kind == Kind::Closure || wrong->kind == Kind::Coroutine)) {
        if (wrong->def == right->def && wrong != right)
            b.foreign_closures.emplace(wrong->def, std::vector<Ty>(right->arg_span().begin(), right->arg_span().end()));
        return;
    }
    if (wrong->nargs != right->nargs || wrong->def != right->def) return;
    for (uint32_t i = 0; i < wrong->nargs; ++i) match_closures(b, wrong->arg(i), right->arg(i));
}

void Machine::infer_foreign_closures(InstanceBody& b) {
    const mir::Body& mb = *b.mir;
    std::vector<uint8_t> foreign(mb.locals.size(), 0);
    bool any = false;
    for (size_t i = 0; i < mb.locals.size(); ++i) any |= (foreign[i] = is_foreign_closure(b, b.local_tys[i]));
    if (!any) return;
    // A call's destination has exactly the callee's return type (one closure of a fn called
    // twice with different args has two types here); other locals go by closure item.
    std::vector<std::pair<uint32_t, Ty>> exact;
    for (uint32_t bb = 0; bb < mb.blocks.size(); ++bb) {
        const mir::Terminator& t = mb.blocks[bb].terminator;
        if (t.kind != mir::TerminatorKind::Call || t.place.proj.count || !foreign[t.place.local]) continue;
        if (t.func.kind != mir::OperandKind::Constant) continue;
        const mir::ConstNode& cn = mb.consts[t.func.constant];
        if (cn.kind != mir::ConstKind::Path || !cn.ty) continue;
        // A call that cannot be resolved yet reports its error when (if) it runs.
        try {
            auto inst = resolve_callee_path(b, cn.ty, nullptr);
            if (!inst || inst->kind != ty::InstanceKind::Item || m_p.db.item(inst->def).body == mir::kNone) continue;
            InstanceBody* callee = lower(*inst);
            match_closures(b, b.local_tys[t.place.local], callee->local_tys[0]);
            exact.emplace_back(t.place.local, callee->local_tys[0]);
        } catch (const diag::MachineStop&) {
        }
    }
    if (b.foreign_closures.empty()) return;
    b.tys.clear();
    for (size_t i = 0; i < mb.locals.size(); ++i) b.local_tys[i] = lower_ty(b, mb.locals[i].ty);
    for (const auto& [local, t] : exact) b.local_tys[local] = t;
}

const Layout* Machine::layout_of(Ty ty) {
    auto r = m_layouts->layout_of(ty);
    if (!r.ok()) {
        std::string where;
        if (ty->kind == Kind::Adt)
            for (items::ItemId p = ty->def; p != items::kNone; p = m_p.db.item(p).parent) {
                const items::Item& it = m_p.db.item(p);
                where = std::string(m_p.interner.str(it.name)) + "#" + std::to_string(p) + (where.empty() ? "" : "::" + where);
            }
        throw_internal("no layout for `" + m_p.cx->to_string(ty) + "`" + (where.empty() ? "" : " (" + where + ")") +
                       ": " + r.error().message);
    }
    return r.value();
}

} // namespace mirage::engine
