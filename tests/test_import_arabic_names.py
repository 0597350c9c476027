"""Arabic names through an import, as an officer meets them in an Emirati delegation's list: a name in Arabic
letters only, a Latin name with its family article (Al Marri), and honorifics (H.E., Sheikh, Dr) that change
from one event's list to the next. Run on the command line in this process (``run_main``)."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import docx
import pytest
from cli_helpers import run_main

from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide
from protocol_app.seating.place_cards import face_lines
from protocol_app.store import directory, open_store
from protocol_app.store.events import add_side, create_event
from protocol_app.store.participants import add_participant, list_attendees

UAE = "Делегация ОАЭ"
HEADER = ["Position", "Position EN", "Delegation", "Role"]
MINISTER = ["Министр экономики", "Minister of Economy", UAE, "member"]


@pytest.fixture
def store(tmp_path: Path) -> Path:
    """A store with the forum of 2026 (event 1) and of 2027 (event 2), each with a host and a UAE side."""
    path = tmp_path / "store.sqlite"
    db = open_store(path)
    for year in (2026, 2027):
        event_id = create_event(
            db, NewEvent(title=f"Форум {year}", title_en=f"Forum {year}", date=f"{year}-07-07")
        )
        add_side(db, NewSide(event_id=event_id, name="Россия", name_en="Russia", host=True, country="RU"))
        add_side(db, NewSide(event_id=event_id, name=UAE, name_en="UAE delegation", host=False, country="AE"))
    db.close()
    return path


def write_csv(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle).writerows(rows)
    return path


def english_list(store: Path, tmp_path: Path, event: str = "1", *more: str) -> tuple[list[list[str]], dict]:
    """The English attendee list of the event as CSV rows, and the command's JSON (its warnings)."""
    out = tmp_path / f"list{event}.csv"
    done = run_main(
        store, "export", "attendees", "--event", event, "-o", str(out), "--lang", "en", "--json", *more
    )
    assert done.returncode == 0, done.stderr
    with out.open(encoding="utf-8-sig", newline="") as handle:
        return list(csv.reader(handle, delimiter=";")), json.loads(done.stdout)


@pytest.mark.parametrize(
    "columns, cells, name",
    [
        (["Full name"], ["عبدالله بن طوق المري"], "المري عبدالله بن طوق"),
        (["Surname", "Given name"], ["المري", "عبدالله بن طوق"], "المري عبدالله بن طوق"),
        (["Surname", "Given name"], ["शर्मा", "मोहन लाल"], "शर्मा मोहन लाल"),  # Devanagari: no Latin either
    ],
)
def test_a_name_in_arabic_letters_alone_is_imported_with_a_warning_and_named_before_an_english_list(
    store, tmp_path, columns, cells, name
):
    path = write_csv(tmp_path / "uae.csv", [[*columns, *HEADER], [*cells, *MINISTER]])
    done = run_main(store, "import", "attendees", "--event", "1", str(path), "--lang", "ru")
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("created 1, updated 0, skipped 0; 0 errors, 1 warnings (written)")
    assert f"\n  warning: row 2: у «{name}» нет написания латиницей" in done.stdout
    people = json.loads(run_main(store, "attendees", "--event", "1", "--json").stdout)
    assert [(p["full_name"], p["latin_name"]) for p in people] == [(name, "")]
    rows, record = english_list(store, tmp_path)
    assert rows[1][3] == name  # the name as written: there is no Latin one to print
    assert [(w["field"], w["text"]) for w in record["warnings"]] == [("latin_name", name)]
    assert record["warnings"][0]["message"] == f"no English text for the Latin spelling of a name: «{name}»"
    strict = run_main(store, "export", "attendees", "--event", "1", "-o", str(tmp_path / "x.csv"), "--lang", "en",
                      "--strict")  # fmt: skip
    assert strict.returncode == 2 and name in strict.stderr and not (tmp_path / "x.csv").exists()


def test_a_latin_arabic_name_keeps_al_in_the_family_name(store, tmp_path):
    rows = [
        ["Surname", "Given name", "Latin name", *HEADER],
        ["", "", "Abdulla bin Touq Al Marri", *MINISTER],
        ["", "", "Saeed bin Ahmed AL MANSOURI", "Советник", "Adviser", UAE, "expert"],
        ["", "", "Al-Nuaimi Omar Hassan", "Советник", "Adviser", UAE, "expert"],  # the family name first
        ["Аль Кааби", "Саид бин Рашид", "Saeed bin Rashid Al Kaabi", "Советник", "Adviser", UAE, "expert"],
    ]
    done = run_main(store, "import", "attendees", "--event", "1", str(write_csv(tmp_path / "uae.csv", rows)))
    assert done.returncode == 0 and "0 warnings" in done.stdout, done.stdout + done.stderr
    listed, record = english_list(store, tmp_path)
    assert record["warnings"] == []
    assert sorted((r[3], r[-1]) for r in listed[1:]) == [
        ("AL KAABI Saeed bin Rashid", "Saeed bin Rashid Al Kaabi"),
        ("AL MANSOURI Saeed bin Ahmed", "Saeed bin Ahmed Al Mansouri"),
        ("AL MARRI Abdulla bin Touq", "Abdulla bin Touq Al Marri"),
        ("AL-NUAIMI Omar Hassan", "Omar Hassan Al-Nuaimi"),
    ]
    ru = tmp_path / "ru.csv"
    assert (
        run_main(store, "export", "attendees", "--event", "1", "-o", str(ru), "--lang", "ru").returncode == 0
    )
    assert "Al Marri Abdulla bin Touq" in ru.read_text(encoding="utf-8-sig")


def test_a_family_name_an_earlier_import_cut_from_its_article_is_mended_by_the_list_again(store, tmp_path):
    db = open_store(store)  # as the import before this fix stored "Abdulla bin Touq Al Marri"
    cut = NewPerson("Marri", "Abdulla bin Touq Al", latin_surname="Marri", latin_given="Abdulla bin Touq Al")
    person_id = directory.add_person(db, cut)
    add_participant(db, NewParticipant(event_id=1, person_id=person_id, side_id=2, position=MINISTER[0]))
    db.close()
    rows = [
        ["Surname", "Given name", "Latin name", *HEADER],
        ["", "", "Abdulla bin Touq Al Marri", *MINISTER],
    ]
    path = write_csv(tmp_path / "uae.csv", rows)
    done = run_main(store, "import", "attendees", "--event", "1", str(path))
    assert done.stdout.splitlines() == [
        "created 0, updated 1, skipped 0; 0 errors, 0 warnings (written)",
        "  updated: row 2: Abdulla bin Touq Al Marri: the family name is 'Al Marri', with its article (an earlier "
        "import cut it off into the given names)",
    ]
    listed, _ = english_list(store, tmp_path)
    assert [(r[3], r[-1]) for r in listed[1:]] == [("AL MARRI Abdulla bin Touq", "Abdulla bin Touq Al Marri")]
    again = json.loads(run_main(store, "import", "attendees", "--event", "1", str(path), "--json").stdout)
    assert (again["updated"], again["skipped"], again["changes"]) == (0, 1, [])


@pytest.mark.parametrize(
    "written, surname",
    [
        ("Аль Марри Абдулла бин Тук", "Аль Марри"),  # a list's order: the family name first
        ("Абдулла бин Тук Аль-Марри", "Аль-Марри"),  # running order
    ],
)
def test_a_russian_list_keeps_the_article_of_an_arabic_family_name(store, tmp_path, written, surname):
    rows = [["ФИО", "Должность", "Сторона"], [written, "Министр", UAE]]
    done = run_main(store, "import", "attendees", "--event", "1", str(write_csv(tmp_path / "ru.csv", rows)))
    assert done.returncode == 0, done.stderr
    people = json.loads(run_main(store, "attendees", "--event", "1", "--json").stdout)
    assert [(p["surname"], p["given_name"], p["patronymic"]) for p in people] == [
        (surname, "Абдулла бин Тук", "")
    ]


HONORIFIC_HEADER = ["Honorific", "Surname", "Given name", "Latin surname", "Latin given name", *HEADER]


def khalid(honorific: str, position: str, position_en: str) -> list[str]:
    return [honorific, "القاسمي", "خالد بن سعيد", "Al Qasimi", "Khalid bin Saeed", position, position_en, UAE,
            "principal"]  # fmt: skip


def pack_text(store: Path, tmp_path: Path, event: str) -> str:
    """The English briefing pack of the event as the reader reads it (paragraphs and tables of the DOCX)."""
    out = tmp_path / f"pack{event}.docx"
    done = run_main(store, "pack", "--event", event, "--format", "docx", "--lang", "en", "-o", str(out))
    assert done.returncode == 0, done.stderr
    document = docx.Document(str(out))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


def card_names(store: Path, event_id: int) -> list[list[str]]:
    """The name lines of the English faces of the event's place cards, one list a person (a long name: the
    surname on a line of its own)."""
    db = open_store(store)
    try:
        return [face_lines(att, "en")[0] for att in list_attendees(db, event_id)]
    finally:
        db.close()


def test_a_new_title_in_the_next_events_list_is_an_update_the_papers_of_that_event_print(store, tmp_path):
    first = write_csv(tmp_path / "2026.csv", [HONORIFIC_HEADER, khalid("Sheikh", "Заместитель министра экономики",
                                                                      "Deputy Minister of Economy")])  # fmt: skip
    assert run_main(store, "import", "attendees", "--event", "1", str(first)).returncode == 0
    assert "Sheikh Khalid bin Saeed Al Qasimi" in pack_text(store, tmp_path, "1")
    second = write_csv(tmp_path / "2027.csv", [HONORIFIC_HEADER, khalid("H.E. Sheikh", "Министр экономики",
                                                                       "Minister of Economy")])  # fmt: skip
    done = run_main(store, "import", "attendees", "--event", "2", str(second), "--lang", "ru")
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [
        "created 1, updated 0, skipped 0; 0 errors, 0 warnings (written)",
        "  updated: row 2: القاسمي خالد بن سعيد: обращение меняется с «Sheikh» на «H.E. Sheikh»",
    ]
    assert "H.E. Sheikh Khalid bin Saeed Al Qasimi" in pack_text(store, tmp_path, "2")
    assert card_names(store, 2) == [["Al Qasimi", "H.E. Sheikh Khalid bin Saeed"]]
    last_year = pack_text(store, tmp_path, "1")  # the 2026 papers keep the title he had then
    assert "Sheikh Khalid bin Saeed Al Qasimi" in last_year and "H.E." not in last_year
    assert card_names(store, 1) == [["Al Qasimi", "Sheikh Khalid bin Saeed"]]
    again = run_main(store, "import", "attendees", "--event", "2", str(second), "--json")
    report = json.loads(again.stdout)
    assert (report["updated"], report["skipped"], report["changes"]) == (0, 1, [])  # the same list again


def test_a_known_persons_first_honorific_is_an_update_not_a_skipped_row(store, tmp_path):
    plain = write_csv(tmp_path / "plain.csv", [HONORIFIC_HEADER, khalid("", "Министр экономики", "Minister")])
    assert run_main(store, "import", "attendees", "--event", "1", str(plain)).returncode == 0
    doctor = write_csv(tmp_path / "dr.csv", [HONORIFIC_HEADER, khalid("Dr", "Министр экономики", "Minister")])
    done = run_main(store, "import", "attendees", "--event", "1", str(doctor), "--json")
    report = json.loads(done.stdout)
    assert (report["updated"], report["skipped"], report["warnings"]) == (1, 0, [])
    assert report["changes"] == [
        {"row": 2, "message": "القاسمي خالد بن سعيد: the honorific 'Dr' is added (there was none)"}
    ]
    assert "Dr Khalid bin Saeed Al Qasimi" in pack_text(store, tmp_path, "1")


def test_an_earlier_events_list_sets_the_title_of_that_event_only(store, tmp_path):
    later = write_csv(tmp_path / "2027.csv", [HONORIFIC_HEADER, khalid("H.E. Sheikh", "Министр", "Minister")])
    assert run_main(store, "import", "attendees", "--event", "2", str(later)).returncode == 0
    earlier = write_csv(tmp_path / "2026.csv", [HONORIFIC_HEADER, khalid("Sheikh", "Министр", "Minister")])
    done = run_main(store, "import", "attendees", "--event", "1", str(earlier), "--json")
    report = json.loads(done.stdout)
    assert (report["created"], report["changes"], report["warnings"]) == (1, [], [])
    assert "Sheikh Khalid bin Saeed Al Qasimi" in pack_text(store, tmp_path, "1")
    assert "H.E." not in pack_text(store, tmp_path, "1")
    assert card_names(store, 1) == [["Al Qasimi", "Sheikh Khalid bin Saeed"]]
    corrected = write_csv(tmp_path / "2026b.csv", [HONORIFIC_HEADER, khalid("Dr", "Министр", "Minister")])
    done = run_main(store, "import", "attendees", "--event", "1", str(corrected), "--json")
    report = json.loads(done.stdout)
    assert (report["updated"], report["warnings"]) == (1, [])
    assert report["changes"] == [
        {"row": 2, "message": "القاسمي خالد بن سعيد: the honorific changes from 'Sheikh' to 'Dr'"}
    ]
    assert card_names(store, 1) == [["Dr Khalid bin Saeed Al Qasimi"]]
    assert "H.E. Sheikh Khalid bin Saeed Al Qasimi" in pack_text(store, tmp_path, "2")
    assert card_names(store, 2) == [["Al Qasimi", "H.E. Sheikh Khalid bin Saeed"]]
    db = open_store(store)
    assert [p.honorific for p in directory.list_people(db)] == ["H.E. Sheikh"]  # the default for the next
    db.close()
