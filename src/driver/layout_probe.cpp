#include "driver/layout_probe.h"

#include "driver/program.h"
#include "frontend/compile.h"
#include "util/file.h"
#include "mir/printer.h"
#include "ty/layout.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <unistd.h>

namespace mirage {

namespace fs = std::filesystem;

namespace {

// N when `name` (a printed body path) ends in `probe_tN`.
std::optional<uint32_t> probe_index(const std::string& name) {
    size_t at = name.rfind("probe_t");
    if (at == std::string::npos || (at > 0 && name[at - 1] != ':')) return std::nullopt;
    std::string digits = name.substr(at + 7);
    if (digits.empty() || digits.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return static_cast<uint32_t>(std::stoul(digits));
}

} // namespace

Result<int> layout_probe(const Toolchain& tc, const Sysroot& sysroot, const std::string& file) {
    auto dl = MIRAGE_TRY(ty::TargetDataLayout::for_target(sysroot.target));
    TempDir temp = MIRAGE_TRY(TempDir::create("mirage-probe"));
    const std::string& out_dir = temp.path();

    CompiledCrate compiled;
    auto program = MIRAGE_TRY(load_user_program(tc, sysroot, file, out_dir, &compiled));
    const LoadedCrate* user = program->crate_named(compiled.crate_name);
    if (!user || user->id == items::kNone)
        return make_error(ErrorKind::Internal, "the probe's crate was not loaded");

    ty::LowererAdtSource source(*program->lowerer);
    ty::LayoutCx lcx(*program->cx, source, dl);
    // A probe's type: the argument of `fn probe_tN(_: T)`, or for a generic `fn probe_tN<F>(_: F)`
    // (how a test names a type it cannot write, such as a future) the `F` of each call site.
    std::map<uint32_t, std::vector<std::string>> lines;
    std::map<uint32_t, std::vector<ty::Ty>> seen;
    auto describe = [&](uint32_t index, ty::Ty t, const std::string& printed) {
        std::string line = "t" + std::to_string(index) + " ";
        if (!t || t->kind == ty::Kind::Error) {
            line += "error: cannot lower `" + printed + "`";
            if (t) line += ": " + std::string(program->interner.str(t->sym));
        } else if (auto layout = lcx.layout_of(t); !layout) {
            line += "error: " + layout.error().message;
        } else {
            const ty::AdtInfo* info = t->kind == ty::Kind::Adt ? &program->lowerer->adt(t->def) : nullptr;
            line += ty::describe_layout(**layout, info, dl);
            // A coroutine's outer fields are its upvars (then the tag).
            if (t->kind == ty::Kind::Coroutine)
                for (uint32_t i = 0; i < (*layout)->tag_field; ++i)
                    line += " up" + std::to_string(i) + "=" + std::to_string((*layout)->field_offset(i));
        }
        lines[index].push_back(line);
    };
    std::map<uint32_t, std::pair<ty::Ty, std::string>> generic;
    for (uint32_t b = user->first_body; b < user->first_body + user->body_count; ++b) {
        const mir::Body& body = program->bodies[b];
        if (body.promoted != mir::kNone || body.ctfe) continue;
        items::ItemId owner = program->item_of_body(b);
        for (const mir::BasicBlock& bb : body.blocks) {
            const mir::Terminator& term = bb.terminator;
            if (term.kind != mir::TerminatorKind::Call || term.func.kind != mir::OperandKind::Constant)
                continue;
            const mir::ConstNode& cn = body.consts[term.func.constant];
            if (cn.kind != mir::ConstKind::Path || !cn.ty || !program->lowerer->fn_path_lowerer) continue;
            auto kids = program->interner.children(cn.ty);
            if (kids.empty()) continue;
            auto index = probe_index(std::string(program->interner.str(program->interner.ty(kids.back()).sym)));
            if (!index) continue;
            auto ref = program->lowerer->fn_path_lowerer(cn.ty, user->id, owner);
            if (!ref || ref->second.empty()) continue;
            ty::Ty t = program->lowerer->normalize(ref->second[0]);
            auto& done = seen[*index];
            if (std::find(done.begin(), done.end(), t) != done.end()) continue;
            done.push_back(t);
            describe(*index, t, mir::type_to_string(program->interner, cn.ty));
        }
        auto index = probe_index(mir::type_to_string(program->interner, body.name));
        if (!index || body.arg_count < 1 || body.locals.size() < 2) continue;
        ty::Ty t = program->lowerer->lower_mir_ty(body.locals[1].ty, user->id, owner);
        if (t && t->kind != ty::Kind::Error) t = program->lowerer->normalize(t);
        std::string printed = mir::type_to_string(program->interner, body.locals[1].ty);
        if (t && t->kind != ty::Kind::Error && program->cx->has_params(t)) generic[*index] = {t, printed};
        else describe(*index, t, printed);
    }
    // A generic probe nobody calls says why it has no layout.
    for (const auto& [index, probe] : generic)
        if (!lines.count(index)) describe(index, probe.first, probe.second);
    for (const auto& [index, group] : lines)
        for (const std::string& line : group) std::printf("%s\n", line.c_str());
    return 0;
}

} // namespace mirage
