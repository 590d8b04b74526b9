"""Shared by the git tests: git run with a fixed author, and a scratch repository
holding the demo in crm/ with one commit on main."""
import os
import shutil
import subprocess

AUTHOR = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org", "GIT_COMMITTER_NAME": "t",
          "GIT_COMMITTER_EMAIL": "t@example.org"}


def git(*args, cwd, check=True):
    env = dict(os.environ, **AUTHOR)
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=check, capture_output=True, text=True)


def demo_repo(demo, scratch):
    """A fresh repository at scratch/repo with the demo committed in crm/; returns (repo, crm)."""
    shutil.rmtree(scratch, ignore_errors=True)
    repo = os.path.join(scratch, "repo")
    shutil.copytree(demo, os.path.join(repo, "crm"))
    git("init", "-q", "-b", "main", cwd=repo)
    git("add", "-A", cwd=repo)
    git("commit", "-q", "-m", "the demo", cwd=repo)
    return repo, os.path.join(repo, "crm")
