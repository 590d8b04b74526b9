#!/usr/bin/env python3
"""brm calendar's feed of the demo, read back by python3-icalendar and by libical.

Checks what a calendar program that subscribes to the feed relies on: the bytes are the
same on every run (and with -o); every line ends in CRLF and holds at most 75 octets;
libical reads it without an error or a property RFC 5545 does not allow; the demo gives
the events expected, each an all-day event with a UID of its own and DTSTAMP from
SOURCE_DATE_EPOCH (else the as-of date); --for and --customer give subsets with the same
UIDs; and after a meeting is added to a copy of the demo, the feed keeps every UID it had
and gains exactly one.

Usage: check.py BRM ICAL_CHECK DEMO SCRATCH
"""
import datetime
import os
import shutil
import subprocess
import sys

import icalendar

AS_OF = "2026-11-23"
# The demo's events on 2026-11-23, by kind (docs/calendar.md says what each is).
EXPECTED = {"meeting": 1, "action": 11, "agreement-end": 6, "renewal-notice": 6, "plan-item": 15,
            "survey-due": 7, "delivery-report": 6}

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)
        print("FAIL:", what)


def brm(*args, env=None, cwd=None):
    run_env = dict(os.environ, LC_ALL="C.UTF-8")
    run_env.pop("SOURCE_DATE_EPOCH", None)
    run_env.update(env or {})
    p = subprocess.run([BRM, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=run_env, cwd=cwd)
    if p.returncode != 0:
        sys.exit(f"brm {' '.join(args)} exited {p.returncode}: {p.stderr.decode()}")
    return p.stdout


def feed(workspace, *options, env=None):
    return brm("-C", workspace, "calendar", "--as-of", AS_OF, *options, env=env)


def events(data):
    return [c for c in icalendar.Calendar.from_ical(data).walk() if c.name == "VEVENT"]


def uids(data):
    return [str(e["UID"]) for e in events(data)]


def libical_count(data, name):
    path = os.path.join(SCRATCH, name)
    with open(path, "wb") as f:
        f.write(data)
    p = subprocess.run([ICAL_CHECK, path], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    check(p.returncode == 0, f"libical finds fault with {name}: {p.stderr}")
    return int(p.stdout.strip() or -1)


def check_bytes(data, name):
    lines = data.split(b"\r\n")
    check(lines[-1] == b"", f"{name} does not end in CRLF")
    for n, line in enumerate(lines[:-1], 1):
        check(b"\n" not in line and b"\r" not in line, f"{name} line {n} does not end in CRLF")
        check(len(line) <= 75, f"{name} line {n} holds {len(line)} octets, over 75")


def check_demo():
    first = feed(DEMO)
    check(feed(DEMO) == first, "two runs give different bytes")
    out = os.path.join(SCRATCH, "demo.ics")
    feed(DEMO, "-o", out)
    check(open(out, "rb").read() == first, "-o writes other bytes than standard output")
    check_bytes(first, "the demo's feed")
    found = events(first)
    check(libical_count(first, "demo.ics") == len(found), "libical and icalendar count different events")
    kinds = {}
    for e in found:
        kinds[str(e["CATEGORIES"].cats[0])] = kinds.get(str(e["CATEGORIES"].cats[0]), 0) + 1
        check(type(e.decoded("DTSTART")) is datetime.date, f"{e['UID']} is not an all-day event")
        check(e.decoded("DTSTAMP") == datetime.datetime(2026, 11, 23, tzinfo=datetime.timezone.utc),
              f"{e['UID']}: DTSTAMP is not the as-of date at midnight UTC")
    check(kinds == EXPECTED, f"events by kind {kinds}, expected {EXPECTED}")
    all_uids = uids(first)
    check(len(set(all_uids)) == len(all_uids), "a UID is used twice")
    check(all(u.endswith("@brm") for u in all_uids), "a UID does not end in @brm")
    stamped = events(feed(DEMO, env={"SOURCE_DATE_EPOCH": "1790000000"}))
    check(all(e.decoded("DTSTAMP") == datetime.datetime.fromtimestamp(1790000000, datetime.timezone.utc)
              for e in stamped), "DTSTAMP does not follow SOURCE_DATE_EPOCH")
    return all_uids


def check_subsets(all_uids):
    lena = feed(DEMO, "--for", "Lena Forsberg")
    check_bytes(lena, "--for's feed")
    theirs = {"board", "water", "finance"}
    for e in events(lena):
        customer = str(e["DESCRIPTION"]).split("\nCustomer: ")[1].split("\n")[0].rsplit("(", 1)[1].rstrip(")")
        own_action = str(e["CATEGORIES"].cats[0]) == "action" and "(Lena Forsberg)" in str(e["SUMMARY"])
        check(customer in theirs or own_action, f"--for 'Lena Forsberg' holds {e['UID']} of {customer}")
    check(set(uids(lena)) < set(all_uids), "--for's UIDs are not among the whole feed's")
    board = set(uids(feed(DEMO, "--customer", "board")))
    tree = set(uids(feed(DEMO, "--customer", "board", "--tree")))
    check(board < tree and tree == set(all_uids), "--customer board --tree is not the whole demo (all below board)")


def check_rerun(all_uids):
    copy = os.path.join(SCRATCH, "demo")
    shutil.copytree(DEMO, copy)
    brm("-C", copy, "meeting", "new", "--customer", "finance", "--type", "planning", "--date", "2026-12-14",
        "--as-of", AS_OF)
    after = uids(feed(copy))
    check(set(all_uids) <= set(after), "a UID of the first run is gone after a meeting was added")
    check(sorted(set(after) - set(all_uids)) == ["meeting-2026-12-14-finance-planning@brm"],
          f"adding a meeting added {sorted(set(after) - set(all_uids))}")


def main():
    global BRM, ICAL_CHECK, DEMO, SCRATCH
    BRM, ICAL_CHECK, DEMO, SCRATCH = sys.argv[1:5]
    shutil.rmtree(SCRATCH, ignore_errors=True)
    os.makedirs(SCRATCH)
    all_uids = check_demo()
    check_subsets(all_uids)
    check_rerun(all_uids)
    print(f"{len(all_uids)} events; {len(failures)} failures")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
