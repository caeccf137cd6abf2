#!/bin/sh
# run_oracle.sh MIRAGE TARGET WORK_DIR
# The layout oracle for one target: generates the probe, asks rustc for its layouts (x86_64:
# the probe compiled natively and run; other targets: -Zprint-type-sizes against Mirage's
# rustc-sysroot, nothing runs) and compares them with the layouts `mirage layout-probe` computes
# from Mirage's own program database (the sysroot's MIR and items, the probe's). Exit 77 (skip)
# without rustc or without the target's sysroot.
set -eu
mirage=$1 target=$2 work=$3/$2
here=$(cd "$(dirname "$0")" && pwd)
rustc=${MIRAGE_RUSTC:-/usr/bin/rustc}
[ -x "$rustc" ] || { echo "no rustc at $rustc: skipped"; exit 77; }
version=$("$rustc" -vV | sed -n 's/^release: //p')
hash=$("$rustc" -vV | sed -n 's/^commit-hash: //p' | cut -c1-12)
home=${MIRAGE_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/mirage}
sysroot="$home/$version-$hash/$target/rustc-sysroot"
# A sysroot counts once its stamp exists (an interrupted set-up leaves a partial directory).
[ -f "$(dirname "$sysroot")/sysroot.stamp" ] || { echo "no sysroot for $target at $(dirname "$sysroot") (mirage setup --target $target): skipped"; exit 77; }
mkdir -p "$work"
python3 "$here/gen_probe.py" "$work"
stamp=$(md5sum < "$work/probe.rs" | cut -c1-16)
if [ "$target" = x86_64-unknown-linux-gnu ] && [ "$(uname -m)" = x86_64 ]; then
    out="$work/native-$stamp.txt"
    if [ ! -s "$out" ]; then
        RUSTC_BOOTSTRAP=1 "$rustc" -O -A warnings "$work/probe.rs" -o "$work/probe"
        "$work/probe" > "$out.tmp" && mv "$out.tmp" "$out"
    fi
    mode=native
else
    out="$work/pts-$stamp.txt"
    if [ ! -s "$out" ]; then
        RUSTC_BOOTSTRAP=1 "$rustc" --target "$target" --sysroot "$sysroot" -Zprint-type-sizes \
            --emit=metadata -A warnings -o "$work/probe.rmeta" "$work/probe.rs" > "$out.tmp"
        mv "$out.tmp" "$out"
    fi
    mode=pts
fi
status=0
"$mirage" layout-probe --target "$target" "$work/probe.rs" > "$work/mirage.txt" 2> "$work/mirage.err" || status=$?
if [ "$status" -ne 0 ]; then
    cat "$work/mirage.err"
    # A sysroot that is out of date (set up by an older mirage) is not this test's business.
    grep -q "is out of date\|is not set up" "$work/mirage.err" && { echo "skipped"; exit 77; }
    exit 1
fi
python3 "$here/compare.py" "$mode" "$work/probe.types" "$out" "$work/mirage.txt" --require-all
