#!/usr/bin/env python3
"""brm site as a browser draws it: headless Chromium renders the demo's index and the
page of the finance customer to PNG, and the pictures must not be blank.

A page can pass every link and Tidy check and still show nothing (text the same colour
as the background, a stylesheet that hides the body), so each picture is decoded here
(pure Python and zlib: no imaging library to install) and must hold at least 3% of
pixels off the background colour and at least 16 distinct colours (antialiased text
alone gives more). The index rendered once more from a copy of the site without
style.css must look clearly different: that proves the pages take their look from the
one shared stylesheet and that its link works from a file:// URL.

With OUT_DIR the two pictures are copied there as site-index.png and
site-customer.png (for the documentation).

usage: screenshot.py BRM SOURCE_DIR CHROMIUM WORK_DIR [OUT_DIR]
"""
import collections
import os
import pathlib
import shutil
import struct
import subprocess
import sys
import zlib

AS_OF = "2026-11-23"
TIMEOUT = 120
MIN_INK = 0.03          # share of pixels off the background colour
MIN_COLOURS = 16
MIN_STYLE_CHANGE = 0.05  # share of pixels the stylesheet changes on the index
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


class CheckFailed(Exception):
    """A picture is wrong (or could not be made); the message says how."""


# --- PNG decoding --------------------------------------------------------------------

def png_chunks(data):
    """(type, body) of each chunk, CRC checked, up to IEND."""
    if not data.startswith(PNG_SIGNATURE):
        raise CheckFailed("not a PNG file (bad signature)")
    pos = len(PNG_SIGNATURE)
    while pos + 12 <= len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        crc, = struct.unpack(">I", data[pos + 8 + length:pos + 12 + length])
        if zlib.crc32(kind + body) != crc:
            raise CheckFailed(f"PNG chunk {kind!r} has a bad CRC")
        yield kind, body
        if kind == b"IEND":
            return
        pos += 12 + length
    raise CheckFailed("PNG ends before IEND")


def png_header(body):
    """(width, height, bytes per pixel) of an IHDR this decoder reads; fails on the rest."""
    width, height, depth, colour, compression, filtering, interlace = struct.unpack(">IIBBBBB", body)
    # Chromium writes 8-bit RGB or RGBA without interlacing; anything else would need
    # code this test has no use for, so it says so rather than guess.
    if depth != 8 or colour not in (2, 6):
        raise CheckFailed(f"PNG of bit depth {depth}, colour type {colour}: only 8-bit RGB (2) "
                          "and RGBA (6) are decoded")
    if compression != 0 or filtering != 0 or interlace != 0:
        raise CheckFailed(f"PNG with compression {compression}, filter method {filtering}, "
                          f"interlace {interlace}: only 0, 0, 0 are decoded")
    return width, height, 3 if colour == 2 else 4


def paeth(left, up, up_left):
    estimate = left + up - up_left
    dl, du, dul = abs(estimate - left), abs(estimate - up), abs(estimate - up_left)
    if dl <= du and dl <= dul:
        return left
    return up if du <= dul else up_left


def unfilter_row(kind, row, prev, bpp):
    """The pixel bytes of one scanline from its filtered bytes and the line above."""
    if kind == 0:
        return row
    if kind == 2:
        return bytearray((a + b) & 0xFF for a, b in zip(row, prev))
    out = bytearray(row)
    if kind == 1:
        for i in range(bpp, len(out)):
            out[i] = (out[i] + out[i - bpp]) & 0xFF
    elif kind == 3:
        for i in range(len(out)):
            left = out[i - bpp] if i >= bpp else 0
            out[i] = (out[i] + ((left + prev[i]) >> 1)) & 0xFF
    elif kind == 4:
        for i in range(len(out)):
            if i >= bpp:
                out[i] = (out[i] + paeth(out[i - bpp], prev[i], prev[i - bpp])) & 0xFF
            else:
                out[i] = (out[i] + prev[i]) & 0xFF
    else:
        raise CheckFailed(f"PNG scanline with unknown filter type {kind}")
    return out


def decode_png(data):
    """(width, height, bpp, [row bytes]) of an 8-bit RGB or RGBA PNG."""
    header, idat = None, []
    for kind, body in png_chunks(data):
        if kind == b"IHDR":
            header = png_header(body)
        elif kind == b"IDAT":
            idat.append(body)
    if header is None or not idat:
        raise CheckFailed("PNG without IHDR or IDAT")
    width, height, bpp = header
    raw = zlib.decompress(b"".join(idat))
    stride = width * bpp
    if len(raw) != height * (stride + 1):
        raise CheckFailed(f"PNG data of {len(raw)} bytes, wanted {height * (stride + 1)}")
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        prev = unfilter_row(raw[start], bytearray(raw[start + 1:start + 1 + stride]), prev, bpp)
        rows.append(bytes(prev))
    return width, height, bpp, rows


def pixels(image):
    """Every pixel's bytes, row by row."""
    width, _, bpp, rows = image
    for row in rows:
        for x in range(0, width * bpp, bpp):
            yield row[x:x + bpp]


# --- judging pictures ----------------------------------------------------------------

def not_blank(image, name):
    """Fail unless enough pixels and colours are off the background; returns a summary."""
    counts = collections.Counter(pixels(image))
    total = image[0] * image[1]
    background, plain = counts.most_common(1)[0]
    ink = 1 - plain / total
    if ink < MIN_INK or len(counts) < MIN_COLOURS:
        raise CheckFailed(f"{name} looks blank: {ink:.1%} of pixels off the background "
                          f"{background.hex()} (wanted {MIN_INK:.0%}), {len(counts)} colours "
                          f"(wanted {MIN_COLOURS})")
    return f"{ink:.1%} ink, {len(counts)} colours"


def share_different(first, second):
    """The share of pixels that differ between two pictures (all, if the sizes differ)."""
    if first[:3] != second[:3]:
        return 1.0
    differ = sum(a != b for a, b in zip(pixels(first), pixels(second)))
    return differ / (first[0] * first[1])


# --- making pictures -----------------------------------------------------------------

def build_site(brm, source, out):
    env = {k: v for k, v in os.environ.items() if k not in ("LANG", "LANGUAGE", "LC_MESSAGES")}
    env["LC_ALL"] = "C.UTF-8"
    run = subprocess.run([brm, "-C", str(source / "examples" / "demo"), "site", str(out),
                          "--as-of", AS_OF], capture_output=True, text=True, env=env, timeout=TIMEOUT)
    if run.returncode != 0:
        raise CheckFailed(f"brm site {out} exited {run.returncode}: {run.stderr.strip()}")


def screenshot(chromium, page, png, work):
    """Render one page as a 1280x1600 window shows it; returns the decoded picture."""
    profile = work / f"profile-{png.stem}"     # a fresh profile: no state between runs
    shutil.rmtree(profile, ignore_errors=True)
    png.unlink(missing_ok=True)
    run = subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                          "--hide-scrollbars", f"--user-data-dir={profile}",
                          "--window-size=1280,1600", f"--screenshot={png}", page.as_uri()],
                         stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                         timeout=TIMEOUT)
    if run.returncode != 0 or not png.is_file():
        raise CheckFailed(f"chromium made no screenshot of {page} (exit {run.returncode}): "
                          f"{run.stderr.strip()[-2000:]}")
    return decode_png(png.read_bytes())


def main():
    if len(sys.argv) not in (5, 6):
        sys.exit(__doc__.strip().splitlines()[-1])
    brm, source, chromium, work = sys.argv[1:5]
    source, work = pathlib.Path(source), pathlib.Path(work).absolute()
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    site, bare = work / "site", work / "site-without-style"
    try:
        build_site(brm, source, site)
        # The same site but for its stylesheet, to see what style.css does.
        shutil.copytree(site, bare)
        (bare / "style.css").unlink()
        pictures = {"site-index.png": site / "index.html",
                    "site-customer.png": site / "customers" / "finance.html"}
        images = {}
        for png, page in pictures.items():
            images[png] = screenshot(chromium, page, work / png, work)
            print(f"ok   {page.relative_to(site)} renders: {not_blank(images[png], png)}", flush=True)
        plain = screenshot(chromium, bare / "index.html", work / "site-index-without-style.png", work)
        change = share_different(images["site-index.png"], plain)
        if change < MIN_STYLE_CHANGE:
            raise CheckFailed(f"index.html without style.css differs in only {change:.1%} of "
                              f"pixels (wanted {MIN_STYLE_CHANGE:.0%}): is style.css linked and used?")
        print(f"ok   style.css changes {change:.1%} of the index's pixels")
    except (CheckFailed, subprocess.TimeoutExpired, OSError, zlib.error) as why:
        print(f"FAIL {why}")
        return 1
    if len(sys.argv) == 6:
        out = pathlib.Path(sys.argv[5])
        out.mkdir(parents=True, exist_ok=True)
        for png in pictures:
            shutil.copyfile(work / png, out / png)
        print(f"ok   copied {', '.join(pictures)} to {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
