#!/usr/bin/env bash
# Times `brm report kpi` (and `brm validate`, the reading and checking it includes) on the
# benchmark workspace.
#   bench/report.sh [CUSTOMERS]      default 2500 customers, about 102,000 files
# Needs hyperfine and /usr/bin/time (bench/setup.sh installs them). Target: report kpi
# <= 1.2 s wall on 2 cores. Settings: BRM (default build/brm), BENCH_CACHE (default
# /tmp/brm-bench), BENCH_RUNS (default 10). Writes bench/out/report-CUSTOMERS.md.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/workspace.sh"
out="$here/out/report-$customers.md"
# Once for the page cache, and to see that it works (the whole report in bench/out/).
"$BRM" -C "$ws" report kpi --as-of 2026-11-23 >"$here/out/report-kpi-$customers.txt"
sed -n '5,20p' "$here/out/report-kpi-$customers.txt"
hyperfine -N -w 1 -r "$runs" --export-markdown "$out" \
  "$BRM -C $ws validate --as-of 2026-11-23" \
  "$BRM -C $ws report kpi --as-of 2026-11-23" \
  "$BRM -C $ws report kpi --as-of 2026-11-23 -f json"
for args in "validate" "report kpi"; do
  /usr/bin/time -f "$args peak RSS: %M KB" "$BRM" -C "$ws" $args --as-of 2026-11-23 >/dev/null 2>/tmp/brm-bench-time.txt || true
  tail -1 /tmp/brm-bench-time.txt
done
echo "load average at end: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "hyperfine table: $out"
