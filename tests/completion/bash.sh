#!/usr/bin/env bash
# Drives the bash completion as bash does on Tab (COMP_WORDS, COMP_CWORD, the function
# `complete -p` names) inside the demo workspace, and checks what it offers.
#
#   bash.sh BRM SOURCE_DIR
set -uo pipefail
brm=$1 src=$2
bin=$(mktemp -d); trap 'rm -rf "$bin"' EXIT
ln -s "$brm" "$bin/brm"; PATH=$bin:$PATH
source <(brm completion bash)
cd "$src/examples/demo"
failed=0
function=$(complete -p brm | sed -n 's/.*-F \([^ ]*\) brm$/\1/p')
[ -n "$function" ] || { echo "complete -p brm: $(complete -p brm)"; exit 1; }
expect() {  # expect "WANTED" WORD...: the words offered for the last WORD, sorted
  local want=$1; shift
  COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=()
  "$function"
  local got; got=$(printf '%s\n' "${COMPREPLY[@]}" | sort | xargs)
  if [ "$got" != "$want" ]; then echo "brm ${*:2} <Tab>: want '$want', got '$got'"; failed=1; fi
}
complaints=$(ls complaints | sed 's/\.yaml$//' | sort | xargs)
customers=$(ls customers | sed 's/\.yaml$//' | sort | xargs)
expect "review" brm rev
expect "update" brm complaint up
expect "$complaints" brm complaint update ""
expect "2026-10-05-water-mailbox-full" brm complaint update 2026-10-05
expect "github gitlab json sarif text" brm validate -f ""
expect "agreements complaints customer customers delivery kpi satisfaction" brm report ""
expect "$customers" brm report customer ""
expect "$customers" brm review --customer ""
expect "$customers" brm -C "$src/examples/demo" --color never meeting new --type planning --customer ""
expect "--staged --strict" brm validate --st
expect "critical high low medium" brm complaint log --severity ""
expect "always auto never" brm --color ""
expect "bash fish zsh" brm completion ""
expect "" brm complaint log --summary ""
(cd / && expect "$customers" brm -C "$src/examples/demo" review --customer "") || failed=1
exit $failed
