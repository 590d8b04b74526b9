#!/usr/bin/env bash
# Builds build-asan/: brm, its tests and the libFuzzer targets with clang 14,
# AddressSanitizer and UndefinedBehaviorSanitizer (Debug, -DBRM_SANITIZE=ON -DBRM_FUZZ=ON,
# without jemalloc). One build serves scripts/sanitize.sh and scripts/fuzz.sh: building is
# most of their time in CI, and two trees compiled the library twice.
#
#   scripts/build-asan.sh [TARGET...]     default: everything
#
# -g1 (line tables) is all a sanitizer's stack trace needs, and builds faster than -g.
set -euo pipefail
cd "$(dirname "$0")/.."
CC=clang-14 CXX=clang++-14 cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG="-O1 -g1" \
  -DBRM_SANITIZE=ON -DBRM_FUZZ=ON >/dev/null
targets=()
for t in "$@"; do targets+=(--target "$t"); done
cmake --build build-asan -j "$(nproc)" "${targets[@]}"
