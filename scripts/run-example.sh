#!/usr/bin/env bash
# Builds the claimgraph command (Release, into build/) and runs it on the
# example articles: the text report of who says what, and where they disagree.
# Extra arguments go to `claimgraph analyze` (e.g. --format html).
set -euo pipefail
cd "$(dirname "$0")/.."

./scripts/setup.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release
cmake --build build --target claimgraph_cli -j "${JOBS:-2}"
build/examples/claimgraph analyze --meta examples/articles/meta.tsv --lexicon examples/articles/lexicon \
  "$@" examples/articles/*.txt
