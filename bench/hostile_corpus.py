#!/usr/bin/env python3
"""The hostile 1 MiB files of bench/hostile.sh: each case is one record of the demo
workspace grown, within the 1 MiB limit, in one direction a contributor controls (keys
in a mapping, entries in a list, dimensions of a survey, the length of a text).

    bench/hostile_corpus.py DEMO OUT     writes OUT/<case>/, a copy of DEMO holding one hostile file
    bench/hostile_corpus.py --list       the cases, one per line
"""
import os
import shutil
import sys

LIMIT = 1_048_576 - 4096  # just under the 1 MiB a record may hold


def fill(head, entry, tail=""):
    """head, then entry(i) for i = 0, 1, ... while the file stays under LIMIT, then tail."""
    parts, size, i = [head], len(head.encode()) + len(tail.encode()), 0
    while True:
        e = entry(i)
        n = len(e.encode())
        if size + n > LIMIT:
            break
        parts.append(e)
        size += n
        i += 1
    parts.append(tail)
    return "".join(parts)


def customer_head(demo):
    return open(os.path.join(demo, "customers", "finance.yaml"), encoding="utf-8").read()


def cases(demo):
    finance = customer_head(demo)
    survey = "id: 2026-finance-hostile\ncustomer: finance\ndate: 2026-10-01\nscores:\n"
    agreement = ("id: finance-hostile\ncustomer: finance\ntitle: Hostile\nstatus: draft\n"
                 "valid_from: 2026-01-01\nvalid_until: 2026-12-31\n")
    meeting = "id: 2026-10-01-finance-hostile\ncustomer: finance\ndate: 2026-10-01\ntype: follow-up\n"
    complaint = ("id: 2026-10-01-finance-hostile\ncustomer: finance\nreceived: 2026-10-01\nchannel: email\n"
                 "severity: low\nsummary: Hostile\nstatus: open\n")
    delivery = "id: finance-2026-2026-10-hostile\nagreement: finance-2026-2027\nperiod: 2026-10\nreported: 2026-11-05\n"
    long_word = "x" * (LIMIT - 200)
    words = " ".join(["word"] * ((LIMIT - 200) // 5))
    yield "customer-unknown-keys", "customers/finance.yaml", fill(finance, lambda i: f"k{i}: v\n")
    yield "customer-duplicate-keys", "customers/finance.yaml", fill(finance, lambda i: "name: again\n")
    yield "customer-nested-keys", "customers/finance.yaml", fill(finance + "extra:\n", lambda i: f"  k{i}: v\n")
    yield "customer-purchasers", "customers/finance.yaml", fill(
        finance + "purchasers:\n", lambda i: f"  - name: P{i}\n    business_line: L{i}\n")
    yield "customer-plans", "customers/finance.yaml", fill(
        finance + "plans:\n",
        lambda i: f"  - id: p{i}\n    title: T\n    type: project\n    status: planned\n    services: [payroll]\n")
    yield "customer-budget", "customers/finance.yaml", fill(
        finance + "budget:\n", lambda i: f"  - year: {2000 + i % 50}\n    amount: {i}\n")
    yield "customer-long-name", "customers/finance.yaml", finance.replace(
        "name: ", f"name: {long_word} ", 1)
    yield "complaint-long-summary", "complaints/2026-10-01-finance-hostile.yaml", complaint.replace(
        "summary: Hostile", f"summary: {long_word}")
    yield "complaint-long-description", "complaints/2026-10-01-finance-hostile.yaml", complaint + f"description: {words}\n"
    yield "survey-dimensions", "surveys/2026-finance-hostile.yaml", fill(survey, lambda i: f"  d{i}: 3\n")
    yield "agreement-services", "agreements/finance-hostile.yaml", fill(
        agreement + "services:\n", lambda i: f"  - service: payroll\n    levels:\n      - metric: m{i}\n        target: 1\n")
    yield "agreement-levels", "agreements/finance-hostile.yaml", fill(
        agreement + "services:\n  - service: payroll\n    levels:\n",
        lambda i: f"      - metric: m{i}\n        target: 1\n")
    yield "meeting-actions", "meetings/2026-10-01-finance-hostile.yaml", fill(
        meeting + "actions:\n", lambda i: f"  - what: A{i}\n    owner: O\n    due: 2026-10-10\n    status: open\n")
    yield "meeting-attendees", "meetings/2026-10-01-finance-hostile.yaml", fill(
        meeting + "attendees:\n", lambda i: f"  - Person {i}\n")
    yield "meeting-minutes-lines", "meetings/2026-10-01-finance-hostile.yaml", fill(
        meeting + "minutes: |\n", lambda i: f"  line {i}\n")
    yield "complaint-history", "complaints/2026-10-01-finance-hostile.yaml", fill(
        complaint + "history:\n",
        lambda i: f"  - date: 2026-10-01\n    status: {'open' if i % 2 else 'in-progress'}\n    by: X\n")
    yield "delivery-levels", "deliveries/finance-2026-2026-10-hostile.yaml", fill(
        delivery + "levels:\n", lambda i: f"  - service: payroll\n    metric: m{i}\n    value: 1\n")


def main(argv):
    if argv[1:] == ["--list"]:
        for name, _, _ in cases("examples/demo"):
            print(name)
        return 0
    demo, out = argv[1], argv[2]
    for name, path, text in cases(demo):
        ws = os.path.join(out, name)
        if os.path.isdir(ws):
            shutil.rmtree(ws)
        shutil.copytree(demo, ws)
        with open(os.path.join(ws, path), "w", encoding="utf-8") as f:
            f.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
