"""Exporting an event's attendee list: CSV, XLSX, DOCX and PDF, in Russian or English.

``export_attendees(db, event_id, path, fmt=..., lang=..., encoding=..., include_personal=..., recipient=...)``
writes one file and remembers what it said, for whom (``remember.py``); ``attendee_list`` gives the list itself
(columns and typed rows) that every format writes, in the one order of ``precedence.ordered_attendees`` (side,
precedence, surname). Passport numbers and dates of birth are left out unless ``include_personal=True``.
"""

from __future__ import annotations

import os
from pathlib import Path

from sqlite_utils import Database

from protocol_app.documents import render
from protocol_app.errors import UserError
from protocol_app.exporting.csv_file import write_csv
from protocol_app.exporting.document import attendee_document
from protocol_app.exporting.listing import AttendeeList, attendee_list
from protocol_app.exporting.remember import remember_list
from protocol_app.exporting.xlsx_file import write_xlsx
from protocol_app.outputs import check_target, chosen_format, write_output
from protocol_app.store.ui_queries import is_read_only
from protocol_app.words import said

FORMATS = ("csv", "xlsx", "docx", "pdf")
ENCODINGS = ("utf-8-sig", "cp1251")


def export_attendees(
    db: Database,
    event_id: int,
    path: str | os.PathLike[str],
    *,
    fmt: str | None = None,
    lang: str = "ru",
    encoding: str = "utf-8-sig",
    include_personal: bool = False,
    recipient: str = "",
) -> Path:
    """Write the event's attendee list to ``path`` as ``fmt`` (default: the file's suffix); returns the path.

    The list is remembered with ``recipient`` (e.g. "security") unless the store is open read-only."""
    target = Path(path)
    fmt = chosen_format(target, fmt, FORMATS)
    if lang not in ("ru", "en"):
        raise UserError(said("bad_paper_language", value=lang))
    check_target(target)
    listing = attendee_list(db, event_id, lang=lang, include_personal=include_personal)
    if fmt == "csv":
        write_output(target, lambda p: write_csv(listing, p, encoding=encoding), personal=include_personal)
    elif fmt == "xlsx":
        write_output(target, lambda p: write_xlsx(listing, p), personal=include_personal)
    else:
        render(attendee_document(listing), target, fmt=fmt, personal=include_personal)
    if not is_read_only(db):
        remember_list(db, listing, recipient=recipient, fmt=fmt, path=target)
    return target


__all__ = ["ENCODINGS", "FORMATS", "AttendeeList", "attendee_list", "export_attendees"]
