#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Installs the Debian packages careergraph builds, tests and benchmarks with,
# when any is missing, and those named as arguments (CI adds clang).
# Idempotent; needs root (apt-get). See ../shared/toolchain.md.
set -euo pipefail

packages=(
  cmake ninja-build g++ pkg-config
  libboost-graph-dev libboost-serialization-dev
  librange-v3-dev nlohmann-json3-dev libcli11-dev libfmt-dev
  catch2 libbenchmark-dev
  graphviz
  "$@"
)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if ((${#missing[@]})); then
  echo "setup: installing ${missing[*]}"
  if [[ $(id -u) -ne 0 ]]; then
    echo "setup: these packages are missing and installing them needs root: ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "setup: all packages present"
fi
