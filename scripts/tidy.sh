#!/usr/bin/env bash
# Runs the checks of .clang-tidy (clang-tidy 14 on Debian 12) over the product code: every .cpp
# under app/, models/, ui/ and sandbox/, with the flags of a configured build's
# compile_commands.json. Exits non-zero when any check reports (the checks are errors).
#   scripts/tidy.sh            uses build/ (configured by scripts/build.sh)
#   BUILD_DIR=dir scripts/tidy.sh
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${BUILD_DIR:-$here/build}
command -v run-clang-tidy >/dev/null 2>&1 || { echo "tidy.sh: run-clang-tidy is missing (apt-get install clang-tidy)" >&2; exit 2; }
[ -f "$build/compile_commands.json" ] || { echo "tidy.sh: no $build/compile_commands.json (run scripts/build.sh first)" >&2; exit 2; }
log=$(mktemp)
trap 'rm -f "$log"' EXIT
rc=0
run-clang-tidy -quiet -p "$build" -j "$(nproc)" "^$here/(app|models|ui|sandbox)/.*\.cpp$" >"$log" 2>&1 || rc=$?
# Only the findings: drop run-clang-tidy's per-file command lines and counters.
sed 's/\x1b\[[0-9;]*m//g' "$log" \
  | grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.|^Suppressed [0-9]+ warnings|^Use -header-filter|^clang-tidy(-14)? ' \
  || true
[ "$rc" -eq 0 ] && echo "tidy.sh: no findings"
exit "$rc"
