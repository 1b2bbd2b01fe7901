#!/usr/bin/env bash
# Compares the DOCX parser's text with mammoth's raw text (npm `mammoth`) on every
# sample .docx, word by word, so differences in content rather than in line layout show.
#
#   bench/compare_docx_mammoth.sh BUILD_DIR [MAMMOTH_DIR]
#
# BUILD_DIR holds the built CLI-less dump tool made below; MAMMOTH_DIR is where
# `npm install mammoth` was run (default /tmp/npmwork).
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
build=${1:?usage: $0 BUILD_DIR [MAMMOTH_DIR]}
mammoth_dir=${2:-/tmp/npmwork}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# A tiny driver around the parser's static library: prints Document::text.
cat > "$work/docx_text.cpp" <<'CPP'
#include <fstream>
#include <iostream>
#include <sstream>
#include "docx/docx_parser.hpp"
struct Sink : skillmatch::plugin::DocumentSink {
  bool accept(skillmatch::Document&& d) override { std::cout << d.text << "\n"; return true; }
  void warn(std::string_view) override {}
};
int main(int, char** argv) {
  std::ifstream in(argv[1], std::ios::binary); std::stringstream s; s << in.rdbuf(); const std::string bytes = s.str();
  skillmatch::plugin::Limits limits; Sink sink;
  const auto status = skillmatch::parsers::DocxParser().parse({argv[1], bytes, limits}, sink);
  if (!status.ok) { std::cerr << status.message << "\n"; return 1; }
}
CPP
g++ -std=c++20 -O2 "$work/docx_text.cpp" -I"$repo/parsers" \
  -I"$repo/plugins/include" -I"$repo/core/include" \
  "$build/parsers/docx/libskillmatch_docx_parser.a" "$build/parsers/office_common/libskillmatch_office_common.a" \
  "$build/plugins/libskillmatch_plugin_sdk.a" -lzip -lpugixml -o "$work/docx_text"

words() { tr -s ' \t\n' '\n\n\n' | sed '/^$/d'; }

status=0
for docx in "$repo"/samples/documents/*.docx; do
  name=$(basename "$docx")
  "$work/docx_text" "$docx" | words > "$work/ours.txt"
  (cd "$mammoth_dir" && node -e '
    require("mammoth").extractRawText({path: process.argv[1]}).then(r => process.stdout.write(r.value));' "$docx") \
    | words > "$work/mammoth.txt"
  ours=$(wc -l < "$work/ours.txt"); theirs=$(wc -l < "$work/mammoth.txt")
  echo "== $name: $ours words (skillmatch) vs $theirs words (mammoth)"
  if ! diff "$work/mammoth.txt" "$work/ours.txt" > "$work/diff.txt"; then
    grep '^[<>]' "$work/diff.txt" | sort | uniq -c | sort -rn | head -15
    status=1
  fi
done
exit $status
