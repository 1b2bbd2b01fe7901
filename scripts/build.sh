#!/usr/bin/env bash
# Configures and builds skillmatch in build/ (Release), with every core of the machine.
set -euo pipefail
cd "$(dirname "$0")/.."
cmake -S . -B build -DCMAKE_BUILD_TYPE=Release "$@"
cmake --build build -j"$(nproc)"
