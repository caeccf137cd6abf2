#include "driver/vtables.h"

#include "driver/instance_printer.h"
#include "driver/program.h"
#include "frontend/compile.h"
#include "util/file.h"
#include "mir/printer.h"
#include "ty/layout.h"
#include "ty/vtable.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <unistd.h>

namespace mirage {

namespace fs = std::filesystem;
using items::ItemKind;
using items::kNone;
using ty::Kind;
using ty::Ty;

namespace {

// ("vt", N) when the last segment of a body path is `vt_N` (likewise up_N, nd_N).
std::optional<std::pair<std::string, uint32_t>> probe_of(const std::string& name) {
    size_t at = name.rfind("::");
    std::string last = at == std::string::npos ? name : name.substr(at + 2);
    if (last.size() < 4 || last[2] != '_') return std::nullopt;
    std::string kind = last.substr(0, 2), digits = last.substr(3);
    if ((kind != "vt" && kind != "up" && kind != "nd") || digits.empty() ||
        digits.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::make_pair(kind, static_cast<uint32_t>(std::stoul(digits)));
}

Ty find_dyn(Ty t) {
    if (t->kind == Kind::Dynamic) return t;
    for (Ty a : t->arg_span())
        if (Ty d = find_dyn(a)) return d;
    return nullptr;
}

Ty pointee(Ty t) {
    if ((t->kind == Kind::Ref || t->kind == Kind::RawPtr) && t->nargs == 1) return t->arg(0);
    return t;
}

// The dyn type's principal trait (not an auto trait), nullptr when it has none.
Ty principal_of(const items::ItemDb& db, Ty dyn) {
    for (Ty p : dyn->arg_span())
        if (p->kind == Kind::TraitRef && !(db.item(p->def).flags & items::kAuto)) return p;
    return nullptr;
}

} // namespace

Result<int> vtables_probe(const Toolchain& tc, const Sysroot& sysroot, const std::string& file) {
    auto dl = MIRAGE_TRY(ty::TargetDataLayout::for_target(sysroot.target));
    TempDir temp = MIRAGE_TRY(TempDir::create("mirage-vtables"));
    const std::string& out_dir = temp.path();

    CompiledCrate compiled;
    auto program = MIRAGE_TRY(load_user_program(tc, sysroot, file, out_dir, &compiled));
    Program& prog = *program;
    const LoadedCrate* user = prog.crate_named(compiled.crate_name);
    if (!user || user->id == kNone)
        return make_error(ErrorKind::Internal, "the probe's crate was not loaded");
    mir::Interner& in = prog.interner;
    ty::Lowerer& lw = *prog.lowerer;
    ty::TraitSolver& solver = *prog.solver;
    ty::VtableBuilder vtables(solver);
    ty::DropGlue glue(solver);
    ty::LowererAdtSource source(lw);
    ty::LayoutCx lcx(*prog.cx, source, dl);
    InstancePrinter printer(solver, prog.db, in);

    // Closures print by their body's path (`vt::vt_3::{closure#0}`), as v0 symbols do.
    auto body_path = [&](const mir::Body& b) {
        std::string out = compiled.crate_name;
        for (mir::TyId s : in.children(b.name)) {
            const mir::TyNode& n = in.ty(s);
            out += "::" + (n.kind == mir::TyKind::ImplSegment ? std::string("<impl>")
                                                               : std::string(in.str(n.sym)));
        }
        return out;
    };
    for (uint32_t b = user->first_body; b < user->first_body + user->body_count; ++b) {
        items::ItemId item = prog.item_of_body(b);
        if (item != kNone && prog.db.item(item).kind == ItemKind::Closure &&
            prog.bodies[b].promoted == mir::kNone)
            printer.closure_paths.emplace(item, body_path(prog.bodies[b]));
    }

    std::map<std::pair<std::string, uint32_t>, std::string> lines;
    for (uint32_t b = user->first_body; b < user->first_body + user->body_count; ++b) {
        const mir::Body& body = prog.bodies[b];
        if (body.promoted != mir::kNone || body.ctfe || body.kind != mir::BodyKind::Fn) continue;
        auto probe = probe_of(mir::type_to_string(in, body.name));
        if (!probe) continue;
        items::ItemId owner = prog.item_of_body(b);
        std::string& line = lines[*probe];
        line = probe->first + "_" + std::to_string(probe->second);
        auto local_ty = [&](uint32_t local) -> Ty {
            Ty t = lw.lower_mir_ty(body.locals[local].ty, user->id, owner);
            return t ? solver.normalize(t) : nullptr;
        };
        // The probed type: the local `probe`, else the first argument.
        Ty subject = nullptr;
        for (const mir::DebugVar& v : body.debug_vars)
            if (!v.is_const && in.str(v.name) == "probe" && v.place.proj.count == 0)
                subject = local_ty(v.place.local);
        if (!subject && body.arg_count >= 1) subject = local_ty(1);
        Ty ret = local_ty(0);
        if (!subject || subject->kind == Kind::Error || !ret || ret->kind == Kind::Error) {
            line += "\terror: cannot lower the probe's types";
            continue;
        }
        if (probe->first == "nd") {
            line += std::string("\tneeds_drop ") + (glue.needs_drop(subject) ? "1" : "0");
            auto impl = glue.drop_impl(subject);
            line += "\tdrop_impl " + (impl ? printer.instance(*impl) : std::string("none"));
            continue;
        }
        Ty target = find_dyn(ret);
        Ty principal = target ? principal_of(prog.db, target) : nullptr;
        if (!principal) {
            line += "\terror: no dyn Trait in the return type";
            continue;
        }
        if (probe->first == "up") {
            Ty from = find_dyn(subject);
            if (!from) {
                line += "\terror: the argument is not a dyn type";
                continue;
            }
            uint32_t slot = vtables.upcast_slot(from, principal);
            line += slot == kNone ? std::string("\tsame") : "\tslot " + std::to_string(slot);
            continue;
        }
        Ty concrete = subject->kind == Kind::Closure ? subject : pointee(subject);
        std::vector<Ty> args{concrete};
        args.insert(args.end(), principal->arg_span().begin(), principal->arg_span().end());
        Ty trait_ref = prog.cx->mk(Kind::TraitRef, principal->def, args);
        // A closure type lowered from a MIR local carries no upvar tuple (LayoutCx needs it);
        // its layout is its upvars' as a struct, which a tuple of them has too.
        Ty laid_out = concrete;
        if (concrete->kind == Kind::Closure &&
            (concrete->nargs == 0 || concrete->arg(concrete->nargs - 1)->kind != Kind::Tuple))
            laid_out = prog.cx->mk_tuple(lw.closure_upvars(concrete));
        auto layout = lcx.layout_of(laid_out);
        for (const ty::VtableEntry& e : vtables.entries(trait_ref)) {
            switch (e.kind) {
            case ty::VtableEntryKind::DropInPlace:
                line += glue.needs_drop(concrete)
                            ? "\tdrop core::ptr::drop_in_place::<" + printer.ty(concrete) + ">"
                            : std::string("\tdrop null");
                break;
            case ty::VtableEntryKind::Size:
                line += layout ? "\tsize " + std::to_string((*layout)->size) : "\tsize ? (" + layout.error().message + ")";
                break;
            case ty::VtableEntryKind::Align:
                line += layout ? "\talign " + std::to_string((*layout)->align) : "\talign ?";
                break;
            case ty::VtableEntryKind::Vacant: line += "\tvacant"; break;
            case ty::VtableEntryKind::Method: {
                // v0 names a by-value-self method's slot after the trait method (a VTableShim
                // wraps whatever it resolves to) and prints the Fn* shims of fn pointers and
                // closures as the trait method too.
                ty::Instance as_trait{ty::InstanceKind::Item, e.trait_method,
                                      {e.trait_ref->arg_span().begin(), e.trait_ref->arg_span().end()}, 0};
                if (e.by_value_self)
                    line += "\tmethod " + printer.instance(as_trait) + "::{shim:vtable#0}";
                else if (e.method.kind == ty::InstanceKind::FnPtrShim ||
                         e.method.kind == ty::InstanceKind::ClosureOnceShim)
                    line += "\tmethod " + printer.instance(as_trait);
                else
                    line += "\tmethod " + printer.instance(e.method);
                break;
            }
            case ty::VtableEntryKind::TraitVPtr: line += "\tvptr " + printer.trait_ref(e.trait_ref, 1); break;
            }
        }
    }
    for (const auto& [key, line] : lines) std::printf("%s\n", line.c_str());
    return 0;
}

} // namespace mirage
