#include "ty/coverage.h"

#include "mir/printer.h"

namespace mirage::ty {

namespace {

// The first Error node inside `ty`, if any.
Ty find_error(Ty ty) {
    if (ty->kind == Kind::Error) return ty;
    for (Ty a : ty->arg_span())
        if (Ty e = find_error(a)) return e;
    return nullptr;
}

std::string error_kind(std::string_view message) {
    // Group by the message up to the first backquote (paths differ, causes repeat).
    size_t tick = message.find('`');
    return std::string(message.substr(0, tick == std::string_view::npos ? message.size() : tick));
}

} // namespace

void measure_coverage(TraitSolver& solver, items::CrateId crate, std::span<const mir::Body> bodies,
                      uint32_t first_body, TypeCoverage& out) {
    Lowerer& lw = solver.lowerer();
    TyCtx& cx = lw.cx();
    const items::ItemDb& db = cx.db();
    auto note = [&](std::string msg, std::string sample) {
        size_t& n = out.error_kinds[error_kind(msg)];
        if (++n <= 8) out.samples.push_back(std::move(sample) + "  [" + msg + "]");
    };
    for (size_t i = 0; i < bodies.size(); ++i) {
        const mir::Body& body = bodies[i];
        uint32_t global = first_body + static_cast<uint32_t>(i);
        items::ItemId owner = global < db.body_links.size() ? db.body_links[global].item : items::kNone;
        if (owner == items::kNone) continue; // unmapped bodies are the join's figure
        for (const mir::LocalDecl& local : body.locals) {
            ++out.types;
            Ty t = lw.lower_mir_ty(local.ty, crate, owner);
            if (Ty e = find_error(t)) {
                ++out.type_errors;
                note(std::string(cx.interner().str(e->sym)),
                     mir::type_to_string(cx.interner(), local.ty) + "  in " +
                         mir::type_to_string(cx.interner(), body.name));
            }
        }
        for (const mir::BasicBlock& bb : body.blocks) {
            const mir::Terminator& term = bb.terminator;
            if (term.kind != mir::TerminatorKind::Call && term.kind != mir::TerminatorKind::TailCall)
                continue;
            if (term.func.kind != mir::OperandKind::Constant) continue; // fn pointers, closures
            const mir::ConstNode& c = body.consts[term.func.constant];
            if (c.kind != mir::ConstKind::Path || !(c.flags & mir::kBareConst)) continue;
            ++out.calls;
            auto ref = solver.lower_fn_path(c.ty, crate, owner);
            bool bad = !ref;
            std::string why = "fn path not found";
            if (ref)
                for (Ty a : ref->args)
                    if (Ty e = find_error(a)) {
                        bad = true;
                        why = std::string(cx.interner().str(e->sym));
                    }
            if (bad) {
                ++out.call_errors;
                note(why, mir::type_to_string(cx.interner(), c.ty) + "  in " +
                              mir::type_to_string(cx.interner(), body.name));
            }
        }
    }
}

} // namespace mirage::ty
