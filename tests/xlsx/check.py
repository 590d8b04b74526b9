#!/usr/bin/env python3
"""Opens the workbooks brm writes with openpyxl and checks what a spreadsheet user relies
on: one sheet per table under the names --table knows, a bold header row frozen in view,
numbers that sum, shares as percentages, dates as dates, text that cannot run as a
formula, and the same bytes from two runs.

Usage: check.py BRM EXAMPLES SCRATCH   Exit status 1 when any check fails.
"""
import datetime
import os
import pty
import shutil
import subprocess
import sys
import time

import openpyxl

brm, examples, scratch = sys.argv[1:4]
AS_OF = ["--as-of", "2026-11-23"]
failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print(f"FAIL: {what}")


def run(*args, env=None, ok=True):
    p = subprocess.run([brm, *args], capture_output=True, text=True,
                       env={**os.environ, "LC_ALL": "C.UTF-8", **(env or {})})
    if ok and p.returncode != 0:
        sys.exit(f"brm {' '.join(args)} exited {p.returncode}: {p.stderr}")
    return p


def columns(ws):
    """{header: [values below it]}"""
    rows = list(ws.iter_rows(values_only=True))
    return {h: [r[i] for r in rows[1:]] for i, h in enumerate(rows[0])}


def header_bold_and_frozen(ws, name):
    check(all(c.font.b for c in ws[1] if c.value is not None), f"{name}: header row bold")
    check(ws.freeze_panes == "A2", f"{name}: header row frozen (freeze_panes {ws.freeze_panes})")


def row_of(ws, first):
    for r in ws.iter_rows(min_row=2, values_only=True):
        if r[0] == first:
            return r
    return None


def check_kpi(demo):
    path = os.path.join(scratch, "kpi.xlsx")
    run("-C", demo, "report", "kpi", *AS_OF, "-o", path)
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["summary", "dimensions", "satisfaction-per-quarter", "complaints-per-month",
                            "customers"], f"kpi sheets: {wb.sheetnames}")
    for ws in wb.worksheets:
        header_bold_and_frozen(ws, f"kpi/{ws.title}")
    summary = wb["summary"]
    received = row_of(summary, "Complaints received")
    check(received is not None and received[1] == 11, f"kpi summary: complaints received is the number 11: {received}")
    written = row_of(summary, "Customers with a written agreement")
    check(written is not None and written[1:4] == (6, 7, 0.857), f"kpi summary: 6 of 7, 0.857: {written}")
    share = [c for c in summary["D"] if c.value == 0.857][0]
    check(share.number_format == "0.0%", f"kpi summary: a share shown as a percentage: {share.number_format}")
    mean = row_of(summary, "Mean satisfaction score, all dimensions")
    check(mean is not None and mean[1] == 3.73, f"kpi summary: mean 3.73 as a number: {mean}")
    per_customer = columns(wb["customers"])
    total = sum(v for v in per_customer["Complaints received"] if isinstance(v, (int, float)))
    check(total == 11, f"kpi customers: complaints received sum to 11, not {total}")
    check("n/a" in per_customer["Satisfaction"], "kpi customers: an undefined mean is the text n/a")
    check(all(isinstance(v, (int, float)) for v in per_customer["Satisfaction"] if v != "n/a"),
          "kpi customers: every defined mean is a number")
    months = columns(wb["complaints-per-month"])
    check(sum(v for v in months["received"] if v is not None) == 11, f"kpi complaints per month: {months}")
    return path


def check_agreements(demo):
    path = os.path.join(scratch, "agreements.xlsx")
    run("-C", demo, "report", "agreements", *AS_OF, "-o", path)
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["totals", "agreements", "levels"], f"agreements sheets: {wb.sheetnames}")
    for ws in wb.worksheets:
        header_bold_and_frozen(ws, f"agreements/{ws.title}")
    register = columns(wb["agreements"])
    check(all(isinstance(v, datetime.datetime) for v in register["Valid from"] + register["Valid until"]),
          f"agreements: validity dates are dates: {register['Valid from'][:3]}")
    check(wb["agreements"]["F2"].number_format == "yyyy-mm-dd", "agreements: dates shown yyyy-mm-dd")
    check(datetime.datetime(2026, 1, 1) in register["Valid from"], "agreements: 2026-01-01 is a date in the sheet")
    amounts = [v for v in register["Per year"] if v is not None]
    check(amounts and all(isinstance(v, (int, float)) for v in amounts), f"agreements: amounts are numbers: {amounts}")
    totals = columns(wb["totals"])
    check(all(isinstance(v, (int, float)) for v in totals["Per year"]), f"agreements totals: numbers: {totals}")
    check(wb["totals"]["B2"].number_format.startswith("#,##0"), "agreements totals: thousands grouped")


def check_complaints(demo):
    """A complaint whose summary is a formula: the workbook and CSV both neutralise it."""
    ws_dir = os.path.join(scratch, "demo")
    shutil.rmtree(ws_dir, ignore_errors=True)
    shutil.copytree(demo, ws_dir)
    formula = '=HYPERLINK("http://example.com","x")'
    run("-C", ws_dir, "complaint", "log", "--customer", "finance", "--summary", formula, "--received",
        "2026-11-20", *AS_OF)
    path = os.path.join(scratch, "c.xlsx")
    run("-C", ws_dir, "complaint", "list", *AS_OF, "-o", path)
    wb = openpyxl.load_workbook(path)
    check(wb.sheetnames == ["complaints"], f"complaint list sheets: {wb.sheetnames}")
    ws = wb["complaints"]
    header_bold_and_frozen(ws, "complaints")
    cols = columns(ws)
    check(all(isinstance(v, datetime.datetime) for v in cols["Received"]), "complaint list: received are dates")
    check(all(v is None or isinstance(v, int) for v in cols["Days open"]), "complaint list: days open are numbers")
    check("'" + formula in cols["Summary"], f"complaint list: the formula is neutralised: {cols['Summary'][-3:]}")
    check(not any(str(v).startswith("=") for v in cols["Summary"]), "complaint list: no cell starts with =")
    check(all(c.data_type != "f" for row in ws.iter_rows() for c in row), "complaint list: no formula cells")
    csv = run("-C", ws_dir, "complaint", "list", *AS_OF, "-f", "csv").stdout
    check('"\'' + formula.replace('"', '""') + '"' in csv, "complaint list: CSV neutralises the same way")


def check_same_bytes(demo, first):
    time.sleep(2)  # the zip format keeps times to two seconds
    second = os.path.join(scratch, "kpi-again.xlsx")
    run("-C", demo, "report", "kpi", *AS_OF, "-o", second)
    check(open(first, "rb").read() == open(second, "rb").read(), "kpi: two runs give the same bytes")
    created = openpyxl.load_workbook(first).properties.created
    check(created == datetime.datetime(2026, 11, 23), f"kpi: created at the as-of date: {created}")
    epoch = os.path.join(scratch, "kpi-epoch.xlsx")
    run("-C", demo, "report", "kpi", *AS_OF, "-o", epoch, env={"SOURCE_DATE_EPOCH": "1790000000"})
    created = openpyxl.load_workbook(epoch).properties.created
    check(created == datetime.datetime(2026, 9, 21, 14, 13, 20), f"kpi: created at SOURCE_DATE_EPOCH: {created}")
    # With --as-of the date does not come from SOURCE_DATE_EPOCH, but the stamp does: a
    # malformed one is refused, not written as 1970.
    bad = os.path.join(scratch, "kpi-bad-epoch.xlsx")
    p = run("-C", demo, "report", "kpi", *AS_OF, "-o", bad, env={"SOURCE_DATE_EPOCH": "soon"}, ok=False)
    check(p.returncode == 2 and "SOURCE_DATE_EPOCH must be a number of seconds, not 'soon'" in p.stderr
          and not os.path.exists(bad), f"kpi: a malformed SOURCE_DATE_EPOCH is refused: {p.returncode} {p.stderr}")


def check_writing(demo):
    """-o replaces a file atomically keeping its mode; -f xlsx works; a terminal is refused."""
    path = os.path.join(scratch, "mode.xlsx")
    with open(path, "w") as f:
        f.write("old")
    os.chmod(path, 0o640)
    run("-C", demo, "complaint", "list", *AS_OF, "-f", "xlsx", "-o", path)
    check(os.stat(path).st_mode & 0o777 == 0o640, "complaint list: -o keeps the file's mode")
    check(openpyxl.load_workbook(path).sheetnames == ["complaints"], "complaint list: -f xlsx -o FILE")
    piped = subprocess.run([brm, "-C", demo, "report", "kpi", *AS_OF, "-f", "xlsx"], capture_output=True)
    check(piped.returncode == 0 and piped.stdout.startswith(b"PK"), "report -f xlsx to a pipe")
    leader, follower = pty.openpty()
    tty = subprocess.run([brm, "-C", demo, "report", "kpi", *AS_OF, "-f", "xlsx"], stdout=follower,
                         stderr=subprocess.PIPE, text=True)
    os.close(follower)
    os.close(leader)
    check(tty.returncode == 2 and "-o FILE.xlsx" in tty.stderr, f"a workbook to a terminal is refused: {tty.stderr}")
    bad = run("-C", demo, "report", "kpi", *AS_OF, "-o", "k.xlsx", "--csv-dialect", "excel-sv", ok=False)
    check(bad.returncode == 2 and "--csv-dialect goes with --format csv" in bad.stderr, "--csv-dialect without CSV")


def main():
    shutil.rmtree(scratch, ignore_errors=True)
    os.makedirs(scratch)
    demo = os.path.join(examples, "demo")
    kpi = check_kpi(demo)
    check_agreements(demo)
    check_complaints(demo)
    check_same_bytes(demo, kpi)
    check_writing(demo)
    if failures:
        sys.exit(f"{len(failures)} check(s) failed")
    print("all workbook checks passed")


main()
