"""``events``, ``event create``, ``event show``, ``side add``, ``attendees``."""

from __future__ import annotations

import argparse

from sqlite_utils import Database

from protocol_app.cli.output import print_json, print_lines
from protocol_app.cli.registry import Registry, event_ref
from protocol_app.model import Event, Side
from protocol_app.records import attendee_records, event_record, event_show_record
from protocol_app.store import events


def register(cli: Registry) -> None:
    p = cli.command("events", list_events, help="list the events of the store", writes=False)
    p.add_argument("--json", action="store_true")

    group = cli.group("event", help="create or show an event")
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
        "show", show_event, help="show an event with its sides, people and agreements", writes=False
    )
    p.add_argument("event", metavar="EVENT", type=event_ref, help="event id or exact title")
    p.add_argument("--json", action="store_true")

    p = cli.group("side", help="add a side to an event").command("add", add_side, help="add a side")
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--name", required=True)
    p.add_argument("--name-en", default="")
    p.add_argument("--country", default="")
    host = p.add_mutually_exclusive_group(required=True)
    host.add_argument("--host", action="store_true")
    host.add_argument("--guest", action="store_true")
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
    event_id = events.create_event(
        db,
        Event(
            title=args.title.strip(),
            title_en=args.title_en,
            date=args.date,
            end_date=args.end_date,
            city=args.city,
            city_en=args.city_en,
            venue=args.venue,
            venue_en=args.venue_en,
            senior_side=args.senior_side,
        ),
    )
    print_json({"id": event_id}) if args.json else print_lines([f"created event {event_id}"])


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
        Side(
            event_id=event.id or 0,
            name=args.name.strip(),
            name_en=args.name_en,
            host=bool(args.host),
            country=args.country,
        ),
    )
    print_json({"id": side_id}) if args.json else print_lines([f"added side {side_id}"])


def list_attendees(args: argparse.Namespace, db: Database) -> None:
    event = events.resolve_event(db, args.event)
    records = attendee_records(db, event.id or 0)
    if args.json:
        print_json(records)
    else:
        print_lines(
            f"{r['side']:<24} {r['precedence']:>3}. {r['full_name']} — {r['position']}" for r in records
        )
