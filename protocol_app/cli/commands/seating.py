"""``seating`` (seat by the rules, save, validate, draw) and ``export place-cards``."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlite_utils import Database

from protocol_app.cli.output import print_json, print_lines
from protocol_app.cli.registry import Registry, event_ref, store_id
from protocol_app.english_texts import english_warnings
from protocol_app.errors import UserError
from protocol_app.model import LAYOUTS, Layout, NewSeatingConstraint
from protocol_app.outputs import check_target, write_output
from protocol_app.seating import caption, drawings
from protocol_app.seating.applies import plan_for
from protocol_app.seating.place_cards import write_place_cards
from protocol_app.seating.plans import SeatedPlan, hand_placed, save, senior_side_note
from protocol_app.seating.records import plan_record
from protocol_app.seating.render import write_plan_pdf
from protocol_app.store.events import resolve_event
from protocol_app.store.seating import add_constraint
from protocol_app.words import Lang

# the core names a wrong value by its field; the command line names the option that gave it
_OPTIONS = {
    "tables": "--tables",
    "seats": "--seats",
    "layout": "--layout",
    "agreement": "--agreement",
    "place": "--place",
}


def register(cli: Registry) -> None:
    p = cli.command(
        "seating", run_seating, help="seat an event by the rules of protocol, check and draw the plan"
    )
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--layout", required=True, choices=LAYOUTS)
    p.add_argument("--tables", type=int, help="banquet: number of tables; presidium/theatre: rows")
    p.add_argument("--seats", type=int, help="seats per side, per table or per row")
    p.add_argument(
        "--head-table", type=int, metavar="N", help="banquet: a long head table of N seats (0: none)"
    )
    p.add_argument("--senior-side", choices=["right", "left"], help="default: the event's setting")
    p.add_argument(
        "--agreement", type=store_id, help="signing: the agreement (default: the first in signing order)"
    )
    p.add_argument("--place", action="append", default=[], metavar="SEAT=ID",
                   help="put participant ID into SEAT and lock it (repeatable)")  # fmt: skip
    p.add_argument(
        "--together", action="append", default=[], metavar="ID,ID", help="keep two participants together"
    )
    p.add_argument(
        "--apart", action="append", default=[], metavar="ID,ID", help="keep two participants apart"
    )
    p.add_argument(
        "--reseat",
        action="store_true",
        help="seat again by the rules at the plan's sizes, keeping locked seats",
    )
    p.add_argument("--seed", type=int, default=0, help="seed of the banquet search (same seed, same plan)")
    p.add_argument(
        "--alternate",
        action=argparse.BooleanOptionalAction,
        help="banquet: men and women alternate (by gender); --no-alternate: they need not",
    )
    p.add_argument("--lang", choices=["ru", "en"], default="ru", help="language of the drawing")
    p.add_argument("--json", action="store_true")
    p.add_argument("--pdf", metavar="FILE", help="write the plan on an A4 landscape page")
    p.add_argument("--png", metavar="FILE", help="write the plan as a PNG (200 dpi)")

    p = cli.group("export").command("place-cards", run_place_cards, help="A4 tent cards for a seating plan")
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--layout", required=True, choices=LAYOUTS)
    p.add_argument("--agreement", type=store_id)
    p.add_argument("-o", "--output", required=True, metavar="FILE.pdf")


def _pairs(values: list[str], option: str) -> list[tuple[int, int]]:
    pairs = []
    for value in values:
        parts = [v.strip() for v in value.split(",")]
        if len(parts) != 2 or not all(p.isdigit() for p in parts):
            raise UserError(f"{option} takes two participant ids as ID,ID, not {value!r}", column=option)
        pairs.append((int(parts[0]), int(parts[1])))
    return pairs


def _places(values: list[str]) -> dict[str, int]:
    places: dict[str, int] = {}
    for value in values:
        seat, _, pid = value.partition("=")
        if not seat.strip() or not pid.strip().isdigit():
            raise UserError(f"--place takes SEAT=ID, not {value!r}", column="--place")
        places[seat.strip()] = int(pid)
    return places


def seated_for(args: argparse.Namespace, db: Database) -> SeatedPlan:
    """The plan that applies (``plan_for``), saved when the store does not hold it as it is: the saved plan
    as it was, or (new, changed options, --reseat) a plan seated by the rules.

    ``--senior-side`` applies to this run only; without it the event's setting applies. A saved plan seated
    on the other side is seated again by the rules (and saved), unless its seats were placed or locked by
    hand: then it is kept as it is, and the output says that its senior side is not the event's.
    """
    event_id = resolve_event(db, args.event).id
    layout = Layout(args.layout)  # one of the parser's choices
    for kind in ("together", "apart"):
        for first, second in _pairs(getattr(args, kind, []), f"--{kind}"):
            add_constraint(db, NewSeatingConstraint(event_id, kind, first, second))
    places = _places(getattr(args, "place", []))
    rules = {
        "tables": getattr(args, "tables", None),
        "seats": getattr(args, "seats", None),
        "head_table": getattr(args, "head_table", None),
        "alternate": getattr(args, "alternate", None),
    }
    changed = bool(  # a size or a rule given: the plan is seated again (others as the saved plan has them)
        getattr(args, "reseat", False)
        or getattr(args, "together", [])
        or getattr(args, "apart", [])
        or any(value is not None for value in rules.values())
    )
    try:
        applying = plan_for(
            db,
            event_id,
            layout,
            agreement_id=args.agreement if layout == Layout.SIGNING else None,
            senior_side=getattr(args, "senior_side", None),
            reseat=changed,
            places=places,
            seed=getattr(args, "seed", 0),
            **rules,
        )
    except UserError as exc:  # the core names the value; the command line names the option that gave it
        exc.column = _OPTIONS.get(exc.column or "", exc.column)
        raise
    if applying.unsaved:
        save(db, applying.seated)
    return applying.seated


def run_seating(args: argparse.Namespace, db: Database) -> None:
    seated = seated_for(args, db)
    pages = drawings(seated, args.lang) if args.pdf or args.png else []
    for target in (args.pdf, args.png):  # both places checked before either file is written
        if target:
            check_target(Path(target))
    if pages and args.pdf:  # a big banquet: the overview of its tables, then a page per table
        write_plan_pdf(pages, Path(args.pdf), seated.ctx.event, args.lang)
    if pages and args.png:  # the plan, or a big banquet's overview
        png = pages[0][1].to_png(200)
        write_output(Path(args.png), lambda partial: partial.write_bytes(png))
    # what a plan drawn in English lacks in English (its title, names, delegations), said as the papers say it
    warnings = english_warnings(db, seated.ctx.event_id, Lang.parse(args.lang), "plan") if pages else []
    if args.json:
        print_json({**plan_record(seated), "warnings": warnings} if pages else plan_record(seated))
        return
    ctx = seated.ctx
    lines = [f"{caption(seated, args.lang)} (plan {seated.plan.id}, senior side {seated.plan.senior_side})"]
    if senior_side_note(seated, "en") and hand_placed(seated):
        lines.append(
            f"  note: seats placed by hand keep the plan on the {seated.plan.senior_side} senior side, while the"
            f" event's setting is {seated.event_senior_side}; --reseat seats it by the setting (locks kept)"
        )
    for table in seated.plan.tables:
        for seat in table.seats:
            who = ctx.describe(seat.attendee_id) if seat.attendee_id in ctx.attendees else "—"
            lock = " [locked]" if seat.locked else ""
            lines.append(f"  {seat.id:<8} row {seat.row} offset {seat.offset:+d}  {who}{lock}")
    lines.append(f"breaches: {len(seated.violations)}")
    lines += [f"  [{v.severity}] {v.rule}: {v.message}" for v in seated.violations]
    lines += [f"wrote {f}" for f in (args.pdf, args.png) if f]
    lines += [f"warning: {w['message']}" for w in warnings]
    print_lines(lines)


def run_place_cards(args: argparse.Namespace, db: Database) -> None:
    seated = seated_for(args, db)
    count = write_place_cards(seated, Path(args.output))
    print_lines([f"wrote {count} place cards to {args.output}"])
