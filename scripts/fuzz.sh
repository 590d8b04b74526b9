#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz/ into build-asan/ (scripts/build-asan.sh, the
# sanitizer build scripts/sanitize.sh runs the tests of) and runs each
# on a copy of its seed corpus (tests/fuzz/corpus/<target>/ is never written to).
#
#   scripts/fuzz.sh [TARGET...]     fuzz_reader fuzz_editor fuzz_csv fuzz_cli (default: all)
#
#   FUZZ_RUNS=N      executions per target (default 20000, fuzz_cli 3000)
#   FUZZ_SECONDS=S   run each target for S seconds instead (-max_total_time)
#   FUZZ_SEED=N      libFuzzer's seed (default 1, so that a CI run is repeatable; 0 picks
#                    a new one each run, for longer runs by hand)
#   BRM_PARSE_ARENA  when not set: off for fuzz_reader, fuzz_editor and fuzz_csv, so that
#                    ASan sees every libyaml allocation of the input; as brm runs it for
#                    fuzz_cli, which parses the demo's fixed files. When set: that, for all.
#
# Prints one line per target; exits non-zero when any target found something. A crash,
# leak or timeout input is kept as tests/fuzz/findings/<target>-<kind>-<sha1> (git
# ignores the folder), its report as tests/fuzz/findings/<target>.log. Reproduce with
#   build-asan/tests/fuzz/<target> tests/fuzz/findings/<file>
set -euo pipefail
cd "$(dirname "$0")/.."
root=$PWD

all=(fuzz_reader fuzz_editor fuzz_csv fuzz_cli)
targets=("$@")
((${#targets[@]})) || targets=("${all[@]}")
for t in "${targets[@]}"; do
  [[ " ${all[*]} " == *" $t "* ]] || { echo "fuzz.sh: unknown target '$t'; the targets are ${all[*]}" >&2; exit 2; }
done

scripts/build-asan.sh "${targets[@]}" >/dev/null

findings=$root/tests/fuzz/findings
mkdir -p "$findings"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
arena_of() {
  if [ -n "${BRM_PARSE_ARENA+set}" ]; then echo "$BRM_PARSE_ARENA"
  elif [ "$1" = fuzz_cli ]; then echo on
  else echo off
  fi
}

dict_of() {
  case $1 in
    fuzz_reader | fuzz_editor) echo "$root/tests/fuzz/yaml.dict" ;;
    fuzz_csv) echo "$root/tests/fuzz/csv.dict" ;;
    fuzz_cli) echo "$root/tests/fuzz/cli.dict" ;;
  esac
}

failed=0
for t in "${targets[@]}"; do
  corpus=$work/$t log=$work/$t.log
  cp -r "tests/fuzz/corpus/$t" "$corpus"
  if [ -n "${FUZZ_SECONDS:-}" ]; then
    limit=(-max_total_time="$FUZZ_SECONDS")
  else
    runs=${FUZZ_RUNS:-$([ "$t" = fuzz_cli ] && echo 3000 || echo 20000)}
    limit=(-runs="$runs")
  fi
  start=$SECONDS
  set +e
  BRM_PARSE_ARENA=$(arena_of "$t") "build-asan/tests/fuzz/$t" "$corpus" "${limit[@]}" -seed="${FUZZ_SEED:-1}" -dict="$(dict_of "$t")" -rss_limit_mb=2048 -timeout=10 \
    -artifact_prefix="$findings/$t-" -print_final_stats=1 </dev/null >"$log" 2>&1
  status=$?
  set -e
  seconds=$((SECONDS - start))
  execs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  if [ "$status" -eq 0 ]; then
    result="no finding"
  else
    failed=1
    cp "$log" "$findings/$t.log"
    artifact=$(sed -n 's/.*Test unit written to \(.*\)$/\1/p' "$log" | tail -1)
    result="FAILED (exit $status): ${artifact:-no input saved}; report in tests/fuzz/findings/$t.log"
  fi
  printf '%-12s %8s executions  %6s exec/s  %4ss  %s\n' "$t" "${execs:-?}" "${rate:-?}" "$seconds" "$result"
  if [ "$status" -ne 0 ]; then grep -m1 -A12 -E '^==[0-9]+==ERROR|runtime error|broken promise|ERROR: libFuzzer' "$log" | sed 's/^/    /' || true; fi
done
exit $failed
