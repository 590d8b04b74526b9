#!/usr/bin/env python3
"""validate --staged and --changed-since report what a full run reports, filtered by
hand: the diagnostics in the files git says changed, plus those in unchanged files that
the full run on the base revision did not have. The scratch repository holds the demo
in a sub-folder with a warning already committed (not the change's, so not reported),
then a change that removes a customer (breaking references in files it does not
touch), adds a warning to a changed file, and leaves an unstaged error (not staged, so
not seen by --staged).

    changed.py BRM DEMO_DIR SCRATCH_DIR
"""
import json
import os
import shutil
import subprocess
import sys

from gitrun import git as run_git

brm, demo, scratch = sys.argv[1:4]
failures = []
AS_OF = ["--as-of", "2026-11-23"]



def diagnostics(cwd, *args):
    p = subprocess.run([brm, "validate", "-f", "json", *AS_OF, *args], cwd=cwd, capture_output=True, text=True)
    if p.returncode == 2:
        failures.append(f"brm validate {' '.join(args)} exited 2: {p.stderr}")
        return []
    return json.loads(p.stdout)["diagnostics"]


def git(*args, cwd):
    return run_git(*args, cwd=cwd).stdout


def key(d):
    return (d["file"], d["line"], d["column"], d["rule"], d["message"], d["severity"])


def by_hand(full, base, changed):
    old = {key(d) for d in base}
    return sorted((key(d) for d in full if d["file"] in changed or key(d) not in old))


def snapshot(repo, rev, into):
    """A checkout of `rev` ("index" for the staged content) in a folder of its own."""
    shutil.rmtree(into, ignore_errors=True)
    os.makedirs(into)
    if rev == "index":
        git("checkout-index", "-a", f"--prefix={into}/", cwd=repo)
    else:
        archive = subprocess.run(["git", "archive", rev], cwd=repo, check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", into], input=archive, check=True)
    return os.path.join(into, "crm")


def changed_files(repo, *diff_args):
    names = git("diff", "--name-only", "--no-renames", *diff_args, "--", "crm", cwd=repo).split()
    return {n[len("crm/"):] for n in names}


def check(label, got, wanted):
    got = sorted(key(d) for d in got)
    if got != wanted:
        failures.append(f"{label}: got {len(got)} diagnostics, a filtered full run {len(wanted)}:\n"
                        f"  only in got: {sorted(set(got) - set(wanted))[:5]}\n"
                        f"  only in the full run: {sorted(set(wanted) - set(got))[:5]}")
    if not wanted:
        failures.append(f"{label}: the scenario should give diagnostics to compare")


shutil.rmtree(scratch, ignore_errors=True)
repo = os.path.join(scratch, "repo")
os.makedirs(repo)
git("init", "-q", "-b", "main", cwd=repo)
shutil.copytree(demo, os.path.join(repo, "crm"))
crm = os.path.join(repo, "crm")
with open(os.path.join(crm, "customers", "education.yaml"), "a") as f:
    f.write("committed_extra: 1\n")  # a warning that was there before the change
git("add", "-A", cwd=repo)
git("commit", "-q", "-m", "base", cwd=repo)

customers = sorted(n for n in os.listdir(os.path.join(crm, "customers")) if n != "education.yaml")
git("rm", "-q", os.path.join("crm", "customers", customers[0]), cwd=repo)
with open(os.path.join(crm, "customers", customers[1]), "a") as f:
    f.write("staged_extra: 1\n")
git("add", "-A", cwd=repo)
with open(os.path.join(crm, "customers", customers[2]), "a") as f:
    f.write("status: [unstaged\n")  # in the working tree only

base = diagnostics(snapshot(repo, "HEAD", os.path.join(scratch, "head")))
staged_full = diagnostics(snapshot(repo, "index", os.path.join(scratch, "index")))
check("--staged", diagnostics(crm, "--staged"), by_hand(staged_full, base, changed_files(repo, "--cached")))

worktree_full = diagnostics(crm)
check("--changed-since HEAD", diagnostics(crm, "--changed-since", "HEAD"),
      by_hand(worktree_full, base, changed_files(repo, "HEAD")))

# Nothing staged: nothing to report, whatever the working tree holds.
git("commit", "-q", "-m", "change", cwd=repo)
if diagnostics(crm, "--staged"):
    failures.append("--staged with nothing staged reported diagnostics")
if not diagnostics(crm, "--changed-since", "HEAD"):
    failures.append("--changed-since HEAD missed the unstaged error")

for f in failures:
    print(f, file=sys.stderr)
print(f"--staged and --changed-since compared with filtered full runs; {len(failures)} failures")
sys.exit(1 if failures else 0)
