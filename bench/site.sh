#!/usr/bin/env bash
# brm site on the 2,500-customer workspace (about 102,600 files, 2,500 customer pages),
# side by side with brm report kpi in one run. Each round times, in turn:
#   kpi     brm report kpi (output discarded)
#   first   brm site into a folder that does not exist
#   second  brm site into the folder of the round before, after one complaint changed
# and lists the files the second run wrote (newer than a mark made just before it),
# with whether each shows the complaint. The medians of BENCH_RUNS rounds (default 7)
# are compared with the targets (issue "brm site"): first at most 4 times kpi, second
# at most 1.5 times kpi and writing only pages that show the complaint.
#
# The workspace is a copy of the benchmark workspace made of hard links; the complaint
# is edited by writing a new file in its place, so the original is never touched.
#
#   bench/site.sh [CUSTOMERS]      BRM=/path/to/brm BENCH_RUNS=N
set -euo pipefail
source "$(dirname "$0")/workspace.sh"
runs="${BENCH_RUNS:-7}"
as_of=2026-11-23
work="${BENCH_CACHE:-/tmp/brm-bench}/site-$customers"
rm -rf "$work" && mkdir -p "$work"
cp -al "$ws" "$work/ws"
# An open complaint received in the year up to the as-of date: it is on the list of
# complaints, its customer's page and the review.
complaint=$(cd "$work/ws/complaints" && grep -l '^status: open' $(ls | sort | tail -400) | tail -1)
id="${complaint%.yaml}"
echo "complaint changed each round: $id"

edit() {  # a new summary for the complaint, written beside it and renamed over it
  python3 - "$work/ws/complaints/$complaint" "$1" <<'PY'
import os, re, sys
path, n = sys.argv[1], sys.argv[2]
text = re.sub(r"(?m)^summary: .*$", f"summary: Printer queue stalls (round {n})", open(path).read())
open(path + ".new", "w").write(text)
os.replace(path + ".new", path)
PY
}

seconds() {  # seconds one command takes, its output discarded
  local start end
  start=$(date +%s%N)
  "$@" >/dev/null 2>&1
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}

median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

brm() { "$BRM" -C "$work/ws" "$@" --as-of "$as_of"; }
brm site "$work/site" >/dev/null  # the site the first second run updates
kpi="" first="" second="" written_all=""
for ((i = 1; i <= runs; i++)); do
  kpi+="$(seconds brm report kpi) "
  rm -rf "$work/first"
  first+="$(seconds brm site "$work/first") "
  edit "$i"
  touch "$work/mark"
  sleep 0.01
  second+="$(seconds brm site "$work/site") "
  written=$(cd "$work/site" && find . -type f -newer "$work/mark" ! -name .brm-site | sed 's|^\./||' | sort)
  written_all+="round $i: $(echo $written)"$'\n'
done

# Which pages show the complaint, in the last round's site.
shows=$(cd "$work/site" && grep -rl --include='*.html' -e "$id" . | sed 's|^\./||' | sort)
extra=$(comm -23 <(echo "$written" | tr ' ' '\n' | grep . | sort) <(echo "$shows"))
k=$(tr ' ' '\n' <<<"$kpi" | grep . | median)
f=$(tr ' ' '\n' <<<"$first" | grep . | median)
s=$(tr ' ' '\n' <<<"$second" | grep . | median)
rf=$(echo "scale=2; $f / $k" | bc)
rs=$(echo "scale=2; $s / $k" | bc)
met() { [ "$(echo "$1 <= $2" | bc)" = 1 ] && echo "met (at most $2)" || echo "NOT met (at most $2)"; }
pages=$(find "$work/first" -name '*.html' | wc -l)
out="$here/out/site.md"
{
  echo "| run | median | times brm report kpi | target |"
  echo "|---|---:|---:|---|"
  echo "| brm report kpi | ${k} s | 1.00 | |"
  echo "| brm site, first ($pages pages, $(du -sm "$work/first" | cut -f1) MB) | ${f} s | ${rf} | $(met "$rf" 4) |"
  echo "| brm site, second, one complaint changed | ${s} s | ${rs} | $(met "$rs" 1.5) |"
  echo
  echo "Files the second run wrote, per round:"
  echo
  echo "$written_all" | grep . | sed 's/^/    /'
  echo
  echo "Pages that show complaint $id: $(echo $shows)"
  echo "Written but not showing it: ${extra:-none}"
} | tee "$out"
echo "medians of $runs rounds; written to $out"
