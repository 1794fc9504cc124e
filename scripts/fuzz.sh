#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Builds the JSON reader fuzz target with clang's libFuzzer (+ASan/UBSan) and
# runs it for SECONDS (default 60) on a corpus seeded with the spec's cases.
# Usage: scripts/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-60}
out=build/fuzz
mkdir -p "$out/corpus"
cxx=${CXX_FUZZ:-clang++}
"$cxx" -std=c++20 -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
  -Iinclude tests/fuzz/fuzz_json.cpp src/careergraph/model.cpp src/careergraph/io/json.cpp \
  src/careergraph/builtin/*.cpp -o "$out/fuzz_json"
shared=../shared/spec/cases
if [[ -d $shared ]]; then
  find "$shared" -name '*.json' -size -64k -exec cp -n {} "$out/corpus/" \;
fi
"$out/fuzz_json" -max_total_time="$seconds" -max_len=65536 -timeout=10 "$out/corpus"
