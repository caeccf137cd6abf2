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
        mir::Span sp = current_span(f);
        node = m_backtraces.child(node, f.body, sp.file, sp.lo_line, sp.lo_col);
    }
    return node;
}

// Miri's report_leaks: one error per leaked allocation, with where it was allocated, then the
// note about -Zmiri-ignore-leaks; the run fails. Threads still running when main returns make
// Miri stop with a different error; Mirage then skips the check (their memory is in use).
void Machine::check_leaks() {
    for (size_t t = 0; t < m_threads.count(); ++t)
        if (t != m_threads.current_id() && m_threads.get(static_cast<concurrency::ThreadId>(t)).state !=
                                               concurrency::ThreadState::Terminated)
            return;
    std::vector<AllocId> leaks = m_leak_check.find_leaks(m_mem);
    if (leaks.empty()) return;
    std::fflush(stdout);
    auto where = [&](const checks::BacktraceTable::Node& n) {
        return (n.file ? std::string(m_p.interner.str(n.file)) : std::string("<unknown>")) + ":" +
               std::to_string(n.line) + ":" + std::to_string(n.col);
    };
    for (AllocId id : leaks) {
        const memory::Allocation* a = m_mem.get(id);
        std::fprintf(stderr, "error: memory leaked: alloc%llu (%s, size: %llu, align: %llu), allocated here:\n",
                     static_cast<unsigned long long>(a->serial), memory::memory_kind_name(*a),
                     static_cast<unsigned long long>(a->size), static_cast<unsigned long long>(a->align));
        uint32_t node = a->created_at;
        if (!node) continue;
        std::fprintf(stderr, "  --> %s\n", where(m_backtraces.node(node)).c_str());
        std::fprintf(stderr, "   = note: BACKTRACE:\n");
        for (; node; node = m_backtraces.node(node).parent) {
            const auto& n = m_backtraces.node(node);
            std::fprintf(stderr, "   = note: inside `%s` at %s\n", static_cast<const InstanceBody*>(n.fn)->name.c_str(),
                         where(n).c_str());
        }
    }
    std::fprintf(stderr, "note: set `MIRIFLAGS=-Zmiri-ignore-leaks` to disable this check\n");
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
            stop.location = std::string(m_p.interner.str(sp.file)) + ":" + std::to_string(sp.lo_line) + ":" +
                            std::to_string(sp.lo_col);
            stop.location_fn = b->name;
        }
    }
    throw stop;
}

// An integer-to-pointer cast: Miri's warning the first time in the default provenance mode (on
// stderr, with the cast's location and backtrace).
void Machine::int2ptr_cast() {
    if (!m_int2ptr.on_cast()) return;
    std::fflush(stdout);
    std::fprintf(stderr, "warning: %s\n", checks::Int2PtrCasts::warning_title());
    const Frame* top = nullptr;
    for (size_t i = m_stack.size(); i-- > 0 && !top;)
        if (!m_stack[i].native) top = &m_stack[i];
    auto where = [&](const Frame& f) {
        mir::Span sp = current_span(f);
        return (sp.file ? std::string(m_p.interner.str(sp.file)) : std::string("<unknown>")) + ":" +
               std::to_string(sp.lo_line) + ":" + std::to_string(sp.lo_col);
    };
    if (top) std::fprintf(stderr, "  --> %s\n", where(*top).c_str());
    for (const std::string& h : checks::Int2PtrCasts::warning_help()) std::fprintf(stderr, "   = help: %s\n", h.c_str());
    std::fprintf(stderr, "   = note: BACKTRACE:\n");
    for (size_t i = m_stack.size(); i-- > 0;)
        if (!m_stack[i].native)
            std::fprintf(stderr, "   = note: inside `%s` at %s\n", frame_name(m_stack[i]).c_str(), where(m_stack[i]).c_str());
    std::fprintf(stderr, "\n");
}

} // namespace mirage::engine
