#!/usr/bin/env bash
# Times `brm review` (and `brm validate`, for comparison) on the benchmark workspace.
#   bench/review.sh [CUSTOMERS]      default 2500 customers, about 102,000 files
# Needs hyperfine and /usr/bin/time (bench/setup.sh installs them). Target: review <= 1.2 s.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
customers="${1:-2500}"
BRM="${BRM:-$root/build/brm}"
ws="${BENCH_CACHE:-/tmp/brm-bench}/ws-$customers"
runs="${BENCH_RUNS:-10}"

command -v hyperfine >/dev/null && [ -x /usr/bin/time ] || "$here/setup.sh"
[ -x "$BRM" ] || { echo "bench: no brm binary at $BRM" >&2; exit 2; }
if [ ! -f "$ws/brm.yaml" ]; then
  mkdir -p "$(dirname "$ws")"
  python3 "$root/../shared/bench/gen-workspace.py" "$ws" --customers "$customers"
fi
files=$(find "$ws" -type f | wc -l)
echo "workspace: $ws ($files files), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
"$BRM" -C "$ws" review --as-of 2026-11-23 >/dev/null
hyperfine -N -w 1 -r "$runs" \
  "$BRM -C $ws validate --as-of 2026-11-23" \
  "$BRM -C $ws review --as-of 2026-11-23" \
  "$BRM -C $ws review --as-of 2026-11-23 -f json"
for cmd in validate review; do
  /usr/bin/time -f "$cmd peak RSS: %M KB" "$BRM" -C "$ws" $cmd --as-of 2026-11-23 >/dev/null 2>/tmp/brm-bench-time.txt || true
  tail -1 /tmp/brm-bench-time.txt
done
