#!/usr/bin/env bash
# What a hostile 1 MiB record costs each command, per byte, against the benchmark
# workspace: every case of bench/hostile_corpus.py (a demo workspace holding one file
# grown to 1 MiB in one direction: keys, list entries, survey dimensions, text length)
# is timed (processor seconds) with every command, less the same command on the demo alone, and divided by
# the file's size. The benchmark's cost per byte is the same command on a generated
# workspace (../shared/bench/gen-workspace.py) divided by its size. Target: no case
# costs more per byte than the benchmark, for any command.
#
#   bench/hostile.sh [CUSTOMERS]     benchmark workspace size, default 500 customers
#
# Environment: BRM (default build/brm), BENCH_CACHE (/tmp/brm-bench), BENCH_RUNS (3,
# the median is kept), BENCH_OUT (bench/out/hostile), BENCH_FAIL_ON_TARGET=1, BENCH_CASES
# (a,b: those cases only), WALL=1 (clock time instead of processor time, which is what a
# file costs: brm reads a workspace's files on every core, one file on one).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
customers="${1:-500}"
BRM="${BRM:-$root/build/brm}"
cache="${BENCH_CACHE:-/tmp/brm-bench}"
out="${BENCH_OUT:-$here/out/hostile}"
mkdir -p "$cache" "$out"
gen="${GEN:-$root/../shared/bench/gen-workspace.py}"
ws="$cache/ws-$customers"
[ -d "$ws" ] || python3 "$gen" --customers "$customers" --seed 7 "$ws" >/dev/null
corpus="$cache/hostile"
python3 "$here/hostile_corpus.py" "$root/examples/demo" "$corpus"
exec python3 "$here/hostile_time.py" "$BRM" "$root/examples/demo" "$ws" "$corpus" "$out" "${BENCH_RUNS:-3}"
