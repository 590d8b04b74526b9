#!/usr/bin/env bash
# The fish completion, asked by fish itself (`complete -C`, what Tab shows) in the demo
# workspace.
#
#   fish.sh BRM SOURCE_DIR
set -euo pipefail
brm=$1 src=$2
bin=$(mktemp -d); trap 'rm -rf "$bin"' EXIT
ln -s "$brm" "$bin/brm"
"$brm" completion fish >"$bin/brm.fish"
cd "$src/examples/demo"
ask() { PATH=$bin:$PATH fish --no-config -c "source $bin/brm.fish; complete -C '$1'" | cut -f1 | sort | xargs; }
failed=0
expect() {
  local got; got=$(ask "$2")
  [ "$got" = "$1" ] || { echo "$2<Tab>: want '$1', got '$got'"; failed=1; }
}
expect "review" "brm rev"
expect "$(ls complaints | sed 's/\.yaml$//' | sort | xargs)" "brm complaint update "
expect "github gitlab json sarif text" "brm validate --format "
expect "$(ls customers | sed 's/\.yaml$//' | sort | xargs)" "brm review --customer "
expect "agreements complaints customer customers delivery kpi satisfaction" "brm report "
expect "--staged --strict" "brm validate --st"
expect "list log update" "brm complaint "
exit $failed
