#!/bin/sh
# Writes what the build makes from brm itself, so that it cannot drift from the program:
# the manual pages (from the same definitions as --help; gzipped as Debian installs
# them, plain for `man -l` and mandoc's lint), the completion scripts, and the Debian
# changelog, gzipped.
#
#   generate-docs.sh BRM SOURCE_DIR OUT_DIR
set -eu
brm=$1 src=$2 out=$3
rm -rf "$out/man" "$out/completions"
mkdir -p "$out/man" "$out/completions"
"$brm" __man "$out/man"
for page in "$out"/man/*.1; do gzip -9n <"$page" >"$page.gz"; done
"$brm" completion bash >"$out/completions/brm"
"$brm" completion zsh >"$out/completions/_brm"
"$brm" completion fish >"$out/completions/brm.fish"
gzip -9n <"$src/packaging/changelog" >"$out/changelog.gz"
