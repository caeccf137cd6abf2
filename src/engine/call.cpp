// Terminators: control flow, calls (fn items, fn pointers, closures, `dyn` methods, shims,
// intrinsics, foreign functions), drops through drop glue, asserts, returns and unwinding.
#include "engine/machine.h"

#include "mir/printer.h"

#include <cstdio>

namespace mirage::engine {

using diag::throw_internal;
using diag::throw_ub;
using diag::throw_unsupported;
using ty::InstanceKind;
using ty::Kind;

namespace {

uint32_t edge_block(const mir::Body& mb, const mir::Terminator& t, mir::EdgeLabel label) {
    for (uint32_t i = 0; i < t.edges.count; ++i) {
        const mir::Edge& e = mb.edges[t.edges.begin + i];
        if (e.label == label) return e.block;
    }
    return UINT32_MAX;
}

ReturnTo return_to(const mir::Body& mb, const mir::Terminator& t, mir::EdgeLabel ret_label) {
    ReturnTo r;
    r.block = ret_label == mir::EdgeLabel::Plain ? UINT32_MAX : edge_block(mb, t, ret_label);
    switch (t.unwind) {
    case mir::UnwindKind::None:
    case mir::UnwindKind::Continue: r.unwind = UnwindAction::Continue; break;
    case mir::UnwindKind::Unreachable: r.unwind = UnwindAction::Unreachable; break;
    case mir::UnwindKind::Terminate: r.unwind = UnwindAction::Terminate; break;
    case mir::UnwindKind::Cleanup:
        r.unwind = UnwindAction::Cleanup;
        r.cleanup = edge_block(mb, t, mir::EdgeLabel::Unwind);
        break;
    }
    // A call that cannot return and unwinds to a cleanup block has that block as its only
    // successor, which rustc prints unlabeled: `_5 = panic_fmt(move _6) -> bb9;`.
    if ((t.kind == mir::TerminatorKind::Call || t.kind == mir::TerminatorKind::TailCall) &&
        t.unwind == mir::UnwindKind::None) {
        uint32_t only = edge_block(mb, t, mir::EdgeLabel::Plain);
        if (only != UINT32_MAX && edge_block(mb, t, mir::EdgeLabel::Return) == UINT32_MAX) {
            r.block = UINT32_MAX;
            r.unwind = UnwindAction::Cleanup;
            r.cleanup = only;
        }
    }
    return r;
}

} // namespace

void Machine::goto_block(Frame& f, uint32_t block) {
    f.block = block;
    f.stmt = 0;
}

void Machine::free_locals(Frame& f) {
    if (f.keep_locals) {
        // What a const's body references lives on, as CTFE interns it.
        for (Pointer& p : f.locals)
            if (memory::Allocation* a = m_mem.get(p.prov)) a->kind = memory::AllocKind::Global;
        if (memory::Allocation* a = m_mem.get(f.arena)) a->kind = memory::AllocKind::Global;
        f.locals.clear();
        f.arena = memory::kNoAlloc;
    }
    for (Pointer& p : f.locals)
        if (p.prov != memory::kNoAlloc && p.prov != f.arena) {
            m_mem.deallocate(p.prov);
            p = Pointer{};
        }
    if (f.arena != memory::kNoAlloc) {
        m_mem.deallocate(f.arena);
        f.arena = memory::kNoAlloc;
    }
    if (f.locals.capacity()) m_locals_pool.push_back(std::move(f.locals));
    for (AllocId t : f.temps)
        if (m_mem.get(t)) m_mem.deallocate(t);
    f.temps.clear();
}

void Machine::push_frame(InstanceBody* b, const std::vector<PlaceRef>& args, const PlaceRef& dest, ReturnTo ret) {
    if (m_stack.size() >= m_opts.max_stack_depth) {
        // rustc's ResourceExhaustionInfo::StackFrameLimitReached (Miri's title for it).
        diag::MachineStop stop{diag::StopKind::Resource, "reached the configured maximum number of stack frames", 1, {}};
        stop.notes.push_back("the stack holds " + std::to_string(m_stack.size()) +
                             " frames; unbounded recursion is the likely cause");
        throw stop;
    }
    const mir::Body& mb = *b->mir;
    if (args.size() != mb.arg_count)
        throw_ub("calling a function with " + std::to_string(args.size()) + " arguments, but it takes " +
                 std::to_string(mb.arg_count) + ": `" + b->name + "`");
    Frame fr;
    fr.body = b;
    fr.dest = dest;
    fr.ret = ret;
    if (!m_locals_pool.empty()) {
        fr.locals = std::move(m_locals_pool.back());
        m_locals_pool.pop_back();
    }
    fr.locals.assign(mb.locals.size(), Pointer{});
    Pointer arena;
    if (b->has_arena) {
        fr.arena = m_mem.allocate(b->arena_size, b->arena_align, memory::AllocKind::Stack);
        arena = m_mem.base_ptr(fr.arena);
    }
    for (uint32_t i = 0; i < mb.locals.size(); ++i) {
        bool is_arg = i >= 1 && i <= mb.arg_count;
        if (i == 0 || is_arg || !b->has_storage[i]) {
            uint64_t off = b->arena_offset[i];
            if (off != UINT64_MAX) {
                fr.locals[i] = Pointer{arena.addr + off, fr.arena};
            } else {
                const Layout* l = b->local_layouts[i];
                fr.locals[i] = m_mem.base_ptr(m_mem.allocate(l->size, l->align, memory::AllocKind::Stack));
            }
        }
    }
    for (uint32_t i = 0; i < args.size(); ++i) {
        const Layout* l = b->local_layouts[i + 1];
        const PlaceRef& a = args[i];
        uint64_t size = a.layout ? (a.has_meta ? size_and_align(a).first : a.layout->size) : l->size;
        if (size != l->size)
            throw_ub("calling a function with an argument of " + std::to_string(size) + " bytes where `" + b->name +
                     "` takes " + std::to_string(l->size) + " bytes (" + (a.ty ? ty_name(a.ty) : std::string("?")) +
                     " vs " + ty_name(b->local_tys[i + 1]) + ")");
        if (size) m_mem.copy(fr.locals[i + 1], a.ptr, size, 1, 1);
    }
    if (m_validity && !args.empty()) {
        // Arguments are typed copies into the callee's locals (rustc validates them once the
        // callee's frame exists).
        m_stack.push_back(std::move(fr));
        Frame& callee = m_stack.back();
        for (uint32_t i = 0; i < args.size(); ++i) {
            PlaceRef arg{callee.locals[i + 1], b->local_tys[i + 1], b->local_layouts[i + 1]};
            typed_load(arg);
            validate(arg);
        }
        if (m_trace) std::fprintf(stderr, "%*s-> %s %s\n", static_cast<int>(m_stack.size() - 1), "", b->name.c_str(), m_p.solver->describe(b->instance).c_str());
        return;
    }
    if (m_trace) std::fprintf(stderr, "%*s-> %s %s\n", static_cast<int>(m_stack.size()), "", b->name.c_str(), m_p.solver->describe(b->instance).c_str());
    m_stack.push_back(std::move(fr));
}

void Machine::pop_frame_return() {
    Frame& f = m_stack.back();
    if (f.dest.layout && f.dest.layout->size && f.locals[0].prov != memory::kNoAlloc) {
        if (m_validity) typed_load(PlaceRef{f.locals[0], f.body->local_tys[0], f.body->local_layouts[0]});
        m_mem.copy(f.dest.ptr, f.locals[0], f.dest.layout->size, 1, 1);
    }
    ReturnTo ret = f.ret;
    bool into_never = f.dest.ty && f.dest.ty->kind == Kind::Never;
    if (m_trace) std::fprintf(stderr, "%*s<- %s\n", static_cast<int>(m_stack.size() - 1), "", f.body->name.c_str());
    PlaceRef dest = f.dest;
    free_locals(f);
    m_stack.pop_back();
    // A function called as `-> !` returned (a transmuted fn pointer): its value, copied into the
    // caller's place, fails validation before the missing return target is reached (rustc).
    if (into_never && ret.block == UINT32_MAX && !ret.nested && m_opts.validate && !m_stack.empty() &&
        !m_stack.back().native)
        throw_ub("constructing invalid value of type !: encountered a value of the never type `!`");
    // The return value is a typed copy into the caller's place, validated there.
    if (m_validity && dest.ty && dest.layout) validate(dest);
    continue_after_native_call(ret);
}

void Machine::continue_after_native_call(ReturnTo ret) {
    if (m_stack.empty() || ret.nested) return;
    Frame& c = m_stack.back();
    if (c.native) return; // the native frame resumes in its next step
    if (ret.block == UINT32_MAX) throw_ub("entering unreachable code"); // a call without a return target returned
    goto_block(c, ret.block);
}

void Machine::push_native(std::unique_ptr<NativeFrame> nf, const PlaceRef& dest, ReturnTo ret) {
    Frame fr;
    fr.native = std::move(nf);
    fr.dest = dest;
    fr.ret = ret;
    m_stack.push_back(std::move(fr));
}

void Machine::pop_native() {
    Frame& f = m_stack.back();
    ReturnTo ret = f.ret;
    free_locals(f);
    m_stack.pop_back();
    continue_after_native_call(ret);
}

// The callee (popped, or a shim that never had a frame) unwinds into the frame on top, which
// called it with `ret`.
void Machine::unwind_into(ReturnTo ret) {
    m_diverted = true;
    while (!m_stack.empty()) {
        Frame& c = m_stack.back();
        if (c.native) {
            if (c.native->on_unwind(*this)) return;
            ReturnTo r = c.ret;
            free_locals(c);
            m_stack.pop_back();
            ret = r;
            continue;
        }
        if (m_trace)
            std::fprintf(stderr, "%*s~~ unwinding into %s (%s)\n", static_cast<int>(m_stack.size() - 1), "", c.body->name.c_str(),
                         ret.unwind == UnwindAction::Cleanup ? "cleanup" : ret.unwind == UnwindAction::Continue ? "continue" : "stop");
        switch (ret.unwind) {
        case UnwindAction::Cleanup: goto_block(c, ret.cleanup); return;
        case UnwindAction::Continue: {
            ReturnTo r = c.ret;
            free_locals(c);
            m_stack.pop_back();
            ret = r;
            continue;
        }
        case UnwindAction::Terminate: {
            items::ItemId f = lang_item("PanicCannotUnwind");
            if (f == items::kNone) abort_process("panic in a function that cannot unwind");
            PlaceRef never{Pointer{}, cx().mk_never(), layout_of(cx().mk_never())};
            ReturnTo r{UINT32_MAX, UnwindAction::Unreachable, 0};
            dispatch_call(ty::Instance{InstanceKind::Item, f, {}, 0}, m_empty_args, never, r, false);
            return;
        }
        case UnwindAction::Unreachable: throw_ub("unwinding past a stack frame that does not allow unwinding");
        }
    }
    abort_process("the panic unwound past the program's entry point");
}

void Machine::start_unwind(Pointer payload) {
    m_unwind_payload = payload;
    unwind_into(m_call_ret);
}

// ---- calls ------------------------------------------------------------------------------------

static bool is_fn_trait_method(Machine& m, items::ItemId method) {
    const items::Item& it = m.program().db.item(method);
    if (it.parent == items::kNone) return false;
    const items::Item& p = m.program().db.item(it.parent);
    if (p.kind != items::ItemKind::Trait || !p.lang) return false;
    std::string_view lang = m.program().interner.str(p.lang);
    return lang == "Fn" || lang == "FnMut" || lang == "FnOnce" || lang == "AsyncFn" || lang == "AsyncFnMut" ||
           lang == "AsyncFnOnce";
}

// The instance a fn item path names in `b` (throws when it cannot be resolved); `called` gets
// the item named (a trait's method before resolution).
std::optional<ty::Instance> Machine::resolve_callee_path(InstanceBody& b, mir::TyId path, items::ItemId* called,
                                                         const TySwaps* choice, uint32_t use) {
    // Items inside trait methods' bodies (`<T as Tr>::m::f`) resolve through the instance's
    // args here (the impl that runs), not in the generic scope.
    const mir::TyNode& pn = m_p.interner.ty(path);
    std::optional<std::pair<items::ItemId, std::vector<Ty>>> nested;
    if (pn.kind == mir::TyKind::QPath && pn.child_count > 3) nested = resolve_nested_path(b, path);
    std::optional<ty::FnRef> ref;
    if (!nested) ref = m_p.solver->lower_fn_path(path, b.crate, b.item);
    std::vector<Ty> args;
    if (ref) {
        for (Ty a : ref->args) {
            if (choice) a = apply_swaps(a, *choice);
            args.push_back(m_p.solver->normalize(with_foreign_closure_args(b, m_p.cx->subst(a, b.args))));
        }
    } else if (nested || (nested = resolve_nested_path(b, path))) {
        ref = ty::FnRef{nested->first, nested->second};
        args = nested->second;
    } else {
        throw_internal("cannot resolve the callee `" + mir::type_to_string(m_p.interner, path) + "` in `" + b.name + "`");
    }
    // A fn defined in this body, one of several of its name (`do_panic` of each
    // `const_panic!` expansion): which one, by this call's place among the uses.
    if (const items::Item& fn = m_p.db.item(ref->def);
        use != UINT32_MAX && (fn.flags & items::kLocal) && fn.kind == items::ItemKind::Function && fn.parent == b.item) {
        std::vector<items::ItemId> same;
        for (items::ItemId c : m_p.lowerer->local_children(fn.parent))
            if (m_p.db.item(c).name == fn.name && m_p.db.item(c).kind == fn.kind) same.push_back(c);
        if (same.size() > 1) ref->def = nearest_namesake(b, path, same, use);
    }
    auto inst = m_p.solver->resolve(ref->def, args);
    if (inst)
        for (Ty a : inst->args)
            if (m_p.cx->has_params(a))
                throw_internal("the call of `" + mir::type_to_string(m_p.interner, path) + "` in `" + b.name +
                               "` resolves to `" + m_p.solver->describe(*inst) + "`, still generic");
    if (!inst) {
        std::string as;
        for (Ty a : args) as += " " + ty_name(a);
        throw_internal("cannot resolve the call of `" + mir::type_to_string(m_p.interner, path) + "` with [" + as +
                       " ] in `" + b.name + "`");
    }
    if (called) *called = ref->def;
    return inst;
}

const ty::Instance& Machine::callee_of(Frame& f, const mir::Terminator& t, Pointer* fnptr) {
    InstanceBody& b = *f.body;
    CallTarget& ct = b.calls[f.block];
    if (ct.ready) return ct.instance;
    if (t.func.kind == mir::OperandKind::Constant) {
        const mir::ConstNode& cn = b.mir->consts[t.func.constant];
        // A fn item prints as its bare path; `const PATH(..)` calls a constant fn pointer.
        if (cn.kind == mir::ConstKind::Path && cn.ty && (cn.flags & mir::kBareConst)) {
            items::ItemId called = items::kNone;
            // `impl Trait` params printed alike: the call's receiver/arguments tell which.
            const TySwaps* choice = nullptr;
            for (uint32_t i = 0; i < t.args.count && !b.ty_swaps.empty() && !choice; ++i) {
                const mir::Operand& op = b.mir->operands[t.args.begin + i];
                if ((op.kind == mir::OperandKind::Copy || op.kind == mir::OperandKind::Move) &&
                    !b.ty_swaps[op.place.local].empty())
                    choice = &b.ty_swaps[op.place.local];
            }
            auto inst = resolve_callee_path(b, cn.ty, &called, choice, t.func.constant);
            ct.ready = true;
            ct.is_fn_item = true;
            ct.instance = *inst;
            ct.via_fn_trait = is_fn_trait_method(*this, called);
            ct.called = called;
            return ct.instance;
        }
    }
    // A fn pointer (or a constant fn pointer).
    Scalar s = eval_scalar(f, t.func);
    Pointer p{static_cast<uint64_t>(s.bits), s.prov};
    if (fnptr) *fnptr = p;
    const ty::Instance* inst = fn_of_pointer(p);
    if (!inst) bad_fn_pointer(p);
    return *inst;
}

// rustc's get_ptr_fn: a pointer without provenance points to no allocation; one with provenance
// names an allocation that is not a function.
void Machine::bad_fn_pointer(Pointer p) {
    char addr[32];
    std::snprintf(addr, sizeof addr, "0x%llx", static_cast<unsigned long long>(p.addr));
    if (p.prov == memory::kNoAlloc)
        throw_ub(std::string("pointer not dereferenceable: pointer must point to some allocation, but got ") +
                 (p.addr == 0 ? std::string("null pointer") : std::string(addr) + "[noalloc] which is a dangling pointer (it has no provenance)"));
    const memory::Allocation* a = p.prov == memory::kWildcard ? nullptr : m_mem.record(p.prov);
    std::string name = a ? "alloc" + std::to_string(a->serial) : std::string("an allocation");
    if (a && p.addr != a->base) {
        std::snprintf(addr, sizeof addr, "+0x%llx", static_cast<unsigned long long>(p.addr - a->base));
        name += addr;
    }
    throw_ub("using " + name + " as function pointer but it does not point to a function");
}

void Machine::do_call(Frame& f, const mir::Terminator& t) {
    const mir::Body& mb = *f.body->mir;
    Pointer fnptr;
    const ty::Instance inst = callee_of(f, t, &fnptr);
    CallTarget& ct = f.body->calls[f.block];
    bool via_fn_trait = ct.ready && ct.via_fn_trait;
    std::vector<PlaceRef> args;
    args.reserve(t.args.count);
    size_t temps_before = f.temps.size();
    for (uint32_t i = 0; i < t.args.count; ++i) args.push_back(operand_place(f, mb.operands[t.args.begin + i]));
    PlaceRef dest = eval_place(f, t.place);
    ReturnTo ret = return_to(mb, t, mir::EdgeLabel::Return);
    // Constant arguments live in temporaries: the callee copies them into its own locals, so
    // they can go once the call is set up (unless a shim frame still uses them).
    std::vector<AllocId> arg_temps(f.temps.begin() + static_cast<long>(temps_before), f.temps.end());
    f.temps.resize(temps_before);
    if (!ct.ready && fnptr.addr) check_fn_ptr_call(operand_ty(f, t.func), inst, fnptr, args);
    size_t depth = m_stack.size();
    InstanceBody* known = ct.ready ? ct.body : nullptr;
    if (known) {
        // The hot path: a fn item whose body was lowered at an earlier execution of this call.
        m_call_ret = ret;
        push_frame(known, args, dest, ret);
    } else {
        dispatch_call(inst, args, dest, ret, via_fn_trait);
        if (ct.ready && !via_fn_trait && inst.kind == InstanceKind::Item && m_stack.size() > depth &&
            !m_stack.back().native && m_stack.back().body->instance == inst)
            ct.body = m_stack.back().body;
    }
    if (m_stack.size() > depth && !m_stack.back().native) {
        for (AllocId a : arg_temps) m_mem.deallocate(a);
    } else {
        // A shim or a native frame may still read them: they go with the caller.
        Frame& caller = m_stack[depth - 1 < m_stack.size() ? depth - 1 : m_stack.size() - 1];
        (void)caller;
        for (AllocId a : arg_temps) m_stack[std::min(depth, m_stack.size()) - 1].temps.push_back(a);
    }
}

void Machine::call_instance(const ty::Instance& inst, const std::vector<PlaceRef>& args, const PlaceRef& dest,
                            ReturnTo ret) {
    std::vector<PlaceRef> a = args;
    dispatch_call(inst, a, dest, ret, false);
}

void Machine::call_fn_pointer(Pointer fn, const std::vector<PlaceRef>& args, const PlaceRef& dest, ReturnTo ret) {
    const ty::Instance* inst = fn_of_pointer(fn);
    if (!inst) bad_fn_pointer(fn);
    ty::Instance copy = *inst;
    call_instance(copy, args, dest, ret);
}

// Spreads a tuple argument (the `rust-call` ABI of closures and the Fn traits) into its fields.
static void untuple_last(Machine& m, std::vector<PlaceRef>& args) {
    if (args.empty()) return;
    PlaceRef tup = args.back();
    args.pop_back();
    if (tup.ty->kind != Kind::Tuple) throw_internal("rust-call argument is not a tuple: " + m.ty_name(tup.ty));
    for (uint32_t i = 0; i < tup.ty->nargs; ++i) args.push_back(m.field(tup, i));
}

// #[rustc_intrinsic] fns, and the fns of core::intrinsics whose bodies call functions Miri
// provides (`miri_promise_symbolic_alignment`): the table implements both.
static bool is_intrinsic_item(Machine& m, items::ItemId def) {
    const items::Item& it = m.program().db.item(def);
    if (it.flags & items::kIntrinsic) return true;
    if (it.parent == items::kNone || it.kind != items::ItemKind::Function) return false;
    const items::Item& parent = m.program().db.item(it.parent);
    if (parent.kind != items::ItemKind::Module || m.program().interner.str(parent.name) != "intrinsics") return false;
    return intrinsic_table().count(std::string(m.program().interner.str(it.name))) != 0;
}

void Machine::dispatch_call(const ty::Instance& inst, std::vector<PlaceRef>& args, const PlaceRef& dest,
                            ReturnTo ret, bool via_fn_trait) {
    m_call_ret = ret;
    switch (inst.kind) {
    case InstanceKind::Item: {
        const items::Item& it = m_p.db.item(inst.def);
        if (is_intrinsic_item(*this, inst.def)) {
            call_intrinsic(inst, args, dest, ret);
            return;
        }
        if (body_of(inst) == mir::kNone) {
            bool trait_method = it.parent != items::kNone && m_p.db.item(it.parent).kind == items::ItemKind::Trait;
            if (it.kind == items::ItemKind::Function && !trait_method) {
                call_foreign(inst, args, dest, ret);
                return;
            }
            throw_unsupported("no MIR body for `" + m_p.solver->describe(inst) + "`");
        }
        if (via_fn_trait && it.kind == items::ItemKind::Closure) untuple_last(*this, args);
        push_frame(lower(inst), args, dest, ret);
        return;
    }
    case InstanceKind::Virtual: {
        if (args.empty()) throw_internal("virtual call without a receiver");
        PlaceRef recv = args[0];
        Pointer data;
        uint64_t vtable;
        AllocId vprov;
        PlaceRef new_recv;
        if (recv.has_meta) {
            // `self` by value of an unsized type: the callee copies the concrete value.
            data = recv.ptr;
            vtable = recv.meta;
            vprov = recv.meta_prov;
            new_recv = PlaceRef{data, nullptr, nullptr};
        } else {
            data = m_mem.read_ptr(recv.ptr, 1);
            AllocId p = memory::kNoAlloc;
            vtable = static_cast<uint64_t>(m_mem.read_int({recv.ptr.addr + m_ptr_size, recv.ptr.prov}, m_ptr_size, 1, &p));
            vprov = p;
            new_recv = temp(mk_u8_ptr());
            m_stack.back().temps.push_back(new_recv.ptr.prov);
            write_pointer(new_recv, data);
        }
        Ty dyn_self = inst.args[0];
        uint32_t slot = m_vtables->method_slot(dyn_self, inst.def);
        if (slot == UINT32_MAX) throw_internal("method not in the vtable of " + ty_name(dyn_self));
        if (vprov == memory::kNoAlloc) vprov = m_mem.find_exposed(vtable);
        Pointer fn = m_mem.read_ptr({vtable + slot * m_ptr_size, vprov}, 1);
        const ty::Instance* target = fn_of_pointer(fn);
        if (!target) throw_ub("using a dangling or invalid vtable");
        ty::Instance t = *target;
        args[0] = new_recv;
        dispatch_call(t, args, dest, ret, is_fn_trait_method(*this, inst.def));
        return;
    }
    case InstanceKind::DropGlue: {
        Ty t = inst.args[0];
        PlaceRef p = deref(args[0], t);
        drop_in_place(p, ret);
        return;
    }
    case InstanceKind::CloneShim: {
        clone_shim(inst.args[0], args[0], dest, ret);
        return;
    }
    case InstanceKind::FnPtrShim: {
        // <F as Fn*>::call*(self, args): F is a fn item or a fn pointer (maybe behind a reference).
        Ty self = inst.args[0];
        PlaceRef sp = args[0];
        while (self->kind == Kind::Ref) {
            sp = deref(sp, self->arg(0));
            self = self->arg(0);
        }
        std::vector<PlaceRef> rest(args.begin() + 1, args.end());
        untuple_last(*this, rest);
        if (self->kind == Kind::FnDef) {
            auto target = m_p.solver->resolve(self->def, self->arg_span());
            if (!target) throw_internal("cannot resolve " + ty_name(self));
            dispatch_call(*target, rest, dest, ret, false);
            return;
        }
        if (self->kind == Kind::FnPtr) {
            Pointer fn = read_pointer(sp);
            const ty::Instance* target = fn_of_pointer(fn);
            if (!target) bad_fn_pointer(fn);
            ty::Instance t = *target;
            dispatch_call(t, rest, dest, ret, false);
            return;
        }
        if (self->kind == Kind::Closure) {
            ty::Instance t{InstanceKind::Item, self->def, std::vector<Ty>(self->arg_span().begin(), self->arg_span().end()), 0};
            std::vector<PlaceRef> all{args[0]};
            all.insert(all.end(), rest.begin(), rest.end());
            dispatch_call(t, all, dest, ret, false);
            return;
        }
        throw_unsupported("calling a value of type " + ty_name(self) + " through the Fn traits");
    }
    case InstanceKind::ClosureOnceShim: {
        if (inst.vtable_slot == 1) {
            // A non-capturing closure coerced to a fn pointer: its args arrive spread out and
            // its (zero-sized) self is made up here.
            ty::Instance t{InstanceKind::Item, inst.def, inst.args, 0};
            PlaceRef self = temp(mk_u8_ptr());
            m_stack.back().temps.push_back(self.ptr.prov);
            write_pointer(self, Pointer{self.ptr.addr, self.ptr.prov});
            std::vector<PlaceRef> all{self};
            all.insert(all.end(), args.begin(), args.end());
            InstanceBody* b = lower(t);
            Ty self_ty = b->local_tys[1];
            if (self_ty->kind == Kind::Closure) all[0] = PlaceRef{self.ptr, self_ty, layout_of(self_ty)};
            push_frame(b, all, dest, ret);
            return;
        }
        const ty::ClosureInfo* ci = m_p.lowerer->closure_info(inst.def);
        ty::Instance t{InstanceKind::Item, inst.def, inst.args, 0};
        if (ci && ci->kind == ty::ClosureInfo::CallKind::FnOnce) {
            untuple_last(*this, args);
            push_frame(lower(t), args, dest, ret);
            return;
        }
        call_once_shim(t, args, dest, ret);
        return;
    }
    case InstanceKind::Intrinsic: call_intrinsic(inst, args, dest, ret); return;
    case InstanceKind::Foreign: call_foreign(inst, args, dest, ret); return;
    }
}

void Machine::call_intrinsic(const ty::Instance& inst, std::vector<PlaceRef>& args, const PlaceRef& dest, ReturnTo ret) {
    const items::Item& it = m_p.db.item(inst.def);
    std::string name(m_p.interner.str(it.name));
    const auto& table = intrinsic_table();
    auto h = table.find(name);
    if (h == table.end()) {
        // The intrinsic's fallback body; one without (`fn fabs<T>(x: T) -> T;`) prints as a
        // lone `unreachable` that the machine must never run.
        const mir::Body* fallback = it.body != mir::kNone ? &m_p.bodies[it.body] : nullptr;
        bool no_fallback = fallback && fallback->blocks.size() == 1 &&
                           fallback->blocks[0].terminator.kind == mir::TerminatorKind::Unreachable;
        if (fallback && !no_fallback) {
            push_frame(lower(inst), args, dest, ret);
            return;
        }
        throw_unsupported("unsupported intrinsic `" + name + "`");
    }
    if (m_trace) std::fprintf(stderr, "%*s-- intrinsic %s\n", static_cast<int>(m_stack.size()), "", name.c_str());
    m_diverted = false;
    h->second.fn(*this, inst, args, dest);
    if (!h->second.pushes_frames && !m_diverted) continue_after_native_call(ret);
}

// A foreign fn that another crate of the program defines (Miri: lookup_exported_symbol): the
// `#[rustc_std_internal_symbol]` fns of the runtime crates (`__rust_start_panic`,
// `__rust_panic_cleanup`, all named `__rust_*`) and the weak lang item `panic_impl`, which
// std's `#[panic_handler]` implements. Only panic_unwind's panic runtime is linked (panic=unwind).
// And any `#[no_mangle]` fn with a body: compiler_builtins' libm (`cbrt`) defines symbols std's
// foreign fns bind to natively, ahead of the host's libm.
items::ItemId Machine::exported_symbol(const std::string& name) {
    auto cached = m_exported.find(name);
    if (cached != m_exported.end()) return cached->second;
    items::ItemId found = items::kNone;
    if (!m_no_mangle_indexed) {
        m_no_mangle_indexed = true;
        for (items::ItemId id = 0; id < m_p.db.items.size(); ++id) {
            const items::Item& c = m_p.db.items[id];
            if (c.kind == items::ItemKind::Function && (c.flags & items::kNoMangle) && c.body != mir::kNone)
                m_no_mangle.emplace(std::string(m_p.interner.str(c.name)), id);
        }
    }
    if (auto nm = m_no_mangle.find(name); nm != m_no_mangle.end()) {
        found = nm->second;
    } else if (name == "panic_impl") {
        items::ItemId def = lang_item("PanicImpl");
        if (def != items::kNone && m_p.db.item(def).body != mir::kNone) found = def;
    } else if (name.starts_with("__rust_")) {
        mir::Sym sym = m_p.interner.intern(name);
        for (items::ItemId id = 0; id < m_p.db.items.size() && found == items::kNone; ++id) {
            const items::Item& c = m_p.db.items[id];
            if (c.name != sym || c.kind != items::ItemKind::Function || c.body == mir::kNone) continue;
            if (m_p.db.crates[c.crate].name == "panic_abort") continue;
            found = id;
        }
    }
    m_exported.emplace(name, found);
    return found;
}

void Machine::call_foreign(const ty::Instance& inst, std::vector<PlaceRef>& args, const PlaceRef& dest, ReturnTo ret) {
    const items::Item& it = m_p.db.item(inst.def);
    std::string name(m_p.interner.str(it.text ? it.text : it.name));
    if (items::ItemId def = exported_symbol(name); def != items::kNone) {
        push_frame(lower(ty::Instance{InstanceKind::Item, def, {}, 0}), args, dest, ret);
        return;
    }
    const auto& table = foreign_table();
    auto h = table.find(name);
    if (h == table.end()) throw_unsupported("can't call foreign function `" + name + "` on OS `linux`");
    if (m_trace) std::fprintf(stderr, "%*s-- foreign %s\n", static_cast<int>(m_stack.size()), "", name.c_str());
    m_diverted = false;
    h->second.fn(*this, inst, args, dest);
    if (!h->second.pushes_frames && !m_diverted) continue_after_native_call(ret);
}

// ---- the assert terminator's panics -----------------------------------------------------------

void Machine::assert_failed(Frame& f, const mir::Terminator& t) {
    const mir::Body& mb = *f.body->mir;
    std::string_view msg = m_p.interner.str(t.text);
    struct Kind {
        const char* prefix;
        const char* lang;
    };
    static const Kind kinds[] = {
        {"\"index out of bounds", "PanicBoundsCheck"},
        {"\"attempt to compute `{} + {}`", "PanicAddOverflow"},
        {"\"attempt to compute `{} - {}`", "PanicSubOverflow"},
        {"\"attempt to compute `{} * {}`", "PanicMulOverflow"},
        {"\"attempt to compute `{} / {}`", "PanicDivOverflow"},
        {"\"attempt to compute the remainder of `{} % {}`", "PanicRemOverflow"},
        {"\"attempt to negate", "PanicNegOverflow"},
        {"\"attempt to shift right", "PanicShrOverflow"},
        {"\"attempt to shift left", "PanicShlOverflow"},
        {"\"attempt to divide", "PanicDivZero"},
        {"\"attempt to calculate the remainder", "PanicRemZero"},
        {"\"misaligned pointer dereference", "PanicMisalignedPointerDereference"},
        {"\"null pointer dereference", "PanicNullPointerDereference"},
        {"\"coroutine resumed after completion", "PanicCoroutineResumed"},
        {"\"`async fn` resumed after completion", "PanicAsyncFnResumed"},
        {"\"coroutine resumed after panicking", "PanicCoroutineResumedPanic"},
        {"\"`async fn` resumed after panicking", "PanicAsyncFnResumedPanic"},
    };
    const char* lang = nullptr;
    for (const Kind& k : kinds)
        if (msg.starts_with(k.prefix)) lang = k.lang;
    if (!lang) throw_unsupported("assert message " + std::string(msg));
    items::ItemId fn = lang_item(lang);
    if (fn == items::kNone) throw_internal(std::string("lang item ") + lang + " not found");
    std::vector<PlaceRef> args;
    if (std::string_view(lang) == "PanicBoundsCheck" || std::string_view(lang) == "PanicMisalignedPointerDereference") {
        // panic_bounds_check(index, len): the message prints len first.
        for (uint32_t i = 0; i < t.args.count; ++i) args.push_back(operand_place(f, mb.operands[t.args.begin + i]));
        if (std::string_view(lang) == "PanicBoundsCheck" && args.size() == 2) std::swap(args[0], args[1]);
    }
    ReturnTo ret = return_to(mb, t, mir::EdgeLabel::Plain);
    PlaceRef never{Pointer{}, cx().mk_never(), layout_of(cx().mk_never())};
    dispatch_call(ty::Instance{InstanceKind::Item, fn, {}, 0}, args, never, ret, false);
}

// ---- terminators ------------------------------------------------------------------------------

void Machine::step_terminator(Frame& f, const mir::Terminator& t) {
    const mir::Body& mb = *f.body->mir;
    using TK = mir::TerminatorKind;
    switch (t.kind) {
    case TK::Goto: goto_block(f, mb.edges[t.edges.begin].block); return;
    case TK::FalseEdge:
    case TK::FalseUnwind: goto_block(f, edge_block(mb, t, mir::EdgeLabel::Real)); return;
    case TK::SwitchInt: {
        Scalar v = eval_scalar(f, t.func);
        uint32_t target = UINT32_MAX;
        for (uint32_t i = 0; i < t.edges.count; ++i) {
            const mir::Edge& e = mb.edges[t.edges.begin + i];
            if (e.label == mir::EdgeLabel::Otherwise) {
                if (target == UINT32_MAX) target = e.block;
            } else if (e.label == mir::EdgeLabel::Value && e.value == v.bits) {
                target = e.block;
                break;
            } else if (e.label == mir::EdgeLabel::Value) {
                continue;
            }
        }
        // The otherwise edge is printed last; a matching value edge wins over it.
        for (uint32_t i = 0; i < t.edges.count; ++i) {
            const mir::Edge& e = mb.edges[t.edges.begin + i];
            if (e.label == mir::EdgeLabel::Value && e.value == v.bits) target = e.block;
        }
        if (target == UINT32_MAX) throw_internal("switchInt without a matching edge");
        goto_block(f, target);
        return;
    }
    case TK::Return:
        // `const X: T = const V;` prints its value on the return (the parser marks it with 2).
        if (t.expected == 2 && t.func.kind == mir::OperandKind::Constant) write_operand(f, t.func, local_place(f, 0));
        pop_frame_return();
        return;
    case TK::Unreachable: throw_ub("entering unreachable code");
    case TK::UnwindResume: {
        ReturnTo r = f.ret;
        free_locals(f);
        m_stack.pop_back();
        unwind_into(r);
        return;
    }
    case TK::UnwindTerminate: {
        items::ItemId fn = lang_item(m_p.interner.str(t.unwind_reason).find("cleanup") != std::string_view::npos
                                         ? "PanicInCleanup"
                                         : "PanicCannotUnwind");
        if (fn == items::kNone) abort_process("panic in a function that cannot unwind");
        PlaceRef never{Pointer{}, cx().mk_never(), layout_of(cx().mk_never())};
        dispatch_call(ty::Instance{InstanceKind::Item, fn, {}, 0}, m_empty_args, never,
                      ReturnTo{UINT32_MAX, UnwindAction::Unreachable, 0}, false);
        return;
    }
    case TK::Drop: {
        PlaceRef p = eval_place(f, t.place);
        ReturnTo ret = return_to(mb, t, mir::EdgeLabel::Return);
        m_call_ret = ret;
        drop_in_place(p, ret);
        return;
    }
    case TK::Call: do_call(f, t); return;
    case TK::TailCall: {
        // Becomes a call whose return goes straight to our caller.
        Pointer fnptr;
        const ty::Instance inst = callee_of(f, t, &fnptr);
        bool via = f.body->calls[f.block].via_fn_trait;
        std::vector<PlaceRef> args;
        for (uint32_t i = 0; i < t.args.count; ++i) {
            PlaceRef a = operand_place(f, mb.operands[t.args.begin + i]);
            PlaceRef c = temp(a.ty);
            copy_place(c, a);
            args.push_back(c);
        }
        PlaceRef dest = f.dest;
        ReturnTo ret = f.ret;
        std::vector<AllocId> keep;
        for (auto& a : args) keep.push_back(a.ptr.prov);
        free_locals(f);
        m_stack.pop_back();
        dispatch_call(inst, args, dest, ret, via);
        for (AllocId a : keep) m_stack.back().temps.push_back(a);
        return;
    }
    case TK::Assert: {
        Scalar c = eval_scalar(f, t.func);
        if ((c.bits != 0) == (t.expected != 0)) {
            goto_block(f, edge_block(mb, t, mir::EdgeLabel::Success));
            return;
        }
        assert_failed(f, t);
        return;
    }
    case TK::InlineAsm: throw_unsupported("inline assembly is not supported");
    case TK::Yield:
    case TK::CoroutineDrop:
    case TK::AsyncDrop: throw_unsupported("coroutines are not supported yet");
    }
}

} // namespace mirage::engine
