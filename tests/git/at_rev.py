#!/usr/bin/env python3
"""--at REV reads a workspace as its checkout would: for two revisions of a scratch
repository holding the demo in a sub-folder (with the files the folder walk has rules
for: stray YAML, a non-YAML file in a kind folder, a leftover temporary file, links in
and out of the workspace), every read-only command gives the same standard output,
standard error and exit status with --at REV as on a checkout of REV made with
`git archive`. Then the refusals: an unknown revision, a folder missing at the
revision, no repository.

    at_rev.py BRM DEMO_DIR SCRATCH_DIR
"""
import os
import shutil
import subprocess
import sys
import tempfile

brm, demo, scratch = sys.argv[1:4]
failures = []

COMMANDS = [
    ["validate"],
    ["validate", "--excerpt"],
    ["validate", "-f", "json"],
    ["validate", "-f", "github"],
    ["validate", "customers"],
    ["review"],
    ["review", "-f", "json"],
    ["report", "kpi"],
    ["report", "customers", "-f", "json"],
    ["report", "delivery", "-f", "markdown"],
    ["report", "customer", "education"],
    ["complaint", "list"],
]


def git(*args, cwd):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.org", GIT_AUTHOR_DATE="2026-11-20T10:00:00Z",
               GIT_COMMITTER_DATE="2026-11-20T10:00:00Z")
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout


def run(cwd, args):
    p = subprocess.run([brm, *args, "--as-of", "2026-11-23"], cwd=cwd, capture_output=True)
    return p.returncode, p.stdout, p.stderr


def checkout(repo, rev, into):
    shutil.rmtree(into, ignore_errors=True)
    os.makedirs(into)
    archive = subprocess.run(["git", "archive", rev], cwd=repo, check=True, capture_output=True).stdout
    subprocess.run(["tar", "-x", "-C", into], input=archive, check=True)


def compare(repo, rev, label):
    copy = os.path.join(scratch, "checkout-" + label)
    checkout(repo, rev, copy)
    for args in COMMANDS:
        at = run(os.path.join(repo, "crm"), args + ["--at", rev])
        plain = run(os.path.join(copy, "crm"), args)
        if at != plain:
            failures.append(f"{label}: brm {' '.join(args)} --at {rev} differs from the checkout "
                            f"(exit {at[0]} vs {plain[0]}):\n--- at\n{at[2].decode()[:600]}{at[1].decode()[:600]}"
                            f"\n--- checkout\n{plain[2].decode()[:600]}{plain[1].decode()[:600]}")


def expect_refusal(cwd, args, words):
    code, out, err = run(cwd, args)
    text = err.decode()
    if code != 2 or words not in text or out:
        failures.append(f"brm {' '.join(args)}: wanted exit 2 and '{words}', got {code}: {text}{out.decode()}")


shutil.rmtree(scratch, ignore_errors=True)
repo = os.path.join(scratch, "repo")
os.makedirs(repo)
git("init", "-q", "-b", "main", cwd=repo)
shutil.copytree(demo, os.path.join(repo, "crm"))
git("add", "-A", cwd=repo)
git("commit", "-q", "-m", "the demo", cwd=repo)

# The second revision: a broken record, a removed one, and the files the walk judges.
crm = os.path.join(repo, "crm")
customers = sorted(os.listdir(os.path.join(crm, "customers")))
with open(os.path.join(crm, "customers", customers[0]), "a") as f:
    f.write("status: [unclosed\n")
os.remove(os.path.join(crm, "customers", customers[1]))
with open(os.path.join(crm, "notes.yaml"), "w") as f:
    f.write("a: 1\n")
with open(os.path.join(crm, "customers", "readme.txt"), "w") as f:
    f.write("not a record\n")
with open(os.path.join(crm, "complaints", ".c.yaml.tmp-0123456789abcdef"), "w") as f:
    f.write("id: c\n")
os.symlink(customers[2], os.path.join(crm, "customers", "alias.yaml"))
os.symlink("/etc/hostname", os.path.join(crm, "customers", "outside.yaml"))
os.symlink("../../..", os.path.join(crm, "surveys", "up.yaml"))
git("add", "-A", cwd=repo)
git("commit", "-q", "-m", "changes", cwd=repo)

# The working tree moves on; --at must not see it.
with open(os.path.join(crm, "brm.yaml"), "a") as f:
    f.write("broken: [\n")

compare(repo, "HEAD~1", "first")
compare(repo, "main", "second")

expect_refusal(crm, ["validate", "--at", "no-such-branch"], "'no-such-branch' is not a revision")
os.makedirs(os.path.join(repo, "later"))
shutil.copy(os.path.join(demo, "brm.yaml"), os.path.join(repo, "later", "brm.yaml"))
expect_refusal(os.path.join(repo, "later"), ["report", "kpi", "--at", "HEAD"],
               "the workspace folder 'later' does not exist at 'HEAD'")
# Outside any repository (the scratch folder may be inside the project's own).
with tempfile.TemporaryDirectory() as tmp:
    outside = os.path.join(tmp, "demo")
    shutil.copytree(demo, outside)
    expect_refusal(outside, ["review", "--at", "HEAD"], "is not in a git repository")

for f in failures:
    print(f, file=sys.stderr)
print(f"{len(COMMANDS) * 2} commands compared with checkouts, 3 refusals; {len(failures)} failures")
sys.exit(1 if failures else 0)
