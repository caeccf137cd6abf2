// Front end: process spawning, toolchain discovery, cache paths, target checks, compile errors.
// Nothing here builds the sysroot; the tests that need one skip when it is absent.
#include "frontend/compile.h"
#include "frontend/process.h"
#include "frontend/sysroot.h"
#include "frontend/toolchain.h"
#include "util/file.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <string>
#include <unistd.h>

namespace fs = std::filesystem;
using namespace mirage;

namespace {

// Sets (or unsets) an environment variable for the lifetime of the object.
class ScopedEnv {
  public:
    ScopedEnv(const char* name, const char* value) : m_name(name) {
        if (const char* old = std::getenv(name)) m_old = old;
        if (value)
            setenv(name, value, 1);
        else
            unsetenv(name);
    }
    ~ScopedEnv() {
        if (m_old)
            setenv(m_name.c_str(), m_old->c_str(), 1);
        else
            unsetenv(m_name.c_str());
    }

  private:
    std::string m_name;
    std::optional<std::string> m_old;
};

// A fresh directory under the system temp dir, removed at the end (util/file.h's TempDir).
class ScratchDir {
  public:
    ScratchDir() {
        auto made = TempDir::create("mirage-frontend-test");
        if (made) m_dir.emplace(std::move(*made));
    }
    const std::string& path() const {
        static const std::string kNone;
        return m_dir ? m_dir->path() : kNone;
    }

  private:
    std::optional<TempDir> m_dir;
};

bool have_debian_rustc() {
    return access("/usr/bin/rustc", X_OK) == 0;
}

Result<ProcessResult> sh(const std::string& script, Stdio out = Stdio::Capture,
                         Stdio err = Stdio::Capture) {
    ProcessSpec spec;
    spec.argv = {"/bin/sh", "-c", script};
    spec.stdout_mode = out;
    spec.stderr_mode = err;
    return run_process(spec);
}

void write_executable(const std::string& path, const std::string& text) {
    ASSERT_TRUE(write_file_atomic(path, text).ok());
    fs::permissions(path, fs::perms::owner_all);
}

} // namespace

// ---- process ------------------------------------------------------------------------------

TEST(Process, CapturesBothStreamsAndExitStatus) {
    auto r = sh("echo out; echo err >&2; exit 3");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->out, "out\n");
    EXPECT_EQ(r->err, "err\n");
    EXPECT_EQ(r->exit_status, 3);
    EXPECT_EQ(r->term_signal, 0);
    EXPECT_FALSE(r->success());
}

TEST(Process, ReportsDeathBySignal) {
    auto r = sh("kill -9 $$");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->term_signal, 9);
    EXPECT_EQ(r->exit_status, 128 + 9);
    EXPECT_NE(describe_exit(*r).find("signal 9"), std::string::npos);
}

TEST(Process, MissingProgramIsAnIoError) {
    ProcessSpec spec;
    spec.argv = {"/nonexistent/mirage-no-such-program"};
    auto r = run_process(spec);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Io);
    EXPECT_NE(r.error().message.find("mirage-no-such-program"), std::string::npos);

    spec.argv.clear();
    EXPECT_FALSE(run_process(spec).ok());
}

TEST(Process, LargeInterleavedOutputDoesNotDeadlock) {
    // More than a pipe buffer on both streams at once.
    auto r = sh("i=0; while [ $i -lt 3000 ]; do echo 0123456789012345678901234567890123456789; "
                "echo abcdefghijabcdefghijabcdefghijabcdefghij >&2; i=$((i+1)); done");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->out.size(), 3000u * 41);
    EXPECT_EQ(r->err.size(), 3000u * 41);
}

TEST(Process, StderrLinesAreStreamed) {
    ProcessSpec spec;
    spec.argv = {"/bin/sh", "-c", "printf 'a\\nbb\\n' >&2; printf 'tail' >&2"};
    spec.stderr_mode = Stdio::Capture;
    std::vector<std::string> lines;
    spec.on_stderr_line = [&](std::string_view l) { lines.emplace_back(l); };
    auto r = run_process(spec);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(lines, (std::vector<std::string>{"a", "bb", "tail"}));
}

TEST(Process, EnvironmentAndWorkingDirectory) {
    ScratchDir dir;
    ASSERT_FALSE(dir.path().empty());
    ScopedEnv inherited("MIRAGE_TEST_INHERITED", "yes");
    ProcessSpec spec;
    spec.argv = {"/bin/sh", "-c", "echo \"$MIRAGE_TEST_SET|${MIRAGE_TEST_INHERITED-unset}\"; pwd"};
    spec.cwd = dir.path();
    spec.env_overrides = {{"MIRAGE_TEST_SET", "v=1"}, {"MIRAGE_TEST_INHERITED", std::nullopt}};
    spec.stdout_mode = Stdio::Capture;
    auto r = run_process(spec);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->out, "v=1|unset\n" + fs::canonical(dir.path()).string() + "\n");

    // An explicit environment replaces ours.
    spec.environment = std::vector<std::string>{"MIRAGE_TEST_SET=from-base"};
    spec.env_overrides.clear();
    spec.argv = {"/bin/sh", "-c", "echo \"$MIRAGE_TEST_SET|${MIRAGE_TEST_INHERITED-unset}\""};
    r = run_process(spec);
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->out, "from-base|unset\n");

    spec.cwd = dir.path() + "/does-not-exist";
    EXPECT_FALSE(run_process(spec).ok());
}

TEST(Process, NullStreams) {
    auto r = sh("echo hidden; echo hidden >&2", Stdio::Null, Stdio::Null);
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->out.empty());
    EXPECT_TRUE(r->err.empty());
    EXPECT_TRUE(r->success());
}

TEST(Process, TailLines) {
    EXPECT_EQ(tail_lines("a\nb\nc\n", 5), "a\nb\nc");
    EXPECT_EQ(tail_lines("a\nb\nc\n", 2), "...\nb\nc");
    EXPECT_EQ(tail_lines("", 2), "");
}

// ---- cache root -----------------------------------------------------------------------------

TEST(CacheRoot, Precedence) {
    {
        ScopedEnv home("MIRAGE_HOME", "/x/mirage-home");
        ScopedEnv xdg("XDG_CACHE_HOME", "/x/xdg");
        EXPECT_EQ(cache_root(), "/x/mirage-home");
    }
    {
        ScopedEnv home("MIRAGE_HOME", nullptr);
        ScopedEnv xdg("XDG_CACHE_HOME", "/x/xdg");
        EXPECT_EQ(cache_root(), "/x/xdg/mirage");
    }
    {
        ScopedEnv home("MIRAGE_HOME", "");
        ScopedEnv xdg("XDG_CACHE_HOME", "relative/ignored");
        ScopedEnv user_home("HOME", "/x/home");
        EXPECT_EQ(cache_root(), "/x/home/.cache/mirage");
    }
}

TEST(SysrootSetup, DirectoryLayout) {
    ScopedEnv home("MIRAGE_HOME", "/x/m");
    Toolchain tc;
    tc.release = "1.96.0";
    tc.commit_hash = "ac68faa20c58cbccd01ee7208bf3b6e93a7d7f96";
    EXPECT_EQ(sysroot_dir(tc, "s390x-unknown-linux-gnu"),
              "/x/m/1.96.0-ac68faa20c58/s390x-unknown-linux-gnu");
}

TEST(SysrootSetup, FlagsSelectMiriAndEmitOnlyMirAndMetadata) {
    const auto& f = mir_rustc_flags();
    auto has = [&](const char* s) { return std::find(f.begin(), f.end(), s) != f.end(); };
    EXPECT_TRUE(has("miri"));
    EXPECT_TRUE(has("--emit=mir,metadata"));
    EXPECT_TRUE(has("-Zmir-emit-retag"));
    EXPECT_TRUE(has("-Zmir-opt-level=0"));
}

// ---- toolchain ----------------------------------------------------------------------------

TEST(Toolchain, FindsDebianRustc) {
    if (!have_debian_rustc()) GTEST_SKIP() << "no /usr/bin/rustc";
    ScopedEnv env("MIRAGE_RUSTC", nullptr);
    auto tc = find_toolchain();
    ASSERT_TRUE(tc.ok()) << tc.error().message;
    EXPECT_EQ(tc->rustc, "/usr/bin/rustc");
    EXPECT_EQ(tc->rustdoc, "/usr/bin/rustdoc");
    EXPECT_EQ(tc->cargo, "/usr/bin/cargo");
    EXPECT_EQ(tc->release.rfind("1.96.", 0), 0u);
    EXPECT_GE(tc->commit_hash.size(), 12u);
    EXPECT_FALSE(tc->host.empty());
    EXPECT_TRUE(fs::is_directory(tc->library_src + "/core"));
}

TEST(Toolchain, MissingRustcNamesThePackages) {
    ScopedEnv env("MIRAGE_RUSTC", "/nonexistent/bin/rustc");
    auto tc = find_toolchain();
    ASSERT_FALSE(tc.ok());
    EXPECT_EQ(tc.error().kind, ErrorKind::Toolchain);
    EXPECT_NE(tc.error().message.find("/nonexistent/bin/rustc"), std::string::npos);
    EXPECT_NE(tc.error().message.find("apt-get install rustc-web cargo-web rust-web-src"),
              std::string::npos);
}

TEST(Toolchain, WrongVersionSaysWhatWasFound) {
    ScratchDir dir;
    ASSERT_FALSE(dir.path().empty());
    std::string rustc = dir.path() + "/rustc";
    write_executable(rustc,
                     "#!/bin/sh\nprintf 'rustc 1.85.0 (4d91de4e4 2025-02-17)\\n"
                     "binary: rustc\\ncommit-hash: 4d91de4e48198da2e33413efdcd9cd2cc0c46688\\n"
                     "host: x86_64-unknown-linux-gnu\\nrelease: 1.85.0\\n'\n");
    ScopedEnv env("MIRAGE_RUSTC", rustc.c_str());
    auto tc = find_toolchain();
    ASSERT_FALSE(tc.ok());
    EXPECT_EQ(tc.error().kind, ErrorKind::Toolchain);
    EXPECT_NE(tc.error().message.find("found rustc 1.85.0 at " + rustc), std::string::npos)
        << tc.error().message;
    EXPECT_NE(tc.error().message.find("rust-web-src"), std::string::npos);
}

TEST(Toolchain, RightVersionWithoutCargoBesideIt) {
    ScratchDir dir;
    ASSERT_FALSE(dir.path().empty());
    std::string rustc = dir.path() + "/rustc";
    write_executable(rustc, "#!/bin/sh\nprintf 'rustc 1.96.0\\nrelease: 1.96.0\\n"
                            "commit-hash: ac68faa20c58cbccd01ee7208bf3b6e93a7d7f96\\n"
                            "host: x86_64-unknown-linux-gnu\\n'\n");
    write_executable(dir.path() + "/rustdoc", "#!/bin/sh\n");
    ScopedEnv env("MIRAGE_RUSTC", rustc.c_str());
    auto tc = find_toolchain();
    ASSERT_FALSE(tc.ok());
    EXPECT_NE(tc.error().message.find("no cargo beside it"), std::string::npos)
        << tc.error().message;
}

TEST(Toolchain, NotRustcAtAll) {
    ScopedEnv env("MIRAGE_RUSTC", "/bin/false");
    auto tc = find_toolchain();
    ASSERT_FALSE(tc.ok());
    EXPECT_EQ(tc.error().kind, ErrorKind::Toolchain);
}

// ---- targets and sysroot lookup -----------------------------------------------------------

TEST(SysrootSetup, UnknownTargetSuggestsTheClosest) {
    if (!have_debian_rustc()) GTEST_SKIP() << "no /usr/bin/rustc";
    ScopedEnv env("MIRAGE_RUSTC", nullptr);
    auto tc = find_toolchain();
    ASSERT_TRUE(tc.ok()) << tc.error().message;
    EXPECT_TRUE(check_target(*tc, "s390x-unknown-linux-gnu").ok());
    auto r = check_target(*tc, "x86_64-unknown-linux-gn");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Usage);
    EXPECT_NE(r.error().message.find("did you mean `x86_64-unknown-linux-gnu`"), std::string::npos);
    for (const char* bad : {"", "../x", "a/b", "my-target.json/.."}) {
        auto b = check_target(*tc, bad);
        ASSERT_FALSE(b.ok()) << bad;
        EXPECT_EQ(b.error().kind, ErrorKind::Usage);
    }
}

TEST(SysrootSetup, FindTellsHowToSetUp) {
    if (!have_debian_rustc()) GTEST_SKIP() << "no /usr/bin/rustc";
    ScopedEnv env("MIRAGE_RUSTC", nullptr);
    auto tc = find_toolchain();
    ASSERT_TRUE(tc.ok()) << tc.error().message;
    ScratchDir dir;
    ASSERT_FALSE(dir.path().empty());
    ScopedEnv home("MIRAGE_HOME", dir.path().c_str());
    auto s = find_sysroot(*tc, "aarch64-unknown-linux-gnu");
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().kind, ErrorKind::Usage);
    EXPECT_NE(s.error().message.find("run `mirage setup --target aarch64-unknown-linux-gnu`"),
              std::string::npos)
        << s.error().message;

    // A damaged stamp is "out of date", never a crash.
    std::string sdir = sysroot_dir(*tc, "aarch64-unknown-linux-gnu");
    fs::create_directories(sdir);
    ASSERT_TRUE(write_file_atomic(sdir + "/sysroot.stamp", "garbage\n\0\n").ok());
    s = find_sysroot(*tc, "aarch64-unknown-linux-gnu");
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.error().message.find("out of date"), std::string::npos) << s.error().message;

    auto unknown = find_sysroot(*tc, "nonsense-target");
    ASSERT_FALSE(unknown.ok());
    EXPECT_NE(unknown.error().message.find("unknown target"), std::string::npos);
}

// ---- compile_file -------------------------------------------------------------------------

TEST(Compile, MissingSourceFile) {
    Toolchain tc;
    tc.rustc = "/usr/bin/rustc";
    Sysroot sysroot;
    ScratchDir dir;
    auto r = compile_file(tc, sysroot, dir.path() + "/missing.rs", dir.path() + "/out");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::Io);
}

TEST(Compile, FailureCarriesRustcExitStatus) {
    // An empty sysroot: rustc cannot find std and fails with its usual status 1.
    if (!have_debian_rustc()) GTEST_SKIP() << "no /usr/bin/rustc";
    ScopedEnv env("MIRAGE_RUSTC", nullptr);
    auto tc = find_toolchain();
    ASSERT_TRUE(tc.ok()) << tc.error().message;
    ScratchDir dir;
    ASSERT_FALSE(dir.path().empty());
    Sysroot sysroot;
    sysroot.target = tc->host;
    sysroot.rustc_sysroot = dir.path() + "/empty-sysroot";
    fs::create_directories(sysroot.rustc_sysroot);
    std::string src = dir.path() + "/hello.rs";
    ASSERT_TRUE(write_file_atomic(src, "fn main() {}\n").ok());
    auto r = compile_file(*tc, sysroot, src, dir.path() + "/out");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::CompileFailed);
    EXPECT_EQ(r.error().exit_status, 1);
}

// Only when `mirage setup` has been run for the host in the default cache.
class CompileWithSysroot : public ::testing::Test {
  protected:
    void SetUp() override {
        if (!have_debian_rustc()) GTEST_SKIP() << "no /usr/bin/rustc";
        auto tc = find_toolchain();
        if (!tc.ok()) GTEST_SKIP() << tc.error().message;
        auto s = find_sysroot(*tc, tc->host);
        if (!s.ok()) GTEST_SKIP() << s.error().message;
        m_tc = std::move(tc).value();
        m_sysroot = std::move(s).value();
        ASSERT_FALSE(m_dir.path().empty());
    }
    Toolchain m_tc;
    Sysroot m_sysroot;
    ScratchDir m_dir;
};

TEST_F(CompileWithSysroot, HelloWorldGivesMir) {
    std::string src = m_dir.path() + "/hello-world.rs";
    ASSERT_TRUE(
        write_file_atomic(src, "fn main() {\n    println!(\"hello {}\", vec![1, 2].len());\n}\n")
            .ok());
    auto r = compile_file(m_tc, m_sysroot, src, m_dir.path() + "/out");
    ASSERT_TRUE(r.ok()) << r.error().message;
    EXPECT_EQ(r->crate_name, "hello_world");
    auto mir = read_file(r->mir_path);
    ASSERT_TRUE(mir.ok());
    EXPECT_NE(mir->find("fn main() -> ()"), std::string::npos);
    // Nothing linked: no executable beside the MIR.
    EXPECT_FALSE(fs::exists(m_dir.path() + "/out/hello_world"));
}

TEST_F(CompileWithSysroot, TypeErrorFailsWithRustcStatus) {
    std::string src = m_dir.path() + "/bad.rs";
    ASSERT_TRUE(write_file_atomic(src, "fn main() {\n    let _x: i32 = \"no\";\n}\n").ok());
    auto r = compile_file(m_tc, m_sysroot, src, m_dir.path() + "/out");
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().kind, ErrorKind::CompileFailed);
    EXPECT_EQ(r.error().exit_status, 1);
}

TEST_F(CompileWithSysroot, SysrootIsInDependencyOrder) {
    ASSERT_FALSE(m_sysroot.crates.empty());
    EXPECT_EQ(m_sysroot.crates.front().name, "core");
    bool has_std = false;
    for (size_t i = 0; i < m_sysroot.crates.size(); ++i) {
        const SysrootCrate& c = m_sysroot.crates[i];
        has_std |= c.name == "std";
        EXPECT_TRUE(fs::is_regular_file(c.mir_path)) << c.mir_path;
        EXPECT_TRUE(fs::is_regular_file(c.json_path)) << c.json_path;
        for (const SysrootExtern& e : c.externs)
            EXPECT_LT(e.crate, i) << c.name << " " << e.name;
    }
    EXPECT_TRUE(has_std);
}
