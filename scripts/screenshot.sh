#!/usr/bin/env bash
# Renders an HTML report to a PNG with headless Chromium, so a person can look at it
# without a browser at hand, and so docs/report-customer.png can be made again.
#
#   scripts/screenshot.sh [REPORT.html [OUT.png]]
#
# Without arguments: `brm report customer finance` on examples/demo as of 2026-11-23,
# written to docs/report-customer.png. Installs Debian's `chromium` with apt-get when it
# is missing. Not part of the test suite.
#
# Environment: BRM (default build/brm), WIDTH (default 1200 pixels). Chromium draws a
# window of WIDTH x 8000 pixels; the white below the end of the page is cut off.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
brm="${BRM:-$root/build/brm}"
width="${WIDTH:-1200}"

if ! command -v chromium >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || sudo="sudo"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends chromium >/dev/null
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

if [ $# -ge 1 ]; then
  html="$(cd "$(dirname "$1")" && pwd)/$(basename "$1")"
  out="${2:-${1%.html}.png}"
else
  [ -x "$brm" ] || { echo "screenshot: no brm at $brm (build it, or set BRM=...)" >&2; exit 2; }
  html="$work/report.html"
  "$brm" -C "$root/examples/demo" report customer finance --as-of 2026-11-23 -o "$html"
  out="$root/docs/report-customer.png"
fi
[ -f "$html" ] || { echo "screenshot: no such file: $html" >&2; exit 2; }

# A fresh profile and nothing fetched from the network: the report must stand on its own.
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --hide-scrollbars --user-data-dir="$work/profile" \
  --window-size="$width,8000" --screenshot="$work/shot.png" "file://$html" >/dev/null 2>&1

# Cut the white below the page (standard library only: Chromium writes 8-bit RGB(A) PNGs).
python3 - "$work/shot.png" "$out" <<'PY'
import struct, sys, zlib

src, dst = sys.argv[1], sys.argv[2]
data = open(src, "rb").read()
pos, idat, head = 8, b"", None
while pos < len(data):
    n, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + n]
    if kind == b"IHDR":
        head = body
    elif kind == b"IDAT":
        idat += body
    pos += 12 + n
w, h, depth, colour = struct.unpack(">IIBB", head[:10])
bpp = {2: 3, 6: 4}[colour]
stride = w * bpp
raw, rows, prev = zlib.decompress(idat), [], bytearray(stride)
for y in range(h):
    f, line = raw[y * (stride + 1)], bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
    for i in range(stride):
        a = line[i - bpp] if i >= bpp else 0
        b, c = prev[i], prev[i - bpp] if i >= bpp else 0
        if f == 1: line[i] = (line[i] + a) & 255
        elif f == 2: line[i] = (line[i] + b) & 255
        elif f == 3: line[i] = (line[i] + (a + b) // 2) & 255
        elif f == 4:
            p = a + b - c
            pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
            line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
    rows.append(bytes(line))
    prev = line
white = bytes([255] * stride)
last = max((y for y, r in enumerate(rows) if r != white), default=0)
keep = min(h, last + 40)
chunk = lambda k, b: struct.pack(">I", len(b)) + k + b + struct.pack(">I", zlib.crc32(k + b) & 0xFFFFFFFF)
body = zlib.compress(b"".join(b"\0" + r for r in rows[:keep]), 9)
png = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">II", w, keep) + head[8:]) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
open(dst, "wb").write(png)
PY
echo "wrote $out"
