"""Hostile workbooks through the command line, as a partner's file reaches it: exit 2 in one line that names the
file and the place, the store unchanged, and the process kept within 1 GB of address space."""

from __future__ import annotations

import hashlib
import random
import subprocess
import zipfile
from pathlib import Path

import openpyxl
import pytest
from cli_helpers import limited, run_main, visit_store

from protocol_app.store import open_store

MEMORY = 1024 * 1024 * 1024
MAIN = b'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return visit_store(tmp_path / "store.sqlite")


def cli(store: Path, *args: str) -> subprocess.CompletedProcess[str]:
    """The command line in a child process limited to 1 GB of address space."""
    return limited(store, *args, memory=MEMORY)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def workbook(tmp_path: Path, *sheets: str) -> Path:
    book = openpyxl.Workbook()
    book.active.title = sheets[0] if sheets else "Список"
    book.active.append(["ФИО", "Сторона"])
    book.active.append(["Русских Алексей Юрьевич", "Россия"])
    for name in sheets[1:]:
        other = book.create_sheet(name)
        other.append(["ФИО", "Сторона"])
        other.append(["Петров Пётр Петрович", "Россия"])
    path = tmp_path / "good.xlsx"
    book.save(path)
    return path


def rewrite(source: Path, target: Path, replace: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(source) as old, zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as new:
        for info in old.infolist():
            new.writestr(info.filename, replace.get(info.filename, old.read(info.filename)))
        for name in replace.keys() - set(old.namelist()):
            new.writestr(name, replace[name])
    return target


def part(path: Path, name: str) -> bytes:
    with zipfile.ZipFile(path) as z:
        return z.read(name)


def refused(store: Path, path: Path, *words: str) -> str:
    before = digest(store)
    result = cli(store, "import", "attendees", "--event", "1", str(path))
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(path) in result.stderr
    for word in words:
        assert word in result.stderr
    assert digest(store) == before
    return result.stderr


def test_a_far_cell_written_with_single_quotes_is_refused(store, tmp_path):
    good = workbook(tmp_path)
    sheet = part(good, "xl/worksheets/sheet1.xml").replace(b'r="B2"', b"r='XFD1048576'")
    path = rewrite(good, tmp_path / "far.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    refused(store, path, "sheet 'Список'", "rows")


def test_a_far_cell_under_a_namespace_prefix_is_refused(store, tmp_path):
    good = workbook(tmp_path)
    sheet = (
        b'<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>'
        b'<x:row r="1"><x:c r="A1" t="inlineStr"><x:is><x:t>Full name</x:t></x:is></x:c>'
        b'<x:c r="ZZ1"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>'
    )
    path = rewrite(good, tmp_path / "prefix.xlsx", {"xl/worksheets/sheet1.xml": sheet})
    refused(store, path, "cell ZZ1", "columns")


@pytest.mark.parametrize(
    ("cell", "words"),
    [
        ('<c r="A1" t="s"><v>\u00b2</v></c>', "shared string '\u00b2'"),
        ('<c r="A1" s="\u00b2"><v>1</v></c>', "no header row"),  # read, the style no date
    ],
)
def test_a_superscript_digit_where_a_number_belongs_is_worded_not_a_crash(store, tmp_path, cell, words):
    good = workbook(tmp_path)
    sheet = f'<worksheet {MAIN.decode()}><sheetData><row r="1">{cell}</row></sheetData></worksheet>'
    path = rewrite(good, tmp_path / "digit.xlsx", {"xl/worksheets/sheet1.xml": sheet.encode()})
    refused(store, path, words)


def test_duplicate_sheet_names_are_refused(store, tmp_path):
    good = workbook(tmp_path, "Список", "Другой")
    book = part(good, "xl/workbook.xml").replace('name="Другой"'.encode(), 'name="список"'.encode())
    path = rewrite(good, tmp_path / "twins.xlsx", {"xl/workbook.xml": book})
    refused(store, path, "two sheets named")


def test_a_relationship_prefix_bound_to_another_namespace_is_refused(store, tmp_path):
    good = workbook(tmp_path)
    book = part(good, "xl/workbook.xml")
    book = book.replace(b'r:id="rId1"', b'q:id="rId1" xmlns:q="urn:elsewhere"')
    sheet = part(good, "xl/worksheets/sheet1.xml").replace(b'r="B2"', b'r="XFD1048576"')
    path = rewrite(good, tmp_path / "rel.xlsx", {"xl/workbook.xml": book, "xl/worksheets/sheet1.xml": sheet})
    refused(store, path, "no part")


def test_one_huge_shared_string_used_by_many_cells_is_refused_in_bounded_memory(store, tmp_path):
    good = workbook(tmp_path)
    letters = bytes(97 + b % 26 for b in range(256))  # each byte to a letter a-z
    text = random.Random(1).randbytes(8 * 1024 * 1024).translate(letters)  # a few MB compressed
    strings = b"<sst " + MAIN + b"><si><t>Full name</t></si><si><t>" + text + b"</t></si></sst>"
    cells = b"".join(
        b'<c r="%s1" t="s"><v>1</v></c>' % openpyxl.utils.get_column_letter(i).encode() for i in range(2, 200)
    )
    rows = b"".join(b'<row r="%d"><c r="A%d" t="s"><v>1</v></c></row>' % (i, i) for i in range(2, 204))
    sheet = (
        b"<worksheet "
        + MAIN
        + b'><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c>'
        + cells
        + b"</row>"
        + rows
        + b"</sheetData></worksheet>"
    )
    rels = part(good, "xl/_rels/workbook.xml.rels").replace(
        b"</Relationships>",
        b'<Relationship Id="rId99" Target="sharedStrings.xml" Type="http://schemas.openxmlformats.org/'
        b'officeDocument/2006/relationships/sharedStrings"/></Relationships>',
    )
    types = part(good, "[Content_Types].xml").replace(
        b"</Types>",
        b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.'
        b'spreadsheetml.sharedStrings+xml"/></Types>',
    )
    replace = {
        "xl/sharedStrings.xml": strings,
        "xl/worksheets/sheet1.xml": sheet,
        "xl/_rels/workbook.xml.rels": rels,
        "[Content_Types].xml": types,
    }
    path = rewrite(good, tmp_path / "shared.xlsx", replace)
    refused(store, path, "string 2", "characters")


def test_a_damaged_deflate_stream_is_worded(store, tmp_path):
    good = workbook(tmp_path)
    data = bytearray(good.read_bytes())
    with zipfile.ZipFile(good) as z:
        info = z.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    for i in range(start + 5, start + min(info.compress_size, 60)):
        data[i] ^= 0x5A
    path = tmp_path / "deflate.xlsx"
    path.write_bytes(bytes(data))
    refused(store, path, "damaged")


def test_a_hidden_first_sheet_is_skipped_for_the_first_visible_one(store, tmp_path):
    book = openpyxl.Workbook()
    book.active.title = "Служебный"
    book.active.append(["ФИО", "Сторона"])
    book.active.append(["Скрытов Скрыт Скрытович", "Россия"])
    book.active.sheet_state = "hidden"
    visible = book.create_sheet("Список")
    visible.append(["ФИО", "Сторона"])
    visible.append(["Русских Алексей Юрьевич", "Россия"])
    book.active = 1
    path = tmp_path / "hidden.xlsx"
    book.save(path)
    # A good workbook: the command line in this process (the memory limit of ``cli`` is for hostile ones).
    result = run_main(store, "import", "attendees", "--event", "1", str(path), "--json")
    assert result.returncode == 0, result.stderr
    db = open_store(store)
    assert [r["surname"] for r in db["people"].rows] == ["Русских"]
    db.close()
    named = run_main(
        store, "import", "attendees", "--event", "1", str(path), "--sheet", "Служебный", "--dry-run"
    )
    assert named.returncode == 0 and "created 1," in named.stdout


def test_a_tag_of_a_million_attributes_is_refused(store, tmp_path):
    good = workbook(tmp_path)
    attributes = b" ".join(b'a%d="1"' % i for i in range(1_000_000))
    sheet = (
        b"<worksheet "
        + MAIN
        + b'><sheetData><row r="1"><c '
        + attributes
        + b"/></row></sheetData></worksheet>"
    )
    path = tmp_path / "attributes.xlsx"
    with zipfile.ZipFile(good) as old, zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as new:
        for info in old.infolist():
            new.writestr(
                info.filename,
                sheet if info.filename == "xl/worksheets/sheet1.xml" else old.read(info.filename),
            )
    refused(store, path, "more than 2 MB")
