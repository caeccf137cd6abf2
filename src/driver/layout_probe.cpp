#include "driver/layout_probe.h"

#include "driver/program.h"
#include "frontend/compile.h"
#include "mir/printer.h"
#include "ty/layout.h"

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

Result<int> layout_probe(const Toolchain& tc, const Sysroot& sysroot, const std::string& file,
                         uint32_t pointer_size) {
    auto dl = MIRAGE_TRY(ty::TargetDataLayout::for_target(sysroot.target));
    std::string tmpl = (fs::temp_directory_path() / "mirage-probe-XXXXXX").string();
    std::vector<char> buf(tmpl.begin(), tmpl.end());
    buf.push_back('\0');
    if (!mkdtemp(buf.data()))
        return make_error(ErrorKind::Io, "cannot create a temporary directory");
    std::string out_dir = buf.data();
    struct Cleanup {
        std::string dir;
        ~Cleanup() {
            std::error_code ec;
            if (!std::getenv("MIRAGE_KEEP_TEMP")) fs::remove_all(dir, ec);
        }
    } cleanup{out_dir};

    CompiledCrate compiled;
    auto program = MIRAGE_TRY(load_user_program(tc, sysroot, file, out_dir, &compiled));
    (void)pointer_size;
    const LoadedCrate* user = program->crate_named(compiled.crate_name);
    if (!user || user->id == items::kNone)
        return make_error(ErrorKind::Internal, "the probe's crate was not loaded");

    ty::LowererAdtSource source(*program->lowerer);
    ty::LayoutCx lcx(*program->cx, source, dl);
    std::map<uint32_t, std::string> lines;
    for (uint32_t b = user->first_body; b < user->first_body + user->body_count; ++b) {
        const mir::Body& body = program->bodies[b];
        if (body.promoted != mir::kNone || body.ctfe) continue;
        auto index = probe_index(mir::type_to_string(program->interner, body.name));
        if (!index || body.arg_count < 1 || body.locals.size() < 2) continue;
        std::string& line = lines[*index];
        line = "t" + std::to_string(*index) + " ";
        ty::Ty t = program->lowerer->lower_mir_ty(body.locals[1].ty, user->id,
                                                  program->item_of_body(b));
        if (!t || t->kind == ty::Kind::Error) {
            line += "error: cannot lower `" +
                    mir::type_to_string(program->interner, body.locals[1].ty) + "`";
            if (t) line += ": " + std::string(program->interner.str(t->sym));
            continue;
        }
        t = program->lowerer->normalize(t);
        auto layout = lcx.layout_of(t);
        if (!layout) {
            line += "error: " + layout.error().message;
            continue;
        }
        const ty::AdtInfo* info = t->kind == ty::Kind::Adt ? &program->lowerer->adt(t->def) : nullptr;
        line += ty::describe_layout(**layout, info, dl);
    }
    for (const auto& [index, line] : lines) std::printf("%s\n", line.c_str());
    return 0;
}

} // namespace mirage
