"""Importing partners' lists (attendees, agreements) from CSV or XLSX: the core the CLI and the UI's wizard use.

- ``inspect(path, kind=...) -> Preview``: how the file would be read (encoding, separator, sheets, header row,
  columns and their fields, first rows), for a wizard to show and let the user correct.
- ``import_attendees(db, event_id, path, ...) -> ImportReport`` and ``import_agreements(...)``: plan every row,
  report problems by row and column, and write everything in one transaction only when there is no error
  (never with ``dry_run``).
- ``open_source(kind, path, ...)`` then ``import_attendee_source(db, event_id, source, ...)``: the same, reading
  the file once (a wizard that shows a preview and then imports).

Reports carry every problem with its row (the number the spreadsheet shows) and column (the header as written).
"""

from protocol_app.importing.agreements import import_agreement_source, import_agreements
from protocol_app.importing.attendees import import_attendee_source, import_attendees
from protocol_app.importing.headers import field_names, parse_mapping
from protocol_app.importing.preview import Preview, inspect
from protocol_app.importing.report import ImportReport, Match, Problem
from protocol_app.importing.source import Source, open_source

__all__ = [
    "ImportReport",
    "Match",
    "Preview",
    "Problem",
    "Source",
    "field_names",
    "import_agreement_source",
    "import_agreements",
    "import_attendee_source",
    "import_attendees",
    "inspect",
    "open_source",
    "parse_mapping",
]
