#!/usr/bin/env bash
# The manual pages the build made: mandoc's lint says nothing of any page; every command
# of `brm --help` (and each group's) has its page, with the sections a user looks for; and
# every option its --help lists is on its page, so the two cannot drift apart.
#
#   check.sh BRM MAN_DIR
set -euo pipefail
brm=$1 dir=$2
failed=0
lint=$(mandoc -T lint "$dir"/*.1 2>&1 || true)
[ -z "$lint" ] || { echo "mandoc -T lint:"; echo "$lint"; failed=1; }

commands() {  # the commands --help lists under "Subcommands:"
  "$brm" "$@" --help | sed -n '/^Subcommands:/,$p' | sed -n 's/^  \([a-z][a-z-]*\)  .*/\1/p'
}
pages=("")
for c in $(commands); do
  pages+=("$c")
  for s in $(commands "$c"); do pages+=("$c $s"); done
done
for words in "${pages[@]}"; do
  name=brm${words:+-${words// /-}}
  page=$dir/$name.1
  [ -f "$page" ] || { echo "no page $name.1"; failed=1; continue; }
  text=$(MANWIDTH=200 mandoc -T utf8 "$page" | col -b)
  for section in NAME SYNOPSIS DESCRIPTION OPTIONS ENVIRONMENT FILES "EXIT STATUS" EXAMPLES "SEE ALSO"; do
    grep -q "^$section\$" <<<"$text" || { echo "$name.1: no $section section"; failed=1; }
  done
  # shellcheck disable=SC2086
  for option in $("$brm" $words --help | grep -oE '^ +(-[a-zA-Z], ?)?--[a-z][a-z-]*' | grep -oE -- '--[a-z-]+'); do
    # The option's own entry (its heading line in OPTIONS), not a mention in other text.
    grep -qE "^ {7}(-[a-zA-Z], )?$option( |,|$)" <<<"$text" ||
      { echo "$name.1: no entry for $option, which 'brm $words --help' lists"; failed=1; }
  done
done
echo "${#pages[@]} pages checked"
exit $failed
