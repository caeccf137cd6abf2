#!/usr/bin/env bash
# Fuzzes the MIR parser with libFuzzer: scripts/fuzz.sh [SECONDS] [EXTRA LIBFUZZER FLAGS...]
# Builds build-fuzz/ with clang (-DMIRAGE_FUZZ=ON), copies the checked-in seed corpus
# (tests/fuzz/corpus/) to build-fuzz/corpus/ so the run's new inputs stay out of the tree, and
# runs fuzz_mir_parser for SECONDS (default 60). Crashes, leaks and hangs are written to
# build-fuzz/artifacts/; reproduce one with `build-fuzz/tests/fuzz/fuzz_mir_parser FILE`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/deps.sh"
cd "$mirage_root"

seconds="${1:-60}"
shift || true

mirage_ensure_deps
# Only the fuzz target: the rest of the tree is built and tested with g++ by test.sh.
MIRAGE_BUILD_TARGETS=fuzz_mir_parser mirage_build build-fuzz -DCMAKE_CXX_COMPILER=clang++ -DMIRAGE_FUZZ=ON \
  -DMIRAGE_TESTS=OFF -DMIRAGE_BENCH=OFF

corpus=build-fuzz/corpus
artifacts=build-fuzz/artifacts
mkdir -p "$corpus" "$artifacts"
cp -n tests/fuzz/corpus/* "$corpus"/ 2>/dev/null || true

mirage_log "fuzzing the MIR parser for ${seconds}s (corpus $corpus, artifacts $artifacts/)"
status=0
build-fuzz/tests/fuzz/fuzz_mir_parser "$corpus" \
  -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 \
  -print_final_stats=1 -artifact_prefix="$artifacts/" "$@" || status=$?
if [ "$status" -ne 0 ]; then
  echo "fuzz: the fuzzer stopped with status $status; inputs in $artifacts/:" >&2
  ls -l "$artifacts" >&2
fi
exit "$status"
