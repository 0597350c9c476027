"""Which seating plan applies: the one decision the command line, the window, the pack and the demo share.

For an event, a layout (and, for signing, an agreement) and a senior side (the one asked for, else the
event's setting), the plan that applies is the saved one as it applies (``plans.as_applies``), else one
seated by the rules; ``Applying.unsaved`` says whether it differs from what the store holds, so that a
caller that keeps plans saves it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.model import Layout
from protocol_app.seating.plans import (
    SeatedPlan,
    agreement_for,
    as_applies,
    auto_plan,
    find_saved,
    hand_placed,
    locks_of,
    open_plan,
    seat_again,
)
from protocol_app.store.agreements import list_agreements
from protocol_app.store.events import list_sides
from protocol_app.words import said


@dataclass(frozen=True)
class Applying:
    """The plan that applies, and whether the store does not hold it as it is (seated anew or again)."""

    seated: SeatedPlan
    unsaved: bool


def _agreement_id(db: Database, event_id: int, layout: Layout, agreement_id: int | None) -> int | None:
    """The agreement a plan of ``layout`` is for: none but for signing; there the one asked for, else the
    one the ceremony starts with."""
    if layout != Layout.SIGNING:
        return None
    if agreement_id is None:
        first = agreement_for(db, event_id, None)
        return first.id if first else None
    return agreement_id


def _as_saved(db: Database, saved: SeatedPlan, senior_side: str | None) -> Applying | None:
    """A saved plan as it applies on ``senior_side`` (None: the event's setting); None when a side asked
    for a plan placed by hand on the other side (it is seated again by the rules, its locks kept)."""
    side = senior_side or saved.event_senior_side
    if saved.plan.senior_side == side or (senior_side is None and hand_placed(saved)):
        return Applying(saved, False)  # a hand-placed plan on the other side says so (senior_side_note)
    if not hand_placed(saved):
        return Applying(as_applies(db, saved, side), True)
    return None


def saved_for(
    db: Database, event_id: int, layout: Layout, *, agreement_id: int | None = None
) -> Applying | None:
    """The saved plan of ``layout`` as it applies on the event's senior side; None when none is saved
    (the window then seats one by the rules in the background)."""
    saved = find_saved(db, event_id, layout, _agreement_id(db, event_id, layout, agreement_id))
    return _as_saved(db, saved, None) if saved is not None else None


def plan_for(
    db: Database,
    event_id: int,
    layout: Layout,
    *,
    agreement_id: int | None = None,
    plan_id: int | None = None,
    senior_side: str | None = None,
    reseat: bool = False,
    places: dict[str, int] | None = None,
    **rules: Any,
) -> Applying:
    """The plan that applies for ``layout`` (and ``agreement_id``; ``plan_id``: a saved plan chosen by its
    id) on ``senior_side`` (None: the event's setting).

    The saved plan as it applies: as saved when it seats that side, or when its seats were placed by hand
    and no side is asked for; else seated again by the rules on that side. With nothing saved, one seated
    by the rules. ``reseat`` (or a side asked for a hand-placed plan) seats it again by the rules keeping
    its locked seats and its sizes (``seat_again``); ``places`` (seat id -> participant) puts people into
    seats and locks them; ``rules`` go to ``auto_plan`` (tables, seats, head_table, seed, alternate,
    progress, cancel), a rule given as None left to the saved plan (or the default).
    """
    if plan_id is not None:
        saved: SeatedPlan | None = open_plan(db, plan_id)
    else:
        agreement_id = _agreement_id(db, event_id, layout, agreement_id)
        saved = find_saved(db, event_id, layout, agreement_id)
    if saved is not None and not reseat and not places:
        applying = _as_saved(db, saved, senior_side)
        if applying is not None:
            return applying
    locks = locks_of(saved) if saved is not None else {}
    for seat, pid in (places or {}).items():
        locks = {s: a for s, a in locks.items() if a != pid and s != seat}
        locks[seat] = pid
    given = {name: value for name, value in rules.items() if value is not None}
    if saved is not None:
        seated = seat_again(db, saved, senior_side=senior_side, locks=locks, **given)
    else:
        seated = auto_plan(
            db, event_id, layout, senior_side=senior_side, agreement_id=agreement_id, locks=locks, **given
        )
    _check_places(seated, places or {})
    return Applying(seated, True)


def _check_places(seated: SeatedPlan, places: dict[str, int]) -> None:
    ids = {s.id for s in seated.plan.seats()}
    missing = sorted(set(places) - ids)
    if missing:
        raise UserError(said("plan_no_seat", seat=missing[0]), column="place")
    unknown = [pid for pid in places.values() if pid not in seated.ctx.attendees]
    if unknown:
        raise UserError(said("not_participant", id=unknown[0]), column="place")


def shown_by_default(db: Database, event_id: int) -> list[Layout]:
    """The plans worth showing when none is saved: the negotiation table of a bilateral event (one host and
    one guest side; a fair with a hundred delegations gets no invented table), and the signing table when
    there are agreements."""
    sides = list_sides(db, event_id)
    layouts = []
    if len(sides) == 2 and sum(side.host for side in sides) == 1:
        layouts.append(Layout.NEGOTIATION)
    if list_agreements(db, event_id):
        layouts.append(Layout.SIGNING)
    return layouts
