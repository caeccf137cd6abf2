#!/usr/bin/env bash
# The resolution corpus (ctest `resolve_corpus`). Usage: run.sh MIRAGE REPO_ROOT
# For every call site of the corpus programs' non-generic fns, the body `mirage resolve-calls`
# resolves must be the one rustc calls natively (oracle.py regenerates that from rustc's own
# LLVM IR every run). Passes only at 100% agreement on >= 200 sites. Exits 77 (skipped) when
# the host sysroot is not set up or c++filt is missing.
set -uo pipefail
mirage="$1"
root="$2"

source "$root/scripts/deps.sh"
rustc="${MIRAGE_RUSTC:-/usr/bin/rustc}"
if [ ! -x "$rustc" ] || ! command -v c++filt >/dev/null || ! command -v python3 >/dev/null; then
  echo "SKIP: needs $rustc, c++filt (binutils) and python3"
  exit 77
fi
sysroot="$(mirage_sysroot_dir)"
if [ ! -f "$sysroot/mir2.cache" ]; then
  echo "SKIP: the host sysroot is not set up ($sysroot/mir2.cache missing); run \`mirage setup\`"
  exit 77
fi
exec python3 "$root/tests/resolve/compare.py" --min-sites 200 "$mirage" "$root"/tests/resolve/*.rs
