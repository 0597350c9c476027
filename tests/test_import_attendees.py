"""Importing attendee lists: real CSV and XLSX files written here, read back through the store."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import openpyxl
import pytest

from protocol_app import collector
from protocol_app.errors import UserError
from protocol_app.importing import import_attendees, inspect
from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide, Participant, Person
from protocol_app.records import attendee_records
from protocol_app.store import directory
from protocol_app.store.changes import Recorder
from protocol_app.store.events import add_side, create_event

HEADER = ["ФИО", "Должность", "Организация", "Сторона", "Приоритет"]
ROWS = [
    ["Русских Алексей Юрьевич", "Губернатор Ульяновской области", "Правительство Ульяновской области", "Россия", "1"],
    ["Фёдорова Анна Петровна", "Министр", "Правительство Ульяновской области", "Россия", "2"],
    ["Пархомчик Пётр Александрович", "Заместитель Премьер-министра", "Правительство Республики Беларусь",
     "Беларусь", "1"],
    ["Лукашэнка Аляксандр Рыгоравіч", "Дырэктар", "ААТ «Гомсельмаш»", "Беларусь", "2"],
]  # fmt: skip


@pytest.fixture
def event(db):
    """An event with a host side (Россия) and a guest side (Беларусь); yields (db, event_id)."""
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", name_en="Russia", host=True))
    add_side(db, NewSide(event_id=event_id, name="Беларусь", name_en="Belarus", host=False))
    return db, event_id


def write_csv(path: Path, rows: list[list[str]], encoding: str = "cp1251", delimiter: str = ";") -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def people_count(db) -> int:
    return db.execute("SELECT COUNT(*) FROM people").fetchone()[0]


def snapshot(db) -> list:
    return [
        list(db.execute(f"SELECT * FROM {t} ORDER BY 1")) for t in ("people", "participants", "organisations")
    ]


def test_cp1251_semicolon_list_imports_and_twice_makes_no_duplicates(event, tmp_path):
    db, event_id = event
    path = write_csv(tmp_path / "list.csv", [HEADER, *ROWS])
    assert inspect(path).encoding == "cp1251" and inspect(path).separator == ";"
    report = import_attendees(db, event_id, path)
    assert report.ok and report.written and (report.created, report.updated) == (4, 0)
    records = attendee_records(db, event_id)
    assert [r["full_name"] for r in records] == [
        "Русских Алексей Юрьевич",
        "Фёдорова Анна Петровна",
        "Пархомчик Пётр Александрович",
        "Лукашэнка Аляксандр Рыгоравіч",
    ]
    first = records[0]
    assert (first["surname"], first["given_name"], first["patronymic"]) == ("Русских", "Алексей", "Юрьевич")
    assert first["organisation"] == "Правительство Ульяновской области" and first["side"] == "Россия"
    assert first["latin_name"] == "Aleksei Russkikh" and first["latin_suggested"] is True
    assert [r["precedence"] for r in records] == [1, 2, 1, 2]
    again = import_attendees(db, event_id, path)
    assert again.ok and (again.created, again.updated, again.skipped) == (0, 0, 4)
    assert people_count(db) == 4 and len(attendee_records(db, event_id)) == 4
    assert len(directory.list_organisations(db)) == 3


def test_utf8_bom_comma_list_with_quoted_new_lines(event, tmp_path):
    db, event_id = event
    rows = [["Фамилия", "Имя", "Отчество", "Position", "Side", "Notes"],
            ["Жук", "Ірына", "Пятроўна", "Главный специалист, отдел протокола", "Belarus", "строка 1\nстрока 2"]]  # fmt: skip
    path = write_csv(tmp_path / "bom.csv", rows, encoding="utf-8-sig", delimiter=",")
    preview = inspect(path)
    assert (preview.encoding, preview.separator, preview.header_row) == ("utf-8-sig", ",", 1)
    assert import_attendees(db, event_id, path).ok
    person = directory.list_people(db)[0]
    assert (person.surname, person.given_name, person.patronymic) == ("Жук", "Ірына", "Пятроўна")
    assert person.position == "Главный специалист, отдел протокола"
    assert person.notes == "строка 1\nстрока 2" and person.gender == "f"


def test_xlsx_with_a_title_row_and_blank_rows(event, tmp_path):
    db, event_id = event
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.title = "Делегация"
    sheet["B2"] = "Список делегации Республики Беларусь"
    sheet.append([])
    sheet.append([None, "№", "ФИО", "Должность", "Сторона", "Приоритет", "Имя латиницей", "Размер одежды"])
    sheet.append([None, 1, "Пархомчик Пётр Александрович", "Заместитель Премьер-министра", "Беларусь", 1,
                  "Piotr Parkhomchyk", "52"])  # fmt: skip
    sheet.append([None, 2, "Жук Ирина Петровна", "Главный специалист", "Беларусь", 2.0, None, "44"])
    book.create_sheet("Другое")
    path = tmp_path / "list.xlsx"
    book.save(path)
    preview = inspect(path)
    assert preview.format == "xlsx" and preview.sheet_names == ["Делегация", "Другое"]
    assert preview.header_row == 4 and preview.row_count == 2
    assert preview.mapping()["ФИО"] == "full_name"
    report = import_attendees(db, event_id, path)
    assert report.ok, report.errors
    assert any("Размер одежды" in w.message for w in report.warnings)
    records = attendee_records(db, event_id)
    assert [(r["full_name"], r["precedence"]) for r in records] == [
        ("Пархомчик Пётр Александрович", 1),
        ("Жук Ирина Петровна", 2),
    ]
    # The passport spelling is kept as given, not replaced by a computed one.
    assert records[0]["latin_name"] == "Piotr Parkhomchyk" and records[0]["latin_suggested"] is False
    with pytest.raises(UserError, match="no sheet 'Нет'"):
        import_attendees(db, event_id, path, sheet="Нет")


def test_people_already_known_are_reused_not_duplicated(event, tmp_path):
    db, event_id = event
    known = NewPerson(surname="Фёдорова", given_name="Анна", patronymic="Петровна", phone="+7 900 000-00-00")
    known = Person.of(known, directory.add_person(db, known))
    latin = NewPerson(surname="Russkikh", given_name="Aleksei", latin_name="Aleksei Russkikh")
    latin = Person.of(latin, directory.add_person(db, latin))
    rows = [HEADER,
            ["ФЕДОРОВА Анна Петровна", "Министр", "", "Россия", ""],  # case and ё/е
            ["Русских Алексей", "Губернатор", "", "Россия", ""],  # Cyrillic for a Latin-only person
            ["Фёдорова Анна", "Министр", "", "Россия", ""]]  # the same person again, without patronymic  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "dup.csv", rows))
    assert report.ok
    assert people_count(db) == 2
    assert {(m.row, m.person_id) for m in report.matches} == {(2, known.id), (3, latin.id), (4, known.id)}
    assert any("repeats row 2" in w.message for w in report.warnings)
    updated = directory.get_person(db, known.id)
    assert (
        updated.position == "Министр" and updated.phone == "+7 900 000-00-00"
    )  # an empty cell erases nothing
    assert len(attendee_records(db, event_id)) == 2


def test_a_typo_matches_by_fuzzy_name_but_another_patronymic_is_another_person(event, tmp_path):
    db, event_id = event
    known = NewPerson(surname="Русских", given_name="Алексей", patronymic="Юрьевич")
    known = Person.of(known, directory.add_person(db, known))
    rows = [HEADER,
            ["Руских Алексей Юрьевич", "", "", "Россия", ""],
            ["Русских Алексей Петрович", "", "", "Россия", ""]]  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "typo.csv", rows))
    assert [(m.row, m.how) for m in report.matches] == [(2, "fuzzy")]
    assert people_count(db) == 2


def test_a_slip_in_the_patronymic_alone_is_matched_and_warned_as_such(event, tmp_path):
    """«Васильевч» for «Васильевич»: the same person, said as a patronymic spelt otherwise (not as a row
    without a patronymic), and warned, so the officer can check it; «Петрович» is another father."""
    db, event_id = event
    known = NewPerson(surname="Иванов", given_name="Иван", patronymic="Васильевич")
    known = Person.of(known, directory.add_person(db, known))
    rows = [HEADER,
            ["Иванов Иван Васильевч", "", "", "Россия", ""],
            ["Иванов Иван Петрович", "", "", "Россия", ""]]  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "slip.csv", rows))
    assert [(m.row, m.how, m.person_id) for m in report.matches] == [(2, "patronymic slip", known.id)]
    assert [(w.row, w.message) for w in report.warnings] == [
        (2, f"Иванов Иван Васильевч is taken for Иванов Иван Васильевич of the directory (id {known.id}), the "
            f"patronymic spelt otherwise ({report.matches[0].score:.0f}%); if they are two people, correct the "
            "patronymic in the file")
    ]  # fmt: skip
    assert 90 <= report.matches[0].score < 100
    assert people_count(db) == 2


def test_an_unknown_side_is_an_error_and_nothing_is_written(event, tmp_path):
    db, event_id = event
    import_attendees(db, event_id, write_csv(tmp_path / "ok.csv", [HEADER, ROWS[0]]))
    before = snapshot(db)
    rows = [HEADER, ROWS[1], ["Иванов Иван Иванович", "Советник", "", "Казахстан", ""], ROWS[2]]
    report = import_attendees(db, event_id, write_csv(tmp_path / "bad.csv", rows))
    assert not report.written and [(e.row, e.column) for e in report.errors] == [(3, "Сторона")]
    assert "Казахстан" in report.errors[0].message and "Россия" in report.errors[0].message
    assert snapshot(db) == before


def test_row_errors_name_row_and_column(event, tmp_path):
    db, event_id = event
    rows = [["ФИО", "Сторона", "Роль", "Приоритет", "E-mail", "Пол", "Дата рождения"],
            ["Иванов Иван", "Россия", "министр", "первый", "ivanov.mail.ru", "x", "31.02.1970"],
            ["", "Россия", "член делегации", "2", "", "", ""],
            ["Петров Пётр", "Россия", "глава делегации", "1", "p@x.ru", "м", "01.02.1970"]]  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "errors.csv", rows))
    where = {(e.row, e.column) for e in report.errors}
    assert {(2, "Роль"), (2, "Приоритет"), (2, "Пол"), (2, "Дата рождения"), (3, "ФИО")} <= where
    assert not report.written and people_count(db) == 0


def test_dry_run_reports_and_changes_nothing(event, tmp_path):
    db, event_id = event
    before = snapshot(db)
    report = import_attendees(db, event_id, write_csv(tmp_path / "list.csv", [HEADER, *ROWS]), dry_run=True)
    assert report.ok and report.created == 4 and report.dry_run and not report.written
    assert snapshot(db) == before


def test_mapping_override_and_side_for_a_one_delegation_list(event, tmp_path):
    db, event_id = event
    rows = [["Сотрудник", "Моб.", "Должность"], ["Жук Ирина Петровна", "+375 29 000 00 00", "Советник"]]
    path = write_csv(tmp_path / "own.csv", rows)
    with pytest.raises(UserError, match="no header row"):
        import_attendees(db, event_id, path)
    with pytest.raises(UserError, match="no side column"):
        import_attendees(db, event_id, path, mapping={"Сотрудник": "full_name"})
    with pytest.raises(UserError, match="no field 'phone_number'"):
        import_attendees(db, event_id, path, mapping={"Моб.": "phone_number"})
    report = import_attendees(
        db, event_id, path, mapping={"Сотрудник": "full_name", "Моб.": "phone"}, side="Belarus"
    )
    assert report.ok
    (record,) = attendee_records(db, event_id)
    assert record["side"] == "Беларусь" and directory.list_people(db)[0].phone == "+375 29 000 00 00"


def test_a_row_with_a_side_name_only_sets_the_side_of_the_rows_below(event, tmp_path):
    db, event_id = event
    rows = [["№", "ФИО", "Должность"], ["", "Россия", ""], ["1", "Русских Алексей Юрьевич", "Губернатор"],
            ["", "Беларусь", ""], ["1", "Пархомчик Пётр Александрович", "Заместитель Премьер-министра"]]  # fmt: skip
    assert import_attendees(db, event_id, write_csv(tmp_path / "sections.csv", rows)).ok
    assert [(r["surname"], r["side"]) for r in attendee_records(db, event_id)] == [
        ("Русских", "Россия"),
        ("Пархомчик", "Беларусь"),
    ]


def test_english_headers_and_roles(event, tmp_path):
    db, event_id = event
    rows = [["No.", "Surname", "First name", "Organization", "Delegation", "Role", "Rank"],
            ["1", "SMITH", "John", "ACME Ltd", "Russia", "head of delegation", "1"],
            ["2", "Doe", "Jane", "ACME Ltd", "Russia", "interpreter", "2"]]  # fmt: skip
    assert import_attendees(db, event_id, write_csv(tmp_path / "en.csv", rows, "utf-8", "\t")).ok
    records = attendee_records(db, event_id)
    assert [(r["surname"], r["role"], r["latin_name"]) for r in records] == [
        ("Smith", "principal", "John Smith"),
        ("Doe", "interpreter", "Jane Doe"),
    ]
    assert records[0]["latin_suggested"] is False


def test_koi8_is_left_to_the_detector_and_read_right(event, tmp_path):
    db, event_id = event
    path = tmp_path / "koi8.csv"
    rows = "ФИО;Должность;Сторона\nРусских Алексей Юрьевич;Губернатор Ульяновской области;Россия\n"
    path.write_bytes(rows.encode("koi8-r"))
    assert inspect(path).encoding.replace("_", "-").lower() == "koi8-r"
    assert import_attendees(db, event_id, path).ok
    assert attendee_records(db, event_id)[0]["position"] == "Губернатор Ульяновской области"


def test_precedence_one_without_a_role_is_the_head_of_delegation(event, tmp_path):
    db, event_id = event
    assert import_attendees(db, event_id, write_csv(tmp_path / "list.csv", [HEADER, *ROWS])).ok
    assert [r["role"] for r in attendee_records(db, event_id)] == [
        "principal",
        "member",
        "principal",
        "member",
    ]


def test_excel_separator_line_and_a_repeated_precedence(event, tmp_path):
    db, event_id = event
    path = tmp_path / "sep.csv"
    text = "sep=,\nФИО,Сторона,Приоритет\nРусских Алексей Юрьевич,Россия,1\nФёдорова Анна Петровна,Россия,1\n"
    path.write_bytes(text.encode("utf-8"))
    preview = inspect(path)
    assert (preview.separator, preview.header_row) == (",", 2)
    report = import_attendees(db, event_id, path)
    assert report.ok and [(w.row, w.message) for w in report.warnings] == [
        (4, "precedence 1 in Россия is also given in row 3")
    ]


def test_wizard_flow_preview_then_import_with_the_edited_mapping(event, tmp_path):
    db, event_id = event
    rows = [["ФИО", "Должность", "Сторона", "Телефон"], ["Жук Ирина Петровна", "Советник", "Беларусь", "123"]]
    preview = inspect(write_csv(tmp_path / "list.csv", rows))
    assert [(c.header, c.field, c.samples) for c in preview.columns][:2] == [
        ("ФИО", "full_name", ["Жук Ирина Петровна"]),
        ("Должность", "position", ["Советник"]),
    ]
    mapping = preview.mapping() | {"Телефон": "ignore"}
    assert import_attendees(db, event_id, preview.file, mapping=mapping).ok
    person = directory.list_people(db)[0]
    assert person.position == "Советник" and person.phone == ""


def test_near_namesakes_are_not_merged(event, tmp_path):
    db, event_id = event
    known = NewPerson(surname="Щеглин", given_name="Георгий", patronymic="Игоревич")
    known = Person.of(known, directory.add_person(db, known))
    rows = [HEADER,
            ["Щеглин Георгий Григорьевич", "", "", "Россия", ""],  # another father: another person
            ["Миронов Вадим Петрович", "", "", "Россия", ""],
            ["Миронев Вадим Петрович", "", "", "Россия", ""]]  # one letter apart in one list: two people  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "near.csv", rows))
    assert report.ok and report.matches == [] and report.created == 3
    assert people_count(db) == 4


def test_initials_find_the_one_person_they_fit(event, tmp_path):
    db, event_id = event
    known = NewPerson(surname="Русских", given_name="Алексей", patronymic="Юрьевич")
    known = Person.of(known, directory.add_person(db, known))
    other = NewPerson(surname="Русских", given_name="Борис", patronymic="Юрьевич")
    other = Person.of(other, directory.add_person(db, other))
    rows = [
        HEADER,
        ["Русских А.Ю.", "Губернатор", "", "Россия", "1"],
        ["Р. Р. Петров", "", "", "Россия", "2"],
    ]
    report = import_attendees(db, event_id, write_csv(tmp_path / "initials.csv", rows))
    assert [(m.row, m.person_id, m.how) for m in report.matches] == [(2, known.id, "initials")]
    assert {w.row for w in report.warnings} == {2, 3}  # the full name is asked for
    assert directory.get_person(db, known.id).position == "Губернатор"
    petrov = next(p for p in directory.list_people(db) if p.surname == "Петров")
    assert (petrov.given_name, petrov.patronymic) == ("Р.", "Р.")


def test_progress_is_reported_for_long_lists(event, tmp_path):
    db, event_id = event
    letters = "абвгдежзиклмнопрстуфхцчшэюя"
    surnames = [f"Ива{a}{b}{c}ов" for a in letters for b in letters for c in letters][:1200]
    rows = [HEADER] + [[f"{surname} Иван Иванович", "", "", "Россия", ""] for surname in surnames]
    calls: list[tuple[int, int]] = []
    report = import_attendees(
        db, event_id, write_csv(tmp_path / "long.csv", rows), progress=lambda d, t: calls.append((d, t))
    )
    assert report.ok and report.created == 1200
    assert calls == [(0, 1200), (500, 1200), (1000, 1200)]


def test_cyrillic_names_are_compared_in_cyrillic(event, tmp_path):
    db, event_id = event
    for surname, given in (("Мишкин", "Эдуард"), ("Русских", "Алексей")):
        directory.add_person(db, NewPerson(surname=surname, given_name=given))
    rows = [HEADER,
            ["Мышкин Эдуард", "", "", "Россия", ""],  # ы is not и, though both are "y"/"i" in Latin
            ["Мишкин Едуард", "", "", "Россия", ""],  # nor е э
            ["Руских Алексей", "", "", "Россия", ""]]  # a slip: the same person  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "cyr.csv", rows))
    assert [(m.row, m.how) for m in report.matches] == [(4, "fuzzy")]
    assert people_count(db) == 4


def test_a_changed_row_updates_the_person_and_the_rest_is_skipped(event, tmp_path):
    db, event_id = event
    import_attendees(db, event_id, write_csv(tmp_path / "v1.csv", [HEADER, *ROWS]))
    changed = [row[:] for row in ROWS]
    changed[1][1] = "Первый заместитель Губернатора"
    changed[3][4] = "3"
    report = import_attendees(db, event_id, write_csv(tmp_path / "v2.csv", [HEADER, *changed]))
    assert (report.created, report.updated, report.skipped) == (0, 2, 2)
    records = {r["surname"]: r for r in attendee_records(db, event_id)}
    assert records["Фёдорова"]["position"] == "Первый заместитель Губернатора"
    stored = db.execute("SELECT precedence FROM participants WHERE id = ?", [records["Лукашэнка"]["id"]])
    assert stored.fetchone()[0] == 3


def test_bulk_writes_read_back_as_the_people_planned(event):
    """The bulk insert leaves columns at their defaults to SQLite, sends the rest, and sets the ids in order."""
    from protocol_app.store import imports

    db, event_id = event
    directory.add_person(db, NewPerson(surname="Старый"))  # ids continue after the people already stored
    side_id = db.execute("SELECT id FROM sides WHERE name = 'Беларусь'").fetchone()[0]
    people = [
        NewPerson(surname="Первый", given_name="Иван", latin_name="Ivan Pervyi", latin_suggested=True),
        NewPerson(surname="Второй", phone="+375 17 000", birth_date="1970-01-02", sample=1),  # type: ignore[arg-type]
        NewPerson(surname="Третий", notes="=1+1"),
    ]
    with db.atomic():
        recorder = Recorder(db, ["people", "participants"])
        ids = imports.insert_people(db, people, recorder)
        parts = [NewParticipant(event_id, i, side_id, precedence=n + 1) for n, i in enumerate(ids)]
        part_ids = imports.insert_participants(db, parts, recorder)
        recorder.finish()
    assert list(ids) == [2, 3, 4] and len(part_ids) == 3
    stored = {p.id: p for p in imports.load_people(db)}
    for person, person_id in zip(people, ids, strict=True):
        back = stored[person_id]
        assert back == Person(**{**person.__dict__, "sample": bool(person.sample)}, id=person_id)
    assert stored[3].sample is True and stored[2].passport == "" and stored[2].birth_date is None
    loaded = imports.load_participants(db, event_id)
    assert [loaded[i] for i in ids] == [Participant.of(p, i) for p, i in zip(parts, part_ids, strict=True)]
    assert loaded[ids[0]].status == "confirmed" and loaded[ids[0]].role == "member"
    assert db.execute("SELECT sample FROM people WHERE id = 3").fetchone()[0] == 1
    assert not db.execute("SELECT name FROM sqlite_temp_master").fetchall()  # the staging table is gone


def test_bulk_rows_go_in_several_statements_in_their_order(event):
    """Rows more than one statement takes (a few hundred) are written whole and in order, the last statement
    shorter; a row of the wrong width is refused, never shifted into the next row's columns."""
    import sqlite3

    from protocol_app.store.bulk import insert_values

    db, _ = event
    db.execute("CREATE TEMP TABLE staged (a, b)")
    rows = [(n, f"строка {n}") for n in range(1001)]
    insert_values(db.conn, "temp.staged", 2, rows)
    assert db.execute("SELECT rowid, a, b FROM temp.staged ORDER BY rowid").fetchall() == [
        (n + 1, a, b) for n, (a, b) in enumerate(rows)
    ]
    with pytest.raises(ValueError, match="2 values each"):
        insert_values(db.conn, "temp.staged", 2, [(1, "a"), (2,), (3, "c", "x")])
    with pytest.raises(sqlite3.OperationalError):  # the table has two columns, not three
        insert_values(db.conn, "temp.staged", 3, [(1, "a", "x")])


def test_a_bulk_write_that_breaks_a_rule_fails_whole(event):
    """A row the table refuses (an unknown role) fails the insert: nothing of it stays, the error is SQLite's."""
    import sqlite3

    from protocol_app.store import imports

    db, event_id = event
    side_id = db.execute("SELECT id FROM sides WHERE name = 'Россия'").fetchone()[0]
    people = [NewPerson(surname="Первый"), NewPerson(surname="Второй")]
    with pytest.raises(sqlite3.IntegrityError), db.atomic():
        recorder = Recorder(db, ["people", "participants"])
        ids = imports.insert_people(db, people, recorder)
        parts = [NewParticipant(event_id, i, side_id, role="guest") for i in ids]
        imports.insert_participants(db, parts, recorder)
    assert people_count(db) == 0
    assert not db.execute("SELECT name FROM sqlite_temp_master").fetchall()


def test_the_garbage_collector_keeps_running_during_an_import(event, tmp_path, monkeypatch):
    """An import does not switch the process's cyclic collector off (the window's objects are collected); what it
    keeps from the collector while it runs (gc.freeze) it gives back, even when it fails; and what a process
    froze for life (at its start, as this test run does) stays frozen."""
    import gc

    db, event_id = event
    seen: list[tuple[bool, int]] = []
    try:
        gc.unfreeze()  # a process that froze nothing: the import freezes what lives through it, then gives it back
        monkeypatch.setattr(collector, "_frozen_for_life", False)
        report = import_attendees(
            db,
            event_id,
            write_csv(tmp_path / "list.csv", [HEADER, *ROWS]),
            progress=lambda *_: seen.append((gc.isenabled(), gc.get_freeze_count())),
        )
        assert report.written and seen and all(on and frozen > 0 for on, frozen in seen)
        assert gc.isenabled() and gc.get_freeze_count() == 0
        with pytest.raises(UserError):
            import_attendees(db, event_id, write_csv(tmp_path / "bad.csv", [["Что-то", "Ещё"], ["a", "b"]]))
        assert gc.isenabled() and gc.get_freeze_count() == 0
        collector.freeze_for_life()  # a process that froze its long-lived objects: they stay frozen
        kept = gc.get_freeze_count()
        again = import_attendees(db, event_id, write_csv(tmp_path / "again.csv", [HEADER, *ROWS[:2]]))
        assert again.ok and gc.isenabled() and gc.get_freeze_count() == kept > 0
    finally:
        collector.freeze_for_life()  # as the test run keeps it (tests/conftest.py)


def test_a_read_workbook_is_freed_at_once_not_left_to_the_cyclic_collector(event, tmp_path):
    """The sheet's reader (with every cell it read) goes when the import is done: its expat parser, which holds
    the reader's handlers, is not kept on the reader, so no cycle waits for a full collection."""
    import gc

    from protocol_app.importing.xlsx_stream import _Stream

    db, event_id = event
    book = openpyxl.Workbook()
    for row in [HEADER, *ROWS]:
        book.active.append(row)
    book.save(tmp_path / "list.xlsx")
    gc.collect()
    gc.disable()
    try:
        assert import_attendees(db, event_id, tmp_path / "list.xlsx").written
        assert not [o for o in gc.get_objects() if isinstance(o, _Stream)]
    finally:
        gc.enable()


# -- one name in two rows ---------------------------------------------------------------------------------

DVOINOV = "Двойнов Дмитрий Дмитриевич"


def test_one_name_on_both_sides_is_an_error_naming_both_rows(event, tmp_path):
    """Two attendees of one name must not melt into one (the host's director would vanish from the list)."""
    db, event_id = event
    rows = [HEADER,
            [DVOINOV, "Директор", "АО «Ульяновскнефть»", "Россия", "3"],
            ROWS[2],
            [DVOINOV, "Советник", "Посольство Республики Беларусь", "Беларусь", "4"]]  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "two.csv", rows))
    assert not report.written and people_count(db) == 0
    assert [(e.row, e.column) for e in report.errors] == [(4, "ФИО")]
    message = report.errors[0].message
    assert DVOINOV in message and "rows 2 and 4" in message
    assert "'Россия'" in message and "'Беларусь'" in message
    assert "Latin name" in message and "remove the duplicate row" in message


def test_one_name_with_two_positions_on_one_side_is_an_error(event, tmp_path):
    db, event_id = event
    rows = [HEADER, [DVOINOV, "Директор", "", "Россия", ""], [DVOINOV, "Советник", "", "Россия", ""]]
    report = import_attendees(db, event_id, write_csv(tmp_path / "two.csv", rows))
    assert [(e.row, e.column) for e in report.errors] == [(3, "ФИО")]
    assert "'Директор' there, 'Советник' here" in report.errors[0].message
    assert not report.written and people_count(db) == 0


def test_a_row_repeated_as_it_is_is_imported_once_with_a_warning(event, tmp_path):
    db, event_id = event
    row = [DVOINOV, "Директор", "", "Россия", "3"]
    report = import_attendees(
        db, event_id, write_csv(tmp_path / "again.csv", [HEADER, row, [*row[:2], "", "Россия", ""]])
    )
    assert report.ok and (report.created, report.skipped) == (1, 1)
    assert [(w.row, w.message) for w in report.warnings] == [
        (3, f"{DVOINOV} repeats row 2; the rows are merged into one person")
    ]
    assert [(r["full_name"], r["side"], r["position"]) for r in attendee_records(db, event_id)] == [
        (DVOINOV, "Россия", "Директор")
    ]


def test_two_namesakes_told_apart_by_their_passport_spellings(event, tmp_path):
    """What the error asks for: the Latin name column makes them two people, each on his side."""
    db, event_id = event
    rows = [[*HEADER, "Имя латиницей"],
            [DVOINOV, "Директор", "", "Россия", "3", "Dmitrii Dvoinov"],
            [DVOINOV, "Советник", "", "Беларусь", "4", "Dzmitry Dvoinau"]]  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "namesakes.csv", rows))
    assert report.ok and report.created == 2, report.errors
    assert [(r["side"], r["position"], r["latin_name"]) for r in attendee_records(db, event_id)] == [
        ("Россия", "Директор", "Dmitrii Dvoinov"),
        ("Беларусь", "Советник", "Dzmitry Dvoinau"),
    ]
    again = import_attendees(db, event_id, write_csv(tmp_path / "namesakes.csv", rows))
    assert again.ok and (again.created, again.skipped) == (0, 2) and people_count(db) == 2


# -- what is not a name ---------------------------------------------------------------------------------


def test_a_phone_number_is_not_a_name_and_a_formula_is_kept_as_text_with_a_warning(event, tmp_path):
    db, event_id = event
    rows = [HEADER,
            ['=HYPERLINK("http://x","Иванов Иван Иванович")', "Советник", "", "Россия", ""],
            ["+7 999 000", "", "", "Россия", ""],
            ["@Иванов", "", "", "Россия", ""],
            ["Петров 2 Пётр", "", "", "Россия", ""],
            ROWS[0]]  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "formula.csv", rows, "utf-8"))
    assert [(e.row, e.column) for e in report.errors] == [(3, "ФИО"), (5, "ФИО")]
    assert all(e.message.startswith("not a name") and "digits" in e.message for e in report.errors)
    formulas = [w for w in report.warnings if "formula" in w.message]
    assert [w.row for w in formulas] == [2, 4]
    assert not report.written and people_count(db) == 0


def test_a_phone_number_in_the_surname_column_is_not_a_name(event, tmp_path):
    db, event_id = event
    rows = [["Фамилия", "Имя", "Сторона"], ["+7 999 000", "Иван", "Россия"], ["Петров", "=A1", "Россия"]]
    report = import_attendees(db, event_id, write_csv(tmp_path / "parts.csv", rows))
    assert [(e.row, e.column) for e in report.errors] == [(2, "Фамилия"), (3, "Имя")]
    assert not report.written


# -- empty lists and total rows ------------------------------------------------------------------------


def test_a_header_only_list_is_an_error_not_an_empty_success(event, tmp_path):
    db, event_id = event
    report = import_attendees(db, event_id, write_csv(tmp_path / "empty.csv", [HEADER, ["", "", "", "", ""]]))
    assert not report.written and [(e.row, e.message) for e in report.errors] == [
        (1, "the file has no rows under its header (row 1): nothing to import")
    ]
    book = openpyxl.Workbook()
    book.active.title = "Шаблон"
    book.active.append(HEADER)
    book.save(tmp_path / "empty.xlsx")
    report = import_attendees(db, event_id, tmp_path / "empty.xlsx")
    assert not report.written and len(report.errors) == 1
    assert "no rows under its header" in report.errors[0].message and "Шаблон" in report.errors[0].message


def test_a_total_row_under_the_list_is_skipped_with_a_warning(event, tmp_path):
    db, event_id = event
    book = openpyxl.Workbook()
    sheet = book.active
    sheet["A1"] = "Список делегации"
    sheet.append(["№", "ФИО", "Должность", "Сторона"])
    sheet.append([1, "Русских Алексей Юрьевич", "Губернатор", "Россия"])
    sheet.append([2, "Пархомчик Пётр Александрович", "Заместитель Премьер-министра", "Беларусь"])
    sheet.append(["Итого: 2"])
    book.save(tmp_path / "total.xlsx")
    report = import_attendees(db, event_id, tmp_path / "total.xlsx")
    assert report.ok and report.written and report.created == 2, report.errors
    assert [w.row for w in report.warnings] == [5] and "Итого: 2" in report.warnings[0].message
    rows = [["№", *HEADER], ["1", *ROWS[0]], ["", "Всего", "", "", "", "1"], ["2", "Итого:", "", "", "", ""],
            ["Total: 1 person", "", "", "", "", ""]]  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "total.csv", rows))
    assert report.ok and [w.row for w in report.warnings] == [2, 3, 4, 5], report.errors
    assert "position at this event changes from 'Губернатор'" in report.warnings[0].message
    assert "'Итого:'" in report.warnings[2].message


def test_a_list_of_totals_only_has_no_rows(event, tmp_path):
    db, event_id = event
    report = import_attendees(db, event_id, write_csv(tmp_path / "zero.csv", [HEADER, ["Итого: 0"]]))
    assert not report.written and "no rows under its header" in report.errors[0].message


# -- Latin spelling of names of neighbouring countries ----------------------------------------------------


def test_belarusian_and_kazakh_names_get_a_latin_spelling_without_cyrillic(event, tmp_path):
    db, event_id = event
    rows = [HEADER,
            ["Нұрлан Әлихан Қайратұлы", "", "", "Беларусь", ""],
            ["Шаўчэнка Іван Мікалаевіч", "", "", "Беларусь", ""]]  # fmt: skip
    assert import_attendees(db, event_id, write_csv(tmp_path / "latin.csv", rows, "utf-8")).ok
    assert [(r["latin_name"], r["latin_suggested"]) for r in attendee_records(db, event_id)] == [
        ("Alikhan Nurlan", True),
        ("Ivan Shauchenka", True),
    ]


def test_a_latin_look_alike_letter_in_a_cyrillic_name_is_read_as_cyrillic_and_said(event, tmp_path):
    """«Смирновa» typed with a Latin «a» (a keyboard in the other layout) is Смирнова, found as she is, not
    a new person; a new person's name is stored in one alphabet; each such cell is a warning naming it."""
    db, event_id = event
    known = NewPerson(surname="Смирнова", given_name="Анна", patronymic="Петровна")
    known = Person.of(known, directory.add_person(db, known))
    rows = [HEADER,
            ["Смирнов\u0061 Анна Петровна", "Министр", "", "Россия", "2"],  # a Latin «a»
            ["\u0043мирнов Иван Петрович", "Советник", "", "Россия", "3"]]  # a Latin «C»  # fmt: skip
    report = import_attendees(db, event_id, write_csv(tmp_path / "mixed.csv", rows))
    assert report.ok and people_count(db) == 2
    assert [(m.row, m.person_id, m.how) for m in report.matches] == [(2, known.id, "exact")]
    stored = {p.surname for p in directory.list_people(db)}
    assert stored == {"Смирнова", "Смирнов"} and all(not re.search("[A-Za-z]", s) for s in stored)
    mixed = [w for w in report.warnings if "look alike" in w.message]
    assert [w.row for w in mixed] == [2, 3] and "ФИО" in mixed[0].message
