# Sourced by the bench scripts: sets BRM, ws (the benchmark workspace, generated once)
# and runs from CUSTOMERS ($1, default 2500), BRM, BENCH_CACHE and BENCH_RUNS.
here="$(cd "$(dirname "${BASH_SOURCE[1]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
customers="${1:-2500}"
BRM="${BRM:-$root/build/brm}"
ws="${BENCH_CACHE:-/tmp/brm-bench}/ws-$customers"
runs="${BENCH_RUNS:-10}"
command -v hyperfine >/dev/null && [ -x /usr/bin/time ] && [ -x /usr/bin/bc ] || "$here/setup.sh"
[ -x "$BRM" ] || { echo "bench: no brm binary at $BRM" >&2; exit 2; }
if [ ! -f "$ws/brm.yaml" ]; then
  mkdir -p "$(dirname "$ws")"
  python3 "$root/../shared/bench/gen-workspace.py" "$ws" --customers "$customers"
fi
mkdir -p "$here/out"
echo "workspace: $ws ($(find "$ws" -type f | wc -l) files), $(nproc) cores, load average: $(cut -d' ' -f1-3 /proc/loadavg)"
