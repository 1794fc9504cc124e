#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Quick start, first command: set up, build, and run the flagship example on the built-in model.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --preset release >/dev/null
cmake --build --preset release --target cmo_pathway
./build/release/examples/cmo_pathway
