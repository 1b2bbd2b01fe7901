#!/usr/bin/env bash
# Installs the Debian 12 packages skillmatch needs (run as root).
#   scripts/install-deps.sh           what building and running the product needs
#   scripts/install-deps.sh --tests   also what the tests, benchmarks and fuzzing need (CI)
#   scripts/install-deps.sh --dev     also the maintainers' tools (retraining the sense model)
set -euo pipefail
level="${1:-}"
case "$level" in
  ""|--tests|--dev) ;;
  *) echo "usage: $0 [--tests|--dev]" >&2; exit 2 ;;
esac
packages=(
  build-essential cmake pkg-config
  libboost-dev libboost-program-options-dev libboost-filesystem-dev  # CLI options; Boost.DLL (the executable finds its own path)
  libre2-dev                 # the rule engine
  nlohmann-json3-dev         # rules, JSON feeds and reports
  libsimdjson-dev            # the skills files at start-up, at GB/s
  libpugixml-dev             # DOCX/ODT XML
  libzip-dev                 # DOCX/ODT containers, with size checks before inflating
  libpoppler-cpp-dev         # PDF text
  libgumbo-dev               # HTML, a real HTML5 parser
  libcmark-dev               # Markdown: the CommonMark reference parser
  libcpp-httplib-dev         # skillmatch serve: HTTP/1.1 server (Debian ships it as a compiled library)
  libicu-dev                 # grapheme boundaries and display widths where text is shortened
  zlib1g-dev                 # inflating PDF streams to bound them before poppler does
)
if [ "$level" = --tests ] || [ "$level" = --dev ]; then
  packages+=(
    git
    libgtest-dev libgmock-dev  # tests
    libbenchmark-dev           # bench/ kernels
    chromium nodejs            # serve browser test: headless chromium driven by playwright-core (tests/serve/browser)
    wrk                        # serve load test (tests/serve/load_test.sh)
    python3-jsonschema         # extract --format jsonresume validated against the JSON Resume schema (tests/jsonresume)
    clang libclang-rt-14-dev   # CI's libFuzzer targets and sanitizer runtimes
    pybind11-dev python3-dev   # the Python binding (python/), built when these are found
    python3-distributed        # skillmatch-dask: the screen and extract on a Dask cluster
    python3-pytest             # the binding's and the Dask screen's tests, run from ctest
  )
  # npm from Debian, unless a Node.js that bundles npm is installed already (NodeSource's
  # nodejs conflicts with Debian's npm package).
  command -v npm >/dev/null 2>&1 || packages+=(npm)
fi
if [ "$level" = --dev ]; then
  # Retraining the word-sense model (tools/train_senses.py) and listing aliases that are
  # English words (tools/english_aliases.py): building, running and testing read the
  # committed rules/senses.json and need neither.
  packages+=(python3-sklearn wordnet-base)
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
if [ -n "$level" ]; then
  # playwright-core for the serve browser test, at the version pinned in package-lock.json
  # (it drives /usr/bin/chromium: no browser download).
  browser_test="$(dirname "$0")/../tests/serve/browser"
  if [ ! -d "$browser_test/node_modules/playwright-core" ]; then
    (cd "$browser_test" && npm ci --no-audit --no-fund --loglevel=error)
  fi
fi
