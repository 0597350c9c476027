"""``signing`` (the ordered, timed ceremony with its problems) and ``export signing`` (the papers)."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlite_utils import Database

from protocol_app.cli.output import print_json, print_lines
from protocol_app.cli.papers import english_options, paper_of, print_written
from protocol_app.cli.registry import Registry, event_ref, store_id
from protocol_app.errors import UserError
from protocol_app.model import AgreementStatus
from protocol_app.signing import clear_order, current_order, set_order, set_status, signing_plan
from protocol_app.signing.export import FORMATS, write_signing
from protocol_app.signing.records import signing_record
from protocol_app.signing.timing import format_time
from protocol_app.store.agreements import set_power_of_attorney
from protocol_app.store.events import resolve_event


def register(cli: Registry) -> None:
    p = cli.command("signing", show_signing, help="the signing order of an event, timed, with its problems")
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--start", help="start of the ceremony, HH:MM (default: the event's signing start)")
    p.add_argument("--json", action="store_true")

    p = cli.command(
        "signing-order", set_signing_order, help="fix the signing order by hand, or return it to the rule"
    )
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    how = p.add_mutually_exclusive_group(required=True)
    how.add_argument("--ids", help="agreement ids in the order of signing, comma separated")
    how.add_argument("--clear", action="store_true", help="forget the order set by hand")
    p.add_argument("--json", action="store_true")

    p = cli.command("agreement-status", set_agreement_status, help="set the status of agreements")
    p.add_argument("--ids", required=True, help="agreement ids, comma separated")
    p.add_argument("--status", required=True, choices=[s.value for s in AgreementStatus])
    p.add_argument("--json", action="store_true")

    p = cli.command(
        "power-of-attorney",
        set_power,
        help="record the power of attorney under which a party's signatory signs (or forget it)",
    )
    p.add_argument("--agreement", required=True, type=store_id, metavar="ID", help="the agreement's id")
    p.add_argument("--party", required=True, type=int, metavar="N", help="the party's number, from 1")
    what = p.add_mutually_exclusive_group(required=True)
    what.add_argument("--text", help="the power of attorney, e.g. «доверенность № 12 от 01.07.2023»")
    what.add_argument("--clear", action="store_true", help="forget the power of attorney")
    p.add_argument("--json", action="store_true")

    p = cli.group("export").command(
        "signing", export_signing, help="write the signing papers (order, script, originals, folders)"
    )
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", default="ru", help="ru, en or ru+en (default ru)")
    p.add_argument("--start", help="start of the ceremony, HH:MM (default: the event's signing start)")
    english_options(p)


def show_signing(args: argparse.Namespace, db: Database) -> None:
    event = resolve_event(db, args.event)
    plan = signing_plan(db, event.id, args.start)
    if args.json:
        print_json(signing_record(plan))
        return
    lines = []
    for item in plan.items:
        when = f"{format_time(item.slot.start)}–{format_time(item.slot.end)}" if item.slot else "--:--"
        lines.append(f"{item.order:>3}. {when}  {item.agreement.title}")
        for p in item.parties:
            org = p.organisation.name if p.organisation else "?"
            who = p.signatory.person.full_name if p.signatory else "(no signatory)"
            lines.append(f"       {org}: {who}")
    lines += [f"problem: {p.text('en')}" for p in plan.problems]
    print_lines(lines or ["no agreements"])


def _ids(text: str) -> list[int]:
    parts = [p.strip() for p in text.split(",") if p.strip()]
    if not parts or not all(p.isdigit() for p in parts):
        raise UserError(f"--ids must be agreement ids separated by commas, not {text!r}", column="ids")
    return [int(p) for p in parts]


def set_signing_order(args: argparse.Namespace, db: Database) -> None:
    event = resolve_event(db, args.event)
    if args.clear:
        clear_order(db, event.id)
    else:
        set_order(db, event.id, _ids(args.ids))
    order = current_order(db, event.id)
    print_json({"order": order}) if args.json else print_lines([" ".join(map(str, order))])


def set_agreement_status(args: argparse.Namespace, db: Database) -> None:
    ids = _ids(args.ids)
    set_status(db, ids, args.status)
    print_json({"updated": ids}) if args.json else print_lines([f"{len(ids)} agreement(s) {args.status}"])


def set_power(args: argparse.Namespace, db: Database) -> None:
    text = "" if args.clear else args.text
    set_power_of_attorney(db, args.agreement, args.party, text)
    record = {"agreement_id": args.agreement, "party": args.party, "power_of_attorney": text}
    print_json(record) if args.json else print_lines(
        [f"agreement {args.agreement}, party {args.party}: {text or 'no power of attorney'}"]
    )


def export_signing(args: argparse.Namespace, db: Database) -> None:
    event, lang, warnings = paper_of(args, db, "signing")
    written = write_signing(db, event.id, Path(args.output), args.format, lang, args.start)
    print_written(args, written, warnings)
