// The engine's side of the checks of src/checks: allocation backtraces and the leak report Miri
// prints when main returns with heap memory that nothing reaches; the integer-to-pointer cast
// warning.
#include "checks/fn_abi.h"
#include "engine/machine.h"

#include <cstdio>

namespace mirage::engine {

// The current thread's MIR frames, outermost first, as a node of the backtrace table.
uint32_t Machine::record_backtrace() {
    uint32_t node = 0;
    for (const Frame& f : m_stack) {
        if (f.native || !f.body) continue;
        mir::Span sp = frame_span(f);
        node = m_backtraces.child(node, f.body, sp.file, sp.lo_line, sp.lo_col, sp.hi_line, sp.hi_col);
    }
    return node;
}

// Miri's report_leaks: one error per leaked allocation, located where it was allocated (its
// backtrace, pruned), then the notes about pruned frames and -Zmiri-ignore-leaks; the run
// fails. Threads still running when main returns make Miri stop with a different error; Mirage
// then skips the check (their memory is in use).
void Machine::check_leaks() {
    for (size_t t = 0; t < m_threads.count(); ++t)
        if (t != m_threads.current_id() && m_threads.get(static_cast<concurrency::ThreadId>(t)).state !=
                                               concurrency::ThreadState::Terminated)
            return;
    std::vector<AllocId> leaks = m_leak_check.find_leaks(m_mem);
    if (leaks.empty()) return;
    bool any_pruned = false;
    for (AllocId id : leaks) {
        const memory::Allocation* a = m_mem.get(id);
        diag::Report r{"error",
                       "memory leaked: alloc" + std::to_string(a->serial) + " (" + memory::memory_kind_name(*a) +
                           ", size: " + std::to_string(a->size) + ", align: " + std::to_string(a->align) + ")",
                       std::nullopt,
                       {}};
        std::vector<ReportFrame> frames;
        for (uint32_t node = a->backtrace; node; node = m_backtraces.node(node).parent) {
            const auto& n = m_backtraces.node(node);
            frames.push_back({static_cast<const InstanceBody*>(n.fn), mir::Span{n.file, n.line, n.col, n.hi_line, n.hi_col}});
        }
        if (!frames.empty()) {
            r.title += ", allocated here:";
            any_pruned |= prune_frames(frames);
            r.primary = snippet(frames.front().span, "");
            add_backtrace(r, frames, "");
        }
        emit(r);
    }
    if (any_pruned) emit_pruned_note();
    std::fputs("note: set `MIRIFLAGS=-Zmiri-ignore-leaks` to disable this check\n\n", stderr);
    emit_abort_summary();
    exit(1);
}

void Machine::note_fn_signature(Pointer fn, Ty sig) {
    const memory::Allocation* a = m_mem.get(fn.prov);
    if (!a || a->kind != memory::AllocKind::Fn || !sig || sig->kind != ty::Kind::FnPtr) return;
    if (m_fn_sigs.size() <= a->payload) m_fn_sigs.resize(a->payload + 1, nullptr);
    if (!m_fn_sigs[a->payload]) m_fn_sigs[a->payload] = sig;
}

// A call through a fn pointer of type `caller_sig` to a function reified with another type
// (checks/fn_abi.h). The calling convention is checked at the call; the arguments and the return
// value as the callee's frame is set up, so those reports point into the callee.
void Machine::check_fn_ptr_call(Ty caller_sig, const ty::Instance& callee, Pointer fn, const std::vector<PlaceRef>& args) {
    const memory::Allocation* a = m_mem.get(fn.prov == memory::kWildcard ? m_mem.find_exposed(fn.addr) : fn.prov);
    if (!a || a->kind != memory::AllocKind::Fn || a->payload >= m_fn_sigs.size()) return;
    Ty callee_sig = m_fn_sigs[a->payload];
    if (!callee_sig || !caller_sig || caller_sig->kind != ty::Kind::FnPtr || caller_sig == callee_sig) return;
    std::vector<Ty> arg_tys;
    for (const PlaceRef& p : args) {
        if (!p.ty) return;
        arg_tys.push_back(p.ty);
    }
    auto sym = [&](Ty t) { return t->sym ? m_p.interner.str(t->sym) : std::string_view(); };
    checks::CallMismatch mm = checks::check_fn_ptr_call(
        caller_sig, callee_sig, arg_tys, sym(caller_sig), sym(callee_sig), [&](Ty t) { return layout_of(t); },
        [&](Ty t) { return ty_name(t); });
    if (mm.kind == checks::CallMismatch::None) return;
    diag::MachineStop stop{diag::StopKind::Ub, mm.message, 1, {}};
    if (mm.kind != checks::CallMismatch::Convention && callee.kind == ty::InstanceKind::Item) {
        InstanceBody* b = lower(callee);
        mir::Span sp;
        if (b && b->mir) {
            if (mm.kind == checks::CallMismatch::Return) sp = b->mir->locals[0].span;
            else if (mm.kind == checks::CallMismatch::MoreArgs) sp = m_p.db.item(callee.def).span;
            else if (mm.arg + 1 < b->mir->locals.size()) {
                // A parameter's span is its pattern's: the local's own, else its `debug` line's.
                uint32_t local = mm.arg + 1;
                sp = b->mir->locals[local].span;
                for (const mir::DebugVar& dv : b->mir->debug_vars)
                    if (!dv.is_const && dv.place.local == local && dv.place.proj.count == 0) {
                        sp = dv.span;
                        break;
                    }
            }
        }
        if (sp.file) {
            stop.location = sp;
            stop.location_body = b;
        }
    }
    // Miri's helps for argument and return types that are not guaranteed ABI-compatible.
    if (mm.kind == checks::CallMismatch::Argument || mm.kind == checks::CallMismatch::Return) {
        stop.helps.push_back("this means these two types are not *guaranteed* to be ABI-compatible across all targets");
        stop.helps.push_back("if you think this code should be accepted anyway, please report an issue with Miri");
    }
    throw stop;
}

// An integer-to-pointer cast: Miri's warning the first time in the default provenance mode (on
// stderr, with the cast's location and backtrace).
void Machine::int2ptr_cast() {
    if (!m_int2ptr.on_cast()) return;
    std::string title = checks::Int2PtrCasts::warning_title();
    diag::Report r{"warning", title, std::nullopt, {}};
    std::vector<ReportFrame> frames = stack_frames();
    prune_frames(frames);
    if (!frames.empty()) r.primary = snippet(frames.front().span, title);
    for (const std::string& h : checks::Int2PtrCasts::warning_help()) r.children.push_back({"help", h, std::nullopt});
    add_backtrace(r, frames, backtrace_thread());
    emit(r);
}

} // namespace mirage::engine
