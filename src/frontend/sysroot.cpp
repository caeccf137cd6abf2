// How the sysroot is built (measured on rustc 1.96, see ARCHITECTURE.md §5):
//
// * A scratch `#![no_std]` library crate is checked with `cargo check -Zbuild-std=...`, its
//   `.cargo/config.toml` replacing crates.io by the `vendor/` directory of std's source, so
//   that everything is offline. Build scripts run on the host; nothing is linked, so any target
//   rustc knows works without a native toolchain.
// * cargo asks rustc for `--emit=link` on build-std crates even under `cargo check`. Adding
//   -Zno-codegen keeps the rlibs metadata-only: same MIR text, a third less time.
// * `cargo doc` does not document build-std crates, so cargo runs rustc through a small
//   wrapper script (RUSTC_WRAPPER) that records each invocation: directory, arguments and
//   environment (build scripts pass cfgs and env!() values that way). rustdoc is then run on
//   each sysroot crate with the same arguments, while cargo is still busy with later crates.
// * The .mir and .json files and the .rmeta files are moved into the cache directory, the
//   build directory is deleted, and the stamp file is written last.
#include "frontend/sysroot.h"

#include "frontend/process.h"
#include "util/file.h"

#include <algorithm>
#include <atomic>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <filesystem>
#include <map>
#include <mutex>
#include <optional>
#include <pwd.h>
#include <set>
#include <sys/file.h>
#include <thread>
#include <unistd.h>

namespace mirage {

namespace fs = std::filesystem;

namespace {
// Format 2: the sysroot also keeps HIR text and the recorded rustc invocations.

constexpr const char* kStampFormat = "mirage-sysroot 2";
constexpr const char* kStampFile = "sysroot.stamp";
constexpr const char* kScratchCrate = "mirage_sysroot_scratch";
constexpr const char* kBuildStd = "-Zbuild-std=std,panic_unwind,panic_abort,test";
constexpr const char* kInvocationDirVar = "MIRAGE_INVOCATION_DIR";
constexpr int kDocWorkers = 2;

// The flags of mir_rustc_flags() plus -Zno-codegen (see the top of this file). User code
// needs no such flag: it is compiled with --emit=mir,metadata only.
const std::vector<std::string>& sysroot_rustc_flags() {
    static const std::vector<std::string> flags = [] {
        std::vector<std::string> f = mir_rustc_flags();
        f.push_back("-Zno-codegen");
        return f;
    }();
    return flags;
}

std::string join(const std::vector<std::string>& parts, std::string_view sep) {
    std::string out;
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += sep;
        out += parts[i];
    }
    return out;
}

std::vector<std::string_view> split(std::string_view text, char sep) {
    std::vector<std::string_view> out;
    size_t pos = 0;
    while (pos <= text.size()) {
        size_t end = text.find(sep, pos);
        if (end == std::string_view::npos) end = text.size();
        out.push_back(text.substr(pos, end - pos));
        pos = end + 1;
    }
    return out;
}

std::string format_seconds(double seconds) {
    char buf[32];
    snprintf(buf, sizeof buf, "%.1f s", seconds);
    return buf;
}

std::string format_mb(uintmax_t bytes) {
    char buf[32];
    snprintf(buf, sizeof buf, "%.0f MB", static_cast<double>(bytes) / 1e6);
    return buf;
}

double seconds_since(std::chrono::steady_clock::time_point start) {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

// Target names become directory names: allow only what rustc's built-in triples use.
Result<void> check_target_syntax(const std::string& target) {
    bool ok = !target.empty() && target.front() != '.' && target.front() != '-';
    for (char c : target)
        ok = ok && (isalnum(static_cast<unsigned char>(c)) || c == '_' || c == '-' || c == '.');
    if (!ok)
        return make_error(ErrorKind::Usage, "invalid target `" + target +
                                                "`: expected a target triple such as "
                                                "x86_64-unknown-linux-gnu (custom target "
                                                "specification files are not supported)");
    return {};
}

size_t edit_distance(std::string_view a, std::string_view b) {
    std::vector<size_t> row(b.size() + 1);
    for (size_t j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (size_t i = 1; i <= a.size(); ++i) {
        size_t diag = row[0];
        row[0] = i;
        for (size_t j = 1; j <= b.size(); ++j) {
            size_t up = row[j];
            row[j] = std::min({row[j] + 1, row[j - 1] + 1, diag + (a[i - 1] != b[j - 1])});
            diag = up;
        }
    }
    return row[b.size()];
}

// ---- stamp ------------------------------------------------------------------------------

// The lines that must match for a built sysroot to be reused.
std::string stamp_header(const Toolchain& tc, const std::string& target) {
    return std::string(kStampFormat) + "\nrustc " + tc.release + " " + tc.commit_hash +
           "\nlibrary " + tc.library_src + "\ntarget " + target + "\nflags " +
           join(sysroot_rustc_flags(), " ") + " " + kBuildStd + "\n";
}

std::string rustc_sysroot_of(const std::string& dir) {
    return dir + "/rustc-sysroot";
}

std::string rustc_libdir(const std::string& dir, const std::string& target) {
    return rustc_sysroot_of(dir) + "/lib/rustlib/" + target + "/lib";
}

// A crate as the stamp records it: its files are mir/<stem>.mir and json/<stem>.json. The stem
// is the crate name, unless two sysroot crates share a name.
struct StampCrate {
    std::string name;
    std::string stem;
    std::vector<SysrootExtern> externs;
};

std::string stamp_text(const Toolchain& tc, const std::string& target,
                       const std::vector<StampCrate>& crates) {
    std::string text = stamp_header(tc, target);
    for (const StampCrate& c : crates) {
        text += "crate " + c.name + " " + c.stem + "\n";
        for (const SysrootExtern& e : c.externs)
            text += "extern " + e.name + " " + std::to_string(e.crate) + "\n";
    }
    text += "end\n";
    return text;
}

enum class StampState { Missing, Stale, Ok };

struct StampRead {
    StampState state = StampState::Missing;
    Sysroot sysroot;
};

StampRead read_stamp(const Toolchain& tc, const std::string& target, const std::string& dir) {
    StampRead out;
    std::error_code ec;
    if (!fs::exists(dir + "/" + kStampFile, ec)) return out;
    out.state = StampState::Stale;
    Result<std::string> text = read_file(dir + "/" + kStampFile);
    if (!text.ok()) return out;
    std::string header = stamp_header(tc, target);
    if (text->compare(0, header.size(), header) != 0) return out;

    Sysroot& s = out.sysroot;
    s.target = target;
    s.dir = dir;
    s.rustc_sysroot = rustc_sysroot_of(dir);
    bool ended = false;
    for (std::string_view line : split(std::string_view(*text).substr(header.size()), '\n')) {
        if (line.empty()) continue;
        std::vector<std::string_view> f = split(line, ' ');
        if (f[0] == "crate" && f.size() == 3) {
            std::string stem(f[2]);
            s.crates.push_back({std::string(f[1]),
                                dir + "/mir/" + stem + ".mir",
                                dir + "/json/" + stem + ".json",
                                dir + "/hir/" + stem + ".hir",
                                dir + "/invocations/" + stem + ".rec",
                                {}});
        } else if (f[0] == "extern" && f.size() == 3 && !s.crates.empty()) {
            char* end = nullptr;
            std::string index(f[2]);
            unsigned long i = strtoul(index.c_str(), &end, 10);
            if (*end != '\0' || i >= s.crates.size()) return out;
            s.crates.back().externs.push_back({std::string(f[1]), i});
        } else if (f[0] == "end") {
            ended = true;
        } else {
            return out;
        }
    }
    if (!ended || s.crates.empty() || !fs::is_directory(rustc_libdir(dir, target), ec)) return out;
    for (const SysrootCrate& c : s.crates)
        if (!fs::is_regular_file(c.mir_path, ec) || !fs::is_regular_file(c.json_path, ec))
            return out;
    out.state = StampState::Ok;
    return out;
}

// ---- lock -------------------------------------------------------------------------------

// An exclusive flock() on a file, so that concurrent `mirage` processes build a sysroot once.
class FileLock {
  public:
    static Result<FileLock> acquire(const std::string& path, const std::function<void()>& waiting) {
        int fd = ::open(path.c_str(), O_RDWR | O_CREAT | O_CLOEXEC, 0644);
        if (fd < 0)
            return make_error(ErrorKind::Io, "cannot open " + path + ": " + strerror(errno));
        FileLock lock(fd);
        if (::flock(fd, LOCK_EX | LOCK_NB) == 0) return lock;
        if (errno != EWOULDBLOCK)
            return make_error(ErrorKind::Io, "cannot lock " + path + ": " + strerror(errno));
        waiting();
        while (::flock(fd, LOCK_EX) != 0) {
            if (errno != EINTR)
                return make_error(ErrorKind::Io, "cannot lock " + path + ": " + strerror(errno));
        }
        return lock;
    }
    FileLock(FileLock&& other) noexcept : m_fd(other.m_fd) { other.m_fd = -1; }
    FileLock& operator=(FileLock&&) = delete;
    ~FileLock() {
        if (m_fd >= 0) ::close(m_fd); // releases the lock
    }

  private:
    explicit FileLock(int fd) : m_fd(fd) {}
    int m_fd = -1;
};

// ---- recorded rustc invocations -----------------------------------------------------------

// One rustc run as the wrapper script recorded it.
struct Invocation {
    std::string cwd;
    std::vector<std::string> args; // rustc's arguments, without rustc itself
    std::vector<std::string> env;
    std::string crate_name, extra_filename, target, out_dir;
    std::vector<std::pair<std::string, std::string>> externs; // (name, path)

    std::string file_stem() const { return crate_name + extra_filename; }
};

// Value of `flag` at args[i], as `--flag value` or `--flag=value`; advances i past it.
std::optional<std::string> flag_value(const std::vector<std::string>& args, size_t& i,
                                      std::string_view flag) {
    const std::string& a = args[i];
    if (a == flag && i + 1 < args.size()) return args[++i];
    if (a.size() > flag.size() && a.compare(0, flag.size(), flag) == 0 && a[flag.size()] == '=')
        return a.substr(flag.size() + 1);
    return std::nullopt;
}

std::optional<Invocation> parse_invocation(std::string_view record) {
    std::vector<std::string_view> f = split(record, '\0');
    if (!f.empty() && f.back().empty()) f.pop_back();
    if (f.size() < 3) return std::nullopt;
    Invocation inv;
    inv.cwd = f[0];
    std::string count(f[1]);
    char* end = nullptr;
    unsigned long argc = strtoul(count.c_str(), &end, 10);
    if (*end != '\0' || argc < 1 || 2 + argc > f.size()) return std::nullopt;
    for (size_t i = 3; i < 2 + argc; ++i)
        inv.args.emplace_back(f[i]); // f[2] is rustc
    for (size_t i = 2 + argc; i < f.size(); ++i)
        if (f[i].substr(0, strlen(kInvocationDirVar) + 1) != std::string(kInvocationDirVar) + "=")
            inv.env.emplace_back(f[i]);

    for (size_t i = 0; i < inv.args.size(); ++i) {
        const std::string& a = inv.args[i];
        if (auto v = flag_value(inv.args, i, "--crate-name")) {
            inv.crate_name = *v;
        } else if (auto v = flag_value(inv.args, i, "--target")) {
            inv.target = *v;
        } else if (auto v = flag_value(inv.args, i, "--out-dir")) {
            inv.out_dir = *v;
        } else if (auto v = flag_value(inv.args, i, "--extern")) {
            // `[opts:]name=path`, e.g. `priv:hashbrown=/…/libhashbrown-….rmeta`.
            size_t eq = v->find('=');
            if (eq == std::string::npos) continue;
            std::string name = v->substr(0, eq);
            if (size_t colon = name.rfind(':'); colon != std::string::npos)
                name = name.substr(colon + 1);
            inv.externs.emplace_back(name, v->substr(eq + 1));
        } else if (a == "-C" && i + 1 < inv.args.size() &&
                   inv.args[i + 1].rfind("extra-filename=", 0) == 0) {
            inv.extra_filename = inv.args[++i].substr(strlen("extra-filename="));
        } else if (a.rfind("-Cextra-filename=", 0) == 0) {
            inv.extra_filename = a.substr(strlen("-Cextra-filename="));
        }
    }
    if (!inv.out_dir.empty() && inv.out_dir[0] != '/') inv.out_dir = inv.cwd + "/" + inv.out_dir;
    return inv;
}

// The arguments of the rustc call `inv` minus those that choose its outputs: what rustdoc and
// the HIR printer need to see the crate exactly as the MIR build did.
std::vector<std::string> args_without_outputs(const Invocation& inv) {
    std::vector<std::string> out;
    const auto& a = inv.args;
    for (size_t i = 0; i < a.size(); ++i) {
        size_t j = i;
        if (flag_value(a, j, "--emit") || flag_value(a, j, "--out-dir") || flag_value(a, j, "-o") ||
            flag_value(a, j, "--error-format") || flag_value(a, j, "--json")) {
            i = j;
            continue;
        }
        if (a[i] == "-Zno-codegen") continue;
        if (a[i] == "-Z" && i + 1 < a.size() && a[i + 1] == "no-codegen") {
            ++i;
            continue;
        }
        out.push_back(a[i]);
    }
    return out;
}

// rustdoc's arguments for the crate rustc compiled with `inv`, plus the JSON output options.
std::vector<std::string> rustdoc_args(const Invocation& inv, const std::string& out_dir) {
    std::vector<std::string> out = args_without_outputs(inv);
    for (const char* f : {"-Zunstable-options", "--output-format", "json",
                          "--document-private-items", "--document-hidden-items", "-o"})
        out.emplace_back(f);
    out.push_back(out_dir);
    return out;
}

// rustc's arguments to print the HIR of the crate compiled with `inv` (items defined inside
// bodies, which rustdoc leaves out).
// The pretty printer runs after expansion, so cfgs and flags must be the MIR build's.
std::vector<std::string> hir_args(const Invocation& inv, const std::string& out_file) {
    std::vector<std::string> out = args_without_outputs(inv);
    for (const char* f : {"-Zunpretty=hir", "-o"})
        out.emplace_back(f);
    out.push_back(out_file);
    return out;
}

// A recorded invocation replayed after its build directory is gone: --extern and -L paths
// pointed into cargo's target directory; the .rmeta files now live in `libdir` under the
// same file names.
Invocation relocate_invocation(Invocation inv, const std::string& libdir) {
    std::vector<std::string> args;
    for (size_t i = 0; i < inv.args.size(); ++i) {
        size_t j = i;
        if (auto v = flag_value(inv.args, j, "--extern")) {
            i = j;
            size_t eq = v->find('=');
            if (eq != std::string::npos)
                *v = v->substr(0, eq + 1) + libdir + "/" +
                     fs::path(v->substr(eq + 1)).filename().string();
            args.push_back("--extern");
            args.push_back(*v);
            continue;
        }
        j = i;
        if (flag_value(inv.args, j, "-L")) {
            i = j;
            continue;
        }
        args.push_back(inv.args[i]);
    }
    args.push_back("-L");
    args.push_back("dependency=" + libdir);
    inv.args = std::move(args);
    return inv;
}

// ---- the builder --------------------------------------------------------------------------

constexpr const char* kWrapperScript = R"sh(#!/bin/sh
# Written by mirage (src/frontend/sysroot.cpp). cargo runs this as RUSTC_WRAPPER: it records
# each rustc invocation (directory, arguments, environment) so that rustdoc can be run on the
# same crate with the same arguments, then runs rustc unchanged.
set -e
rec=$(mktemp "$MIRAGE_INVOCATION_DIR/rustc.XXXXXXXX")
{ printf '%s\0' "$(pwd)" "$#" "$@"; env -0; } > "$rec"
mv "$rec" "$rec.rec"
exec "$@"
)sh";

// Runs rustc as `inv` did, printing the crate's HIR into `out_file` (at low priority: see
// document()).
Result<void> print_hir(const Toolchain& tc, const Invocation& inv, const std::string& out_file) {
    ProcessSpec spec;
    spec.argv.push_back(tc.rustc);
    for (std::string& a : hir_args(inv, out_file))
        spec.argv.push_back(std::move(a));
    spec.cwd = inv.cwd;
    spec.environment = inv.env;
    for (const char* name : {"CARGO_MAKEFLAGS", "MAKEFLAGS", "MFLAGS"})
        spec.env_overrides.emplace_back(name, std::nullopt);
    spec.env_overrides.emplace_back("RUSTC_BOOTSTRAP", "1");
    spec.stdout_mode = Stdio::Capture;
    spec.stderr_mode = Stdio::Capture;
    spec.nice_increment = 10;
    Result<ProcessResult> run = run_process(spec);
    std::error_code ec;
    if (!run.ok()) return make_error(ErrorKind::Toolchain, run.error().message);
    if (!run->success())
        return make_error(ErrorKind::Toolchain, "printing the HIR of " + inv.crate_name +
                                                    " failed (" + describe_exit(*run) + "):\n" +
                                                    tail_lines(run->err, 40));
    if (!fs::is_regular_file(out_file, ec))
        return make_error(ErrorKind::Toolchain, "rustc wrote no " + out_file);
    return {};
}

struct DocResult {
    std::string stem;
    std::string json_path;
    std::string hir_path;
    bool ok = false;
    std::string message;
};

class Builder {
  public:
    Builder(const Toolchain& tc, std::string target, std::string dir, const ProgressFn& progress)
        : m_tc(tc), m_target(std::move(target)), m_dir(std::move(dir)), m_build(m_dir + "/build"),
          m_progress(progress) {}

    Result<Sysroot> run();

  private:
    void say(const std::string& line) {
        std::lock_guard<std::mutex> guard(m_progress_mutex);
        if (m_progress) m_progress(line);
    }
    Result<void> prepare();
    std::vector<std::string> cargo_environment() const;
    ProcessSpec cargo_spec(std::vector<std::string> extra_args) const;
    size_t count_packages();
    Result<void> run_cargo_and_rustdoc();
    void doc_worker();
    std::optional<std::string> claim_record();
    void document(const std::string& record_path);
    Result<Sysroot> install();
    // The target's crates: not cargo's probes of rustc, build scripts, or the scratch crate.
    bool is_sysroot_crate(const Invocation& inv) const {
        return !inv.crate_name.empty() && inv.crate_name != "___" && inv.target == m_target &&
               inv.crate_name != kScratchCrate;
    }

    const Toolchain& m_tc;
    std::string m_target, m_dir, m_build;
    const ProgressFn& m_progress;
    std::mutex m_progress_mutex;

    size_t m_packages = 0; // cargo's packages, the scratch crate included (0: unknown)

    // Shared with the rustdoc workers.
    std::mutex m_mutex;
    std::set<std::string> m_claimed;
    bool m_cargo_done = false;
    std::atomic<bool> m_cancel{false};
    std::vector<DocResult> m_docs;
    size_t m_docs_done = 0;
};

Result<void> make_dirs(const std::string& path) {
    std::error_code ec;
    fs::create_directories(path, ec);
    if (ec) return make_error(ErrorKind::Io, "cannot create " + path + ": " + ec.message());
    return {};
}

Result<void> remove_tree(const std::string& path) {
    std::error_code ec;
    fs::remove_all(path, ec);
    if (ec) return make_error(ErrorKind::Io, "cannot remove " + path + ": " + ec.message());
    return {};
}

Result<void> move_file(const std::string& from, const std::string& to) {
    std::error_code ec;
    fs::rename(from, to, ec);
    if (ec)
        return make_error(ErrorKind::Io, "cannot move " + from + " to " + to + ": " + ec.message());
    return {};
}

Result<void> Builder::prepare() {
    // The stamp goes first, so that an interrupted build is never taken for a finished one.
    // Then everything else but the lock: caches derived from the old sysroot are stale too.
    MIRAGE_TRY_VOID(remove_tree(m_dir + "/" + kStampFile));
    std::error_code ec;
    for (fs::directory_iterator it(m_dir, ec), end; !ec && it != end; it.increment(ec))
        if (it->path().filename() != ".lock") MIRAGE_TRY_VOID(remove_tree(it->path().string()));
    if (ec) return make_error(ErrorKind::Io, "cannot list " + m_dir + ": " + ec.message());
    std::string project = m_build + "/project";
    for (const std::string& d :
         {project + "/src", project + "/.cargo", m_build + "/cargo-home", m_build + "/invocations",
          m_build + "/json", m_dir + "/mir", m_dir + "/json", m_dir + "/hir",
          m_dir + "/invocations", rustc_libdir(m_dir, m_target)})
        MIRAGE_TRY_VOID(make_dirs(d));

    MIRAGE_TRY_VOID(write_file_atomic(project + "/Cargo.toml",
                                      "[package]\nname = \"mirage-sysroot-scratch\"\nversion = "
                                      "\"0.0.0\"\nedition = \"2021\"\npublish = false\n\n[lib]\n"
                                      "name = \"" +
                                          std::string(kScratchCrate) +
                                          "\"\npath = \"src/lib.rs\"\n\n[workspace]\n"));
    // no_std: a library that uses nothing, so that cargo builds the sysroot and nothing else.
    MIRAGE_TRY_VOID(write_file_atomic(project + "/src/lib.rs", "#![no_std]\n"));
    // TOML basic strings: escape backslashes and quotes in the path.
    std::string vendor;
    for (char c : m_tc.library_src + "/vendor") {
        if (c == '\\' || c == '"') vendor += '\\';
        vendor += c;
    }
    MIRAGE_TRY_VOID(write_file_atomic(project + "/.cargo/config.toml",
                                      "# std's dependencies come from the vendor directory of its "
                                      "source, never from the network.\n[source.crates-io]\n"
                                      "replace-with = \"mirage-vendored-std\"\n\n"
                                      "[source.mirage-vendored-std]\ndirectory = \"" +
                                          vendor + "\"\n"));
    std::string wrapper = m_build + "/rustc-wrapper.sh";
    MIRAGE_TRY_VOID(write_file_atomic(wrapper, kWrapperScript));
    fs::permissions(wrapper, fs::perms::owner_all | fs::perms::group_read | fs::perms::group_exec,
                    fs::perm_options::replace, ec);
    if (ec) return make_error(ErrorKind::Io, "cannot chmod " + wrapper + ": " + ec.message());
    return {};
}

// Our environment without anything that would change what cargo builds (a user's RUSTFLAGS,
// a rustup toolchain override, a cargo target dir...), plus ours.
std::vector<std::string> Builder::cargo_environment() const {
    auto dropped = [](std::string_view entry) {
        std::string_view name = entry.substr(0, entry.find('='));
        static const std::set<std::string_view> names = {"RUSTFLAGS",
                                                         "RUSTDOCFLAGS",
                                                         "RUSTC",
                                                         "RUSTDOC",
                                                         "RUSTC_WRAPPER",
                                                         "RUSTC_WORKSPACE_WRAPPER",
                                                         "RUSTC_BOOTSTRAP",
                                                         "RUSTC_LOG",
                                                         "RUSTDOC_LOG",
                                                         "CARGO",
                                                         "MIRAGE_INVOCATION_DIR"};
        return names.count(name) || name.rfind("CARGO_", 0) == 0 || name.rfind("RUSTUP_", 0) == 0;
    };
    std::vector<std::string> env;
    std::string path;
    for (std::string& e : current_environment()) {
        if (e.rfind("PATH=", 0) == 0)
            path = e.substr(5);
        else if (!dropped(e))
            env.push_back(std::move(e));
    }
    // Anything that looks for `rustc` or `cargo` in PATH (a build script, say) finds ours
    // before a rustup proxy.
    std::string bin = fs::path(m_tc.rustc).parent_path().string();
    env.push_back("PATH=" + bin + (path.empty() ? "" : ":" + path));
    env.push_back("RUSTC=" + m_tc.rustc);
    env.push_back("RUSTDOC=" + m_tc.rustdoc);
    env.push_back("RUSTC_BOOTSTRAP=1");
    env.push_back("RUSTC_WRAPPER=" + m_build + "/rustc-wrapper.sh");
    env.push_back(std::string(kInvocationDirVar) + "=" + m_build + "/invocations");
    env.push_back("CARGO_HOME=" + m_build + "/cargo-home");
    env.push_back("CARGO_TARGET_DIR=" + m_build + "/target");
    env.push_back("CARGO_INCREMENTAL=0");
    env.push_back("CARGO_TERM_COLOR=never");
    env.push_back("CARGO_TERM_PROGRESS_WHEN=never");
    // One flag per \x1f-separated field: no word splitting to worry about.
    env.push_back("CARGO_ENCODED_RUSTFLAGS=" + join(sysroot_rustc_flags(), "\x1f"));
    return env;
}

ProcessSpec Builder::cargo_spec(std::vector<std::string> extra_args) const {
    ProcessSpec spec;
    spec.argv = {
        m_tc.cargo, "check",    "--offline", "--manifest-path", m_build + "/project/Cargo.toml",
        kBuildStd,  "--target", m_target};
    for (std::string& a : extra_args)
        spec.argv.push_back(std::move(a));
    spec.cwd = m_build + "/project";
    spec.environment = cargo_environment();
    spec.stdout_mode = Stdio::Capture;
    spec.stderr_mode = Stdio::Capture;
    return spec;
}

// The number of packages cargo will compile, from its unit graph, for "[k/n]" progress.
size_t Builder::count_packages() {
    Result<ProcessResult> run = run_process(cargo_spec({"-Zunstable-options", "--unit-graph"}));
    if (!run.ok() || !run->success()) return 0;
    std::set<std::string> packages;
    const std::string& out = run->out;
    const std::string key = "\"pkg_id\":\"";
    for (size_t pos = out.find(key); pos != std::string::npos; pos = out.find(key, pos)) {
        pos += key.size();
        size_t end = out.find('"', pos);
        if (end == std::string::npos) break;
        packages.insert(out.substr(pos, end - pos));
    }
    return packages.size();
}

std::optional<std::string> Builder::claim_record() {
    std::error_code ec;
    std::vector<std::string> records;
    for (fs::directory_iterator it(m_build + "/invocations", ec), end; !ec && it != end;
         it.increment(ec)) {
        std::string path = it->path().string();
        if (path.size() > 4 && path.compare(path.size() - 4, 4, ".rec") == 0)
            records.push_back(path);
    }
    // Oldest first: rustdoc follows cargo's order, so a crate's dependencies are documented
    // before it.
    std::vector<std::pair<fs::file_time_type, std::string>> by_age;
    for (std::string& r : records) {
        fs::file_time_type t = fs::last_write_time(r, ec);
        by_age.emplace_back(ec ? fs::file_time_type::max() : t, std::move(r));
    }
    std::sort(by_age.begin(), by_age.end());
    std::lock_guard<std::mutex> guard(m_mutex);
    for (auto& [time, r] : by_age)
        if (m_claimed.insert(r).second) return r;
    return std::nullopt;
}

void Builder::doc_worker() {
    while (!m_cancel) {
        std::optional<std::string> record = claim_record();
        if (!record) {
            bool done;
            {
                std::lock_guard<std::mutex> guard(m_mutex);
                done = m_cargo_done;
            }
            // Once cargo has finished, no record appears any more: one last look and stop.
            if (done && !(record = claim_record())) return;
            if (!record) {
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
                continue;
            }
        }
        document(*record);
    }
}

void Builder::document(const std::string& record_path) {
    Result<std::string> text = read_file(record_path);
    if (!text.ok()) return;
    std::optional<Invocation> inv = parse_invocation(*text);
    if (!inv || !is_sysroot_crate(*inv)) return;
    auto start = std::chrono::steady_clock::now();
    DocResult doc;
    doc.stem = inv->file_stem();
    std::string out_dir = m_build + "/json/" + doc.stem;
    doc.json_path = out_dir + "/" + inv->crate_name + ".json";
    doc.hir_path = out_dir + "/" + inv->crate_name + ".hir";
    ProcessSpec spec;
    spec.argv.push_back(m_tc.rustdoc);
    for (std::string& a : rustdoc_args(*inv, out_dir))
        spec.argv.push_back(std::move(a));
    spec.cwd = inv->cwd;
    spec.environment = inv->env;
    // cargo's jobserver file descriptors are not open in our children.
    for (const char* name : {"CARGO_MAKEFLAGS", "MAKEFLAGS", "MFLAGS"})
        spec.env_overrides.emplace_back(name, std::nullopt);
    spec.stdout_mode = Stdio::Capture;
    spec.stderr_mode = Stdio::Capture;
    // cargo's chain core -> alloc -> std -> ... is the critical path; rustdoc fills idle cores.
    spec.nice_increment = 10;
    Result<ProcessResult> run = run_process(spec);
    std::error_code ec;
    if (!run.ok()) {
        doc.message = run.error().message;
    } else if (!run->success()) {
        doc.message = "rustdoc failed on " + inv->crate_name + " (" + describe_exit(*run) + "):\n" +
                      tail_lines(run->err, 40);
    } else if (!fs::is_regular_file(doc.json_path, ec)) {
        doc.message = "rustdoc wrote no " + doc.json_path;
    } else if (Result<void> hir = print_hir(m_tc, *inv, doc.hir_path); !hir.ok()) {
        doc.message = hir.error().message;
    } else {
        doc.ok = true;
    }
    size_t done, total = m_packages > 1 ? m_packages - 1 : 0;
    bool ok = doc.ok;
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        done = ++m_docs_done;
        m_docs.push_back(std::move(doc));
    }
    total = std::max(total, done);
    say("[" + std::to_string(done) + "/" + std::to_string(total) + "] Item JSON for " +
        inv->crate_name + (ok ? " (" + format_seconds(seconds_since(start)) + ")" : " failed"));
}

Result<void> Builder::run_cargo_and_rustdoc() {
    // rustdoc workers beside cargo: rustdoc on a crate only needs its dependencies' metadata,
    // which exists as soon as cargo starts rustc on it. Measured on 2 cores: 35 s in all,
    // against 45 s for cargo then rustdoc.
    std::vector<std::thread> workers;
    for (int i = 0; i < kDocWorkers; ++i)
        workers.emplace_back([this] { doc_worker(); });

    size_t compiled = 0;
    ProcessSpec spec = cargo_spec({"--color", "never"});
    spec.on_stderr_line = [&](std::string_view line) {
        size_t start = line.find_first_not_of(' ');
        if (start == std::string_view::npos) return;
        line.remove_prefix(start);
        for (std::string_view verb : {"Compiling ", "Checking "}) {
            if (line.substr(0, verb.size()) != verb) continue;
            std::string_view package = line.substr(verb.size());
            package = package.substr(0, package.find(' '));
            ++compiled;
            size_t total = std::max(m_packages, compiled);
            say("[" + std::to_string(compiled) + "/" + std::to_string(total) + "] Compiling " +
                std::string(package));
        }
    };
    Result<ProcessResult> run = run_process(spec);
    {
        std::lock_guard<std::mutex> guard(m_mutex);
        m_cargo_done = true;
    }
    bool failed = !run.ok() || !run->success();
    if (failed) m_cancel = true;

    for (std::thread& t : workers)
        t.join();

    if (!run.ok())
        return make_error(ErrorKind::Toolchain, "cannot run cargo: " + run.error().message);
    std::string log = m_build + "/cargo.log";
    (void)write_file_atomic(log, run->err);
    if (!run->success())
        return make_error(ErrorKind::Toolchain, "building the sysroot for " + m_target +
                                                    " failed (cargo " + describe_exit(*run) +
                                                    "):\n" + tail_lines(run->err, 60) +
                                                    "\n(full log: " + log + ")");
    for (const DocResult& d : m_docs)
        if (!d.ok)
            return make_error(ErrorKind::Toolchain, "generating the item JSON of the sysroot for " +
                                                        m_target + " failed: " + d.message +
                                                        "\n(build directory: " + m_build + ")");
    return {};
}

// Moves the outputs into place and writes the stamp.
Result<Sysroot> Builder::install() {
    // The sysroot crates, from the recorded invocations.
    std::vector<Invocation> invs;
    std::map<std::string, std::string> records; // file stem -> the record, kept for replays
    std::set<std::string> seen;
    std::error_code ec;
    for (fs::directory_iterator it(m_build + "/invocations", ec), end; !ec && it != end;
         it.increment(ec)) {
        if (it->path().extension() != ".rec") continue;
        Result<std::string> text = read_file(it->path().string());
        if (!text.ok()) return std::move(text).error();
        std::optional<Invocation> inv = parse_invocation(*text);
        if (!inv || !is_sysroot_crate(*inv)) continue;
        if (!seen.insert(inv->file_stem()).second) continue; // the same unit, run twice
        records[inv->file_stem()] = *text;
        invs.push_back(std::move(*inv));
    }
    if (ec) return make_error(ErrorKind::Io, "cannot list " + m_build + "/invocations");
    if (invs.empty())
        return make_error(ErrorKind::Internal,
                          "cargo built the sysroot but no rustc invocation was recorded (" +
                              m_build + "/invocations is empty)");
    std::sort(invs.begin(), invs.end(), [](const Invocation& a, const Invocation& b) {
        return a.crate_name != b.crate_name ? a.crate_name < b.crate_name
                                            : a.extra_filename < b.extra_filename;
    });

    // Dependency order (depth-first, by name), through the files named by --extern.
    std::map<std::string, size_t> by_file;
    std::map<std::string, size_t> name_count;
    for (size_t i = 0; i < invs.size(); ++i) {
        by_file["lib" + invs[i].file_stem() + ".rmeta"] = i;
        by_file["lib" + invs[i].file_stem() + ".rlib"] = i;
        ++name_count[invs[i].crate_name];
    }
    auto dep_index = [&](const std::string& path) -> std::optional<size_t> {
        auto it = by_file.find(fs::path(path).filename().string());
        if (it == by_file.end()) return std::nullopt;
        return it->second;
    };
    std::vector<size_t> order, position(invs.size(), SIZE_MAX);
    std::vector<int> state(invs.size(), 0); // 0 new, 1 visiting, 2 done
    std::function<void(size_t)> visit = [&](size_t i) {
        if (state[i] != 0) return; // a cycle (impossible in rustc's crate graph) is cut here
        state[i] = 1;
        for (const auto& [name, path] : invs[i].externs)
            if (auto d = dep_index(path)) visit(*d);
        state[i] = 2;
        position[i] = order.size();
        order.push_back(i);
    };
    for (size_t i = 0; i < invs.size(); ++i)
        visit(i);

    std::string libdir = rustc_libdir(m_dir, m_target);
    std::vector<StampCrate> crates;
    std::map<std::string, const DocResult*> docs;
    for (const DocResult& d : m_docs)
        docs[d.stem] = &d;
    for (size_t i : order) {
        const Invocation& inv = invs[i];
        StampCrate c;
        c.name = inv.crate_name;
        c.stem = name_count[c.name] > 1 ? inv.file_stem() : inv.crate_name;
        for (const auto& [name, path] : inv.externs)
            if (auto d = dep_index(path)) c.externs.push_back({name, position[*d]});

        std::string mir = inv.out_dir + "/" + inv.file_stem() + ".mir";
        std::string rmeta = inv.out_dir + "/lib" + inv.file_stem() + ".rmeta";
        auto doc = docs.find(inv.file_stem());
        if (doc == docs.end())
            return make_error(ErrorKind::Internal, "no item JSON was generated for " + c.name);
        if (!fs::is_regular_file(mir, ec) || !fs::is_regular_file(rmeta, ec))
            return make_error(ErrorKind::Internal,
                              "cargo reported success but " + mir + " or " + rmeta + " is missing");
        MIRAGE_TRY_VOID(move_file(mir, m_dir + "/mir/" + c.stem + ".mir"));
        MIRAGE_TRY_VOID(move_file(doc->second->json_path, m_dir + "/json/" + c.stem + ".json"));
        MIRAGE_TRY_VOID(move_file(doc->second->hir_path, m_dir + "/hir/" + c.stem + ".hir"));
        MIRAGE_TRY_VOID(write_file_atomic(m_dir + "/invocations/" + c.stem + ".rec",
                                          records[inv.file_stem()]));
        MIRAGE_TRY_VOID(move_file(rmeta, libdir + "/lib" + inv.file_stem() + ".rmeta"));
        crates.push_back(std::move(c));
    }

    MIRAGE_TRY_VOID(
        write_file_atomic(m_dir + "/" + kStampFile, stamp_text(m_tc, m_target, crates)));
    StampRead read = read_stamp(m_tc, m_target, m_dir);
    if (read.state != StampState::Ok)
        return make_error(ErrorKind::Internal, "the sysroot stamp just written does not read back");
    return std::move(read.sysroot);
}

Result<Sysroot> Builder::run() {
    auto start = std::chrono::steady_clock::now();
    say("Building the sysroot for " + m_target + " from " + m_tc.library_src + " (once per " +
        "compiler and target; about a minute) in " + m_dir);
    MIRAGE_TRY_VOID(prepare());
    m_packages = count_packages();
    MIRAGE_TRY_VOID(run_cargo_and_rustdoc());
    Sysroot sysroot = MIRAGE_TRY(install());
    // Keep the build directory of a failed build for inspection, not of a good one (~200 MB).
    (void)remove_tree(m_build);

    uintmax_t mir = 0, json = 0, hir = 0;
    std::error_code ec;
    for (const SysrootCrate& c : sysroot.crates) {
        uintmax_t m = fs::file_size(c.mir_path, ec);
        if (!ec) mir += m;
        uintmax_t j = fs::file_size(c.json_path, ec);
        if (!ec) json += j;
        uintmax_t h = fs::file_size(c.hir_path, ec);
        if (!ec) hir += h;
    }
    say("Sysroot for " + m_target + " ready in " + format_seconds(seconds_since(start)) + ": " +
        std::to_string(sysroot.crates.size()) + " crates, " + format_mb(mir) + " of MIR, " +
        format_mb(json) + " of item JSON, " + format_mb(hir) + " of HIR");
    return sysroot;
}

// Crates whose HIR file is missing (a sysroot built before HIR was emitted, or a deleted file).
std::vector<const SysrootCrate*> crates_without_hir(const Sysroot& sysroot) {
    std::vector<const SysrootCrate*> out;
    std::error_code ec;
    for (const SysrootCrate& c : sysroot.crates)
        if (!fs::is_regular_file(c.hir_path, ec)) out.push_back(&c);
    return out;
}

// Prints the missing HIR files again from the recorded rustc invocations, two at a time.
Result<void> replay_hir(const Toolchain& tc, const Sysroot& sysroot,
                        const std::vector<const SysrootCrate*>& missing,
                        const ProgressFn& progress) {
    MIRAGE_TRY_VOID(make_dirs(sysroot.dir + "/hir"));
    std::string libdir = rustc_libdir(sysroot.dir, sysroot.target);
    std::mutex mutex;
    size_t next = 0, done = 0;
    std::vector<std::string> errors;
    auto worker = [&] {
        for (;;) {
            const SysrootCrate* c;
            {
                std::lock_guard<std::mutex> guard(mutex);
                if (next == missing.size()) return;
                c = missing[next++];
            }
            auto start = std::chrono::steady_clock::now();
            Result<void> r = [&]() -> Result<void> {
                std::string text = MIRAGE_TRY(read_file(c->record_path));
                std::optional<Invocation> inv = parse_invocation(text);
                if (!inv)
                    return make_error(ErrorKind::Internal, "unreadable record " + c->record_path);
                std::string tmp = c->hir_path + ".tmp";
                MIRAGE_TRY_VOID(print_hir(tc, relocate_invocation(std::move(*inv), libdir), tmp));
                return move_file(tmp, c->hir_path);
            }();
            std::lock_guard<std::mutex> guard(mutex);
            ++done;
            if (!r.ok()) errors.push_back(r.error().message);
            if (progress)
                progress("[" + std::to_string(done) + "/" + std::to_string(missing.size()) +
                         "] HIR for " + c->name +
                         (r.ok() ? " (" + format_seconds(seconds_since(start)) + ")" : " failed"));
        }
    };
    std::vector<std::thread> workers;
    for (int i = 0; i < kDocWorkers; ++i)
        workers.emplace_back(worker);
    for (std::thread& t : workers)
        t.join();
    if (!errors.empty())
        return make_error(ErrorKind::Toolchain, "printing the HIR of the sysroot for " +
                                                    sysroot.target + " failed: " + errors[0]);
    return {};
}

// A finished sysroot, with its HIR files completed if some are missing. Without the recorded
// invocations (a sysroot built before they were kept) only a rebuild can make them: nullopt.
std::optional<Result<Sysroot>> complete_hir(const Toolchain& tc, Sysroot sysroot,
                                            const ProgressFn& progress) {
    std::vector<const SysrootCrate*> missing = crates_without_hir(sysroot);
    if (missing.empty()) return Result<Sysroot>(std::move(sysroot));
    std::error_code ec;
    for (const SysrootCrate* c : missing)
        if (!fs::is_regular_file(c->record_path, ec)) return std::nullopt;
    Result<void> r = replay_hir(tc, sysroot, missing, progress);
    if (!r.ok()) return Result<Sysroot>(std::move(r).error());
    return Result<Sysroot>(std::move(sysroot));
}

} // namespace

const std::vector<std::string>& mir_rustc_flags() {
    static const std::vector<std::string> flags = {
        "--cfg",
        "miri",
        "-Zmir-opt-level=0",
        "-Zmir-emit-retag",
        "-Zalways-encode-mir",
        "-Cdebug-assertions=off",
        "-Ztrim-diagnostic-paths=no",
        "-Zmir-include-spans=yes",
        "--emit=mir,metadata",
    };
    return flags;
}

std::string cache_root() {
    std::error_code ec;
    auto absolute = [&](const std::string& p) {
        fs::path abs = fs::absolute(p, ec);
        return ec ? p : abs.lexically_normal().string();
    };
    if (const char* home = std::getenv("MIRAGE_HOME"); home && *home) return absolute(home);
    // XDG says relative values are invalid and must be ignored.
    if (const char* xdg = std::getenv("XDG_CACHE_HOME"); xdg && xdg[0] == '/')
        return std::string(xdg) + "/mirage";
    const char* home = std::getenv("HOME");
    std::string home_dir = home && *home ? home : "";
    if (home_dir.empty()) {
        if (const passwd* pw = getpwuid(getuid()); pw && pw->pw_dir) home_dir = pw->pw_dir;
    }
    if (home_dir.empty()) return "/tmp/mirage-cache-" + std::to_string(getuid());
    return absolute(home_dir + "/.cache/mirage");
}

std::string sysroot_dir(const Toolchain& toolchain, const std::string& target) {
    return cache_root() + "/" + toolchain.release + "-" + toolchain.commit_hash.substr(0, 12) +
           "/" + target;
}

Result<void> check_target(const Toolchain& toolchain, const std::string& target) {
    MIRAGE_TRY_VOID(check_target_syntax(target));
    ProcessSpec spec;
    spec.argv = {toolchain.rustc, "--print", "target-list"};
    spec.stdout_mode = Stdio::Capture;
    spec.stderr_mode = Stdio::Capture;
    Result<ProcessResult> run = run_process(spec);
    if (!run.ok()) return make_error(ErrorKind::Toolchain, run.error().message);
    if (!run->success())
        return make_error(ErrorKind::Toolchain,
                          "`rustc --print target-list` failed (" + describe_exit(*run) + ")");
    std::string best;
    size_t best_distance = SIZE_MAX;
    for (std::string_view t : split(run->out, '\n')) {
        if (t == target) return {};
        if (t.empty()) continue;
        size_t d = edit_distance(t, target);
        if (d < best_distance) {
            best_distance = d;
            best = t;
        }
    }
    std::string message = "unknown target `" + target + "`";
    if (best_distance <= std::max<size_t>(3, target.size() / 4))
        message += "; did you mean `" + best + "`?";
    message += " (`" + toolchain.rustc + " --print target-list` lists the targets rustc " +
               toolchain.release + " knows)";
    return make_error(ErrorKind::Usage, message);
}

Result<Sysroot> find_sysroot(const Toolchain& toolchain, const std::string& target) {
    MIRAGE_TRY_VOID(check_target_syntax(target));
    std::string dir = sysroot_dir(toolchain, target);
    StampRead read = read_stamp(toolchain, target, dir);
    if (read.state == StampState::Ok) return std::move(read.sysroot);
    if (read.state == StampState::Missing) MIRAGE_TRY_VOID(check_target(toolchain, target));
    std::string what = read.state == StampState::Missing ? "is not set up" : "is out of date";
    return make_error(ErrorKind::Usage, "the sysroot for " + target + " " + what +
                                            "; run `mirage setup --target " + target + "`");
}

Result<Sysroot> build_sysroot(const Toolchain& toolchain, const std::string& target,
                              const ProgressFn& progress) {
    MIRAGE_TRY_VOID(check_target_syntax(target));
    std::string dir = sysroot_dir(toolchain, target);
    StampRead read = read_stamp(toolchain, target, dir);
    if (read.state == StampState::Ok && crates_without_hir(read.sysroot).empty())
        return std::move(read.sysroot);
    MIRAGE_TRY_VOID(check_target(toolchain, target));
    MIRAGE_TRY_VOID(make_dirs(dir));

    FileLock lock = MIRAGE_TRY(FileLock::acquire(dir + "/.lock", [&] {
        if (progress)
            progress("Waiting for another mirage process that is building the sysroot for " +
                     target);
    }));
    // Another process may have built it while we waited.
    read = read_stamp(toolchain, target, dir);
    if (read.state == StampState::Ok)
        if (auto done = complete_hir(toolchain, std::move(read.sysroot), progress))
            return std::move(*done);
    Builder builder(toolchain, target, dir, progress);
    return builder.run();
}

} // namespace mirage
