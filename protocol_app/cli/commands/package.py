"""``package export`` and ``package import``: one event in one file for a colleague, and merging it here."""

from __future__ import annotations

import argparse

from sqlite_utils import Database

from protocol_app.cli.output import print_json, print_lines
from protocol_app.cli.registry import Registry, event_ref
from protocol_app.package import export_package, import_package
from protocol_app.store.connection import Store
from protocol_app.store.events import resolve_event


def register(cli: Registry) -> None:
    group = cli.group("package")
    p = group.command(
        "export",
        run_export,
        help="write one event (sides, people, organisations, agreements, programme, plans, settings) as a "
        "package: a Protocol Desk store holding just that event",
        writes=False,
    )
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--json", action="store_true")
    p = group.command(
        "import",
        run_import,
        help="merge a package into this store: the same people and organisations are matched, not doubled; "
        "fields that differ are reported as conflicts and kept as this store has them",
    )
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="report what would change; write nothing")
    p.add_argument("--json", action="store_true")


def run_export(args: argparse.Namespace, db: Store) -> None:
    event = resolve_event(db, args.event)
    path, counts = export_package(db, event.id, args.output)
    if args.json:
        print_json({"files": [str(path)], "rows": counts, "warnings": []})
    else:
        print_lines([f"wrote {path}: {event.title}, {counts.get('participants', 0)} participants"])


def run_import(args: argparse.Namespace, db: Database) -> None:
    report = import_package(db, args.file, dry_run=args.dry_run)
    if args.json:
        print_json(report.as_json())
        return
    data = report.as_json()
    verb = "would create" if report.dry_run else "created"
    lines = [
        f"{report.event_title}: {'the same event as' if report.event_matched else 'a new event'} "
        f"{report.event_id or ''}; "
        f"{verb} {data['created']} rows, filled in {data['updated']}, {len(report.conflicts)} conflicts"
    ]
    lines += [f"  conflict: {c.table} {c.row}: {c.column} is {c.ours!r} here, {c.theirs!r} in the package"
              for c in report.conflicts]  # fmt: skip
    print_lines(lines)
