#!/usr/bin/env bash
# Keeps what a long run grew: merges $FUZZ_BUILD_DIR/fuzz-corpus/<target> and the kept
# tests/fuzz/corpus/<target> with libFuzzer's -merge=1 into the smallest set that adds
# coverage over the samples' seeds, and writes it back to tests/fuzz/corpus/<target>.
# To keep the repository small, files over 64 KiB are left out, and while the set is over
# FUZZ_KEEP_BYTES (default 2 MiB) the merge is redone without files over 32, 16, 8, then
# 4 KiB (each target's large inputs are mostly mutated samples, which stay seeds anyway).
# Usage: tests/fuzz/keep_corpus.sh target...   (after tests/fuzz/run.sh; same FUZZ_BUILD_DIR)
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
build=${FUZZ_BUILD_DIR:-$root/build-fuzz}
case $build in /*) ;; *) build=$root/$build ;; esac
[ $# -gt 0 ] || { echo "usage: keep_corpus.sh target..." >&2; exit 2; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
"$root/tests/fuzz/make_corpus.sh" "$work/seeds" >/dev/null
mkdir -p "$build/fuzz-logs"

# merge TARGET MAX_KB: the merged set of the candidates up to MAX_KB in $work/merged-TARGET.
merge() {
  local t=$1 max_kb=$2
  rm -rf "$work/candidates-$t" "$work/merged-$t"
  mkdir -p "$work/candidates-$t"
  find "$work/grown-$t" -type f -size -$((max_kb * 1024 + 1))c -exec cp -t "$work/candidates-$t" {} +
  # -merge=1 keeps what is in the output directory and adds the candidates that cover more;
  # the seeds start there and are taken out after.
  cp -r "$work/seeds/$t" "$work/merged-$t"
  ( cd "$work" && "$build/tests/fuzz/fuzz_$t" -merge=1 "$work/merged-$t" "$work/candidates-$t" \
      -timeout=10 -rss_limit_mb="${FUZZ_RSS_MB:-2048}" -max_len=65536 >"$build/fuzz-logs/$t.merge.log" 2>&1 )
  for seed in "$work/seeds/$t"/*; do rm -f "$work/merged-$t/$(basename "$seed")"; done
}

for t in "$@"; do
  kept=$root/tests/fuzz/corpus/$t
  mkdir -p "$work/grown-$t" "$work/seeds/$t"
  # The baseline a kept file must add coverage to: the samples' seeds, without the kept
  # files make_corpus.sh copied in (same names).
  for f in "$kept"/*; do [ -f "$f" ] && rm -f "$work/seeds/$t/$(basename "$f")"; done
  for dir in "$build/fuzz-corpus/$t" "$kept"; do
    [ -d "$dir" ] && find "$dir" -type f -exec cp -t "$work/grown-$t" {} +
  done
  for max_kb in 64 32 16 8 4; do
    merge "$t" "$max_kb"
    [ "$(du -sb "$work/merged-$t" | cut -f1)" -le "${FUZZ_KEEP_BYTES:-2097152}" ] && break
  done
  rm -rf "$kept"
  mkdir -p "$(dirname "$kept")"
  mv "$work/merged-$t" "$kept"
  echo "$t: $(ls "$kept" | wc -l) files, $(du -sb "$kept" | cut -f1) bytes (files up to $max_kb KiB)"
done
