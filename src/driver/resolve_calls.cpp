#include "driver/resolve_calls.h"

#include "driver/instance_printer.h"
#include "driver/program.h"
#include "diag/source.h"

#include "frontend/compile.h"
#include "frontend/process.h"
#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "items/json_loader.h"
#include "items/resolve.h"
#include "mir/parser.h"
#include "mir/printer.h"
#include "ty/traits.h"
#include "util/file.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <unistd.h>
#include <unordered_map>
#include <unordered_set>

namespace mirage {

using diag::SourceText;
using diag::call_column;

namespace fs = std::filesystem;
using items::Item;
using items::ItemId;
using items::ItemKind;
using items::kNone;
using mir::TyKind;
using ty::Kind;
using ty::Ty;

namespace {


bool has_error(Ty t) {
    if (t->kind == Kind::Error || t->kind == Kind::Param || t->kind == Kind::Alias) return true;
    for (Ty a : t->arg_span())
        if (has_error(a)) return true;
    return false;
}

std::string first_error(const ty::TyCtx& cx, Ty t) {
    if (t->kind == Kind::Error || t->kind == Kind::Param || t->kind == Kind::Alias)
        return cx.to_string(t);
    for (Ty a : t->arg_span()) {
        std::string e = first_error(cx, a);
        if (!e.empty()) return e;
    }
    return "";
}

int fail(const std::string& message) {
    std::fprintf(stderr, "error: %s\n", message.c_str());
    return 1;
}

} // namespace

int cmd_resolve_calls(const ResolveCallsOptions& o) {
    if (o.file.empty()) return fail("`mirage resolve-calls` needs a FILE.rs");
    auto tc = find_toolchain();
    if (!tc) return fail(tc.error().message);
    std::string target = o.target.empty() ? tc->host : o.target;
    auto sysroot = find_sysroot(*tc, target);
    if (!sysroot) return fail(sysroot.error().message);

    auto temp = TempDir::create("mirage-resolve");
    if (!temp) return fail(temp.error().message);
    const std::string& out_dir = temp->path();

    CompiledCrate compiled;
    auto program = load_user_program(*tc, *sysroot, o.file, out_dir, &compiled);
    if (!program) return fail(program.error().message);
    Program& prog = **program;
    const LoadedCrate* user = prog.crate_named(compiled.crate_name);
    if (!user || user->id == kNone) return fail("the program's crate was not loaded");
    items::CrateId crate = user->id;
    mir::Interner& interner = prog.interner;
    const items::ItemDb& db = prog.db;
    ty::TyCtx& cx = *prog.cx;
    ty::Lowerer& lw = *prog.lowerer;
    ty::TraitSolver& solver = *prog.solver;
    std::span<const mir::Body> bodies(prog.bodies.data() + user->first_body, user->body_count);

    SourceText src;
    {
        auto f = MappedFile::open(o.file);
        if (!f) return fail(f.error().message);
        src.text = std::string(f->text());
        src.index();
    }
    std::string base = fs::path(o.file).filename().string();
    InstancePrinter printer(solver, db, interner);

    // Closures print by their body's path (`basics::run::{closure#0}`), as v0 symbols do.
    std::string crate_prefix = compiled.crate_name + "::";
    auto body_name = [&](const mir::Body& b) {
        std::string out;
        for (mir::TyId s : interner.children(b.name)) {
            if (!out.empty()) out += "::";
            const mir::TyNode& n = interner.ty(s);
            out += n.kind == TyKind::ImplSegment ? "<impl>" : std::string(interner.str(n.sym));
        }
        return out;
    };
    for (uint32_t i = 0; i < bodies.size(); ++i) {
        ItemId item = prog.item_of_body(user->first_body + i);
        if (item != kNone && db.item(item).kind == ItemKind::Closure && bodies[i].promoted == kNone)
            printer.closure_paths.emplace(item, crate_prefix + body_name(bodies[i]));
    }
    auto body_owner = [&](const mir::Body& b) -> ItemId {
        return prog.item_of_body(user->first_body + uint32_t(&b - bodies.data()));
    };

    struct Site {
        uint32_t line, col;
        std::string what;
    };
    std::vector<Site> sites;
    size_t resolved = 0, unresolved = 0, skipped_bodies = 0;
    for (const mir::Body& b : bodies) {
        if (b.kind != mir::BodyKind::Fn) continue;
        ItemId owner = body_owner(b);
        // Non-generic bodies only: their call sites are monomorphic.
        if (owner != kNone && !lw.generics_of(owner).empty()) {
            ++skipped_bodies;
            continue;
        }
        if (owner == kNone) {
            ++skipped_bodies;
            std::fprintf(stderr, "note: no item for body `%s`\n", body_name(b).c_str());
            continue;
        }
        for (const mir::BasicBlock& bb : b.blocks) {
            const mir::Terminator& term = bb.terminator;
            if (term.kind != mir::TerminatorKind::Call) continue;
            const mir::Span& sp = term.span;
            if (!sp.file || fs::path(std::string(interner.str(sp.file))).filename() != base) continue;
            Site site{sp.lo_line, sp.lo_col, ""};
            if (term.func.kind != mir::OperandKind::Constant) {
                site.what = "indirect";
                sites.push_back(site);
                ++resolved;
                continue;
            }
            const mir::ConstNode& cn = b.consts[term.func.constant];
            mir::TyId path = cn.ty;
            if (path) {
                auto kids = interner.children(path);
                if (!kids.empty()) {
                    mir::TyId last = kids.back();
                    site.col = call_column(src, sp, interner.str(interner.ty(last).sym));
                }
            }
            if (cn.kind != mir::ConstKind::Path || !path) {
                site.what = "unresolved: callee is not a fn item path";
                sites.push_back(site);
                ++unresolved;
                continue;
            }
            auto ref = solver.lower_fn_path(path, crate, owner);
            if (!ref) {
                site.what = "unresolved: lower_fn_path failed on `" + mir::type_to_string(interner, path) + "`";
                sites.push_back(site);
                ++unresolved;
                continue;
            }
            std::vector<Ty> args;
            std::string err;
            for (Ty a : ref->args) {
                Ty n = solver.normalize(a);
                if (err.empty() && has_error(n)) err = first_error(cx, n);
                args.push_back(n);
            }
            if (!err.empty()) {
                site.what = "unresolved: args: " + err;
                sites.push_back(site);
                ++unresolved;
                continue;
            }
            // DropGlue for an explicit drop_in_place: rustc's oracle leaves drop glue out.
            auto inst = solver.resolve(ref->def, args);
            if (!inst) {
                site.what = "unresolved: resolve failed for " + printer.instance({ty::InstanceKind::Item, ref->def, args, 0});
                sites.push_back(site);
                ++unresolved;
                continue;
            }
            if (inst->kind == ty::InstanceKind::DropGlue) continue;
            site.what = printer.instance(*inst);
            sites.push_back(site);
            ++resolved;
        }
    }
    std::stable_sort(sites.begin(), sites.end(), [](const Site& a, const Site& b) {
        return a.line != b.line ? a.line < b.line : a.col < b.col;
    });
    for (const Site& s : sites) std::printf("%u:%u\t%s\n", s.line, s.col, s.what.c_str());
    std::fprintf(stderr, "mirage: %zu call sites, %zu resolved, %zu unresolved (%zu generic or unknown bodies skipped)\n",
                 sites.size(), resolved, unresolved, skipped_bodies);
    return 0;
}

} // namespace mirage
