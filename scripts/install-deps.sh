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
)
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
