#!/usr/bin/env python3
"""Golden-output test runner: Mirage against natively compiled rustc binaries.

Usage:
  tests/run_golden.py --mirage PATH [--jobs N] [--filter SUBSTRING] [--timeout SECS]
                      [--update-golden] [--native-only] [--list-failing] [--print-normalised]
                      [--skip-without-sysroot] DIR...

For every X.rs in each DIR (sorted by name):
  * native: compiled with /usr/bin/rustc (warnings are failures; binaries cached in
    build/native-cache/, keyed by sha256 of source, path, flags and `rustc -vV`), run with an
    empty environment, the args of its `// args:` line, cwd = repo root, stdin = /dev/null;
  * golden: native stdout/stderr/exit code must equal X.stdout, X.stderr (when present; always
    for panic tests) and X.exitcode (present when the code is not the directory's default:
    0 for most directories, 101 for a directory named `panic`). --update-golden rewrites them;
  * mirage: `MIRAGE run DIR/X.rs [-- ARGS]` with the same environment (plus PATH, HOME,
    MIRAGE_HOME, XDG_CACHE_HOME, MIRAGE_RUSTC when set), same cwd and same path spelling; its
    stdout, stderr and exit code must equal native's byte for byte.
A directory named `fail` holds programs with undefined behaviour instead (see run_fail_test):
they are only compiled (never run natively), Mirage must exit with status 1, and its stderr,
reduced by normalise_report to a headline and a location, must equal the hand-written X.stderr;
when a hand-written X.report exists, the whole stderr (normalise_full_report) must equal it too.
DIR/known_failures.txt lists tests (one name per line, `#` comments) expected to fail under
Mirage: they report XFAIL; one that passes is XPASS (an error). Native or golden problems are
always FAIL. Exit status 1 if any FAIL or XPASS, else 0 (77 with --skip-without-sysroot when
Mirage's host sysroot is not set up).
"""

import argparse
import concurrent.futures
import difflib
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
RUSTC = "/usr/bin/rustc"
RUSTC_FLAGS = ["--edition", "2021", "-C", "debug-assertions=on", "-C", "overflow-checks=on"]
NATIVE_TIMEOUT = 30
PASSTHROUGH_ENV = ["PATH", "HOME", "MIRAGE_HOME", "XDG_CACHE_HOME", "MIRAGE_RUSTC"]
# Since Rust 1.89 the default panic message names the OS thread id ("thread 'main' (12345)
# panicked at"), which differs on every run: it is replaced by "(TID)" in the stderr of native
# runs, Mirage runs and golden files alike.
TID_RE = re.compile(rb"^(thread '[^'\n]*') \(\d+\)( panicked at )", re.M)
# std built for an interpreter (cfg(miri), as Miri builds it) adds one line to the default panic
# message, after the RUST_BACKTRACE hint: "note: in Miri, you may have to set
# `MIRIFLAGS=-Zmiri-env-forward=RUST_BACKTRACE` ...". Native std never prints it; the comparison
# leaves it out (Miri users see it, as under Miri).
MIRI_NOTE_RE = re.compile(rb"^note: in Miri, you may have to set `MIRIFLAGS=-Zmiri-env-forward=RUST_BACKTRACE`[^\n]*\n", re.M)
# A file being written in one thread while another forks leaks the write descriptor into the
# child until it execs, and exec'ing that file meanwhile fails with ETXTBSY: spawning and
# writing executables are serialized.
SPAWN_LOCK = threading.Lock()


def normalize_stderr(err):
    return MIRI_NOTE_RE.sub(b"", TID_RE.sub(rb"\1 (TID)\2", err))


def rel_spelling(d):
    """DIR as a path relative to the repo root when it is inside it (so that panic locations
    read `tests/panic/X.rs:L:C` for native and Mirage alike)."""
    a = os.path.abspath(d)
    try:
        r = os.path.relpath(a, REPO)
    except ValueError:
        return a
    if r.startswith(".."):
        return a
    return r


def parse_args_line(src):
    for line in src.splitlines()[:10]:
        m = re.match(r"^\s*//\s*args:(.*)$", line)
        if m:
            return m.group(1).split()
    return []


def parse_miriflags_line(src):
    """The value of a `// miriflags: ...` line near the top (fail tests), or None."""
    for line in src.splitlines()[:10]:
        m = re.match(r"^\s*//\s*miriflags:(.*)$", line)
        if m:
            return m.group(1).strip()
    return None


def parse_error_pattern(src):
    for line in src.splitlines()[:10]:
        m = re.match(r"^\s*//\s*error-pattern:(.*)$", line)
        if m:
            return m.group(1).strip()
    return None


# ---------------------------------------------------------------------------------------------
# Normalised UB reports (tests/fail).
#
# A report is reduced to two lines:
#   * the headline: the first line starting with `error:`;
#   * the location: `  --> FILE:LINE:COL`, the user's line of the UB. It is the first ` --> `
#     line after the headline when that one points into the test's own file. When the primary
#     span is elsewhere (the UB happened inside the standard library, or a leak report points at
#     the allocator), it is the innermost backtrace frame in the test's own file: a note
#     `inside `f` at FILE:L:C`, or a `note: inside `f`` line followed by ` --> FILE:L:C`. Spans of
#     `help:` notes (where an allocation was created or freed) are not frames and are skipped.
#     Failing that, the primary ` --> ` line is kept as it is.
# In the headline, allocation ids `alloc123` become `ALLOC`, borrow tags `<123>` become `<TAG>`,
# absolute addresses (a hexadecimal number followed by `[`, as in `0x1f3a0[alloc12]` or
# `0x1000[noalloc]`) become `0xADDR`, and thread names `unnamed-N` become `unnamed-ID`. Offsets
# such as `ALLOC+0xc` or `ALLOC[0x4]` are kept: they are deterministic.
ALLOC_RE = re.compile(r"\balloc\d+\b")
TAG_RE = re.compile(r"<\d+>")
ADDR_RE = re.compile(r"\b0x[0-9a-fA-F]+(?=\[)")
UNNAMED_RE = re.compile(r"\bunnamed-\d+\b")
ARROW_RE = re.compile(r"^\s*-->\s*(.+?):(\d+):(\d+)\s*$")
INSIDE_AT_RE = re.compile(r"\binside\b.*\bat\s+(\S+?):(\d+):(\d+)\s*$")
INSIDE_NOTE_RE = re.compile(r"^\s*(=\s*)?note:\s*inside\b")


def normalise_headline(line):
    line = ALLOC_RE.sub("ALLOC", line)
    line = TAG_RE.sub("<TAG>", line)
    line = ADDR_RE.sub("0xADDR", line)
    line = UNNAMED_RE.sub("unnamed-ID", line)
    return line.rstrip()


def same_file(path, src_rel):
    if os.path.isabs(path):
        try:
            path = os.path.relpath(path, REPO)
        except ValueError:
            return False
    return os.path.normpath(path) == os.path.normpath(src_rel)


def normalise_report(err, src_rel):
    """Mirage's (or Miri's) stderr reduced to `headline\n  --> FILE:L:C\n` (see above)."""
    lines = err.decode("utf-8", "replace").splitlines()
    start = next((i for i, l in enumerate(lines) if l.startswith("error:")), None)
    if start is None:
        return ""
    head = normalise_headline(lines[start])
    rest = lines[start + 1:]
    primary, primary_idx = None, len(rest)
    for i, l in enumerate(rest):
        m = ARROW_RE.match(l)
        if m:
            primary, primary_idx = m.groups(), i
            break
        if l.startswith("error:"):
            break
    loc = primary if primary and same_file(primary[0], src_rel) else None
    if loc is None:
        frame_next = False
        for l in rest[primary_idx + 1 if primary else 0:]:
            if l.startswith("error:"):
                break
            m = ARROW_RE.match(l)
            if m:
                if frame_next and same_file(m.group(1), src_rel):
                    loc = m.groups()
                    break
                frame_next = False
                continue
            m = INSIDE_AT_RE.search(l)
            if m:
                frame_next = False
                if same_file(m.group(1), src_rel):
                    loc = m.groups()
                    break
                continue
            if INSIDE_NOTE_RE.match(l):
                frame_next = True
            elif l.strip() and not l.lstrip().startswith("|"):
                frame_next = False
    if loc is None:
        loc = primary
    if loc is None:
        return head + "\n"
    path = src_rel if same_file(loc[0], src_rel) else loc[0]
    return "%s\n  --> %s:%s:%s\n" % (head, path, loc[1], loc[2])


# The whole report (the optional golden `fail/X.report`): Mirage's entire stderr with the same
# replacements as the headline on every line (allocation ids, tags, addresses, thread names),
# plus std's source folder spelled `RUSTLIB` (as Miri's own test suite does), so that it does
# not depend on where the sysroot's sources are.
RUSTLIB_RE = re.compile(r"/(?:[^\s:`]*/)?lib/rustlib/src/rust/library")


def normalise_full_report(err):
    lines = err.decode("utf-8", "replace").split("\n")
    out = [normalise_headline(RUSTLIB_RE.sub("RUSTLIB", l)) for l in lines]
    return "\n".join(out).encode()


def check_fail_golden(golden, src_rel, pattern):
    """Problems with a hand-written fail golden (shape, location, error-pattern)."""
    problems = []
    lines = golden.decode("utf-8", "replace").split("\n")
    if len(lines) != 3 or lines[2] != "":
        return ["golden must have exactly two lines (headline and location)"]
    if not lines[0].startswith("error: "):
        problems.append("golden headline must start with `error: `")
    m = re.match(r"^  --> (.+):(\d+):(\d+)$", lines[1])
    if not m or m.group(1) != src_rel:
        problems.append("golden location must read `  --> %s:LINE:COL`" % src_rel)
    if pattern is None:
        problems.append("missing `// error-pattern:` line")
    elif pattern not in lines[0]:
        problems.append("error-pattern `%s` is not part of the golden headline" % pattern)
    return problems


def read_known(d):
    path = os.path.join(REPO, d, "known_failures.txt")
    names = set()
    if os.path.exists(path):
        with open(path, encoding="utf-8") as f:
            for line in f:
                line = line.split("#", 1)[0].strip()
                if line:
                    names.add(line)
    return names


_rustc_vv = None


def rustc_version():
    global _rustc_vv
    if _rustc_vv is None:
        _rustc_vv = subprocess.run([RUSTC, "-vV"], capture_output=True, check=True).stdout
    return _rustc_vv


def compile_env():
    env = dict(os.environ)
    env.pop("RUSTC_BOOTSTRAP", None)
    env.pop("RUSTUP_TOOLCHAIN", None)
    return env


def run_proc(cmd, env, timeout):
    """Runs cmd (cwd = repo root, stdin = /dev/null) in its own process group; on timeout the
    whole group is killed. Returns (stdout, stderr, code, timed_out)."""
    with SPAWN_LOCK:
        p = subprocess.Popen(cmd, cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        out, err = p.communicate(timeout=timeout)
        return out, normalize_stderr(err), p.returncode, False
    except subprocess.TimeoutExpired:
        try:
            os.killpg(p.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        out, err = p.communicate()
        return out, normalize_stderr(err), p.returncode, True


def code_str(code):
    if code is None:
        return "none"
    if code < 0:
        return "signal %d" % -code
    return str(code)


def native_binary(src_rel, name, src_bytes, allow_warnings=False, bootstrap=False):
    """Compiles (or takes from the cache) the native binary. Returns (path, error). With
    `allow_warnings`, warnings are not an error (fail tests); `bootstrap` sets RUSTC_BOOTSTRAP=1
    (fail tests that use `#![feature(...)]`)."""
    h = hashlib.sha256()
    for part in (src_bytes, src_rel.encode(), " ".join(RUSTC_FLAGS).encode(), rustc_version(),
                 b"bootstrap" if bootstrap else b""):
        h.update(part)
        h.update(b"\0")
    key = h.hexdigest()[:32]
    cache_dir = os.path.join(REPO, "build", "native-cache")
    cached = os.path.join(cache_dir, "%s-%s" % (name, key))
    if os.path.exists(cached):
        return cached, None
    os.makedirs(cache_dir, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="golden-") as tmp:
        out = os.path.join(tmp, name)
        cmd = [RUSTC] + RUSTC_FLAGS + ["--crate-name", name, "-o", out, src_rel]
        env = compile_env()
        if bootstrap:
            env["RUSTC_BOOTSTRAP"] = "1"
        with SPAWN_LOCK:
            p = subprocess.Popen(cmd, cwd=REPO, env=env, stdin=subprocess.DEVNULL,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        c_out, c_err = p.communicate()
        msg = (c_out + c_err).decode("utf-8", "replace")
        if p.returncode != 0 or (msg.strip() and not allow_warnings):
            return None, "rustc (status %d):\n%s" % (p.returncode, msg.rstrip())
        with SPAWN_LOCK:
            fd, staged = tempfile.mkstemp(prefix=".%s-" % name, dir=cache_dir)
            os.close(fd)
            shutil.copy2(out, staged)
            os.replace(staged, cached)
    return cached, None


def short_diff(what, want, got):
    a = want.decode("utf-8", "replace").splitlines(keepends=True)
    b = got.decode("utf-8", "replace").splitlines(keepends=True)
    lines = list(difflib.unified_diff(a, b, "%s (native)" % what, "%s (mirage)" % what, n=1))
    def clip(l):
        body = l.rstrip("\n")
        if len(body) > 160:
            body = body[:160] + "... (%d chars)" % len(body)
        return body + "\n" if l.endswith("\n") else body + "\n\\ no newline at end\n"
    text = "".join(clip(l) for l in lines[:20])
    if len(lines) > 20:
        text += "    ... (%d more diff lines)\n" % (len(lines) - 20)
    return text


class Result:
    def __init__(self, name):
        self.name = name
        self.status = None  # PASS FAIL XFAIL XPASS
        self.details = []
        self.mirage_failed = False
        self.normalised = None  # fail tests: Mirage's normalised report (--print-normalised)


def golden_paths(d, name):
    base = os.path.join(REPO, d, name)
    return base + ".stdout", base + ".stderr", base + ".exitcode"


def read_file(path):
    if not os.path.exists(path):
        return None
    with open(path, "rb") as f:
        return f.read()


def write_if_changed(path, data):
    if read_file(path) == data:
        return
    with open(path, "wb") as f:
        f.write(data)


def remove_if_exists(path):
    if os.path.exists(path):
        os.remove(path)


def mirage_env():
    return {k: os.environ[k] for k in PASSTHROUGH_ENV if k in os.environ}


def is_fail_dir(d):
    """`fail/` and the UB corpora of later checkers (`fail-aliasing/`, `fail-races/`)."""
    base = os.path.basename(os.path.normpath(d))
    return base == "fail" or base.startswith("fail-")


def seed_rerun_mismatch(opts, cmd, env, out, err):
    """A run pinned with -Zmiri-seed must be reproducible: a second run must print the same
    stdout and stderr, byte for byte. Returns the problems (empty when identical)."""
    out2, err2, _, to2 = run_proc(cmd, env, opts.timeout)
    if to2:
        return ["second run with the same seed timed out after %gs" % opts.timeout]
    problems = []
    for what, first, second in (("stdout", out, out2), ("stderr", err, err2)):
        if first != second:
            diff = difflib.unified_diff(first.decode("utf-8", "replace").splitlines(keepends=True),
                                        second.decode("utf-8", "replace").splitlines(keepends=True),
                                        "%s (run 1)" % what, "%s (run 2)" % what, n=1)
            problems.append("same seed, different %s:\n%s" % (what, "".join(list(diff)[:20]).rstrip("\n")))
    return problems


def run_fail_test(opts, d, name, known):
    """A program with undefined behaviour: compile check (warnings allowed, RUSTC_BOOTSTRAP=1
    when it uses `#![feature`), no native run; the hand-written golden X.stderr must be well
    formed; Mirage (with MIRIFLAGS from the `// miriflags:` line) must exit with status 1 and
    its normalised stderr must equal the golden, and its whole normalised stderr the optional
    X.report (which must reduce to X.stderr). Goldens are never rewritten."""
    r = Result(name)
    src_rel = os.path.join(d, name + ".rs")
    with open(os.path.join(REPO, src_rel), "rb") as f:
        src_bytes = f.read()
    src = src_bytes.decode("utf-8", "replace")
    args = parse_args_line(src)

    # 1. Compile check.
    _, err = native_binary(src_rel, name, src_bytes, allow_warnings=True,
                           bootstrap="#![feature" in src)
    if err:
        r.status = "FAIL"
        r.details.append("compile check failed: " + err)
        return r

    # 2. Hand-written golden.
    golden = read_file(os.path.join(REPO, d, name + ".stderr"))
    if golden is None:
        r.status = "FAIL"
        r.details.append("missing golden %s (fail goldens are written by hand)"
                         % os.path.join(d, name + ".stderr"))
        return r
    problems = check_fail_golden(golden, src_rel, parse_error_pattern(src))
    # The optional whole report: it must reduce to the two-line golden.
    report = read_file(os.path.join(REPO, d, name + ".report"))
    if report is not None and not problems and normalise_report(report, src_rel).encode() != golden:
        problems.append("%s does not reduce to %s (headline and location)"
                        % (os.path.join(d, name + ".report"), os.path.join(d, name + ".stderr")))
    if problems:
        r.status = "FAIL"
        r.details.extend(problems)
        return r
    if opts.native_only:
        r.status = "PASS"
        return r

    # 3. Mirage.
    env = mirage_env()
    flags = parse_miriflags_line(src)
    if flags is not None:
        env["MIRIFLAGS"] = flags
    cmd = [opts.mirage, "run", src_rel]
    if args:
        cmd += ["--"] + args
    m_out, m_err, m_code, m_to = run_proc(cmd, env, opts.timeout)
    got = normalise_report(m_err, src_rel).encode()
    r.normalised = got
    mismatch = []
    if m_to:
        mismatch.append("mirage timed out after %gs" % opts.timeout)
    else:
        if got != golden:
            a = golden.decode("utf-8", "replace").splitlines(keepends=True)
            b = got.decode("utf-8", "replace").splitlines(keepends=True)
            mismatch.append("".join(difflib.unified_diff(a, b, "expected", "mirage (normalised)", n=2)).rstrip("\n"))
        if report is not None:
            full = normalise_full_report(m_err)
            r.normalised = full
            if full != report:
                a = report.decode("utf-8", "replace").splitlines(keepends=True)
                b = full.decode("utf-8", "replace").splitlines(keepends=True)
                mismatch.append("".join(difflib.unified_diff(a, b, name + ".report", "mirage (normalised)", n=2)).rstrip("\n"))
        if m_code != 1:
            mismatch.append("exit code: expected 1, mirage %s" % code_str(m_code))
        if flags is not None and "-Zmiri-seed=" in flags:
            mismatch.extend(seed_rerun_mismatch(opts, cmd, env, m_out, m_err))
    r.mirage_failed = bool(mismatch)
    if name in known:
        r.status = "XFAIL" if mismatch else "XPASS"
        if not mismatch:
            r.details.append("XPASS: remove it from %s" % os.path.join(d, "known_failures.txt"))
    else:
        r.status = "FAIL" if mismatch else "PASS"
        r.details.extend(mismatch)
    return r


def run_test(opts, d, name, known):
    if is_fail_dir(d):
        return run_fail_test(opts, d, name, known)
    r = Result(name)
    src_rel = os.path.join(d, name + ".rs")
    with open(os.path.join(REPO, src_rel), "rb") as f:
        src_bytes = f.read()
    args = parse_args_line(src_bytes.decode("utf-8", "replace"))
    is_panic_dir = os.path.basename(os.path.normpath(d)) == "panic"
    default_code = 101 if is_panic_dir else 0

    # 1. Native.
    binary, err = native_binary(src_rel, name, src_bytes)
    if err:
        r.status = "FAIL"
        r.details.append("native compile failed: " + err)
        return r
    n_out, n_err, n_code, n_to = run_proc([binary] + args, {}, NATIVE_TIMEOUT)
    if n_to:
        r.status = "FAIL"
        r.details.append("native run timed out after %ds" % NATIVE_TIMEOUT)
        return r
    # A golden program must end on its own: never by a signal (stack overflow, abort), and a
    # program outside a `panic` directory must not end with an uncaught panic.
    if n_code < 0 or (n_code == 101 and not is_panic_dir):
        r.status = "FAIL"
        r.details.append("native run ended with %s (not a valid golden program)\n%s"
                         % (code_str(n_code), n_err.decode("utf-8", "replace").rstrip()))
        return r

    # 2. Golden files.
    p_out, p_err, p_code = golden_paths(d, name)
    keep_stderr = is_panic_dir or bool(n_err)
    if opts.update_golden:
        write_if_changed(p_out, n_out)
        if keep_stderr:
            write_if_changed(p_err, n_err)
        else:
            remove_if_exists(p_err)
        if n_code != default_code:
            write_if_changed(p_code, (code_str(n_code) + "\n").encode())
        else:
            remove_if_exists(p_code)
    else:
        g_out = read_file(p_out)
        g_err = read_file(p_err)
        g_code_raw = read_file(p_code)
        g_code = g_code_raw.decode().strip() if g_code_raw is not None else str(default_code)
        problems = []
        if g_out is None:
            problems.append("missing golden %s (run with --update-golden)" % os.path.relpath(p_out, REPO))
        elif g_out != n_out:
            problems.append("native stdout differs from golden (nondeterministic?)\n"
                            + short_diff("stdout", g_out, n_out))
        if g_err is None and (is_panic_dir or n_err):
            problems.append("missing golden %s (run with --update-golden)" % os.path.relpath(p_err, REPO))
        elif g_err is not None and g_err != n_err:
            problems.append("native stderr differs from golden (nondeterministic?)\n"
                            + short_diff("stderr", g_err, n_err))
        if g_code != code_str(n_code):
            problems.append("native exit code %s, golden %s" % (code_str(n_code), g_code))
        if problems:
            r.status = "FAIL"
            r.details.extend(problems)
            return r

    if opts.native_only:
        r.status = "PASS"
        return r

    # 3. Mirage.
    env = mirage_env()
    cmd = [opts.mirage, "run", src_rel]
    if args:
        cmd += ["--"] + args
    m_out, m_err, m_code, m_to = run_proc(cmd, env, opts.timeout)
    mismatch = []
    if m_to:
        mismatch.append("mirage timed out after %gs" % opts.timeout)
    else:
        if m_out != n_out:
            mismatch.append(short_diff("stdout", n_out, m_out).rstrip("\n"))
        if m_err != n_err:
            mismatch.append(short_diff("stderr", n_err, m_err).rstrip("\n"))
        if mismatch or m_code != n_code:
            mismatch.append("exit code: native %s, mirage %s%s" % (
                code_str(n_code), code_str(m_code), "" if m_code == n_code else "  <-- differs"))
    r.mirage_failed = bool(mismatch)
    if name in known:
        r.status = "XFAIL" if mismatch else "XPASS"
        if not mismatch:
            r.details.append("XPASS: remove it from %s" % os.path.join(d, "known_failures.txt"))
    else:
        r.status = "FAIL" if mismatch else "PASS"
        r.details.extend(mismatch)
    return r


def sysroot_ready():
    try:
        vv = subprocess.run([os.environ.get("MIRAGE_RUSTC", RUSTC), "-vV"], capture_output=True,
                            check=True, text=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return False
    fields = dict(l.split(": ", 1) for l in vv.splitlines() if ": " in l)
    if os.environ.get("MIRAGE_HOME"):
        root = os.path.realpath(os.environ["MIRAGE_HOME"])
    elif os.environ.get("XDG_CACHE_HOME", "").startswith("/"):
        root = os.path.join(os.environ["XDG_CACHE_HOME"], "mirage")
    else:
        root = os.path.join(os.path.expanduser("~"), ".cache", "mirage")
    d = os.path.join(root, "%s-%s" % (fields.get("release", ""), fields.get("commit-hash", "")[:12]),
                     fields.get("host", ""))
    return os.path.isfile(os.path.join(d, "mir2.cache"))


def main():
    ap = argparse.ArgumentParser(description="Runs the golden test corpus natively and under Mirage.")
    ap.add_argument("--mirage", required=True, help="path to the mirage binary")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--filter", default="", help="only tests whose name contains SUBSTRING")
    ap.add_argument("--update-golden", action="store_true",
                    help="(re)write golden files from native runs (never the hand-written goldens of a `fail` folder)")
    ap.add_argument("--native-only", action="store_true", help="skip Mirage; only check native against golden")
    ap.add_argument("--list-failing", action="store_true",
                    help="print only the names of tests failing under Mirage (for known_failures.txt)")
    ap.add_argument("--print-normalised", action="store_true",
                    help="fail tests: print Mirage's stderr as normalised for the comparison")
    ap.add_argument("--skip-without-sysroot", action="store_true",
                    help="exit 77 (ctest skip) when Mirage's host sysroot is not set up")
    ap.add_argument("--timeout", type=float, default=120.0, help="timeout of one Mirage run (seconds)")
    ap.add_argument("dirs", nargs="+", metavar="DIR")
    opts = ap.parse_args()
    if not opts.native_only:
        opts.mirage = os.path.abspath(opts.mirage) if os.sep in opts.mirage else opts.mirage
    if opts.skip_without_sysroot and not opts.native_only and not sysroot_ready():
        print("SKIP: Mirage's host sysroot is not set up (run `mirage setup`)")
        return 77

    bad = False
    for d_arg in opts.dirs:
        d = rel_spelling(d_arg)
        if not os.path.isdir(os.path.join(REPO, d)):
            print("error: %s is not a directory" % d_arg, file=sys.stderr)
            return 2
        names = sorted(f[:-3] for f in os.listdir(os.path.join(REPO, d))
                       if f.endswith(".rs") and opts.filter in f[:-3])
        known = read_known(d)
        with concurrent.futures.ThreadPoolExecutor(max_workers=max(1, opts.jobs)) as ex:
            futures = [ex.submit(run_test, opts, d, n, known) for n in names]
            results = []
            for n, fut in zip(names, futures):
                try:
                    r = fut.result()
                except Exception as e:  # a runner bug must not hide the other tests
                    r = Result(n)
                    r.status = "FAIL"
                    r.details.append("runner error: %r" % e)
                results.append(r)
                if opts.list_failing:
                    if r.mirage_failed or r.status == "FAIL":
                        print(r.name, flush=True)
                    continue
                print("%-6s %s/%s" % (r.status, d, r.name), flush=True)
                if opts.print_normalised and r.normalised is not None:
                    text = r.normalised.decode("utf-8", "replace")
                    for line in (text.splitlines() or ["(no `error:` line)"]):
                        print("    | " + line)
                if r.status in ("FAIL", "XPASS"):
                    for det in r.details:
                        for line in det.splitlines():
                            print("    " + line)
                    sys.stdout.flush()
        counts = {s: sum(1 for r in results if r.status == s) for s in ("PASS", "FAIL", "XFAIL", "XPASS")}
        if counts["FAIL"] or counts["XPASS"]:
            bad = True
        if not opts.list_failing:
            print("summary: %s passed=%d failed=%d xfail=%d xpass=%d total=%d"
                  % (d, counts["PASS"], counts["FAIL"], counts["XFAIL"], counts["XPASS"], len(results)),
                  flush=True)
    if opts.list_failing:
        return 0
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
