#!/usr/bin/env bash
# Times `brm review` (and `brm validate`, for comparison) on the benchmark workspace.
#   bench/review.sh [CUSTOMERS]      default 2500 customers, about 102,000 files
# Needs hyperfine and /usr/bin/time (bench/setup.sh installs them). Target: review <= 1.2 s.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/workspace.sh"
"$BRM" -C "$ws" review --as-of 2026-11-23 >/dev/null
hyperfine -N -w 1 -r "$runs" \
  "$BRM -C $ws validate --as-of 2026-11-23" \
  "$BRM -C $ws review --as-of 2026-11-23" \
  "$BRM -C $ws review --as-of 2026-11-23 -f json"
for cmd in validate review; do
  /usr/bin/time -f "$cmd peak RSS: %M KB" "$BRM" -C "$ws" $cmd --as-of 2026-11-23 >/dev/null 2>/tmp/brm-bench-time.txt || true
  tail -1 /tmp/brm-bench-time.txt
done
