#!/usr/bin/env bash
# Checks that the Debian 12 packages claimgraph needs to build and test are
# installed. Run as root, it installs the missing ones; otherwise it prints the
# exact command to run and exits 1. Prints nothing when all are present.
# Optional packages (chromium, for the HTML report's browser test; clang and its
# libFuzzer runtime, for scripts/fuzz.sh; each skipped without them) are installed too when run as root; otherwise their
# install line is printed and the script still succeeds.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libicu-dev libboost-graph-dev libfmt-dev nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev libstemmer-dev libsqlite3-dev
  python3
)
optional=(chromium clang libclang-rt-dev)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: dpkg-query not found: this script knows Debian 12 only; install the equivalents of:" >&2
  echo "  ${packages[*]}" >&2
  exit 1
fi

installed() { [[ $(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true) == "install ok installed" ]]; }
missing=()
for package in "${packages[@]}"; do
  installed "$package" || missing+=("$package")
done
missing_optional=()
for package in "${optional[@]}"; do
  installed "$package" || missing_optional+=("$package")
done
((${#missing[@]} + ${#missing_optional[@]} == 0)) && exit 0

if [[ $(id -u) -eq 0 ]]; then
  echo "setup: installing ${missing[*]} ${missing_optional[*]}" >&2
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}" "${missing_optional[@]}"
elif ((${#missing[@]} == 0)); then
  echo "setup: optional ${missing_optional[*]} not installed (the browser test or fuzzing will be skipped); install with:" >&2
  echo "sudo apt-get install -y ${missing_optional[*]}"
else
  echo "setup: missing Debian packages; install them with:" >&2
  echo "sudo apt-get install -y ${missing[*]}"
  exit 1
fi
