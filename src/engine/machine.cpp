// The machine: set-up, the step loop, program start (lang_start) and exit, fn pointers and
// vtables as allocations, and the reports of what stopped a run.
#include "engine/machine.h"

#include "checks/validity.h"

#include "mir/printer.h"

#include <cstdio>
#include <unistd.h>

namespace mirage::engine {

using diag::MachineStop;
using diag::StopKind;
using diag::throw_internal;
using diag::throw_ub;
using diag::throw_unsupported;
using ty::InstanceKind;
using ty::Kind;

Machine::Machine(Program& program, Options options)
    : rng(options.seed), m_p(program), m_opts(std::move(options)), m_ptr_size(program.cx->pointer_size()),
      m_mem(m_ptr_size, m_opts.seed) {
    m_adts = std::make_unique<ty::LowererAdtSource>(*m_p.lowerer);
    auto dl = ty::TargetDataLayout::for_target(m_ptr_size == 4 ? "i686-unknown-linux-gnu" : "x86_64-unknown-linux-gnu");
    m_layouts = std::make_unique<ty::LayoutCx>(*m_p.cx, *m_adts, dl.value());
    m_vtables = std::make_unique<ty::VtableBuilder>(*m_p.solver);
    m_glue = std::make_unique<ty::DropGlue>(*m_p.solver);
    m_p.lowerer->const_evaluator = [this](std::string_view expr, items::ItemId owner, Ty type) {
        return eval_written_const(expr, owner, type);
    };
    m_threads.set_preemption_rate(m_opts.preemption_rate);
    if (m_opts.data_race_detector) m_threads.arm_race_detector(&m_mem);
    m_mem.symbolic_alignment = m_opts.symbolic_alignment;
    if (!m_opts.track_alloc_ids.empty()) {
        m_mem.tracked.insert(m_opts.track_alloc_ids.begin(), m_opts.track_alloc_ids.end());
        m_mem.on_tracked = [this](const memory::Allocation& a, bool freed) { track_alloc_event(a, freed); };
    }
    m_int2ptr = checks::Int2PtrCasts(m_opts.provenance);
    if (m_opts.validate) m_validity = std::make_unique<checks::Validity>(*this);
}

Machine::~Machine() { m_p.lowerer->const_evaluator = nullptr; }

Ty Machine::mk_u8_ptr() { return cx().mk_ptr(cx().mk_int(ty::IntTy::U8), true); }

// ---- fn pointers and vtables ------------------------------------------------------------------

Pointer Machine::fn_pointer(const ty::Instance& inst) {
    // By identity (interned types), not by printed name: closures print alike.
    std::string key = std::to_string(static_cast<int>(inst.kind)) + ":" + std::to_string(inst.def) + "|" +
                      std::to_string(inst.vtable_slot);
    for (Ty a : inst.args) key += "," + std::to_string(reinterpret_cast<uintptr_t>(a));
    auto it = m_fn_ptrs.find(key);
    if (it != m_fn_ptrs.end()) return it->second;
    AllocId id = m_mem.allocate(1, 1, memory::AllocKind::Fn);
    memory::Allocation* a = m_mem.get(id);
    a->payload = static_cast<uint32_t>(m_fn_instances.size());
    a->mutable_ = false;
    m_fn_instances.push_back(inst);
    m_mem.expose(id);
    Pointer p = m_mem.base_ptr(id);
    m_fn_ptrs.emplace(key, p);
    return p;
}

bool Machine::vtable_info(Pointer p, Ty* concrete, Ty* principal) const {
    auto it = m_vtable_types.find(p.addr);
    if (it == m_vtable_types.end()) return false;
    // The vtable's own provenance; none or a wildcard where the engine found it by address.
    if (p.prov != memory::kNoAlloc && p.prov != memory::kWildcard) {
        const memory::Allocation* a = m_mem.record(p.prov);
        if (!a || a->kind != memory::AllocKind::Vtable || a->base != p.addr) return false;
    }
    *concrete = it->second.first;
    *principal = it->second.second;
    return true;
}

const ty::Instance* Machine::fn_of_pointer(Pointer p) {
    AllocId id = p.prov == memory::kWildcard || p.prov == memory::kNoAlloc ? m_mem.find_exposed(p.addr) : p.prov;
    memory::Allocation* a = m_mem.get(id);
    if (!a || a->kind != memory::AllocKind::Fn || a->base != p.addr) return nullptr;
    return &m_fn_instances[a->payload];
}

Pointer Machine::vtable_for(Ty concrete, Ty dyn_ty) {
    memory::Memory::Untracked untracked(m_mem);
    Ty principal = dyn_ty->nargs && dyn_ty->arg(0)->kind == Kind::TraitRef ? dyn_ty->arg(0) : nullptr;
    std::string key = std::to_string(reinterpret_cast<uintptr_t>(concrete)) + "/" +
                      std::to_string(reinterpret_cast<uintptr_t>(principal));
    auto it = m_vtable_ptrs.find(key);
    if (it != m_vtable_ptrs.end()) return it->second;
    std::vector<ty::VtableEntry> entries;
    if (principal) {
        std::vector<Ty> targs{concrete};
        for (Ty a : principal->arg_span()) targs.push_back(a);
        Ty tref = cx().mk(Kind::TraitRef, principal->def, targs);
        entries = m_vtables->entries(tref);
    } else {
        entries = {{ty::VtableEntryKind::DropInPlace, {}, nullptr, items::kNone, false},
                   {ty::VtableEntryKind::Size, {}, nullptr, items::kNone, false},
                   {ty::VtableEntryKind::Align, {}, nullptr, items::kNone, false}};
    }
    AllocId id = m_mem.allocate(entries.size() * m_ptr_size, m_ptr_size, memory::AllocKind::Vtable);
    Pointer base = m_mem.base_ptr(id);
    m_mem.expose(id);
    m_vtable_ptrs.emplace(key, base);
    m_vtable_types.emplace(base.addr, std::make_pair(concrete, principal));
    const Layout* l = layout_of(concrete);
    for (size_t i = 0; i < entries.size(); ++i) {
        Pointer slot{base.addr + i * m_ptr_size, id};
        const ty::VtableEntry& e = entries[i];
        switch (e.kind) {
        case ty::VtableEntryKind::DropInPlace:
            if (needs_drop(concrete))
                m_mem.write_ptr(slot, fn_pointer(ty::Instance{InstanceKind::DropGlue, lang_item("DropInPlace"), {concrete}, 0}), 1);
            else
                m_mem.write_int(slot, 0, m_ptr_size, 1);
            break;
        case ty::VtableEntryKind::Size: m_mem.write_int(slot, l->size, m_ptr_size, 1); break;
        case ty::VtableEntryKind::Align: m_mem.write_int(slot, l->align, m_ptr_size, 1); break;
        case ty::VtableEntryKind::Vacant: m_mem.write_int(slot, 0, m_ptr_size, 1); break;
        case ty::VtableEntryKind::Method: {
            ty::Instance inst = e.method;
            m_mem.write_ptr(slot, fn_pointer(inst), 1);
            break;
        }
        case ty::VtableEntryKind::TraitVPtr: {
            // The supertrait's own vtable for the same concrete type.
            std::vector<Ty> sargs(e.trait_ref->arg_span().begin() + 1, e.trait_ref->arg_span().end());
            Ty sup = cx().mk(Kind::TraitRef, e.trait_ref->def, sargs);
            Ty sup_dyn = cx().mk(Kind::Dynamic, 0, std::vector<Ty>{sup});
            m_mem.write_ptr(slot, vtable_for(concrete, sup_dyn), 1);
            break;
        }
        }
    }
    m_mem.get(id)->mutable_ = false;
    return base;
}

// Foreign statics std reads on Linux (Miri: init_extern_statics): `environ`; the weak
// symbols `#[linkage = "extern_weak"]` declares (a fn pointer to the shim when there is one,
// else null: the symbol is absent); `__dso_handle`, whose address only is used.
PlaceRef Machine::extern_static(items::ItemId item) {
    memory::Memory::Untracked untracked(m_mem);
    const items::Item& it = m_p.db.item(item);
    std::string name(m_p.interner.str(it.text ? it.text : it.name));
    Ty t = m_p.solver->normalize(m_p.lowerer->lower_item_ty(it.ty, item));
    const Layout* l = layout_of(t);
    AllocId id = m_mem.allocate(l->size, l->align, memory::AllocKind::Static, true);
    PlaceRef p{m_mem.base_ptr(id), t, l};
    if (name == "environ") {
        // The isolated environment is empty: a lone null terminator.
        AllocId env = m_mem.allocate(m_ptr_size, m_ptr_size, memory::AllocKind::Static, true);
        m_mem.write_ptr(p.ptr, m_mem.base_ptr(env), 1);
    } else if (name == "__dso_handle") {
    } else if (l->size == m_ptr_size && (t->kind == Kind::FnPtr || t->kind == Kind::Adt)) {
        // Option<unsafe extern "C" fn(..)>: the weak symbol, or null.
        if (foreign_table().count(name))
            m_mem.write_ptr(p.ptr, fn_pointer(ty::Instance{InstanceKind::Foreign, item, {}, 0}), 1);
    } else {
        throw_unsupported("can't access foreign static `" + name + "`");
    }
    return p;
}

// ---- the loop ---------------------------------------------------------------------------------

Frame& Machine::current_frame() { return m_stack.back(); }

// Runs until the stack is back to `depth` frames; when `scheduling` (the top level, not a
// nested evaluation), also until the running thread must give way to another.
void Machine::run_loop_until(size_t depth, bool scheduling) {
    while (m_stack.size() > depth) {
        if (scheduling && m_threads.switch_requested()) return;
        Frame& f = m_stack.back();
        if (f.native) {
            f.native->step(*this);
            continue;
        }
        const mir::Body& mb = *f.body->mir;
        const mir::BasicBlock& bb = mb.blocks[f.block];
        ++m_steps;
        if (f.stmt < bb.statements.count) {
            const mir::Statement& s = mb.statements[bb.statements.begin + f.stmt];
            ++f.stmt;
            step_statement(f, s);
        } else {
            // Past the statements: the frame is at its terminator (spans, caller locations).
            f.stmt = bb.statements.count + 1;
            step_terminator(f, bb.terminator);
            if (scheduling && m_threads.end_of_block(rng)) m_threads.request_switch();
        }
    }
}

void Machine::run_nested(InstanceBody* b, const PlaceRef& dest) {
    memory::Memory::Untracked untracked(m_mem);
    size_t depth = m_stack.size();
    push_frame(b, {}, dest, ReturnTo{0, UnwindAction::Unreachable, 0, true});
    m_stack.back().keep_locals = true;
    ++m_nested;
    run_loop_until(depth);
    --m_nested;
}

[[noreturn]] void Machine::exit(int status) {
    throw MachineStop{StopKind::Exit, "", status, {}};
}

[[noreturn]] void Machine::abort_process(const std::string& why) {
    throw MachineStop{StopKind::Abort, why, 134, {}};
}

void Machine::write_stdout(const uint8_t* data, size_t len) {
    std::fwrite(data, 1, len, stdout);
}

void Machine::write_stderr(const uint8_t* data, size_t len) {
    std::fflush(stdout);
    std::fwrite(data, 1, len, stderr);
}

mir::Span Machine::current_span(const Frame& f) const {
    if (f.native || !f.body) return {};
    const mir::Body& mb = *f.body->mir;
    if (f.block >= mb.blocks.size()) return {};
    const mir::BasicBlock& bb = mb.blocks[f.block];
    // f.stmt is one past the statement being executed; past the last one, the terminator.
    if (f.stmt > 0 && f.stmt <= bb.statements.count) return mb.statements[bb.statements.begin + f.stmt - 1].span;
    return bb.terminator.span;
}

// ---- start and exit ---------------------------------------------------------------------------

int Machine::run_main(items::CrateId user_crate) {
    m_user_crate = user_crate;
    int status = 0;
    try {
        // `fn main` of the user's crate.
        items::ItemId main_fn = items::kNone;
        const items::CrateInfo& ci = m_p.db.crates[user_crate];
        for (items::ItemId c : m_p.db.children(m_p.db.item(ci.root))) {
            const items::Item& it = m_p.db.item(c);
            if (it.kind == items::ItemKind::Function && m_p.interner.str(it.name) == "main") main_fn = c;
        }
        if (main_fn == items::kNone) throw_unsupported("the crate has no `main` function");
        items::ItemId start = lang_item("Start");
        if (start == items::kNone) throw_internal("lang item `start` (std::rt::lang_start) not found");
        // main's return type: lang_start::<T> is generic over it.
        InstanceBody* mb = lower(ty::Instance{InstanceKind::Item, main_fn, {}, 0});
        Ty ret = mb->local_tys[0];
        Pointer main_ptr = fn_pointer(ty::Instance{InstanceKind::Item, main_fn, {}, 0});

        // argv: the program name and the arguments, NUL-terminated, and the array of pointers.
        std::vector<std::string> argv{m_opts.program_name};
        argv.insert(argv.end(), m_opts.args.begin(), m_opts.args.end());
        AllocId arr = m_mem.allocate((argv.size() + 1) * m_ptr_size, m_ptr_size, memory::AllocKind::Global);
        for (size_t i = 0; i < argv.size(); ++i) {
            AllocId s = m_mem.allocate(argv[i].size() + 1, 1, memory::AllocKind::Global);
            Pointer sp = m_mem.base_ptr(s);
            m_mem.write_bytes(sp, argv[i].c_str(), argv[i].size() + 1, 1);
            m_mem.write_ptr({m_mem.base_ptr(arr).addr + i * m_ptr_size, arr}, sp, 1);
        }
        m_mem.write_int({m_mem.base_ptr(arr).addr + argv.size() * m_ptr_size, arr}, 0, m_ptr_size, 1);

        ty::Instance start_inst{InstanceKind::Item, start, {ret}, 0};
        InstanceBody* sb = lower(start_inst);
        std::vector<PlaceRef> args;
        std::vector<Scalar> vals = {{main_ptr.addr, main_ptr.prov},
                                    {static_cast<u128>(argv.size()), memory::kNoAlloc},
                                    {m_mem.base_ptr(arr).addr, arr},
                                    {0, memory::kNoAlloc}};
        for (uint32_t i = 0; i < sb->mir->arg_count; ++i) {
            PlaceRef a = temp(sb->local_tys[i + 1]);
            if (i < vals.size()) write_scalar(a, vals[i]);
            args.push_back(a);
        }
        PlaceRef result = temp(sb->local_tys[0]);
        // The main thread runs lang_start, then its TLS destructors, then exits with main's
        // status (ThreadRootFrame); the other threads end with it.
        start_main_thread([sb, args, result](Machine& m) {
            m.push_frame(sb, args, result, ReturnTo{0, UnwindAction::Unreachable, 0});
        }, result);
        run_threads();
    } catch (const MachineStop& stop) {
        std::fflush(stdout);
        if (stop.kind == StopKind::Exit) return stop.status;
        if (stop.kind == StopKind::Abort && stop.message.empty()) return 134;
        report(stop);
        return stop.kind == StopKind::Abort ? 134 : stop.status;
    }
    std::fflush(stdout);
    return status;
}

} // namespace mirage::engine

namespace mirage::engine {

const diag::SourceText* Machine::source_of(mir::Sym file) {
    auto it = m_sources.find(file);
    if (it != m_sources.end()) return it->second.get();
    auto src = std::make_unique<diag::SourceText>();
    std::FILE* fp = std::fopen(std::string(m_p.interner.str(file)).c_str(), "rb");
    if (fp) {
        char buf[65536];
        size_t n;
        while ((n = std::fread(buf, 1, sizeof buf, fp)) > 0) src->text.append(buf, n);
        std::fclose(fp);
    }
    src->index();
    const diag::SourceText* raw = src.get();
    m_sources.emplace(file, std::move(src));
    return raw;
}

// #[track_caller] on a trait's method declaration holds for every impl of it (rustc's
// codegen_fn_attrs: `SliceIndex::index` makes `<usize as SliceIndex<[T]>>::index` track its caller).
bool Machine::is_track_caller(items::ItemId fn) {
    const items::Item& it = m_p.db.item(fn);
    if (it.flags & items::kTrackCaller) return true;
    if (it.parent == items::kNone) return false;
    const items::Item& impl = m_p.db.item(it.parent);
    if (impl.kind != items::ItemKind::Impl || impl.target == items::kNone) return false;
    for (items::ItemId c : m_p.db.children(m_p.db.item(impl.target)))
        if (m_p.db.item(c).name == it.name && m_p.db.item(c).kind == items::ItemKind::Function)
            return (m_p.db.item(c).flags & items::kTrackCaller) != 0;
    return false;
}

// A method call's location is its method name's column (the call's fn_span).
void Machine::macro_site_column(const Frame& site, const mir::Span& sp, uint32_t& col) {
    const mir::BasicBlock& bb = site.body->mir->blocks[site.block];
    if (site.stmt > bb.statements.count && bb.terminator.kind == mir::TerminatorKind::Call && sp.file) {
        const CallTarget& ct = site.body->calls[site.block];
        if (ct.ready && ct.called != items::kNone) {
            std::string_view name = m_p.interner.str(m_p.db.item(ct.called).name);
            col = diag::call_column(*source_of(sp.file), sp, name);
        }
    }
}

// A call a macro of another file expanded to (`panic!`, `assert!`): its location is the
// outermost macro invocation in the body's own file (rustc: Span::expansion_cause). MIR text
// prints only the expanded span, so the invocation is found around the nearest statement of
// the same block (or the blocks leading to it) whose span is in the body's file: a macro argument.
std::optional<std::pair<mir::Span, uint32_t>> Machine::macro_call_site(const Frame& site, const mir::Span& sp) {
    const mir::Body& mb = *site.body->mir;
    if (mb.locals.empty()) return std::nullopt;
    mir::Sym body_file = mb.locals[0].span.file;
    if (!sp.file || !body_file || sp.file == body_file) return std::nullopt;
    auto in_body_file = [&](const mir::Span& s) { return s.file == body_file && s.lo_line; };
    std::optional<mir::Span> anchor;
    auto notes = [&](mir::Range r) {
        for (uint32_t i = r.count; i-- > 0 && !anchor;)
            if (in_body_file(mb.notes[r.begin + i].span)) anchor = mb.notes[r.begin + i].span;
    };
    for (uint32_t b = site.block, seen = 0; !anchor && seen < 8; ++seen) {
        const mir::BasicBlock& bb = mb.blocks[b];
        if (b == site.block) notes(bb.terminator.notes);
        else if (in_body_file(bb.terminator.span)) anchor = bb.terminator.span;
        else notes(bb.terminator.notes);
        uint32_t n = b == site.block ? std::min(site.stmt, bb.statements.count) : bb.statements.count;
        for (uint32_t i = n; i-- > 0 && !anchor;) {
            const mir::Statement& st = mb.statements[bb.statements.begin + i];
            if (in_body_file(st.span)) anchor = st.span;
            else notes(st.notes);
        }
        // On to a predecessor (the block whose edges reach this one, non-cleanup first).
        uint32_t pred = UINT32_MAX;
        for (uint32_t q = 0; q < mb.blocks.size() && pred == UINT32_MAX; ++q) {
            const mir::Range e = mb.blocks[q].terminator.edges;
            for (uint32_t k = 0; k < e.count; ++k)
                if (mb.edges[e.begin + k].block == b && q != b && !mb.blocks[q].cleanup) pred = q;
        }
        if (pred == UINT32_MAX) break;
        b = pred;
    }
    if (!anchor) return std::nullopt;
    const diag::SourceText* src = source_of(body_file);
    size_t at = src->offset(anchor->lo_line, anchor->lo_col);
    if (at == std::string::npos) return std::nullopt;
    size_t start = diag::macro_call_site(*src, at);
    // The anchor precedes the invocation (`if n == 0 { panic!("zero") }`): the next one.
    if (start == std::string::npos) start = diag::next_macro_call(*src, at);
    if (start == std::string::npos) return std::nullopt;
    mir::Span out = *anchor;
    auto line = std::upper_bound(src->line_starts.begin(), src->line_starts.end(), start);
    out.lo_line = static_cast<uint32_t>(line - src->line_starts.begin());
    return std::make_pair(out, src->column_of(start));
}

void Machine::caller_location_into(const PlaceRef& dest) {
    const Frame* site = nullptr;
    for (size_t i = m_stack.size(); i-- > 0;) {
        const Frame& f = m_stack[i];
        if (f.native) continue;
        site = &f;
        if (!is_track_caller(f.body->item)) break;
    }
    if (!site) throw_internal("caller_location without a caller");
    mir::Span sp = current_span(*site);
    uint32_t col = sp.lo_col;
    if (auto call_site = macro_call_site(*site, sp)) {
        sp = call_site->first;
        col = call_site->second;
    } else {
        macro_site_column(*site, sp, col);
    }
    std::string file(m_p.interner.str(sp.file));
    std::string key = file + ":" + std::to_string(sp.lo_line) + ":" + std::to_string(col);
    auto it = m_locations.find(key);
    if (it != m_locations.end()) {
        write_pointer(dest, it->second);
        return;
    }
    Ty loc_ty = dest.ty->arg(0);
    const Layout* l = layout_of(loc_ty);
    std::optional<memory::Memory::Untracked> untracked(std::in_place, m_mem);
    AllocId id = m_mem.allocate(l->size, l->align, memory::AllocKind::Global);
    PlaceRef loc{m_mem.base_ptr(id), loc_ty, l};
    AllocId fid = m_mem.allocate(file.size() + 1, 1, memory::AllocKind::Global);
    Pointer fp = m_mem.base_ptr(fid);
    m_mem.write_bytes(fp, file.c_str(), file.size() + 1, 1);
    m_mem.get(fid)->mutable_ = false;
    PlaceRef name = field(loc, 0);
    write_wide(name, fp, file.size(), memory::kNoAlloc);
    write_scalar(field(loc, 1), {sp.lo_line, memory::kNoAlloc});
    write_scalar(field(loc, 2), {col, memory::kNoAlloc});
    m_mem.get(id)->mutable_ = false;
    m_locations.emplace(key, loc.ptr);
    untracked.reset();
    write_pointer(dest, loc.ptr);
}

} // namespace mirage::engine
