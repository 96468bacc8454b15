#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (into build-fuzz/, or $FUZZ_BUILD_DIR:
# the library and fuzz/ only, ASan+UBSan, -O1 -g) and runs each for SECONDS
# (default 30) from its seed corpus and regression inputs. Exits non-zero on a
# finding (the input is left in <build>/findings/<target>/); says why and
# exits 0 when clang or libFuzzer is missing. docs/fuzzing.md.
#   scripts/fuzz.sh [SECONDS] [TARGET...]
set -euo pipefail
cd "$(dirname "$0")/.."
build="${FUZZ_BUILD_DIR:-build-fuzz}"

seconds="${1:-30}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(document segment timex pipeline meta lexicon)

cxx=""
for c in "${FUZZ_CXX:-}" clang++ clang++-16 clang++-15 clang++-14; do
  if [ -n "$c" ] && command -v "$c" >/dev/null; then cxx="$c"; break; fi
done
if [ -z "$cxx" ]; then
  echo "fuzz.sh: skipped: no clang++ found (libFuzzer needs clang; Debian: apt-get install clang libclang-rt-dev)"
  exit 0
fi

# Only the library and the harnesses: CI builds this from a clean checkout.
cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DCMAKE_CXX_COMPILER="$cxx" -DCMAKE_CXX_FLAGS_RELWITHDEBINFO="-O1 -g" \
  -DCLAIMGRAPH_FUZZ=ON -DCLAIMGRAPH_BUILD_TESTS=OFF -DCLAIMGRAPH_BUILD_EXAMPLES=OFF \
  -DCLAIMGRAPH_BUILD_BENCH=OFF -DCLAIMGRAPH_INSTALL=OFF >/dev/null
if ! grep -q '^CLAIMGRAPH_HAVE_LIBFUZZER:INTERNAL=1' "$build/CMakeCache.txt"; then
  echo "fuzz.sh: skipped: $cxx cannot link -fsanitize=fuzzer (libFuzzer needs clang and its runtime; Debian: apt-get install clang libclang-rt-dev)"
  exit 0
fi
cmake --build "$build" -j "${JOBS:-2}" --target $(printf 'fuzz_%s ' "${targets[@]}")

status=0
for target in "${targets[@]}"; do
  # libFuzzer adds what it learns to the first corpus folder: a scratch one,
  # so the checked-in seeds stay small.
  work="$build/corpus/$target"
  findings="$build/findings/$target"
  log="$build/fuzz_$target.log"
  mkdir -p "$work" "$findings"
  echo "== fuzz_$target: ${seconds}s"
  if ! "$build/fuzz/fuzz_$target" "$work" "fuzz/corpus/$target" "fuzz/regressions/$target" \
      -max_total_time="$seconds" -max_len=8192 -rss_limit_mb=2048 -timeout=10 \
      -artifact_prefix="$findings/" -print_final_stats=1 2>"$log"; then
    echo "fuzz_$target: FINDING (log: $log; input in $findings/)"
    grep -E 'ERROR|SUMMARY|fuzz invariant|Test unit written' "$log" | head -n 8 || true
    status=1
  else
    grep -E '^#[0-9]+[[:space:]]+DONE|^stat::(number_of_executed_units|average_exec_per_sec|peak_rss_mb)' "$log" | tr -s ' \n' ' '
    echo
  fi
done
exit "$status"
