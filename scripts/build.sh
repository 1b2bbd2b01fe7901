#!/usr/bin/env bash
# Configures and builds skillmatch in build/ (Release), with every core of the machine.
#   scripts/build.sh             everything: the product, its tests and benchmarks
#   scripts/build.sh --product   the product only: the CLI, its plugins and the server module
# Further arguments go to CMake's configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "${1:-}" = --product ]; then
  shift
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSKILLMATCH_BUILD_TESTS=OFF -DSKILLMATCH_BUILD_BENCH=OFF "$@"
else
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DSKILLMATCH_BUILD_TESTS=ON -DSKILLMATCH_BUILD_BENCH=ON "$@"
fi
cmake --build build -j"$(nproc)"
