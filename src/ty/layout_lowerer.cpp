// LowererAdtSource: layout's questions about ADTs answered from the program database. Kept
// apart from layout.cpp so that layout can be linked (and unit tested) without the Lowerer.
#include "ty/layout.h"

namespace mirage::ty {

const AdtInfo& LowererAdtSource::adt(ItemId def) { return m_lowerer.adt(def); }

Ty LowererAdtSource::field_ty(Ty adt, uint32_t variant, uint32_t field) {
    return m_lowerer.field_ty(adt, variant, field);
}

Ty LowererAdtSource::normalize(Ty ty) { return m_lowerer.normalize(ty); }

std::optional<CoroutineShape> LowererAdtSource::coroutine(Ty ty) { return coroutine_shape(m_lowerer, ty); }

bool LowererAdtSource::param_may_be_unsized(ItemId def, uint32_t index) {
    const auto& generics = m_lowerer.generics_of(def);
    if (index >= generics.size()) return false;
    const GenericParamInfo& p = generics[index];
    const items::ItemDb& db = m_lowerer.cx().db();
    const mir::Interner& in = m_lowerer.cx().interner();
    ItemId pointee_sized = lang_item("PointeeSized");
    ItemId meta_sized = lang_item("MetaSized");
    auto relaxes = [&](mir::Range bounds) {
        for (const items::Bound& b : db.bounds_in(bounds)) {
            if (b.modifier == items::BoundModifier::Maybe) return true;
            if (b.trait_ref == 0) continue;
            const mir::TyNode& n = in.ty(b.trait_ref);
            if (n.kind == mir::TyKind::Resolved && (n.sym == pointee_sized || n.sym == meta_sized))
                return true;
        }
        return false;
    };
    if (p.decl && relaxes(p.decl->bounds)) return true;
    if (p.owner == items::kNone) return false;
    for (const items::Predicate& pred : db.predicates_of(db.item(p.owner))) {
        if (pred.kind != items::PredicateKind::Bound || pred.ty == 0) continue;
        const mir::TyNode& n = in.ty(pred.ty);
        if (n.kind == mir::TyKind::Param && n.sym == p.name && relaxes(pred.bounds)) return true;
    }
    return false;
}

ItemId LowererAdtSource::lang_item(std::string_view name) {
    const items::ItemDb& db = m_lowerer.cx().db();
    mir::Sym sym = m_lowerer.cx().interner().intern(name);
    auto it = db.lang_items.find(sym);
    return it == db.lang_items.end() ? items::kNone : it->second;
}

} // namespace mirage::ty

namespace mirage::ty {

std::optional<std::vector<Ty>> LowererAdtSource::closure_upvars(Ty ty) {
    if (!m_lowerer.closure_info(ty->def)) return std::nullopt;
    return m_lowerer.closure_upvars(ty);
}

} // namespace mirage::ty
