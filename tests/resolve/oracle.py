#!/usr/bin/env python3
"""Native oracle for the resolution corpus: which body rustc itself calls at each call site.

Compiles FILE.rs natively to unoptimized LLVM IR (before any LLVM pass, so nothing is inlined)
with v0 symbol mangling and debug info, and prints one line per direct or indirect call made
from code whose debug location lies in FILE.rs:

    LINE:COL<TAB>CALLEE

CALLEE is the demangled symbol without crate hashes (`<alloc::vec::Vec<i32> as
core::clone::Clone>::clone`), or `indirect` for a call through a pointer (vtable or fn pointer).
Calls that have no Call terminator in MIR are left out: drop glue (`drop_in_place`), the panics
of Assert terminators, and LLVM intrinsics.

usage: oracle.py [--rustc PATH] [--run] FILE.rs   (--run also runs the native binary)
"""
import os
import re
import subprocess
import sys
import tempfile

RUSTC_FLAGS = [
    "--edition", "2021", "--crate-type", "bin",
    "-C", "opt-level=0", "-g", "-C", "symbol-mangling-version=v0",
    "-C", "no-prepopulate-passes", "-C", "debug-assertions=off",
    "--cap-lints", "allow", "-C", "link-dead-code", "-Z", "mir-opt-level=0", "-Z", "inline-mir=no", "-C", "collapse-macro-debuginfo=no",
]

# Calls rustc codegens for MIR constructs that are not Call terminators.
EXCLUDED_PREFIXES = (
    "llvm.",
    "core::ptr::drop_in_place::<",
    "core::panicking::panic_bounds_check",
    "core::panicking::panic_const::",
    "core::panicking::panic_misaligned_pointer_dereference",
    "core::panicking::panic_null_pointer_dereference",
    "core::panicking::panic_cannot_unwind",
    "core::panicking::panic_in_cleanup",
)

CONST_RE = re.compile(r"\b(\d+): [iu](?:8|16|32|64|128|size)\b")  # `3: usize` -> `3`
HASH_RE = re.compile(r"(?<=\w)\[[0-9a-f]{6,}\]")


def demangle(symbols):
    if not symbols:
        return {}
    out = subprocess.run(["c++filt"], input="\n".join(symbols), capture_output=True, text=True,
                         check=True).stdout.split("\n")
    return {s: CONST_RE.sub(r"\1", HASH_RE.sub("", d)) for s, d in zip(symbols, out)}


def main():
    args = sys.argv[1:]
    rustc = "/usr/bin/rustc"
    run = False
    while args and args[0].startswith("--"):
        if args[0] == "--rustc":
            rustc = args[1]
            args = args[2:]
        elif args[0] == "--run":
            run = True
            args = args[1:]
        else:
            sys.exit("unknown option " + args[0])
    if len(args) != 1:
        sys.exit(__doc__)
    src = args[0]
    base = os.path.basename(src)
    env = dict(os.environ, RUSTC_BOOTSTRAP="1")
    env.pop("RUSTUP_TOOLCHAIN", None)
    with tempfile.TemporaryDirectory(prefix="mirage-oracle-") as tmp:
        ll = os.path.join(tmp, "out.ll")
        subprocess.run([rustc, *RUSTC_FLAGS, "--emit", "llvm-ir=" + ll, "-o", ll, src],
                       env=env, check=True)
        if run:
            exe = os.path.join(tmp, "native")
            subprocess.run([rustc, "--edition", "2021", "-o", exe, src], env=env, check=True)
            r = subprocess.run([exe], capture_output=True)
            if r.returncode != 0:
                sys.exit("native run of %s failed with status %d" % (src, r.returncode))
        with open(ll) as f:
            text = f.read()

    # Metadata: files, scopes, locations.
    files, scopes, locs = {}, {}, {}
    for m in re.finditer(r"^!(\d+) = (?:distinct )?!(\w+)\((.*)\)$", text, re.M):
        num, kind, body = m.group(1), m.group(2), m.group(3)
        if kind == "DIFile":
            fm = re.search(r'filename: "([^"]*)"', body)
            files[num] = os.path.basename(fm.group(1)) if fm else ""
        elif kind in ("DISubprogram", "DILexicalBlock", "DILexicalBlockFile"):
            fm = re.search(r"file: !(\d+)", body)
            scopes[num] = fm.group(1) if fm else None
        elif kind == "DILocation":
            lm = re.search(r"line: (\d+), column: (\d+), scope: !(\d+)", body)
            if lm and "inlinedAt" not in body:
                locs[num] = (int(lm.group(1)), int(lm.group(2)), lm.group(3))

    # Calls: an instruction `[%x = ][tail ]call|invoke ... @SYM(` or `%reg(`; an invoke's
    # `!dbg` sits on its continuation line (`to label ... unwind label ..., !dbg !N`).
    lines = text.split("\n")
    calls = []  # (symbol or None, dbg)
    call_re = re.compile(r"^\s+(?:%[\w.\"-]+ = )?(?:tail )?(call|invoke) [^@%]*?(?:@([\w.$\"]+)|(%[\w.\"-]+))\(")
    for i, line in enumerate(lines):
        m = call_re.match(line)
        if not m:
            continue
        dbg = re.search(r"!dbg !(\d+)", line)
        if not dbg and m.group(1) == "invoke" and i + 1 < len(lines):
            dbg = re.search(r"!dbg !(\d+)", lines[i + 1])
        if not dbg:
            continue
        sym = m.group(2).strip('"') if m.group(2) else None
        calls.append((sym, dbg.group(1)))
    names = demangle(sorted({s for s, _ in calls if s and s.startswith("_R")}))
    out = []
    for sym, dbg in calls:
        loc = locs.get(dbg)
        if not loc:
            continue
        line, col, scope = loc
        if files.get(scopes.get(scope)) != base:
            continue
        callee = "indirect" if sym is None else names.get(sym, sym)
        if callee.startswith(EXCLUDED_PREFIXES):
            continue
        out.append("%d:%d\t%s" % (line, col, callee))
    sys.stdout.write("".join(l + "\n" for l in sorted(out, key=lambda s: tuple(int(x) for x in s.split("\t")[0].split(":")))))


if __name__ == "__main__":
    main()
