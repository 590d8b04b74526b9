#!/usr/bin/env python3
"""The same question, asked five ways, gets one answer.

For several as-of dates (before, on and between the demo's history entries, and after
a complaint is resolved on 2026-11-25), `complaint list`, `report complaints`,
`report kpi`, `review` and `meeting new` must agree on which complaints are open and
which are overdue, and on each open complaint's status.

usage: complaints.py BRM EXAMPLES_DIR
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile

BRM, EXAMPLES = sys.argv[1], sys.argv[2]
DATES = ["2026-01-12", "2026-01-14", "2026-06-10", "2026-08-25", "2026-08-26", "2026-10-28",
         "2026-11-19", "2026-11-23", "2026-11-25", "2026-11-27", "2027-03-01"]
failures = []
seen = {"open": 0, "overdue": 0, "on an agenda": 0}  # how many complaints were compared


def brm(ws, *args):
    run = subprocess.run([BRM, "-C", ws, *args], capture_output=True, text=True)
    if run.returncode not in (0, 1):
        sys.exit(f"brm {' '.join(args)} failed ({run.returncode}):\n{run.stderr}")
    return run.stdout


def agree(what, day, answers):
    first_name, first = next(iter(answers.items()))
    for name, value in answers.items():
        if value != first:
            failures.append(f"{day}: {what}: {first_name} says {sorted(first)}, {name} says {sorted(value)}")


def check(ws, day):
    listed = json.loads(brm(ws, "complaint", "list", "--as-of", day, "-f", "json"))["complaints"]
    report = json.loads(brm(ws, "report", "complaints", "--as-of", day, "-f", "json"))
    kpi = json.loads(brm(ws, "report", "kpi", "--as-of", day, "-f", "json"))["complaints"]
    review = json.loads(brm(ws, "review", "--as-of", day, "-f", "json"))["findings"]

    list_open = {c["id"]: c["status"] for c in listed if c["days_open"] is not None}
    report_open = {c["id"]: c["status"] for c in report["complaints"] if c["open"]}
    agree("open complaints and their status", day, {"complaint list": set(list_open.items()),
                                                     "report complaints": set(report_open.items())})
    list_overdue = {c["id"] for c in listed if c["overdue"]}
    agree("overdue complaints", day, {
        "complaint list": list_overdue,
        "report complaints": {c["id"] for c in report["complaints"] if c["overdue"]},
        "review": {f["record"] for f in review if f["area"] == "complaints" and f["urgency"] == "overdue"},
    })
    seen["open"] += len(list_open)
    seen["overdue"] += len(list_overdue)
    agree("how many are open", day, {"complaint list": {len(list_open)}, "report kpi": {kpi["open"]}})
    agree("how many are overdue", day, {"complaint list": {len(list_overdue)}, "report kpi": {kpi["overdue"]}})
    if any(c["received"] > day for c in listed):
        failures.append(f"{day}: complaint list shows a complaint received after the as-of date")

    # A follow-up meeting on that day lists each customer's open complaints.
    agenda = set()
    for customer in {c["customer"] for c in listed}:
        text = brm(ws, "meeting", "new", "--customer", customer, "--type", "follow-up", "--date", day,
                   "--as-of", day, "--dry-run")
        agenda |= set(re.findall(r"Complaint ([a-z0-9][a-z0-9._-]*):", text))
    seen["on an agenda"] += len(agenda)
    agree("open complaints on a follow-up agenda", day, {"complaint list": set(list_open), "meeting new": agenda})


with tempfile.TemporaryDirectory() as tmp:
    ws = f"{tmp}/demo"
    shutil.copytree(f"{EXAMPLES}/demo", ws)
    for day in DATES:
        check(ws, day)
    # Resolve an open complaint on 2026-11-25: before that day it is still open everywhere.
    subprocess.run([BRM, "-C", ws, "complaint", "update", "2026-11-19-social-care-app-logout", "--status",
                    "resolved", "--resolution", "Fixed in the app.", "--date", "2026-11-25", "--as-of",
                    "2026-11-25"], check=True, capture_output=True)
    for day in ["2026-11-23", "2026-11-24", "2026-11-25", "2026-12-20"]:
        check(ws, day)

for what, n in seen.items():
    if n == 0:
        failures.append(f"no complaint {what} on any date was compared: the check proved nothing")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print(f"complaint list, report complaints, report kpi, review and meeting new agree on {len(DATES) + 4} dates")
