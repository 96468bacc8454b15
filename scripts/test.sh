#!/usr/bin/env bash
# Builds everything in Debug with AddressSanitizer and UndefinedBehaviorSanitizer
# (into build-debug/) and runs every test, the install test included.
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh
cmake -S . -B build-debug -G Ninja -DCMAKE_BUILD_TYPE=Debug -DCLAIMGRAPH_SANITIZE=ON
cmake --build build-debug -j "${JOBS:-2}"
ctest --test-dir build-debug --output-on-failure -j "${JOBS:-2}"
