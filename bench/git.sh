#!/usr/bin/env bash
# brm and git: `brm validate --at HEAD` against `brm validate` on the checkout of the same
# commit, on the 2,500-customer workspace (about 102,600 files) committed to a scratch
# repository, side by side in one run: each round runs both in turn, so that a change in
# the machine's load falls on both, and the medians of BENCH_RUNS rounds (default 7) are
# compared. Target (issue "brm in git and CI"): --at HEAD at most 2 times the checkout.
# The repository is measured as a commit leaves it (loose objects) and after `git gc`
# (one pack file, as a clone has).
#
#   bench/git.sh [CUSTOMERS]      BRM=/path/to/brm BENCH_RUNS=N
set -euo pipefail
source "$(dirname "$0")/workspace.sh"
runs="${BENCH_RUNS:-7}"
repo="${ws}-git"
as_of=2026-11-23
if [ ! -d "$repo/.git" ]; then
  rm -rf "$repo"
  cp -r "$ws" "$repo"
  git -C "$repo" init -q -b main
  git -C "$repo" add -A
  # No automatic gc in the background: it would run during the measurements.
  git -C "$repo" config gc.auto 0
  # No automatic gc in the background: it would run during the measurements.
  git -C "$repo" config gc.auto 0
  git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -qm "benchmark workspace"
fi

seconds() {
  local start end
  start=$(date +%s%N)
  "$BRM" -C "$repo" "$@" >/dev/null 2>&1 || true
  end=$(date +%s%N)
  echo "scale=3; ($end - $start) / 1000000000" | bc
}
median() { sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}'; }

out="$here/out/git.md"
{
  echo "| objects | brm validate (checkout) | brm validate --at HEAD | ratio | target |"
  echo "|---|---:|---:|---:|---|"
  for state in loose packed; do
    if [ "$state" = packed ]; then git -C "$repo" gc -q; fi
    if [ "$state" = loose ] && [ -n "$(ls "$repo/.git/objects/pack")" ]; then
      echo "| loose | (packed by an earlier run) | | | |"
      continue
    fi
    plain="" at=""
    "$BRM" -C "$repo" validate --as-of $as_of >/dev/null 2>&1 || true
    "$BRM" -C "$repo" validate --as-of $as_of --at HEAD >/dev/null 2>&1 || true
    for ((i = 1; i <= runs; i++)); do
      plain+="$(seconds validate --as-of $as_of) "
      at+="$(seconds validate --as-of $as_of --at HEAD) "
    done
    a=$(tr ' ' '\n' <<<"$plain" | grep . | median)
    b=$(tr ' ' '\n' <<<"$at" | grep . | median)
    ratio=$(echo "scale=2; $b / $a" | bc)
    ok=$(echo "$ratio <= 2" | bc)
    echo "| $state | ${a} s | ${b} s | ${ratio} | $([ "$ok" = 1 ] && echo "met (at most 2)" || echo "NOT met (at most 2)") |"
  done

  # brm diff HEAD~1 for a commit that changes 10 complaints, against brm report kpi.
  if [ "$(git -C "$repo" rev-list --count HEAD)" = 1 ]; then
    for f in $(ls "$repo/complaints" | head -10); do
      sed -i 's/^summary: /summary: Reworded, /' "$repo/complaints/$f"
    done
    git -C "$repo" -c user.name=bench -c user.email=bench@example.org commit -qam "ten complaints reworded"
  fi
  kpi="" diff=""
  for ((i = 1; i <= runs; i++)); do
    kpi+="$(seconds report kpi --as-of $as_of) "
    diff+="$(seconds diff HEAD~1 --as-of $as_of) "
  done
  a=$(tr ' ' '\n' <<<"$kpi" | grep . | median)
  b=$(tr ' ' '\n' <<<"$diff" | grep . | median)
  ratio=$(echo "scale=2; $b / $a" | bc)
  ok=$(echo "$ratio <= 2.5" | bc)
  echo
  echo "| command | seconds | ratio to report kpi | target |"
  echo "|---|---:|---:|---|"
  echo "| brm report kpi | ${a} s | | |"
  echo "| brm diff HEAD~1 (10 files changed) | ${b} s | ${ratio} | $([ "$ok" = 1 ] && echo "met (at most 2.5)" || echo "NOT met (at most 2.5)") |"
} | tee "$out"
echo "medians of $runs alternating rounds; written to $out"
