#!/usr/bin/env bash
# The README's second command, and what CI runs (.ci/run):
#   * installs missing Debian packages (as setup.sh does),
#   * builds build/ and a sanitizer build build-asan/ (ASan + UBSan),
#   * sets up the sysroots of the host and of the extra targets (no-ops when done),
#   * runs ctest in both build trees: unit tests, e2e, and (release build only) the layout
#     oracle on every target and the call-resolution corpus,
#   * parses the host sysroot with a print/parse round trip of every body: failed=0 roundtrip_differ=0,
#   * parses the sysroots of i686, aarch64 and s390x: failed=0,
#   * prints a summary table.
# Environment: MIRAGE_JOBS (build jobs, default nproc), MIRAGE_TEST_TARGETS (the extra targets,
# space-separated; default the three above).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/deps.sh"
cd "$mirage_root"

extra_targets="${MIRAGE_TEST_TARGETS-i686-unknown-linux-gnu aarch64-unknown-linux-gnu s390x-unknown-linux-gnu}"
logs="$mirage_root/build/test-logs"

declare -a sum_step sum_result sum_detail sum_secs
passed=0
failed=0
record() { # STEP RESULT DETAIL SECONDS
  sum_step+=("$1")
  sum_result+=("$2")
  sum_detail+=("$3")
  sum_secs+=("$4")
  if [ "$2" = PASS ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}
now() { date +%s; }

print_summary() {
  echo
  echo "================================ summary ================================"
  printf '%-44s %-6s %6s  %s\n' STEP RESULT SECS DETAIL
  local i
  for i in "${!sum_step[@]}"; do
    printf '%-44s %-6s %6s  %s\n' "${sum_step[$i]}" "${sum_result[$i]}" "${sum_secs[$i]}" "${sum_detail[$i]}"
  done
  echo "========================================================================="
  echo "summary: $passed passed, $failed failed"
}

# Build steps: a failure stops the script (nothing after them can run).
step_build() { # NAME DIR CMAKE ARGS...
  local name="$1" dir="$2" t0
  shift 2
  t0=$(now)
  if mirage_build "$dir" "$@"; then
    record "$name" PASS "" $(($(now) - t0))
  else
    record "$name" FAIL "build failed" $(($(now) - t0))
    print_summary
    exit 1
  fi
}

# ctest in DIR; the detail is ctest's own count line.
step_ctest() { # NAME DIR [CTEST ARGS...]
  local name="$1" dir="$2" t0 status=0 line
  shift 2
  t0=$(now)
  mirage_log "ctest in $dir $*"
  (cd "$dir" && ctest --output-on-failure "$@") 2>&1 | tee "$logs/ctest-$(basename "$dir").log" || status=$?
  line="$(grep -E 'tests passed|tests failed' "$logs/ctest-$(basename "$dir").log" | tail -1 || true)"
  if [ "$status" -eq 0 ]; then
    record "$name" PASS "$line" $(($(now) - t0))
  else
    record "$name" FAIL "${line:-ctest exited $status}" $(($(now) - t0))
  fi
}

# `mirage setup [--target T]` (a no-op when the sysroot and its cache are up to date).
step_setup() { # [TARGET]
  local target="${1:-}" t0 args=()
  [ -n "$target" ] && args=(--target "$target")
  t0=$(now)
  mirage_log "build/mirage setup ${args[*]}"
  if build/mirage setup "${args[@]}"; then
    record "setup ${target:-host}" PASS "" $(($(now) - t0))
  else
    record "setup ${target:-host}" FAIL "mirage setup failed" $(($(now) - t0))
  fi
}

# `mirage sysroot-stats`: requires failed=0 (and roundtrip_differ=0 with --roundtrip).
step_stats() { # TARGET|"" [--roundtrip]
  local target="$1" roundtrip="${2:-}" t0 status=0 total log ok=1 args=()
  [ -n "$target" ] && args=(--target "$target")
  local label="${target:-host}"
  t0=$(now)
  log="$logs/sysroot-stats-$label.log"
  mirage_log "build/mirage sysroot-stats ${args[*]} $roundtrip"
  build/mirage sysroot-stats "${args[@]}" $roundtrip 2>&1 | tee "$log" || status=$?
  total="$(grep '^total:' "$log" | tail -1 || true)"
  [ "$status" -eq 0 ] || ok=0
  grep -q ' failed=0\b' <<<"$total" || ok=0
  # Every body maps to one item, every type a body names is defined (issue 3).
  grep -q ' unmapped=0 undefined=0\b' <<<"$total" || ok=0
  if [ -n "$roundtrip" ]; then grep -q ' roundtrip_differ=0\b' <<<"$total" || ok=0; fi
  local name="sysroot-stats $label${roundtrip:+ $roundtrip}"
  if [ "$ok" -eq 1 ]; then
    record "$name" PASS "${total#total: }" $(($(now) - t0))
  else
    record "$name" FAIL "${total:-exit status $status}" $(($(now) - t0))
  fi
}

mirage_ensure_deps
step_build "build build/" build
step_build "build build-asan/ (ASan+UBSan)" build-asan -DMIRAGE_SANITIZE=ON -DMIRAGE_BENCH=OFF
mkdir -p "$logs"

# Every sysroot first: the layout oracle (a ctest) runs on each target.
step_setup
for t in $extra_targets; do step_setup "$t"; done
step_ctest "ctest build/" build
# Under the sanitizers: the unit tests; the oracles, e2e runs and the golden corpus (whole-program runs of the release
# binary's job, minutes under ASan) run in build/ only.
step_ctest "ctest build-asan/" build-asan -E "layout_oracle|resolve_corpus|vtable_oracle|golden_|e2e_"
step_stats "" --roundtrip
for t in $extra_targets; do step_stats "$t"; done

print_summary
[ "$failed" -eq 0 ]
