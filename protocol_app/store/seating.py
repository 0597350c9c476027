"""Seating plans (layout, parameters, who sits in which seat, which seats are locked) and seating constraints."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.model import LAYOUTS, Layout, NewSeatingConstraint, SeatingConstraint, Stored
from protocol_app.store.events import get_event
from protocol_app.store.participants import get_participant
from protocol_app.store.rows import from_row, insert_row, to_row
from protocol_app.words import said

KINDS = ("together", "apart")
EMPTY: tuple[int | None, bool] = (None, False)  # a seat nobody holds and nobody locked

SeatState = tuple[int | None, bool]  # (participant or None, locked)


@dataclass
class NewPlan:
    """A plan as the store holds it: the layout and its parameters, and seat id -> (participant, locked);
    one not stored yet (``StoredPlan``: the stored one, with its id)."""

    event_id: int
    layout: Layout
    senior_side: str = "right"
    agreement_id: int | None = None
    name: str = ""
    params: dict = field(default_factory=dict)
    assignments: dict[str, SeatState] = field(default_factory=dict)
    updated: str = ""


@dataclass
class StoredPlan(NewPlan, Stored):
    """A plan the store holds."""


def save_plan(db: Database, plan: NewPlan) -> int:
    """Store a plan (a new one, or a ``StoredPlan`` replacing the one with its id) in one transaction;
    returns its id."""
    get_event(db, plan.event_id)
    if plan.layout not in LAYOUTS:
        raise UserError(
            said("unknown_layout", value=plan.layout, layouts=", ".join(LAYOUTS)), column="layout"
        )
    if plan.senior_side not in ("right", "left"):
        raise UserError(said("bad_senior_side", value=plan.senior_side), column="senior_side")
    for seat, (pid, _) in plan.assignments.items():
        if pid is not None and get_participant(db, pid).event_id != plan.event_id:
            raise UserError(said("seat_unknown", seat=seat, aid=pid), column="seat")
    row = {
        "event_id": plan.event_id,
        "name": plan.name,
        "layout": plan.layout,
        "senior_side": plan.senior_side,
        "agreement_id": plan.agreement_id,
        "params": json.dumps(plan.params, ensure_ascii=False, sort_keys=True),
        "updated": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    with db.atomic():
        if isinstance(plan, StoredPlan):
            plan_id = plan.id
            get_plan(db, plan_id)
            db.table("seating_plans").update(plan_id, row)
            db.table("seat_assignments").delete_where("plan_id = ?", [plan_id])
        else:
            plan_id = insert_row(db, "seating_plans", row)
        db.table("seat_assignments").insert_all(
            {"plan_id": plan_id, "seat": seat, "participant_id": pid, "locked": int(locked)}
            for seat, (pid, locked) in plan.assignments.items()
            if pid is not None or locked
        )
    return plan_id


def get_plan(db: Database, plan_id: int) -> StoredPlan:
    """A stored plan with its assignments, as it was saved."""
    rows = list(db["seating_plans"].rows_where("id = ?", [plan_id]))
    if not rows:
        raise NotFound(said("no_such", what=said("of_plan"), id=plan_id))
    row = rows[0]
    plan = from_row(
        StoredPlan, {**row, "layout": Layout(row["layout"]), "params": json.loads(row["params"] or "{}")}
    )
    for a in db["seat_assignments"].rows_where("plan_id = ?", [plan_id], order_by="seat"):
        plan.assignments[a["seat"]] = (a["participant_id"], bool(a["locked"]))
    return plan


def seat_states(db: Database, plan_id: int, seats: list[str]) -> dict[str, SeatState]:
    """The stored state of ``seats`` of a plan: (participant, locked), ``EMPTY`` for a seat without a row."""
    marks = ",".join("?" * len(seats))
    rows = db.execute(
        f"SELECT seat, participant_id, locked FROM seat_assignments WHERE plan_id = ? AND seat IN ({marks})",
        [plan_id, *seats],
    ).fetchall()
    found = {seat: (pid, bool(locked)) for seat, pid, locked in rows}
    return {seat: found.get(seat, EMPTY) for seat in seats}


def change_seats(
    db: Database, plan_id: int, before: dict[str, SeatState], after: dict[str, SeatState]
) -> None:
    """Set seats of a stored plan from ``before`` to ``after``, in one transaction.

    Refused, with nothing written, when a seat is no longer as ``before`` says (another window or the
    command line changed it meanwhile), or when a participant would end up in two seats of the plan.
    """
    row = db.execute("SELECT event_id FROM seating_plans WHERE id = ?", [plan_id]).fetchone()
    if row is None:
        raise NotFound(said("no_such", what=said("of_plan"), id=plan_id))
    for seat, (pid, _) in after.items():
        if pid is not None and get_participant(db, pid).event_id != row[0]:
            raise UserError(said("seat_unknown", seat=seat, aid=pid), column="seat")
    with db.atomic():
        now = seat_states(db, plan_id, list(after))
        changed = sorted(seat for seat in after if now[seat] != before.get(seat, EMPTY))
        if changed:
            raise UserError(
                said("seats_changed", seats=", ".join(changed), plan=plan_id),
                column="seat",
            )
        marks = ",".join("?" * len(after))
        db.execute(f"DELETE FROM seat_assignments WHERE plan_id = ? AND seat IN ({marks})", [plan_id, *after])
        rows = [
            {"plan_id": plan_id, "seat": seat, "participant_id": pid, "locked": int(locked)}
            for seat, (pid, locked) in after.items()
            if (pid, locked) != EMPTY
        ]
        db.table("seat_assignments").insert_all(rows)
        twice = db.execute(
            "SELECT participant_id FROM seat_assignments WHERE plan_id = ? AND participant_id IS NOT NULL"
            " GROUP BY participant_id HAVING COUNT(*) > 1",
            [plan_id],
        ).fetchone()
        if twice:
            raise UserError(said("two_seats_in_plan", id=twice[0], plan=plan_id), column="seat")
        db.execute(
            "UPDATE seating_plans SET updated = ? WHERE id = ?",
            [datetime.now(UTC).isoformat(timespec="seconds"), plan_id],
        )


def list_plans(db: Database, event_id: int) -> list[StoredPlan]:
    """The saved plans of an event, oldest first."""
    ids = [r["id"] for r in db["seating_plans"].rows_where("event_id = ?", [event_id], order_by="id")]
    return [get_plan(db, i) for i in ids]


def find_plan(
    db: Database, event_id: int, layout: Layout, agreement_id: int | None = None
) -> StoredPlan | None:
    """The saved plan of an event for a layout (and, for signing, an agreement), if any."""
    row = db.execute(
        "SELECT id FROM seating_plans WHERE event_id = ? AND layout = ? AND agreement_id IS ? ORDER BY id DESC",
        [event_id, layout, agreement_id],
    ).fetchone()
    return get_plan(db, row[0]) if row else None


def delete_plan(db: Database, plan_id: int) -> None:
    get_plan(db, plan_id)
    with db.atomic():
        db.table("seating_plans").delete(plan_id)


def add_constraint(db: Database, constraint: NewSeatingConstraint) -> int:
    """Store a wish to keep two participants together or apart; the same wish twice is stored once."""
    if constraint.kind not in KINDS:
        raise UserError(said("bad_constraint_kind", value=constraint.kind), column="kind")
    if constraint.first_id == constraint.second_id:
        raise UserError(said("constraint_two_people"))
    for pid in (constraint.first_id, constraint.second_id):
        if get_participant(db, pid).event_id != constraint.event_id:
            raise UserError(said("not_participant", id=pid))
    first, second = sorted((constraint.first_id, constraint.second_id))
    existing = db.execute(
        "SELECT id FROM seating_constraints WHERE event_id = ? AND kind = ? AND first_id = ? AND second_id = ?",
        [constraint.event_id, constraint.kind, first, second],
    ).fetchone()
    if existing:
        return int(existing[0])
    other = "apart" if constraint.kind == "together" else "together"
    if db.execute(
        "SELECT 1 FROM seating_constraints WHERE event_id = ? AND kind = ? AND first_id = ? AND second_id = ?",
        [constraint.event_id, other, first, second],
    ).fetchone():
        raise UserError(said("constraint_exists", first=first, second=second, kind=said(f"kept_{other}")))
    constraint.first_id, constraint.second_id = first, second
    with db.atomic():
        return insert_row(db, "seating_constraints", to_row(constraint))


def list_constraints(db: Database, event_id: int) -> list[SeatingConstraint]:
    rows = db["seating_constraints"].rows_where("event_id = ?", [event_id], order_by="id")
    return [from_row(SeatingConstraint, r) for r in rows]


def delete_constraint(db: Database, constraint_id: int) -> None:
    if not db.execute("SELECT 1 FROM seating_constraints WHERE id = ?", [constraint_id]).fetchone():
        raise NotFound(said("no_such", what=said("of_constraint"), id=constraint_id))
    with db.atomic():
        db.table("seating_constraints").delete(constraint_id)
