"""The attendee list as CSV: UTF-8 with a BOM and ``;`` (Russian Excel opens it), or Windows-1251."""

from __future__ import annotations

import csv
from datetime import date
from pathlib import Path

from protocol_app.errors import UserError
from protocol_app.exporting.cells import neutralise
from protocol_app.exporting.listing import AttendeeList
from protocol_app.words import said


def write_csv(
    listing: AttendeeList, path: Path, *, encoding: str = "utf-8-sig", separator: str = ";"
) -> None:
    """Write the list; every text cell that could run as a formula starts with an apostrophe.

    Windows-1251 has no letters of some languages (Kazakh ұ, қ...): such a name is an error that says where,
    never a silently broken name.
    """
    if encoding not in ("utf-8-sig", "utf-8", "cp1251"):
        raise UserError(said("bad_encoding_choice", value=encoding))
    rows = [[c.title for c in listing.columns]]
    rows += [[_text(v) for v in row] for row in listing.rows]
    if encoding == "cp1251":
        _check_cp1251(listing, rows)
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=separator, lineterminator="\r\n").writerows(rows)


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, int):
        return str(value)
    return neutralise(str(value))


def _check_cp1251(listing: AttendeeList, rows: list[list[str]]) -> None:
    for number, row in enumerate(rows[1:], 2):
        for column, text in zip(listing.columns, row, strict=True):
            try:
                text.encode("cp1251")
            except UnicodeEncodeError as exc:
                raise UserError(
                    said("not_in_cp1251", char=text[exc.start]),
                    row=number,
                    column=column.title,
                ) from None
