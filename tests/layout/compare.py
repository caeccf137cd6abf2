#!/usr/bin/env python3
"""Compares Mirage's layouts with rustc's.

  compare.py native PROBE.types NATIVE.txt MIRAGE.txt
      NATIVE.txt: the natively compiled probe's output (size, align, offset_of!, value bytes)
  compare.py pts PROBE.types PTS.txt MIRAGE.txt
      PTS.txt: rustc -Zprint-type-sizes output for the probe, for a target that cannot run here

MIRAGE.txt has one line per type: `ID size=S align=A fV.I=OFF... [tag=OFF:SIZE direct|niche vK=HEX|-...]`
or `ID error: MESSAGE`. Exit status 0 when every type Mirage describes agrees (and, with
--require-all, when no type failed). Prints each disagreement with the type's Rust text.
"""
import re
import sys


def parse_line(line):
    parts = line.split()
    d = {"id": parts[0]}
    if len(parts) > 1 and parts[1] == "error:":
        d["error"] = " ".join(parts[2:])
        return d
    for p in parts[1:]:
        if "=" in p:
            k, v = p.split("=", 1)
            d[k] = v
        else:
            d[p] = True
    return d


def load(path):
    out = {}
    with open(path) as f:
        for line in f:
            line = line.strip()
            if line:
                d = parse_line(line)
                out[d["id"]] = d
    return out


def load_types(path):
    types = {}
    with open(path) as f:
        for line in f:
            tid, origin, rs = line.rstrip("\n").split(" ", 2)
            types[tid] = (origin, rs)
    return types


def compare_native(n, m):
    """Returns a list of disagreements between native facts n and Mirage's m."""
    bad = []
    for k in ("size", "align"):
        if n.get(k) != m.get(k):
            bad.append("%s: rustc %s, mirage %s" % (k, n.get(k), m.get(k)))
    for k, v in n.items():
        if k.startswith("f") and "." in k and k[1:].replace(".", "").isdigit():
            if m.get(k) != v:
                bad.append("offset %s: rustc %s, mirage %s" % (k, v, m.get(k)))
    if "tag" in m:
        off, size = (int(x) for x in m["tag"].split(":"))
        for k, v in n.items():
            if not (k.startswith("b") and k[1:].isdigit()):
                continue
            exp = m.get("v" + k[1:])
            if exp is None:
                bad.append("no tag value for variant %s" % k[1:])
            elif exp != "-":
                got = v[2 * off:2 * (off + size)]
                if got != exp:
                    bad.append("tag of variant %s: rustc bytes %s, mirage %s" % (k[1:], got, exp))
    return bad


def parse_pts_entries(path):
    """All print-type-size entries: name -> {size, align, discr, variants: {name: {field: offset}}}."""
    entries = {}
    cur = None
    variant = None
    min_offset = 0
    with open(path) as f:
        for line in f:
            line = line.rstrip("\n")
            m = re.match(r"print-type-size type: `(.*)`: (\d+) bytes, alignment: (\d+) bytes$", line)
            if m:
                cur = {"size": m.group(2), "align": m.group(3), "discr": None, "variants": {}}
                entries[m.group(1)] = cur
                variant = cur["variants"].setdefault("", {})
                min_offset = 0
                continue
            if cur is None:
                continue
            body = line[len("print-type-size"):].strip()
            m = re.match(r"discriminant: (\d+) bytes", body)
            if m:
                cur["discr"] = m.group(1)
                min_offset = int(m.group(1))
                continue
            m = re.match(r"variant `(.*)`: \d+ bytes", body)
            if m:
                variant = cur["variants"].setdefault(m.group(1), {})
                min_offset = int(cur["discr"] or 0)
                continue
            m = re.match(r"padding: (\d+) bytes", body)
            if m:
                min_offset += int(m.group(1))
                continue
            m = re.match(r"field `\.(.*?)`: (\d+) bytes(?:, offset: (\d+) bytes)?", body)
            if m:
                off = int(m.group(3)) if m.group(3) else min_offset
                variant[m.group(1)] = off
                min_offset = off + int(m.group(2))
    return entries


def parse_pts(path, fields_path):
    """Per probe id: size and alignment (from the wrapper W<i>), and for user ADTs the field
    offsets and discriminant size from the type's own entry."""
    entries = parse_pts_entries(path)
    out = {}
    for name, e in entries.items():
        m = re.match(r"(?:main::)?W(\d+)$", name)
        if m:
            out["t" + m.group(1)] = {"size": e["size"], "align": e["align"]}
    names = {}
    fields = {}
    with open(fields_path) as f:
        for line in f:
            parts = line.split()
            if parts[1] == "name":
                names[parts[0]] = " ".join(parts[2:])
            else:
                fields.setdefault(parts[0], []).append((parts[2], parts[3], parts[4]))
    for tid, name in names.items():
        e = entries.get(name)
        if e is None or tid not in out:
            continue
        out[tid]["discr"] = e["discr"]
        single = len(e["variants"]) == 1 and "" in e["variants"]
        for label, vname, fname in fields.get(tid, []):
            v = e["variants"].get("" if single and "" in e["variants"] and not e["variants"].get(vname) else vname)
            if v is None:
                v = e["variants"].get(vname)
            if v is not None and fname in v:
                out[tid]["f" + label] = str(v[fname])
    return out


def compare_pts(n, m):
    bad = ["%s: rustc %s, mirage %s" % (k, n[k], m.get(k)) for k in ("size", "align") if n[k] != m.get(k)]
    for k, v in n.items():
        if k.startswith("f") and m.get(k) != v:
            bad.append("offset %s: rustc %s, mirage %s" % (k, v, m.get(k)))
    if "discr" in n:
        mine = m["tag"].split(":")[1] if "direct" in m else None
        if n["discr"] != mine:
            bad.append("discriminant size: rustc %s, mirage %s" % (n["discr"], mine))
    return bad


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    require_all = "--require-all" in sys.argv
    mode, types_path, rustc_path, mirage_path = args
    types = load_types(types_path)
    mir = load(mirage_path)
    rustc = load(rustc_path) if mode == "native" else parse_pts(rustc_path, types_path.replace(".types", ".fields"))
    agree = {"std": 0, "user": 0}
    total = {"std": 0, "user": 0}
    disagreements = 0
    errors = 0
    for tid, m in mir.items():
        origin, rs = types.get(tid, ("?", "?"))
        total[origin] = total.get(origin, 0) + 1
        if "error" in m:
            errors += 1
            print("ERROR %s `%s`: %s" % (tid, rs, m["error"]))
            continue
        n = rustc.get(tid)
        if n is None:
            errors += 1
            print("MISSING %s `%s`: rustc reported nothing" % (tid, rs))
            continue
        bad = compare_native(n, m) if mode == "native" else compare_pts(n, m)
        if bad:
            disagreements += 1
            print("DIFF %s `%s`: %s" % (tid, rs, "; ".join(bad)))
        else:
            agree[origin] = agree.get(origin, 0) + 1
    n_all = sum(total.values())
    n_ok = sum(agree.values())
    print("agreement: %d/%d types (std %d/%d, user %d/%d), %d disagree, %d not computed; rustc probed %d"
          % (n_ok, n_all, agree.get("std", 0), total.get("std", 0), agree.get("user", 0),
             total.get("user", 0), disagreements, errors, len(rustc)))
    ok = disagreements == 0 and (errors == 0 or not require_all)
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
