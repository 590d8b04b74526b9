#!/usr/bin/env bash
# The zsh completion, run by zsh itself in the demo workspace with compadd and _files
# replaced by functions that print what they were given (zsh filters by prefix itself).
#
#   zsh.sh BRM SOURCE_DIR
set -euo pipefail
brm=$1 src=$2
bin=$(mktemp -d); trap 'rm -rf "$bin"' EXIT
ln -s "$brm" "$bin/brm"
"$brm" completion zsh >"$bin/_brm"
zsh -n "$bin/_brm"
cd "$src/examples/demo"
got=$(PATH=$bin:$PATH zsh -f -c '
compdef() { print -r -- "compdef $*"; }
compadd() { if [[ $1 == -a ]]; then print -r -- "${(P@)2}"; else [[ $1 == -- ]] && shift; print -r -- "$@"; fi; }
_files() { print -r -- "files $*"; }
source '"$bin/_brm"'
t() { words=("$@"); CURRENT=${#words}; _brm; }
t brm ""
t brm complaint update ""
t brm validate --format ""
t brm review --customer ""
t brm validate ""
t brm schema --dir ""
t brm report --f')
want="compdef _brm brm
init new validate review report complaint survey delivery meeting calendar site diff schema completion help
$(ls complaints | sed 's/\.yaml$//' | xargs)
text json github sarif gitlab
$(ls customers | sed 's/\.yaml$//' | xargs)
files 
files -/
-h --help --customer --as-of --at --from --to --table --strict -f --format -o --output --csv-dialect"
if [ "$got" != "$want" ]; then diff -u <(echo "$want") <(echo "$got"); exit 1; fi
