#!/usr/bin/env python3
"""Runs every brm command line of examples/ci/ (the GitHub Actions workflows and the
GitLab CI file) on the demo, as the CI jobs would: in a scratch repository holding the
demo in crm/, on a branch one commit ahead of origin/main, with the jobs' variables set.
Each must run (exit 0, or 1 for findings; never 2, a usage error or a failure to read
or write), each file it writes with -o must exist, and each `brm site DIR` must leave
DIR/index.html. The install lines are not run.

    examples.py BRM PROJECT_DIR SCRATCH_DIR
"""
import os
import re
import shutil
import subprocess
import sys

import yaml

brm, project, scratch = sys.argv[1:4]
failures = []


def commands_of_github(doc):
    for job in doc["jobs"].values():
        for step in job["steps"]:
            yield from step.get("run", "").splitlines()


def commands_of_gitlab(doc):
    for name, job in doc.items():
        if isinstance(job, dict) and "script" in job:
            yield from job["script"]


def git(*args, cwd):
    env = dict(os.environ, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.org")
    subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True)


shutil.rmtree(scratch, ignore_errors=True)
repo = os.path.join(scratch, "repo")
shutil.copytree(os.path.join(project, "examples", "demo"), os.path.join(repo, "crm"))
git("init", "-q", "-b", "main", cwd=repo)
git("add", "-A", cwd=repo)
git("commit", "-q", "-m", "the demo", cwd=repo)
git("update-ref", "refs/remotes/origin/main", "HEAD", cwd=repo)
git("checkout", "-q", "-b", "feature", cwd=repo)
with open(os.path.join(repo, "crm", "customers", "education.yaml"), "a") as f:
    f.write("note_field: 1\n")
git("commit", "-q", "-am", "a change", cwd=repo)

env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(brm)) + os.pathsep + os.environ["PATH"],
           BRM_WORKSPACE="crm", GITHUB_STEP_SUMMARY=os.path.join(scratch, "summary.md"),
           CI_MERGE_REQUEST_TARGET_BRANCH_NAME="main", SOURCE_DATE_EPOCH="1795392000", NO_COLOR="1")
ran = 0
for name, reader in (("github-actions.yml", commands_of_github), ("github-pages.yml", commands_of_github),
                     ("gitlab-ci.yml", commands_of_gitlab)):
    with open(os.path.join(project, "examples", "ci", name)) as f:
        doc = yaml.safe_load(f)
    for line in reader(doc):
        line = line.strip()
        if not line.startswith("brm "):
            if line.startswith("mkdir "):
                subprocess.run(line, shell=True, cwd=repo, check=True)
            continue
        line = re.sub(r"\$\{\{\s*github\.base_ref\s*\}\}", "main", line)
        p = subprocess.run(line, shell=True, cwd=repo, env=env, capture_output=True, text=True)
        ran += 1
        if p.returncode not in (0, 1):
            failures.append(f"{name}: `{line}` exited {p.returncode}: {p.stderr.strip()}")
        out = re.search(r"-o\s+(\S+)", line)
        if out and not os.path.isfile(os.path.join(repo, out.group(1))):
            failures.append(f"{name}: `{line}` did not write {out.group(1)}")
        site = re.fullmatch(r"brm site (\S+)", line)
        if site and not os.path.isfile(os.path.join(repo, site.group(1), "index.html")):
            failures.append(f"{name}: `{line}` did not write {site.group(1)}/index.html")
if not os.path.getsize(env["GITHUB_STEP_SUMMARY"]):
    failures.append("nothing was appended to the job summary")

for f in failures:
    print(f, file=sys.stderr)
print(f"{ran} brm command lines of examples/ci run on the demo; {len(failures)} failures")
sys.exit(1 if failures or ran < 10 else 0)
