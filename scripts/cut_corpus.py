#!/usr/bin/env python3
"""Cuts the libFuzzer seed corpus (tests/fuzz/corpus/) out of real sysroot MIR text.

    scripts/cut_corpus.py OUT_DIR FILE.mir...      e.g. "$(sysroot dir)"/mir/{core,alloc,std}.mir

A unit is one whole top-level item as rustc prints it: an optional `// MIR FOR CTFE` line, a
body (fn, closure, const, static, promoted...) up to its closing `}` at column 0, and the
allocation dumps printed after it. For each feature below the script picks, over all files, the
smallest unit of at least MIN_SIZE bytes (else the smallest) that is at most MAX_SIZE bytes and
has that feature and no feature picked already when possible, so that ~30 small files cover the
grammar. The choice is deterministic for the same input. When build/bench/parse_files exists, every
seed must parse with no failure.
"""
import os
import re
import subprocess
import sys

MAX_SIZE = 8000
MIN_SIZE = 1200

# (name, predicate on the unit's text). Order matters only for file numbering.
FEATURES = [
    ("fn_one_block", lambda t, h: h.startswith("fn ") and "\n    bb1: {" not in t),
    ("fn_impl_method", lambda t, h: h.startswith("fn ") and "<impl at " in h),
    ("fn_generic", lambda t, h: h.startswith("fn ") and re.search(r"\bT\b", h)),
    ("closure", lambda t, h: "{closure#" in h),
    ("coroutine", lambda t, h: "{coroutine" in h or "yield(" in t),
    ("const_item", lambda t, h: h.startswith("const ")),
    ("anon_const", lambda t, h: "{constant#" in h),
    ("static", lambda t, h: h.startswith("static ")),
    ("promoted", lambda t, h: "::promoted[" in h),
    ("ctfe", lambda t, h: t.startswith("// MIR FOR CTFE")),
    ("alloc_dump", lambda t, h: re.search(r"^alloc\d+ \(", t, re.M)),
    ("alloc_dump_pointers", lambda t, h: re.search(r"^alloc\d+ \(", t, re.M) and "╾" in t),
    ("alloc_dump_uninit", lambda t, h: re.search(r"^    (0x[0-9a-f]+ │ )?([0-9a-f_]{2} |╾[^╼]*╼ )*__ ", t, re.M)),
    ("asm", lambda t, h: "asm!(" in t),
    ("switch_int", lambda t, h: "switchInt(" in t),
    ("assert", lambda t, h: "assert(" in t),
    ("drop", lambda t, h: "drop(" in t),
    ("call_const_note", lambda t, h: "// + const_:" in t),
    ("cleanup_unwind", lambda t, h: "(cleanup)" in t and "resume;" in t),
    ("retag", lambda t, h: "Retag(" in t),
    ("discriminant", lambda t, h: "discriminant(" in t),
    ("set_discriminant", lambda t, h: re.search(r"^\s+discriminant\(.*\) = ", t, re.M)),
    ("float_const", lambda t, h: re.search(r"const -?[0-9][0-9.e+-]*f(16|32|64|128)\b", t)),
    ("negative_const", lambda t, h: re.search(r"const -[0-9]+_i(8|16|32|64|128|size)\b", t)),
    ("str_const", lambda t, h: 'const "' in t),
    ("byte_str_const", lambda t, h: 'b"' in t),
    ("char_const", lambda t, h: re.search(r"const '.", t)),
    ("u128_const", lambda t, h: "_u128" in t),
    ("raw_borrow", lambda t, h: "&raw " in t),
    ("dyn", lambda t, h: "dyn " in t),
    ("transmute_cast", lambda t, h: " as " in t and "Transmute" in t),
    ("ptr_metadata", lambda t, h: "PtrMetadata(" in t),
    ("checked_op", lambda t, h: "WithOverflow(" in t),
    ("array_repeat", lambda t, h: re.search(r"\[[^\]]*; \d+\]", t) and "[const " in t),
    ("unreachable", lambda t, h: "unreachable;" in t),
    ("fn_pointer", lambda t, h: "fn(" in t and "as fn(" in t),
    ("intrinsic", lambda t, h: "copy_nonoverlapping(" in t or "assume(" in t),
    ("ub_checks", lambda t, h: "UbChecks" in t),
    ("ptr_offset", lambda t, h: "Offset(" in t),
    ("pointer_coercion", lambda t, h: "PointerCoercion" in t),
    ("struct_aggregate", lambda t, h: re.search(r" = [\w:]+(::<[^>]*>)? \{ \w+: ", t)),
    ("closure_aggregate", lambda t, h: "{closure@" in t and re.search(r"= \{closure@", t)),
    ("terminate", lambda t, h: "terminate" in t),
    ("nested_scopes", lambda t, h: "scope 3 {" in t),
]


ALLOC_START = re.compile(r"alloc\d+ \(")
CTFE = "// MIR FOR CTFE"


def units(path):
    """Yields (header, text) for each unit of at most MAX_SIZE bytes."""
    cur, size, too_big, prev_blank = [], 0, False, True
    with open(path, encoding="utf-8", errors="surrogateescape") as f:
        for line in f:
            # Items start at column 0 after a blank line (an asm! template may continue a
            # statement at column 0, but never right after a blank line).
            starts = prev_blank and line[:1] not in ("", " ", "\n", "}")
            only_ctfe = len(cur) == 1 and cur[0].startswith(CTFE)
            if starts and not ALLOC_START.match(line) and not only_ctfe:
                if cur and not too_big:
                    yield next((l for l in cur if not l.startswith("//")), ""), "".join(cur)
                cur, size, too_big = [], 0, False
            prev_blank = line == "\n" or line.startswith(CTFE)
            if not cur and line.startswith("// ") and not line.startswith(CTFE):
                continue  # the file's banner
            size += len(line.encode("utf-8", "surrogateescape"))
            if size > MAX_SIZE:
                too_big, cur = True, [line]
            elif not too_big:
                cur.append(line)
    if cur and not too_big:
        yield next((l for l in cur if not l.startswith("//")), ""), "".join(cur)


def shape(text):
    """The unit without its spans, names and numbers: near-duplicates share a shape."""
    text = re.sub(r"//.*", "", text)
    text = re.sub(r"[A-Za-z_][\w]*|\d+", "x", text)
    return re.sub(r"\s+", " ", text)


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    out_dir, files = sys.argv[1], sys.argv[2:]
    candidates = {name: [] for name, _ in FEATURES}
    for path in files:
        for header, text in units(path):
            text = text.rstrip("\n") + "\n"
            for name, pred in FEATURES:
                if pred(text, header):
                    candidates[name].append(text)
    os.makedirs(out_dir, exist_ok=True)
    chosen = set()
    shapes = set()  # no two seeds that differ only in names and numbers
    n = 0
    parse_files = os.path.join(os.path.dirname(__file__), "..", "build", "bench", "parse_files")
    for name, _ in FEATURES:
        pool = sorted(set(candidates[name]), key=lambda t: (len(t), t))
        pool = [t for t in pool if len(t) >= MIN_SIZE] + [t for t in pool if len(t) < MIN_SIZE]
        pick = next((t for t in pool if t not in chosen and shape(t) not in shapes), None)
        if pick is None:
            print(f"  {name}: no unit of at most {MAX_SIZE} bytes", file=sys.stderr)
            continue
        n += 1
        path = os.path.join(out_dir, f"{n:02d}_{name}.mir")
        with open(path, "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(pick)
        chosen.add(pick)
        shapes.add(shape(pick))
        if os.access(parse_files, os.X_OK):
            r = subprocess.run([parse_files, "-v", path], capture_output=True, text=True)
            if r.returncode != 0 or " bodies=0 " in r.stdout:
                print(f"  {name}: the seed does not parse cleanly:\n{r.stdout}", file=sys.stderr)
                os.remove(path)
                n -= 1
                continue
        print(f"  {path}: {len(pick.encode())} bytes")
    # One seed with several consecutive items, so mutations can mix bodies.
    n += 1
    multi = "\n".join(sorted(chosen, key=lambda t: (len(t), t))[:4])
    with open(os.path.join(out_dir, f"{n:02d}_several_items.mir"), "w", encoding="utf-8",
              errors="surrogateescape") as f:
        f.write(multi)
    print(f"  {n:02d}_several_items.mir: {len(multi.encode())} bytes")
    return 0


if __name__ == "__main__":
    sys.exit(main())
