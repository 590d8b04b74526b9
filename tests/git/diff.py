#!/usr/bin/env python3
"""brm diff on a scratch repository holding the demo: a branch logs a complaint,
resolves the escalated one, closes a meeting action and breaks a file; the diff names
each in the process's words, on both orders of arguments and in every format; its
measurements equal `brm report kpi` on each side; REV1..REV2 equals REV1 REV2; the
broken file is named, not counted as removed; and the refusals exit 2.

    diff.py BRM DEMO_DIR SCRATCH_DIR
"""
import json
import os
import shutil
import subprocess
import sys

from gitrun import demo_repo, git

brm, demo, scratch = sys.argv[1:4]
failures = []
AS_OF = ["--as-of", "2026-11-23"]



def brm_run(*args, cwd, code=0):
    p = subprocess.run([brm, *args], cwd=cwd, capture_output=True, text=True)
    if p.returncode != code:
        failures.append(f"brm {' '.join(args)}: exit {p.returncode}, wanted {code}: {p.stderr}")
    return p.stdout


def expect(text, line, label):
    if line not in text:
        failures.append(f"{label}: missing {line!r} in:\n{text}")


repo, crm = demo_repo(demo, scratch)

git("checkout", "-q", "-b", "work", cwd=repo)
new_id = brm_run("complaint", "log", "--customer", "water", "--summary", "Meter readings arrive late",
                 "--severity", "high", "--received", "2026-11-20", *AS_OF, cwd=crm).strip()
brm_run("complaint", "update", "2026-06-09-social-care-records-slow", "--status", "resolved",
        "--resolution", "Indexes rebuilt", "--date", "2026-11-22", *AS_OF, cwd=crm)
meetings = os.path.join(crm, "meetings")
meeting = next(n for n in sorted(os.listdir(meetings))
               if "status: open" in open(os.path.join(meetings, n)).read())
with open(os.path.join(meetings, meeting)) as f:
    text = f.read()
with open(os.path.join(meetings, meeting), "w") as f:
    f.write(text.replace("status: open", "status: done", 1))
git("commit", "-q", "-am", "work", cwd=repo)
git("add", "-A", cwd=repo)
git("commit", "-q", "-m", "the new complaint", cwd=repo)

text = brm_run("diff", "main", "work", *AS_OF, cwd=crm)
expect(text, "complaints     1 added, 1 changed", "text")
expect(text, f"complaint {new_id} (water): logged (high, open)", "text")
expect(text, "complaint 2026-06-09-social-care-records-slow (social-care): resolved (was escalated)", "text")
expect(text, f"meeting {meeting[:-5]}", "text")
expect(text, "action closed:", "text")
if brm_run("diff", "main..work", *AS_OF, cwd=crm) != text:
    failures.append("main..work differs from main work")

# In Swedish: the process's words, Swedish numbers; folder and kind names stay as written.
sv = brm_run("--lang", "sv", "diff", "main", "work", *AS_OF, cwd=crm)
expect(sv, "complaints     1 tillagda, 1 ändrade", "swedish")
expect(sv, f"complaint {new_id} (water): registrerat (hög, öppet)", "swedish")
expect(sv, "complaint 2026-06-09-social-care-records-slow (social-care): löst (var eskalerat)", "swedish")
expect(sv, "åtgärd stängd:", "swedish")
expect(sv, "Mätetal (2025-11-24 till 2026-11-23)", "swedish")
expect(sv, "Kunder med en skriftlig överenskommelse", "swedish")

back = brm_run("diff", "work", "main", *AS_OF, cwd=crm)
expect(back, f"complaint {new_id} (water): removed", "reversed")
expect(back, "complaint 2026-06-09-social-care-records-slow (social-care): escalated (was resolved)",
       "reversed")

md = brm_run("diff", "main", "work", "-f", "markdown", *AS_OF, cwd=crm)
expect(md, "## Customer database: main → work", "markdown")
expect(md, "| complaints | 1 | 1 | 0 |", "markdown")

# The measurements are those of brm report kpi on each side.
diff = json.loads(brm_run("diff", "main", "work", "-f", "json", *AS_OF, cwd=crm))
for side, rev in (("before", "main"), ("after", "work")):
    kpi = json.loads(brm_run("report", "kpi", "-f", "json", "--at", rev, *AS_OF, cwd=crm))
    wanted = {"Open complaints": kpi["complaints"]["open"], "Complaints received": kpi["complaints"]["received"]}
    got = {m["name"]: m[side] for m in diff["measurements"]}
    for name, value in wanted.items():
        if got.get(name) != value:
            failures.append(f"{name} {side}: diff says {got.get(name)}, report kpi --at {rev} says {value}")

# A file broken in the working tree is named, not counted as removed.
with open(os.path.join(crm, "complaints", new_id + ".yaml"), "a") as f:
    f.write("status: [\n")
broken = json.loads(brm_run("diff", "-f", "json", *AS_OF, cwd=crm))
if broken["left_out"]["after"] != [f"complaints/{new_id}.yaml"]:
    failures.append(f"the broken file is not named: {broken['left_out']}")
if any(r["kind"] == "complaint" and r["removed"] for r in broken["records"]):
    failures.append(f"the broken complaint was counted as removed: {broken['records']}")

brm_run("diff", "nope", *AS_OF, cwd=crm, code=2)
brm_run("diff", "a", "b", "c", *AS_OF, cwd=crm, code=2)
brm_run("diff", "main..", *AS_OF, cwd=crm, code=2)

for f in failures:
    print(f, file=sys.stderr)
print(f"brm diff: {len(failures)} failures")
sys.exit(1 if failures else 0)
