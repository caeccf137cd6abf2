#!/usr/bin/env bash
# End-to-end checks of `mirage run`. Usage: run_cli.sh MIRAGE REPO_ROOT
# Exits 77 (ctest SKIP_RETURN_CODE) when the host sysroot is not set up: `mirage run` would
# otherwise spend minutes building it.
set -uo pipefail
mirage="$1"
root="$2"

source "$root/scripts/deps.sh"
rustc="${MIRAGE_RUSTC:-/usr/bin/rustc}"
if [ ! -x "$rustc" ]; then
  echo "SKIP: no rustc at $rustc"
  exit 77
fi
sysroot="$(mirage_sysroot_dir)"
if [ ! -f "$sysroot/mir2.cache" ]; then
  echo "SKIP: the host sysroot is not set up ($sysroot/mir2.cache missing); run \`mirage setup\`"
  exit 77
fi

failures=0
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT

# run NAME EXPECTED_STATUS ARGS...: runs mirage, keeps its output in $tmp/NAME.{out,err}.
run() {
  local name="$1" want="$2"
  shift 2
  local status=0
  "$mirage" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err" </dev/null || status=$?
  last_status=$status
  if [ -n "$want" ] && [ "$status" -ne "$want" ]; then
    fail "$name: exit status $status, expected $want"
  fi
}
fail() {
  echo "FAIL: $*"
  for f in "$tmp"/*.out "$tmp"/*.err; do
    [ -s "$f" ] && { echo "--- $(basename "$f")"; head -40 "$f"; }
  done
  failures=$((failures + 1))
}
expect_in() { # FILE TEXT WHAT
  grep -qF -- "$2" "$1" || fail "$3: \`$2\` not found in $(basename "$1")"
}

# 1. A type error: rustc's diagnostic reaches the user and rustc's status (1) is ours.
run type_error 1 run "$root/tests/e2e/type_error.rs"
expect_in "$tmp/type_error.err" "error[E0308]: mismatched types" "type_error"
expect_in "$tmp/type_error.err" "type_error.rs:3:" "type_error"
echo "ok: type error shows rustc's error and exits with status $last_status"

# 2. A correct program runs from std's lang_start to exit: its output and status are its own.
run hello 0 run "$root/tests/pass/hello.rs"
expect_in "$tmp/hello.out" "Hello from Mirage!" "hello"
expect_in "$tmp/hello.out" "Hello from MIR!" "hello"
echo "ok: tests/pass/hello.rs (status $last_status)"

# 2b. `--stats` reports the interpretation on its own line.
run stats 0 run --stats "$root/tests/pass/hello.rs"
expect_in "$tmp/stats.err" "mirage-stats: compile_seconds=" "stats"
expect_in "$tmp/stats.err" " statements=" "stats"
echo "ok: --stats"

# 2c. A foreign function without a shim stops the run with a clear report, never a crash.
run unknown_foreign 1 run "$root/tests/e2e/unknown_foreign.rs"
expect_in "$tmp/unknown_foreign.out" "before" "unknown_foreign"
expect_in "$tmp/unknown_foreign.err" "error: unsupported operation: can't call foreign function \`mirage_no_such_fn\`" "unknown_foreign"
expect_in "$tmp/unknown_foreign.err" "unknown_foreign.rs:7:" "unknown_foreign"
echo "ok: an unknown foreign function is an unsupported operation (status $last_status)"

# 2d. Determinism: the same seed gives the same run byte for byte; another seed moves the
# base addresses and std's hash keys (-Zmiri-seed, as in Miri).
MIRIFLAGS=-Zmiri-seed=1 run seed1 0 run "$root/tests/e2e/seeded_addresses.rs"
MIRIFLAGS=-Zmiri-seed=1 run seed1_again 0 run "$root/tests/e2e/seeded_addresses.rs"
MIRIFLAGS=-Zmiri-seed=2 run seed2 0 run "$root/tests/e2e/seeded_addresses.rs"
cmp -s "$tmp/seed1.out" "$tmp/seed1_again.out" || fail "seed: two runs with -Zmiri-seed=1 differ"
cmp -s "$tmp/seed1.err" "$tmp/seed1_again.err" || fail "seed: two runs with -Zmiri-seed=1 differ on stderr"
# The addresses themselves (the first two fields) move, not only the hash order.
[ "$(cut -d' ' -f1,2 "$tmp/seed1.out")" = "$(cut -d' ' -f1,2 "$tmp/seed2.out")" ] &&
  fail "seed: -Zmiri-seed=1 and =2 print the same addresses"
[ -s "$tmp/seed1.out" ] || fail "seed: no output"
echo "ok: -Zmiri-seed: same seed, same run; another seed, other addresses"

# 2d'. --many-seeds (-Zmiri-many-seeds): one compile, one run per seed, each announced with
# `Trying seed: N`; a program that is fine under every seed exits 0, one whose UB depends on the
# seed stops at the first failing seed, named by `FAILING SEED: N`, with that run's status.
run many_ok 0 run --many-seeds=0..3 "$root/tests/e2e/seeded_addresses.rs"
[ "$(grep -c '^Trying seed: ' "$tmp/many_ok.err")" -eq 3 ] || fail "many-seeds: not 3 runs"
[ "$(cut -d' ' -f1 "$tmp/many_ok.out" | sort -u | wc -l)" -eq 3 ] || fail "many-seeds: the runs share addresses"
expect_in "$tmp/many_ok.out" "$(cat "$tmp/seed1.out")" "many-seeds (seed 1 as with -Zmiri-seed=1)"
grep -q 'FAILING SEED' "$tmp/many_ok.err" && fail "many-seeds: a correct program failed"
run many_bad 1 run --many-seeds=0..16 "$root/tests/e2e/seed_dependent_alignment.rs"
bad_seed="$(sed -n 's/^FAILING SEED: \([0-9]*\)$/\1/p' "$tmp/many_bad.err")"
if [ -z "$bad_seed" ]; then
  fail "many-seeds: no failing seed found in 0..16"
else
  expect_in "$tmp/many_bad.err" "but alignment 4 is required" "many-seeds"
  [ "$(grep '^Trying seed: ' "$tmp/many_bad.err" | tail -1)" = "Trying seed: $bad_seed" ] ||
    fail "many-seeds: went on after the failing seed $bad_seed"
  MIRIFLAGS="-Zmiri-seed=$bad_seed" run bad_seed 1 run "$root/tests/e2e/seed_dependent_alignment.rs"
  expect_in "$tmp/bad_seed.err" "but alignment 4 is required" "many-seeds (rerun of seed $bad_seed)"
  MIRIFLAGS="-Zmiri-many-seeds=0..16 -Zmiri-many-seeds-keep-going" run many_all 1 run \
    "$root/tests/e2e/seed_dependent_alignment.rs"
  expect_in "$tmp/many_all.err" "Trying seed: 15" "many-seeds-keep-going"
  grep -q '^[0-9]*/16 SEEDS FAILED$' "$tmp/many_all.err" || fail "many-seeds-keep-going: no \`F/16 SEEDS FAILED\`"
  echo "ok: --many-seeds finds the failing seed $bad_seed; -Zmiri-seed=$bad_seed reproduces it"
fi
MIRIFLAGS="-Zmiri-seed=1 -Zmiri-many-seeds" run seed_conflict 1 run "$root/tests/e2e/seeded_addresses.rs"
expect_in "$tmp/seed_conflict.err" "Only one of \`-Zmiri-seed\` and \`-Zmiri-many-seeds\` can be set" "seed conflict"
echo "ok: -Zmiri-seed and -Zmiri-many-seeds together are a usage error"

# 2e. -Zmiri-track-alloc-id=N: notes where allocation N is made and freed; the run goes on to
# the UB report of the freed buffer (examples/dangling.rs).
run dangling 1 run "$root/examples/dangling.rs"
dangling_id="$(sed -n 's/^error: .*alloc\([0-9]*\) has been freed.*/\1/p' "$tmp/dangling.err")"
if [ -z "$dangling_id" ]; then
  fail "dangling: no \`allocN has been freed\` report"
else
  MIRIFLAGS="-Zmiri-track-alloc-id=$dangling_id" run tracked 1 run "$root/examples/dangling.rs"
  expect_in "$tmp/tracked.err" "created Rust heap allocation of 12 bytes (alignment 4 bytes) with id $dangling_id" "track-alloc-id"
  expect_in "$tmp/tracked.err" "freed allocation with id $dangling_id" "track-alloc-id"
  expect_in "$tmp/tracked.err" "note: inside \`main\`" "track-alloc-id"
  expect_in "$tmp/tracked.err" "--> $root/examples/dangling.rs:7:5" "track-alloc-id"
  # The UB report says where the buffer was allocated and freed (Miri's allocation notes).
  expect_in "$tmp/tracked.err" "help: alloc$dangling_id was deallocated here:" "track-alloc-id"
  echo "ok: -Zmiri-track-alloc-id=$dangling_id shows where the buffer was made and freed"
fi

# 3. Usage errors: a missing file is reported, not a crash.
run missing "" run "$tmp/does-not-exist.rs"
if [ "$last_status" -eq 0 ] || [ "$last_status" -ge 128 ]; then
  fail "missing file: exit status $last_status"
fi
expect_in "$tmp/missing.err" "does-not-exist.rs" "missing file"
echo "ok: a missing file is an error (status $last_status)"

if [ "$failures" -ne 0 ]; then
  echo "$failures check(s) failed"
  exit 1
fi
echo "all e2e checks passed"
