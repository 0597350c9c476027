"""Exported attendee lists read back (csv, openpyxl, python-docx, pypdf) and compared with the store."""

from __future__ import annotations

import csv
import datetime
from pathlib import Path

import openpyxl
import pytest
from docx import Document as WordDocument
from pdf_text import text_of_pdf

from protocol_app.errors import UserError
from protocol_app.exporting import attendee_list, export_attendees
from protocol_app.importing import import_attendees
from protocol_app.model import NewEvent, NewSide
from protocol_app.precedence import ordered_attendees
from protocol_app.store.events import add_side, create_event
from protocol_app.store.list_exports import list_exports, list_rows

HEADER = ["ФИО", "Должность", "Организация", "Сторона", "Приоритет", "Паспорт", "Дата рождения"]
ROWS = [
    ["Пархомчик Пётр Александрович", "Заместитель Премьер-министра", "Правительство Республики Беларусь",
     "Беларусь", "1", "MP1234567", "02.03.1970"],
    ["Русских Алексей Юрьевич", "Губернатор Ульяновской области", "Правительство Ульяновской области", "Россия",
     "1", "", ""],
    ["Іваноўскі Сяргей Мікалаевіч", "Дырэктар", "ААТ «Гомсельмаш»", "Беларусь", "2", "", ""],
    ["Фёдорова Анна Петровна", "Министр", "Правительство Ульяновской области", "Россия", "2", "", ""],
    ['=HYPERLINK("http://x","y")', "+7 (900) 000", "@SUM(A1)", "Россия", "3", "", ""],
]  # fmt: skip
NAMES = [
    "Русских Алексей Юрьевич",
    "Фёдорова Анна Петровна",
    '=HYPERLINK("http://x","y")',
    "Пархомчик Пётр Александрович",
    "Іваноўскі Сяргей Мікалаевіч",
]  # host side first, then by precedence


@pytest.fixture
def event(db, tmp_path):
    """The Done-when list (Windows-1251, ';') imported into an event; yields (db, event_id)."""
    event_id = create_event(
        db,
        NewEvent(
            title="Визит делегации", title_en="Delegation visit", date="2026-07-07", city="Екатеринбург"
        ),
    )
    add_side(db, NewSide(event_id=event_id, name="Россия", name_en="Russia", host=True))
    add_side(db, NewSide(event_id=event_id, name="Беларусь", name_en="Belarus", host=False))
    path = tmp_path / "partner.csv"
    with path.open("w", encoding="cp1251", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows([HEADER, *ROWS])
    assert import_attendees(db, event_id, path).ok
    assert import_attendees(db, event_id, path).created == 0
    return db, event_id


def read_csv(path: Path, encoding: str = "utf-8-sig") -> list[list[str]]:
    with path.open(encoding=encoding, newline="") as handle:
        return list(csv.reader(handle, delimiter=";"))


def test_the_list_is_in_store_order_side_then_precedence(event):
    db, event_id = event
    listing = attendee_list(db, event_id)
    column = listing.index("full_name")
    assert [row[column] for row in listing.rows] == NAMES
    assert [a.person.full_name for a, _ in ordered_attendees(db, event_id)] == NAMES


def test_csv_is_utf8_with_bom_and_semicolons_and_neutralises_formulas(event, tmp_path):
    db, event_id = event
    path = export_attendees(db, event_id, tmp_path / "list.csv")
    assert path.read_bytes().startswith(b"\xef\xbb\xbf")
    rows = read_csv(path)
    assert rows[0] == [
        "№",
        "Сторона",
        "Приоритет",
        "ФИО",
        "Должность",
        "Организация",
        "Роль",
        "Имя латиницей",
    ]
    assert [r[3] for r in rows[1:]] == ["Русских Алексей Юрьевич", "Фёдорова Анна Петровна",
                                        "'=HYPERLINK(\"http://x\",\"y\")", "Пархомчик Пётр Александрович",
                                        "Іваноўскі Сяргей Мікалаевіч"]  # fmt: skip
    hostile = rows[3]
    assert hostile[4] == "'+7 (900) 000" and hostile[5] == "'@SUM(A1)"
    assert all(not cell.startswith(("=", "+", "-", "@", "\t", "\r", "\n")) for row in rows for cell in row)
    assert [r[1] for r in rows[1:]] == ["Россия"] * 3 + ["Беларусь"] * 2
    assert [r[2] for r in rows[1:]] == ["1", "2", "3", "1", "2"]


def test_csv_in_windows_1251_keeps_cyrillic_and_belarusian(event, tmp_path):
    db, event_id = event
    path = export_attendees(db, event_id, tmp_path / "list.csv", encoding="cp1251")
    rows = read_csv(path, encoding="cp1251")
    assert rows[5][3] == "Іваноўскі Сяргей Мікалаевіч" and rows[4][5] == "Правительство Республики Беларусь"


def test_csv_in_windows_1251_refuses_letters_it_lacks(event, tmp_path):
    db, event_id = event
    path = tmp_path / "kz.csv"
    with path.open("w", encoding="utf-8") as handle:
        csv.writer(handle, delimiter=";").writerows(
            [HEADER[:4], ["Тоқаев Қасым-Жомарт Кемелұлы", "", "", "Беларусь"]]
        )
    assert import_attendees(db, event_id, path).ok
    with pytest.raises(UserError, match="Windows-1251") as caught:
        export_attendees(db, event_id, tmp_path / "out.csv", encoding="cp1251")
    assert caught.value.column == "ФИО" and caught.value.row == 7


def test_personal_data_only_when_asked(event, tmp_path):
    db, event_id = event
    plain = read_csv(export_attendees(db, event_id, tmp_path / "plain.csv"))
    assert "Паспорт" not in plain[0] and not any("MP1234567" in cell for row in plain for cell in row)
    personal = read_csv(export_attendees(db, event_id, tmp_path / "personal.csv", include_personal=True))
    assert personal[0][-2:] == ["Паспорт", "Дата рождения"]
    assert personal[4][-2:] == ["MP1234567", "02.03.1970"]
    remembered = list_rows(db, list_exports(db, event_id)[-1].id)  # what the change list compares with
    assert (
        remembered[3].fields["birth_date"] == "1970-03-02" and remembered[3].fields["passport"] == "MP1234567"
    )
    for fmt in ("xlsx", "docx", "pdf"):
        path = export_attendees(db, event_id, tmp_path / f"plain.{fmt}")
        assert "MP1234567" not in document_text(path)
    assert "MP1234567" in document_text(
        export_attendees(db, event_id, tmp_path / "p.pdf", include_personal=True)
    )


def test_xlsx_has_typed_columns_bold_frozen_header_filter_and_a4(event, tmp_path):
    db, event_id = event
    path = export_attendees(db, event_id, tmp_path / "list.xlsx", include_personal=True)
    sheet = openpyxl.load_workbook(path).active
    assert [c.value for c in sheet[1]][:4] == ["№", "Сторона", "Приоритет", "ФИО"]
    assert all(c.font.b for c in sheet[1])
    assert sheet.freeze_panes == "A2" and sheet.auto_filter.ref == "A1:J6"
    assert int(sheet.page_setup.paperSize) == 9 and sheet.print_title_rows == "$1:$1"
    assert [sheet.cell(r, 4).value for r in range(2, 7)] == NAMES
    assert [sheet.cell(r, 3).value for r in range(2, 7)] == [1, 2, 3, 1, 2]
    assert sheet.cell(5, 10).value == datetime.datetime(1970, 3, 2)
    assert sheet.column_dimensions["D"].width > sheet.column_dimensions["A"].width


def test_xlsx_stores_formula_like_names_as_text(event, tmp_path):
    db, event_id = event
    sheet = openpyxl.load_workbook(export_attendees(db, event_id, tmp_path / "list.xlsx")).active
    name, position, org = sheet.cell(4, 4), sheet.cell(4, 5), sheet.cell(4, 6)
    assert name.value == '=HYPERLINK("http://x","y")' and name.data_type == "s"
    assert position.data_type == "s" and org.data_type == "s"
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)


def test_docx_is_a_titled_table_with_the_store_rows(event, tmp_path):
    db, event_id = event
    word = WordDocument(str(export_attendees(db, event_id, tmp_path / "list.docx")))
    text = "\n".join(p.text for p in word.paragraphs)
    assert "Список участников" in text and "Визит делегации" in text and "7 июля 2026 г." in text
    assert [p.text for p in word.paragraphs if p.text in ("Россия", "Беларусь")] == ["Россия", "Беларусь"]
    assert len(word.tables) == 2  # one table per side, under the side's name
    names = []
    for table in word.tables:
        cells = [[c.text for c in row.cells] for row in table.rows]
        assert cells[0][:2] == ["№", "ФИО"]
        assert table.rows[0]._tr.xpath("./w:trPr/w:tblHeader"), "the header row repeats on every page"
        names += [row[1] for row in cells[1:]]
    assert names == NAMES


def test_pdf_holds_every_name_in_cyrillic_and_belarusian(event, tmp_path):
    db, event_id = event
    text = document_text(export_attendees(db, event_id, tmp_path / "list.pdf"))
    assert "Список участников" in text and "Визит делегации" in text
    for name in ("Русских Алексей", "Фёдорова Анна", "Пархомчик Пётр", "Іваноўскі Сяргей"):
        assert name in " ".join(text.split())


def test_english_list_uses_latin_names_and_english_words(event, tmp_path):
    db, event_id = event
    rows = read_csv(export_attendees(db, event_id, tmp_path / "en.csv", lang="en"))
    assert rows[0][:4] == ["No.", "Side", "Precedence", "Full name"]
    assert rows[1][1] == "Russia" and rows[1][3] == "RUSSKIKH Aleksei" and rows[1][6] == "head of delegation"
    text = document_text(export_attendees(db, event_id, tmp_path / "en.pdf", lang="en"))
    assert "List of participants" in text and "Delegation visit" in text and "7 July 2026" in text


def test_wrong_format_or_folder_is_a_user_error(event, tmp_path):
    db, event_id = event
    with pytest.raises(UserError, match="format"):
        export_attendees(db, event_id, tmp_path / "list.odt")
    with pytest.raises(UserError):
        export_attendees(db, event_id, tmp_path / "missing" / "list.csv")


def document_text(path: Path) -> str:
    if path.suffix == ".pdf":
        return text_of_pdf(path, "\n")
    if path.suffix == ".docx":
        word = WordDocument(str(path))
        return "\n".join(c.text for t in word.tables for row in t.rows for c in row.cells)
    sheet = openpyxl.load_workbook(path).active
    return "\n".join(str(c.value) for row in sheet.iter_rows() for c in row)


def test_an_event_without_attendees_exports_empty_lists(db, tmp_path):
    event_id = create_event(db, NewEvent(title="Пусто", date="2026-07-07"))
    for fmt in ("csv", "xlsx", "docx", "pdf"):
        path = export_attendees(db, event_id, tmp_path / f"empty.{fmt}")
        assert path.stat().st_size > 0
    assert len(read_csv(tmp_path / "empty.csv")) == 1
    assert "Участников нет" in document_text(tmp_path / "empty.pdf")


def test_cancelled_participants_are_left_out(event, tmp_path):
    db, event_id = event
    db.execute("UPDATE participants SET status = 'cancelled' WHERE id = (SELECT MIN(id) FROM participants)")
    names = [row[3] for row in read_csv(export_attendees(db, event_id, tmp_path / "list.csv"))[1:]]
    assert "Пархомчик Пётр Александрович" not in names and len(names) == 4
