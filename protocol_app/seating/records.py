"""The JSON of a seating plan, as ``seating --json`` prints it (docs/CLI.md field names, and a few more)."""

from __future__ import annotations

from typing import Any

from protocol_app.seating.plans import SeatedPlan, hand_placed, senior_side_note


def plan_record(seated: SeatedPlan) -> dict[str, Any]:
    """``{layout, senior_side, tables: [{id, shape, seats: [...]}], violations: [...]}`` and extras:
    ``event_senior_side`` (the event's setting) and ``notes`` (words for the officer, e.g. that a plan kept
    as placed by hand seats the senior side otherwise than the event's setting)."""
    plan, ctx = seated.plan, seated.ctx
    tables = []
    for table in plan.tables:
        seats = []
        for seat in table.seats:
            aid = seat.attendee_id if seat.attendee_id in ctx.attendees else None
            att = ctx.attendees[aid] if aid is not None else None
            seats.append(
                {
                    "id": seat.id,
                    "row": seat.row,
                    "offset": seat.offset,
                    "x": round(seat.x, 3),
                    "y": round(seat.y, 3),
                    "side": ctx.side(aid) if aid is not None else seat.side,
                    "side_id": ctx.side_id(aid) if aid is not None else seat.side_id,
                    "seat_side": seat.side,
                    "seat_side_id": seat.side_id,
                    "attendee_id": aid,
                    "name": att.person.full_name if att else None,
                    "short_name": ctx.short_name(aid) if aid is not None and att else None,
                    "side_name": att.side.name if att else None,
                    "role": att.participant.role if att else None,
                    "precedence": ctx.precedence(aid) if aid is not None else None,
                    "precedence_reason": ctx.standing[aid].reason_text("en") if aid is not None else None,
                    "kind": seat.kind,
                    "number": seat.number,
                    "locked": seat.locked,
                    "facing": list(seat.facing),
                }
            )
        tables.append(
            {
                "id": table.id,
                "shape": table.shape,
                "label": table.label,
                "x": round(table.x, 3),
                "y": round(table.y, 3),
                "width": round(table.width, 3),
                "height": round(table.height, 3),
                "seats": seats,
            }
        )
    occupant = {s.id: s.attendee_id for s in plan.seats()}
    record: dict[str, Any] = {
        "plan_id": plan.id,
        "event_id": ctx.event_id,
        "layout": plan.layout,
        "senior_side": plan.senior_side,
        "event_senior_side": seated.event_senior_side,
        "agreement_id": plan.agreement_id,
        "params": plan.params,
        "entrance": {"x": plan.entrance[0], "y": plan.entrance[1]},
        "flags": [
            {"side": f.side, "side_id": f.side_id, "country": f.country, "x": f.x, "y": f.y}
            for f in plan.flags
        ],
        "tables": tables,
        "violations": [
            {
                "rule": v.rule,
                "message": v.message,
                "message_ru": v.text("ru"),  # as the signing problems give both
                "seats": v.seats,
                "severity": v.severity,
                "people": v.people or [occupant[s] for s in v.seats if occupant.get(s) is not None],
                "cause": v.cause,  # the seat of the hand placement the breach names or comes of (else null)
            }
            for v in seated.violations
        ],
    }
    note = senior_side_note(seated, "en")
    if note and hand_placed(seated):
        note += "; seats placed by hand keep the plan so until --reseat seats it by the setting (locks kept)"
    record["notes"] = [note] if note else []
    if seated.result is not None:
        record["score"] = seated.result.score
    return record
