#!/usr/bin/env bash
# Writes each fuzz target's libFuzzer dictionary (libFuzzer takes one -dict per run) from
# the per-format parts in tests/fuzz/dict/: a format's own words plus what it is built on
# (ZIP under DOCX and ODT, JSON under the JSON readers, HTML inside Markdown), and for the
# host every format's, since it sees them all.
# Usage: tests/fuzz/dicts.sh OUT_DIR   -> OUT_DIR/<target>.dict
set -euo pipefail
dict=$(cd "$(dirname "$0")" && pwd)/dict
out=${1:?usage: dicts.sh OUT_DIR}
mkdir -p "$out"

declare -A parts=(
  [text]="text" [docx]="docx zip" [odt]="odt zip" [pdf]="pdf"
  [jobfeed]="jobfeed json" [jsonresume]="jsonresume json" [html]="html"
  [markdown]="markdown html" [rules]="rules json" [extractor]="extractor text"
  [host]="text docx odt zip pdf jobfeed jsonresume json html markdown"
)
for target in "${!parts[@]}"; do
  for part in ${parts[$target]}; do cat "$dict/$part.dict"; echo; done >"$out/$target.dict"
done
