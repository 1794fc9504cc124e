#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Quick start, second command: set up, build and run the whole test suite
# (the dev preset: warnings are errors).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
cmake --workflow --preset dev
