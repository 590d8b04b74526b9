#!/usr/bin/env bash
# The cost of deliveries: brm validate, review and report kpi on the 2,500-customer
# workspace without deliveries (about 102,600 files) and with them (gen-workspace.py
# --deliveries, about 157,600 files), side by side in one run. Each round runs every
# command on both workspaces in turn, so that a change in the machine's load falls on
# both; the medians of BENCH_RUNS rounds (default 7) are compared. The target (issue
# "delivery follow-up"): with deliveries, each command takes at most 1.6 times as long.
#
#   bench/deliveries.sh [CUSTOMERS]      BRM=/path/to/brm BENCH_RUNS=N
set -euo pipefail
source "$(dirname "$0")/workspace.sh"
with="${ws}-deliveries"
if [ ! -f "$with/brm.yaml" ]; then
  python3 "$root/../shared/bench/gen-workspace.py" "$with" --customers "$customers" --deliveries >/dev/null
fi
runs="${BENCH_RUNS:-7}"
as_of=2026-11-23
commands=("validate --as-of $as_of" "review --as-of $as_of" "report kpi --as-of $as_of")
echo "with deliveries: $with ($(find "$with" -type f | wc -l) files)"

# Seconds one run takes, output discarded.
seconds() {
  local start end
  start=$(date +%s%N)
  "$BRM" -C "$1" $2 >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

declare -A times
for c in "${commands[@]}"; do "$BRM" -C "$ws" $c >/dev/null 2>&1 || true; "$BRM" -C "$with" $c >/dev/null 2>&1 || true; done
for ((i = 1; i <= runs; i++)); do
  for c in "${commands[@]}"; do
    times["$c|without"]+="$(seconds "$ws" "$c") "
    times["$c|with"]+="$(seconds "$with" "$c") "
  done
done

out="$here/out/deliveries.md"
{
  echo "| command | without deliveries | with deliveries | ratio | target |"
  echo "|---|---:|---:|---:|---|"
  for c in "${commands[@]}"; do
    a=$(tr ' ' '\n' <<<"${times["$c|without"]}" | grep . | median)
    b=$(tr ' ' '\n' <<<"${times["$c|with"]}" | grep . | median)
    ratio=$(echo "scale=2; $b / $a" | bc)
    ok=$(echo "$ratio <= 1.6" | bc)
    echo "| brm ${c%% --as-of*} | ${a} s | ${b} s | ${ratio} | $([ "$ok" = 1 ] && echo "met (at most 1.6)" || echo "NOT met (at most 1.6)") |"
  done
} | tee "$out"
echo "medians of $runs alternating rounds; written to $out"
