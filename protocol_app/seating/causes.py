"""Breaches by cause: a person placed (or locked) by hand out of the place the rules give him or her is ONE
breach that names the placement (who, which seat, where the rules would seat him or her); the people it
displaces are at most one grouped line ("12 people sit one place lower than their rank asks ...")."""

from __future__ import annotations

from collections.abc import Callable

from protocol_app.seating.breach import ERROR, WARNING, Violation, seat_words, who
from protocol_app.seating.context import SeatingContext
from protocol_app.seating.geometry import Plan, Seat
from protocol_app.words import Said, said


def order_by_cause(
    ctx: SeatingContext,
    seated: list[Seat],
    key: Callable[[int], tuple],
    phrase: Callable[[Seat], Said],
    rule: Callable[[Seat], str],
) -> list[Violation]:
    """Breaches of the order of honour among ``seated`` (seats with a person, most honoured first).

    The rules give the k-th person by ``key`` the k-th seat. Each hand placement (a locked seat) whose
    person is not in that seat is one breach; the others not in the seat their rank asks are grouped by the
    placement that displaced them. Without such a placement each of them is one breach naming the seat the
    rules give him or her (never the seat he or she already has)."""
    people = sorted((_aid(s) for s in seated), key=key)
    ideal = dict(zip(people, seated, strict=True))  # the rules' seat of each, hand placements aside
    pos = {s.id: i for i, s in enumerate(seated)}
    placements = [s for s in seated if s.locked and ideal[_aid(s)].id != s.id]
    off = [s for s in seated if not s.locked and ideal[_aid(s)].id != s.id]
    found: list[Violation] = []
    if not placements:
        for seat in off:
            aid = _aid(seat)
            goal = phrase(ideal[aid])
            found.append(Violation(rule(ideal[aid]), said("not_at", who=who(ctx, aid), goal=goal,
                                   now=phrase(seat)), [seat.id], subject=aid, goal=goal))  # fmt: skip
        return found
    groups: dict[str, dict[str, int]] = {s.id: {} for s in placements}
    for seat in off:
        cause = _cause(placements, ideal, pos, pos[seat.id])
        groups[cause.id][seat.id] = pos[seat.id] - pos[ideal[_aid(seat)].id]
    for seat in placements:
        aid = _aid(seat)
        goal = phrase(ideal[aid])
        found.append(Violation(rule(ideal[aid]), said("placed", who=who(ctx, aid), now=phrase(seat), goal=goal),
                               [seat.id], subject=aid, goal=goal, cause=seat.id))  # fmt: skip
        if groups[seat.id]:
            found.append(displaced(ctx, seat, groups[seat.id], rule(ideal[aid])))
    return found


def _aid(seat: Seat) -> int:
    """The person in an occupied seat (the seats looked at here are those with a person)."""
    if seat.attendee_id is None:
        raise ValueError(f"seat {seat.id} is empty")
    return seat.attendee_id


def _cause(placements: list[Seat], ideal: dict[int, Seat], pos: dict[str, int], at: int) -> Seat:
    """The placement that displaced the person at position ``at``: the one whose move (from the seat the
    rules give its person to the seat it has) passes over ``at``, else the nearest such move."""

    def distance(seat: Seat) -> int:
        low, high = sorted((pos[ideal[_aid(seat)].id], pos[seat.id]))
        return max(low - at, at - high, 0)

    return min(placements, key=distance)


def displaced(ctx: SeatingContext, placement: Seat, shifts: dict[str, int], rule: str) -> Violation:
    """One line for the people displaced by the hand placement at ``placement``; ``shifts``: their seat ->
    how many places lower (+) or higher (-) they sit than their rank asks."""
    lower = sum(d > 0 for d in shifts.values())
    higher = len(shifts) - lower
    count = said("one_sits") if len(shifts) == 1 else said("many_sit", n=len(shifts))
    by = who(ctx, _aid(placement))
    if lower and higher:
        words = said("displaced_both", n=len(shifts), lower=lower, higher=higher, by=by)
    else:
        one = all(abs(d) == 1 for d in shifts.values())
        shift = said(("one_place_" if one else "") + ("lower" if lower else "higher"))
        words = said("displaced", count=count, shift=shift, by=by)
    return Violation(rule, words, list(shifts), cause=placement.id)


def by_cause(ctx: SeatingContext, plan: Plan, found: list[Violation]) -> list[Violation]:
    """``found`` with every breach about one person placed or locked by hand folded into one that names the
    placement (in the place of the first of them)."""
    locked = {s.attendee_id: s for s in plan.seats() if s.locked and s.attendee_id in ctx.attendees}
    about: dict[int, list[Violation]] = {}
    for v in found:
        if v.subject in locked:
            about.setdefault(v.subject, []).append(v)
    result: list[Violation] = []
    for v in found:
        if v.subject not in locked:
            result.append(v)
        elif about[v.subject][0] is v:
            result.append(_folded(ctx, plan, locked[v.subject], about[v.subject]))
    return result


def _folded(ctx: SeatingContext, plan: Plan, seat: Seat, mine: list[Violation]) -> Violation:
    """The one breach of the hand placement at ``seat`` out of the breaches ``mine`` about its person."""
    seats = list(dict.fromkeys([seat.id] + [s for v in mine for s in v.seats]))
    severity = ERROR if any(v.severity == ERROR for v in mine) else WARNING
    named = next((v for v in mine if v.cause == seat.id), None)
    if named is not None:
        named.seats, named.severity = seats, severity
        return named
    first = min(mine, key=lambda v: v.rule == "side")  # the layout's own rule before the delegation's side
    aid = _aid(seat)
    if first.goal is None:
        words = said("placed_why", who=who(ctx, aid), now=seat_words(plan, seat), why=first.said)
    else:
        words = said("placed", who=who(ctx, aid), now=seat_words(plan, seat), goal=first.goal)
    return Violation(first.rule, words, seats, severity, subject=aid, goal=first.goal, cause=seat.id)
