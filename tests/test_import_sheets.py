"""A partner's workbook with a sheet a delegation: the import reads one sheet and says which others hold a
list, so none is left out unnoticed; the empty sheets of a new workbook say nothing."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from protocol_app.importing import import_agreements, import_attendees
from protocol_app.model import NewEvent, NewSide
from protocol_app.store.events import add_side, create_event

HEADER = ["ФИО", "Должность", "Сторона"]


@pytest.fixture
def event(db):
    event_id = create_event(db, NewEvent(title="Форум", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="ОАЭ", name_en="UAE", host=False))
    add_side(db, NewSide(event_id=event_id, name="Индия", name_en="India", host=False))
    return db, event_id


def workbook(path: Path, sheets: dict[str, list[list[str]]], hidden: tuple[str, ...] = ()) -> Path:
    book = openpyxl.Workbook()
    book.remove(book.active)
    for name, rows in sheets.items():
        sheet = book.create_sheet(name)
        for row in rows:
            sheet.append(row)
        if name in hidden:
            sheet.sheet_state = "hidden"
    book.save(path)
    return path


UAE = [HEADER, ["Аль Марри Абдулла", "Министр экономики", "ОАЭ"]]
INDIA = [HEADER, ["Гоял Пиюш", "Министр торговли", "Индия"]]


def test_another_sheet_holding_a_list_is_named_in_a_warning_in_the_reports_language(event, tmp_path):
    db, event_id = event
    path = workbook(tmp_path / "guests.xlsx", {"UAE": UAE, "India": INDIA, "Лист3": []})
    report = import_attendees(db, event_id, path)
    assert report.created == 1
    assert [(w.row, w.text("en")) for w in report.warnings] == [
        (None, "only the sheet 'UAE' was read; the sheets 'India' hold values too and were not read: import each "
         "sheet on its own")
    ]  # fmt: skip
    assert (
        report.warnings[0]
        .text("ru")
        .startswith("прочитан только лист «UAE»; в листах «India» тоже есть данные")
    )
    again = import_attendees(db, event_id, path, sheet="India")  # the sheet named: nothing more to say
    assert again.created == 1 and again.warnings == []


@pytest.mark.parametrize(
    "others",
    [{"Лист2": [], "Лист3": []}, {"Лист2": [[None, None]]}, {"India": INDIA}],
    ids=["empty sheets", "a sheet of blank cells", "a hidden sheet"],
)
def test_empty_and_hidden_sheets_say_nothing(event, tmp_path, others):
    db, event_id = event
    path = workbook(tmp_path / "guests.xlsx", {"UAE": UAE, **others}, hidden=("India",))
    report = import_attendees(db, event_id, path)
    assert report.created == 1 and report.warnings == []


def test_an_agreements_workbook_says_it_too(event, tmp_path):
    db, event_id = event
    import_attendees(db, event_id, workbook(tmp_path / "people.xlsx", {"UAE": UAE}))
    import_attendees(db, event_id, workbook(tmp_path / "people.xlsx", {"India": INDIA}))
    rows = [["Название", "Сторона 1", "Сторона 2"], ["Меморандум о сотрудничестве", "ОАЭ", "Индия"]]
    path = workbook(tmp_path / "agreements.xlsx", {"2026": rows, "2025": rows})
    report = import_agreements(db, event_id, path)
    assert [w.text("en") for w in report.warnings if w.row is None] == [
        "only the sheet '2026' was read; the sheets '2025' hold values too and were not read: import each sheet "
        "on its own"
    ]
