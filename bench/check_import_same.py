"""Do two checkouts import alike? The same files imported by each: stored rows, reports, undo and redo compared.

A speed change of the import must not change what it does. This builds varied attendee lists (the bench's
10,000 rows in CSV and XLSX; Chinese, Arabic and Latin names with passport columns; a second event's list of
typos, repeats, initials, section titles and a total row against a directory already filled; a list with
errors), imports each in a fresh process from checkout A and from checkout B, and prints, per file, the
SHA-256 of what each produced: the tables after the import, the report (JSON in both languages and the
summary line), the change set row by row, the tables after undo and after redo. Exit 1 when any differs.

Run: ``python bench/check_import_same.py /work/main .``.
"""

from __future__ import annotations

import argparse
import csv
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_import_export import HEADER, SIDES, people, write_files
from checkouts import checkout_pair, run_in

# Run in a fresh interpreter with the checkout first on the path: each file's import, as digests.
_CHILD = """
import hashlib, json, sys
checkout, folder = sys.argv[1:3]
sys.path[:0] = [checkout, checkout + "/bench"]
from pathlib import Path
import protocol_app
assert protocol_app.__file__.startswith(checkout), protocol_app.__file__
from bench_import_export import SIDES, fresh_store
from protocol_app.importing import import_attendees
from protocol_app.model import NewEvent, NewSide
from protocol_app.store.changes import apply_changes
from protocol_app.store.events import add_side, create_event

folder = Path(folder)
TABLES = ("organisations", "people", "participants")

def digest(value):
    return hashlib.sha256(json.dumps(value, ensure_ascii=False, sort_keys=True, default=repr).encode()).hexdigest()

def tables(db):
    return {t: db.execute(f"SELECT rowid, * FROM [{t}] ORDER BY rowid").fetchall() for t in TABLES}

def report_of(report):
    return [report.to_dict("en"), report.to_dict("ru"), report.summary()]

def one(name, db, event_id, path, **options):
    report = import_attendees(db, event_id, path, **options)
    changes = report.change_set
    rows = [[c.table, c.rowid, c.before, c.after] for c in changes.rows]
    out = {"tables": digest(tables(db)), "report": digest(report_of(report)), "changes": digest(rows)}
    undone = apply_changes(db, changes.reversed())
    out["undo"] = digest([tables(db), undone.applied, [vars(c) for c in undone.conflicts]])
    redone = apply_changes(db, changes)
    out["redo"] = digest([tables(db), redone.applied, [vars(c) for c in redone.conflicts]])
    out["summary"] = report.summary()
    return name, out

results = dict([
    one("bench CSV (10,000 rows, cp1251 ';')", *fresh_store(folder / "a.sqlite"), folder / "list.csv"),
    one("bench XLSX (10,000 rows)", *fresh_store(folder / "b.sqlite"), folder / "list.xlsx"),
    one("Chinese, Arabic, Latin names", *fresh_store(folder / "c.sqlite"), folder / "world.csv"),
    one("errors", *fresh_store(folder / "e.sqlite"), folder / "errors.csv"),
])
db, first = fresh_store(folder / "d.sqlite")
import_attendees(db, first, folder / "directory.csv")
second = create_event(db, NewEvent(title="Second", date="2026-09-01"))
for number, side in enumerate(SIDES):
    add_side(db, NewSide(event_id=second, name=side, host=number == 0))
name, out = one("typos, repeats, initials against a directory", db, second, folder / "second.csv")
results[name] = out
name, out = one("the first event's list again, changed", db, first, folder / "again.csv")
results[name] = out
print(json.dumps(results))
"""

WORLD = [  # (name, Latin name, position, organisation, side)
    ("Ван Вэй", "WANG Wei", "Министр", "Министерство торговли КНР", SIDES[1]),
    ("Ли Цян", "LI Qiang", "Director", "China Trade Corp", SIDES[1]),
    ("王伟", "Wang Weiguo", "Советник", "Посольство КНР", SIDES[1]),
    ("Мухаммад бин Салман", "Mohammed bin Salman", "Посол", "Посольство", SIDES[1]),
    ("محمد عبد الله", "Mohammed Abdullah", "Adviser", "Embassy", SIDES[1]),
    ("Джон Смит", "John SMITH", "Директор", "Acme Ltd", SIDES[0]),
    ("Müller Hans", "Hans MÜLLER", "Генеральный директор", "Siemens AG", SIDES[0]),
    ("Ким Чен Хо", "KIM Chen Ho", "Губернатор", "Провинция", SIDES[1]),
    ("Иванов И.И.", "", "Директор", "ООО «Ромашка»", SIDES[0]),
    ("Петрова Анна Сергеевна", "Anna PETROVA", "Советник", "ООО «Ромашка»", SIDES[0]),
]


def write_world(folder: Path) -> None:
    """Names of several scripts with passport spellings, positions in two languages, e-mails and phones."""
    with (folder / "world.csv").open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=",")
        writer.writerow(["ФИО", "Имя латиницей", "Должность", "Организация", "Организация (англ.)", "Сторона",
                         "Телефон", "E-mail", "Роль", "Приоритет"])  # fmt: skip
        for number in range(30):
            for i, (name, latin, position, org, side) in enumerate(WORLD):
                suffix = f"-{chr(0x61 + number % 26)}{chr(0x61 + number // 26)}" if number else ""
                writer.writerow([name + ("" if not number else f"-{chr(0x430 + number)}"), latin + suffix,
                                 position, org, f"{org} EN" if i % 2 else "", side, f"+7 900 {number:03} {i:02}",
                                 f"p{number}.{i}@example.org" if i % 3 else "",
                                 "interpreter" if i == 7 else "", str(i + 1) if i < 5 else ""])  # fmt: skip


def write_second(folder: Path) -> None:
    """A directory of 2,000 people, then a second event's list naming many of them with slips, repeats,
    initials, English positions, section titles and a total row; and the first list again with changes."""
    rows = people(2_000, seed=11)
    with (folder / "directory.csv").open("w", encoding="cp1251", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *rows])
    lines: list[list[str]] = [["ФИО", "Должность", "Организация", "Приоритет"]]
    for side in (SIDES[0], SIDES[1]):
        lines.append([side, "", "", ""])
        for i, (name, position, org, row_side, _) in enumerate(rows):
            if row_side != side or i % 3:
                continue
            surname, given, patronymic = name.split()
            if i % 9 == 0:
                given = given[:-1] + given[-1] * 2  # a letter doubled: a slip
            elif i % 27 == 3:
                name = f"{surname} {given[0]}.{patronymic[0]}."
            elif i % 27 == 6:
                patronymic = ""
            if i % 27 != 3:
                name = " ".join(p for p in (surname, given, patronymic) if p)
            english = "Director" if i % 5 == 0 else position
            lines.append([name, english, org, str(i // 6 + 1)])
            if i % 27 == 0:
                lines.append([name, english, org, ""])  # repeated
    lines.append(["Новиков Новый Новикович", "Советник", "Организация 1", "1"])
    lines.append(["Итого: много", "", "", ""])
    with (folder / "second.csv").open("w", encoding="cp1251", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(lines)
    wrong = _error_rows(folder / "second.csv", folder / "directory.csv")  # a name met twice: left out
    with (folder / "second.csv").open("w", encoding="cp1251", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(r for n, r in enumerate(lines, 1) if n not in wrong)
    again = [[n, "Советник" if i % 4 == 0 else p, o, s, pr] for i, (n, p, o, s, pr) in enumerate(rows[:1500])]
    with (folder / "again.csv").open("w", encoding="cp1251", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *again])


def _error_rows(path: Path, directory: Path) -> set[int]:
    """The rows of a second event's list that this checkout's import finds wrong (dry run)."""
    from bench_import_export import fresh_store

    from protocol_app.importing import import_attendees
    from protocol_app.model import NewEvent, NewSide
    from protocol_app.store.events import add_side, create_event

    db, first = fresh_store(path.with_suffix(".sqlite"))
    import_attendees(db, first, directory)
    second = create_event(db, NewEvent(title="Second", date="2026-09-01"))
    for number, side in enumerate(SIDES):
        add_side(db, NewSide(event_id=second, name=side, host=number == 0))
    report = import_attendees(db, second, path, dry_run=True)
    db.close()
    return {p.row for p in report.errors if p.row is not None}


def write_errors(folder: Path) -> None:
    """Rows with digits in names, unknown sides, bad numbers, formulas and namesakes on two sides."""
    rows = people(300, seed=7)
    rows[5][0] = "+7 900 123 45 67"
    rows[9][3] = "Марс"
    rows[12][4] = "первый"
    rows[15][0] = "=Иванов Иван"
    rows[20] = [rows[21][0], rows[21][1], rows[21][2], SIDES[0] if rows[21][3] == SIDES[1] else SIDES[1], "7"]
    rows[30][4] = rows[31][4]
    with (folder / "errors.csv").open("w", encoding="cp1251", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *rows])


def run(checkout: Path, folder: Path) -> dict[str, dict[str, str]]:
    return run_in(checkout, _CHILD, str(folder), what="the imports")


def main() -> int:
    _options, a, b = checkout_pair(argparse.ArgumentParser(description=__doc__.split("\n\n")[0]))
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        write_files(folder, people(10_000))
        write_world(folder)
        write_second(folder)
        write_errors(folder)
        first, second = run(a, folder), run(b, folder)
    differ = 0
    for name, digests in first.items():
        other = second[name]
        print(f"{name}: {digests.pop('summary')}")
        other.pop("summary")
        for key, value in digests.items():
            same = value == other[key]
            differ += not same
            print(f"  {key:<8} {value[:16]}  {other[key][:16]}  {'same' if same else 'DIFFERENT'}")
    print("all the same" if not differ else f"{differ} DIFFERENT")
    return 1 if differ else 0


if __name__ == "__main__":
    sys.exit(main())
