"""An import returns the rows it changed; undo puts back exactly those (where nobody changed them since), redo
makes them again. Another connection writes between import and undo: its rows are kept and reported."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from protocol_app.importing import import_agreements, import_attendees
from protocol_app.model import NewEvent, NewOrganisation, NewPerson, NewSide
from protocol_app.store import directory, open_store
from protocol_app.store.changes import Conflict, Recorder, apply_changes
from protocol_app.store.events import add_side, create_event

TABLES = ("organisations", "people", "participants", "agreements", "agreement_parties", "agreement_witnesses")
HEADER = ["ФИО", "Должность", "Организация", "Сторона", "Приоритет"]
ROWS = [
    ["Русских Алексей Юрьевич", "Губернатор", "Правительство Ульяновской области", "Россия", "1"],
    ["Фёдорова Анна Петровна", "Министр", "Правительство Ульяновской области", "Россия", "2"],
    ["Пархомчик Пётр Александрович", "Вице-премьер", "Правительство Республики Беларусь", "Беларусь", "1"],
]
AGREEMENTS = ["Наименование", "Уровень", "Сторона 1", "Подписант 1", "Сторона 2", "Подписант 2", "В присутствии",
              "Экземпляров", "Языки"]  # fmt: skip


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def rows(db) -> dict[str, list]:
    """Every row of the tables an import writes."""
    return {t: list(db.execute(f"SELECT rowid, * FROM {t} ORDER BY rowid")) for t in TABLES}


@pytest.fixture
def event(store_path):
    """A store file with an event of two sides, and one known person; yields (db, event_id)."""
    db = open_store(store_path)
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", name_en="Russia", host=True))
    add_side(db, NewSide(event_id=event_id, name="Беларусь", name_en="Belarus", host=False))
    directory.add_person(
        db, NewPerson(surname="Фёдорова", given_name="Анна", patronymic="Петровна", position="Советник")
    )
    yield db, event_id
    db.close()


def test_attendee_import_undone_leaves_the_store_as_before_and_redo_makes_it_again(event, tmp_path):
    db, event_id = event
    before = rows(db)
    report = import_attendees(db, event_id, write_csv(tmp_path / "list.csv", [HEADER, *ROWS]))
    assert report.written and (report.created, report.updated) == (3, 0)
    after = rows(db)
    changes = report.change_set
    assert len(changes.created()["people"]) == 2 and len(changes.created()["participants"]) == 3
    assert len(changes.created()["organisations"]) == 2
    assert changes.updated() == {"people": [1]}  # the known person's position
    update = next(c for c in changes.rows if c.table == "people" and c.before)
    assert (update.before["position"], update.after["position"]) == ("Советник", "Министр")
    assert set(update.before) == set(update.after)  # only the columns the import changed

    undone = apply_changes(db, changes.reversed())
    assert undone.conflicts == [] and undone.applied == len(changes)
    assert rows(db) == before
    redone = apply_changes(db, changes)
    assert redone.conflicts == [] and rows(db) == after
    again = apply_changes(db, changes)  # redone twice: the rows are there already
    assert (again.applied, again.conflicts) == (0, []) and rows(db) == after


def test_a_row_another_connection_edited_or_added_is_kept_and_reported(event, store_path, tmp_path):
    db, event_id = event
    report = import_attendees(db, event_id, write_csv(tmp_path / "list.csv", [HEADER, *ROWS]))
    changes = report.change_set
    new_people = changes.created()["people"]
    other = open_store(store_path)  # another window, or the command line
    other.execute("UPDATE people SET phone = '+7 900 000-00-00' WHERE id = ?", [new_people[0]])
    other.conn.commit()
    added = directory.add_person(other, NewPerson(surname="Новикова", given_name="Ольга"))
    edited = other.execute("SELECT * FROM people WHERE id = ?", [new_people[0]]).fetchone()
    other.close()

    result = apply_changes(db, changes.reversed())
    org = db.execute("SELECT organisation_id FROM people WHERE id = ?", [new_people[0]]).fetchone()[0]
    assert result.conflicts == [  # the kept person keeps the organisation the import created for them
        Conflict("people", new_people[0], "changed"),
        Conflict("organisations", org, "referenced"),
    ]
    people = {row[0]: row for row in db.execute("SELECT * FROM people")}
    assert people[new_people[0]] == edited  # kept as the other connection left it
    assert added in people  # what the other connection added is still there
    assert new_people[1] not in people  # the rest of the import is undone
    assert db.execute("SELECT COUNT(*) FROM participants").fetchone()[0] == 0
    assert db.execute("SELECT position FROM people WHERE id = 1").fetchone()[0] == "Советник"


def test_a_row_something_else_now_refers_to_is_not_deleted(event, tmp_path):
    db, event_id = event
    report = import_attendees(db, event_id, write_csv(tmp_path / "list.csv", [HEADER, *ROWS]))
    org = report.change_set.created()["organisations"][0]
    later = directory.add_person(db, NewPerson(surname="Новикова", given_name="Ольга", organisation_id=org))
    result = apply_changes(db, report.change_set.reversed())
    assert result.conflicts == [Conflict("organisations", org, "referenced")]
    assert db.execute("SELECT organisation_id FROM people WHERE id = ?", [later]).fetchone()[0] == org


def test_agreement_import_with_an_update_undone_and_redone(demo_db, tmp_path):
    db, event_id = demo_db
    first = [AGREEMENTS,
             ["Соглашение о поставках комбайнов", "корпоративное", "ПАО «Ростсельмаш»", "Волков Д.С.",
              "ОАО «Гомсельмаш»", "Лукашевич Александр Михайлович", "Русских Алексей Юрьевич", "3", "русский"]]  # fmt: skip
    import_agreements(db, event_id, write_csv(tmp_path / "v1.csv", first))
    before = rows(db)
    second = [row[:] for row in first]
    second[1][6], second[1][7] = "Пархомчик П.А.", "2"  # another witness, two originals
    second.append(["Меморандум о намерениях", "научно-техническое", "ООО «Новая организация»", "Морозова Елена",
                   "Правительство Республики Беларусь", "Tatiana Klimovich", "", "", ""])  # fmt: skip
    report = import_agreements(db, event_id, write_csv(tmp_path / "v2.csv", second))
    assert report.written and (report.created, report.updated) == (1, 1)
    after = rows(db)
    changes = report.change_set
    assert {"agreements", "agreement_witnesses"} <= set(changes.updated())  # the witness row is reused
    assert len(changes.created()["agreements"]) == 1 and len(changes.created()["organisations"]) == 1

    assert apply_changes(db, changes.reversed()).conflicts == []
    assert rows(db) == before
    assert apply_changes(db, changes).conflicts == []
    assert rows(db) == after


def test_undo_takes_back_the_english_name_an_import_gave_a_known_organisation(event, tmp_path):
    db, event_id = event
    org = directory.add_organisation(db, NewOrganisation(name="Правительство Ульяновской области"))
    header = [*HEADER, "Организация (англ.)"]
    row = [*ROWS[0], "Government of Ulyanovsk Region"]
    report = import_attendees(db, event_id, write_csv(tmp_path / "list.csv", [header, row]))
    name_en = "SELECT name_en FROM organisations WHERE id = ?"
    assert db.execute(name_en, [org]).fetchone()[0] == "Government of Ulyanovsk Region"
    assert apply_changes(db, report.change_set.reversed()).conflicts == []
    assert db.execute(name_en, [org]).fetchone()[0] == ""
    assert apply_changes(db, report.change_set).conflicts == []
    assert db.execute(name_en, [org]).fetchone()[0] == "Government of Ulyanovsk Region"


def test_a_created_row_changed_later_in_the_same_write_is_recorded_as_it_ends(event):
    """Rows a write says it created are checked before they are taken as said: one changed since is kept as
    it ends, so undo and redo stay exact."""
    db, _ = event
    before = rows(db)
    with db.atomic():
        recorder = Recorder(db, ["people"])
        recorder.insert("people", ["surname"], [("Новикова",), ("Орлов",)])
        db.execute("UPDATE people SET notes = 'VIP' WHERE surname = 'Орлов'")  # told to no recorder
        changes = recorder.finish()
    assert not db.execute("SELECT name FROM sqlite_temp_master").fetchall()  # the staged rows are gone
    after = rows(db)
    assert sorted(c.after["notes"] for c in changes.rows if c.after) == ["", "VIP"]
    assert apply_changes(db, changes.reversed()).conflicts == [] and rows(db) == before
    assert apply_changes(db, changes).conflicts == [] and rows(db) == after


def test_a_created_row_deleted_later_in_the_same_write_is_not_recorded(event):
    """A row the write inserted through the recorder and then deleted by a statement of its own (told to no
    recorder) is not in the change set: undo finds nothing of it to take back, redo does not make it again."""
    db, _ = event
    before = rows(db)
    with db.atomic():
        recorder = Recorder(db, ["people"])
        recorder.insert("people", ["surname"], [("Новикова",), ("Орлов",), ("Зайцев",)])
        db.execute("DELETE FROM people WHERE surname = 'Орлов'")
        changes = recorder.finish()
    after = rows(db)
    assert sorted(c.after["surname"] for c in changes.rows if c.after) == ["Зайцев", "Новикова"]
    assert apply_changes(db, changes.reversed()).conflicts == [] and rows(db) == before
    assert apply_changes(db, changes).conflicts == [] and rows(db) == after
