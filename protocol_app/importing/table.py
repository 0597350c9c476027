"""A table as read from a partner's file (CSV or XLSX), before any column means anything: its cells as text,
the limits every reader keeps, and how a spreadsheet value becomes text."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta

MAX_ROWS = 50_000
MAX_COLUMNS = 200


@dataclass
class RawTable:
    """The cells of one table as text, each row with its number in the file (1-based), and how it was read."""

    rows: list[tuple[int, list[str]]]
    format: str  # "csv" or "xlsx"
    encoding: str | None = None
    separator: str | None = None
    sheet: str | None = None
    sheet_names: list[str] = field(default_factory=list)
    unread: list[str] = field(default_factory=list)  # other visible sheets that hold values, not read


def cell_text(value: object) -> str:
    """A spreadsheet cell as text: whole numbers without ".0", dates as YYYY-MM-DD."""
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, time):
        return value.strftime("%H:%M")
    if isinstance(value, timedelta):
        return str(value)
    return str(value).strip()
