"""Fuzzing the import from the command line: mutated CSV and XLSX files and the hostile shapes of issue 13.

Whatever the file, the command ends with exit 0 or 2; an exit 2 is one line on stderr and leaves the store as it
was. The budget is fixed (a few hundred examples, the same on every run unless HYPOTHESIS_PROFILE=explore: see
conftest.py) so the suite stays within a CI minute or two.
"""

from __future__ import annotations

import contextlib
import io
import sqlite3
import tempfile
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from protocol_app.cli.main import main
from protocol_app.model import NewEvent, NewSide
from protocol_app.store import open_store
from protocol_app.store.events import add_side, create_event

FUZZ = settings(
    max_examples=120,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
GOOD_CSV = (
    "Список делегации\n"
    "№;ФИО;Должность;Сторона;Приоритет;E-mail\n"
    "1;Русских Алексей Юрьевич;Губернатор;Россия;1;a@example.org\n"
    '2;"Петров Пётр ""младший"" Петрович";Министр;Россия;2;\n'
).encode()
MAIN = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"'
HOSTILE = [
    b"<c r='XFD1048576'><v>1</v></c>",
    b'<c r="A1048577"><v>1</v></c>',
    b'<c r="ZZZ1" t="s"><v>0</v></c>',
    b'<c r="A1" t="s"><v>99999999999</v></c>',
    b'<c r="B1" t="inlineStr"><is><t>' + b"x" * 40_000 + b"</t></is></c>",
    b"<x:c xmlns:x='urn:other' r='A1'><x:v>1</x:v></x:c>",
    b"<!DOCTYPE x [<!ENTITY a 'aaaa'>]>",
    b"&a;",
    b"<c><c><c><c>" * 20,
    b'<row r="0"/>',
    b'<row r="99999999999999999999"/>',
    b'<c r="A1" t="n" s="99999999999"><v>1e308</v></c>',
    b'<c r="A1" t="b"><v>2</v></c>',
    b'<c r="A1" t="d"><v>not a date</v></c>',
    b"\x00\xff\xfe",
]


@pytest.fixture(scope="module")
def store() -> Path:
    folder = Path(tempfile.mkdtemp())
    path = folder / "store.sqlite"
    db = open_store(path)
    event_id = create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    add_side(db, NewSide(event_id=event_id, name="Россия", host=True))
    db.close()
    return path


@pytest.fixture(scope="module")
def good_xlsx() -> bytes:
    book = openpyxl.Workbook()
    book.active.append(["ФИО", "Должность", "Сторона", "Приоритет"])
    book.active.append(["Русских Алексей Юрьевич", "Губернатор", "Россия", 1])
    book.active.append(["Петров Пётр Петрович", "Министр", "Россия", 2])
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def commits(store: Path) -> Iterator[Callable[[], int]]:
    """A count that moves whenever a transaction is committed to the store by another connection (SQLite's
    ``PRAGMA data_version``, read by a plain connection of its own): the same count before and after an
    import means nothing was written, whatever the store holds (cheaper than a dump, which grows with it)."""
    conn = sqlite3.connect(store)
    yield lambda: conn.execute("PRAGMA data_version").fetchone()[0]
    conn.close()


def run_import(store: Path, file: Path, *extra: str) -> tuple[int, str]:
    err = io.StringIO()
    out = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    with contextlib.redirect_stderr(err), contextlib.redirect_stdout(out):
        status = main(
            ["--db", str(store), "import", "attendees", "--event", "1", str(file), "--json", *extra]
        )
    return status, err.getvalue()


def check(store: Path, commits: Callable[[], int], file: Path, *extra: str) -> None:
    before = commits()
    status, err = run_import(store, file, *extra)
    assert status in (0, 2), err
    if status == 2:
        assert err.count("\n") == 1 and "Traceback" not in err and str(file) in err, err
        assert commits() == before  # a refused file wrote nothing


def test_the_commit_count_moves_with_an_import_and_not_with_a_refusal(store, commits, tmp_path):
    """The fuzz tests' check can fail: a good list is written (the count moves), a refused one is not."""
    good, bad = tmp_path / "good.csv", tmp_path / "bad.csv"
    good.write_bytes(GOOD_CSV.replace("Русских".encode(), "Нерусских".encode()))
    bad.write_bytes(b"\x00" * 64)
    before = commits()
    assert run_import(store, good)[0] == 0
    assert commits() != before
    before = commits()
    assert run_import(store, bad)[0] == 2
    assert commits() == before


def mutate(data: bytes, edits: list[tuple[int, int, bytes]]) -> bytes:
    out = bytearray(data)
    for position, cut, insert in edits:
        at = position % (len(out) + 1)
        out[at : at + cut] = insert
    return bytes(out)


EDITS = st.lists(
    st.tuples(
        st.integers(0, 10_000),
        st.integers(0, 8),
        st.one_of(
            st.binary(max_size=8),
            st.sampled_from([b";", b'"', b"\n", b"\r", b"\t", b"\x00", b"\xef\xbb\xbf", b"\xd0", b"sep=,\n"]),
        ),
    ),
    max_size=6,
)


@FUZZ
@given(edits=EDITS, encoding=st.sampled_from([[], ["--encoding", "cp1251"], ["--separator", ","]]))
def test_mutated_csv_files(store, commits, tmp_path_factory, edits, encoding):
    file = tmp_path_factory.mktemp("csv") / "list.csv"
    file.write_bytes(mutate(GOOD_CSV, edits))
    check(store, commits, file, *encoding)


@FUZZ
@given(
    part=st.sampled_from(["xl/worksheets/sheet1.xml", "xl/workbook.xml", "xl/_rels/workbook.xml.rels"]),
    edits=st.lists(
        st.tuples(
            st.integers(0, 5_000),
            st.integers(0, 12),
            st.one_of(st.sampled_from(HOSTILE), st.binary(max_size=6)),
        ),
        min_size=1,
        max_size=4,
    ),
)
def test_mutated_xlsx_parts(store, commits, tmp_path_factory, good_xlsx, part, edits):
    file = tmp_path_factory.mktemp("xlsx") / "list.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(good_xlsx)) as old,
        zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as new,
    ):
        for info in old.infolist():
            data = old.read(info.filename)
            new.writestr(info.filename, mutate(data, edits) if info.filename == part else data)
    check(store, commits, file)


@FUZZ
@given(
    edits=st.lists(
        st.tuples(st.integers(0, 20_000), st.integers(0, 4), st.binary(max_size=4)), min_size=1, max_size=4
    )
)
def test_mutated_xlsx_bytes(store, commits, tmp_path_factory, good_xlsx, edits):
    file = tmp_path_factory.mktemp("zip") / "list.xlsx"
    file.write_bytes(mutate(good_xlsx, edits))
    check(store, commits, file)


@pytest.mark.parametrize("shape", HOSTILE, ids=range(len(HOSTILE)))
def test_each_hostile_shape_in_a_good_sheet(store, commits, tmp_path, good_xlsx, shape):
    file = tmp_path / "shape.xlsx"
    with (
        zipfile.ZipFile(io.BytesIO(good_xlsx)) as old,
        zipfile.ZipFile(file, "w", zipfile.ZIP_DEFLATED) as new,
    ):
        for info in old.infolist():
            data = old.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                cut = data.rindex(b"</row>")
                data = data[:cut] + shape + data[cut:]
            new.writestr(info.filename, data)
    check(store, commits, file)
