#!/usr/bin/env bash
# Builds brm and its tests with AddressSanitizer and UndefinedBehaviorSanitizer into
# build-asan/ (scripts/build-asan.sh: clang, Debug, without jemalloc) and runs the whole ctest
# suite with BRM_PARSE_ARENA=off, so that every libyaml allocation goes through the
# sanitizer's malloc instead of the parse arena, where ASan cannot see it; then the unit
# tests and the hostile goldens with the arena, for the arena's own code.
#
#   scripts/sanitize.sh [CTEST ARGS...]     e.g. scripts/sanitize.sh -R golden
#
# Any sanitizer report stops the program with an error, which fails its test. Exits
# non-zero when either run has a failing test.
#
# unit.plain-libyaml is left out too: it repeats the unit suite with BRM_PARSE_ARENA=off,
# which the run here does for everything.
#
# crash.kill-loop is left out: it kills brm 420 times at random moments to test that
# writes are never torn, which checks timing, not memory; the plain ctest run of .ci/run
# has it, and the writes it makes are also in golden tests that run here. html.print-a4 is
# left out too: its time is Chromium laying out pages, and the reports it prints are those
# of the html.tidy tests. The layer probes only compile; nothing runs. packaging.deb is
# left out too: it judges the package of the release build (its dependencies, jemalloc's
# among them, and lintian's verdict on its binary), which a sanitizer build is not.
set -euo pipefail
cd "$(dirname "$0")/.."

scripts/build-asan.sh

export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
jobs=$(nproc)
failed=0
# First everything with BRM_PARSE_ARENA=off, so that ASan sees every allocation. Then the
# arena's own path (which hides libyaml's blocks from ASan, but not the arena's code):
# the unit tests in one process and the goldens of hostile and every-rule input; the
# plain ctest run of .ci/run runs everything with the arena.
echo "== ctest under ASan and UBSan, parse arena off"
BRM_PARSE_ARENA=off ctest --test-dir build-asan --output-on-failure -j "$jobs" -E '^(crash\.|unit\.plain-libyaml$|html\.print-a4$|layers\.|packaging\.deb$)' "$@" ||
  failed=1
if [ $# -eq 0 ]; then
  echo "== unit tests and hostile goldens under ASan and UBSan, parse arena on"
  build-asan/tests/brm_tests || failed=1
  ctest --test-dir build-asan --output-on-failure -j "$jobs" -R '^golden\.(hostile|excerpt-hostile|every-rule)' ||
    failed=1
fi
exit $failed
