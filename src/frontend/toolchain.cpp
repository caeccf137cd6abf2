#include "frontend/toolchain.h"

#include "frontend/process.h"
#include "frontend/sysroot.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <future>
#include <string_view>
#include <sys/stat.h>
#include <unistd.h>

namespace mirage {

namespace {

constexpr std::string_view kRequiredRelease = "1.96.";
constexpr const char* kInstallHint = "Install Debian's Rust 1.96 with cargo and std's source: "
                                     "sudo apt-get install rustc-web cargo-web rust-web-src";

Error toolchain_error(const std::string& what) {
    return make_error(ErrorKind::Toolchain, what + ".\n" + kInstallHint);
}

bool is_executable_file(const std::string& path) {
    std::error_code ec;
    return std::filesystem::is_regular_file(path, ec) && ::access(path.c_str(), X_OK) == 0;
}

// Value of `key: value` in `rustc -vV` output.
std::string version_field(std::string_view text, std::string_view key) {
    size_t pos = 0;
    while (pos < text.size()) {
        size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = text.substr(pos, end - pos);
        if (line.size() > key.size() + 1 && line.substr(0, key.size()) == key &&
            line[key.size()] == ':') {
            std::string_view value = line.substr(key.size() + 1);
            while (!value.empty() && (value.front() == ' ' || value.front() == '\t'))
                value.remove_prefix(1);
            while (!value.empty() && (value.back() == '\r' || value.back() == ' '))
                value.remove_suffix(1);
            return std::string(value);
        }
        pos = end + 1;
    }
    return {};
}

std::string trim(std::string s) {
    while (!s.empty() && (s.back() == '\n' || s.back() == '\r' || s.back() == ' '))
        s.pop_back();
    return s;
}

// Runs `rustc args...` and returns its stdout; a failure is a toolchain error.
Result<std::string> query_rustc(const std::string& rustc, std::vector<std::string> args) {
    ProcessSpec spec;
    spec.argv.push_back(rustc);
    for (std::string& a : args)
        spec.argv.push_back(std::move(a));
    spec.stdout_mode = Stdio::Capture;
    spec.stderr_mode = Stdio::Capture;
    // Keep rustup's proxies (if `rustc` were one) from choosing another toolchain.
    spec.env_overrides = {{"RUSTUP_TOOLCHAIN", std::nullopt}, {"RUSTC_BOOTSTRAP", std::nullopt}};
    Result<ProcessResult> run = run_process(spec);
    if (!run.ok()) return toolchain_error(run.error().message);
    if (!run->success()) {
        std::string cmd = rustc;
        for (size_t i = 1; i < spec.argv.size(); ++i)
            cmd += " " + spec.argv[i];
        return toolchain_error("`" + cmd + "` failed (" + describe_exit(*run) + ")" +
                               (run->err.empty() ? "" : ":\n" + tail_lines(run->err, 10)));
    }
    return std::move(run->out);
}

// Identity of a file's current contents as far as the file system tells: path, size,
// modification time, inode ("" when it cannot be read).
std::string file_stamp(const std::string& path) {
    struct stat st{};
    if (::stat(path.c_str(), &st) != 0) return {};
    return path + "\t" + std::to_string(st.st_size) + "\t" + std::to_string(st.st_mtim.tv_sec) + "." +
           std::to_string(st.st_mtim.tv_nsec) + "\t" + std::to_string(st.st_ino);
}

constexpr std::string_view kProbeSeparator = "\n--- mirage toolchain probe ---\n";

// The probe file: stamp, separator, `-vV` output, separator, `--print sysroot` output.
bool read_probes(const std::string& path, const std::string& stamp, std::string& version, std::string& sysroot) {
    if (stamp.empty()) return false;
    std::FILE* f = std::fopen(path.c_str(), "rb");
    if (!f) return false;
    std::string text;
    char buf[4096];
    size_t n;
    while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) text.append(buf, n);
    std::fclose(f);
    size_t a = text.find(kProbeSeparator);
    if (a == std::string::npos || text.substr(0, a) != stamp) return false;
    size_t b = text.find(kProbeSeparator, a + kProbeSeparator.size());
    if (b == std::string::npos) return false;
    version = text.substr(a + kProbeSeparator.size(), b - a - kProbeSeparator.size());
    sysroot = text.substr(b + kProbeSeparator.size());
    return !version.empty() && !sysroot.empty();
}

// Best effort (a read-only cache directory only costs the probes next time); written to a
// temporary file and renamed, so that concurrent runs never read half a file.
void write_probes(const std::string& path, const std::string& stamp, const std::string& version,
                  const std::string& sysroot) {
    std::error_code ec;
    std::filesystem::create_directories(std::filesystem::path(path).parent_path(), ec);
    std::string tmp = path + ".tmp" + std::to_string(::getpid());
    std::FILE* f = std::fopen(tmp.c_str(), "wb");
    if (!f) return;
    std::string text = stamp + std::string(kProbeSeparator) + version + std::string(kProbeSeparator) + sysroot;
    bool ok = std::fwrite(text.data(), 1, text.size(), f) == text.size();
    ok = std::fclose(f) == 0 && ok;
    if (!ok || std::rename(tmp.c_str(), path.c_str()) != 0) std::remove(tmp.c_str());
}

} // namespace

Result<Toolchain> find_toolchain() {
    namespace fs = std::filesystem;
    Toolchain tc;
    const char* env_rustc = std::getenv("MIRAGE_RUSTC");
    bool from_env = env_rustc && *env_rustc;
    std::string rustc = from_env ? env_rustc : "/usr/bin/rustc";
    std::string origin = from_env ? " (from MIRAGE_RUSTC)" : "";

    // A bare name is looked up in PATH, as a shell would; anything else is a path.
    if (rustc.find('/') == std::string::npos) {
        const char* path = std::getenv("PATH");
        std::string_view dirs = path ? path : "";
        std::string found;
        while (found.empty()) {
            size_t colon = dirs.find(':');
            std::string dir(dirs.substr(0, colon));
            std::string candidate = (dir.empty() ? std::string(".") : dir) + "/" + rustc;
            if (is_executable_file(candidate)) found = candidate;
            if (colon == std::string_view::npos) break;
            dirs.remove_prefix(colon + 1);
        }
        if (found.empty()) return toolchain_error("no `" + rustc + "` in PATH" + origin);
        rustc = found;
    }
    std::error_code ec;
    fs::path abs = fs::absolute(rustc, ec);
    if (!ec) rustc = abs.lexically_normal().string();
    if (!is_executable_file(rustc)) return toolchain_error("rustc not found at " + rustc + origin);

    // `rustc -vV` and `rustc --print sysroot` (each a rustc start-up, ~50 ms), remembered
    // while the rustc binary stays the same file.
    std::string version, sysroot_line;
    std::string stamp = file_stamp(rustc);
    std::string probes_path = cache_root() + "/toolchain-probes";
    if (!read_probes(probes_path, stamp, version, sysroot_line)) {
        auto sysroot_query = std::async(std::launch::async, [&] { return query_rustc(rustc, {"--print", "sysroot"}); });
        auto version_result = query_rustc(rustc, {"-vV"});
        auto sysroot_result = sysroot_query.get();
        version = MIRAGE_TRY(std::move(version_result));
        sysroot_line = MIRAGE_TRY(std::move(sysroot_result));
        if (!stamp.empty()) write_probes(probes_path, stamp, version, sysroot_line);
    }
    tc.rustc = rustc;
    tc.release = version_field(version, "release");
    tc.commit_hash = version_field(version, "commit-hash");
    tc.host = version_field(version, "host");
    if (tc.release.empty() || tc.host.empty())
        return toolchain_error("`" + rustc + " -vV` printed no release or host; is " + rustc +
                               " really rustc?");
    if (tc.release.rfind(kRequiredRelease, 0) != 0)
        return toolchain_error("found rustc " + tc.release + " at " + rustc + origin +
                               ", but Mirage needs rustc 1.96.x");
    if (tc.commit_hash.empty()) tc.commit_hash = "unknown";

    std::string dir = fs::path(rustc).parent_path().string();
    tc.rustdoc = dir + "/rustdoc";
    tc.cargo = dir + "/cargo";
    if (!is_executable_file(tc.rustdoc))
        return toolchain_error("found rustc " + tc.release + " at " + rustc +
                               " but no rustdoc beside it (" + tc.rustdoc + ")");
    if (!is_executable_file(tc.cargo))
        return toolchain_error("found rustc " + tc.release + " at " + rustc +
                               " but no cargo beside it (" + tc.cargo + ")");

    std::string sysroot = trim(sysroot_line);
    tc.library_src = sysroot + "/lib/rustlib/src/rust/library";
    for (const char* sub : {"core", "std", "vendor"}) {
        if (!fs::is_directory(tc.library_src + "/" + sub, ec))
            return toolchain_error("found rustc " + tc.release + " at " + rustc +
                                   " but not std's source (no " + tc.library_src + "/" + sub + ")");
    }
    return tc;
}

} // namespace mirage
