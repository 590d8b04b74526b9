#!/usr/bin/env bash
# Side by side: the same commands with two brm binaries in one hyperfine run each, so
# that both see the same machine load. For "no slowdown beyond the noise" after a
# restructuring: build the previous commit's brm, then
#
#   BASE=/path/to/old/brm bench/compare.sh [CUSTOMERS]      default 2500 (~102,000 files)
#
# BRM (default build/brm) is the new binary; BENCH_RUNS runs per command (default 10).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/workspace.sh"
[ -x "${BASE:-}" ] || { echo "bench: set BASE to the brm binary to compare with" >&2; exit 2; }
day=2026-11-23
for args in "validate" "review" "report kpi"; do
  # Both must read the workspace alike (exit 0 or 1, the same output); 2 would be an error.
  "$BASE" -C "$ws" $args --as-of $day >/dev/null 2>&1 || [ $? -eq 1 ]
  "$BRM" -C "$ws" $args --as-of $day >/dev/null 2>&1 || [ $? -eq 1 ]
  hyperfine -N -i -w 1 -r "$runs" --export-markdown "$here/out/compare-${args// /-}.md" \
    -n "base $args" "$BASE -C $ws $args --as-of $day" \
    -n "new $args" "$BRM -C $ws $args --as-of $day"
  for which in BASE BRM; do
    /usr/bin/time -f "$which $args peak RSS: %M KB" "${!which}" -C "$ws" $args --as-of $day >/dev/null 2>/tmp/brm-compare-time.txt || true
    tail -1 /tmp/brm-compare-time.txt
  done
done
