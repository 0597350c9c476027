"""``export changes``: the changes in an event's attendee list since a list sent, as PDF, DOCX or XLSX."""

from __future__ import annotations

import argparse

from sqlite_utils import Database

from protocol_app.changes import CHANGE_FORMATS, export_changes
from protocol_app.cli.output import print_json, print_lines
from protocol_app.cli.registry import Registry, event_ref
from protocol_app.store.events import resolve_event

_HELP = (
    "write who was added, who was removed and which fields changed since an attendee list exported "
    "before (the last one, or the last on or before a date)"
)


def register(cli: Registry) -> None:
    p = cli.group("export").command("changes", run_changes, help=_HELP, writes=False)
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--since", default="LAST", metavar="LAST|DATE", help="LAST (default) or YYYY-MM-DD")
    p.add_argument("--for", dest="recipient", metavar="TEXT", help="only lists exported for TEXT")
    p.add_argument("--format", choices=CHANGE_FORMATS, help="default: from the file name's suffix")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", choices=["ru", "en"], default="ru")
    p.add_argument("--json", action="store_true")


def run_changes(args: argparse.Namespace, db: Database) -> None:
    event = resolve_event(db, args.event)
    path, changes = export_changes(
        db, event.id, args.output, since=args.since, recipient=args.recipient, fmt=args.format, lang=args.lang
    )
    if args.json:
        print_json(
            {
                "files": [str(path)],
                "since": {"made": changes.base.made, "for": changes.base.recipient},
                "added": [row.get("full_name", "") for row in changes.added],
                "removed": [row.get("full_name", "") for row in changes.removed],
                "changed": [
                    {"name": one.row.get("full_name", ""), "fields": [f for f, _, _ in one.fields]}
                    for one in changes.changed
                ],
                "warnings": [],
            }
        )
    else:
        print_lines(
            [
                f"wrote {path}: since the list of {changes.base.made}"
                + (f" for {changes.base.recipient}" if changes.base.recipient else "")
                + f", {len(changes.added)} added, {len(changes.removed)} removed, {len(changes.changed)} changed"
            ]
        )
