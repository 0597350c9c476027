"""What an import would read, before it runs: for the UI's import wizard and ``--dry-run`` users."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import dataclass
from typing import Unpack

from protocol_app.importing.source import Reading, open_source
from protocol_app.words import Said

PREVIEW_ROWS = 10


@dataclass
class PreviewColumn:
    """A column of the file: its header, the field it would fill (None: not imported), its first values."""

    index: int
    header: str
    field: str | None
    samples: list[str] = dataclasses.field(default_factory=list)


@dataclass
class Preview:
    """How a file is read: format, encoding, separator, sheets, the header row and the first data rows."""

    file: str
    kind: str
    format: str  # "csv" or "xlsx"
    encoding: str | None
    separator: str | None
    sheet: str | None
    sheet_names: list[str]
    header_row: int  # its number in the file, 1-based
    columns: list[PreviewColumn]
    rows: list[tuple[int, list[str]]]  # the first data rows with their numbers in the file
    row_count: int  # data rows below the header row (blank rows not counted)
    warnings: list[Said]

    def mapping(self) -> dict[str, str]:
        """{header: field} as recognised; edit and pass back as ``mapping=`` to import."""
        return {c.header: c.field for c in self.columns if c.header and c.field}


def inspect(
    path: str | os.PathLike[str],
    *,
    kind: str = "attendees",
    **reading: Unpack[Reading],
) -> Preview:
    """Read ``path`` as an import of ``kind`` ("attendees" or "agreements") would, without touching a store."""
    source = open_source(kind, path, **reading)
    table, header = source.table, source.header
    rows = [(n, cells) for n, cells in table.rows if n > header.row and any(cells)][:PREVIEW_ROWS]
    columns = [
        PreviewColumn(
            c.index, c.header, c.field, [cells[c.index] for _, cells in rows if c.index < len(cells)]
        )
        for c in header.columns
        if c.header or any(c.index < len(cells) and cells[c.index] for _, cells in rows)
    ]
    return Preview(
        file=source.file,
        kind=kind,
        format=table.format,
        encoding=table.encoding,
        separator=table.separator,
        sheet=table.sheet,
        sheet_names=table.sheet_names,
        header_row=header.row,
        columns=columns,
        rows=rows,
        row_count=source.data_rows(),
        warnings=list(header.warnings),
    )
