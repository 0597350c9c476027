"""Hostile and broken files: a clear UserError, and the store untouched."""

from __future__ import annotations

import contextlib
import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from protocol_app.errors import UserError
from protocol_app.importing import import_attendees, inspect
from protocol_app.importing.table import MAX_ROWS
from protocol_app.model import NewEvent, NewSide
from protocol_app.store.events import add_side, create_event


@pytest.fixture
def event(db):
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    return db, event_id


def snapshot(db) -> list:
    return [
        list(db.execute(f"SELECT * FROM {t} ORDER BY 1")) for t in ("people", "participants", "organisations")
    ]


def refused(db, event_id: int, path: Path, match: str) -> None:
    before = snapshot(db)
    with pytest.raises(UserError, match=match) as caught:
        import_attendees(db, event_id, path)
    assert str(path) in str(caught.value)  # says which file
    assert snapshot(db) == before


def a_workbook(tmp_path: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["ФИО", "Сторона"])
    book.active.append(["Русских Алексей Юрьевич", "Россия"])
    path = tmp_path / "good.xlsx"
    book.save(path)
    return path


def rewrite(
    source: Path, target: Path, replace: dict[str, bytes], method: int = zipfile.ZIP_DEFLATED
) -> Path:
    """A copy of the workbook ``source`` with some parts replaced."""
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", method) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        for name in replace.keys() - set(old.namelist()):
            new.writestr(name, replace[name])
    return target


def declare_size(path: Path, part: str, size: int) -> Path:
    """Make the zip's central directory claim that ``part`` unpacks to ``size`` bytes."""
    data = bytearray(path.read_bytes())
    start = 0
    while (start := data.find(b"PK\x01\x02", start)) >= 0:
        name_length = int.from_bytes(data[start + 28 : start + 30], "little")
        if data[start + 46 : start + 46 + name_length] == part.encode():
            data[start + 24 : start + 28] = size.to_bytes(4, "little")
        start += 4
    path.write_bytes(bytes(data))
    return path


def test_a_zip_bomb_is_refused_by_its_declared_size(event, tmp_path):
    db, event_id = event
    good = a_workbook(tmp_path)
    path = rewrite(good, tmp_path / "bomb.xlsx", {"xl/sharedStrings.xml": b"<sst/>" * 1000})
    refused(db, event_id, declare_size(path, "xl/sharedStrings.xml", 4_000_000_000), "zip bomb")


def test_a_part_bigger_than_its_directory_says_is_caught(event, tmp_path):
    db, event_id = event
    good = a_workbook(tmp_path)
    path = rewrite(
        good, tmp_path / "liar.xlsx", {"xl/sharedStrings.xml": b"<sst>" + b"x" * 500_000 + b"</sst>"}
    )
    refused(db, event_id, declare_size(path, "xl/sharedStrings.xml", 1000), "damaged")


def test_a_highly_compressed_part_is_refused(event, tmp_path):
    db, event_id = event
    good = a_workbook(tmp_path)
    part = b"<x>" + b"A" * (20 * 1024 * 1024) + b"</x>"
    refused(db, event_id, rewrite(good, tmp_path / "ratio.xlsx", {"docProps/app.xml": part}), "zip bomb")


def test_an_xml_bomb_is_refused_before_it_expands(event, tmp_path):
    db, event_id = event
    good = a_workbook(tmp_path)
    laughs = (
        b'<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
        + b"".join(
            b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i > 1 else b"&lol;") * 10)
            for i in range(1, 10)
        )
        + b']>\n<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><si><t>&lol9;</t></si></sst>'
    )
    path = rewrite(good, tmp_path / "lol.xlsx", {"xl/sharedStrings.xml": laughs})
    refused(db, event_id, path, "XML bomb")
    with zipfile.ZipFile(good) as z:
        workbook = z.read("xl/workbook.xml")
    doctype = b'<?xml version="1.0"?>\n<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n' + workbook
    refused(db, event_id, rewrite(good, tmp_path / "xxe.xlsx", {"xl/workbook.xml": doctype}), "XML bomb")


@pytest.mark.parametrize(
    ("name", "content", "match"),
    [
        ("empty.csv", b"", "empty"),
        ("image.csv", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4, "an image"),
        ("binary.xlsx", bytes(range(256)) * 64, "not a spreadsheet"),
        ("old.xls", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512, "Excel 97-2003"),
        ("doc.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n", "PDF"),
        ("notes.txt", "Просто письмо без таблицы.\nДо встречи!\n".encode("cp1251"), "no header row"),
        ("damaged.xlsx", b"PK\x03\x04" + b"\x00" * 200, "damaged"),
    ],
)
def test_files_that_are_not_lists(event, tmp_path, name, content, match):
    db, event_id = event
    path = tmp_path / name
    path.write_bytes(content)
    refused(db, event_id, path, match)


def test_a_zip_that_is_no_workbook(event, tmp_path):
    db, event_id = event
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("readme.txt", "hello")
    path = tmp_path / "archive.xlsx"
    path.write_bytes(buffer.getvalue())
    refused(db, event_id, path, "not an Excel workbook")


def test_a_too_big_file_is_refused_by_its_size(event, tmp_path):
    db, event_id = event
    path = tmp_path / "big.csv"
    with path.open("wb") as handle:
        handle.truncate(40 * 1024 * 1024)
    refused(db, event_id, path, "lists up to 32 MB")


def test_a_million_row_csv_is_refused_by_the_row_limit(event, tmp_path):
    db, event_id = event
    path = tmp_path / "million.csv"
    with path.open("w", encoding="utf-8") as handle:
        handle.write("ФИО;Сторона\n")
        handle.writelines(f"И{i};Р\n" for i in range(1_000_000))
    refused(db, event_id, path, f"more than {MAX_ROWS:,} rows")


def test_a_huge_xlsx_sheet_is_refused_before_it_is_loaded(event, tmp_path):
    db, event_id = event
    good = a_workbook(tmp_path)
    rows = b"".join(
        b'<row r="%d"><c r="A%d"><v>%d</v></c></row>' % (i, i, i) for i in range(1, MAX_ROWS + 100)
    )
    sheet = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    sheet += rows + b"</sheetData></worksheet>"
    refused(db, event_id, rewrite(good, tmp_path / "rows.xlsx", {"xl/worksheets/sheet1.xml": sheet}), "rows")
    far = sheet.replace(b'<c r="A1">', b'<c r="ZZ1">', 1)[:300] + b"</row></sheetData></worksheet>"
    refused(db, event_id, rewrite(good, tmp_path / "wide.xlsx", {"xl/worksheets/sheet1.xml": far}), "columns")


def test_a_wrong_encoding_given_by_hand_says_so(tmp_path):
    path = tmp_path / "list.csv"
    path.write_bytes("ФИО;Сторона\nРусских Алексей;Россия\n".encode("cp1251"))
    with pytest.raises(UserError, match="not in utf-8"):
        inspect(path, encoding="utf-8")
    assert inspect(path, encoding="cp1251").rows[0][1][0] == "Русских Алексей"


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(content=st.binary(max_size=2000))
def test_any_bytes_give_a_preview_or_a_user_error(tmp_path, content):
    path = tmp_path / "any.csv"
    path.write_bytes(content)
    with contextlib.suppress(UserError):
        inspect(path)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cells=st.lists(st.lists(st.text(max_size=30), min_size=1, max_size=6), max_size=8))
def test_any_cells_under_a_header_give_a_report(db, tmp_path, cells):
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    path = tmp_path / "cells.csv"
    with path.open("w", encoding="utf-8", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(
            [["ФИО", "Должность", "Приоритет", "Пол", "E-mail"], *cells]
        )
    before = snapshot(db)
    try:
        report = import_attendees(db, event_id, path, separator=";")
    except UserError:  # a file-level problem (e.g. a NUL character: not text)
        assert snapshot(db) == before
        return
    assert report.written == (not report.errors)
    if report.errors:
        assert snapshot(db) == before


def test_an_xml_bomb_in_utf16_is_refused_and_one_under_another_name_never_read(event, tmp_path):
    db, event_id = event
    good = a_workbook(tmp_path)
    bomb = '<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE x [<!ENTITY a "aaaa">]><x>&a;</x>'
    utf16 = rewrite(good, tmp_path / "u16.xlsx", {"xl/sharedStrings.xml": bomb.encode("utf-16")})
    refused(db, event_id, utf16, "XML bomb")
    other = rewrite(good, tmp_path / "other.xlsx", {"xl/worksheets/sheet2": bomb.encode("utf-8")})
    assert import_attendees(db, event_id, other).created == 1  # a part no sheet names is never parsed
