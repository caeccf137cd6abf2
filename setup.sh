#!/usr/bin/env bash
# The README's first command: from a fresh clone to a set-up sysroot and a parsed sample.
#   1. installs the Debian packages that are missing (apt-get; sudo when not root),
#   2. builds build/ (RelWithDebInfo, Ninja),
#   3. runs `build/mirage setup` (the interpreted sysroot for the host and its cache),
#   4. runs `build/mirage run examples/dangling.rs`.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/scripts/deps.sh"
cd "$mirage_root"

mirage_ensure_deps
mirage_build build
mirage_log "setting up the interpreted sysroot (a few minutes the first time)"
build/mirage setup

mirage_log "build/mirage run examples/dangling.rs"
status=0
build/mirage run examples/dangling.rs || status=$?
case "$status" in
  0 | 1) ;; # 1: the report of the undefined behaviour (or of what stopped the run)
  *)
    echo "error: \`build/mirage run examples/dangling.rs\` failed with status $status" >&2
    exit "$status"
    ;;
esac
mirage_log "done: build/mirage is ready"
