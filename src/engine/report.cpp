// Reports, in Miri's form (its diagnostics.rs report_msg): the headline, the primary span
// quoted with carets, the help notes (for UB about an allocation, where it was allocated and
// freed), the backtrace (the innermost frame and std frames as `= note: inside ...`, the user's
// outer frames with their quoted call), then `error: aborting due to N previous errors`.
// Also the -Zmiri-track-alloc-id notes, and the span table of the allocation notes.
#include "engine/machine.h"

#include "diag/render.h"

#include <algorithm>
#include <cstdio>

namespace mirage::engine {

using diag::MachineStop;
using diag::StopKind;

// ---- where the user's code is -----------------------------------------------------------------

size_t Machine::SpanHash::operator()(const mir::Span& s) const {
    size_t h = s.file;
    for (uint32_t v : {s.lo_line, s.lo_col, s.hi_line, s.hi_col}) h = h * 1000003u ^ v;
    return h;
}

uint32_t Machine::span_id(const mir::Span& sp) {
    if (!sp.file) return 0;
    if (m_spans.empty()) m_spans.emplace_back(); // id 0: none
    // try_emplace: no node is built for a span already known (this runs at every heap alloc and free).
    auto [it, added] = m_span_ids.try_emplace(sp, static_cast<uint32_t>(m_spans.size()));
    if (added) m_spans.push_back(sp);
    return it->second;
}

// Miri's current_span: the current span of the innermost frame of the user's crate that is
// not #[track_caller] (`Box::new(5)` in main, not the allocator call inside std).
uint32_t Machine::user_span_id() {
    for (size_t i = m_stack.size(); i-- > 0;) {
        const Frame& f = m_stack[i];
        if (f.native || !f.body || f.body->crate != m_user_crate) continue;
        if (f.body->item != items::kNone && is_track_caller(f.body->item)) continue;
        return span_id(frame_span(f));
    }
    return 0;
}

// ---- frames -----------------------------------------------------------------------------------

// Miri's frame names: the instance's path with the function's own generic args
// (`generic::<Dog>`, `<Dog as Speak>::speak`); shims by their body's name.
std::string Machine::frame_name(const InstanceBody* b) {
    if (b->instance.kind != ty::InstanceKind::Item) return b->name;
    std::string name = std_visible_path(m_p.solver->frame_path(b->instance, m_user_crate));
    const items::Item& it = m_p.db.item(b->instance.def);
    if (it.kind != items::ItemKind::Function) return name;
    size_t own = 0;
    for (const items::GenericParam& gp : m_p.db.params_of(it)) own += gp.kind != items::ParamKind::Lifetime;
    const std::vector<Ty>& args = b->instance.args;
    if (own == 0 || own > args.size()) return name;
    name += "::<";
    for (size_t i = args.size() - own; i < args.size(); ++i)
        name += (i > args.size() - own ? ", " : "") + ty_name(args[i]);
    return name + ">";
}

// rustc prints an item by its visible path: `core::ptr::swap` is `std::ptr::swap` when std
// re-exports the module (`pub use core::ptr`); private modules (`alloc::raw_vec`) keep theirs.
std::string Machine::std_visible_path(std::string path) {
    for (std::string_view krate : {"core::", "alloc::"}) {
        if (path.rfind(krate, 0) != 0) continue;
        size_t end = path.find("::", krate.size());
        if (end == std::string::npos) return path;
        std::string module = path.substr(krate.size(), end - krate.size());
        const items::CrateInfo* std_crate = nullptr;
        for (const items::CrateInfo& c : m_p.db.crates)
            if (c.name == "std") std_crate = &c;
        if (!std_crate || std_crate->root == items::kNone) return path;
        for (items::ItemId c : m_p.db.children(m_p.db.item(std_crate->root))) {
            const items::Item& it = m_p.db.item(c);
            if ((it.kind == items::ItemKind::Use || it.kind == items::ItemKind::Module) && m_p.interner.str(it.name) == module)
                return "std::" + path.substr(krate.size());
        }
        return path;
    }
    return path;
}

bool Machine::is_closure(const InstanceBody* b) const {
    return b->instance.kind == ty::InstanceKind::Item && b->instance.def < m_p.db.items.size() &&
           m_p.db.item(b->instance.def).kind == items::ItemKind::Closure;
}

// A frame's location: its statement's span, or where the macro that expanded to it was invoked
// when the span is in another file (`println!` in main: std's macros.rs), to the end of that line.
mir::Span Machine::frame_span(const Frame& f) {
    mir::Span sp = current_span(f);
    if (auto site = macro_call_site(f, sp)) {
        sp = site->first;
        sp.lo_col = site->second;
        const diag::SourceText* src = source_of(sp.file);
        size_t at = src->offset(sp.lo_line, sp.lo_col);
        size_t end = at == std::string::npos ? at : src->text.find('\n', at);
        if (end == std::string::npos) end = src->text.size();
        sp.hi_line = sp.lo_line;
        sp.hi_col = at == std::string::npos ? sp.lo_col : src->column_of(end);
    }
    return sp;
}

// The running thread's MIR frames, innermost first, each where it is.
std::vector<Machine::ReportFrame> Machine::stack_frames() {
    std::vector<ReportFrame> frames;
    for (size_t i = m_stack.size(); i-- > 0;)
        if (!m_stack[i].native && m_stack[i].body) frames.push_back({m_stack[i].body, frame_span(m_stack[i])});
    return frames;
}

// Miri's prune_stacktrace (-Zmiri-backtrace=short): when a frame is the user's, drop
// #[track_caller] fns, everything below `__rust_begin_short_backtrace` and the runtime frames
// below the user's outermost one. Returns whether anything was dropped.
bool Machine::prune_frames(std::vector<ReportFrame>& frames) {
    size_t before = frames.size();
    auto is_local = [&](const ReportFrame& f) { return f.body->crate == m_user_crate; };
    if (std::none_of(frames.begin(), frames.end(), is_local)) return false;
    std::erase_if(frames, [&](const ReportFrame& f) {
        return f.body->instance.kind == ty::InstanceKind::Item && f.body->item != items::kNone &&
               is_track_caller(f.body->item);
    });
    auto begin = std::find_if(frames.begin(), frames.end(), [&](const ReportFrame& f) {
        return f.body->name.find("__rust_begin_short_backtrace") != std::string::npos;
    });
    frames.erase(begin, frames.end());
    while (frames.size() > 1 && !is_local(frames.back())) frames.pop_back();
    return frames.size() != before;
}

diag::Snippet Machine::snippet(const mir::Span& sp, std::string label) {
    if (!sp.file) return {"<unknown>", sp, nullptr, std::move(label)};
    return {std::string(m_p.interner.str(sp.file)), sp, source_of(sp.file), std::move(label)};
}

// Miri's backtrace notes: `BACKTRACE:` (`(of the first span)` when a note quoted another span;
// `on thread `name`` off the main thread), the first frame and std's frames as `inside `f` at
// FILE:L:C: L:C`, the user's outer frames as a note quoting their call.
void Machine::add_backtrace(diag::Report& r, const std::vector<ReportFrame>& frames, const std::string& thread) {
    if (frames.empty()) return;
    bool extra_span = std::any_of(r.children.begin(), r.children.end(), [](const diag::Child& c) { return c.at.has_value(); });
    std::string title = "BACKTRACE";
    if (extra_span) title += " (of the first span)";
    if (!thread.empty()) title += " on thread `" + thread + "`";
    r.children.push_back({"note", title + ":", std::nullopt});
    for (size_t i = 0; i < frames.size(); ++i) {
        const ReportFrame& f = frames[i];
        std::string inside = is_closure(f.body) ? "inside closure" : "inside `" + frame_name(f.body) + "`";
        if (i > 0 && f.body->crate == m_user_crate) {
            r.children.push_back({"note", inside, snippet(f.span, "")});
        } else {
            std::string at = f.span.file ? diag::span_string(std::string(m_p.interner.str(f.span.file)), f.span) : "<unknown>";
            r.children.push_back({"note", inside + " at " + at, std::nullopt});
        }
    }
}

// The running thread's name in backtrace titles: empty for the main thread.
std::string Machine::backtrace_thread() {
    if (m_threads.current_id() == concurrency::kMainThread) return "";
    const MachineThread& t = current_thread();
    return t.name.empty() ? "unnamed-" + std::to_string(t.id) : t.name;
}

void Machine::emit(const diag::Report& r) {
    std::fflush(stdout);
    if (r.level == "error") ++m_errors_emitted;
    if (r.level == "warning") ++m_warnings_emitted;
    std::fputs(diag::render(r).c_str(), stderr);
}

// rustc's closing line once errors were emitted.
void Machine::emit_abort_summary() {
    if (!m_errors_emitted) return;
    std::string line = "error: aborting due to " +
                       (m_errors_emitted == 1 ? std::string("1 previous error") : std::to_string(m_errors_emitted) + " previous errors");
    if (m_warnings_emitted)
        line += "; " + std::to_string(m_warnings_emitted) + (m_warnings_emitted == 1 ? " warning" : " warnings") + " emitted";
    std::fprintf(stderr, "%s\n\n", line.c_str());
}

void Machine::emit_pruned_note() {
    std::fflush(stdout);
    std::fputs("note: some details are omitted, run with `MIRIFLAGS=-Zmiri-backtrace=full` for a verbose backtrace\n\n",
               stderr);
}

// ---- what stopped the run ---------------------------------------------------------------------

void Machine::report(const MachineStop& stop) {
    diag::Report r;
    r.level = "error";
    switch (stop.kind) {
    case StopKind::Ub: r.title = "Undefined Behavior: " + stop.message; break;
    case StopKind::Unsupported: r.title = "unsupported operation: " + stop.message; break;
    case StopKind::Resource: r.title = "resource exhaustion: " + stop.message; break;
    case StopKind::Internal: r.title = "internal error: " + stop.message; break;
    case StopKind::Abort: r.title = "abnormal termination: " + stop.message; break;
    case StopKind::Exit: return;
    }
    std::vector<ReportFrame> frames = stack_frames();
    // An error found entering a callee (checks/fn_abi.h) is in the callee's frame.
    if (stop.location.file && stop.location_body)
        frames.insert(frames.begin(), ReportFrame{static_cast<const InstanceBody*>(stop.location_body), stop.location});
    bool pruned = prune_frames(frames);
    std::string label = stop.kind == StopKind::Ub            ? "Undefined Behavior occurred here"
                        : stop.kind == StopKind::Unsupported ? "unsupported operation occurred here"
                                                             : "";
    if (!frames.empty()) r.primary = snippet(frames.front().span, label);
    if (stop.kind == StopKind::Ub) {
        r.children.push_back({"help", "this indicates a bug in the program: it performed an invalid operation, and caused Undefined Behavior", std::nullopt});
        r.children.push_back({"help", "see https://doc.rust-lang.org/nightly/reference/behavior-considered-undefined.html for further information", std::nullopt});
    }
    if (stop.kind == StopKind::Unsupported)
        r.children.push_back({"help", "this is likely not a bug in the program; it indicates that the program performed an operation that Mirage does not support", std::nullopt});
    for (const std::string& h : stop.helps) r.children.push_back({"help", h, std::nullopt});
    for (const std::string& n : stop.notes) r.children.push_back({"note", n, std::nullopt});
    if (stop.kind == StopKind::Ub && stop.alloc) {
        // Where the allocation was made and freed, when recorded (heap memory, as in Miri).
        auto [made, freed] = m_mem.alloc_spans(stop.alloc);
        std::string name = "alloc" + std::to_string(m_mem.serial_of(stop.alloc));
        if (made) r.children.push_back({"help", name + " was allocated here:", snippet(m_spans[made], "")});
        if (freed) r.children.push_back({"help", name + " was deallocated here:", snippet(m_spans[freed], "")});
    }
    add_backtrace(r, frames, backtrace_thread());
    emit(r);
    if (pruned) emit_pruned_note();
    emit_abort_summary();
}

// -Zmiri-track-alloc-id: Miri's `tracking was triggered` note where the allocation is made or
// freed (the run goes on).
void Machine::track_alloc_event(const memory::Allocation& a, bool freed) {
    std::string label = freed ? "freed allocation with id " + std::to_string(a.serial)
                              : std::string("created ") + memory::memory_kind_name(a) + " allocation of " +
                                    std::to_string(a.size) + " bytes (alignment " + std::to_string(a.align) +
                                    " bytes) with id " + std::to_string(a.serial);
    diag::Report r{"note", "tracking was triggered", std::nullopt, {}};
    std::vector<ReportFrame> frames = stack_frames();
    prune_frames(frames);
    if (!frames.empty()) r.primary = snippet(frames.front().span, label);
    else r.children.push_back({"note", label, std::nullopt});
    add_backtrace(r, frames, backtrace_thread());
    emit(r); // no note about pruned frames (Miri neither, for its notes that go on)
}

} // namespace mirage::engine
