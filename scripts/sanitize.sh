#!/usr/bin/env bash
# Builds everything with AddressSanitizer + UndefinedBehaviorSanitizer (-DWEBHOOK_SANITIZE=ON) in
# build-asan/ and runs the whole test suite there. Part of scripts/test.sh (CI).
#
#   scripts/sanitize.sh                 configure, build (JOBS=2), run ctest
#   scripts/sanitize.sh -R journal      extra arguments go to ctest (here: only matching tests)
#
# Every process of the run writes its ASan/LSan reports to build-asan/sanitizer-reports/ (log_path):
# the tests and also the programs they start as children (webhookctl, webhook-sandbox,
# webhook-console), whose stderr a passing test might otherwise swallow. UBSan (gcc's runtime
# ignores log_path for it) prints to stderr and ends the process at the first report
# (-fno-sanitize-recover), which fails the test or the child's exit code the test checks. The
# script fails when a test failed or any report was written, and prints the reports at the end
# (the ctest output is in build-asan/sanitize.log).
# Leaks inside fontconfig, D-Bus, GLib, libsecret and OpenSSL (libraries outside the project) are suppressed in
# tests/sanitizer/lsan.supp; leaks in project code are reported.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${ASAN_BUILD_DIR:-$here/build-asan}
jobs=${JOBS:-2}
# ctest's time-out for tests that set none (webhook_add_tests sets its own, see tests/CMakeLists.txt).
timeout=${ASAN_TEST_TIMEOUT:-1200}

(cd "$here" && cmake --preset asan -B "$build" >/dev/null)  # build settings: CMakePresets.json
cmake --build "$build" --parallel "$jobs"

reports=$build/sanitizer-reports
rm -rf "$reports"
mkdir -p "$reports"
asan_defaults=detect_leaks=1:detect_stack_use_after_return=1:strict_init_order=1:check_initialization_order=1
export ASAN_OPTIONS="${ASAN_OPTIONS:-$asan_defaults}:log_path=$reports/asan"
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/sanitizer/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1:suppressions=$here/tests/sanitizer/ubsan.supp}

log=$build/sanitize.log
cd "$build"
set +e
ctest --output-on-failure --no-tests=error --timeout "$timeout" -j"$jobs" "$@" 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
set -e

echo
echo "== sanitizer reports (every process of the run; files in $reports)"
found=0
for f in "$reports"/*; do
  [ -e "$f" ] || continue
  # A file per process that reported; the first lines name the error, the rest is the stack.
  found=$((found + 1))
  echo "-- $(basename "$f")"
  head -n 60 "$f"
done
if grep -nE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log" >/dev/null; then
  # UBSan reports, and ASan reports of a process that prints its own (log_path=stderr on purpose).
  grep -nE 'ERROR: (AddressSanitizer|LeakSanitizer)|runtime error:' "$log"
  found=$((found + 1))
fi
if [ "$found" -gt 0 ]; then
  echo "sanitize.sh: $found sanitizer report(s) above" >&2
  [ "$rc" -eq 0 ] && rc=1
else
  echo "none"
fi
exit "$rc"
