#!/usr/bin/env bash
# Checks that the Debian 12 packages claimgraph needs to build and test are
# installed. Run as root, it installs the missing ones; otherwise it prints the
# exact command to run and exits 1. Prints nothing when all are present.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libicu-dev libboost-graph-dev libfmt-dev nlohmann-json3-dev libcli11-dev
  libgtest-dev libgmock-dev libbenchmark-dev libstemmer-dev libsqlite3-dev
  python3
)

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "setup: dpkg-query not found: this script knows Debian 12 only; install the equivalents of:" >&2
  echo "  ${packages[*]}" >&2
  exit 1
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
((${#missing[@]} == 0)) && exit 0

if [[ $(id -u) -eq 0 ]]; then
  echo "setup: installing ${missing[*]}" >&2
  apt-get update
  DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends "${missing[@]}"
else
  echo "setup: missing Debian packages; install them with:" >&2
  echo "sudo apt-get install -y ${missing[*]}"
  exit 1
fi
