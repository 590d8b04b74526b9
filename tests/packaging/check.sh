#!/usr/bin/env bash
# Builds the Debian package with CPack from the build folder, lists it, unpacks it into a
# scratch root with dpkg-deb and runs the brm found there; lintian must report no error
# and no warning (docs/packaging.md). Then `cmake --install` with DESTDIR and a prefix
# of its own must put the same files under that prefix.
#
#   check.sh BUILD_DIR SCRATCH
set -euo pipefail
build=$1 scratch=$2
rm -rf "$scratch"; mkdir -p "$scratch"
(cd "$scratch" && cpack -G DEB --config "$build/CPackConfig.cmake" -B "$scratch/out" >/dev/null)
deb=$(ls "$scratch"/out/brm_*.deb)
echo "package: $(basename "$deb")"
dpkg-deb -c "$deb" | awk '{print $6}' | sed 's|^\./|/|' | sort >"$scratch/contents"
failed=0
for f in /usr/bin/brm /usr/share/man/man1/brm.1.gz /usr/share/man/man1/brm-review.1.gz \
         /usr/share/man/man1/brm-complaint-update.1.gz /usr/share/bash-completion/completions/brm \
         /usr/share/zsh/vendor-completions/_brm /usr/share/fish/vendor_completions.d/brm.fish \
         /usr/share/doc/brm/copyright /usr/share/doc/brm/changelog.gz /usr/share/doc/brm/README.md \
         /usr/share/doc/brm/docs/data-model.md /usr/share/doc/brm/examples/demo/brm.yaml; do
  grep -qx "$f" "$scratch/contents" || { echo "not in the package: $f"; failed=1; }
done
depends=$(dpkg-deb -f "$deb" Depends)
for lib in libc6 libyaml-0-2 libgit2 libjemalloc2; do
  [[ $depends == *"$lib"* ]] || { echo "Depends lacks $lib: $depends"; failed=1; }
done
dpkg-deb -x "$deb" "$scratch/root"
"$scratch/root/usr/bin/brm" --version
"$scratch/root/usr/bin/brm" -C "$scratch/root/usr/share/doc/brm/examples/demo" validate --as-of 2026-11-23 2>&1 | tail -1
zcat "$scratch/root/usr/share/man/man1/brm-review.1.gz" | mandoc -T utf8 | col -b | grep -q -- '--fail-on' ||
  { echo "brm-review(1) does not read back"; failed=1; }
lintian --fail-on error,warning "$deb" 2>&1 | grep -v 'running with root privileges' || true
lintian --fail-on error,warning "$deb" >/dev/null 2>&1 || { echo "lintian reports errors or warnings"; failed=1; }

DESTDIR="$scratch/destdir" cmake --install "$build" --prefix /opt/brm >/dev/null
(cd "$scratch/destdir/opt/brm" && find . -type f | sed 's|^\.||' | sort) >"$scratch/installed"
sed 's|^/usr||' "$scratch/contents" | grep -v '/$' | sort >"$scratch/packaged"
if ! diff -u "$scratch/packaged" "$scratch/installed" >/dev/null; then
  echo "cmake --install with DESTDIR and --prefix /opt/brm installs other files than the package has:"
  diff -u "$scratch/packaged" "$scratch/installed" | head -20; failed=1
fi
echo "$(wc -l <"$scratch/installed") files installed"
exit $failed
