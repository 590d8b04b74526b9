#!/usr/bin/env python3
"""Every HTML report prints on A4 without losing text at the page edge.

Each report of the demo, and of the demo with one customer of very long names, ids
and addresses, is printed to PDF by headless Chromium; pdftotext reads the text back.
Every visible character of the HTML (table cells, headings, chart labels) must be in
the PDF as often as in the HTML: a column cut off at the edge of the paper is missing
from pdftotext's output, while text a browser wraps onto more lines is not.

usage: a4.py BRM SOURCE_DIR CHROMIUM PDFTOTEXT WORK_DIR
"""
import collections
import html.parser
import pathlib
import shutil
import subprocess
import sys

AS_OF = "2026-11-23"
KINDS = [["kpi"], ["customers"], ["agreements"], ["complaints"], ["satisfaction"], ["delivery"],
         ["customer", "education"]]

# A customer whose every word is as long as the data contract lets it be, so that
# the widest tables cannot fit by their columns alone.
LONG_CUSTOMER = """\
id: regional-emergency-services-coordination-and-dispatch-centre
name: Regional Emergency Services Coordination and Dispatch Centre
customer:
  name: Maximiliane Östergren-Wahlberg-Lindqvist
  title: Director of Emergency Services Coordination
  email: maximiliane.ostergren-wahlberg-lindqvist@emergency-services.nordvik.example
  phone: "+46 570 810 00"
purchasers:
  - name: Bartholomew Fredriksson-Hammarskjöld
    business_line: Emergency Communications and Dispatch Operations
    email: bartholomew.fredriksson-hammarskjold@emergency-services.nordvik.example
team:
  relationship_manager: Lena Forsberg
  delivery_manager: Mikael Strand
reviewed: 2026-06-10
"""

LONG_AGREEMENT = """\
id: regional-emergency-services-coordination-and-dispatch-2026-28
customer: regional-emergency-services-coordination-and-dispatch-centre
title: Dispatch systems, radio network integration and round-the-clock workplace support
status: active
valid_from: 2026-01-01
valid_until: 2028-12-31
signed:
  by: Maximiliane Östergren-Wahlberg-Lindqvist
  date: 2025-12-01
services:
  - service: gis-maps
    levels:
      - metric: availability during the emergency services' operating hours
        target: 99.95
        unit: "%"
financing:
  amount: 1234567890
  period: month
  currency: SEK
  cost_center: "9500-EMERGENCY-DISPATCH"
"""


class VisibleText(html.parser.HTMLParser):
    """The characters a reader sees: everything but the head, styles and scripts."""

    HIDDEN = {"head", "style", "script", "title"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.hidden = 0
        self.chars = collections.Counter()

    def handle_starttag(self, tag, attrs):
        self.hidden += tag in self.HIDDEN

    def handle_endtag(self, tag):
        self.hidden -= tag in self.HIDDEN

    def handle_data(self, data):
        if not self.hidden:
            self.chars.update(c for c in data if not c.isspace())


def visible_chars(page):
    parser = VisibleText()
    parser.feed(page)
    return parser.chars


def make_long_workspace(source, work):
    ws = work / "long"
    shutil.rmtree(ws, ignore_errors=True)
    shutil.copytree(source / "examples" / "demo", ws)
    name = "regional-emergency-services-coordination-and-dispatch-centre"
    (ws / "customers" / f"{name}.yaml").write_text(LONG_CUSTOMER, encoding="utf-8")
    (ws / "agreements" / "regional-emergency-services-coordination-and-dispatch-2026-28.yaml").write_text(LONG_AGREEMENT, encoding="utf-8")
    return ws


def print_pdf(chromium, html_file, pdf_file, profile):
    subprocess.run([chromium, "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run",
                    f"--user-data-dir={profile}", "--no-pdf-header-footer",
                    f"--print-to-pdf={pdf_file}", html_file.as_uri()],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=120)


def check(brm, chromium, pdftotext, workspace, kind, work, label):
    stem = work / f"{label}-{'-'.join(kind)}"
    html_file = stem.with_suffix(".html")
    pdf_file = stem.with_suffix(".pdf")
    subprocess.run([brm, "-C", str(workspace), "report", *kind, "--as-of", AS_OF,
                    "-f", "html", "-o", str(html_file)], check=True)
    print_pdf(chromium, html_file, pdf_file, stem.with_suffix(".profile"))
    text = subprocess.run([pdftotext, "-raw", str(pdf_file), "-"], check=True, capture_output=True,
                          text=True).stdout
    missing = visible_chars(html_file.read_text(encoding="utf-8")) - collections.Counter(
        c for c in text if not c.isspace())
    if missing:
        shown = "".join(sorted(missing.elements()))[:200]
        print(f"FAIL {label} report {' '.join(kind)}: {sum(missing.values())} characters "
              f"of the HTML are not on the A4 pages ({pdf_file}): {shown}")
        return False
    print(f"ok   {label} report {' '.join(kind)}")
    return True


def main():
    brm, source, chromium, pdftotext, work = sys.argv[1:6]
    source, work = pathlib.Path(source), pathlib.Path(work)
    work.mkdir(parents=True, exist_ok=True)
    workspaces = {"demo": source / "examples" / "demo",
                  "long": make_long_workspace(source, work)}
    jobs = [(label, workspace, kind) for label, workspace in workspaces.items() for kind in KINDS]
    jobs.append(("long", workspaces["long"],
                 ["customer", "regional-emergency-services-coordination-and-dispatch-centre"]))
    # One at a time: Chromium already keeps every core busy while it prints.
    results = [check(brm, chromium, pdftotext, workspace, kind, work, label)
               for label, workspace, kind in jobs]
    return 0 if all(results) else 1


if __name__ == "__main__":
    sys.exit(main())
