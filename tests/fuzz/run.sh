#!/usr/bin/env bash
# Runs libFuzzer targets for a fixed time each and reports executions and crashes.
# Usage: tests/fuzz/run.sh SECONDS [target...]      (default: every target)
# Environment: FUZZ_BUILD_DIR (default build-fuzz, built by tests/fuzz/build.sh),
#              FUZZ_JOBS (targets run side by side, default 1),
#              FUZZ_RUNS (stop each target after this many executions, if sooner),
#              FUZZ_MAX_LEN (default 65536 bytes), FUZZ_RSS_MB (default 2048),
#              FUZZ_TIMEOUT (seconds one input may take, default 10; libFuzzer counts wall
#              time, so a long run beside other work needs more to avoid false hangs).
# The growing corpus is kept in $FUZZ_BUILD_DIR/fuzz-corpus/<target> between runs; seeds
# are rebuilt each time from samples/ and the kept corpora of tests/fuzz/corpus/
# (make_corpus.sh), and each target gets its dictionary from tests/fuzz/dict/ (dicts.sh).
# Crashing inputs go to $FUZZ_BUILD_DIR/fuzz-artifacts/.
# Exit status 1 when any target crashed, leaked, timed out or ran out of memory.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:?usage: run.sh SECONDS [target...]}
shift
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
case $build in /*) ;; *) build=$root/$build ;; esac
bin=$build/tests/fuzz
all_targets=(text docx odt pdf jobfeed jsonresume html markdown host rules extractor)
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=("${all_targets[@]}")
for t in "${targets[@]}"; do
  [ -x "$bin/fuzz_$t" ] || { echo "run.sh: $bin/fuzz_$t not built (tests/fuzz/build.sh)" >&2; exit 2; }
done

"$root/tests/fuzz/make_corpus.sh" "$build/fuzz-seeds" >/dev/null
"$root/tests/fuzz/dicts.sh" "$build/fuzz-dicts"
mkdir -p "$build/fuzz-artifacts" "$build/fuzz-logs"

run_one() {
  local t=$1 corpus=$build/fuzz-corpus/$1 rc=0 extra=()
  [ -f "$build/fuzz-dicts/$t.dict" ] && extra+=(-dict="$build/fuzz-dicts/$t.dict")
  [ -n "${FUZZ_RUNS:-}" ] && extra+=(-runs="$FUZZ_RUNS")
  mkdir -p "$corpus"
  # -timeout: one input taking 10 s (FUZZ_TIMEOUT) is a hang; -rss_limit_mb/-malloc_limit_mb: memory bombs.
  # Seeds are read-only (second corpus dir); new inputs go to the first.
  ( cd "$build/fuzz-artifacts" &&
    ASAN_OPTIONS=detect_leaks=1:allocator_may_return_null=0 UBSAN_OPTIONS=print_stacktrace=1 \
    LSAN_OPTIONS=suppressions="$root/tests/fuzz/lsan.supp" \
    "$bin/fuzz_$t" "$corpus" "$build/fuzz-seeds/$t" -max_total_time="$seconds" -timeout="${FUZZ_TIMEOUT:-10}" \
      "${extra[@]}" -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -max_len="${FUZZ_MAX_LEN:-65536}" -print_final_stats=1 \
      -artifact_prefix="$build/fuzz-artifacts/$t-" >"$build/fuzz-logs/$t.log" 2>&1 ) || rc=$?
  echo "$rc" >"$build/fuzz-logs/$t.status"
}

running=0
for t in "${targets[@]}"; do
  run_one "$t" &
  running=$((running + 1))
  if [ "$running" -ge "${FUZZ_JOBS:-1}" ]; then wait -n || true; running=$((running - 1)); fi
done
wait || true

failed=0
printf '%-11s %10s %9s %7s %7s %7s  %s\n' target execs exec/s cov ft corpus result
for t in "${targets[@]}"; do
  log=$build/fuzz-logs/$t.log
  status=$(cat "$build/fuzz-logs/$t.status")
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -n 1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -n 1)
  # Edge coverage and features from libFuzzer's last status line ("#N ... cov: C ft: F ...").
  cov=$(sed -n 's/^#[0-9].* cov: \([0-9]*\) ft: \([0-9]*\).*/\1 \2/p' "$log" | tail -n 1)
  corpus=$(ls "$build/fuzz-corpus/$t" | wc -l)
  if [ "$status" = 0 ]; then
    result=ok
  else
    failed=1
    result="FAILED (exit $status): $(grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|fuzz invariant' "$log" || echo 'see log') -> $(grep -o "$build/fuzz-artifacts/$t-[^ ]*" "$log" | tail -n 1)"
  fi
  read -r edges features <<<"${cov:-? ?}"
  printf '%-11s %10s %9s %7s %7s %7s  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$edges" "$features" "$corpus" "$result"
done
echo "logs: $build/fuzz-logs/"
exit $failed
