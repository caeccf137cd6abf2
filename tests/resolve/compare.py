#!/usr/bin/env python3
"""The resolution corpus check: for each program, the body Mirage resolves at every call site of
its non-generic fns must be the body rustc calls natively (oracle.py).

usage: compare.py [--verbose] [--min-sites N] MIRAGE FILE.rs...

Sites are keyed by LINE:COL; several calls at one location are matched as multisets. A Mirage
site is counted as: agree (same body), disagree (the oracle calls something else there),
unresolved (Mirage could not resolve it), or unmatched (the oracle has no call there; listed,
not counted). Exits 0 only when every counted site agrees and there are at least N of them.
"""
import collections
import os
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def parse(text):
    sites = collections.defaultdict(list)
    for line in text.splitlines():
        if "\t" not in line:
            continue
        loc, what = line.split("\t", 1)
        sites[loc].append(what)
    return sites


def main():
    args = sys.argv[1:]
    verbose = False
    min_sites = 0
    while args and args[0].startswith("--"):
        if args[0] == "--verbose":
            verbose, args = True, args[1:]
        elif args[0] == "--min-sites":
            min_sites, args = int(args[1]), args[2:]
        else:
            sys.exit("unknown option " + args[0])
    if len(args) < 2:
        sys.exit(__doc__)
    mirage, files = args[0], args[1:]
    totals = collections.Counter()
    for f in files:
        oracle = subprocess.run([sys.executable, os.path.join(HERE, "oracle.py"), "--run", f],
                                capture_output=True, text=True)
        if oracle.returncode != 0:
            print("%s: oracle failed:\n%s" % (f, oracle.stderr))
            totals["failed"] += 1
            continue
        mine = subprocess.run([mirage, "resolve-calls", f], capture_output=True, text=True)
        if mine.returncode != 0:
            print("%s: mirage resolve-calls failed:\n%s" % (f, mine.stderr))
            totals["failed"] += 1
            continue
        want, got = parse(oracle.stdout), parse(mine.stdout)
        counts = collections.Counter()
        for loc in sorted(got, key=lambda l: tuple(int(x) for x in l.split(":"))):
            pool = list(want.get(loc, []))
            rest = []
            for what in got[loc]:
                if what in pool:
                    pool.remove(what)
                    counts["agree"] += 1
                    if verbose:
                        print("  agree      %s:%s  %s" % (os.path.basename(f), loc, what))
                else:
                    rest.append(what)
            for what in rest:
                if what.startswith("unresolved"):
                    counts["unresolved"] += 1
                    print("  unresolved %s:%s  %s" % (os.path.basename(f), loc, what))
                elif not want.get(loc):
                    counts["unmatched"] += 1
                    print("  unmatched  %s:%s  mirage %s (the oracle has no call there)"
                          % (os.path.basename(f), loc, what))
                elif pool:
                    counts["disagree"] += 1
                    print("  disagree   %s:%s\n      mirage %s\n      rustc  %s"
                          % (os.path.basename(f), loc, what, " | ".join(pool)))
                else:
                    counts["unmatched"] += 1
                    print("  unmatched  %s:%s  mirage %s (extra call)" % (os.path.basename(f), loc, what))
        counted = counts["agree"] + counts["disagree"] + counts["unresolved"]
        print("%s: %d sites: agree=%d disagree=%d unresolved=%d (unmatched=%d)"
              % (os.path.basename(f), counted, counts["agree"], counts["disagree"],
                 counts["unresolved"], counts["unmatched"]))
        totals.update(counts)
    counted = totals["agree"] + totals["disagree"] + totals["unresolved"]
    pct = 100.0 * totals["agree"] / counted if counted else 0.0
    print("total: %d sites: agree=%d (%.1f%%) disagree=%d unresolved=%d unmatched=%d failed=%d"
          % (counted, totals["agree"], pct, totals["disagree"], totals["unresolved"],
             totals["unmatched"], totals["failed"]))
    ok = totals["failed"] == 0 and counted >= min_sites and totals["agree"] == counted
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
