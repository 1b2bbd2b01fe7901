#!/usr/bin/env bash
# Configures and builds the libFuzzer targets: clang, ASan+UBSan, coverage instrumentation.
# Usage: tests/fuzz/build.sh [BUILD_DIR]   (default build-fuzz; jobs: $FUZZ_BUILD_JOBS or nproc)
set -euo pipefail
cd "$(dirname "$0")/../.."
build_dir=${1:-build-fuzz}
cmake -S . -B "$build_dir" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_FLAGS="-O1 -gline-tables-only" \
  -DCMAKE_CXX_COMPILER=clang++ \
  -DSKILLMATCH_FUZZ=ON -DSKILLMATCH_SANITIZE=ON -DSKILLMATCH_BUILD_BENCH=OFF >/dev/null
cmake --build "$build_dir" --target skillmatch_fuzz -j"${FUZZ_BUILD_JOBS:-$(nproc)}"
