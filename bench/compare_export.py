"""The attendee-list export's figures for two checkouts side by side, run alternately (see compare_import.py).

``bench_import_export`` prints the time of each export of 3,000 attendees (CSV, XLSX, DOCX, PDF) once, in wall
time, on the machine's load of the moment. This builds the same list in each checkout's own store, in a fresh
process per run, from checkout A and checkout B in turn, times each export in CPU time (best of two a
process) and prints the best of each with the ratio B / A.

Run: ``python bench/compare_export.py /path/to/first-round . --runs 3``.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from checkouts import checkout_pair, run_in

FORMATS = ("csv", "xlsx", "docx", "pdf")

# Run in a fresh interpreter with the checkout first on the path: its own bench module, importer and exporter.
_CHILD = """
import csv, json, sys, tempfile, time
from pathlib import Path
checkout, rows = sys.argv[1], int(sys.argv[2])
sys.path[:0] = [checkout, checkout + "/bench"]
import bench_import_export as bench
import protocol_app
assert protocol_app.__file__.startswith(checkout), protocol_app.__file__
from protocol_app.exporting import export_attendees
from protocol_app.importing import import_attendees
folder = Path(tempfile.mkdtemp())
source = folder / "list.csv"
with source.open("w", encoding="cp1251", newline="") as handle:
    csv.writer(handle, delimiter=";").writerows([bench.HEADER, *bench.people(rows, seed=5)])
db, event_id = bench.fresh_store(folder / "export.sqlite")
import_attendees(db, event_id, source)
best = {}
for attempt in range(2):
    for fmt in ("csv", "xlsx", "docx", "pdf"):
        start = time.process_time()
        export_attendees(db, event_id, folder / f"list-{attempt}.{fmt}")
        seconds = time.process_time() - start
        best[fmt] = min(seconds, best.get(fmt, seconds))
print(json.dumps(best))
"""


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--runs", type=int, default=3, help="fresh processes per checkout (alternating)")
    parser.add_argument("--rows", type=int, default=3_000)
    options, a, b = checkout_pair(parser)
    best: dict[Path, dict[str, float]] = {a: {}, b: {}}
    for number in range(options.runs):
        for checkout in (a, b) if number % 2 == 0 else (b, a):
            timed = run_in(checkout, _CHILD, str(options.rows), what="the export bench")
            for fmt, seconds in timed.items():
                best[checkout][fmt] = min(seconds, best[checkout].get(fmt, seconds))
        print(f"run {number + 1} of {options.runs} done", file=sys.stderr)
    print(f"export of {options.rows:,} attendees, CPU time, best of {options.runs} processes x 2")
    print(f"  {'':<10} {'A: ' + a.name:>11} {'B: ' + b.name:>11}   B / A")
    for fmt in FORMATS:
        first, second = best[a][fmt] * 1000, best[b][fmt] * 1000
        print(f"  {fmt:<10} {first:8.0f} ms {second:8.0f} ms  {second / first:5.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
