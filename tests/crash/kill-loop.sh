#!/usr/bin/env bash
# Kills brm with SIGKILL at random moments while it writes, KILLS times for a complaint
# update and OUTPUTS times for a report written with -o, and checks after every kill
# that no record or report is torn and that nothing is left beside them but what the
# next run removes; after one last uninterrupted run nothing at all may be left.
#   tests/crash/kill-loop.sh BRM EXAMPLES [KILLS] [OUTPUTS]
set -euo pipefail
brm=$1 examples=$2 kills=${3:-500} outputs=${4:-200}
scratch=$(mktemp -d)
trap 'rm -rf "$scratch"' EXIT
cp -r "$examples/demo" "$scratch/ws"
cd "$scratch"
mkdir log out
id=2026-11-19-social-care-app-logout
record=ws/complaints/$id.yaml

# What may stay after a kill: a temporary file named in the instant before its rename,
# carrying a process id that is no longer running, which the next write removes.
debris() { ls -A "$1" | grep -v -e '\.yaml$' -e '\.html$' || true; }
check_debris() {
  local f
  for f in $(debris "$1"); do
    case $f in
      ."$2".tmp-*) temps=$((temps + 1)) ;;
      *) echo "FAIL after kill $i: $1/$f left behind"; exit 1 ;;
    esac
  done
}
# A run on the demo takes about 15 ms (an update) or 70 ms (a report, mostly its fsync), of which the
# write is the last part.
random_delay() { sleep "0.0$(printf %02d $((RANDOM % $1)))"; }

temps=0 written=0
notes=$(grep -c 'note:' "$record")
for i in $(seq 1 "$kills"); do
  "$brm" -C ws complaint update $id --note "kill $i" --as-of 2026-11-27 >/dev/null 2>&1 &
  pid=$!
  random_delay 18
  kill -KILL $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if ! "$brm" -C ws validate "complaints/$id.yaml" --as-of 2026-11-27 >/dev/null 2>log/validate.err; then
    echo "FAIL after kill $i: the record does not validate"; cat log/validate.err; exit 1
  fi
  now=$(grep -c 'note:' "$record")
  if [ "$now" -ne "$notes" ] && [ "$now" -ne $((notes + 1)) ]; then
    echo "FAIL after kill $i: $notes notes before, $now after"; exit 1
  fi
  [ "$now" -eq "$notes" ] || written=$((written + 1))
  notes=$now
  check_debris ws/complaints "$id.yaml"
done
"$brm" -C ws complaint update $id --note "after the kills" --as-of 2026-11-27 >/dev/null 2>&1
echo "complaint update: $kills runs killed, $written of them had written, $temps left a temporary file that the next run removed"

owritten=0
for i in $(seq 1 "$outputs"); do
  echo old >out/report.html
  "$brm" -C ws report kpi --as-of 2026-11-27 -o out/report.html >/dev/null 2>&1 &
  pid=$!
  random_delay 75
  kill -KILL $pid 2>/dev/null || true
  wait $pid 2>/dev/null || true
  if [ "$(cat out/report.html)" != old ]; then
    tail -n 1 out/report.html | grep -qx '</html>' || { echo "FAIL after kill $i: report.html is torn"; exit 1; }
    owritten=$((owritten + 1))
  fi
  check_debris out report.html
done
"$brm" -C ws report kpi --as-of 2026-11-27 -o out/report.html
echo "report -o: $outputs runs killed, the report was whole after each ($owritten had written)"

left=$(debris ws/complaints; debris out)
[ -z "$left" ] || { echo "FAIL: left behind after the last runs: $left"; exit 1; }
"$brm" -C ws validate --as-of 2026-11-27 2>&1 | tail -n 1
echo "nothing left behind"
