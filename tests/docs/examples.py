#!/usr/bin/env python3
"""Runs every `$ brm ...` example of README.md and docs/*.md and compares its output with
what the page shows, as rustdoc and ledger test their documentation.

Each page runs in a scratch folder of its own holding a copy of examples/ (so
`-C examples/demo` works and nothing in the repository changes), with the date fixed at
2026-11-23 (SOURCE_DATE_EPOCH) and brm first on PATH; the scratch folder's path is shown as
/home/anna/brm. In a fenced block, a line starting
with `$ ` is a command (a trailing backslash continues it); the lines after it, up to the
next command or the end of the block, are its output: standard output and standard error
as a terminal shows them. A line `...` in the output stands for any number of lines.

Pages set up what their examples need with HTML comments, which readers do not see:
  <!-- doctest: SHELL -->   run SHELL in the page's folder (output not compared)
  <!-- doctest: cd DIR -->  later commands run in DIR (relative to the page's folder)
  <!-- doctest: skip -->    the next block is not run (for output that cannot be
                            reproduced, such as the id of a file written by hand)
A command `cd DIR` alone changes the folder the same way. A command `cat FILE` naming a
file that does not exist yet writes the lines shown into it: the page shows the reader the
file the next examples start from. Other commands that are not brm's (`git diff`) are
shown for the reader and not run.

Usage: examples.py BRM REPO [PAGE...]   Exit status 1 when any example differs.
"""
import difflib
import os
import re
import shutil
import subprocess
import sys
import tempfile

AS_OF_EPOCH = "1795392000"  # 2026-11-23
# Where the pages say the scratch folder is: absolute paths in the output show it so.
SHOWN_AS = "/home/anna/brm"
COMMENT = re.compile(r"^<!--\s*doctest:\s*(.*?)\s*-->\s*$")


def blocks(lines):
    """Yields ('setup', shell), ('cd', dir), ('skip', None) and ('block', [lines], line_no)."""
    i = 0
    while i < len(lines):
        line = lines[i]
        m = COMMENT.match(line)
        if m:
            what = m.group(1)
            if what == "skip":
                yield ("skip", None, i + 1)
            elif what.startswith("cd "):
                yield ("cd", what[3:].strip(), i + 1)
            else:
                yield ("setup", what, i + 1)
        elif line.startswith("```"):
            start = i + 1
            body = []
            i += 1
            while i < len(lines) and not lines[i].startswith("```"):
                body.append(lines[i])
                i += 1
            yield ("block", body, start + 1)
        i += 1


def examples(body):
    """The commands of a block with their expected output: [(command, [lines], offset)]."""
    out = []
    i = 0
    while i < len(body):
        if not body[i].startswith("$ "):
            i += 1
            continue
        start = i
        command = body[i][2:]
        while command.endswith("\\") and i + 1 < len(body):
            i += 1
            command = command + "\n" + body[i]
        i += 1
        expected = []
        while i < len(body) and not body[i].startswith("$ "):
            expected.append(body[i])
            i += 1
        out.append((command, expected, start))
    return out


def matches(expected, actual):
    """Exact, but a line '...' in `expected` takes any number of lines."""
    if not expected:
        return not actual
    if expected[0] == "...":
        return any(matches(expected[1:], actual[k:]) for k in range(len(actual) + 1))
    return bool(actual) and expected[0] == actual[0] and matches(expected[1:], actual[1:])


def run(shell, cwd, env):
    if not os.path.isdir(cwd):
        return f"(no folder {cwd} to run in)"
    p = subprocess.run(["bash", "-c", shell], cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=120)
    return p.stdout.decode("utf-8", "replace")


def check_page(page, repo, env):
    failures, count = [], 0
    with tempfile.TemporaryDirectory(prefix="brm-docs-") as scratch:
        # The demo, and the workspaces of the golden tests that pages show.
        shutil.copytree(os.path.join(repo, "examples"), os.path.join(scratch, "examples"), symlinks=True)
        shutil.copytree(os.path.join(repo, "tests", "golden", "every-rule"),
                        os.path.join(scratch, "tests", "golden", "every-rule"), symlinks=True)
        cwd = scratch
        lines = open(page, encoding="utf-8").read().split("\n")
        skip = False
        for kind, what, line_no in blocks(lines):
            if kind == "skip":
                skip = True
            elif kind == "cd":
                cwd = os.path.normpath(os.path.join(cwd, what.replace(SHOWN_AS, scratch)))
            elif kind == "setup":
                run(what.replace(SHOWN_AS, scratch), cwd, env)
            elif kind == "block":
                if skip:
                    skip = False
                    continue
                for command, expected, offset in examples(what):
                    if not re.match(r"(brm|cd|cat|BRM_\w+=\S+ brm) ", command):
                        continue  # `git diff`, `ls`: shown for the reader, not run
                    command = command.replace(SHOWN_AS, scratch)
                    stripped = command.strip()
                    cat = re.fullmatch(r"cat (\S+)", stripped)
                    if cat and not os.path.exists(os.path.join(cwd, cat.group(1))):
                        with open(os.path.join(cwd, cat.group(1)), "w", encoding="utf-8") as f:
                            f.write("\n".join(expected).rstrip("\n") + "\n")
                        continue
                    if re.fullmatch(r"cd \S+", stripped):
                        cwd = os.path.normpath(os.path.join(cwd, stripped[3:]))
                        continue
                    count += 1
                    actual = run(command, cwd, env).replace(scratch, SHOWN_AS).rstrip("\n").split("\n")
                    if actual == [""]:
                        actual = []
                    want = list(expected)
                    while want and want[-1] == "":
                        want.pop()
                    if not matches(want, actual):
                        diff = "\n".join(difflib.unified_diff(want, actual, "page", "brm", lineterm=""))
                        failures.append(f"{os.path.relpath(page, repo)}:{line_no + offset}: $ {command}\n{diff}")
    return count, failures


def main():
    brm, repo = os.path.abspath(sys.argv[1]), os.path.abspath(sys.argv[2])
    pages = sys.argv[3:] or [os.path.join(repo, "README.md")] + sorted(
        os.path.join(repo, "docs", f) for f in os.listdir(os.path.join(repo, "docs")) if f.endswith(".md"))
    env = {k: v for k, v in os.environ.items() if not k.startswith("BRM_")}
    env.update({"SOURCE_DATE_EPOCH": AS_OF_EPOCH, "PATH": os.path.dirname(brm) + os.pathsep + env.get("PATH", ""),
                "NO_COLOR": "1", "LC_ALL": "C.UTF-8"})
    total, failures = 0, []
    for page in pages:
        count, failed = check_page(os.path.abspath(page), repo, env)
        total += count
        failures += failed
    for f in failures:
        print(f + "\n")
    print(f"{total - len(failures)} of {total} examples give the output their page shows")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
