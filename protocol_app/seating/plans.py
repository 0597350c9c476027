"""Plans as the program uses them: seated by the rules, saved, reopened as they were, edited by hand.

The command line and the UI call these; the store keeps a plan as its layout, parameters and assignments
(``store/seating.py``), and the geometry is rebuilt from the parameters when a plan is reopened.
"""

from __future__ import annotations

import contextlib
import copy
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.model import Agreement, Layout
from protocol_app.precedence import standings
from protocol_app.seating import layouts
from protocol_app.seating.assign import Options, dress_flags, seat_plan
from protocol_app.seating.context import SeatingContext, load_context
from protocol_app.seating.geometry import Plan, Seat, behind_seat
from protocol_app.seating.solver import Result
from protocol_app.seating.validate import Violation, validate
from protocol_app.signing_order import signing_order
from protocol_app.store import seating as store
from protocol_app.store.agreements import get_agreement, list_agreements
from protocol_app.store.seating import EMPTY, SeatState
from protocol_app.words import said


class EditingContext(SeatingContext):
    """The people of an event while its plans are seated and edited: what seating derives from them again
    and again (sides, the order of honour, interpreters, languages) is computed once, so that checking a
    1,000-guest plan after each hand edit stays quick. The people do not change under it: the caller loads
    a new context when they do."""

    _side: dict[int, str]
    _key: dict[int, tuple]
    _memo: dict[str, Any]

    @classmethod
    def of(cls, ctx: SeatingContext) -> EditingContext:
        made = cls(ctx.event, ctx.attendees, ctx.standing, ctx.constraints, ctx.organisations)
        made._side = {aid: SeatingContext.side(made, aid) for aid in made.attendees}
        made._key = {aid: SeatingContext.key(made, aid) for aid in made.attendees}
        made._memo = {}
        return made

    def side(self, aid: int) -> str:
        return self._side[aid]

    def key(self, aid: int) -> tuple:
        return self._key[aid]

    def _once(self, name: str, compute: Callable[[], Any]) -> Any:
        if name not in self._memo:
            self._memo[name] = compute()
        return copy.copy(self._memo[name])

    def of_side(self, side: str, roles: tuple[str, ...] | None = None) -> list[int]:
        return self._once(f"of_side {side} {roles}", lambda: SeatingContext.of_side(self, side, roles))

    def interpreters(self) -> dict[int, int]:
        return self._once("interpreters", lambda: SeatingContext.interpreters(self))

    def needs_language(self) -> dict[int, str]:
        return self._once("needs_language", lambda: SeatingContext.needs_language(self))


def editing_context(db: Database, event_id: int) -> EditingContext:
    """The seating context of an event, for seating and editing its plans."""
    return EditingContext.of(load_context(db, event_id))


@dataclass
class SeatedPlan:
    """A plan with what it was made for: the people, the agreement (signing), breaches, solver figures."""

    plan: Plan
    ctx: SeatingContext
    agreement: Agreement | None
    violations: list[Violation]
    result: Result | None = None

    @property
    def event_senior_side(self) -> str:
        """The event's setting of the senior side (what applies when no one-off side is asked for)."""
        return self.ctx.event.senior_side

    @property
    def off_setting(self) -> bool:
        """The plan seats the senior side otherwise than the event's setting says."""
        return self.plan.senior_side != self.event_senior_side


_SIDE_WORDS = {
    "ru": ("правая", "левая"),
    "en": ("right", "left"),
}


def senior_side_note(seated: SeatedPlan, lang: str = "ru") -> str:
    """'' when the plan seats the senior side as the event's setting says; else the words that say it
    does not: «старшая сторона — левая, а по настройке мероприятия — правая»."""
    if not seated.off_setting:
        return ""
    lang = "en" if lang == "en" else "ru"
    words = dict(zip(("right", "left"), _SIDE_WORDS[lang], strict=True))
    plan_side = words.get(seated.plan.senior_side, seated.plan.senior_side)
    event_side = words.get(seated.event_senior_side, seated.event_senior_side)
    if lang == "en":
        return f"senior side {plan_side}, while the event's setting is {event_side}"
    return f"старшая сторона — {plan_side}, а по настройке мероприятия — {event_side}"


def hand_placed(seated: SeatedPlan) -> bool:
    """Seats of the plan were placed or locked by hand (the automatic seating keeps them)."""
    return bool(locks_of(seated))


def sizes_of(plan: Plan) -> dict[str, int]:
    """The sizes a plan was seated with, as ``auto_plan`` takes them (tables, seats, head_table), and at a
    banquet whether men and women alternate (``alternate``, 1 or 0): seating it again keeps them all. Talks of
    three or more delegations have none (their round table has a block of chairs a delegation)."""
    p = plan.params
    if plan.layout == Layout.BANQUET:
        return {
            "tables": int(p["tables"]),
            "seats": int(p["seats"]),
            "head_table": int(p.get("head_table", 0)),
            "alternate": int(bool(p.get("alternate"))),
        }
    if plan.layout in (Layout.PRESIDIUM, Layout.THEATRE):
        return {"tables": int(p["rows"]), "seats": int(p["per_row"])}
    if plan.layout == Layout.NEGOTIATION:  # talks of three or more: a round table sized by its delegations
        return {"seats": int(p["per_side"])} if "per_side" in p else {}
    return {"seats": int(p["per_row"])}


def as_applies(db: Database, seated: SeatedPlan, senior_side: str | None = None) -> SeatedPlan:
    """A saved plan as it may be shown when ``senior_side`` (default: the event's setting) applies.

    The plan itself when it seats that side, or when its seats were placed or locked by hand (then it is
    kept as the officer made it; ``senior_side_note`` says that its side differs from the event's);
    otherwise the plan seated again by the rules on the side that applies, with its sizes where they still
    hold everyone, under the saved plan's id (not saved: the caller saves it when it should be kept).
    """
    side = senior_side or seated.event_senior_side
    if seated.plan.senior_side == side or hand_placed(seated):
        return seated
    return seat_again(db, seated, senior_side=side)


def seat_again(
    db: Database,
    saved: SeatedPlan,
    *,
    senior_side: str | None = None,
    locks: dict[str, int] | None = None,
    **rules: Any,
) -> SeatedPlan:
    """``saved`` seated again by the rules (``auto_plan``), under its id and name (not saved): on
    ``senior_side`` (None: the event's setting), ``locks`` kept, at the plan's own sizes (and a banquet's
    alternation) but for those ``rules`` give; sized anew, still alternating, when its own sizes no longer
    hold everyone."""
    plan = saved.plan
    kept: dict[str, Any] = {}
    with contextlib.suppress(KeyError, ValueError):  # a plan saved without its sizes: none kept
        kept = {name: value for name, value in sizes_of(plan).items() if name not in rules}
    alternation = {name: value for name, value in kept.items() if name == "alternate"}
    common: dict[str, Any] = {"senior_side": senior_side, "agreement_id": plan.agreement_id, "locks": locks}
    try:
        again = auto_plan(db, saved.ctx.event_id, plan.layout, **common, **kept, **rules)
    except UserError:
        if kept.keys() <= alternation.keys():  # no size of the plan's own to give up
            raise
        again = auto_plan(db, saved.ctx.event_id, plan.layout, **common, **alternation, **rules)
    again.plan.id, again.plan.name = plan.id, plan.name
    return again


def agreement_for(db: Database, event_id: int, agreement_id: int | None) -> Agreement | None:
    """The agreement of a signing plan: the one asked for, else the one the ceremony starts with (the
    first in signing order: set by hand, else by the rule of ``protocol_app.signing_order``)."""
    if agreement_id is not None:
        agr = get_agreement(db, agreement_id)
        if agr.event_id != event_id:
            raise UserError(said("agreement_other_event", id=agreement_id), column="agreement")
        return agr
    agreements = list_agreements(db, event_id)
    if not agreements:
        return None
    return signing_order(agreements, standings(db, event_id))[0]


def auto_plan(
    db: Database,
    event_id: int,
    layout: Layout,
    *,
    senior_side: str | None = None,
    tables: int | None = None,
    seats: int | None = None,
    head_table: int = 0,
    agreement_id: int | None = None,
    locks: dict[str, int] | None = None,
    seed: int = 0,
    cancel: Callable[[], bool] | None = None,
    progress: Callable[[float, float], None] | None = None,
    alternate: bool = False,
) -> SeatedPlan:
    """Seat the event's people in ``layout`` by the rules (not saved); ``locks`` keep people in seats;
    ``alternate``: men and women alternate at a banquet."""
    ctx = editing_context(db, event_id)
    agreement = agreement_for(db, event_id, agreement_id) if layout == Layout.SIGNING else None
    if layout == Layout.SIGNING and agreement is None:
        raise UserError(said("no_agreement_to_sign"), column="agreement")
    for value, name in ((tables, "tables"), (seats, "seats")):
        if value is not None and value < 1:
            raise UserError(said("bad_count", what=said(f"count_{name}")), column=name)
    options = Options(
        senior_side=senior_side or ctx.event.senior_side,
        tables=tables,
        seats=seats,
        head_table=head_table,
        agreement=agreement,
        locks=dict(locks or {}),
        seed=seed,
        cancel=cancel,
        progress=progress,
        alternate=alternate,
    )
    plan, result = seat_plan(ctx, layout, options)
    return SeatedPlan(plan, ctx, agreement, validate(ctx, plan, agreement), result)


def save(db: Database, seated: SeatedPlan) -> int:
    """Store the plan (replacing the stored one it came from); returns its id."""
    plan = seated.plan
    draft = store.NewPlan(
        event_id=seated.ctx.event_id,
        layout=plan.layout,
        senior_side=plan.senior_side,
        agreement_id=plan.agreement_id,
        name=plan.name,
        params=plan.params,
        assignments={s.id: (s.attendee_id, s.locked) for s in plan.seats() if s.attendee_id or s.locked},
    )
    plan.id = store.save_plan(db, draft if plan.id is None else store.StoredPlan.of(draft, plan.id))
    return plan.id


def open_plan(db: Database, plan_id: int) -> SeatedPlan:
    """A saved plan exactly as it was saved (seats, people, locks), validated against today's data."""
    stored = store.get_plan(db, plan_id)
    plan = layouts.build(stored.layout, stored.senior_side, stored.params)
    plan.id, plan.event_id, plan.agreement_id, plan.name = (
        stored.id,
        stored.event_id,
        stored.agreement_id,
        stored.name,
    )
    by_id = {s.id: s for s in plan.seats()}
    for seat_id, (aid, locked) in sorted(stored.assignments.items(), key=lambda kv: len(kv[0])):
        seat = by_id.get(seat_id) or _chair_behind(plan, by_id, seat_id)
        if seat is None:
            continue
        seat.attendee_id, seat.locked = aid, locked
    ctx = editing_context(db, stored.event_id)
    dress_flags(ctx, plan)
    agreement = get_agreement(db, stored.agreement_id) if stored.agreement_id else None
    return SeatedPlan(plan, ctx, agreement, validate(ctx, plan, agreement))


def _chair_behind(plan: Plan, by_id: dict[str, Seat], seat_id: str) -> Seat | None:
    """Recreate the chair behind a seat from its id (``H0b``, ``T3-4b2``)."""
    base, _, n = seat_id.rpartition("b")
    if base not in by_id or not (n == "" or n.isdigit()):
        return None
    chair = behind_seat(by_id[base])
    chair.id = seat_id
    for _ in range(int(n or 1) - 1):
        chair.x += 0.35 * by_id[base].right_hand[0]
        chair.y += 0.35 * by_id[base].right_hand[1]
    plan.table(chair.table_id).seats.append(chair)
    by_id[seat_id] = chair
    return chair


def find_saved(
    db: Database, event_id: int, layout: Layout, agreement_id: int | None = None
) -> SeatedPlan | None:
    """The saved plan of an event for a layout (and agreement), reopened; None when there is none."""
    stored = store.find_plan(db, event_id, layout, agreement_id)
    return open_plan(db, stored.id) if stored and stored.id else None


def locks_of(seated: SeatedPlan) -> dict[str, int]:
    """The locked seats of a plan: seat id -> who is kept there."""
    return {s.id: s.attendee_id for s in seated.plan.seats() if s.locked and s.attendee_id is not None}


@dataclass(frozen=True)
class SeatChange:
    """What one hand edit changed in a plan: for each seat it touched, (person, locked) before and after.

    Undo applies the reversed change; the store refuses it when those seats were changed meanwhile."""

    plan_id: int | None
    before: dict[str, SeatState]
    after: dict[str, SeatState]

    def reversed(self) -> SeatChange:
        return SeatChange(self.plan_id, self.after, self.before)

    @property
    def seats(self) -> list[str]:
        return list(self.after)

    def __bool__(self) -> bool:
        return self.before != self.after


def _seat(plan: Plan, seat_id: str) -> Seat:
    try:
        return plan.seat(seat_id)
    except KeyError:
        raise UserError(said("plan_no_seat", seat=seat_id), column="seat") from None


def _state_of(plan: Plan, seat_id: str) -> SeatState:
    """Who holds a seat and whether it is locked; ``EMPTY`` for a chair behind a seat of the plan that is
    not placed yet (``apply`` places it when someone takes it)."""
    try:
        return _state(plan.seat(seat_id))
    except KeyError:
        base, _, n = seat_id.rpartition("b")
        if base and (n == "" or n.isdigit()) and any(s.id == base for s in plan.seats()):
            return EMPTY
        raise UserError(said("plan_no_seat", seat=seat_id), column="seat") from None


def _placed(plan: Plan, seat_id: str) -> Seat:
    """The seat ``seat_id``, a chair behind another seat placed when the plan has none there yet."""
    try:
        return plan.seat(seat_id)
    except KeyError:
        chair = _chair_behind(plan, {s.id: s for s in plan.seats()}, seat_id)
        if chair is None:
            raise UserError(said("plan_no_seat", seat=seat_id), column="seat") from None
        return chair


def _change(seated: SeatedPlan, after: dict[str, SeatState]) -> SeatChange:
    """The change that sets seats to ``after`` (seats already so are left out)."""
    before = {sid: _state_of(seated.plan, sid) for sid in after}
    kept = {sid: state for sid, state in after.items() if state != before[sid]}
    return SeatChange(seated.plan.id, {sid: before[sid] for sid in kept}, kept)


def _state(seat: Seat) -> SeatState:
    return (seat.attendee_id, seat.locked)


def moving(seated: SeatedPlan, attendee_id: int, seat_id: str, *, lock: bool = True) -> SeatChange:
    """What putting a person into a seat changes: moved into an empty seat, or swapped with its occupant
    (who takes the person's old seat, unlocked); a person not seated yet displaces the occupant, who is then
    unseated. The seat is locked unless ``lock`` is False (the automatic seating keeps it)."""
    if attendee_id not in seated.ctx.attendees:
        raise UserError(said("not_participant", id=attendee_id))
    occupant, _ = _state_of(seated.plan, seat_id)
    current = seated.plan.seat_of().get(attendee_id)
    after: dict[str, SeatState] = {seat_id: (attendee_id, lock)}
    if current is not None and current.id != seat_id:
        after[current.id] = (occupant, False)
    return _change(seated, after)


def unseating(seated: SeatedPlan, seat_id: str) -> SeatChange:
    """What taking the person off a seat changes (the seat is left empty and unlocked)."""
    _seat(seated.plan, seat_id)
    return _change(seated, {seat_id: EMPTY})


def locking(seated: SeatedPlan, seat_id: str, locked: bool) -> SeatChange:
    """What locking a seat (the automatic seating keeps its person there) or unlocking it changes."""
    seat = _seat(seated.plan, seat_id)
    return _change(seated, {seat_id: (seat.attendee_id, locked)})


def reseating(seated: SeatedPlan, again: SeatedPlan) -> SeatChange:
    """What seating the plan again (``again``: the same layout and sizes, e.g. the rest seated by the rules
    around the locked seats) changes, seat by seat; its chairs behind seats (interpreters) may be new ones.
    ``UserError`` when it has other seats (other sizes: ``replace_saved`` instead)."""
    theirs = {s.id: _state(s) for s in again.plan.seats()}
    seats = {s.id for s in seated.plan.seats()} | set(theirs)
    return _change(seated, {sid: theirs.get(sid, EMPTY) for sid in seats})


def apply(seated: SeatedPlan, change: SeatChange, db: Database | None = None) -> None:
    """Make ``change`` in the plan and re-check it; with ``db``, the stored plan follows first, in one
    transaction (refused, the plan untouched, when its seats were changed meanwhile)."""
    for sid in change.after:
        _state_of(seated.plan, sid)  # every seat is one of the plan's (or a chair behind one of them)
    if db is not None and change:
        if seated.plan.id is None:
            raise UserError(said("plan_not_saved"))
        store.change_seats(db, seated.plan.id, change.before, change.after)
    for sid, (aid, locked) in change.after.items():
        seat = _placed(seated.plan, sid)
        seat.attendee_id, seat.locked = aid, locked
    seated.violations = validate(seated.ctx, seated.plan, seated.agreement)


def move(seated: SeatedPlan, attendee_id: int, seat_id: str, *, lock: bool = True) -> SeatChange:
    """Hand edit (not saved): put a person into a seat (see ``moving``), then re-validate."""
    change = moving(seated, attendee_id, seat_id, lock=lock)
    apply(seated, change)
    return change


def set_locked(seated: SeatedPlan, seat_id: str, locked: bool) -> SeatChange:
    """Lock a seat (the automatic seating keeps its person there) or unlock it (not saved)."""
    change = locking(seated, seat_id, locked)
    apply(seated, change)
    return change


# --- edits of a saved plan: the store follows in one transaction; each returns what it changed -----------
def move_saved(db: Database, seated: SeatedPlan, attendee_id: int, seat_id: str) -> SeatChange:
    """Move a person of a saved plan into a seat (an empty one, or swapped with its occupant), locked."""
    change = moving(seated, attendee_id, seat_id)
    apply(seated, change, db)
    return change


def swap_saved(db: Database, seated: SeatedPlan, first: str, second: str) -> SeatChange:
    """Exchange the people of two seats of a saved plan; a seat someone now holds is locked (placed by
    hand)."""
    a, b = _seat(seated.plan, first), _seat(seated.plan, second)
    change = _change(seated, {first: (b.attendee_id, b.attendee_id is not None),
                              second: (a.attendee_id, a.attendee_id is not None)})  # fmt: skip
    apply(seated, change, db)
    return change


def unseat_saved(db: Database, seated: SeatedPlan, seat_id: str) -> SeatChange:
    """Take the person off a seat of a saved plan."""
    change = unseating(seated, seat_id)
    apply(seated, change, db)
    return change


def lock_saved(db: Database, seated: SeatedPlan, seat_id: str, locked: bool) -> SeatChange:
    """Lock or unlock a seat of a saved plan."""
    change = locking(seated, seat_id, locked)
    apply(seated, change, db)
    return change


@dataclass(frozen=True)
class PlanChange:
    """A saved plan replaced by another of other sizes or another senior side: both, to undo and redo."""

    before: store.StoredPlan
    after: store.StoredPlan

    def reversed(self) -> PlanChange:
        return PlanChange(self.after, self.before)


def apply_plan(db: Database, change: PlanChange) -> None:
    """Store ``change.after`` over the saved plan (one transaction): redo and undo of ``replace_saved``."""
    store.save_plan(db, copy.deepcopy(change.after))


def replace_saved(db: Database, seated: SeatedPlan) -> PlanChange:
    """Store ``seated`` over the saved plan of the same id (one transaction); returns both versions."""
    if seated.plan.id is None:
        raise UserError(said("plan_not_saved"))
    before = store.get_plan(db, seated.plan.id)
    save(db, seated)
    return PlanChange(before, store.get_plan(db, seated.plan.id))
