"""A table read and understood: the raw rows, the header row found, and the data rows as {field: text}."""

from __future__ import annotations

import os
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from protocol_app.importing.headers import IGNORE, HeaderMatch, find_header
from protocol_app.importing.reading import RawTable, read_table


@dataclass
class Record:
    """One data row: its number in the file, its values by field, and the header of each field's column."""

    row: int
    values: dict[str, str]
    headers: dict[str, str]
    lone: str = ""  # the text of a row that fills one cell only (a section title such as a side's name)

    def get(self, name: str) -> str:
        return self.values.get(name, "")

    def column(self, name: str) -> str:
        """The header of the column that holds ``name``, for error messages."""
        return self.headers.get(name, name)


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
        for number, cells in self.table.rows:
            if number <= self.header.row:
                continue
            filled = [c for c in cells if c]
            if not filled:
                continue
            values = {name: cells[i] if i < len(cells) else "" for name, (i, _) in first.items()}
            lone = filled[0] if len(filled) == 1 else ""
            yield Record(number, values, headers, lone)

    def data_rows(self) -> int:
        """How many non-blank rows follow the header row."""
        return sum(1 for n, cells in self.table.rows if n > self.header.row and any(cells))


def open_source(
    kind: str,
    path: str | os.PathLike[str],
    *,
    encoding: str | None = None,
    separator: str | None = None,
    sheet: str | None = None,
    mapping: dict[str, str] | None = None,
) -> Source:
    """Read ``path`` and find its header row for ``kind`` ("attendees" or "agreements")."""
    table = read_table(path, encoding=encoding, separator=separator, sheet=sheet)
    file = str(Path(path))
    return Source(file, table, find_header(kind, table.rows, mapping, file))
