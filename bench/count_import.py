"""The import's work in instructions, for two checkouts: a figure the machine's load does not move.

A shared machine's CPU time for the same import varies by 10-25% from one minute to the next, more than the
10% an issue asks to show. Valgrind's callgrind counts the instructions a process executes; the count of the
same work is the same on every run (within a fraction of a percent), whatever else the machine does. This runs
``bench_import_export``'s import of 10,000 attendees in each checkout under callgrind, in processes that import
0, 1 and 3 times, and prints from their differences:

- one import, warm (the third and fourth import of a process: (3 - 1) / 2);
- the first import of a process (1 - 0): with what it loads on first use (the name and morphology dictionaries).

Instructions are not time (a cache miss costs more than an addition), so read them beside
``compare_import.py``'s CPU times: they say whether the work grew, the times what it costs here. Slow: valgrind
runs Python some 50 times slower (about 15 minutes for two checkouts and both formats).

Run: ``python bench/count_import.py /path/to/first/checkout /path/to/main [--formats csv,xlsx]``.
Needs valgrind (``apt-get install valgrind``).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_export import people, write_files
from checkouts import checkout_pair

# In the child: ``count`` imports of the file, in the checkout's own bench module (its own steps).
_CHILD = """
import sys
from pathlib import Path
checkout, path, store, count = sys.argv[1:5]
sys.path[:0] = [checkout, checkout + "/bench"]
import bench_import_export as bench
import protocol_app
assert protocol_app.__file__.startswith(checkout), protocol_app.__file__
for _ in range(int(count)):
    bench.timed_import(Path(path), Path(store))
"""


def instructions(checkout: Path, file: Path, store: Path, count: int) -> int:
    """The instructions a fresh interpreter executes to import ``file`` ``count`` times (callgrind's total)."""
    python = os.path.realpath(sys.executable)  # the interpreter itself, not a shim script
    done = subprocess.run(
        ["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null",
         python, "-c", _CHILD, str(checkout), str(file), str(store), str(count)],
        env={**os.environ, "PYTHONHASHSEED": "0"},
        capture_output=True,
        text=True,
        check=False,
    )  # fmt: skip
    found = re.search(r"Collected : (\d+)", done.stderr)
    if done.returncode or not found:
        raise SystemExit(f"callgrind failed in {checkout}:\n{done.stderr[-2000:]}")
    return int(found[1])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--formats", default="csv,xlsx", help="csv, xlsx or both (comma separated)")
    parser.add_argument("--rows", type=int, default=10_000)
    options, a, b = checkout_pair(parser)
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed (apt-get install valgrind)")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path, xlsx_path = write_files(folder, people(options.rows))
        print(f"import of {options.rows:,} attendees, millions of instructions (callgrind)")
        print(f"  {'':<30} {'A: ' + a.name:>12} {'B: ' + b.name:>12}   B / A")
        for fmt in options.formats.split(","):
            file = csv_path if fmt == "csv" else xlsx_path
            counts = {
                checkout: {n: instructions(checkout, file, folder / "store.sqlite", n) for n in (0, 1, 3)}
                for checkout in (a, b)
            }
            for label, of in (
                ("one import, warm", lambda c: (c[3] - c[1]) / 2),
                ("the first import of a process", lambda c: c[1] - c[0]),
            ):
                first, second = of(counts[a]) / 1e6, of(counts[b]) / 1e6
                print(f"  {fmt.upper()}: {label:<25} {first:12,.0f} {second:12,.0f}   {second / first:5.3f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
