"""The signing ceremony of an event as one computed plan: ordered, timed, with its problems.

``signing_plan`` is the one computation behind ``signing --json``, the signing papers and the pack section.
"""

from __future__ import annotations

from sqlite_utils import Database

from protocol_app.model import (
    Attendee,
    Layout,
    ProgrammeItem,
    SeniorSide,
)
from protocol_app.precedence import standings
from protocol_app.signing.ceremony import Item, PartyLine, SigningPlan
from protocol_app.signing.problems import find_problems
from protocol_app.signing.timing import parse_time, schedule
from protocol_app.signing_order import signing_order
from protocol_app.store.agreements import list_agreements
from protocol_app.store.directory import list_organisations
from protocol_app.store.events import get_event, list_sides
from protocol_app.store.participants import list_attendees
from protocol_app.store.programme import list_items
from protocol_app.store.seating import find_plan


def signing_plan(db: Database, event_id: int, start: str | None = None) -> SigningPlan:
    """Order, time and check the signing ceremony of an event.

    ``start`` (HH:MM) overrides the event's signing start, which overrides the start of the ceremony's step
    in the programme; with none of them, the items have no times and the plan says so in its problems.
    """
    event = get_event(db, event_id)
    attendees = {a.id: a for a in list_attendees(db, event_id)}
    table = standings(db, event_id, list(attendees.values()))
    orgs = {o.id: o for o in list_organisations(db)}
    sides = {s.id: s for s in list_sides(db, event_id)}
    ordered = signing_order(list_agreements(db, event_id), table)
    slot = programme_slot(db, event_id)
    clock = start if start is not None and start.strip() else event.signing_start
    if not clock and slot is not None:
        clock = slot.start
    timetable = None
    if clock:
        durations = [a.duration_min or event.signing_minutes for a in ordered]
        timetable = schedule(parse_time(clock), durations, event.opening_minutes, event.closing_minutes)
    items = []
    for number, agr in enumerate(ordered, 1):
        lines = [
            PartyLine(
                i,
                p,
                orgs.get(p.organisation_id),
                sides.get(p.side_id),
                attendees.get(p.signatory_id) if p.signatory_id is not None else None,
                table.get(p.signatory_id) if p.signatory_id is not None else None,
            )
            for i, p in enumerate(agr.parties, 1)
        ]
        seat_parties(lines, event.senior_side)
        items.append(
            Item(
                order=number,
                agreement=agr,
                parties=lines,
                witnesses=[attendees[w] for w in agr.witness_ids if w in attendees],
                slot=timetable.signings[number - 1] if timetable else None,
                explicit=agr.order_no is not None,
                assistants=_assistants(db, event_id, agr.id, attendees),
            )
        )
    given = bool(start and start.strip())
    plan = SigningPlan(event, items, timetable, programme_slot=slot, start_given=given)
    plan.problems = find_problems(plan)
    return plan


ASSISTANT_SEAT = "A"  # seat ids of the assistants at a signing table (A1, A2): see seating.layouts.signing


def _assistants(db: Database, event_id: int, agreement_id: int | None, attendees: dict) -> list[Attendee]:
    """The people standing at the folders of one signing, as its saved signing plan places them."""
    saved = find_plan(db, event_id, Layout.SIGNING, agreement_id)
    if saved is None:
        return []
    return [
        attendees[pid]
        for seat, (pid, _) in sorted(saved.assignments.items())
        if seat.startswith(ASSISTANT_SEAT) and pid in attendees
    ]


SIGNING_WORDS = ("подписан", "signing", "signature")


def programme_slot(db: Database, event_id: int) -> ProgrammeItem | None:
    """The programme step of the signing ceremony: the first whose title speaks of signing."""
    for item in list_items(db, event_id):
        text = f"{item.title} {item.title_en}".casefold()
        if any(word in text for word in SIGNING_WORDS):
            return item
    return None


def seat_parties(lines: list[PartyLine], senior_side: str = SeniorSide.RIGHT.value) -> None:
    """Give each party its chair at the signing table, left to right as the signatories see it.

    The guest sits at the host's honoured hand (right by default): host parties first, then the guest
    sides in their order; parties of one side keep the agreement's order. A "left" senior side mirrors it.
    """

    def key(line: PartyLine) -> tuple:
        side = line.side
        host = bool(side and side.host)
        return (0 if host else 1, side.position if side else 0, line.number)

    seated = sorted(lines, key=key)
    if senior_side == SeniorSide.LEFT.value:
        seated.reverse()
    for place, line in enumerate(seated):
        line.place = place
