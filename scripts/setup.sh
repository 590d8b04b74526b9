#!/usr/bin/env bash
# Installs the Debian 12 packages brm needs (idempotent) and builds it into build/.
# Run as root on a fresh machine (or with sudo); later runs skip what is installed.
#
#   scripts/setup.sh           what building and running brm needs: builds brm, its
#                              manual pages and completions (and can make the package)
#   scripts/setup.sh --tests   also what the tests need and judge with, and builds them
set -euo pipefail
cd "$(dirname "$0")/.."
tests=0
case "${1:-}" in
  "") ;;
  --tests) tests=1 ;;
  *) echo "usage: scripts/setup.sh [--tests]" >&2; exit 2 ;;
esac

packages=(cmake g++ make pkg-config python3 gzip libcli11-dev libfmt-dev libyaml-dev libyaml-cpp-dev
          nlohmann-json3-dev libutf8proc-dev libcsv-dev libjemalloc-dev libgit2-dev
          libicu-dev gettext libxlsxwriter-dev libical-dev   # languages, workbooks, calendars
          dpkg-dev file)   # cpack -G DEB: dpkg-shlibdeps computes the package's dependencies
if ((tests)); then
  packages+=(catch2 tidy git pre-commit python3-yaml   # the tests make repositories, try the hooks, read the CI files
             mandoc zsh fish lintian                     # judges of the manual pages, completions and package
             clang-14 libclang-rt-14-dev llvm-14         # scripts/fuzz.sh and sanitize.sh (llvm-symbolizer for traces)
             chromium poppler-utils fonts-droid-fallback  # the A4 print test (CJK letters too)
             python3-openpyxl python3-icalendar)          # judges of the workbooks and calendars
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm for the SARIF validator: Debian's package, unless a Node.js install brought its own.
((tests)) && ! command -v npm >/dev/null && missing+=(npm)
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

if ((tests)); then
  # The SARIF validator the tests judge `validate -f sarif` with, pinned in tests/sarif.
  if [ ! -x tests/sarif/node_modules/.bin/sarif-multitool ]; then
    (cd tests/sarif && npm ci --no-audit --no-fund --loglevel=error)
  fi
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=ON >/dev/null
  cmake --build build -j "$(nproc)"
else
  # Without the test tools the tests cannot be configured; a build folder that has them
  # keeps them.
  testing=OFF
  grep -qs '^BUILD_TESTING:BOOL=ON' build/CMakeCache.txt && testing=ON
  cmake -S . -B build -DCMAKE_BUILD_TYPE=Release -DBUILD_TESTING=$testing >/dev/null
  cmake --build build -j "$(nproc)" --target brm brm_docs
fi
