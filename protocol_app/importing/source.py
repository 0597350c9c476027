"""A table read and understood: the raw rows, the header row found, and the data rows as {field: text}."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from operator import itemgetter
from pathlib import Path
from typing import TypedDict, Unpack

from protocol_app.importing.headers import IGNORE, HeaderMatch, find_header, standard_header
from protocol_app.importing.reading import read_table
from protocol_app.importing.report import ImportReport
from protocol_app.importing.table import RawTable
from protocol_app.words import said

# The first cell of a total row at the foot of a list: «Итого: 2», «Всего участников — 5», "Total".
TOTAL_ROW = re.compile(r"^(?:итого|всего|total|grand total|in total)\b", re.IGNORECASE)


@dataclass(slots=True)
class Record:
    """One data row: its number in the file, its values by field, and the header of each field's column."""

    row: int
    values: dict[str, str]
    headers: dict[str, str]
    lone: str = ""  # the text of a row that fills one cell only (a section title such as a side's name)
    first: str = ""  # the row's first filled cell, in any column (a total row's «Итого:»)

    def get(self, name: str) -> str:
        return self.values.get(name, "")

    def column(self, name: str) -> str:
        """The header of the column that holds ``name``, for error messages; for a column the file lacks,
        the header a list writes for it («Сторона 2»)."""
        return self.headers.get(name) or standard_header(name)


@dataclass
class Source:
    """A file read as a table, with its header row and the columns' fields."""

    file: str
    table: RawTable
    header: HeaderMatch

    def records(self) -> Iterator[Record]:
        """The data rows below the header row, without blank rows."""
        known = [(c.index, c.field, c.header) for c in self.header.columns if c.field and c.field != IGNORE]
        first: dict[str, tuple[int, str]] = {}
        for index, name, header in known:
            first.setdefault(name, (index, header))
        headers = {name: header for name, (_, header) in first.items()}
        names = list(first)
        columns = [index for index, _ in first.values()]
        width = max(columns, default=-1) + 1
        pick = itemgetter(*columns) if len(columns) > 1 else None  # one C call for a full row's values
        header_row = self.header.row
        for number, cells in self.table.rows:
            if number <= header_row:
                continue
            size = len(cells)
            blank = cells.count("")  # cells are text: a cell is filled when it is not ""
            if blank == size:
                continue
            if pick is not None and size >= width:
                values = dict(zip(names, pick(cells), strict=True))
            else:
                values = {name: cells[i] if i < size else "" for name, i in zip(names, columns, strict=True)}
            head = cells[0] or next(c for c in cells if c)  # a list's first column is mostly filled
            yield Record(number, values, headers, head if blank == size - 1 else "", head)

    def data_rows(self) -> int:
        """How many non-blank rows follow the header row."""
        return sum(1 for n, cells in self.table.rows if n > self.header.row and any(cells))


class Reading(TypedDict, total=False):
    """How to read a list where the user says so (else it is found from the file): the text's encoding, the
    CSV's separator, the workbook's sheet, and what the columns hold that are not recognised (header: field)."""

    encoding: str | None
    separator: str | None
    sheet: str | None
    mapping: dict[str, str] | None


def open_source(kind: str, path: str | os.PathLike[str], **reading: Unpack[Reading]) -> Source:
    """Read ``path`` and find its header row for ``kind`` ("attendees" or "agreements")."""
    table = read_table(
        path, encoding=reading.get("encoding"), separator=reading.get("separator"), sheet=reading.get("sheet")
    )
    file = str(Path(path))
    return Source(file, table, find_header(kind, table.rows, reading.get("mapping"), file))


def skip_total(report: ImportReport, record: Record) -> None:
    """Warn that ``record`` is a total row (``TOTAL_ROW``), which the import skips."""
    text = next((v for v in (record.first, *record.values.values()) if TOTAL_ROW.match(v)), record.first)
    report.warn(record.row, f"row {record.row} ({text!r}) is a total row, not an entry; it is skipped")


def check_rows(report: ImportReport, source: Source, rows: int) -> None:
    """What the officer must know once the rows are read: no row under the header is an error (the partner's
    empty template, or the wrong file or sheet: "done, 0 created" would let him believe the list is in);
    other sheets of the workbook that hold values, not read, are a warning (a partner's workbook may keep a
    delegation a sheet)."""
    if not rows:
        header = source.header.row
        sheet = (
            f" (sheet {source.table.sheet!r}; is the list on another sheet?)" if source.table.sheet else ""
        )
        report.error(
            header, None, f"the file has no rows under its header (row {header}): nothing to import{sheet}"
        )
    elif source.table.unread:
        others = tuple(said("quoted", text=name) for name in source.table.unread)
        report.warn(
            None, said("sheets_not_read", sheet=said("quoted", text=source.table.sheet), others=others)
        )
