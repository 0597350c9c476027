"""The list of changes: every exported attendee list is remembered, and the changes since one of them are
written as PDF, DOCX and XLSX, read back here (pypdf, python-docx, openpyxl)."""

from __future__ import annotations

import openpyxl
import pytest
from cli_helpers import in_process
from docx import Document as WordDocument
from pdf_text import text_of_pdf

from protocol_app.changes import changes_since, export_changes
from protocol_app.errors import UserError
from protocol_app.exporting import export_attendees
from protocol_app.exporting.listing import attendee_list
from protocol_app.exporting.remember import snapshot
from protocol_app.model import NewParticipant, NewPerson
from protocol_app.store import open_store
from protocol_app.store.directory import add_person
from protocol_app.store.events import list_sides
from protocol_app.store.list_exports import list_exports
from protocol_app.store.participants import add_participant, delete_participant, list_attendees, save_attendee


def _attendee(db, event_id, surname):
    return next(a for a in list_attendees(db, event_id) if a.person.surname == surname)


def _change_people(db, event_id):
    """Between two lists: one person added, one removed, one given a new position."""
    side = list_sides(db, event_id)[0]
    person = add_person(db, NewPerson(surname="Новикова", given_name="Ольга", patronymic="Игоревна",
                                   position="Советник"))  # fmt: skip
    add_participant(db, NewParticipant(event_id=event_id, person_id=person, side_id=side.id or 0))
    people = list_attendees(db, event_id)
    removed = people[-1]
    delete_participant(db, removed.id)
    changed = people[0]
    changed.person.position = "Временно исполняющий обязанности губернатора"
    save_attendee(db, changed.person, changed.participant)  # the position of this event
    return removed.person, _attendee(db, event_id, changed.person.surname).person


@pytest.fixture
def sent(demo_db, tmp_path):
    """The demo with a list sent to security, then one person added, one removed and one changed."""
    db, event_id = demo_db
    export_attendees(db, event_id, tmp_path / "list.pdf", recipient="security")
    removed, changed = _change_people(db, event_id)
    return db, event_id, removed, changed


def test_every_exported_list_is_remembered_with_whom_it_was_for(demo_db, tmp_path):
    db, event_id = demo_db
    export_attendees(db, event_id, tmp_path / "one.csv", recipient="security")
    export_attendees(db, event_id, tmp_path / "two.xlsx", lang="en", recipient="venue")
    exports = list_exports(db, event_id)
    assert [(e.recipient, e.lang, e.format) for e in exports] == [
        ("security", "ru", "csv"),
        ("venue", "en", "xlsx"),
    ]
    assert [e.recipient for e in list_exports(db, event_id, "Security")] == ["security"]


def test_changes_tell_who_was_added_removed_and_what_changed(sent):
    db, event_id, removed, changed = sent
    changes = changes_since(db, event_id, "LAST")
    assert [r["full_name"] for r in changes.added] == ["Новикова Ольга Игоревна"]
    assert [r["full_name"] for r in changes.removed] == [
        f"{removed.surname} {removed.given_name} {removed.patronymic}"
    ]
    assert [(c.row["full_name"].split()[0], c.fields) for c in changes.changed] == [
        (changed.surname, [("position", "Губернатор Ульяновской области", changed.position)])
    ]


def test_nothing_changed_right_after_a_list_is_sent(demo_db, tmp_path):
    db, event_id = demo_db
    export_attendees(db, event_id, tmp_path / "list.docx")
    assert changes_since(db, event_id).empty


def test_docx_lists_the_changes_in_russian(sent, tmp_path):
    db, event_id, removed, changed = sent
    path, _ = export_changes(db, event_id, tmp_path / "changes.docx", lang="ru")
    doc = WordDocument(str(path))
    text = "\n".join(p.text for p in doc.paragraphs)
    cells = {c.text for t in doc.tables for r in t.rows for c in r.cells}
    assert "Изменения в списке участников" in text
    assert "отправленным: security" in text
    assert "Добавлены: 1 · Исключены: 1 · Изменены: 1" in text
    assert {
        "Новикова Ольга Игоревна",
        removed.surname + " " + removed.given_name + " " + removed.patronymic,
    } <= cells
    assert {"Должность", "Губернатор Ульяновской области", changed.position} <= cells
    assert path.stat().st_mode & 0o777 == 0o600  # names and positions: readable by the user only


def test_pdf_lists_the_changes_in_english(sent, tmp_path):
    db, event_id, removed, changed = sent
    path, _ = export_changes(db, event_id, tmp_path / "changes.pdf", lang="en")
    text = text_of_pdf(path, " ")
    text = " ".join(text.split())
    assert "Changes to the list of participants" in text
    assert "Added: 1 · Removed: 1 · Changed: 1" in text
    assert "Новикова" in text and removed.surname in text and changed.position in text


def test_xlsx_has_one_row_per_change(sent, tmp_path):
    db, event_id, removed, changed = sent
    path, _ = export_changes(db, event_id, tmp_path / "changes.xlsx", lang="en")
    rows = [[c or "" for c in row] for row in openpyxl.load_workbook(path).active.iter_rows(values_only=True)]
    assert rows[2][:2] == ["Change", "Full name"]
    kinds = {(row[0], row[1].split()[0]) for row in rows[3:]}
    assert kinds == {("Added", "Новикова"), ("Removed", removed.surname), ("Changed", changed.surname)}
    assert ["Position", "Губернатор Ульяновской области", changed.position] in [row[5:8] for row in rows[3:]]


def test_since_a_date_takes_the_last_list_of_that_day_and_refuses_an_earlier_one(sent):
    db, event_id, _, _ = sent
    made = list_exports(db, event_id)[-1].made
    assert changes_since(db, event_id, made[:10]).base.made == made
    with pytest.raises(UserError, match="on or before 2000-01-01"):
        changes_since(db, event_id, "2000-01-01")
    with pytest.raises(UserError, match="LAST or a date"):
        changes_since(db, event_id, "yesterday")
    with pytest.raises(UserError, match="for 'venue'"):
        changes_since(db, event_id, "LAST", "venue")


def _cli(*args, cwd):
    """The command line in this process, in ``cwd`` (relative paths) with its home there (data folders)."""
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(cwd)
        patch.setenv("HOME", str(cwd))
        return in_process(*args)


def test_cli_remembers_a_list_for_security_and_writes_the_changes(tmp_path):
    store = tmp_path / "s.sqlite"
    assert _cli("--db", str(store), "demo", cwd=tmp_path).returncode == 0
    none_yet = _cli("--db", str(store), "export", "changes", "--event", "1", "-o", "c.pdf", cwd=tmp_path)
    assert (
        none_yet.returncode == 2
        and "has been exported" in none_yet.stderr
        and not (tmp_path / "c.pdf").exists()
    )
    sent = _cli("--db", str(store), "export", "attendees", "--event", "1", "-o", "l.csv", "--for", "security",
                cwd=tmp_path)  # fmt: skip
    assert sent.returncode == 0, sent.stderr
    db = open_store(store)
    _change_people(db, 1)
    db.close()
    done = _cli("--db", str(store), "export", "changes", "--event", "1", "--since", "LAST", "--for", "security",
                "-o", "c.docx", "--lang", "en", "--json", cwd=tmp_path)  # fmt: skip
    assert done.returncode == 0, done.stderr
    report = __import__("json").loads(done.stdout)
    assert report["added"] == ["Новикова Ольга Игоревна"] and len(report["removed"]) == 1
    assert report["changed"][0]["fields"] == ["position"] and report["since"]["for"] == "security"
    assert (tmp_path / "c.docx").exists()


def test_a_store_made_before_list_exports_migrates_and_keeps_its_events(tmp_path):
    from sqlite_utils import Database

    from protocol_app.demo import build_demo
    from protocol_app.store.schema import migrations

    path = tmp_path / "old.sqlite"
    raw = Database(path)
    migrations.apply(raw, stop_before=["m004_list_exports"])
    assert "list_exports" not in raw.table_names()
    raw.close()
    db = open_store(path)
    event_id = build_demo(db)
    export_attendees(db, event_id, tmp_path / "list.csv", recipient="venue")
    assert [e.recipient for e in list_exports(db, event_id)] == ["venue"]
    db.close()


def test_a_list_of_one_remembered_column_is_remembered_cell_by_cell(demo_db):
    """What a list said is remembered by column whatever its columns: one column (with the running number,
    which is not remembered) gives each row that one cell, not the letters of its text."""
    db, event_id = demo_db
    listing = attendee_list(db, event_id)
    keep = [listing.index("number"), listing.index("full_name")]
    listing.columns = [listing.columns[i] for i in keep]
    listing.rows = [[row[i] for i in keep] for row in listing.rows]
    rows = snapshot(listing)
    assert rows and [r.fields for r in rows] == [{"full_name": row[1]} for row in listing.rows]
