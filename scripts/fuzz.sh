#!/usr/bin/env bash
# Builds the libFuzzer targets (tests/fuzz) with clang++ in build-fuzz/ and runs each for a bounded time.
#
#   scripts/fuzz.sh                      CI mode: every target for 20 s (FUZZ_TIME), seeds from tests/fuzz/corpus
#   scripts/fuzz.sh --time 600           a longer run (10 min per target)
#   scripts/fuzz.sh --time 3600 subscription sandbox_request    only these targets
#   scripts/fuzz.sh --update-corpus      afterwards, merge new coverage into tests/fuzz/corpus/<target>/
#
# Findings (crash-*, leak-*, timeout-*, oom-* inputs) land in build-fuzz/fuzz-work/<target>/; the
# script prints a table (executions, new corpus files, findings) and exits 1 when anything was found.
# Reproduce one with: build-fuzz/bin/fuzz_<target> build-fuzz/fuzz-work/<target>/crash-...
set -euo pipefail
here=$(cd "$(dirname "$0")/.." && pwd)
build=${FUZZ_BUILD_DIR:-$here/build-fuzz}
time_per_target=${FUZZ_TIME:-20}
jobs=${JOBS:-2}
update_corpus=0
targets=()
while [ $# -gt 0 ]; do
  case "$1" in
    --time) time_per_target=$2; shift 2 ;;
    --time=*) time_per_target=${1#--time=}; shift ;;
    --update-corpus) update_corpus=1; shift ;;
    -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
    -*) echo "fuzz.sh: unknown option $1" >&2; exit 2 ;;
    *) targets+=("$1"); shift ;;
  esac
done

if ! command -v clang++ >/dev/null 2>&1; then
  echo "fuzz.sh: clang++ is missing; running scripts/install-deps.sh (clang, libclang-rt-14-dev)" >&2
  "$here/scripts/install-deps.sh"
fi

(cd "$here" && cmake --preset fuzz -B "$build" >/dev/null)  # build settings: CMakePresets.json
cmake --build "$build" --target fuzzers --parallel "$jobs"

corpus_root=$here/tests/fuzz/corpus
if [ ${#targets[@]} -eq 0 ]; then
  for d in "$corpus_root"/*/; do targets+=("$(basename "$d")"); done
fi

work=$build/fuzz-work
mkdir -p "$work"
summary=$work/summary.md
{
  echo "| target | seconds | executions | exec/s | corpus (seeds -> after) | coverage (cov/ft) | findings |"
  echo "|---|---:|---:|---:|---|---|---:|"
} >"$summary"

# Leak checks stay on; Qt's process-lifetime allocations are covered by the suppression file.
export ASAN_OPTIONS=${ASAN_OPTIONS:-abort_on_error=0:detect_leaks=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$here/tests/sanitizer/lsan.supp:print_suppressions=0}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
export QT_QPA_PLATFORM=offscreen

failed=0
for t in "${targets[@]}"; do
  exe=$build/bin/fuzz_$t
  seeds=$corpus_root/$t
  if [ ! -x "$exe" ] || [ ! -d "$seeds" ]; then
    echo "fuzz.sh: no target $t (expected $exe and $seeds)" >&2; failed=1; continue
  fi
  dir=$work/$t
  mkdir -p "$dir/corpus"
  # Findings of earlier runs move aside, so that the table counts this run's only.
  if compgen -G "$dir/crash-*" >/dev/null || compgen -G "$dir/leak-*" >/dev/null \
     || compgen -G "$dir/timeout-*" >/dev/null || compgen -G "$dir/oom-*" >/dev/null; then
    mkdir -p "$dir/earlier"
    mv "$dir"/crash-* "$dir"/leak-* "$dir"/timeout-* "$dir"/oom-* "$dir/earlier/" 2>/dev/null || true
  fi
  log=$dir/fuzz.log
  echo "== fuzz_$t for ${time_per_target}s"
  set +e
  # The first corpus directory collects what the run finds; the seeds are only read.
  "$exe" "$dir/corpus" "$seeds" -max_total_time="$time_per_target" -timeout=10 -rss_limit_mb=2048 \
         -dict="$here/tests/fuzz/json.dict" -artifact_prefix="$dir/" -print_final_stats=1 >"$log" 2>&1
  rc=$?
  set -e
  execs=$(grep -o 'stat::number_of_executed_units: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  rate=$(grep -o 'stat::average_exec_per_sec: *[0-9]*' "$log" | grep -o '[0-9]*$' || true)
  cov=$(grep -oE 'cov: [0-9]+ ft: [0-9]+' "$log" | tail -1 | sed 's/cov: //; s/ ft: /\//' || true)
  nseeds=$(find "$seeds" -type f | wc -l)
  ncorpus=$(find "$dir/corpus" -type f | wc -l)
  findings=$(find "$dir" -maxdepth 1 -type f \( -name 'crash-*' -o -name 'leak-*' -o -name 'timeout-*' -o -name 'oom-*' \) | wc -l)
  if [ "$rc" -ne 0 ] && [ "$findings" -eq 0 ]; then findings=1; fi
  echo "| fuzz_$t | $time_per_target | ${execs:-?} | ${rate:-?} | $nseeds -> $((nseeds + ncorpus)) | ${cov:-?} | $findings |" >>"$summary"
  if [ "$findings" -ne 0 ]; then
    failed=1
    echo "fuzz.sh: fuzz_$t FOUND A PROBLEM (exit $rc); see $log" >&2
    grep -E 'ERROR:|FUZZ_CHECK|runtime error|SUMMARY' "$log" | head -5 >&2 || true
  fi
  if [ "$update_corpus" -eq 1 ] && [ "$ncorpus" -gt 0 ]; then
    # Keep only inputs that add coverage over the committed seeds.
    "$exe" -merge=1 "$seeds" "$dir/corpus" >"$dir/merge.log" 2>&1 || echo "fuzz.sh: merge of $t failed, see $dir/merge.log" >&2
  fi
done

echo
cat "$summary"
exit $failed
