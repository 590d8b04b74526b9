#!/usr/bin/env bash
# The cost of deliveries: brm validate, review and report kpi on the 2,500-customer
# workspace without deliveries (about 102,600 files) and with them (gen-workspace.py
# --deliveries, about 157,600 files), side by side in one run. Each round runs every
# command on both workspaces in turn, so that a change in the machine's load falls on
# both; the medians of BENCH_RUNS rounds (default 7) are compared. The target (issue
# "delivery follow-up"): with deliveries, each command takes at most 1.6 times as long.
# Two programs run in the same rounds, for scale: read_floor.cpp (list and read every
# file) and parse_floor.cpp (the same, and libyaml's event parser over every file, with
# nothing built from the events): how the cost of reading, and of parsing with libyaml,
# grows with deliveries.
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
bytes_of() { find "$1" -type f -printf '%s\n' | awk '{s += $1} END {print s}'; }
echo "bytes in files: $(bytes_of "$ws") without, $(bytes_of "$with") with"
cache="${BENCH_CACHE:-/tmp/brm-bench}"
g++ -O2 -std=c++20 -pthread -o "$cache/read_floor" "$here/read_floor.cpp"
g++ -O2 -std=c++20 -pthread -o "$cache/parse_floor" "$here/parse_floor.cpp" -lyaml
floors=("read_floor" "parse_floor")

# Seconds one run takes, output discarded: brm with the workspace and a command, or
# a floor program with the workspace.
seconds() {
  local start end
  start=$(date +%s%N)
  if [ -n "$2" ]; then "$BRM" -C "$1" $2 >/dev/null 2>&1 || true; else "$cache/$3" "$1" >/dev/null; fi
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
  for f in "${floors[@]}"; do
    times["$f|without"]+="$(seconds "$ws" "" "$f") "
    times["$f|with"]+="$(seconds "$with" "" "$f") "
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
  for f in "${floors[@]}"; do
    a=$(tr ' ' '\n' <<<"${times["$f|without"]}" | grep . | median)
    b=$(tr ' ' '\n' <<<"${times["$f|with"]}" | grep . | median)
    echo "| $f (for scale) | ${a} s | ${b} s | $(echo "scale=2; $b / $a" | bc) | |"
  done
} | tee "$out"
echo "medians of $runs alternating rounds; written to $out"
