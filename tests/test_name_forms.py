"""Names as each culture writes them (PROTOCOL.md 4b): Russian, Chinese, Korean and Arabic sample people in
Russian and English papers, plans and cards; the passport's Latin parts; imports that split a Latin name."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from sqlite_utils import Database

from protocol_app.exporting import export_attendees
from protocol_app.importing import import_attendees
from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide
from protocol_app.name_forms import (
    Form,
    NameOrder,
    label_lines,
    person_name,
    sort_key,
    split_latin,
    suggest_cyrillic,
    suggest_latin,
)
from protocol_app.names import split_east_asian
from protocol_app.pack import build_pack
from protocol_app.store import directory, participants
from protocol_app.store.connection import open_store
from protocol_app.store.events import add_side, create_event

RUSSIAN = NewPerson("Русских", "Алексей", "Юрьевич", latin_surname="Russkikh", latin_given="Aleksei")
CHINESE = NewPerson("王", "伟", latin_surname="Wang", latin_given="Wei")
KOREAN = NewPerson("김", "민준", latin_surname="Kim", latin_given="Min-jun")
ARABIC = NewPerson(
    "Аль Кааби", "Саид бин Рашид", latin_name="Saeed bin Rashid Al Kaabi", honorific="H.E."
)  # an older store's one-text Latin name


@pytest.mark.parametrize(
    ("person", "lang", "forms"),
    [
        (RUSSIAN, "ru", ("Русских Алексей Юрьевич", "Алексей Юрьевич Русских", "Русских А.Ю.")),
        (RUSSIAN, "en", ("RUSSKIKH Aleksei", "Aleksei Russkikh", "A. Russkikh")),
        (CHINESE, "ru", ("王伟", "王伟", "王伟")),
        (CHINESE, "en", ("WANG Wei", "Wang Wei", "WANG Wei")),
        (KOREAN, "ru", ("김민준", "김민준", "김민준")),
        (KOREAN, "en", ("KIM Min-jun", "Kim Min-jun", "KIM Min-jun")),
        (ARABIC, "ru", ("Аль Кааби Саид бин Рашид", "Саид бин Рашид Аль Кааби", "Саид бин Рашид Аль Кааби")),
        (
            ARABIC,
            "en",
            ("AL KAABI Saeed bin Rashid", "H.E. Saeed bin Rashid Al Kaabi", "Saeed bin Rashid Al Kaabi"),
        ),
    ],
)
def test_each_culture_has_its_list_text_and_plan_forms(person, lang, forms):
    assert tuple(person_name(person, lang, form) for form in (Form.LIST, Form.TEXT, Form.SHORT)) == forms


def test_a_vietnamese_or_hungarian_name_is_surname_first_by_the_country_or_the_persons_order():
    nguyen = NewPerson("Nguyen", "Van An")
    assert person_name(nguyen, "en", Form.SHORT, country="VN") == "NGUYEN Van An"
    assert person_name(nguyen, "en", Form.SHORT) == "V.A. Nguyen"  # no country: given name first
    nguyen.name_order = NameOrder.SURNAME_FIRST
    assert person_name(nguyen, "en", Form.TEXT) == "Nguyen Van An"
    orban = NewPerson("Orbán", "Viktor", name_order=NameOrder.SURNAME_FIRST)
    assert person_name(orban, "ru", Form.SHORT) == "Orbán Viktor"  # never cut to initials


def test_a_chinese_name_may_print_its_palladius_form_in_russian_papers():
    assert suggest_cyrillic(CHINESE) == "Ван Вэй"
    person = NewPerson("王", "伟", name_cyrillic="Ван Вэй")
    assert person_name(person, "ru", Form.LIST) == "Ван Вэй (王伟)"
    assert person_name(person, "ru", Form.SHORT) == "Ван Вэй"
    assert person_name(person, "en", Form.LIST) == "WANG Wei"  # suggested pinyin when no passport spelling


def test_honorifics_are_kept_apart_and_printed_in_their_script():
    assert "H.E." not in person_name(ARABIC, "ru", Form.TEXT)
    assert person_name(ARABIC, "en", Form.CARD).startswith("H.E. ")
    assert "H.E." not in person_name(ARABIC, "en", Form.LIST)


def test_arabic_names_sort_by_the_family_name_without_its_article():
    people = [NewPerson("Аль Кааби", "Саид"), NewPerson("Иванов", "Иван"), NewPerson("Лавров", "Сергей")]
    assert [p.surname for p in sorted(people, key=sort_key)] == ["Иванов", "Аль Кааби", "Лавров"]


@pytest.mark.parametrize(
    ("text", "hint", "surname", "given", "sure"),
    [
        ("Saeed bin Rashid Al Kaabi", "", "Al Kaabi", "Saeed bin Rashid", True),
        ("WANG Wei", "", "Wang", "Wei", True),
        ("Saeed bin Rashid AL KAABI", "", "Al Kaabi", "Saeed bin Rashid", True),
        ("Russkikh Aleksei", "Русских", "Russkikh", "Aleksei", True),
        ("Aleksei Russkikh", "Русских", "Russkikh", "Aleksei", True),
        ("Smith, John", "", "Smith", "John", True),
        ("Maria Elena Santos", "", "Santos", "Maria Elena", False),
    ],
)
def test_one_latin_column_is_split_with_the_surname_recognised(text, hint, surname, given, sure):
    assert split_latin(text, cyrillic_surname=hint) == (split := split_latin(text, cyrillic_surname=hint))
    assert (split.surname, split.given, split.sure) == (surname, given, sure)


def test_han_names_split_surname_first_and_get_pinyin():
    assert (split_east_asian("王伟").surname, split_east_asian("王伟").given_name) == ("王", "伟")
    assert split_east_asian("欧阳修").surname == "欧阳"
    assert suggest_latin("王", "伟") == ("Wang", "Wei")


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


@pytest.fixture
def event(db):
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07", title_en="Visit"))
    add_side(db, NewSide(event_id=event_id, name="Россия", name_en="Russia", host=True, country="RU"))
    add_side(db, NewSide(event_id=event_id, name="Китай", name_en="China", host=False, country="CN"))
    return db, event_id


def test_import_takes_the_latin_surname_and_given_names_from_their_own_columns(event, tmp_path):
    db, event_id = event
    rows = [
        ["ФИО", "Фамилия (лат.)", "Имя (лат.)", "Сторона", "Организация", "Организация (англ.)"],
        ["Русских Алексей Юрьевич", "RUSSKIKH", "Aleksei", "Россия", "Правительство", "Government"],
        ["王伟", "WANG", "Wei", "Китай", "", ""],
    ]
    report = import_attendees(db, event_id, _write(tmp_path / "a.csv", rows))
    assert report.ok and not [w for w in report.warnings if "initials" in w.message]
    people = {p.surname: p for p in directory.list_people(db)}
    assert (people["Русских"].latin_surname, people["Русских"].latin_given) == ("Russkikh", "Aleksei")
    assert people["Русских"].latin_name == "Aleksei Russkikh"
    assert (people["王"].given_name, people["王"].latin_surname) == ("伟", "Wang")
    assert directory.list_organisations(db)[0].name_en == "Government"


def test_import_splits_one_latin_column_and_asks_when_unsure(event, tmp_path):
    db, event_id = event
    rows = [
        ["ФИО", "Имя латиницей", "Сторона"],
        ["Русских Алексей Юрьевич", "Russkikh Aleksei", "Россия"],
        ["Сантуш Мария", "Maria Elena Santos", "Россия"],  # the Latin surname is not the ICAO one
    ]
    report = import_attendees(db, event_id, _write(tmp_path / "a.csv", rows))
    people = {p.surname: p for p in directory.list_people(db)}
    assert people["Русских"].latin_name == "Aleksei Russkikh"
    asked = [w for w in report.warnings if "which word" in w.message]
    assert [w.row for w in asked] == [3]


def _event_with_four(db) -> int:
    event_id = create_event(db, NewEvent(title="Переговоры", date="2026-07-07", title_en="Talks"))
    host = add_side(db, NewSide(event_id=event_id, name="Россия", name_en="Russia", host=True, country="RU"))
    guest = add_side(db, NewSide(event_id=event_id, name="Гости", name_en="Guests", host=False))
    for person, side in ((RUSSIAN, host), (CHINESE, guest), (KOREAN, guest), (ARABIC, guest)):
        person_id = directory.add_person(db, NewPerson(**person.__dict__))
        participants.add_participant(db, NewParticipant(event_id=event_id, person_id=person_id, side_id=side))
    return event_id


@pytest.mark.parametrize("lang", ["ru", "en"])
def test_lists_and_packs_print_every_culture_in_its_form(db, tmp_path, lang):
    event_id = _event_with_four(db)
    path = export_attendees(db, event_id, tmp_path / f"{lang}.csv", lang=lang)
    with path.open(encoding="utf-8-sig") as handle:
        names = {row[3] for row in csv.reader(handle, delimiter=";")}
    text = str(build_pack(db, event_id, lang, "participants").blocks)
    expected = {
        "ru": ("Русских Алексей Юрьевич", "王伟", "김민준", "Аль Кааби Саид бин Рашид"),
        "en": ("RUSSKIKH Aleksei", "WANG Wei", "KIM Min-jun", "AL KAABI Saeed bin Rashid"),
    }[lang]
    for name in expected:
        assert name in names or any(name in cell for cell in names), (name, names)
        assert name in text


def test_a_store_before_the_name_fields_migrates(tmp_path):
    path = tmp_path / "old.sqlite"
    conn = sqlite3.connect(path)
    db = Database(conn)
    from protocol_app.store.schema import migrations

    migrations.apply(db, stop_before="m006_names_and_texts")
    db["people"].insert({"surname": "Русских", "latin_name": "Aleksei Russkikh"})
    conn.close()
    store = open_store(path)
    person = directory.list_people(store)[0]
    assert (person.latin_surname, person.name_order, person.honorific) == ("", "", "")
    assert person_name(person, "en", Form.LIST) == "RUSSKIKH Aleksei"


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("ru", (["Русских", "А.Ю."], ["王伟"], ["김민준"], ["Саид бин Рашид", "Аль Кааби"])),
        ("en", (["A.", "Russkikh"], ["WANG", "Wei"], ["KIM", "Min-jun"], ["Saeed bin Rashid", "Al Kaabi"])),
    ],
)
def test_plans_print_the_surname_line_bold_in_every_culture(db, lang, labels):
    from protocol_app.seating.drawing import PlanDrawing
    from protocol_app.seating.plans import auto_plan
    from protocol_app.seating.shapes import Text

    event_id = _event_with_four(db)
    seated = auto_plan(db, event_id, "presidium")  # a row: labels below the chairs
    bold = {
        s.text for s in PlanDrawing(seated.plan, seated.ctx, lang).shapes if isinstance(s, Text) and s.bold
    }
    surnames = {"Русских", "王伟", "김민준", "Аль Кааби", "Russkikh", "WANG", "KIM", "Al Kaabi"}
    for lines in labels:
        assert [line for line in lines if line in bold] == [line for line in lines if line in surnames], lines


@pytest.mark.parametrize(
    ("lang", "labels"),
    [
        ("ru", (["Русских", "А.Ю."], ["王伟"], ["김민준"], ["Саид бин Рашид", "Аль Кааби"])),
        ("en", (["A.", "Russkikh"], ["WANG", "Wei"], ["KIM", "Min-jun"], ["Saeed bin Rashid", "Al Kaabi"])),
    ],
)
def test_plans_label_every_culture_in_its_form(db, lang, labels):
    from protocol_app.seating.drawing import PlanDrawing
    from protocol_app.seating.plans import auto_plan
    from protocol_app.seating.shapes import Text

    event_id = _event_with_four(db)
    seated = auto_plan(db, event_id, "presidium")  # a row: labels below the chairs
    drawn = {s.text for s in PlanDrawing(seated.plan, seated.ctx, lang).shapes if isinstance(s, Text)}
    for lines in labels:
        assert set(lines) <= drawn, (lines, sorted(drawn))


def test_an_arabic_name_in_a_surname_first_countrys_delegation_stays_given_name_first():
    person = NewPerson("Аль Кааби", "Саид бин Рашид")
    assert person_name(person, "ru", Form.SHORT, country="CN") == "Саид бин Рашид Аль Кааби"
    assert label_lines(person, "ru", "CN") == ["Саид бин Рашид", "Аль Кааби"]
    assert label_lines(NewPerson("Nguyen Thi", "Mai"), "en", "VN") == [
        "NGUYEN THI",
        "Mai",
    ]  # a surname of two words
