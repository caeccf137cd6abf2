#include "frontend/compile.h"

#include "frontend/process.h"

#include <cctype>
#include <filesystem>
#include <future>
#include <unistd.h>

namespace mirage {

namespace fs = std::filesystem;

namespace {

// A crate name rustc accepts, from a file name: `my-test.rs` -> `my_test`, `1.rs` -> `_1`.
std::string crate_name_for(const std::string& source_file) {
    std::string stem = fs::path(source_file).stem().string();
    std::string name;
    for (char c : stem)
        name += isalnum(static_cast<unsigned char>(c)) || c == '_' ? c : '_';
    if (name.empty()) return "main";
    if (isdigit(static_cast<unsigned char>(name[0]))) name.insert(0, "_");
    return name;
}

} // namespace

Result<CompiledCrate> compile_file(const Toolchain& toolchain, const Sysroot& sysroot,
                                   const std::string& source_file, const std::string& out_dir) {
    std::error_code ec;
    if (!fs::exists(source_file, ec))
        return make_error(ErrorKind::Io, "no such file: " + source_file);
    if (!fs::is_regular_file(source_file, ec))
        return make_error(ErrorKind::Io, "not a file: " + source_file);
    fs::create_directories(out_dir, ec);
    if (ec) return make_error(ErrorKind::Io, "cannot create " + out_dir + ": " + ec.message());

    CompiledCrate crate;
    crate.crate_name = crate_name_for(source_file);
    crate.mir_path = out_dir + "/" + crate.crate_name + ".mir";
    // A stale file from an earlier run must not pass for this run's output.
    fs::remove(crate.mir_path, ec);

    ProcessSpec spec;
    spec.argv = {toolchain.rustc,      "--edition",      "2021",     "--crate-type", "bin",
                 "--crate-name",       crate.crate_name, "--target", sysroot.target, "--sysroot",
                 sysroot.rustc_sysroot};
    // mir_rustc_flags() ends in --emit=mir,metadata: nothing is linked (a `--cfg miri` crate
    // cannot be) and no machine code is generated.
    // A user's crate is built like `cargo miri run` builds it: a debug build (debug assertions
    // and overflow checks on); std keeps its release settings.
    for (const std::string& f : mir_rustc_flags())
        spec.argv.push_back(f == "-Cdebug-assertions=off" ? "-Cdebug-assertions=on" : f);
    // Debug assertions make rustc insert runtime checks of alignment, null pointers and enum
    // values that panic before the undefined behaviour happens; the machine checks those itself
    // (and reports them as UB), so they are turned off, as Miri does.
    spec.argv.push_back("-Zmir-enable-passes=-CheckAlignment,-CheckNull,-CheckEnums");
    // rustc writes straight to our stderr: colors exactly when that is a terminal.
    if (isatty(STDERR_FILENO)) spec.argv.push_back("--color=always");
    spec.argv.insert(spec.argv.end(), {"--out-dir", out_dir, source_file});
    spec.env_overrides = {{"RUSTC_BOOTSTRAP", "1"}, {"RUSTUP_TOOLCHAIN", std::nullopt}};
    spec.stdin_mode = Stdio::Null;
    spec.stdout_mode = Stdio::Inherit;
    spec.stderr_mode = Stdio::Inherit;

    // The HIR: items defined inside bodies, which only it describes. Same flags and cfgs as
    // the MIR build (the pretty printer runs after expansion), minus the outputs.
    crate.hir_path = out_dir + "/" + crate.crate_name + ".hir";
    fs::remove(crate.hir_path, ec);
    ProcessSpec hir = spec;
    hir.argv.clear();
    for (const std::string& a : spec.argv) {
        if (a.rfind("--emit", 0) == 0 || a == "--color=always") continue;
        if (a == "--out-dir") {
            hir.argv.insert(hir.argv.end(), {"-Zunpretty=hir", "-o", crate.hir_path});
            break;
        }
        hir.argv.push_back(a);
    }
    hir.argv.push_back(source_file);
    hir.stderr_mode = Stdio::Capture;
    hir.stdout_mode = Stdio::Capture;

    // The item JSON (rustdoc, same flags as the sysroot's rustdoc replay): struct, enum and
    // trait definitions, impls, spans. Written to `<out_dir>/<crate>.json`.
    crate.json_path = out_dir + "/" + crate.crate_name + ".json";
    fs::remove(crate.json_path, ec);
    ProcessSpec doc = spec;
    doc.argv = {toolchain.rustdoc};
    for (size_t i = 1; i < spec.argv.size(); ++i) {
        const std::string& a = spec.argv[i];
        if (a.rfind("--emit", 0) == 0 || a == "--color=always" || a == "-Zno-codegen") continue;
        if (a == "--out-dir") break;
        doc.argv.push_back(a);
    }
    for (const char* f : {"-Zunstable-options", "--output-format", "json",
                          "--document-private-items", "--document-hidden-items", "-o"})
        doc.argv.emplace_back(f);
    doc.argv.push_back(out_dir);
    doc.argv.push_back(source_file);
    doc.stderr_mode = Stdio::Capture;
    doc.stdout_mode = Stdio::Capture;

    // The three runs are independent: HIR and rustdoc run beside the MIR build (their output
    // is captured; only the MIR build's diagnostics reach the user).
    auto hir_run = std::async(std::launch::async, [&hir] { return run_process(hir); });
    auto doc_run = std::async(std::launch::async, [&doc] { return run_process(doc); });
    Result<ProcessResult> run = run_process(spec);
    Result<ProcessResult> hir_result = hir_run.get();
    Result<ProcessResult> doc_result = doc_run.get();
    if (!run.ok())
        return make_error(ErrorKind::Toolchain, "cannot run rustc: " + run.error().message);
    if (!run->success())
        return make_error(ErrorKind::CompileFailed,
                          "could not compile " + source_file + " (rustc " + describe_exit(*run) +
                              ")",
                          run->exit_status);
    if (!fs::is_regular_file(crate.mir_path, ec))
        return make_error(ErrorKind::Internal,
                          "rustc succeeded but wrote no MIR at " + crate.mir_path);
    if (!hir_result.ok())
        return make_error(ErrorKind::Toolchain, "cannot run rustc: " + hir_result.error().message);
    if (!hir_result->success() || !fs::is_regular_file(crate.hir_path, ec))
        return make_error(ErrorKind::Internal, "rustc compiled " + source_file +
                                                   " but could not print its HIR (rustc " +
                                                   describe_exit(*hir_result) + "):\n" + hir_result->err);
    if (!doc_result.ok())
        return make_error(ErrorKind::Toolchain, "cannot run rustdoc: " + doc_result.error().message);
    if (!doc_result->success() || !fs::is_regular_file(crate.json_path, ec))
        return make_error(ErrorKind::Internal, "rustc compiled " + source_file +
                                                   " but rustdoc could not describe its items "
                                                   "(rustdoc " +
                                                   describe_exit(*doc_result) + "):\n" + doc_result->err);
    return crate;
}

} // namespace mirage
