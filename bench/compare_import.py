"""The import bench's figures for two checkouts side by side, run alternately so both see the same machine.

A shared machine's load changes from minute to minute; timing one checkout and then the other compares two
loads, not two programs. This runs ``bench_import_export``'s import timings in a fresh process per run, from
checkout A and checkout B in turn, and prints the best of each with the ratio B / A. Each checkout times with
its own bench module (its own steps), on the same generated files.

Run: ``python bench/compare_import.py /work/main . --runs 7``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_export import people, write_files
from checkouts import checkout_pair, run_in

# Run in a fresh interpreter with the checkout first on the path: the import timings of its bench module.
_CHILD = """
import json, sys
checkout, csv_path, xlsx_path, folder, repeats, clock = sys.argv[1:7]
sys.path[:0] = [checkout, checkout + "/bench"]
import time
from pathlib import Path
if clock == "cpu":  # the process's own CPU time: waiting for a core or for the disk left out
    time.perf_counter = time.process_time
import bench_import_export as bench
import protocol_app
assert protocol_app.__file__.startswith(checkout), protocol_app.__file__
csv_path, xlsx_path, folder, repeats = Path(csv_path), Path(xlsx_path), Path(folder), int(repeats)
store = folder / "store.sqlite"
cold = bench.timed_import(csv_path, store)[0]
steps = [bench.phases(csv_path, store) for _ in range(repeats)]
xlsx_steps = [bench.phases(xlsx_path, store) for _ in range(repeats)]
print(json.dumps({
    "cold": cold,
    "csv": min(bench.timed_import(csv_path, store)[0] for _ in range(repeats)),
    "read": min(s[1] for s in steps),
    "plan": min(s[2] for s in steps),
    "writes": min(s[3] for s in steps),
    "xlsx": min(bench.timed_import(xlsx_path, store)[0] for _ in range(repeats)),
    "xlsx_read": min(s[1] for s in xlsx_steps),
}))
"""

_LABELS = {
    "cold": "CSV import, first run (cold caches)",
    "csv": "CSV import",
    "read": "  reading the CSV",
    "plan": "  planning",
    "writes": "  store writes + change set",
    "xlsx": "XLSX import",
    "xlsx_read": "  reading the XLSX",
}


def run(checkout: Path, files: tuple[Path, Path], folder: Path, repeats: int, clock: str) -> dict[str, float]:
    return run_in(checkout, _CHILD, *map(str, files), str(folder), str(repeats), clock, what="the bench")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per checkout (alternating)")
    parser.add_argument("--repeats", type=int, default=3, help="imports of each kind per process")
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument(
        "--cpu", action="store_true", help="time CPU used, not the clock (a busy machine's waits left out)"
    )
    options, a, b = checkout_pair(parser)
    best: dict[Path, dict[str, float]] = {a: {}, b: {}}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = write_files(folder, people(options.rows))
        for number in range(options.runs):
            for checkout in (a, b) if number % 2 == 0 else (b, a):
                timed = run(checkout, files, folder, options.repeats, "cpu" if options.cpu else "wall")
                for key, seconds in timed.items():
                    best[checkout][key] = min(seconds, best[checkout].get(key, seconds))
            print(f"run {number + 1} of {options.runs} done", file=sys.stderr)
    clock = "CPU time" if options.cpu else "wall clock"
    print(
        f"import of {options.rows:,} attendees, {clock}, best of {options.runs} processes x {options.repeats}"
    )
    print(f"  {'':<38} {'A: ' + a.name:>9} {'B: ' + b.name:>11}   B / A")
    for key, label in _LABELS.items():
        first, second = best[a][key] * 1000, best[b][key] * 1000
        print(f"  {label:<38} {first:6.0f} ms {second:6.0f} ms  {second / first:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
