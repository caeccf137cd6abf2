#include "ty/coroutine.h"

#include "mir/parser.h"

#include <algorithm>
#include <functional>

namespace mirage::ty {

using items::Item;
using items::ItemKind;
using items::kNone;

Lowerer::~Lowerer() = default;

namespace {

// Where a place of a coroutine body lands in its own coroutine.
struct Access {
    enum Kind : uint8_t { None, Self, Upvar, Variant, Saved } kind = None;
    uint32_t variant = 0, field = 0;
    mir::TyId ty = 0;    // Upvar/Saved: the field's type as printed
    uint32_t next = 0;   // index of the first projection after the access
};

// Reads a coroutine body's places relative to the coroutine it runs on: through `_1.0` (the
// `Pin<&mut C>`'s pointer) or through a local of type `&mut C` (rustc copies `_1.0` into one).
class SelfPlaces {
  public:
    SelfPlaces(const mir::Body& body, const mir::Interner& in, mir::TyId coroutine_ty) : m_body(body) {
        m_self_ptr.assign(body.locals.size(), false);
        for (size_t l = 0; l < body.locals.size(); ++l) {
            mir::TyId t = body.locals[l].ty;
            if (t == 0 || in.ty(t).kind != mir::TyKind::Ref) continue;
            auto kids = in.children(t);
            m_self_ptr[l] = !kids.empty() && kids.back() == coroutine_ty;
        }
    }

    Access decode(const mir::Place& place) const {
        Access a;
        if (place.local >= m_self_ptr.size()) return a;
        uint32_t i = place.proj.begin, end = place.proj.begin + place.proj.count;
        const auto& proj = m_body.projections;
        bool at_ptr = m_self_ptr[place.local];
        if (!at_ptr && place.local == 1 && i < end && proj[i].kind == mir::ProjKind::Field && proj[i].a == 0) {
            at_ptr = true;
            ++i;
        }
        if (!at_ptr || i >= end || proj[i].kind != mir::ProjKind::Deref) return a;
        ++i;
        a.kind = Access::Self;
        if (i < end && proj[i].kind == mir::ProjKind::Field) {
            a.kind = Access::Upvar;
            a.field = proj[i].a;
            a.ty = proj[i].ty;
            ++i;
        } else if (i < end && proj[i].kind == mir::ProjKind::Downcast && proj[i].sym == 0) {
            a.kind = Access::Variant;
            a.variant = proj[i].a;
            ++i;
            if (i < end && proj[i].kind == mir::ProjKind::Field) {
                a.kind = Access::Saved;
                a.field = proj[i].a;
                a.ty = proj[i].ty;
                ++i;
            }
        }
        a.next = i;
        return a;
    }

  private:
    const mir::Body& m_body;
    std::vector<bool> m_self_ptr;
};

// Every place a body mentions.
void for_each_place(const mir::Body& body, const std::function<void(const mir::Place&)>& f) {
    for (const mir::Statement& st : body.statements) {
        f(st.place);
        f(st.rvalue.place);
    }
    for (const mir::Operand& op : body.operands)
        if (op.kind == mir::OperandKind::Copy || op.kind == mir::OperandKind::Move) f(op.place);
    for (const mir::BasicBlock& bb : body.blocks) {
        f(bb.terminator.place);
        if (bb.terminator.func.kind == mir::OperandKind::Copy || bb.terminator.func.kind == mir::OperandKind::Move)
            f(bb.terminator.func.place);
    }
    for (const mir::DebugVar& dv : body.debug_vars)
        if (!dv.is_const) f(dv.place);
}

// Which saved fields (slots `slot[v][k]`) the body may hold at the same time: a forward
// "maybe initialized" analysis over the fields as whole places. A field becomes initialized
// when assigned (a call destination included) and dead when moved out whole or dropped;
// partial moves, borrows and reads keep it. The body is re-entered through its dispatch
// (`switchInt(discriminant(*self))`): the block for state N starts with what was held when
// the body set `discriminant(*self) = N`. Two fields conflict when both may be held at one
// point (or one is assigned while the other is held). rustc answers this question with
// storage liveness on the body before its transform; this is the same question asked of the
// body after it, and it errs towards conflicts.
std::vector<std::vector<bool>> saved_conflicts(const mir::Body& body, const SelfPlaces& self,
                                               const std::vector<std::vector<uint32_t>>& slot,
                                               uint32_t nslots) {
    std::vector<std::vector<bool>> conflict(nslots, std::vector<bool>(nslots, false));
    using Set = std::vector<bool>;
    auto whole = [&](const mir::Place& place) -> int64_t {
        Access a = self.decode(place);
        if (a.kind != Access::Saved || a.next != place.proj.begin + place.proj.count) return -1;
        if (a.variant >= slot.size() || a.field >= slot[a.variant].size()) return -1;
        return slot[a.variant][a.field];
    };
    auto gen = [&](Set& held, int64_t s) {
        if (s < 0) return;
        for (uint32_t o = 0; o < nslots; ++o)
            if (held[o] && o != s) conflict[s][o] = conflict[o][s] = true;
        held[s] = true;
    };
    auto kill_moves = [&](Set& held, mir::Range ops) {
        for (uint32_t i = ops.begin; i < ops.begin + ops.count; ++i)
            if (body.operands[i].kind == mir::OperandKind::Move)
                if (int64_t s = whole(body.operands[i].place); s >= 0) held[s] = false;
    };
    // The dispatch: state N -> the block it resumes in.
    std::vector<std::pair<uint32_t, uint32_t>> resumes;
    for (const mir::BasicBlock& bb : body.blocks) {
        const mir::Terminator& t = bb.terminator;
        if (t.kind != mir::TerminatorKind::SwitchInt || t.func.kind == mir::OperandKind::Constant) continue;
        bool dispatch = false;
        for (uint32_t i = bb.statements.begin; i < bb.statements.begin + bb.statements.count; ++i) {
            const mir::Statement& st = body.statements[i];
            dispatch |= st.kind == mir::StatementKind::Assign && st.place.local == t.func.place.local &&
                        st.place.proj.count == 0 && st.rvalue.kind == mir::RvalueKind::Discriminant &&
                        self.decode(st.rvalue.place).kind == Access::Self;
        }
        if (!dispatch) continue;
        for (uint32_t e = t.edges.begin; e < t.edges.begin + t.edges.count; ++e)
            if (body.edges[e].label == mir::EdgeLabel::Value)
                resumes.emplace_back(static_cast<uint32_t>(body.edges[e].value), body.edges[e].block);
    }
    std::vector<Set> in(body.blocks.size(), Set(nslots, false));
    std::vector<Set> suspended; // by state
    bool changed = true;
    auto merge = [&](Set& into, const Set& from) {
        for (uint32_t i = 0; i < nslots; ++i)
            if (from[i] && !into[i]) into[i] = changed = true;
    };
    while (changed) {
        changed = false;
        for (const auto& [state, block] : resumes)
            if (state < suspended.size() && block < in.size()) merge(in[block], suspended[state]);
        for (uint32_t b = 0; b < body.blocks.size(); ++b) {
            const mir::BasicBlock& bb = body.blocks[b];
            Set held = in[b];
            for (uint32_t i = bb.statements.begin; i < bb.statements.begin + bb.statements.count; ++i) {
                const mir::Statement& st = body.statements[i];
                if (st.kind == mir::StatementKind::Assign) {
                    kill_moves(held, st.rvalue.ops);
                    gen(held, whole(st.place));
                } else if (st.kind == mir::StatementKind::SetDiscriminant &&
                           self.decode(st.place).kind == Access::Self) {
                    if (suspended.size() <= st.a) suspended.resize(st.a + 1, Set(nslots, false));
                    merge(suspended[st.a], held);
                }
            }
            const mir::Terminator& t = bb.terminator;
            if (t.kind == mir::TerminatorKind::Call || t.kind == mir::TerminatorKind::TailCall) {
                kill_moves(held, t.args);
                gen(held, whole(t.place));
            } else if (t.kind == mir::TerminatorKind::Drop) {
                if (int64_t s = whole(t.place); s >= 0) held[s] = false;
            }
            for (uint32_t e = t.edges.begin; e < t.edges.begin + t.edges.count; ++e)
                if (body.edges[e].block < in.size()) merge(in[body.edges[e].block], held);
        }
    }
    return conflict;
}

} // namespace

ItemId Lowerer::async_fn_coroutine(ItemId fn) {
    const auto& db = m_cx.db();
    if (m_async_index_size != db.items.size()) {
        m_async_fn_coroutines.clear();
        for (ItemId id = 0; id < db.items.size(); ++id) {
            const Item& it = db.items[id];
            if (it.kind != ItemKind::Closure || it.parent == kNone || it.ty == 0) continue;
            const mir::TyNode& n = m_cx.interner().ty(it.ty);
            if (n.kind == mir::TyKind::Braced && m_cx.interner().str(n.sym).starts_with("async fn body of "))
                m_async_fn_coroutines.emplace(it.parent, id);
        }
        m_async_index_size = db.items.size();
    }
    auto it = m_async_fn_coroutines.find(fn);
    return it == m_async_fn_coroutines.end() ? kNone : it->second;
}

Ty Lowerer::async_fn_body_ty(std::string_view text, items::CrateId crate, ItemId owner) {
    std::string_view path = text.substr(std::string_view("async fn body of ").size());
    if (path.ends_with("()")) path.remove_suffix(2);
    // The fn's path with its args (`m::S<T>::g<U>`) is what a FnDef type prints: lower it so,
    // and the coroutine's args are the fn's.
    auto syntax = mir::parse_type(m_cx.interner(), path);
    std::optional<std::pair<ItemId, std::vector<Ty>>> fn;
    if (syntax && fn_path_lowerer) fn = fn_path_lowerer(*syntax, crate, owner);
    ItemId coroutine = fn ? async_fn_coroutine(fn->first) : kNone;
    if (coroutine == kNone) return m_cx.mk_error("unknown async fn body `{" + std::string(text) + "}`");
    return m_cx.mk(Kind::Coroutine, coroutine, fn->second);
}

const CoroutineInfo* Lowerer::coroutine_info(ItemId coroutine) {
    auto found = m_coroutines.find(coroutine);
    if (found != m_coroutines.end()) return found->second.get();
    std::unique_ptr<CoroutineInfo> info;
    const auto& db = m_cx.db();
    const Item& it = db.item(coroutine);
    const mir::Body* body = body_provider && it.body != kNone ? body_provider(it.body) : nullptr;
    if (body && body->locals.size() > 2 && it.ty != 0) {
        info = std::make_unique<CoroutineInfo>();
        items::CrateId crate = it.crate;
        auto lower = [&](mir::TyId t) { return lower_mir_ty(t, crate, coroutine); };
        info->resume = lower(body->locals[2].ty);
        info->output = lower(body->locals[0].ty);
        SelfPlaces self(*body, m_cx.interner(), it.ty);
        // Variant count: the reserved three, then every suspension point the body mentions
        // (a suspension point may save nothing: only `discriminant(..) = V` names it).
        uint32_t nvariants = kFirstSuspend;
        std::vector<std::vector<mir::TyId>> saved;
        std::vector<mir::TyId> upvars;
        auto note = [&](const mir::Place& place) {
            Access a = self.decode(place);
            if (a.kind == Access::Upvar) {
                if (upvars.size() <= a.field) upvars.resize(a.field + 1, 0);
                if (!upvars[a.field]) upvars[a.field] = a.ty;
            } else if (a.kind == Access::Variant || a.kind == Access::Saved) {
                nvariants = std::max(nvariants, a.variant + 1);
                if (a.kind != Access::Saved) return;
                if (saved.size() <= a.variant) saved.resize(a.variant + 1);
                auto& fields = saved[a.variant];
                if (fields.size() <= a.field) fields.resize(a.field + 1, 0);
                if (!fields[a.field]) fields[a.field] = a.ty;
            }
        };
        for_each_place(*body, note);
        for (const mir::Statement& st : body->statements)
            if (st.kind == mir::StatementKind::SetDiscriminant && self.decode(st.place).kind == Access::Self &&
                self.decode(st.place).next == st.place.proj.begin + st.place.proj.count)
                nvariants = std::max(nvariants, st.a + 1);
        for (mir::TyId t : upvars)
            info->upvars.push_back(t ? lower(t) : m_cx.mk_error("capture never used in the coroutine body"));
        info->variants.resize(nvariants);
        info->promoted.resize(nvariants);
        saved.resize(nvariants);
        std::vector<std::vector<uint32_t>> slot(nvariants);
        uint32_t nslots = 0;
        for (uint32_t v = 0; v < nvariants; ++v) {
            for (mir::TyId t : saved[v]) info->variants[v].push_back(t ? lower(t) : m_cx.mk_unit());
            for (size_t k = 0; k < saved[v].size(); ++k) slot[v].push_back(nslots++);
        }
        // The body uses a local saved in several variants through one of them, also while in
        // another state (`s` as `variant#4.0` while suspended in state 3): variants may only
        // share bytes between fields the body never holds at once. A field that conflicts with
        // a field of another variant gets bytes of its own (promoted to the prefix, like
        // rustc's ineligible locals); the others overlap with the other variants.
        // Of two conflicting fields, the one with more conflicts goes, as rustc decides.
        auto conflict = saved_conflicts(*body, self, slot, nslots);
        std::vector<uint32_t> variant_of(nslots), conflicts(nslots, 0);
        for (uint32_t v = 0; v < nvariants; ++v)
            for (uint32_t s : slot[v]) variant_of[s] = v;
        for (uint32_t a = 0; a < nslots; ++a)
            for (uint32_t b = 0; b < nslots; ++b) conflicts[a] += conflict[a][b];
        std::vector<bool> promoted(nslots, false);
        for (uint32_t a = 0; a < nslots; ++a)
            for (uint32_t b = a + 1; b < nslots && !promoted[a]; ++b)
                if (!promoted[b] && variant_of[a] != variant_of[b] && conflict[a][b])
                    promoted[conflicts[a] > conflicts[b] ? a : b] = true;
        for (uint32_t v = 0; v < nvariants; ++v)
            for (uint32_t s : slot[v]) info->promoted[v].push_back(promoted[s]);
    }
    return m_coroutines.emplace(coroutine, std::move(info)).first->second.get();
}

std::optional<CoroutineShape> coroutine_shape(Lowerer& lw, Ty coroutine) {
    const CoroutineInfo* info = lw.coroutine_info(coroutine->def);
    if (!info) return std::nullopt;
    TyCtx& cx = lw.cx();
    CoroutineShape shape;
    auto inst = [&](Ty t) { return lw.normalize(cx.subst(t, coroutine->arg_span())); };
    for (Ty u : info->upvars) shape.upvars.push_back(inst(u));
    for (const auto& fields : info->variants) {
        shape.variants.emplace_back();
        for (Ty f : fields) shape.variants.back().push_back(inst(f));
    }
    shape.promoted = info->promoted;
    return shape;
}

} // namespace mirage::ty
