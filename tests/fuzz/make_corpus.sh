#!/usr/bin/env bash
# Builds the seed corpus of every fuzz target from samples/ (and rules/ for the rules
# loader), plus the corpora kept from long runs in tests/fuzz/corpus/<target>/ (see
# keep_corpus.sh). Usage: tests/fuzz/make_corpus.sh OUT_DIR   -> OUT_DIR/<target>/<files>
# The host and rules targets read a selector byte first (see fuzz_host.cpp, fuzz_rules.cpp),
# so their seeds get the byte that picks the matching file name.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
out=${1:?usage: make_corpus.sh OUT_DIR}
s=$root/samples
rm -rf "$out"
mkdir -p "$out"

seed() {  # seed TARGET FILE...
  local target=$1; shift
  mkdir -p "$out/$target"
  for f in "$@"; do
    [ -f "$f" ] || continue  # an unmatched glob, e.g. an empty kept corpus
    cp "$f" "$out/$target/$(basename "$f")"
  done
}
seed_with_byte() {  # seed_with_byte TARGET BYTE FILE...: the file prefixed with one byte
  local target=$1 byte=$2; shift 2
  mkdir -p "$out/$target"
  for f in "$@"; do
    [ -f "$f" ] || continue
    { printf "\\x$(printf %02x "$byte")"; cat "$f"; } > "$out/$target/$byte-$(basename "$f")"
  done
}

seed text "$s"/resumes/*.txt "$s"/postings/*.txt "$s"/markup/resume.md
seed docx "$s"/documents/*.docx
seed odt "$s"/documents/*.odt
seed pdf "$s"/documents/*.pdf
seed jobfeed "$s"/feeds/*
seed jsonresume "$s"/markup/resume.json "$s"/feeds/jsonresume-job.json
seed html "$s"/markup/*.html "$s"/feeds/jsonld-page.html
seed markdown "$s"/markup/*.md
seed extractor "$s"/resumes/*.txt "$s"/postings/*.txt

# fuzz_host: byte % 16 picks the name: 0 .txt, 1 .docx, 2 .odt, 3 .pdf, 4 feed.json,
# 5 resume.json, 6 .html, 7 .md.
seed_with_byte host 0 "$s"/resumes/data-analyst-mei.txt "$s"/postings/posting-data-engineer.txt
seed_with_byte host 1 "$s"/documents/*.docx
seed_with_byte host 2 "$s"/documents/*.odt
seed_with_byte host 3 "$s"/documents/resume-tomasz-libreoffice.pdf
seed_with_byte host 4 "$s"/feeds/*.json "$s"/feeds/*.ndjson
seed_with_byte host 5 "$s"/markup/resume.json
seed_with_byte host 6 "$s"/markup/*.html
seed_with_byte host 7 "$s"/markup/*.md

# fuzz_rules: byte % 5 picks the file: 0 skills/, 1 roles/, 2 sections.json, 3 extraction.json, 4 roles/shared/.
seed_with_byte rules 0 $(ls "$root"/rules/skills/*.json | head -n 12)
seed_with_byte rules 1 $(ls "$root"/rules/roles/*.json | head -n 6)
seed_with_byte rules 2 "$root"/rules/sections.json
seed_with_byte rules 3 "$root"/rules/extraction.json
seed_with_byte rules 4 "$root"/rules/roles/shared/*.json

# Kept corpora: files named by their SHA-1 (libFuzzer's -merge), so no sample is shadowed.
for kept in "$root"/tests/fuzz/corpus/*/; do
  [ -d "$kept" ] || continue
  seed "$(basename "$kept")" "$kept"*
done

for d in "$out"/*; do echo "$(basename "$d"): $(ls "$d" | wc -l) seeds"; done
