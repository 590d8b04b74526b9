#!/usr/bin/env bash
# Install what bench/validate.sh needs. Idempotent: does nothing when all is present.
#   Debian: yamllint, hyperfine, time (/usr/bin/time -v), g++, python3, nodejs, npm
#   npm (pinned in bench/package.json + package-lock.json): ajv-cli, ajv-formats,
#   installed into bench/.node/node_modules (ajv-cli 5 brings js-yaml for .yaml data).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"

log() { printf 'setup: %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; elif command -v sudo >/dev/null; then sudo "$@"
  else log "need root to run: $*"; exit 2; fi
}

# Debian packages: package name -> a file that proves it is installed.
declare -A probe=(
  [yamllint]=/usr/bin/yamllint
  [hyperfine]=/usr/bin/hyperfine
  [time]=/usr/bin/time
  [g++]=/usr/bin/g++
  [python3]=/usr/bin/python3
  [bc]=/usr/bin/bc
)
missing=()
for p in "${!probe[@]}"; do [ -x "${probe[$p]}" ] || missing+=("$p"); done
command -v node >/dev/null || missing+=(nodejs)
command -v npm  >/dev/null || missing+=(npm)

if [ "${#missing[@]}" -gt 0 ]; then
  log "installing Debian packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  as_root apt-get update -qq
  as_root apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  log "Debian packages present"
fi

# npm packages into bench/.node (a local prefix, nothing global).
prefix="$here/.node"
stamp="$prefix/.installed-lock"
if [ -x "$prefix/node_modules/.bin/ajv" ] && [ -f "$stamp" ] \
   && cmp -s "$stamp" "$here/package-lock.json"; then
  log "ajv-cli present in $prefix"
else
  log "installing ajv-cli and ajv-formats into $prefix"
  mkdir -p "$prefix"
  cp "$here/package.json" "$prefix/package.json"
  if [ -f "$here/package-lock.json" ]; then
    cp "$here/package-lock.json" "$prefix/package-lock.json"
    (cd "$prefix" && npm ci --no-audit --no-fund --loglevel=error)
  else
    (cd "$prefix" && npm install --no-audit --no-fund --loglevel=error)
    cp "$prefix/package-lock.json" "$here/package-lock.json"
  fi
  cp "$here/package-lock.json" "$stamp"
fi

# Check that ajv-cli can read YAML data (it needs js-yaml, a dependency of ajv-cli 5).
(cd "$prefix" && node -e 'require("js-yaml"); require("ajv-formats")') \
  || { log "js-yaml or ajv-formats missing under $prefix"; exit 2; }
log "ok: $("$prefix/node_modules/.bin/ajv" help >/dev/null 2>&1; echo ajv-cli $(node -p 'require(process.argv[1]).version' "$prefix/node_modules/ajv-cli/package.json")), $(yamllint --version), $(hyperfine --version)"
