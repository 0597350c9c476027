"""``events``, ``event create``, ``event update``, ``event show``, ``side add``, ``attendees``."""

from __future__ import annotations

import argparse

from sqlite_utils import Database

from protocol_app.cli.output import print_json, print_lines
from protocol_app.cli.registry import Registry, event_ref
from protocol_app.errors import UserError
from protocol_app.flags import read_flag_image
from protocol_app.model import NewEvent, NewSide, Side
from protocol_app.records import attendee_records, event_record, event_show_record, side_record
from protocol_app.store import events
from protocol_app.words import said


def register(cli: Registry) -> None:
    p = cli.command("events", list_events, help="list the events of the store", writes=False)
    p.add_argument("--json", action="store_true")

    group = cli.group("event")
    p = group.command("create", create_event, help="create an event")
    p.add_argument("--title", required=True)
    p.add_argument("--title-en", default="")
    p.add_argument("--date", required=True, help="YYYY-MM-DD")
    p.add_argument("--end-date")
    p.add_argument("--city", default="")
    p.add_argument("--city-en", default="", help="the city in English documents")
    p.add_argument("--venue", default="")
    p.add_argument("--venue-en", default="", help="the venue in English documents")
    p.add_argument("--senior-side", choices=["right", "left"], default="right")
    p.add_argument("--json", action="store_true")
    p = group.command(
        "update",
        update_event,
        help="change an event's settings: title, dates, place, senior side, the signing ceremony's start",
    )
    p.add_argument("event", metavar="EVENT", type=event_ref, help="event id or exact title")
    for option, dest, metavar, what in _UPDATES:
        p.add_argument(option, dest=dest, metavar=metavar, help=what)
    p.add_argument("--senior-side", choices=["right", "left"], help="the honoured hand for seating")
    p.add_argument(
        "--signing-start",
        metavar="HH:MM",
        help="start of the signing ceremony, kept with the event (the papers, the pack, the script and the "
        "app show times from it; `signing --start` stays a one-off)",
    )
    p.add_argument(
        "--delegation-order",
        choices=["rank", "alphabet"],
        help="talks of three or more delegations: guest delegations by the rank of their heads, or alphabetically",
    )
    p.add_argument(
        "--delegation-letter",
        metavar="LETTER",
        help="alphabetical order starts at this letter (drawn by lot); an empty text starts at A",
    )
    p.add_argument(
        "--senior-guest",
        choices=["right", "opposite"],
        help="the senior guest delegation sits at the host's right hand, or opposite him",
    )
    p.add_argument("--json", action="store_true", help="print the updated event as JSON")
    p = group.command(
        "show", show_event, help="show an event with its sides, people and agreements", writes=False
    )
    p.add_argument("event", metavar="EVENT", type=event_ref, help="event id or exact title")
    p.add_argument("--json", action="store_true")

    p = cli.group("side").command("add", add_side, help="add a side")
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--name", required=True)
    p.add_argument("--name-en", default="")
    p.add_argument(
        "--country", default="", help="ISO 3166 code (BY, CN, ...) or the country's name, ru or en"
    )
    p.add_argument(
        "--flag-image", metavar="FILE", help="the side's own flag or emblem (PNG, JPEG; 2 MB at most)"
    )
    host = p.add_mutually_exclusive_group(required=True)
    host.add_argument("--host", action="store_true")
    host.add_argument("--guest", action="store_true")
    p.add_argument("--json", action="store_true")
    p = cli.group("side").command("update", update_side, help="change a side's country or its own flag")
    p.add_argument("side", metavar="SIDE", help="the side's id, or its name with --event")
    p.add_argument("--event", type=event_ref, help="the event, when SIDE is a name")
    p.add_argument("--name-en")
    p.add_argument("--country", help='ISO 3166 code or the country\'s name; "" for none (a neutral mark)')
    flag = p.add_mutually_exclusive_group()
    flag.add_argument("--flag-image", metavar="FILE", help="the side's own flag or emblem (PNG, JPEG; 2 MB)")
    flag.add_argument("--no-flag-image", action="store_true", help="draw the country's flag again")
    p.add_argument("--json", action="store_true")

    p = cli.command(
        "attendees", list_attendees, help="list an event's attendees by side and precedence", writes=False
    )
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--json", action="store_true")


def list_events(args: argparse.Namespace, db: Database) -> None:
    records = [event_record(e) for e in events.list_events(db)]
    if args.json:
        print_json(records)
    else:
        print_lines(f"{r['id']:>4}  {r['date']}  {r['title']}" for r in records)


def create_event(args: argparse.Namespace, db: Database) -> None:
    fields = {dest: getattr(args, dest) for _, dest, _, _ in _UPDATES}  # the options create and update share
    fields["title"] = args.title.strip()
    event_id = events.create_event(db, NewEvent(**fields, senior_side=args.senior_side))
    print_json({"id": event_id}) if args.json else print_lines([f"created event {event_id}"])


_UPDATES = [
    ("--title", "title", "T", "the title"),
    ("--title-en", "title_en", "T", "the title in English documents"),
    ("--date", "date", "D", "the (first) date, YYYY-MM-DD"),
    ("--end-date", "end_date", "D", "the last date, YYYY-MM-DD (empty: a one-day event)"),
    ("--city", "city", "C", "the city"),
    ("--city-en", "city_en", "C", "the city in English documents"),
    ("--venue", "venue", "V", "the venue"),
    ("--venue-en", "venue_en", "V", "the venue in English documents"),
]


_SETTINGS = ("senior_side", "signing_start", "delegation_order", "delegation_letter", "senior_guest")


def update_event(args: argparse.Namespace, db: Database) -> None:
    """Store the settings given; the others stay as they are."""
    event = events.resolve_event(db, args.event)
    given = {
        name: getattr(args, name)
        for name in [dest for _, dest, _, _ in _UPDATES] + list(_SETTINGS)
        if getattr(args, name) is not None
    }
    if not given:
        raise UserError("nothing to update: give at least one option (see event update --help)")
    for name, value in given.items():
        value = value.strip()
        if name == "title" and not value:
            raise UserError(said("event_needs_title"), column="title")
        setattr(event, name, (value or None) if name == "end_date" else value)
    events.update_event(db, event)
    record = {**event_record(event), **{name: getattr(event, name) for name in _SETTINGS}}
    if args.json:
        print_json(record)
    else:
        print_lines([f"updated event {event.id}: " + ", ".join(f"{k} {v!r}" for k, v in given.items())])


def show_event(args: argparse.Namespace, db: Database) -> None:
    record = event_show_record(db, events.resolve_event(db, args.event))
    if args.json:
        print_json(record)
        return
    lines = [f"{record['title']} ({record['date']}, {record['city']})"]
    for side in record["sides"]:
        lines.append(f"  {'host' if side['host'] else 'guest'}: {side['name']}")
        lines += [f"    {p['precedence']:>3}. {p['full_name']} — {p['position']}" for p in side["people"]]
    lines.append(f"  agreements: {record['agreement_count']}")
    lines += [f"    {a['title']}" for a in record["agreements"]]
    print_lines(lines)


def add_side(args: argparse.Namespace, db: Database) -> None:
    event = events.resolve_event(db, args.event)
    side_id = events.add_side(
        db,
        NewSide(
            event_id=event.id,
            name=args.name.strip(),
            name_en=args.name_en,
            host=bool(args.host),
            country=args.country,
            flag_image=read_flag_image(args.flag_image) if args.flag_image else None,
        ),
    )
    print_json({"id": side_id}) if args.json else print_lines([f"added side {side_id}"])


def update_side(args: argparse.Namespace, db: Database) -> None:
    side = _find_side(db, args.side, args.event)
    if args.name_en is not None:
        side.name_en = args.name_en
    if args.country is not None:
        side.country = args.country
    if args.flag_image or args.no_flag_image:
        side.flag_image = read_flag_image(args.flag_image) if args.flag_image else None
    events.update_side(db, side)
    print_json(side_record(side)) if args.json else print_lines([f"updated side {side.id}"])


def _find_side(db: Database, ref: str, event_ref: str | None) -> Side:
    if event_ref is None:
        if not ref.strip().isdigit():
            raise UserError(f"side {ref!r}: give its id, or its name with --event")
        return events.get_side(db, int(ref))
    event = events.resolve_event(db, event_ref)
    found = events.find_side(db, event.id, ref)
    if found is None and ref.strip().isdigit():
        found = events.get_side(db, int(ref))
    if found is None or found.event_id != event.id:
        raise UserError(said("event_has_no_side", text=ref))
    return found


def list_attendees(args: argparse.Namespace, db: Database) -> None:
    event = events.resolve_event(db, args.event)
    records = attendee_records(db, event.id)
    if args.json:
        print_json(records)
    else:
        print_lines(
            f"{r['side']:<24} {r['precedence']:>3}. {r['full_name']} — {r['position']}" for r in records
        )
