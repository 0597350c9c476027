"""``import attendees`` and ``import agreements``: read a partner's CSV or XLSX list into an event."""

from __future__ import annotations

import argparse

from sqlite_utils import Database

from protocol_app.cli.output import print_json, print_lines
from protocol_app.cli.registry import Registry, event_ref, text_encoding
from protocol_app.errors import UserError
from protocol_app.importing import (
    ImportReport,
    field_names,
    import_agreements,
    import_attendees,
    parse_mapping,
)
from protocol_app.store.events import resolve_event
from protocol_app.words import said

_ATTENDEES_HELP = (
    "import an attendee list (CSV in UTF-8 or Windows-1251 with ; , or tab, or XLSX) into an event. People "
    "already in the store are matched by name and updated, not duplicated. The side of each row is found by "
    "name among the event's sides; an unknown side is an error (add the side with 'side add' first, or "
    "correct the name), so a misspelt delegation never becomes a new side; a row holding only a side's name "
    "starts that side's section. Any error: nothing is written."
)
_AGREEMENTS_HELP = (
    "import an agreement list into an event: parties by organisation (created when new), signatories and "
    "witnesses by name among the event's attendees (an unknown name is an error). Any error: nothing is written."
)


def register(cli: Registry) -> None:
    group = cli.group("import")
    p = group.command("attendees", run_attendees, help=_ATTENDEES_HELP)
    _common(p, "attendees")
    p.add_argument("--side", help="the side for rows that name none (a list of one delegation)")
    p = group.command("agreements", run_agreements, help=_AGREEMENTS_HELP)
    _common(p, "agreements")


def _common(p: argparse.ArgumentParser, kind: str) -> None:
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--dry-run", action="store_true", help="check and report, change nothing")
    p.add_argument("--json", action="store_true")
    p.add_argument(
        "--lang",
        choices=["ru", "en"],
        default="en",
        help="the language of the problems' messages (default en)",
    )
    p.add_argument("--sheet", help="the XLSX sheet to read (default: the first)")
    p.add_argument(
        "--encoding",
        type=text_encoding,
        help="the CSV's encoding (default: detected: BOM, UTF-8, Windows-1251)",
    )
    p.add_argument("--separator", help="the CSV's separator: ';', ',' or tab (default: detected)")
    p.add_argument(
        "--map",
        dest="mapping",
        metavar="HEADER=FIELD,...",
        help='say what unrecognised columns hold, e.g. "ФИО сотрудника=full_name,Моб.=phone"; fields: '
        + ", ".join(field_names(kind)),
    )


def _options(args: argparse.Namespace) -> dict:
    return {
        "encoding": args.encoding,
        "separator": args.separator,
        "sheet": args.sheet,
        "mapping": parse_mapping(args.mapping) if args.mapping else None,
        "dry_run": args.dry_run,
    }


def run_attendees(args: argparse.Namespace, db: Database) -> int:
    event = resolve_event(db, args.event)
    report = import_attendees(db, event.id, args.file, side=args.side, **_options(args))
    return _finish(args, report)


def run_agreements(args: argparse.Namespace, db: Database) -> int:
    event = resolve_event(db, args.event)
    report = import_agreements(db, event.id, args.file, **_options(args))
    return _finish(args, report)


def _at(row: int | None, column: str | None = None) -> str:
    """Where a line of the report is: "row 3, column 'Пол': ", "row 3: ", or nothing for the whole file."""
    where = ([f"row {row}"] if row is not None else []) + ([f"column {column!r}"] if column else [])
    return f"{', '.join(where)}: " if where else ""


def _finish(args: argparse.Namespace, report: ImportReport) -> int:
    """Print the report; with errors, also say the first one on stderr and exit 2 (nothing was written)."""
    if args.json:
        print_json(report.to_dict(args.lang))
    else:
        lines = [report.summary()]
        lines += [f"  error: {_at(p.row, p.column)}{p.text(args.lang)}" for p in report.errors]
        lines += [f"  warning: {_at(p.row)}{p.text(args.lang)}" for p in report.warnings]
        lines += [f"  updated: {_at(p.row)}{p.text(args.lang)}" for p in report.changes]
        lines += [f"  new organisation: row {o.row}: {o.name}" for o in report.new_organisations]
        lines += [
            f"  row {m.row}: {m.name} = {m.person} ({m.how})" for m in report.matches if m.how != "exact"
        ]
        print_lines(lines)
    if report.errors:
        first = report.errors[0]
        more = said("more_errors", n=len(report.errors) - 1) if len(report.errors) > 1 else ""
        raise UserError(
            said("import_refused", first=first, more=more),
            file=report.file,
            row=first.row,
            column=first.column,
        )
    return 0
