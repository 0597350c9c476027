"""``export attendees``: an event's attendee list as CSV, XLSX, DOCX or PDF."""

from __future__ import annotations

import argparse

from sqlite_utils import Database

from protocol_app.cli.papers import english_options, paper_of, print_written
from protocol_app.cli.registry import Registry, event_ref
from protocol_app.exporting import ENCODINGS, FORMATS, export_attendees

_HELP = (
    "write the attendee list (by side, precedence, surname) as CSV, XLSX, DOCX or PDF; passport "
    "numbers and dates of birth only with --personal; the list is remembered (for the change list)"
)


def register(cli: Registry) -> None:
    p = cli.group("export").command("attendees", run_export, help=_HELP)
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--format", choices=FORMATS, help="default: from the file name's suffix")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", choices=["ru", "en"], default="ru")
    p.add_argument("--encoding", choices=ENCODINGS, default="utf-8-sig", help="for CSV (default utf-8-sig)")
    p.add_argument("--personal", action="store_true", help="include passport numbers and dates of birth")
    p.add_argument(
        "--for", dest="recipient", default="", metavar="TEXT", help='whom the list is for, e.g. "security"'
    )
    english_options(p)


def run_export(args: argparse.Namespace, db: Database) -> None:
    event, _, warnings = paper_of(args, db, "list")
    path = export_attendees(
        db,
        event.id,
        args.output,
        fmt=args.format,
        lang=args.lang,
        encoding=args.encoding,
        include_personal=args.personal,
        recipient=args.recipient,
    )
    fmt = args.format or path.suffix.lstrip(".").lower()
    print_written(
        args, path, warnings, {"file": str(path), "files": [str(path)], "format": fmt, "warnings": warnings}
    )
