"""How long the test suite takes (issue 16: under a minute): the README's test command run as it is, timed.

Prints, for each run, the wall-clock time and the CPU time the run's processes used (the workers pytest-xdist
starts, one a core, and what they start), and the machine's load before it: on a shared machine another job's
load shows in the wall clock first. Run: ``python bench/bench_suite.py --runs 2``.
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_suite() -> tuple[float, float, str]:
    """One run of ``pytest`` from the checkout's root: (wall seconds, CPU seconds, its summary line)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    lines = done.stdout.strip().splitlines()
    return wall, cpu, lines[-1] if lines else done.stderr.strip()[-200:]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=1, help="runs one after the other")
    runs = parser.parse_args().runs
    print(f"test suite on {os.cpu_count()} cores (target: under 60 s wall)")
    walls = []
    for number in range(1, runs + 1):
        load = os.getloadavg()[0]
        wall, cpu, summary = run_suite()
        walls.append(wall)
        print(f"  run {number}: {wall:6.1f} s wall, {cpu:6.1f} s CPU ({cpu / wall:.1f} cores busy), "
              f"load before {load:.1f}: {summary}")  # fmt: skip
    best = min(walls)
    print(f"best {best:.1f} s: {'within' if best < 60 else 'OVER'} the minute")
    return 0 if best < 60 else 1


if __name__ == "__main__":
    sys.exit(main())
