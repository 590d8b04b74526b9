#!/usr/bin/env python3
"""Merge-friendly history: two branches of the demo each log a complaint, update the
same complaint and add a meeting, with brm's own commands, and are merged with plain
`git merge`. What git merges by itself validates. Where git reports a conflict (both
branches appended a history entry to the same complaint), brm validate names each
conflict's markers in that file (rule 1, merge-conflict) and nothing else breaks; once
the user takes one side and makes the other side's update again, it validates.

    merge.py BRM DEMO_DIR SCRATCH_DIR
"""
import os
import re
import shutil
import subprocess
import sys

from gitrun import demo_repo, git

brm, demo, scratch = sys.argv[1:4]
failures = []
AS_OF = ["--as-of", "2026-11-23"]
SHARED = "2026-11-02-education-laptop-delivery-late"



def brm_run(*args, cwd):
    p = subprocess.run([brm, *args, *AS_OF], cwd=cwd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"brm {' '.join(args)} failed: {p.stderr}")
    return p.stdout.strip()


def validate(cwd):
    p = subprocess.run([brm, "validate", *AS_OF], cwd=cwd, capture_output=True, text=True)
    return p.returncode, p.stderr


def branch(repo, crm, name, customer, summary, status, note, meeting_type):
    git("checkout", "-q", "-b", name, "main", cwd=repo)
    brm_run("complaint", "log", "--customer", customer, "--summary", summary, "--received", "2026-11-20", cwd=crm)
    brm_run("complaint", "update", SHARED, "--status", status, "--note", note, "--date", "2026-11-21", cwd=crm)
    brm_run("meeting", "new", "--customer", customer, "--type", meeting_type, "--date", "2026-12-01", cwd=crm)
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", name, cwd=repo)


repo, crm = demo_repo(demo, scratch)

branch(repo, crm, "karin", "water", "Meter readings arrive late", "in-progress", "Supplier contacted", "follow-up")
branch(repo, crm, "olle", "finance", "Invoices printed twice", "escalated", "Escalated to the supplier", "planning")

merge = git("merge", "--no-edit", "karin", cwd=repo, check=False)
conflicted = git("diff", "--name-only", "--diff-filter=U", cwd=repo).stdout.split()
code, said = validate(crm)
if merge.returncode == 0:
    if code != 0:
        failures.append(f"git merged without a conflict, but the result does not validate:\n{said}")
else:
    if conflicted != [f"crm/complaints/{SHARED}.yaml"]:
        failures.append(f"git reported conflicts in {conflicted}; only the shared complaint was expected")
    # The diagnostics themselves, as a golden file (BRM_UPDATE_GOLDEN=1 rewrites it).
    golden = os.path.join(os.path.dirname(os.path.abspath(__file__)), "merge.expected")
    if os.environ.get("BRM_UPDATE_GOLDEN") == "1":
        with open(golden, "w") as f:
            f.write(said)
    elif said != open(golden).read():
        failures.append(f"brm validate after the merge differs from {golden}:\n{said}")
    errors = [l for l in said.splitlines() if ": error: " in l]
    markers = [l for l in errors if "[merge-conflict]" in l]
    if not markers or len(markers) != len(errors):
        failures.append(f"brm validate should name only the conflict markers:\n{said}")
    for line in markers:
        if not line.startswith(f"complaints/{SHARED}.yaml:"):
            failures.append(f"a conflict named in the wrong file: {line}")
    # Resolved as a user would: one side's file, then the other side's update made again.
    git("checkout", "--ours", "--", f"crm/complaints/{SHARED}.yaml", cwd=repo)
    brm_run("complaint", "update", SHARED, "--note", "Supplier contacted", "--date", "2026-11-21", cwd=crm)
    code, said = validate(crm)
    errors = [l for l in said.splitlines() if ": error: " in l]
    if errors:
        failures.append(f"after resolving, the workspace does not validate:\n{said}")

logged = [n for n in os.listdir(os.path.join(crm, "complaints")) if "2026-11-20" in n]
if len(logged) != 2:
    failures.append(f"both logged complaints should be in the merge: {logged}")

for f in failures:
    print(f, file=sys.stderr)
print(f"merge of two branches: git {'merged' if merge.returncode == 0 else 'reported conflicts in ' + ', '.join(conflicted)}; "
      f"{len(failures)} failures")
sys.exit(1 if failures else 0)
