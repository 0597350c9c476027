"""The geometry of a seating plan: tables and seats with coordinates, rows, offsets and who sits where.

Coordinates are metres on the floor, seen from above with the entrance at the bottom (``y`` grows away from
the entrance). Each seat knows the direction its occupant faces; his or her right hand is that direction
turned clockwise. ``row`` and ``offset`` are those of docs/CLI.md: ``row`` 1 is the table row or the front
row, ``offset`` counts whole seats from the centre of a row (or from the first seat of a round table),
positive towards the right hand of the person sitting in that seat.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

from protocol_app.model import Layout

SEAT = "seat"  # a chair at a table or in a row
END = "end"  # a chair at the end of a negotiation table (note-takers)
BEHIND = "behind"  # a chair behind another seat (interpreters)
STANDING = "standing"  # a standing place behind a signing table
ASSISTANT = "assistant"  # a standing place at the outer side of a signing table


@dataclass
class Seat:
    """One place: where it is, which way its occupant faces, and who sits there."""

    id: str
    table_id: str
    row: int
    offset: int
    x: float
    y: float
    facing: tuple[float, float]  # unit vector the occupant faces
    kind: str = SEAT
    side: str | None = None  # "host", "guest" or None: whose seat it is by the rules
    number: int = 0  # the number drawn on the plan
    attendee_id: int | None = None
    locked: bool = False
    front_id: str | None = None  # for a chair behind: the seat in front of it
    side_id: int | None = None  # the delegation whose seat it is by the rules (talks of 3+ delegations)

    @property
    def right_hand(self) -> tuple[float, float]:
        """The direction of the occupant's right hand."""
        dx, dy = self.facing
        return (dy, -dx)


@dataclass
class Table:
    """A table (or a row of chairs, or a standing area) with its seats; sizes in metres."""

    id: str
    shape: str  # "rect", "round", "row" (chairs without a table) or "standing"
    x: float
    y: float
    width: float = 0.0
    height: float = 0.0  # the diameter for a round table
    label: str = ""
    seats: list[Seat] = field(default_factory=list)
    ring: bool = False  # seats around a round table: the first and the last are neighbours


@dataclass
class Flag:
    """A flag stand of a delegation: ``side`` says host or guest, ``side_id`` which delegation."""

    side: str  # "host" or "guest"
    x: float
    y: float
    side_id: int | None = None
    country: str = ""  # the delegation's country (ISO code or name), filled in from its side
    seat_id: str = ""  # a signatory's or a head's chair: the flag is his or her delegation's


@dataclass
class Plan:
    """A whole seating plan: the tables, the flags, the entrance and the assignment of people to seats."""

    layout: Layout
    senior_side: str
    tables: list[Table]
    entrance: tuple[float, float] = (0.0, 0.0)
    flags: list[Flag] = field(default_factory=list)
    params: dict = field(default_factory=dict)
    event_id: int | None = None
    agreement_id: int | None = None
    id: int | None = None
    name: str = ""

    def seats(self) -> list[Seat]:
        """Every seat of every table, in table order."""
        return [seat for table in self.tables for seat in table.seats]

    def seat(self, seat_id: str) -> Seat:
        """The seat with id ``seat_id`` (KeyError if the plan has none)."""
        for seat in self.seats():
            if seat.id == seat_id:
                return seat
        raise KeyError(seat_id)

    def seat_of(self) -> dict[int, Seat]:
        """Where each seated attendee sits, by attendee id."""
        return {s.attendee_id: s for s in self.seats() if s.attendee_id is not None}

    def table(self, table_id: str) -> Table:
        for table in self.tables:
            if table.id == table_id:
                return table
        raise KeyError(table_id)

    def bounds(self) -> tuple[float, float, float, float]:
        """(min x, min y, max x, max y) of tables, seats and entrance, in metres."""
        xs = [self.entrance[0]]
        ys = [self.entrance[1]]
        for table in self.tables:
            xs += [table.x - table.width / 2, table.x + table.width / 2]
            ys += [table.y - table.height / 2, table.y + table.height / 2]
            xs += [s.x for s in table.seats]
            ys += [s.y for s in table.seats]
        return min(xs), min(ys), max(xs), max(ys)


def neighbours(plan: Plan) -> dict[str, list[str]]:
    """Seat ids next to each seat: the chairs beside it in its row or round table, and a chair behind it.

    Seats of one row are neighbours when their offsets differ by one; round tables close the ring.
    """
    result: dict[str, list[str]] = {s.id: [] for s in plan.seats()}
    for table in plan.tables:
        rows: dict[tuple[int, str | None, str], list[Seat]] = {}
        for seat in table.seats:
            if seat.kind in (SEAT, STANDING, ASSISTANT):
                rows.setdefault(
                    (seat.row, seat.side if table.shape == "rect" and not table.ring else None, seat.kind), []
                ).append(seat)
            if seat.kind == BEHIND and seat.front_id in result:
                result[seat.id].append(seat.front_id)
                result[seat.front_id].append(seat.id)
        for members in rows.values():
            by_offset = {s.offset: s for s in members}
            for seat in members:
                nxt = by_offset.get(seat.offset + 1)
                if nxt is None and table.ring and len(members) > 2:
                    nxt = by_offset.get(min(by_offset)) if seat.offset == max(by_offset) else None
                if nxt is not None:
                    result[seat.id].append(nxt.id)
                    result[nxt.id].append(seat.id)
    return result


def behind_seat(front: Seat, distance: float = 0.7) -> Seat:
    """A chair behind ``front`` (for an interpreter), facing the same way."""
    dx, dy = front.facing
    return replace(
        front,
        id=f"{front.id}b",
        row=front.row + 1,
        x=round(front.x - dx * distance, 3),
        y=round(front.y - dy * distance, 3),
        kind=BEHIND,
        attendee_id=None,
        locked=False,
        front_id=front.id,
    )


def facing_towards(x: float, y: float, tx: float, ty: float) -> tuple[float, float]:
    """The unit vector from (x, y) towards (tx, ty)."""
    dx, dy = tx - x, ty - y
    length = math.hypot(dx, dy) or 1.0
    return (round(dx / length, 6), round(dy / length, 6))
