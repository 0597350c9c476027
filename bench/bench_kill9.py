"""Kill -9 trials for every writing command: the store stays sound and each command is all or nothing.

For each command (import attendees, import agreements, seating save, signing-order, agreement-status, and
``package import`` when this version has it) the script copies a prepared store, starts the command as its own
process and kills it with SIGKILL at a random moment of its run, then checks the store: ``PRAGMA quick_check``
must say ok, the program must open it, and its contents (every table, timestamps left out) must be exactly
as before the command or exactly as after a complete run: anything else is a torn write.

It also times ``PRAGMA quick_check``, which the program runs before the first write of a session, on a store
of ``--store-mb`` megabytes (default 100; 0 leaves it out).

Run: ``python bench/bench_kill9.py [--trials N] [--store-mb M]`` (N per command, default 40: 200 trials for
five commands).
"""

from __future__ import annotations

import argparse
import hashlib
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))  # run from a checkout without installing

from protocol_app.demo import build_demo  # noqa: E402
from protocol_app.store import open_store  # noqa: E402
from protocol_app.store.connection import check_integrity  # noqa: E402

SIDES = ("Ульяновская область", "Республика Беларусь")


@dataclass
class Command:
    name: str
    args: Callable[[Path], list[str]]  # the command line, given the work folder
    base: str = "demo"  # which prepared store the trial starts from
    results: dict[str, int] = field(default_factory=lambda: {"before": 0, "after": 0, "torn": 0})
    damaged: int = 0
    runtime: float = 0.0


def cli(store: Path, args: list[str]) -> list[str]:
    return [sys.executable, "-m", "protocol_app.cli.main", "--db", str(store), *args]


def contents(store: Path) -> str:
    """A digest of every table's rows, without the columns that hold a time of writing."""
    conn = sqlite3.connect(f"{store.as_uri()}?mode=ro", uri=True)
    try:
        digest = hashlib.sha256()
        tables = [
            r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")
        ]
        for table in tables:
            columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")') if not _is_time(r[1])]
            names = ", ".join(f'"{c}"' for c in columns)
            for row in conn.execute(f'SELECT {names} FROM "{table}" ORDER BY 1'):
                digest.update(repr((table, row)).encode())
        return digest.hexdigest()
    finally:
        conn.close()


def _is_time(column: str) -> bool:
    """A column that holds when a row was written (it differs from one run to the next)."""
    return column.endswith("_at") or column in ("updated", "created", "applied")


def sound(store: Path) -> bool:
    """quick_check says ok and the program opens the store."""
    conn = sqlite3.connect(store)
    try:
        if conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            return False
    finally:
        conn.close()
    try:
        open_store(store).close()
    except Exception:
        return False
    return True


def prepare(folder: Path) -> dict[str, Path]:
    """The prepared stores and the files the commands read."""
    demo = folder / "demo.sqlite"
    db = open_store(demo)
    build_demo(db)
    db.close()
    empty = folder / "empty.sqlite"
    open_store(empty).close()
    rng = random.Random(7)
    with (folder / "attendees.csv").open("w", encoding="utf-8") as handle:
        handle.write("ФИО;Должность;Сторона\n")
        for i in range(1500):
            side = SIDES[i % 2]
            handle.write(f"{word(i, 'ов')} {word(rng.randrange(900), 'ий')} Петрович;Советник;{side}\n")
    with (folder / "agreements.csv").open("w", encoding="utf-8") as handle:
        handle.write("Наименование;Уровень;Сторона 1;Сторона 2\n")
        for i in range(400):
            handle.write(
                f"Соглашение о сотрудничестве № {i};межрегиональное;Организация А{i};Организация Б{i}\n"
            )
    return {"demo": demo, "empty": empty}


def word(number: int, ending: str) -> str:
    """A made-up name of Russian letters, one for each number."""
    letters = "бвгдклмнпрст"
    vowels = "аеиоу"
    out = ""
    while True:
        number, rest = divmod(number, len(letters) * len(vowels))
        out += letters[rest % len(letters)] + vowels[rest // len(letters)]
        if not number:
            break
    return (out + ending).capitalize()


def agreement_ids(store: Path) -> list[int]:
    conn = sqlite3.connect(store)
    try:
        return [r[0] for r in conn.execute("SELECT id FROM agreements ORDER BY id")]
    finally:
        conn.close()


def has_package(store: Path) -> bool:
    return subprocess.run(cli(store, ["package", "--help"]), capture_output=True, cwd=ROOT).returncode == 0


def commands(folder: Path, stores: dict[str, Path]) -> list[Command]:
    ids = agreement_ids(stores["demo"])
    found = [
        Command(
            "import attendees", lambda f: ["import", "attendees", "--event", "1", str(f / "attendees.csv")]
        ),
        Command(
            "import agreements", lambda f: ["import", "agreements", "--event", "1", str(f / "agreements.csv")]
        ),
        Command(
            "seating save",
            lambda f: [
                "seating",
                "--event",
                "1",
                "--layout",
                "banquet",
                "--tables",
                "3",
                "--seats",
                "8",
                "--reseat",
            ],
        ),
        Command(
            "signing-order",
            lambda f: ["signing-order", "--event", "1", "--ids", ",".join(map(str, ids[::-1]))],
        ),
        Command(
            "agreement-status",
            lambda f: ["agreement-status", "--ids", ",".join(map(str, ids)), "--status", "signed"],
        ),
    ]
    if has_package(stores["demo"]):
        package = folder / "event.package"
        subprocess.run(
            cli(stores["demo"], ["package", "export", "--event", "1", "-o", str(package)]),
            check=True,
            cwd=ROOT,
            capture_output=True,
        )
        found.append(Command("package import", lambda f: ["package", "import", str(package)], base="empty"))
    else:
        print("package import: this version has no 'package' command; skipped")
    return found


def expected(command: Command, folder: Path, base: Path) -> tuple[str, str]:
    """The store's contents before the command and after a complete run (timed)."""
    trial = folder / "expected.sqlite"
    shutil.copy(base, trial)
    before = contents(trial)
    started = time.perf_counter()
    result = subprocess.run(cli(trial, command.args(folder)), capture_output=True, text=True, cwd=ROOT)
    command.runtime = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"{command.name} failed on a clean run: {result.stderr.strip()}")
    return before, contents(trial)


def trial(command: Command, folder: Path, base: Path, states: tuple[str, str], rng: random.Random) -> None:
    store = folder / "trial.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{store}{suffix}").unlink(missing_ok=True)
    shutil.copy(base, store)
    child = subprocess.Popen(
        cli(store, command.args(folder)), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=ROOT
    )
    time.sleep(rng.uniform(0.3, 1.05) * command.runtime)
    child.kill()  # SIGKILL
    child.wait()
    if not sound(store):
        command.damaged += 1
        return
    state = contents(store)
    command.results["before" if state == states[0] else "after" if state == states[1] else "torn"] += 1


def time_quick_check(folder: Path, megabytes: int) -> None:
    """Fill a store to ``megabytes`` and time the check the first write of a session runs (cold and warm)."""
    store = folder / "big.sqlite"
    db = open_store(store)
    rows = ({"name": f"Участник {i}", "notes": "примечание " * 40} for i in range(megabytes * 1000))
    with db.atomic():
        db["filler"].insert_all(rows, batch_size=5000)
    db.close()
    size = store.stat().st_size / 2**20
    timings = []
    for _ in range(3):
        db = open_store(store)
        started = time.perf_counter()
        check_integrity(db, store)
        timings.append(time.perf_counter() - started)
        db.close()
    print(f"quick_check on a {size:.0f} MB store: {timings[0]:.2f} s first, {min(timings):.2f} s at best")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=40, help="trials per command (default 40)")
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--store-mb", type=int, default=100, help="size of the store quick_check is timed on")
    options = parser.parse_args()
    rng = random.Random(options.seed)
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        stores = prepare(folder)
        todo = commands(folder, stores)
        print(
            f"{'command':<20} {'run s':>6} {'trials':>6} {'before':>6} {'after':>6} {'torn':>5} {'damaged':>7}"
        )
        total = torn = damaged = 0
        for command in todo:
            base = stores[command.base]
            states = expected(command, folder, base)
            for _ in range(options.trials):
                trial(command, folder, base, states, rng)
            r = command.results
            print(
                f"{command.name:<20} {command.runtime:>6.2f} {options.trials:>6} {r['before']:>6} {r['after']:>6} "
                f"{r['torn']:>5} {command.damaged:>7}"
            )
            total += options.trials
            torn += r["torn"]
            damaged += command.damaged
        print(
            f"trials: {total}; integrity (quick_check ok and the store opens): {total - damaged}/{total}; "
            f"all-or-nothing: {total - torn - damaged}/{total}; torn writes: {torn}"
        )
        if options.store_mb:
            time_quick_check(folder, options.store_mb)


if __name__ == "__main__":
    main()
