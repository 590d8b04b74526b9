#!/usr/bin/env bash
# Benchmark `brm validate` on a generated workspace against:
#   (a) the read floor: every file listed and read once, on all cores (read_floor.cpp)
#   (b) yamllint (Debian), a YAML-only linter
#   (c) ajv-cli (npm), validating the same files against `brm schema`
#
#   bench/validate.sh [CUSTOMERS]        default 2500 customers (about 102,000 files)
#
# Environment:
#   BRM                    brm binary (default: <repo>/build/brm)
#   BENCH_CACHE            where generated workspaces are kept (default /tmp/brm-bench)
#   BENCH_OUT              where results go (default <repo>/bench/out/<CUSTOMERS>)
#   BENCH_RUNS             hyperfine runs for read floor and brm (default 5, 1 warm-up)
#   BENCH_SAMPLE_CUSTOMERS customers in the sample for the slow tools (default 250)
#   BENCH_FULL_LIMIT       seconds: run yamllint/ajv on the whole workspace only when the
#                          sample predicts at most this (default 300); else extrapolate
#   BENCH_FULL=1|0         always (1) or never (0) run the slow tools on the whole workspace
#   BENCH_FAIL_ON_TARGET=1 exit 1 when a target is missed (default: report only)
#   GEN                    the workspace generator (default <repo>/../shared/bench/gen-workspace.py)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
customers="${1:-2500}"
[[ "$customers" =~ ^[1-9][0-9]*$ ]] || { echo "usage: bench/validate.sh [CUSTOMERS]" >&2; exit 2; }

BRM="${BRM:-$root/build/brm}"
cache="${BENCH_CACHE:-/tmp/brm-bench}"
out="${BENCH_OUT:-$here/out/$customers}"
runs="${BENCH_RUNS:-5}"
sample_customers="${BENCH_SAMPLE_CUSTOMERS:-250}"
full_limit="${BENCH_FULL_LIMIT:-300}"
gen="${GEN:-$root/../shared/bench/gen-workspace.py}"

say() { printf '\n== %s\n' "$*" >&2; }
note() { printf '   %s\n' "$*" >&2; }
die() { printf 'bench: error: %s\n' "$*" >&2; exit 2; }
now() { date +%s.%N; }
elapsed() { python3 -c 'import sys; print(f"{float(sys.argv[2]) - float(sys.argv[1]):.3f}")' "$1" "$2"; }

# ---------------------------------------------------------------- prerequisites
"$here/setup.sh"
ajv="$here/.node/node_modules/.bin/ajv"
[ -x "$BRM" ] || die "no brm binary at $BRM (build it first, or set BRM=/path/to/brm)"
BRM="$(cd "$(dirname "$BRM")" && pwd)/$(basename "$BRM")"
[ -f "$gen" ] || die "workspace generator not found: $gen (set GEN=...)"
mkdir -p "$cache" "$out"
out="$(cd "$out" && pwd)"

# Other work on the machine skews every figure (2 cores): say so up front.
load1="$(cut -d' ' -f1 /proc/loadavg)"
if python3 -c 'import sys; sys.exit(float(sys.argv[1]) < 0.5)' "$load1"; then
  note "WARNING: load average is $load1; other processes will make the figures noisy"
fi

# ---------------------------------------------------------------- workspace (cached)
ws="$cache/ws-$customers"
stamp="$ws.stamp"
want_stamp="$(sha256sum "$gen" | cut -d' ' -f1) customers=$customers seed=7"
if [ -d "$ws" ] && [ -f "$stamp" ] && [ "$(cat "$stamp")" = "$want_stamp" ]; then
  say "workspace: reusing $ws"
else
  say "workspace: generating $ws ($customers customers)"
  rm -rf "$ws" "$ws.tmp" "$stamp" "$cache/ws-$customers-sample-"*
  python3 "$gen" "$ws.tmp" --customers "$customers" --seed 7
  mv "$ws.tmp" "$ws"
  echo "$want_stamp" > "$stamp"
fi

# The sample for the slow tools: services, brm.yaml and every record of the first
# $sample_customers customers (cust-00000 ...), as hard links (same inodes, same cache).
if [ "$sample_customers" -ge "$customers" ]; then
  sample="$ws"
else
  sample="$cache/ws-$customers-sample-$sample_customers"
  if [ ! -d "$sample" ]; then
    say "sample: linking the records of the first $sample_customers customers into $sample"
    python3 - "$ws" "$sample.tmp" "$sample_customers" <<'PY'
import os, re, sys
src, dst, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
cust = re.compile(r"cust-(\d{5})(?![0-9])")
for dirpath, dirs, files in os.walk(src):
    rel = os.path.relpath(dirpath, src)
    os.makedirs(os.path.join(dst, rel), exist_ok=True)
    for f in files:
        m = cust.search(f)
        if rel in (".", "services") or (m and int(m.group(1)) < n):
            os.link(os.path.join(dirpath, f), os.path.join(dst, rel, f))
PY
    mv "$sample.tmp" "$sample"
  fi
fi
# A workspace with brm.yaml and empty kind folders: the tools' fixed start-up cost.
skeleton="$cache/skeleton"
if [ ! -d "$skeleton" ]; then
  mkdir -p "$skeleton.tmp"
  cp "$ws/brm.yaml" "$skeleton.tmp/"
  for k in services customers agreements meetings complaints surveys improvements; do
    mkdir -p "$skeleton.tmp/$k"
  done
  mv "$skeleton.tmp" "$skeleton"
fi

count_files() { find "$1" -type f | wc -l; }
files="$(count_files "$ws")"
bytes="$(du -sb --apparent-size "$ws" | cut -f1)"
sample_files="$(count_files "$sample")"
note "$files files, $((bytes / 1000000)) MB in $ws"

# ---------------------------------------------------------------- read floor
say "read floor: building read_floor"
floor="$cache/read_floor"
g++ -O2 -std=c++20 -pthread -o "$floor" "$here/read_floor.cpp"
note "$("$floor" "$ws")"

# ---------------------------------------------------------------- brm validate
say "brm validate: $BRM"
brm_version="$("$BRM" --version 2>/dev/null | head -1 || true)"
note "version: ${brm_version:-unknown}"
set +e
"$BRM" -C "$ws" validate >"$out/brm-validate.txt" 2>&1
brm_rc=$?
set -e
brm_summary="$(grep -E '[0-9]+ errors?, [0-9]+ warnings?' "$out/brm-validate.txt" | tail -1 || true)"
note "exit status $brm_rc; ${brm_summary:-no summary line} (full output: $out/brm-validate.txt)"
[ "$brm_rc" -eq 0 ] || note "WARNING: expected exit status 0 on a valid workspace"

say "hyperfine: read floor and brm validate (warm cache, 1 warm-up, $runs runs)"
hyperfine -N -i --warmup 1 --runs "$runs" \
  --export-json "$out/hyperfine.json" --export-markdown "$out/hyperfine.md" \
  -n "read floor" "$floor $ws" \
  -n "brm validate" "$BRM -C $ws validate --format json" >&2

say "peak memory of brm validate (/usr/bin/time -v, max of 3 runs)"
brm_rss_kb=0
for _ in 1 2 3; do
  /usr/bin/time -v -o "$out/brm-time-v.txt" "$BRM" -C "$ws" validate --format json >/dev/null 2>&1 || true
  kb="$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out/brm-time-v.txt")"
  if [ "${kb:-0}" -gt "$brm_rss_kb" ]; then brm_rss_kb="$kb"; fi
done
note "maximum resident set size: $brm_rss_kb KiB"

# ---------------------------------------------------------------- slow tools
# Each runs once. On the sample first (and on the empty skeleton for the fixed cost);
# then on the whole workspace if the sample predicts at most $full_limit seconds.
yamllint_config='{extends: relaxed, rules: {line-length: disable}}'
run_yamllint() {  # DIR LOG -> prints wall seconds; problems in LOG
  local t0 t1
  t0="$(now)"
  /usr/bin/time -f '%M' -o "$2.rss" yamllint -f parsable -d "$yamllint_config" "$1" >"$2" 2>&1 || true
  t1="$(now)"
  elapsed "$t0" "$t1"
}

say "ajv: schemas from brm schema"
rm -rf "$out/schemas"
"$BRM" schema --dir "$out/schemas" >/dev/null || die "brm schema --dir failed"
declare -A folder=([config]=brm.yaml [service]=services [customer]=customers
  [agreement]=agreements [meeting]=meetings [complaint]=complaints [survey]=surveys
  [improvement]=improvements)
kinds=(config service customer agreement meeting complaint survey improvement)
for k in "${kinds[@]}"; do
  [ -f "$out/schemas/$k.schema.json" ] || note "WARNING: no schema for $k: its files are not checked by ajv"
done
# Schemas that refer to each other by URI get the others as -r.
external_refs="$(python3 - "$out/schemas" <<'PY'
import json, os, sys
def refs(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k == "$ref" and isinstance(v, str) and not v.startswith("#"):
                yield v
            else:
                yield from refs(v)
    elif isinstance(node, list):
        for v in node:
            yield from refs(v)
d = sys.argv[1]
print(sum(1 for f in os.listdir(d) if f.endswith(".json")
          for _ in refs(json.load(open(os.path.join(d, f))))))
PY
)"
run_ajv() {  # DIR LOGPREFIX -> prints wall seconds; per-kind logs LOGPREFIX-<kind>.{out,err}
  local dir="$1" log="$2" t0 t1 k data extra
  t0="$(now)"
  for k in "${kinds[@]}"; do
    [ -f "$out/schemas/$k.schema.json" ] || continue
    data="${folder[$k]}"
    [ "$k" = config ] || data="$data/*.{yaml,yml}"
    extra=()
    if [ "$external_refs" != 0 ]; then
      for f in "$out"/schemas/*.schema.json; do
        [ "$f" = "$out/schemas/$k.schema.json" ] || extra+=(-r "$f")
      done
    fi
    (cd "$dir" && NODE_OPTIONS="--require $here/ajv-yaml-core.cjs" \
      /usr/bin/time -f '%M' -o "$log-$k.rss" \
      "$ajv" validate --spec=draft2020 --strict=false -c ajv-formats --errors=line \
        -s "$out/schemas/$k.schema.json" "${extra[@]}" -d "$data" \
        >"$log-$k.out" 2>"$log-$k.err") || true
  done
  t1="$(now)"
  elapsed "$t0" "$t1"
}

# measure NAME FUNC: sets <NAME>_secs, <NAME>_files, <NAME>_how, <NAME>_log
measure() {
  local name="$1" fn="$2" t_fixed t_sample est secs how log
  say "$name: fixed cost (empty workspace)"
  t_fixed="$("$fn" "$skeleton" "$out/$name-skeleton")"
  note "$t_fixed s"
  if [ "$sample" = "$ws" ]; then
    est=0
  else
    say "$name: sample ($sample_files files)"
    t_sample="$("$fn" "$sample" "$out/$name-sample")"
    est="$(python3 -c 'import sys; f,s,nf,ns = map(float, sys.argv[1:]); print(f"{f + max(s - f, 0) * nf / ns:.1f}")' \
      "$t_fixed" "$t_sample" "$files" "$sample_files")"
    note "$t_sample s; predicts $est s for $files files"
  fi
  local full="${BENCH_FULL:-}"
  if [ "$sample" = "$ws" ] || [ "$full" = 1 ] || { [ "$full" != 0 ] &&
      python3 -c 'import sys; sys.exit(float(sys.argv[1]) > float(sys.argv[2]))' "$est" "$full_limit"; }; then
    say "$name: whole workspace ($files files)"
    secs="$("$fn" "$ws" "$out/$name-full")"
    how="measured once on all $files files"
    log="$out/$name-full"
  else
    secs="$est"
    how="EXTRAPOLATED from $sample_files files (first $sample_customers customers + services), fixed cost ${t_fixed} s + linear in files"
    log="$out/$name-sample"
  fi
  note "$secs s ($how)"
  printf -v "${name}_secs" '%s' "$secs"
  printf -v "${name}_how" '%s' "$how"
  printf -v "${name}_log" '%s' "$log"
}

measure yamllint run_yamllint
yamllint_problems="$(wc -l <"$yamllint_log")"
note "yamllint reported $yamllint_problems problems (see $yamllint_log)"

measure ajv run_ajv
ajv_valid="$(cat "$ajv_log"-*.out 2>/dev/null | grep -c ' valid$' || true)"
ajv_invalid="$(cat "$ajv_log"-*.err 2>/dev/null | grep -c ' invalid$' || true)"
note "ajv: $ajv_valid files valid, $ajv_invalid invalid (logs: $ajv_log-<kind>.out/.err)"

# ---------------------------------------------------------------- report
say "results"
rc=0
python3 - "$out" <<PY || rc=$?
import json, os, sys
out = sys.argv[1]
h = {r["command"]: r for r in json.load(open(os.path.join(out, "hyperfine.json")))["results"]}
files, mb = $files, $bytes / 1e6
floor, brm = h["read floor"], h["brm validate"]
t_floor, t_brm = floor["median"], brm["median"]
rss_mb = $brm_rss_kb * 1024 / 1e6
rows = [
    ("read floor (read_floor.cpp, $(nproc) threads)", floor["median"],
     f"median of {len(floor['times'])} runs, ±{floor['stddev']:.3f} s"),
    ("brm validate", t_brm, f"median of {len(brm['times'])} runs, ±{brm['stddev']:.3f} s; exit status $brm_rc"),
    ("yamllint (-d relaxed)", float("$yamllint_secs"), "$yamllint_how"),
    ("ajv-cli (brm schema, 8 kinds)", float("$ajv_secs"), "$ajv_how; $ajv_valid valid, $ajv_invalid invalid"),
]
ajv_x = float("$ajv_secs") / t_brm
floor_x = t_brm / t_floor
targets = [
    ("brm validate wall time", "<= 1.0 s", f"{t_brm:.3f} s", t_brm <= 1.0),
    ("brm validate peak RSS", "<= 400 MB", f"{rss_mb:.0f} MB", rss_mb <= 400),
    ("faster than ajv-cli", ">= 10x", f"{ajv_x:.1f}x", ajv_x >= 10),
    ("over the read floor", "<= 3x", f"{floor_x:.2f}x", floor_x <= 3),
]

def table(header, body):
    cols = list(zip(header, *body))
    w = [max(len(str(c)) for c in col) for col in cols]
    line = lambda r: "  ".join(str(c).ljust(n) for c, n in zip(r, w)).rstrip()
    return "\n".join([line(header), line(["-" * n for n in w])] + [line(r) for r in body])

def md(header, body):
    return "\n".join(["| " + " | ".join(header) + " |",
                      "|" + "|".join("---" for _ in header) + "|"]
                     + ["| " + " | ".join(str(c) for c in r) + " |" for r in body])

head = ["tool", "wall s", "files/s", "x brm", "how"]
body = [(n, f"{t:.3f}", f"{files / t:,.0f}", f"{t / t_brm:.2f}", how) for n, t, how in rows]
thead = ["target", "goal", "measured", "met"]
tbody = [(n, g, m, "yes" if ok else "NO") for n, g, m, ok in targets]

print()
print(f"brm validate benchmark: {files:,} files, {mb:.1f} MB, $customers customers, warm page cache")
print()
print(table(head, body))
print()
print(f"brm validate peak RSS: {rss_mb:.0f} MB (/usr/bin/time -v, max of 3 runs)")
print()
print(table(thead, tbody))
print()
load_end = open("/proc/loadavg").read().split()[0]
print(f"load average at start $load1, at end {load_end}")
print()

cpu = next((l.split(":", 1)[1].strip() for l in open("/proc/cpuinfo") if l.startswith("model name")), "?")
doc = f"""## Benchmark: brm validate, {files:,} files

\`bench/validate.sh $customers\` on {os.cpu_count()} cores ({cpu}), $(date -u +%Y-%m-%d), ${brm_version:-brm version unknown}.
Workspace: \`gen-workspace.py --customers $customers\`, {files:,} files, {mb:.1f} MB, warm page cache.
Times are wall-clock seconds; read floor and brm are hyperfine medians, yamllint and ajv-cli one run each.
Load average at start $load1, at end {load_end}.

{md(head, body)}

brm validate peak RSS: {rss_mb:.0f} MB.

{md(thead, tbody)}
"""
open(os.path.join(out, "summary.md"), "w").write(doc)
print("----- Markdown (also in %s) -----" % os.path.join(out, "summary.md"))
print()
print(doc)
sys.exit(0 if all(ok for *_, ok in targets) else 3)
PY
if [ "$rc" -ne 0 ] && [ "${BENCH_FAIL_ON_TARGET:-0}" = 1 ]; then exit 1; fi
exit 0
