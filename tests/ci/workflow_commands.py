#!/usr/bin/env python3
"""No line brm prints may be taken by a CI runner as a command brm did not mean.

Runs every command, in every format, on a copy of the demo whose every text field holds
both syntaxes of GitHub's workflow commands (hostile_text.py), with standard output and
standard error each judged by the port of the runner's parsers (runner_commands.py,
stricter than the runner: any command name counts, ordinal and ICU matching both). The
only commands allowed are `validate -f github`'s own annotations: one per diagnostic,
named error or warning, with exactly the properties brm writes (file, line, col, title).

    workflow_commands.py BRM DEMO SCRATCH
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import hostile_text  # noqa: E402
import runner_commands as rc  # noqa: E402

brm, demo, scratch = sys.argv[1:4]
ws = os.path.join(scratch, "ws")
os.makedirs(scratch, exist_ok=True)
hostile_text.main(brm, demo, ws)
# A file brm only names: its path holds both syntaxes too.
with open(os.path.join(ws, "customers", "##[add-mask]x ::error::y.txt"), "w") as f:
    f.write("x\n")
# Diagnostics that quote values: an unknown key and a wrong word.
with open(os.path.join(ws, "services", "payroll.yaml"), "a", encoding="utf-8") as f:
    f.write('"##[add-mask]key": 1\nstatus2: x\n')

reports = ["kpi", "customers", "customer finance", "agreements", "complaints", "satisfaction", "delivery"]
runs = [f"validate -f {f}" for f in ["text", "json", "github", "sarif", "gitlab"]] + ["validate --excerpt"]
runs += [f"review -f {f}" for f in ["text", "json", "markdown"]] + ["review --by category"]
runs += [f"report {r} -f {f}" for r in reports for f in ["text", "markdown", "html", "json", "csv"]]
runs += [f"complaint list -f {f}" for f in ["text", "json", "csv", "markdown"]]
runs += ["calendar", "diff HEAD", "diff HEAD -f json", "diff HEAD -f markdown",
         "meeting new --customer finance --type planning --dry-run", "site " + os.path.join(scratch, "site")]

failures = []
for run in runs:
    out = subprocess.run([brm, "-C", ws, *run.split(), "--as-of", "2026-11-23"], capture_output=True)
    if out.returncode > 1:
        failures.append(f"brm {run}: exit {out.returncode}: {out.stderr.decode()[-300:]}")
    for stream, raw in (("stdout", out.stdout), ("stderr", out.stderr)):
        found = rc.commands_in(rc.decode_stream(raw), registered=rc.ANY)
        if run == "validate -f github" and stream == "stdout":
            own = [c for c in found if c.command in ("error", "warning")
                   and sorted(c.properties) == ["col", "file", "line", "title"]]
            found = [c for c in found if c not in own]
            if not own:
                failures.append("validate -f github: no annotation left")
        for c in found:
            failures.append(f"brm {run} ({stream}) line {c.line}: {c.syntax} command {c.command!r}")
pages = []
for folder, _, files in os.walk(os.path.join(scratch, "site")):
    pages += [os.path.join(folder, f) for f in files if f.endswith(".html")]
for page in sorted(pages):
    with open(page, "rb") as f:
        for c in rc.commands_in(rc.decode_stream(f.read()), registered=rc.ANY):
            failures.append(f"{os.path.relpath(page, scratch)} line {c.line}: {c.syntax} command {c.command!r}")
for f in failures[:40]:
    print(f)
print(f"{len(runs)} command lines and {len(pages)} pages judged; {len(failures)} problems")
sys.exit(1 if failures else 0)
