"""Event packages: one event round-trips to another store through a package file, a second import creates
nothing, the same people are matched, and damaged or hostile packages are refused with the target unchanged."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from cli_helpers import in_process

from protocol_app.errors import UserError
from protocol_app.model import NewPerson, NewSeatingConstraint
from protocol_app.package import MAX_PACKAGE_BYTES, export_package, import_package
from protocol_app.precedence import ordered_attendees
from protocol_app.seating.context import load_context
from protocol_app.seating.plans import auto_plan, open_plan, save
from protocol_app.signing import set_order, signing_plan
from protocol_app.signing.records import signing_record
from protocol_app.store import open_store
from protocol_app.store.agreements import list_agreements
from protocol_app.store.directory import add_person, list_people
from protocol_app.store.events import get_event, list_events
from protocol_app.store.schema import MIGRATION_SET
from protocol_app.store.seating import add_constraint, list_constraints, list_plans


def _without_ids(value: Any) -> Any:
    """A record with the ids left out (the same event has other ids in another store)."""
    if isinstance(value, dict):
        return {
            k: _without_ids(v) for k, v in value.items() if not (k == "id" or k.endswith(("_id", "_ids")))
        }
    if isinstance(value, list):
        return [_without_ids(v) for v in value]
    return value


def _event_as_read(db, event_id: int) -> dict[str, Any]:
    """What the core's own readers say about the event, without ids."""
    names = {a.id: a.person.full_name for a, _ in ordered_attendees(db, event_id)}
    event = vars(get_event(db, event_id)).copy()
    event.pop("id")
    return {
        "event": event,
        "attendees": [
            (
                a.person.full_name,
                a.person.position,
                a.side.name,
                a.participant.role,
                s.precedence,
                names.get(a.participant.interprets_for or 0),
            )
            for a, s in ordered_attendees(db, event_id)
        ],
        "signing": _without_ids(signing_record(signing_plan(db, event_id))),
        "agreements": [
            (a.title, a.order_no, [names[w] for w in a.witness_ids]) for a in list_agreements(db, event_id)
        ],
        "plans": [
            (
                p.layout,
                p.name,
                sorted((seat, names.get(pid or 0), locked) for seat, (pid, locked) in p.assignments.items()),
            )
            for p in list_plans(db, event_id)
        ],
        "constraints": sorted(
            (c.kind, names[c.first_id], names[c.second_id]) for c in list_constraints(db, event_id)
        ),
    }


@pytest.fixture
def source(tmp_path, demo_file):
    """The demo event with a saved plan, a seating wish and a signing order fixed by hand, in a store file."""
    shutil.copy(demo_file[0], tmp_path / "source.sqlite")
    db, event_id = open_store(tmp_path / "source.sqlite"), demo_file[1]
    host = load_context(db, event_id).of_side("host")
    save(db, auto_plan(db, event_id, "negotiation", locks={"H-2": host[1]}))
    add_constraint(
        db, NewSeatingConstraint(event_id=event_id, kind="apart", first_id=host[0], second_id=host[2])
    )
    set_order(db, event_id, [a.id or 0 for a in reversed(list_agreements(db, event_id))])
    yield db, event_id
    db.close()


@pytest.fixture
def package(source, tmp_path) -> Path:
    db, event_id = source
    path, counts = export_package(db, event_id, tmp_path / "event.pdpkg")
    assert counts["participants"] == len(ordered_attendees(db, event_id))
    return path


def _dump(path: Path) -> list[str]:
    conn = sqlite3.connect(path)
    try:
        return list(conn.iterdump())
    finally:
        conn.close()


def test_an_event_round_trips_to_an_empty_store(source, package, tmp_path):
    db, event_id = source
    target = open_store(tmp_path / "target.sqlite")
    report = import_package(target, package)
    assert not report.event_matched and report.conflicts == []
    assert report.created["people"] == len(ordered_attendees(db, event_id))
    assert _event_as_read(target, report.event_id or 0) == _event_as_read(db, event_id)
    assert len(list_plans(target, report.event_id or 0)) == 1
    assert open_plan(target, list_plans(target, report.event_id or 0)[0].id or 0).plan.seats()
    target.close()


def test_a_second_import_creates_nothing(package, tmp_path):
    target = open_store(tmp_path / "target.sqlite")
    first = import_package(target, package)
    again = import_package(target, package)
    assert again.as_json()["created"] == 0 and again.as_json()["updated"] == 0 and again.conflicts == []
    assert again.event_matched and again.event_id == first.event_id
    assert len(list_events(target)) == 1
    target.close()


def test_the_package_holds_one_event_and_is_private(source, package):
    conn = sqlite3.connect(package)
    assert conn.execute("SELECT COUNT(*) FROM events").fetchone()[0] == 1
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()
    assert package.stat().st_mode & 0o777 == 0o600


def test_people_already_known_are_matched_and_differences_reported_not_overwritten(package, source, tmp_path):
    db, event_id = source
    principal = ordered_attendees(db, event_id)[0][0].person
    target = open_store(tmp_path / "target.sqlite")
    known = add_person(
        target,
        NewPerson(surname=principal.surname, given_name=principal.given_name, patronymic=principal.patronymic,
               position="Губернатор (по данным коллеги)", phone=""),
    )  # fmt: skip
    report = import_package(target, package)
    people = list_people(target)
    assert len(people) == len(ordered_attendees(db, event_id))  # matched, not doubled
    assert report.matched == {"people": 1}
    assert [(c.table, c.column, c.ours, c.theirs) for c in report.conflicts] == [
        ("people", "position", "Губернатор (по данным коллеги)", principal.position)
    ]
    assert next(p for p in people if p.id == known).position == "Губернатор (по данным коллеги)"
    target.close()


def test_a_person_known_with_a_slip_in_the_patronymic_is_matched(package, source, tmp_path):
    """The patronymic one letter off («Владимирович» as «Владимирвич»): the same person, as the list import
    takes him, not a double."""
    db, event_id = source
    principal = next(a.person for a, *_ in ordered_attendees(db, event_id) if len(a.person.patronymic) >= 11)
    slip = principal.patronymic[:-4] + principal.patronymic[-3:]
    target = open_store(tmp_path / "target.sqlite")
    known = add_person(
        target, NewPerson(surname=principal.surname, given_name=principal.given_name, patronymic=slip)
    )
    report = import_package(target, package)
    assert report.matched == {"people": 1}
    assert len(list_people(target)) == len(ordered_attendees(db, event_id))
    assert known in {p.id for p in list_people(target)}
    target.close()


def test_a_dry_run_reports_and_writes_nothing(package, tmp_path):
    store = tmp_path / "target.sqlite"
    open_store(store).close()
    before = _dump(store)
    target = open_store(store)
    report = import_package(target, package, dry_run=True)
    target.close()
    assert report.dry_run and report.as_json()["created"] > 0 and report.event_id is None
    assert _dump(store) == before


def _damaged(kind: str, package: Path, tmp_path: Path) -> Path:
    bad = tmp_path / f"{kind}.pdpkg"
    if kind == "truncated":
        bad.write_bytes(package.read_bytes()[: package.stat().st_size // 2])
    elif kind == "not-sqlite":
        bad.write_text("ФИО;Должность\nИванов;Министр\n", encoding="utf-8")
    elif kind == "other-sqlite":
        conn = sqlite3.connect(bad)
        conn.execute("CREATE TABLE events (id INTEGER PRIMARY KEY, title TEXT)")
        conn.execute("INSERT INTO events (title) VALUES ('x')")
        conn.commit()
        conn.close()
    elif kind == "newer":
        bad.write_bytes(package.read_bytes())
        conn = sqlite3.connect(bad)
        conn.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, 'm900_future', '2030')",
            [MIGRATION_SET],
        )
        conn.commit()
        conn.close()
    elif kind == "huge":
        bad.write_bytes(package.read_bytes())
        with open(bad, "r+b") as handle:
            handle.truncate(MAX_PACKAGE_BYTES + 1)  # sparse: no disk is used
    return bad


@pytest.mark.parametrize(
    ("kind", "words"),
    [
        ("truncated", "damaged"),
        ("not-sqlite", "not an SQLite database"),
        ("other-sqlite", "another program"),
        ("newer", "newer version"),
        ("huge", "more than a package may be"),
    ],
)
def test_damaged_packages_are_refused_in_one_line_and_the_store_is_unchanged(
    kind, words, package, tmp_path, demo_file, monkeypatch
):
    bad = _damaged(kind, package, tmp_path)
    store = tmp_path / "target.sqlite"
    shutil.copy(demo_file[0], store)
    before, package_bytes = _dump(store), bad.stat().st_size
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("HOME", str(tmp_path))
    done = in_process("--db", str(store), "package", "import", str(bad))
    assert done.returncode == 2, done.stderr
    assert words in done.stderr and len(done.stderr.strip().splitlines()) == 1 and done.stdout == ""
    assert _dump(store) == before
    assert bad.stat().st_size == package_bytes


def test_a_package_with_a_broken_link_is_refused(package, tmp_path):
    bad = tmp_path / "broken.pdpkg"
    bad.write_bytes(package.read_bytes())
    conn = sqlite3.connect(bad)
    conn.execute("UPDATE participants SET person_id = 99999 WHERE id = (SELECT MIN(id) FROM participants)")
    conn.commit()
    conn.close()
    target = open_store(memory=True)
    with pytest.raises(UserError, match="points at a row that is not there"):
        import_package(target, bad)
    assert list_events(target) == []


def test_cli_exports_and_imports_with_a_json_report(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the command line in this process, in the folder, its home there
    monkeypatch.setenv("HOME", str(tmp_path))
    cli = in_process

    assert cli("--db", "a.sqlite", "demo").returncode == 0
    done = cli("--db", "a.sqlite", "package", "export", "--event", "1", "-o", "e.pdpkg", "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["rows"]["events"] == 1
    first = json.loads(cli("--db", "b.sqlite", "package", "import", "e.pdpkg", "--json").stdout)
    second = json.loads(cli("--db", "b.sqlite", "package", "import", "e.pdpkg", "--json").stdout)
    assert first["created"] > 0 and first["event"]["matched"] is False
    assert (second["created"], second["updated"], second["conflicts"], second["event"]["matched"]) == (
        0,
        0,
        [],
        True,
    )


def test_a_package_with_a_row_the_store_refuses_imports_nothing(package, tmp_path):
    bad = tmp_path / "tampered.pdpkg"
    bad.write_bytes(package.read_bytes())
    conn = sqlite3.connect(bad)
    conn.execute("PRAGMA ignore_check_constraints = ON")
    conn.execute("UPDATE participants SET role = 'king' WHERE id = (SELECT MAX(id) FROM participants)")
    conn.commit()
    conn.close()
    target = open_store(memory=True)
    with pytest.raises(UserError, match=r"refuses .*CHECK constraint failed.*nothing was imported"):
        import_package(target, bad)
    assert list_events(target) == [] and list_people(target) == []


def test_a_package_from_an_older_version_imports(package, tmp_path):
    older = tmp_path / "older.pdpkg"
    older.write_bytes(package.read_bytes())
    conn = sqlite3.connect(older)
    conn.executescript("DROP TABLE list_export_rows; DROP TABLE list_exports;")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm004_list_exports'")
    conn.commit()
    conn.close()
    target = open_store(memory=True)
    report = import_package(target, older)
    assert report.created["participants"] > 0 and report.conflicts == []


def _titled_package(source, tmp_path: Path, name: str) -> tuple[Path, str]:
    """A package of the event whose first guest has the title "H.E." at this event and "Dr" in the directory
    (his latest title elsewhere); and his name."""
    db, event_id = source
    att = next(a for a, _ in ordered_attendees(db, event_id) if not a.side.host)
    with db.atomic():
        db.execute("UPDATE people SET honorific = 'Dr' WHERE id = ?", [att.person.id])
        db.execute("UPDATE participants SET honorific = 'H.E.' WHERE id = ?", [att.id])
    path, _ = export_package(db, event_id, tmp_path / name)
    return path, att.person.full_name


def _titles(db, event_id: int) -> dict[str, str]:
    return {
        a.person.full_name: a.person.honorific
        for a, _ in ordered_attendees(db, event_id)
        if a.person.honorific
    }


def test_a_package_carries_the_title_a_guest_had_at_its_event(source, tmp_path):
    path, name = _titled_package(source, tmp_path, "titled.pdpkg")
    target = open_store(memory=True)
    report = import_package(target, path)
    assert _titles(target, report.event_id or 0) == {name: "H.E."}
    assert [p.honorific for p in list_people(target) if p.full_name == name] == ["Dr"]


def test_a_package_from_before_titles_per_event_gives_each_guest_his_title(source, tmp_path):
    path, name = _titled_package(source, tmp_path, "older.pdpkg")
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE participants DROP COLUMN honorific")
    conn.execute("DELETE FROM _sqlite_migrations WHERE name = 'm009_participant_honorific'")
    conn.commit()
    conn.close()
    target = open_store(memory=True)
    report = import_package(target, path)
    assert report.conflicts == [] and _titles(target, report.event_id or 0) == {name: "Dr"}
