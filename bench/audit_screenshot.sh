#!/usr/bin/env bash
# Renders the audit HTML report of the bundled samples in headless Chromium and saves a
# screenshot, so a person can check the heatmap and coverage charts as they look.
# Usage: bench/audit_screenshot.sh [build-dir] [out.png]
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build}
png=${2:-/tmp/skillmatch-audit.png}
html=$(mktemp --suffix=.html)
profile=$(mktemp -d)
trap 'rm -rf "$html" "$profile"' EXIT
"$build/skillmatch" audit --role data-analyst --role data-engineer --role ml-engineer --role data-scientist \
  --html "$html" --today 2026-11 samples/resumes >/dev/null
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
  --disable-component-update --disable-sync --user-data-dir="$profile" --window-size=1280,1700 \
  --screenshot="$png" "file://$html" 2>/dev/null
test -s "$png"
echo "screenshot: $png"
