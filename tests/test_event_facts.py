"""Facts of one event stay with the event: positions and organisations per participation, sides said when
they move, fuzzy matches that suggest and never merge another person, and old stores migrated."""

from __future__ import annotations

import csv
from pathlib import Path

import docx
import pytest
from sqlite_utils import Database

from protocol_app.importing import import_attendees
from protocol_app.model import NewAgreement, NewEvent, NewParticipant, NewPerson, NewSide, Party
from protocol_app.pack.builder import write_pack
from protocol_app.records import attendee_records
from protocol_app.seating.place_cards import face_lines
from protocol_app.store import directory, open_store
from protocol_app.store.agreements import add_agreement, list_agreements
from protocol_app.store.events import add_side, create_event, list_sides
from protocol_app.store.participants import add_participant, list_attendees, save_attendee
from protocol_app.store.schema import _event_facts, migrations

HEADER = ["ФИО", "Должность", "Организация", "Сторона"]


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="cp1251", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *rows])
    return path


def new_event(db, title: str, date: str) -> int:
    event_id = create_event(db, NewEvent(title=title, date=date))
    add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    add_side(db, NewSide(event_id=event_id, name="Беларусь", host=False))
    return event_id


def positions(db, event_id: int) -> dict[str, tuple[str, str]]:
    return {r["full_name"]: (r["position"], r["organisation"]) for r in attendee_records(db, event_id)}


def pack_text(db, event_id: int, path: Path) -> str:
    write_pack(db, event_id, path, "docx", "ru", ["participants"])
    document = docx.Document(str(path))
    return "\n".join(c.text for t in document.tables for row in t.rows for c in row.cells)


def test_two_events_keep_their_own_positions_in_lists_and_packs(db, tmp_path):
    last_year = new_event(db, "Иннопром-2023", "2023-07-11")
    this_year = new_event(db, "Иннопром-2024", "2024-07-09")
    name = "Смирнов Андрей Викторович"
    first = import_attendees(
        db,
        last_year,
        write_csv(tmp_path / "a.csv", [[name, "Министр промышленности", "Правительство", "Россия"]]),
    )
    second = import_attendees(
        db, this_year, write_csv(tmp_path / "b.csv", [[name, "Вице-губернатор", "Администрация", "Россия"]])
    )
    assert first.created == second.created == 1 and directory.list_people(db).__len__() == 1
    assert positions(db, last_year) == {name: ("Министр промышленности", "Правительство")}
    assert positions(db, this_year) == {name: ("Вице-губернатор", "Администрация")}
    assert "Министр промышленности" in pack_text(db, last_year, tmp_path / "old.docx")
    assert "Вице-губернатор" not in pack_text(db, last_year, tmp_path / "old2.docx")
    assert "Вице-губернатор" in pack_text(db, this_year, tmp_path / "new.docx")
    # the directory keeps the latest as the default; re-importing last year's list does not change it
    again = import_attendees(
        db,
        last_year,
        write_csv(tmp_path / "a2.csv", [[name, "Министр промышленности", "Правительство", "Россия"]]),
    )
    assert again.ok and again.updated == 0
    assert directory.list_people(db)[0].position == "Вице-губернатор"
    assert positions(db, this_year)[name][0] == "Вице-губернатор"


def test_editing_in_an_old_event_never_changes_the_new_one_nor_the_directory(db, tmp_path):
    old = new_event(db, "2023", "2023-07-11")
    new = new_event(db, "2024", "2024-07-09")
    name = "Смирнов Андрей Викторович"
    import_attendees(db, old, write_csv(tmp_path / "a.csv", [[name, "Министр", "", "Россия"]]))
    import_attendees(db, new, write_csv(tmp_path / "b.csv", [[name, "Губернатор", "", "Россия"]]))
    att = list_attendees(db, old)[0]
    att.person.position = "Министр (и. о.)"
    att.person.phone = "+7 900 000-00-00"
    save_attendee(db, att.person, att.participant)
    assert positions(db, old)[name][0] == "Министр (и. о.)"
    assert positions(db, new)[name][0] == "Губернатор"
    person = directory.list_people(db)[0]
    assert (person.position, person.phone) == ("Губернатор", "+7 900 000-00-00")
    latest = list_attendees(db, new)[0]
    latest.person.position = "Губернатор области"
    save_attendee(db, latest.person, latest.participant)
    assert directory.list_people(db)[0].position == "Губернатор области"


def cards(db, event_id: int) -> dict[str, list[str]]:
    """The name lines of the English faces of the event's place cards, by person."""
    return {att.person.full_name: face_lines(att, "en")[0] for att in list_attendees(db, event_id)}


def test_a_title_changed_in_an_old_events_form_stays_with_that_event(db):
    old, new = new_event(db, "2026", "2026-07-07"), new_event(db, "2027", "2027-07-07")
    person_id = directory.add_person(db, NewPerson("Аль Кааби", "Саид", latin_name="Saeed Al Kaabi",
                                                   honorific="Sheikh"))  # fmt: skip
    for event_id, title in ((old, ""), (new, "H.E. Sheikh")):  # no title of its own: the directory's
        side = list_sides(db, event_id)[1].id
        add_participant(db, NewParticipant(event_id, person_id, side, honorific=title))
    assert cards(db, old) == {"Аль Кааби Саид": ["Sheikh Saeed Al Kaabi"]}
    assert cards(db, new) == {"Аль Кааби Саид": ["H.E. Sheikh Saeed Al Kaabi"]}
    att = list_attendees(db, old)[0]
    att.person.honorific = "Dr"
    save_attendee(db, att.person, att.participant)
    assert cards(db, old) == {"Аль Кааби Саид": ["Dr Saeed Al Kaabi"]}
    assert cards(db, new) == {"Аль Кааби Саид": ["H.E. Sheikh Saeed Al Kaabi"]}
    assert directory.get_person(db, person_id).honorific == "Sheikh"  # an old event leaves the default alone
    latest = list_attendees(db, new)[0]
    latest.person.honorific = "H.E."
    save_attendee(db, latest.person, latest.participant)
    assert directory.get_person(db, person_id).honorific == "H.E."
    assert cards(db, old) == {"Аль Кааби Саид": ["Dr Saeed Al Kaabi"]}


def test_a_list_that_moves_a_person_or_changes_a_position_says_so_with_the_row(db, tmp_path):
    event_id = new_event(db, "Визит", "2024-07-09")
    name = "Смирнов Андрей Викторович"
    import_attendees(db, event_id, write_csv(tmp_path / "a.csv", [[name, "Министр", "", "Россия"]]))
    report = import_attendees(
        db, event_id, write_csv(tmp_path / "b.csv", [[name, "Губернатор", "", "Беларусь"]])
    )
    assert report.ok and report.updated == 1
    said = {(w.row, w.message) for w in report.warnings}
    assert any(row == 2 and "moves from the side 'Россия' to 'Беларусь'" in text for row, text in said)
    assert any(row == 2 and "from 'Министр' to 'Губернатор'" in text for row, text in said)


@pytest.mark.parametrize(
    ("stored", "written"),
    [
        ("Смирнов Андрей", "Смирнова Андрея"),  # gender forms
        ("Смирнова Александра", "Смирнов Александр"),
        ("Белов Николай", "Белин Николай"),  # two letters: another surname, not a typo
        ("Евгеньев Евгений", "Евгеньев Евгения"),
    ],
)
def test_fuzzy_matching_never_merges_another_person(db, tmp_path, stored, written):
    event_id = new_event(db, "Визит", "2024-07-09")
    import_attendees(db, event_id, write_csv(tmp_path / "a.csv", [[stored, "Министр", "", "Россия"]]))
    other = new_event(db, "Визит 2", "2024-08-01")
    report = import_attendees(db, other, write_csv(tmp_path / "b.csv", [[written, "Министр", "", "Россия"]]))
    assert report.ok and report.created == 1
    assert len(directory.list_people(db)) == 2 and not [m for m in report.matches if m.how == "fuzzy"]


def test_a_typo_is_matched_and_listed_in_the_report(db, tmp_path):
    event_id = new_event(db, "Визит", "2024-07-09")
    import_attendees(
        db, event_id, write_csv(tmp_path / "a.csv", [["Константинопольский Александр", "", "", "Россия"]])
    )
    other = new_event(db, "Визит 2", "2024-08-01")
    report = import_attendees(
        db, other, write_csv(tmp_path / "b.csv", [["Константинопольскй Александр", "", "", "Россия"]])
    )
    assert report.ok and len(directory.list_people(db)) == 1
    assert [(m.row, m.how) for m in report.matches] == [(2, "fuzzy")]
    assert any(w.row == 2 and "spelling slip" in w.message for w in report.warnings)


def test_a_first_version_store_migrates_keeping_facts_and_foreign_keys(store_path):
    raw = Database(store_path)
    migrations.apply(raw, stop_before=[m.name for m in migrations._migrations[1:]])
    raw.execute("INSERT INTO events (id, title, date) VALUES (1, 'Иннопром', '2023-07-11')")
    raw.execute(
        "INSERT INTO sides (id, event_id, name, host) VALUES (1, 1, 'Россия', 1), (2, 1, 'Беларусь', 0)"
    )
    raw.execute("INSERT INTO organisations (id, name) VALUES (1, 'ПАО «Ростсельмаш»'), (2, 'ООО «Полесье»')")
    raw.execute(
        "INSERT INTO people (id, surname, position, organisation_id) VALUES (1, 'Волков', 'Директор', 1),"
        " (2, 'Новик', 'Директор', 2)"
    )
    raw.execute(
        "INSERT INTO participants (id, event_id, person_id, side_id) VALUES (1, 1, 1, 1), (2, 1, 2, 2)"
    )
    raw.execute(
        "INSERT INTO agreements (id, event_id, title, level) VALUES (1, 1, 'Соглашение', 'intergovernmental')"
    )
    raw.execute(
        "INSERT INTO agreement_parties (agreement_id, position, organisation_id, side_id, signatory_id)"
        " VALUES (1, 1, 1, 1, 1), (1, 2, 2, 2, 2)"
    )
    raw.execute("INSERT INTO agreement_witnesses (agreement_id, participant_id) VALUES (1, 1)")
    raw.execute("INSERT INTO seating_plans (event_id, layout, agreement_id) VALUES (1, 'signing', 1)")
    raw.conn.commit()
    raw.close()
    db = open_store(store_path)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    [agr] = list_agreements(db, 1)
    assert agr.level == "intergovernmental" and [p.signatory_id for p in agr.parties] == [1, 2]
    assert agr.witness_ids == [1] and db.execute("SELECT COUNT(*) FROM seating_plans").fetchone()[0] == 1
    assert positions(db, 1) == {
        "Волков": ("Директор", "ПАО «Ростсельмаш»"),
        "Новик": ("Директор", "ООО «Полесье»"),
    }
    agr_id = add_agreement(
        db,
        NewAgreement(event_id=1, title="Межгосударственное", level="interstate",
                  parties=[Party(1, 1, 1, power_of_attorney="доверенность № 5")]),
    )  # fmt: skip
    assert list_agreements(db, 1)[1].parties[0].power_of_attorney == "доверенность № 5"
    db.execute("DELETE FROM agreements WHERE id = 1")  # the foreign keys still cascade
    assert db.execute("SELECT COUNT(*) FROM agreement_parties WHERE agreement_id = 1").fetchone()[0] == 0
    assert db.execute("SELECT COUNT(*) FROM seating_plans").fetchone()[0] == 0 and agr_id == 2
    db.close()


def test_a_store_before_titles_per_event_migrates_keeping_each_persons_title_in_every_event(store_path):
    raw = Database(store_path)
    migrations.apply(raw, stop_before=["m009_participant_honorific"])
    for event_id, year in ((1, 2026), (2, 2027)):
        raw.execute(
            "INSERT INTO events (id, title, date) VALUES (?, 'Форум', ?)", [event_id, f"{year}-07-07"]
        )
        raw.execute("INSERT INTO sides (event_id, name, host) VALUES (?, 'ОАЭ', 0)", [event_id])
    raw.execute(
        "INSERT INTO people (id, surname, given_name, latin_name, honorific) VALUES"
        " (1, 'Аль Кааби', 'Саид', 'Saeed Al Kaabi', 'Sheikh'),"
        " (2, 'Аль Марри', 'Абдулла', 'Abdulla Al Marri', '')"
    )
    raw.execute(
        "INSERT INTO participants (event_id, person_id, side_id) VALUES"
        " (1, 1, 1), (1, 2, 1), (2, 1, 2), (2, 2, 2)"
    )
    raw.conn.commit()
    raw.close()
    db = open_store(store_path)
    for event_id in (1, 2):
        assert cards(db, event_id) == {
            "Аль Кааби Саид": ["Sheikh Saeed Al Kaabi"],
            "Аль Марри Абдулла": ["Abdulla Al Marri"],
        }
    third = create_event(db, NewEvent(title="Форум", date="2028-07-07"))
    side = add_side(db, NewSide(event_id=third, name="ОАЭ", host=False))
    add_participant(db, NewParticipant(third, 1, side))
    assert cards(db, third) == {"Аль Кааби Саид": ["Sheikh Saeed Al Kaabi"]}
    db.close()


def test_no_man_is_merged_into_a_woman_of_the_same_name_across_many_names(db, tmp_path):
    roots = ["Бел", "Черн", "Волк", "Мороз", "Сокол", "Гром", "Лес", "Кам", "Степ", "Медв", "Снег", "Дуб"]
    pairs = [("Александр", "Александра"), ("Евгений", "Евгения"), ("Валентин", "Валентина"), ("Ян", "Яна")]
    men = [[f"{r}{end} {m}", "", "", "Россия"] for r in roots for end in ("ов", "ин", "ев") for m, _ in pairs]
    women = [
        [f"{r}{end}а {w}", "", "", "Россия"] for r in roots for end in ("ов", "ин", "ев") for _, w in pairs
    ]
    import_attendees(db, new_event(db, "Первое", "2024-07-09"), write_csv(tmp_path / "m.csv", men))
    report = import_attendees(db, new_event(db, "Второе", "2024-08-01"), write_csv(tmp_path / "w.csv", women))
    assert report.ok and report.created == len(women) and not report.matches
    assert len(directory.list_people(db)) == len(men) + len(women)


def test_the_migration_run_again_changes_nothing(db):
    event_id = new_event(db, "Визит", "2024-07-09")
    before = [
        list(db.execute(f"SELECT sql FROM sqlite_master WHERE name = '{t}'"))
        for t in ("agreements", "participants")
    ]
    _event_facts(db)  # a rerun after a crash between the commit and the record of the migration
    after = [
        list(db.execute(f"SELECT sql FROM sqlite_master WHERE name = '{t}'"))
        for t in ("agreements", "participants")
    ]
    assert before == after and positions(db, event_id) == {}
