// Native frames for what rustc generates as shims: drop glue (rustc_mir_transform/src/shim.rs,
// elaborate_drops.rs), the Clone shim of tuples/arrays/closures, and FnOnce::call_once of Fn and
// FnMut closures. Each runs as a small task list that calls into MIR and resumes afterwards.
#include "engine/machine.h"

namespace mirage::engine {

using diag::throw_internal;
using diag::throw_unsupported;
using ty::InstanceKind;
using ty::Kind;

struct DropGlueFrame final : NativeFrame {
    enum class Op : uint8_t { Drop, DropFields, CallImpl };
    struct Task {
        Op op;
        PlaceRef place;
    };
    std::vector<Task> tasks; // LIFO

    std::string name() const override { return "drop glue"; }

    void step(Machine& m) override {
        while (!tasks.empty()) {
            Task t = tasks.back();
            tasks.pop_back();
            if (run(m, t)) return; // called into MIR: resume afterwards
        }
        m.pop_native();
    }

    void push_fields(Machine& m, const PlaceRef& p) {
        Ty t = p.ty;
        std::vector<PlaceRef> fields;
        switch (t->kind) {
        case Kind::Tuple:
            for (uint32_t i = 0; i < t->nargs; ++i) fields.push_back(m.field(p, i));
            break;
        case Kind::Closure: {
            auto ups = m.program().lowerer->closure_upvars(t);
            for (uint32_t i = 0; i < ups.size(); ++i) fields.push_back(m.field(p, i));
            break;
        }
        case Kind::Array:
        case Kind::Slice: {
            uint64_t n = t->kind == Kind::Array ? static_cast<uint64_t>(t->arg(1)->value) : p.meta;
            Ty e = t->arg(0);
            const Layout* el = m.layout_of(e);
            for (uint64_t i = 0; i < n; ++i) fields.push_back(PlaceRef{Pointer{p.ptr.addr + i * el->size, p.ptr.prov}, e, el});
            break;
        }
        case Kind::Adt: {
            const ty::AdtInfo& adt = m.program().lowerer->adt(t->def);
            if (adt.kind == items::ItemKind::Union) return;
            PlaceRef vp = p;
            uint32_t variant = 0;
            if (adt.kind == items::ItemKind::Enum) {
                variant = m.read_discriminant_variant_pub(p);
                vp.variant = variant;
            }
            for (uint32_t i = 0; i < adt.variants[variant].fields.size(); ++i) fields.push_back(m.field(vp, i));
            break;
        }
        case Kind::Str: return;
        default: throw_unsupported("drop glue for `" + m.ty_name(t) + "`");
        }
        for (size_t i = fields.size(); i-- > 0;) tasks.push_back({Op::Drop, fields[i]});
    }

    // Returns true when it pushed a frame.
    bool run(Machine& m, const Task& task) {
        const PlaceRef& p = task.place;
        switch (task.op) {
        case Op::Drop: {
            if (!m.needs_drop(p.ty)) return false;
            Ty t = p.ty;
            if (t->kind == Kind::Dynamic) {
                AllocId vp = p.meta_prov ? p.meta_prov : m.mem().find_exposed(p.meta);
                Pointer fn = m.mem().read_ptr({p.meta, vp}, 1);
                if (fn.addr == 0) return false;
                PlaceRef arg = m.temp(m.mk_u8_ptr());
                m.current_frame().temps.push_back(arg.ptr.prov);
                m.write_pointer(arg, p.ptr);
                m.call_fn_pointer(fn, {arg}, m.unit_place(), ReturnTo{0, UnwindAction::Continue, 0});
                return true;
            }
            if (t->kind == Kind::Adt && t->def == m.lang_item("OwnedBox")) {
                // The contents first, then Box's own Drop (which frees the memory).
                tasks.push_back({Op::CallImpl, p});
                PlaceRef inner = p;
                inner.layout = m.layout_of(m.cx().mk_ptr(t->arg(0), true));
                PlaceRef contents = m.deref(inner, t->arg(0));
                tasks.push_back({Op::Drop, contents});
                return false;
            }
            if (t->kind == Kind::Adt && m.drop_impl(t)) {
                tasks.push_back({Op::DropFields, p});
                tasks.push_back({Op::CallImpl, p});
                return false;
            }
            if (t->kind == Kind::Coroutine) throw_unsupported("dropping a coroutine");
            push_fields(m, p);
            return false;
        }
        case Op::DropFields: push_fields(m, p); return false;
        case Op::CallImpl: {
            auto inst = m.drop_impl(p.ty);
            if (!inst) return false;
            Ty ref_ty = m.cx().mk_ref(p.ty, true);
            PlaceRef arg = m.temp(ref_ty);
            m.current_frame().temps.push_back(arg.ptr.prov);
            if (p.has_meta) m.write_wide(arg, p.ptr, p.meta, p.meta_prov);
            else m.write_pointer(arg, p.ptr);
            m.call_instance(*inst, {arg}, m.unit_place(), ReturnTo{0, UnwindAction::Continue, 0});
            return true;
        }
        }
        return false;
    }
};

bool Machine::needs_drop(Ty t) { return m_glue->needs_drop(t); }
std::optional<ty::Instance> Machine::drop_impl(Ty t) {
    auto it = m_drop_impls.find(t);
    if (it != m_drop_impls.end()) return it->second;
    auto r = m_glue->drop_impl(t);
    m_drop_impls.emplace(t, r);
    return r;
}
uint32_t Machine::read_discriminant_variant_pub(const PlaceRef& p) { return read_discriminant_variant(p); }

PlaceRef Machine::unit_place() {
    Ty u = cx().mk_unit();
    return PlaceRef{Pointer{}, u, layout_of(u)};
}

void Machine::drop_in_place(const PlaceRef& p, ReturnTo ret) {
    if (!needs_drop(p.ty)) {
        continue_after_native_call(ret);
        return;
    }
    auto f = std::make_unique<DropGlueFrame>();
    f->tasks.push_back({DropGlueFrame::Op::Drop, p});
    push_native(std::move(f), unit_place(), ret);
}

// Clone of a tuple, array or closure whose fields are not all Copy: clone each field.
struct CloneFrame final : NativeFrame {
    std::vector<std::pair<PlaceRef, PlaceRef>> fields; // (src, dst)
    size_t next = 0;
    std::string name() const override { return "clone shim"; }
    void step(Machine& m) override {
        while (next < fields.size()) {
            auto [src, dst] = fields[next++];
            items::ItemId clone = m.program().db.item(m.lang_item("Clone")).kind == items::ItemKind::Trait
                                      ? m.lang_item("Clone")
                                      : items::kNone;
            items::ItemId method = items::kNone;
            for (items::ItemId c : m.program().db.children(m.program().db.item(clone)))
                if (m.program().interner.str(m.program().db.item(c).name) == "clone") method = c;
            auto inst = m.solver().resolve(method, std::vector<Ty>{src.ty});
            if (!inst) throw_internal("no Clone for " + m.ty_name(src.ty));
            PlaceRef arg = m.temp(m.cx().mk_ref(src.ty, false));
            m.current_frame().temps.push_back(arg.ptr.prov);
            m.write_pointer(arg, src.ptr);
            m.call_instance(*inst, {arg}, dst, ReturnTo{0, UnwindAction::Continue, 0});
            return;
        }
        m.pop_native();
    }
};

void Machine::clone_shim(Ty self, const PlaceRef& self_ref, const PlaceRef& dest, ReturnTo ret) {
    PlaceRef src = deref(self_ref, self);
    if (m_p.solver->holds(lang_item("Copy"), std::vector<Ty>{self})) {
        copy_place(dest, src);
        continue_after_native_call(ret);
        return;
    }
    auto f = std::make_unique<CloneFrame>();
    uint32_t n = 0;
    if (self->kind == Kind::Tuple) n = self->nargs;
    else if (self->kind == Kind::Closure) n = static_cast<uint32_t>(m_p.lowerer->closure_upvars(self).size());
    else if (self->kind == Kind::Array) n = static_cast<uint32_t>(self->arg(1)->value);
    else throw_unsupported("Clone shim for `" + ty_name(self) + "`");
    for (uint32_t i = 0; i < n; ++i) f->fields.emplace_back(field(src, i), field(dest, i));
    push_native(std::move(f), dest, ret);
}

// FnOnce::call_once on a closure whose body takes `&self`/`&mut self`: call it on the moved
// value, then drop that value.
struct CallOnceFrame final : NativeFrame {
    ty::Instance body;
    PlaceRef closure;
    std::vector<PlaceRef> args;
    int state = 0;
    std::string name() const override { return "FnOnce shim"; }
    void step(Machine& m) override {
        if (state == 0) {
            state = 1;
            PlaceRef self = m.temp(m.cx().mk_ref(closure.ty, true));
            m.current_frame().temps.push_back(self.ptr.prov);
            m.write_pointer(self, closure.ptr);
            std::vector<PlaceRef> all{self};
            all.insert(all.end(), args.begin(), args.end());
            m.call_instance(body, all, m.current_frame().dest, ReturnTo{0, UnwindAction::Continue, 0});
            return;
        }
        if (state == 1) {
            state = 2;
            m.drop_in_place(closure, ReturnTo{0, UnwindAction::Continue, 0});
            return;
        }
        m.pop_native();
    }
};

void Machine::call_once_shim(const ty::Instance& body, std::vector<PlaceRef>& args, const PlaceRef& dest, ReturnTo ret) {
    auto f = std::make_unique<CallOnceFrame>();
    f->body = body;
    PlaceRef owned = temp(args[0].ty);
    copy_place(owned, args[0]);
    f->closure = owned;
    std::vector<PlaceRef> rest(args.begin() + 1, args.end());
    // the tupled arguments, spread
    if (!rest.empty()) {
        PlaceRef tup = temp(rest.back().ty);
        copy_place(tup, rest.back());
        rest.pop_back();
        for (uint32_t i = 0; i < tup.ty->nargs; ++i) rest.push_back(field(tup, i));
        push_native(std::move(f), dest, ret);
        current_frame().temps.push_back(tup.ptr.prov);
    } else {
        push_native(std::move(f), dest, ret);
    }
    auto* cf = static_cast<CallOnceFrame*>(current_frame().native.get());
    cf->args = rest;
    current_frame().temps.push_back(owned.ptr.prov);
}

} // namespace mirage::engine

namespace mirage::engine {

// catch_unwind(try_fn, data, catch_fn) -> i32: 0 when try_fn returns, 1 when it unwinds (after
// catch_fn(data, payload) ran).
struct CatchUnwindFrame final : NativeFrame {
    Pointer try_fn, data, catch_fn;
    int state = 0;
    std::string name() const override { return "catch_unwind"; }
    void step(Machine& m) override {
        if (state == 0) {
            state = 1;
            m.call_fn_pointer(try_fn, {m.pointer_temp(data)}, m.unit_place(), ReturnTo{0, UnwindAction::Continue, 0});
            return;
        }
        const PlaceRef& d = m.current_frame().dest;
        m.write_scalar(d, {state == 1 ? 0u : 1u, memory::kNoAlloc});
        m.pop_native();
    }
    bool on_unwind(Machine& m) override {
        if (state != 1) return false;
        state = 2;
        m.call_fn_pointer(catch_fn, {m.pointer_temp(data), m.pointer_temp(m.unwind_payload())}, m.unit_place(),
                          ReturnTo{0, UnwindAction::Continue, 0});
        return true;
    }
};

void catch_unwind_intrinsic(Machine& m, const ty::Instance&, std::vector<PlaceRef>& args, const PlaceRef& dest) {
    auto f = std::make_unique<CatchUnwindFrame>();
    f->try_fn = m.read_pointer(args[0]);
    f->data = m.read_pointer(args[1]);
    f->catch_fn = m.read_pointer(args[2]);
    m.push_native(std::move(f), dest, m.pending_return());
}

} // namespace mirage::engine

namespace mirage::engine {

PlaceRef Machine::pointer_temp(Pointer p) {
    PlaceRef a = temp(mk_u8_ptr());
    current_frame().temps.push_back(a.ptr.prov);
    write_pointer(a, p);
    return a;
}

} // namespace mirage::engine
