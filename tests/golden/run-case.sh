#!/usr/bin/env bash
# Runs one golden case: tests/golden/<case>/ holds
#   cmd        a bash command line calling `brm` ($EXAMPLES is the examples folder)
#   workspace/ optional files, copied to a scratch folder that is the working directory
#   setup      optional script run in the scratch folder first (links, large files, FIFOs)
#   stdout, stderr, status   what brm must print and return
# With BRM_UPDATE_GOLDEN=1 the expected files are rewritten instead of compared.
set -euo pipefail
brm=$1 case_dir=$2 src=$3
scratch=$(mktemp -d) bin=$(mktemp -d)
trap 'rm -rf "$scratch" "$bin"' EXIT
ln -s "$brm" "$bin/brm"
[ -d "$case_dir/workspace" ] && cp -a "$case_dir/workspace" "$scratch/workspace"
if [ -x "$case_dir/setup" ]; then (cd "$scratch" && "$case_dir/setup"); fi

args=$(cat "$case_dir/cmd")
set +e
# The sanitizer settings and the parse arena switch reach brm (scripts/sanitize.sh).
(cd "$scratch" && env -i PATH="$bin:/usr/bin:/bin" HOME="$scratch" LC_ALL=C.UTF-8 EXAMPLES="$src/examples" \
  ${ASAN_OPTIONS+"ASAN_OPTIONS=$ASAN_OPTIONS"} ${UBSAN_OPTIONS+"UBSAN_OPTIONS=$UBSAN_OPTIONS"} \
  ${BRM_PARSE_ARENA+"BRM_PARSE_ARENA=$BRM_PARSE_ARENA"} \
  bash -c "$args" >"$scratch/.stdout" 2>"$scratch/.stderr")
echo $? >"$scratch/.status"
set -e
# Scratch and checkout paths differ between machines; show them as <scratch> and <src>.
sed -i "s|$scratch|<scratch>|g; s|$src|<src>|g" "$scratch/.stdout" "$scratch/.stderr"

if [ "${BRM_UPDATE_GOLDEN:-}" = 1 ]; then
  for f in stdout stderr status; do cp "$scratch/.$f" "$case_dir/$f"; done
  exit 0
fi
failed=0
for f in stdout stderr status; do
  diff -u --label "expected $f" --label "actual $f" "$case_dir/$f" "$scratch/.$f" || failed=1
done
exit $failed
