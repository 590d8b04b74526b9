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
  if [ "$got" != "$want" ]; then echo "brm ${*:2} <Tab>: want '$want', got '$got'"; failed=1; return 1; fi
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
# From elsewhere, -C names the workspace the ids come from, also after the command.
cd /
expect "$customers" brm -C "$src/examples/demo" review --customer ""
expect "$customers" brm review -C "$src/examples/demo" --customer ""
expect "" brm review --customer ""
# Global options after the command, and values written with `=` (bash splits at it).
cd "$src/examples/demo"
expect "agreements complaints customer customers delivery kpi satisfaction" brm report --color never ""
expect "agreements complaints customer customers delivery kpi satisfaction" brm report --format = json ""
expect "always auto never" brm --color = ""
# A file name is never run as code: `$(...)` in one is no id, and is not offered.
scratch=$(mktemp -d)
cp -r "$src/examples/demo" "$scratch/ws"
touch "$scratch/ws/customers/\$(touch\${IFS}PWNED).yaml"
cd "$scratch"
expect "$customers" brm -C ws review --customer ""
git init -q -b main repo && git -C repo -c user.name=t -c user.email=t@example.org commit -q --allow-empty -m start &&
  git -C repo branch '$(touch${IFS}PWNED)'
cd repo
expect "main" brm validate --at m
expect "HEAD" brm validate --at H
COMP_WORDS=(brm validate --at ""); COMP_CWORD=3; "$function"  # every ref, the odd one too
cd ..
[ ! -e PWNED ] && [ ! -e repo/PWNED ] || { echo "a Tab ran a command from a name"; failed=1; }
rm -rf "$scratch"
exit $failed
