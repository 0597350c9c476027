"""``ranks``: the rank ladder (PROTOCOL.md section 4a); ``ranks set "POSITION" LEVEL`` ranks one position;
``ranks unranked --event EVENT`` names the event's positions the ladder does not know."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from typing import Any

from sqlite_utils import Database

from protocol_app.cli.output import print_json, print_lines
from protocol_app.cli.registry import Parser, Registry, event_ref
from protocol_app.errors import UserError
from protocol_app.ladder import rung_name
from protocol_app.model import Rank
from protocol_app.precedence import unranked_positions
from protocol_app.store import events, ranks
from protocol_app.store.participants import list_attendees


def register(cli: Registry) -> None:
    p = cli.command("ranks", list_ranks, help="the rank ladder: positions and their levels", writes=False)
    p.add_argument("--json", action="store_true")
    sub = p.add_subparsers(dest="ranks_command", metavar="set|unranked", parser_class=Parser)
    s = sub.add_parser("set", help="rank one position", description="give a position a level of the ladder")
    s.add_argument(
        "position", metavar="POSITION", help="the position as officers write it (Russian or English)"
    )
    s.add_argument(
        "level", metavar="LEVEL", help="its level: 10 head of state ... 150 advisers, 160+ support staff"
    )
    s.add_argument("--json", action="store_true")
    s.set_defaults(handler=set_rank, needs_db=True, writes=True)
    u = sub.add_parser("unranked", help="an event's positions the ladder does not know",
                       description="the positions of an event's officials that the rank ladder does not know")  # fmt: skip
    u.add_argument("--event", required=True, type=event_ref)
    u.add_argument("--json", action="store_true")
    u.set_defaults(handler=list_unranked, needs_db=True, writes=False)


def rank_record(rank: Rank) -> dict[str, Any]:
    """A row of the ladder as JSON, with the rung of PROTOCOL.md 4a it stands on."""
    return {**asdict(rank), "rung": rung_name(rank.level, "ru"), "rung_en": rung_name(rank.level, "en")}


def list_ranks(args: argparse.Namespace, db: Database) -> None:
    rows = ranks.list_ranks(db)
    if args.json:
        print_json([rank_record(r) for r in rows])
    else:
        print_lines(
            f"{r.level:>4}  {r.position}" + (f" / {r.position_en}" if r.position_en else "") for r in rows
        )


def set_rank(args: argparse.Namespace, db: Database) -> None:
    try:
        level = int(args.level)
    except ValueError:
        raise UserError(f"a level is a whole number (10 head of state ... 160 support staff), not {args.level!r}",
                        column="level") from None  # fmt: skip
    rank = ranks.rank_position(db, args.position, level)
    if args.json:
        print_json(rank_record(rank))
    else:
        print_lines([f"{rank.position}: level {rank.level} ({rung_name(rank.level, 'en')})"])


def list_unranked(args: argparse.Namespace, db: Database) -> None:
    event = events.resolve_event(db, args.event)
    missing = unranked_positions(list_attendees(db, event.id), ranks.list_ranks(db))
    print_json(missing) if args.json else print_lines(missing)
