#!/usr/bin/env bash
# Installs the Debian 12 packages brm needs (idempotent) and builds it into build/.
# Run as root on a fresh machine; later runs skip what is already installed.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(cmake g++ make pkg-config libcli11-dev libfmt-dev catch2 libyaml-dev
          libyaml-cpp-dev nlohmann-json3-dev libutf8proc-dev libcsv-dev libjemalloc-dev tidy
          libgit2-dev git pre-commit python3-yaml   # --at REV reads git objects; the tests make repositories, try the hooks and read the CI files
          clang-14 libclang-rt-14-dev llvm-14   # scripts/fuzz.sh (llvm-symbolizer for traces)
          chromium poppler-utils fonts-droid-fallback)  # the A4 print test (CJK letters too)
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
# npm for the SARIF validator: Debian's package, unless a Node.js install brought its own.
command -v npm >/dev/null || missing+=(npm)
if ((${#missing[@]})); then
  sudo=""; [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi

# The SARIF validator the tests judge `validate -f sarif` with, pinned in tests/sarif.
if [ ! -x tests/sarif/node_modules/.bin/sarif-multitool ]; then
  (cd tests/sarif && npm ci --no-audit --no-fund --loglevel=error)
fi

cmake -S . -B build -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build -j "$(nproc)"
