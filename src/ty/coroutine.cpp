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
        for (uint32_t v = 0; v < nvariants; ++v) {
            for (mir::TyId t : saved[v]) info->variants[v].push_back(t ? lower(t) : m_cx.mk_unit());
            // Every saved field keeps bytes of its own: the body may use a local saved in
            // several variants through one of them while in another state (see layout).
            info->promoted[v].assign(saved[v].size(), true);
        }
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
