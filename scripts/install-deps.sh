#!/usr/bin/env bash
# Installs the Debian 12 packages skillmatch builds and tests with (run as root).
set -euo pipefail
packages=(
  build-essential cmake pkg-config git
  libboost-dev libboost-program-options-dev libboost-filesystem-dev  # CLI options; Boost.DLL for plugins
  libre2-dev                 # the rule engine
  nlohmann-json3-dev         # rules, JSON feeds and reports
  libpugixml-dev             # DOCX/ODT XML
  libzip-dev                 # DOCX/ODT containers, with size checks before inflating
  libpoppler-cpp-dev         # PDF text
  libgumbo-dev               # HTML, a real HTML5 parser
  libcmark-dev               # Markdown: the CommonMark reference parser
  libgtest-dev libgmock-dev  # tests
  libbenchmark-dev           # bench/ kernels
  libcpp-httplib-dev         # skillmatch serve: HTTP/1.1 server (Debian ships it as a compiled library)
  chromium nodejs            # serve browser test: headless chromium driven by playwright-core (tests/serve/browser)
  wrk                        # serve load test (tests/serve/load_test.sh)
)
# Issue 7: zlib for the PDF stream-size check and the hand-written ZIP/PDF bombs of the
# hostile-input tests; clang and its runtimes (libFuzzer, ASan) for CI's fuzz targets.
packages+=(zlib1g-dev clang libclang-rt-14-dev)
# Issue 16: retraining the word-sense model (tools/train_senses.py) and listing aliases that
# are English words (tools/english_aliases.py). Developer tools only: building, running and
# testing read the committed rules/senses.json and need neither.
packages+=(python3-sklearn wordnet-base)
# npm from Debian, unless a Node.js that bundles npm is installed already (NodeSource's
# nodejs conflicts with Debian's npm package).
command -v npm >/dev/null 2>&1 || packages+=(npm)
if [ -f "$(dirname "$0")/extra-packages.txt" ]; then
  mapfile -t extra < <(grep -v '^#' "$(dirname "$0")/extra-packages.txt" | sed '/^$/d')
  packages+=("${extra[@]}")
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
# playwright-core for the serve browser test, at the version pinned in package-lock.json
# (it drives /usr/bin/chromium: no browser download).
browser_test="$(dirname "$0")/../tests/serve/browser"
if [ ! -d "$browser_test/node_modules/playwright-core" ]; then
  (cd "$browser_test" && npm ci --no-audit --no-fund --loglevel=error)
fi
