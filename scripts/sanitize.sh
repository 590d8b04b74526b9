#!/usr/bin/env bash
# Builds brm and its tests with AddressSanitizer and UndefinedBehaviorSanitizer into
# build-asan/ (Debug, -DBRM_SANITIZE=ON, without jemalloc) and runs the whole ctest
# suite twice: as is, and with BRM_PARSE_ARENA=off so that every libyaml allocation goes
# through the sanitizer's malloc instead of the parse arena, where ASan cannot see it.
#
#   scripts/sanitize.sh [CTEST ARGS...]     e.g. scripts/sanitize.sh -R golden
#
# Any sanitizer report stops the program with an error, which fails its test. Exits
# non-zero when either run has a failing test.
#
# unit.plain-libyaml is left out too: it repeats the unit suite with BRM_PARSE_ARENA=off,
# which the second run here does for everything.
#
# crash.kill-loop is left out: it kills brm 700 times at random moments to test that
# writes are never torn, which takes over four minutes per run under ASan and checks
# timing, not memory; the plain ctest run of .ci/run has it, and the writes it makes are
# also in golden tests that run here.
set -euo pipefail
cd "$(dirname "$0")/.."

cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DBRM_SANITIZE=ON >/dev/null
cmake --build build-asan -j 2

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
jobs=$(nproc)
failed=0
# The second run leaves out what only repeats the first for the parser: the layer probes
# (builds, not runs), and the tests that run brm on the demo many times over to compare
# answers or pages (consistency.*, docs.*, html.*), whose files the goldens parse too.
skip_on='^(crash\.|unit\.plain-libyaml$)'
skip_off='^(crash\.|unit\.plain-libyaml$|consistency\.|docs\.|html\.|layers\.)'
for arena in on off; do
  echo "== ctest under ASan and UBSan, parse arena $arena"
  if [ "$arena" = off ]; then export BRM_PARSE_ARENA=off; skip=$skip_off; else unset BRM_PARSE_ARENA; skip=$skip_on; fi
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -E "$skip" "$@" || failed=1
done
exit $failed
