#!/usr/bin/env python3
"""The vtable and drop glue oracle: rustc's vtables, upcasts and drop glue for the probe fns of
probe.rs against what `mirage vtables` derives from Mirage's program database.

usage: oracle.py [--verbose] MIRAGE WORK_DIR

rustc's side comes from two independent views of one native build (opt-level 0, one codegen
unit, v0 symbols):
  * the run: the program reads its own vtables (words, upcast results, needs_drop); function
    pointers are named by the binary's symbols (nm + c++filt), vptr slots by comparing them with
    the vtables of the same value coerced to each supertrait;
  * the LLVM IR: each vt_N fn's vtable constant, entry by entry (lengths for the run come from
    here), and for nd_N the Drop::drop impl its drop_in_place::<T> calls.
Both must agree with each other and, line by line, with Mirage. Exit 0 only at 100%.
"""
import collections
import hashlib
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
RUSTC = os.environ.get("MIRAGE_RUSTC", "/usr/bin/rustc")
FLAGS = ["--edition", "2021", "-A", "warnings", "-C", "opt-level=0", "-C", "codegen-units=1",
         "-C", "symbol-mangling-version=v0", "-C", "debug-assertions=off", "-C", "strip=none", "-C", "link-dead-code"]
CONST_RE = re.compile(r"\b(\d+): [iu](?:8|16|32|64|128|size)\b")  # `3: usize` -> `3`
HASH_RE = re.compile(r"(?<=\w)\[[0-9a-f]{6,}\]")


def demangle(symbols):
    symbols = sorted(set(symbols))
    if not symbols:
        return {}
    out = subprocess.run(["c++filt"], input="\n".join(symbols), capture_output=True, text=True,
                         check=True).stdout.split("\n")
    return {s: CONST_RE.sub(r"\1", HASH_RE.sub("", d)) for s, d in zip(symbols, out)}


def build(work):
    src = os.path.join(HERE, "probe.rs")
    with open(src, "rb") as f:
        key = hashlib.md5(f.read() + " ".join([RUSTC] + FLAGS).encode()).hexdigest()[:16]
    exe = os.path.join(work, "probe-" + key)
    if not os.path.exists(exe):
        env = dict(os.environ, RUSTC_BOOTSTRAP="1")
        subprocess.run([RUSTC, *FLAGS, "--emit", "link=%s,llvm-ir=%s.ll" % (exe + ".tmp", exe),
                        src], env=env, check=True)
        os.rename(exe + ".tmp", exe)
    return exe


LLVM_BYTES = re.compile(r'\[(\d+) x i8\] (c"(?:[^"\\]|\\[0-9A-Fa-f]{2}|\\\\)*"|undef|poison|zeroinitializer)')
LLVM_VALUE = re.compile(LLVM_BYTES.pattern + r'|ptr (null|@[\w.$]+|@"[^"]+")')


def llvm_bytes(text):
    if not text.startswith("c"):
        return None  # undef/poison
    out, body, i = bytearray(), text[2:-1], 0
    while i < len(body):
        if body[i] == "\\" and body[i + 1] != "\\":
            out.append(int(body[i + 1:i + 3], 16))
            i += 3
        elif body[i] == "\\":
            out.append(0x5C)
            i += 2
        else:
            out.append(ord(body[i]))
            i += 1
    return bytes(out)


def parse_ir(path):
    with open(path) as f:
        text = f.read()
    vtables = {}  # name -> list of entries: ("word", int|None) | ("sym", name) | ("null",)
    for m in re.finditer(r"^@(vtable\.\w+) = .*?constant <\{[^}]*\}> <\{ (.*) \}>, align \d+$", text, re.M):
        entries = []
        for v in LLVM_VALUE.finditer(m.group(2)):
            if v.group(1):
                data = llvm_bytes(v.group(2))
                for w in range(int(v.group(1)) // 8):
                    entries.append(("word", int.from_bytes(data[w * 8:w * 8 + 8], "little") if data else None))
            elif v.group(3) == "null":
                entries.append(("null",))
            else:
                entries.append(("sym", v.group(3)[1:].strip('"')))
        vtables[m.group(1)] = entries
    fns = {}  # symbol -> body text
    for m in re.finditer(r"^define [^@]*@([\w.$]+)\((.*?)^\}$", text, re.M | re.S):
        fns[m.group(1)] = m.group(2)
    return vtables, fns


def describe(entries, name_of, vptr_of):
    """Slot descriptions in `mirage vtables` form from (kind, value) entries."""
    out = []
    for i, e in enumerate(entries):
        if i == 0:
            out.append("drop null" if e in (("null",), ("word", 0)) else "drop " + name_of(e))
        elif i == 1:
            out.append("size %d" % e[1])
        elif i == 2:
            out.append("align %d" % e[1])
        elif e in (("null",), ("word", 0), ("word", None)):
            out.append("vacant")
        elif vptr_of(e):
            out.append("vptr " + vptr_of(e))
        else:
            out.append("method " + name_of(e))
    return out


def rustc_side(work):
    exe = build(work)
    vtables, fns = parse_ir(exe + ".ll")
    callees = set(re.findall(r"(?:call|invoke) [^@\n]*@([\w.$]+)\(", "\n".join(fns.values())))
    names = demangle([s for s in fns] + list(callees) +
                     [e[1] for v in vtables.values() for e in v if e[0] == "sym"])
    by_name = {}
    for sym in fns:
        by_name.setdefault(names.get(sym, sym), sym)
    ir = {}      # vt_N -> slot descriptions from the IR
    lengths = {}
    for fn, sym in by_name.items():
        m = re.fullmatch(r"probe::(vt_\d+)", fn)
        if not m:
            continue
        refs = sorted(set(re.findall(r"@(vtable\.\w+)\b", fns[sym])))
        if len(refs) != 1:
            ir[m.group(1)] = ["error: %d vtables referenced in the IR" % len(refs)]
            continue
        entries = vtables[refs[0]]
        lengths[m.group(1)] = len(entries)
        # vptrs name other vtables: identified in the run (below); here they only count.
        ir[m.group(1)] = describe(entries, lambda e: names.get(e[1], e[1]),
                                  lambda e: "?" if e[0] == "sym" and e[1].startswith("vtable.") else None)

    run = subprocess.run([exe] + ["%s=%d" % kv for kv in sorted(lengths.items())],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    nm = subprocess.run(["nm", "--defined-only", exe], capture_output=True, text=True, check=True).stdout
    syms = {}
    for line in nm.splitlines():
        parts = line.split()
        if len(parts) == 3 and parts[1] in "tTwW":
            syms.setdefault(int(parts[0], 16), parts[2])
    anchor_sym = next(a for a, s in syms.items() if s == "vt_anchor")
    anchor_run = next(int(l.split()[1], 16) for l in run if l.startswith("anchor "))
    bias = anchor_run - anchor_sym
    sym_names = demangle(syms.values())

    def fn_name(word):
        s = syms.get(word - bias)
        return sym_names.get(s, s) if s else "?%#x" % word

    native = {}
    supers = collections.defaultdict(dict)
    dumps = {}
    for line in run:
        parts = line.split()
        if parts[0] == "super":
            # Equal vtables are one allocation (rustc interns allocations by content, e.g. a
            # method-less trait's and its supertrait's): any of the labels is right.
            v = int(parts[3], 16)
            supers[parts[1]][v] = supers[parts[1]][v] + "|" + parts[2] if v in supers[parts[1]] else parts[2]
        elif parts[0] == "vt":
            dumps[parts[1]] = (int(parts[2], 16), [int(w, 16) for w in parts[3:]])
        elif parts[0] == "up":
            frm, to = int(parts[2], 16), int(parts[3], 16)
            words = next((w for v, w in dumps.values() if v == frm), None)
            if to == frm:
                native[parts[1]] = ["same"]
            elif words and to in words:
                native[parts[1]] = ["slot " + "|".join(str(i) for i, w in enumerate(words) if w == to)]
            else:
                native[parts[1]] = ["error: the upcast vtable is no slot of the source's"]
        elif parts[0] == "nd":
            native[parts[1]] = ["needs_drop " + parts[2]]
    for name, (_, words) in dumps.items():
        native[name] = describe([("word", w) for w in words], lambda e: fn_name(e[1]),
                                lambda e: supers[name].get(e[1]))
    # The IR and the run must tell the same story (vptr slots: the IR only knows they are some).
    mismatch = []
    for name, slots in ir.items():
        run_slots = [("vptr ?" if s.startswith("vptr ") else s) for s in native.get(name, [])]
        if run_slots != slots:
            mismatch.append("%s: IR %s\n        run %s" % (name, slots, native.get(name)))

    # Drop impls: the `<T as Drop>::drop` that nd_N's drop_in_place::<T> calls first.
    for fn, sym in by_name.items():
        m = re.fullmatch(r"probe::(nd_\d+)", fn)
        if not m or m.group(1) not in native:
            continue
        impl = "none"
        for callee in re.findall(r"call [^@\n]*@([\w.$]+)\(", fns[sym]):
            cname = names.get(callee, callee)
            dm = re.fullmatch(r"core::ptr::drop_in_place::<(.*)>", cname)
            if not dm:
                continue
            for inner in re.findall(r"(?:call|invoke) [^@\n]*@([\w.$]+)\(", fns.get(callee, "")):
                iname = names.get(inner, inner)
                if iname == "<%s as core::ops::drop::Drop>::drop" % dm.group(1):
                    impl = iname
            break
        native[m.group(1)].append("drop_impl " + impl)
    return native, mismatch


def slot_agrees(want, have):
    """`vptr A|B` / `slot 5|6`: rustc's answer is one of several equal allocations."""
    if want == have:
        return True
    kind, _, alts = want.partition(" ")
    return "|" in alts and have.startswith(kind + " ") and have[len(kind) + 1:] in alts.split("|")


def main():
    args = sys.argv[1:]
    verbose = args and args[0] == "--verbose"
    if verbose:
        args = args[1:]
    if len(args) != 2:
        sys.exit(__doc__)
    mirage, work = args
    os.makedirs(work, exist_ok=True)
    native, mismatch = rustc_side(work)
    for m in mismatch:
        print("IR/run mismatch:", m)
    mine = subprocess.run([mirage, "vtables", os.path.join(HERE, "probe.rs")], capture_output=True, text=True)
    if mine.returncode != 0:
        print("mirage vtables failed:\n" + mine.stderr)
        return 1
    got = {}
    for line in mine.stdout.splitlines():
        parts = line.split("\t")
        got[parts[0]] = parts[1:]
    counts = collections.Counter()
    for name in sorted(native, key=lambda n: (n[:2], int(n[3:]))):
        want, have = native[name], got.get(name)
        kind = name[:2]
        if have is not None and len(have) == len(want) and all(map(slot_agrees, want, have)):
            counts[kind + " agree"] += 1
            if verbose:
                print("ok   %s\t%s" % (name, "\t".join(want)))
        else:
            counts[kind + " disagree"] += 1
            print("DIFF %s\n  rustc  %s\n  mirage %s" % (name, "\t".join(want), "\t".join(have or ["(missing)"])))
    # Slot-level agreement, for the report.
    slots = sum(len(v) for k, v in native.items() if k.startswith("vt"))
    slots_ok = sum(sum(map(slot_agrees, v, got.get(k, []))) for k, v in native.items() if k.startswith("vt"))
    print("vtables: %d/%d probes, %d/%d slots; upcasts: %d/%d; drop glue: %d/%d; IR/run mismatches: %d" % (
        counts["vt agree"], counts["vt agree"] + counts["vt disagree"], slots_ok, slots,
        counts["up agree"], counts["up agree"] + counts["up disagree"],
        counts["nd agree"], counts["nd agree"] + counts["nd disagree"], len(mismatch)))
    bad = sum(v for k, v in counts.items() if k.endswith("disagree")) + len(mismatch)
    return 0 if bad == 0 and counts else 1


if __name__ == "__main__":
    sys.exit(main())
