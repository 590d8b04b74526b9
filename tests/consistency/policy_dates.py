#!/usr/bin/env python3
"""The dates the policy decides are the same in the review and in the calendar.

For several as-of dates, on the demo with its own policy and with another one
(agreement_notice_days 30, delivery_report_days 5, survey_interval_days 200), the
calendar's and the review's dates must agree:

- each customer's next survey: the calendar's survey-due day is the date of one of the
  review's survey findings for that customer;
- renewals: the agreements whose notice period has begun on the day in the calendar are
  those the review asks to renew;
- missing delivery reports: each the review names is in the calendar on its due day.

Every comparison must have been made at least once: a check of empty sets fails.

usage: policy_dates.py BRM EXAMPLES_DIR
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile

from icalendar import Calendar

BRM, EXAMPLES = sys.argv[1], sys.argv[2]
DATES = ["2026-06-10", "2026-10-05", "2026-11-23", "2026-12-20", "2027-03-01"]
failures = []
compared = {"survey": 0, "renewal": 0, "delivery report": 0}


def brm(ws, *args):
    run = subprocess.run([BRM, "-C", ws, *args], capture_output=True)
    if run.returncode not in (0, 1):
        sys.exit(f"brm {' '.join(args)} failed ({run.returncode}):\n{run.stderr.decode()}")
    return run.stdout


def calendar_events(ws, day):
    """(kind, ids, date) of every event: the uid is the kind and the record's ids."""
    out = []
    for e in Calendar.from_ical(brm(ws, "calendar", "--as-of", day)).walk("VEVENT"):
        uid = str(e["UID"]).removesuffix("@brm")
        kind = next(k for k in ("renewal-notice", "survey-due", "delivery-report") + ("",) if uid.startswith(k))
        if kind:
            out.append((kind, uid[len(kind) + 1:], e["DTSTART"].dt.isoformat()))
    return out


def check(ws, day, label):
    events = calendar_events(ws, day)
    findings = json.loads(brm(ws, "review", "--as-of", day, "--within", "3650", "-f", "json"))["findings"]
    survey_dates = {}
    for f in findings:
        if f["area"] == "surveys" and f["date"]:
            survey_dates.setdefault(f["customer"], set()).add(f["date"])
    for kind, customer, date in events:
        if kind != "survey-due":
            continue
        compared["survey"] += 1
        if date not in survey_dates.get(customer, set()):
            failures.append(f"{label} {day}: the calendar has {customer}'s survey due {date}, "
                            f"the review {sorted(survey_dates.get(customer, []))}")
    noticed = {ids for kind, ids, date in events if kind == "renewal-notice" and date <= day}
    renewing = {f["record"] for f in findings if f["area"] == "agreements" and f["urgency"] == "due"}
    renewal_events = {ids for kind, ids, _ in events if kind == "renewal-notice"}
    asked = renewing & renewal_events  # drafts about to start have no renewal to agree
    compared["renewal"] += len(noticed | asked)
    if noticed != asked:
        failures.append(f"{label} {day}: notice period begun in the calendar {sorted(noticed)}, "
                        f"renewals the review asks for {sorted(asked)}")
    reports = {(ids.split("+")[0], date) for kind, ids, date in events if kind == "delivery-report"}
    for f in findings:
        if f["area"] == "deliveries" and f["urgency"] == "missing":
            compared["delivery report"] += 1
            if (f["record"], f["date"]) not in reports:
                failures.append(f"{label} {day}: the review misses a delivery report of {f['record']} due "
                                f"{f['date']}, which the calendar does not show")


def set_policy(ws, **values):
    path = f"{ws}/brm.yaml"
    text = open(path, encoding="utf-8").read()
    for key, value in values.items():
        text = re.sub(rf"{key}: .*", f"{key}: {value}", text)
    open(path, "w", encoding="utf-8").write(text)


with tempfile.TemporaryDirectory() as tmp:
    ws = f"{tmp}/demo"
    shutil.copytree(f"{EXAMPLES}/demo", ws)
    for day in DATES:
        check(ws, day, "demo policy")
    set_policy(ws, agreement_notice_days=30, delivery_report_days=5, survey_interval_days=200)
    for day in DATES:
        check(ws, day, "other policy")

for what, n in compared.items():
    if n == 0:
        failures.append(f"no {what} was compared: the check proved nothing")
if failures:
    print("\n".join(failures))
    sys.exit(1)
print("review and calendar agree on " + ", ".join(f"{n} {what} dates" for what, n in compared.items()))
