#!/usr/bin/env bash
# The README's test command (and CI's, through .ci/run): installs what is needed, builds, and runs
# every test:
#   1. build/        the normal build and the whole test suite (ctest)
#   2. build-asan/   the whole test suite again under AddressSanitizer + UBSan   (scripts/sanitize.sh)
#   3. build-fuzz/   each libFuzzer target for FUZZ_TIME seconds (default 15), seeded from
#                    tests/fuzz/corpus                                            (scripts/fuzz.sh)
#   4. clang-tidy    the product code passes .clang-tidy's checks               (scripts/tidy.sh)
#   and in both modes: every C++ file matches .clang-format            (scripts/format.sh --check)
#
#   scripts/test.sh            all of it (CI)
#   scripts/test.sh --quick    step 1 and the format check (also: WEBHOOK_TEST_QUICK=1), for
#                              day-to-day work
#
# A failing step does not stop the later ones (unless a build fails); the script ends with a
# summary and exits non-zero when any step failed: a test failure, a sanitizer report or a fuzzer
# finding fails CI.
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
quick=${WEBHOOK_TEST_QUICK:-0}
for arg in "$@"; do
  case "$arg" in
    --quick) quick=1 ;;
    -h|--help) sed -n '2,17p' "$0"; exit 0 ;;
    *) echo "test.sh: unknown argument $arg (see --help)" >&2; exit 2 ;;
  esac
done

"$here/scripts/install-deps.sh"
build=${BUILD_DIR:-$here/build}
BUILD_DIR=$build "$here/scripts/build.sh"

declare -a summary=()
failed=0
step() {  # step NAME COMMAND...: runs a step, records its result and time
  local name=$1 start rc
  shift
  start=$(date +%s)
  echo
  echo "==== test.sh: $name"
  set +e
  "$@"
  rc=$?
  set -e
  summary+=("$(printf '%-44s %s (%ds)' "$name" "$([ "$rc" -eq 0 ] && echo passed || echo "FAILED (exit $rc)")" $(($(date +%s) - start)))")
  [ "$rc" -eq 0 ] || failed=1
}

step "tests (build/)" bash -c "cd '$build' && ctest --output-on-failure --no-tests=error --timeout 600 -j2"
step "format (.clang-format)" "$here/scripts/format.sh" --check
if [ "$quick" != 1 ]; then
  step "tests under ASan+UBSan (build-asan/)" "$here/scripts/sanitize.sh"
  step "fuzzing, ${FUZZ_TIME:-15} s per target (build-fuzz/)" env FUZZ_TIME="${FUZZ_TIME:-15}" "$here/scripts/fuzz.sh"
  step "clang-tidy (.clang-tidy, build/)" env BUILD_DIR="$build" "$here/scripts/tidy.sh"
fi

echo
echo "==== test.sh summary"
printf '%s\n' "${summary[@]}"
[ "$quick" = 1 ] && echo "(--quick: sanitizers, fuzzing and clang-tidy skipped)"
exit "$failed"
