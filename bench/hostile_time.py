#!/usr/bin/env python3
"""Times every command on each hostile case and on the benchmark workspace (bench/hostile.sh).

    hostile_time.py BRM DEMO BENCH_WS CORPUS OUT RUNS
"""
import os
import shutil
import statistics
import subprocess
import sys
import time

COMMANDS = [
    ["validate"], ["validate", "-f", "json"], ["review"], ["report", "kpi"], ["report", "customer", "finance"],
    ["report", "customers", "-f", "html"], ["report", "satisfaction", "-f", "html"],
    ["report", "complaints", "-f", "csv"], ["report", "agreements", "-f", "html"], ["report", "delivery"],
    ["complaint", "list", "-f", "json"], ["calendar"], ["site", "SITE"],
]


# What a file costs is the processor time it takes (user and system, of every thread),
# not the time on the clock: brm reads the files of a workspace on every core, so the
# benchmark's 1,800 files take half the clock time per byte on two cores that one file
# can, while their processor time per byte is what the two compare. WALL=1 compares
# clock time instead.
CLOCK = os.environ.get("WALL") == "1"


def one_run(argv):
    start = time.perf_counter()
    proc = subprocess.Popen(argv, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _, _, usage = os.wait4(proc.pid, 0)
    wall = time.perf_counter() - start
    return wall if CLOCK else usage.ru_utime + usage.ru_stime


def seconds(brm, ws, cmd, runs, scratch):
    times = []
    for _ in range(runs):
        args = [scratch if a == "SITE" else a for a in cmd]
        shutil.rmtree(scratch, ignore_errors=True)
        times.append(one_run([brm, "-C", ws, *args, "--as-of", "2026-11-23"]))
    return statistics.median(times)


def size_of(folder):
    return sum(os.path.getsize(os.path.join(d, f)) for d, _, fs in os.walk(folder) for f in fs)


def main(brm, demo, bench, corpus, out, runs):
    runs = int(runs)
    scratch = os.path.join(out, "site")
    names = [" ".join(c).replace(" SITE", "") for c in COMMANDS]
    bench_mib = size_of(bench) / 2**20
    base = {n: seconds(brm, demo, c, runs, scratch) for n, c in zip(names, COMMANDS)}
    per_mib = {n: seconds(brm, bench, c, runs, scratch) / bench_mib for n, c in zip(names, COMMANDS)}
    rows, worst = [], {}
    only = [c for c in os.environ.get("BENCH_CASES", "").split(",") if c]  # BENCH_CASES=a,b: those only
    for case in sorted(c for c in os.listdir(corpus) if not only or c in only):
        ws = os.path.join(corpus, case)
        grown = (size_of(ws) - size_of(demo)) / 2**20
        row = []
        for n, c in zip(names, COMMANDS):
            extra = max(0.0, seconds(brm, ws, c, runs, scratch) - base[n]) / grown
            ratio = extra / per_mib[n]
            row.append(ratio)
            worst[n] = max(worst.get(n, 0.0), ratio)
        rows.append((case, row))
    what = "clock" if CLOCK else "processor"
    lines = [f"Benchmark workspace: {bench} ({bench_mib:.1f} MiB); {runs} runs, medians of {what} time.",
             f"Each cell: {what} seconds per MiB of the hostile file over the same per MiB of the benchmark"
             " (target: at most 1).",
             "", "| case | " + " | ".join(names) + " |", "|---|" + "---:|" * len(names)]
    lines.append("| benchmark, ms per MiB | " + " | ".join(f"{per_mib[n] * 1000:.0f}" for n in names) + " |")
    for case, row in rows:
        lines.append(f"| {case} | " + " | ".join(f"{r:.2f}" for r in row) + " |")
    missed = [n for n in names if worst[n] > 1]
    lines += ["", "Target met for every command." if not missed else "Target missed by: " + ", ".join(missed)]
    text = "\n".join(lines) + "\n"
    with open(os.path.join(out, "summary.md"), "w", encoding="utf-8") as f:
        f.write(text)
    print(text)
    return 1 if missed and os.environ.get("BENCH_FAIL_ON_TARGET") == "1" else 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
