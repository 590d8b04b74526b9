#!/usr/bin/env python3
"""The hooks of .pre-commit-hooks.yaml, run by Debian's pre-commit on a scratch
repository holding the demo in a sub-folder: a commit that breaks references is refused
with the diagnostic, a good one passes, and the review hook fails exactly when
`brm review --fail-on overdue` does.

    pre_commit.py BRM PROJECT_DIR SCRATCH_DIR
"""
import os
import shutil
import subprocess
import sys

brm, project, scratch = sys.argv[1:4]
failures = []
env = dict(os.environ, PATH=os.path.dirname(os.path.abspath(brm)) + os.pathsep + os.environ["PATH"],
           PRE_COMMIT_HOME=os.path.join(scratch, "cache"), SOURCE_DATE_EPOCH="1795392000",  # 2026-11-23
           GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.org", GIT_COMMITTER_NAME="t",
           GIT_COMMITTER_EMAIL="t@example.org", NO_COLOR="1")


def run(*args, cwd, check=True):
    p = subprocess.run(list(args), cwd=cwd, env=env, capture_output=True, text=True)
    if check and p.returncode != 0:
        sys.exit(f"{' '.join(args)} failed: {p.stdout}{p.stderr}")
    return p


shutil.rmtree(scratch, ignore_errors=True)
# The hook definitions as a repository of their own, at a commit, as pre-commit wants them.
hooks = os.path.join(scratch, "hooks")
os.makedirs(hooks)
shutil.copy(os.path.join(project, ".pre-commit-hooks.yaml"), hooks)
run("git", "init", "-q", "-b", "main", cwd=hooks)
run("git", "add", "-A", cwd=hooks)
run("git", "commit", "-q", "-m", "hooks", cwd=hooks)
rev = run("git", "rev-parse", "HEAD", cwd=hooks).stdout.strip()

repo = os.path.join(scratch, "repo")
shutil.copytree(os.path.join(project, "examples", "demo"), os.path.join(repo, "crm"))
with open(os.path.join(repo, ".pre-commit-config.yaml"), "w") as f:
    f.write(f"repos:\n  - repo: {hooks}\n    rev: {rev}\n    hooks:\n"
            "      - id: brm-validate\n        args: [-C, crm]\n")
run("git", "init", "-q", "-b", "main", cwd=repo)
run("git", "add", "-A", cwd=repo)
run("git", "commit", "-q", "-m", "the demo", cwd=repo)
run("pre-commit", "install", cwd=repo)
head = run("git", "rev-parse", "HEAD", cwd=repo).stdout.strip()

# A bad commit: a customer removed while agreements, meetings and complaints name it.
run("git", "rm", "-q", "crm/customers/culture-leisure.yaml", cwd=repo)
bad = run("git", "commit", "-m", "remove a customer", cwd=repo, check=False)
said = bad.stdout + bad.stderr
if bad.returncode == 0:
    failures.append("the commit that breaks references was accepted")
if "agreements/culture-leisure-2026.yaml:2:11: error: no customer has the id 'culture-leisure'" not in said:
    failures.append(f"the refused commit did not show the diagnostic:\n{said}")
if run("git", "rev-parse", "HEAD", cwd=repo).stdout.strip() != head:
    failures.append("the refused commit was made anyway")

# A good commit: the removal undone, a complaint's summary reworded.
run("git", "reset", "-q", "--hard", "HEAD", cwd=repo)
complaints = os.path.join(repo, "crm", "complaints")
name = sorted(os.listdir(complaints))[0]
path = os.path.join(complaints, name)
with open(path) as f:
    text = f.read()
with open(path, "w") as f:
    f.write(text.replace("summary: ", "summary: Reworded, ", 1))
run("git", "add", "-A", cwd=repo)
good = run("git", "commit", "-m", "reword a complaint", cwd=repo, check=False)
if good.returncode != 0 or "brm validate (staged changes)" not in good.stdout + good.stderr:
    failures.append(f"the good commit did not pass through the hook:\n{good.stdout}{good.stderr}")

# The review hook fails exactly when the review has overdue work.
with open(os.path.join(repo, ".pre-commit-config.yaml"), "a") as f:
    f.write("      - id: brm-review\n        args: [-C, crm]\n")
hook = run("pre-commit", "run", "brm-review", "--all-files", cwd=repo, check=False)
direct = run(brm, "-C", "crm", "review", "--fail-on", "overdue", cwd=repo, check=False)
if (hook.returncode == 0) != (direct.returncode == 0):
    failures.append(f"the review hook exited {hook.returncode}, brm review {direct.returncode}:\n{hook.stdout}")

for f in failures:
    print(f, file=sys.stderr)
print(f"pre-commit hooks: {len(failures)} failures")
sys.exit(1 if failures else 0)
