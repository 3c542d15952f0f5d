#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (-DWEBHOOK_SANITIZE=ON) in
# build-asan/ and runs the whole test suite there.
#
#   scripts/sanitize.sh                 configure, build (JOBS=2), run ctest
#   scripts/sanitize.sh -R journal      extra arguments go to ctest (here: only matching tests)
#
# Any sanitizer report fails the test that produced it (halt_on_error / exitcode), and the script
# ends with a list of reports found in the test output (build-asan/sanitize.log).
# Leaks inside Qt, fontconfig, D-Bus and GLib (process-lifetime caches) are suppressed in
# tests/sanitizer/lsan.supp; leaks in project code are reported.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ASAN_BUILD_DIR:-$here/build-asan}
jobs=${JOBS:-2}

cmake -S "$here" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DWEBHOOK_SANITIZE=ON >/dev/null
cmake --build "$build" --parallel "$jobs"

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/sanitizer/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$here/tests/sanitizer/ubsan.supp}

log=$build/sanitize.log
cd "$build"
set +e
ctest --output-on-failure --timeout 900 -j"$jobs" "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e

echo
echo "== sanitizer reports in the test output"
if grep -nE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log"; then
  echo "sanitize.sh: sanitizer findings above (details in $log)" >&2
  [ "$rc" -eq 0 ] && rc=1
else
  echo "none"
fi
exit "$rc"
