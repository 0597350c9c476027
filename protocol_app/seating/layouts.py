"""Geometry of each layout, built from its parameters: negotiation, signing, banquet, presidium, theatre.

Metres; the entrance is at the bottom. Guests at a negotiation table face the entrance (the far edge); at a
banquet the place of honour faces it; a presidium, a signing table and a stage face the audience and the
entrance. The senior side mirrors the offsets, so the same seat id always means the same place of honour.
"""

from __future__ import annotations

import math

from protocol_app.errors import UserError
from protocol_app.model import Layout
from protocol_app.seating.geometry import (
    ASSISTANT,
    END,
    SEAT,
    STANDING,
    Flag,
    Plan,
    Seat,
    Table,
    facing_towards,
)
from protocol_app.seating.honour import hand, row_offsets
from protocol_app.words import Said, said

PITCH = 0.75  # metres between chairs at a table
STAND_PITCH = 0.7  # metres between people standing in a row
CHAIR = 0.45  # from a table's edge to the middle of its chair

UP, DOWN = (0.0, 1.0), (0.0, -1.0)
LONGEST_TABLE = 16.0  # metres: a negotiation table longer than this is refused (a line, not a table)


def _too_long(people: int, length: float, what: Said) -> UserError:
    """The refusal of a negotiation table no room holds, with what to do instead."""
    return UserError(
        said("table_too_long", people=people, what=what, length=f"{length:.1f}", most=f"{LONGEST_TABLE:.0f}"),
        column="layout",
    )


def negotiation(per_side: int, host_ends: int, guest_ends: int, senior_side: str) -> Plan:
    """One rectangular table: the host row with its back to the entrance, the guest row facing it.

    Seat ids: ``H0``, ``H+1``, ``H-1`` ... and ``G0`` ...; note-takers' chairs ``E1`` ... at the ends: the
    host's at the host's junior-hand end, the guest's at the other (the guest's junior hand).
    """
    per_side = max(per_side, 1)
    if per_side * PITCH + 0.4 > LONGEST_TABLE:
        raise _too_long(per_side, per_side * PITCH + 0.4, said("per_side"))
    depth = 1.4
    offsets = row_offsets(per_side, senior_side)
    table = Table("T1", "rect", 0.0, 0.0, height=depth)
    for prefix, side, facing, sign in (("H", "host", UP, 1), ("G", "guest", DOWN, -1)):
        y = -(depth / 2 + CHAIR) if side == "host" else depth / 2 + CHAIR
        for number, off in enumerate(offsets, 1):
            table.seats.append(
                Seat(f"{prefix}{off:+d}" if off else f"{prefix}0", "T1", 1, off, round(sign * off * PITCH, 3),
                     y, facing, SEAT, side, number)
            )  # fmt: skip
    xs = [s.x for s in table.seats]
    left, right = min(xs) - PITCH / 2 - 0.2, max(xs) + PITCH / 2 + 0.2
    table.width = right - left
    table.x = (left + right) / 2
    s = hand(senior_side)
    host_end = left if s > 0 else right  # the host's left hand is -x when the right is senior
    number = 0
    for side, count, end_x in (("host", host_ends, host_end), ("guest", guest_ends, left + right - host_end)):
        for i in range(count):
            number += 1
            spread = (i - (count - 1) / 2) * 0.6
            x = end_x - CHAIR if end_x == left else end_x + CHAIR
            facing = (1.0, 0.0) if end_x == left else (-1.0, 0.0)
            table.seats.append(Seat(f"E{number}", "T1", 1, 0, round(x, 3), round(spread, 3), facing, END, side,
                                    number))  # fmt: skip
    plan = Plan(Layout.NEGOTIATION, senior_side, [table], entrance=(0.0, -(depth / 2 + 2.2)))
    plan.flags = [Flag("host", 0.0, -0.2, seat_id="H0"), Flag("guest", 0.0, 0.24, seat_id="G0")]
    return plan


ROUND_UP_TO = 12  # seats: a round table up to this many, an oval up to OVAL_UP_TO, then a long rectangle
OVAL_UP_TO = 40


def round_table(blocks: list[list[int]], senior_side: str) -> Plan:
    """Talks of three or more delegations: one round table (an oval, a long rectangle when many), each
    delegation one block of seats. ``blocks`` are ``[side_id, seats, below, host]`` in ring order going
    round to the host head's right hand; ``below`` is how many seats of a block lie at its head's other
    hand (the block's offsets are those of ``row_offsets``). The host head sits at the top, facing the
    entrance, at offset 0; offsets count round the ring towards the seated person's right hand.

    Seat ids ``B{block}{rel:+d}``: ``B1+0`` the host head, ``B2-1`` the seat at the left of block 2's head.
    """
    n = max(1, sum(b[1] for b in blocks))
    spots, table = _ring(n)
    if table.width > LONGEST_TABLE:
        raise _too_long(n, table.width, said("round_table"))
    first = -blocks[0][2] if blocks else 0
    number = 0
    for k, (side_id, size, below, host) in enumerate(blocks, 1):
        for i in range(size):
            ring_index = (first + number) % n
            rel = i - below
            x, y, facing = spots[ring_index]
            table.seats.append(Seat(f"B{k}{rel:+d}", "T1", 1, ring_index, x, y, facing, SEAT,
                                    "host" if host else "guest", ring_index + 1, side_id=side_id))  # fmt: skip
            number += 1
    table.seats.sort(key=lambda seat: seat.offset)
    plan = Plan(Layout.NEGOTIATION, senior_side, [table], entrance=(0.0, -(table.height / 2 + CHAIR + 1.6)))
    heads = {seat.side_id: seat for seat in table.seats if seat.id.endswith("+0")}
    for side_id, _size, _below, host in blocks:
        head = heads.get(side_id)
        if head is not None:  # a small flag on the table in front of each head
            dx, dy = head.facing
            plan.flags.append(Flag("host" if host else "guest", round(head.x + dx * 0.85, 3),
                                   round(head.y + dy * 0.85, 3), side_id))  # fmt: skip
    return plan


def _ring(n: int) -> tuple[list[tuple[float, float, tuple[float, float]]], Table]:
    """``n`` chairs at equal steps round a table, the first at the top centre, going round
    counter-clockwise (to the right hand of a person seated facing the table), and the table."""
    if n <= OVAL_UP_TO:
        radius = max(0.6, n * PITCH / (2 * math.pi) - CHAIR) if n <= ROUND_UP_TO else 0.9
        rho = radius + CHAIR
        straight = max(0.0, (n * PITCH - 2 * math.pi * rho) / 2) if n > ROUND_UP_TO else 0.0
        shape = "round" if straight == 0 else "oval"
        table = Table("T1", shape, 0.0, 0.0, 2 * radius + straight, 2 * radius, ring=True)
        legs = [straight / 2, math.pi * rho, straight, math.pi * rho, straight / 2]
    else:
        half_h = 0.7
        rho = half_h + CHAIR
        half_w = max(1.0, (n * PITCH - 4 * rho) / 4)
        table = Table("T1", "rect", 0.0, 0.0, 2 * (half_w - CHAIR), 2 * half_h, ring=True)
        straight = 2 * (half_w - CHAIR)
        legs = [half_w, 2 * rho, 2 * half_w, 2 * rho, half_w]
    total = sum(legs)
    spots = []
    for k in range(n):
        t = total * k / n
        x, y = _along(t, legs, straight, rho, table.shape == "rect")
        tx = min(max(x, -straight / 2), straight / 2)
        facing = (
            (0.0, -1.0 if y > 0 else 1.0)
            if table.shape == "rect" and abs(x) < straight / 2 + 1e-9
            else facing_towards(x, y, tx, 0.0)
        )
        if table.shape == "rect" and abs(x) >= straight / 2 + 1e-9:
            facing = (1.0 if x < 0 else -1.0, 0.0)
        spots.append((round(x, 3), round(y, 3), facing))
    return spots, table


def _along(t: float, legs: list[float], straight: float, rho: float, square: bool) -> tuple[float, float]:
    """The point at arc length ``t`` of the chairs' path: top half-edge leftwards, the left end downwards,
    the bottom edge rightwards, the right end upwards, the top half-edge back to the start."""
    half = straight / 2 if not square else legs[0]
    ends = legs[1]
    if t <= legs[0]:
        return (-t * (half / legs[0]) if legs[0] else 0.0, rho)
    t -= legs[0]
    if t <= ends:
        if square:
            return (-half, rho - t)
        angle = math.pi / 2 + t / rho
        return (-straight / 2 + rho * math.cos(angle), rho * math.sin(angle))
    t -= ends
    if t <= legs[2]:
        return (-half + t * (2 * half / legs[2]) if legs[2] else 0.0, -rho)
    t -= legs[2]
    if t <= ends:
        if square:
            return (half, -rho + t)
        angle = -math.pi / 2 + t / rho
        return (straight / 2 + rho * math.cos(angle), rho * math.sin(angle))
    t -= ends
    return (half - t * (half / legs[4]) if legs[4] else 0.0, rho)


def signing(
    per_row: int,
    host_rows: int,
    guest_rows: int,
    senior_side: str,
    signatories: int = 2,
    assistants: bool = True,
) -> Plan:
    """The signing table facing the audience: the host signatory, the guest signatory at his senior hand
    (further parties of a multilateral agreement alternating outwards), each party's assistant at the outer
    side of its signatory, flags on the table, and the standing rows of each side behind.

    Seat ids: ``S0`` (host signatory), ``S+1``/``S-1`` (guest signatory), ``A1``, ``A2``, ... (the assistant
    of the first, second, ... chair in that order: ``A1`` the host's, ``A2`` the guest's), and ``R2:+0`` ...
    for standing places (row 2 is the front standing row).
    """
    s = hand(senior_side)
    chairs = row_offsets(max(signatories, 2), senior_side)
    middle = sum(chairs) / len(chairs)
    table = Table(
        "T1", "rect", 0.0, 0.0, width=max(2.6, len(chairs) * 0.9 + 0.8), height=0.8, label="signing"
    )
    chair_y = 0.4 + CHAIR
    sides: list[str | None] = ["host", "guest", *[None] * (len(chairs) - 2)]
    spots = [(f"S{off:+d}" if off else "S0", off, -(off - middle) * 0.9, chair_y, side, SEAT)
             for off, side in zip(chairs, sides, strict=True)]  # fmt: skip
    for i, (chair, side) in enumerate(zip(chairs, sides, strict=True) if assistants else (), 1):
        off, x, behind = _assistant_place(chair, chairs, s)
        spots.append((f"A{i}", off, x, chair_y + behind, side, ASSISTANT))
    for number, (sid, off, x, y, side, kind) in enumerate(spots, 1):
        x = round(x, 3) + 0.0  # -0.0 as 0.0 (the middle chair)
        table.seats.append(Seat(sid, "T1", 1, off, x, round(y, 3), DOWN, kind, side, number))
    stand = Table("T2", "standing", 0.0, 0.0, label="standing")
    number = 0
    for side, rows in (("host", host_rows), ("guest", guest_rows)):
        for r in range(rows):
            for k in range(per_row):
                off = -s * k if side == "host" else s * (k + 1)
                number += 1
                y = chair_y + 0.8 + r * 0.75
                stand.seats.append(Seat(f"R{r + 2}:{off:+d}", "T2", r + 2, off, round(s * STAND_PITCH / 2 -
                                        off * STAND_PITCH, 3), round(y, 3), DOWN, STANDING, side, number))  # fmt: skip
    if stand.seats:
        xs = [st.x for st in stand.seats]
        ys = [st.y for st in stand.seats]
        stand.x, stand.y = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
        stand.width, stand.height = max(xs) - min(xs) + STAND_PITCH, max(ys) - min(ys) + 0.5
    plan = Plan(Layout.SIGNING, senior_side, [table, stand], entrance=(0.0, -2.2))
    if len(chairs) == 2:  # the flags stand between the host's and the guest's chairs
        between = -(s / 2 - middle) * 0.9
        plan.flags = [Flag("host", between + s * 0.17, chair_y, seat_id="S0"),
                      Flag("guest", between - s * 0.17, chair_y, seat_id=f"S{s:+d}")]  # fmt: skip
    else:  # several parties: each party's flag behind its signatory
        plan.flags = [Flag("host" if i == 0 else "guest", seat.x, round(chair_y + 0.36, 3), seat_id=seat.id)
                      for i, seat in enumerate(x for x in table.seats if x.kind == SEAT)]  # fmt: skip
    return plan


def _assistant_place(chair: int, chairs: list[int], s: int) -> tuple[int, float, float]:
    """(offset, x, y from the chairs' line) of the assistant of the signatory at offset ``chair``: beside
    him, away from the middle of the table (the host in the centre of an odd row: at his junior hand);
    at the table's end for the outermost signatories, else a step behind, between him and his neighbour."""
    middle = sum(chairs) / len(chairs)
    out = 1 if chair > middle else -1 if chair < middle else -s
    end = chair in (min(chairs), max(chairs))
    step = 1.0 if end else 0.5
    return chair + out, -(chair + out * step - middle) * 0.9, 0.1 if end else 0.45


def banquet(tables: int, seats: int, senior_side: str, head_table: int = 0) -> Plan:
    """Round tables of ``seats`` in a grid, table 1 at the top centre (the host's seat faces the entrance).

    With ``head_table`` > 0, table 1 is a long table of that many seats along one side, facing the room.
    Seat ids ``T{table}-{number}``; at a round table offset = number - 1, counted to the right hand.
    """
    tables, seats = max(tables, 1), max(seats, 2)
    radius = max(0.6, seats * 0.62 / (2 * math.pi))
    cell = 2 * (radius + CHAIR) + 1.4
    others = tables - 1
    cols = max(1, min(others, math.ceil(math.sqrt(others * 1.6))))
    result: list[Table] = []
    top = 0.0
    if head_table:
        head = _row_table("T1", head_table, senior_side, 0.0, 0.0, DOWN, label="1")
        result.append(head)
        top = -(CHAIR + 1.6)
    first = 2 if head_table else 1
    for t in range(first, tables + 1):
        index = t - first
        if not head_table and index == 0:
            cx, cy = 0.0, 0.0
        else:
            k = index - (0 if head_table else 1)
            row, col = divmod(k, cols)
            in_row = min(cols, others - row * cols)
            cx = (col - (in_row - 1) / 2) * cell
            cy = top - (row + (0 if head_table else 1)) * cell - (radius if head_table else 0)
        table = Table(f"T{t}", "round", cx, cy, 2 * radius, 2 * radius, label=str(t), ring=True)
        for k in range(seats):
            angle = math.pi / 2 + 2 * math.pi * k / seats
            x = cx + (radius + CHAIR) * math.cos(angle)
            y = cy + (radius + CHAIR) * math.sin(angle)
            facing = (round(-math.cos(angle), 6), round(-math.sin(angle), 6))
            table.seats.append(Seat(f"T{t}-{k + 1}", table.id, 1, k, round(x, 3), round(y, 3), facing, SEAT,
                                    None, k + 1))  # fmt: skip
        result.append(table)
    low = min(s.y for tb in result for s in tb.seats)
    return Plan(Layout.BANQUET, senior_side, result, entrance=(0.0, low - 1.5))


def _row_table(
    tid: str, count: int, senior_side: str, cx: float, cy: float, facing: tuple[float, float], label: str = ""
) -> Table:
    """A long table with ``count`` chairs along the edge away from the audience, offsets from the centre."""
    offsets = row_offsets(count, senior_side)
    sign = 1 if facing == UP else -1
    table = Table(tid, "rect", cx, cy, height=0.8, label=label)
    for number, off in enumerate(offsets, 1):
        y = cy + (0.4 + CHAIR) * (-sign)
        table.seats.append(Seat(f"{tid}-{number}", tid, 1, off, round(cx + sign * off * PITCH, 3), round(y, 3),
                                facing, SEAT, None, number))  # fmt: skip
    xs = [s.x for s in table.seats]
    table.x = (min(xs) + max(xs)) / 2
    table.width = max(xs) - min(xs) + 2 * PITCH + 0.4  # room at the ends for the end chairs' names
    return table


def presidium(per_row: int, rows: int, senior_side: str) -> Plan:
    """A head table facing the audience (row 1) and rows of chairs behind it (rows 2, 3 ...)."""
    tables = [_row_table("T1", per_row, senior_side, 0.0, 0.0, DOWN, label="presidium")]
    for r in range(2, rows + 1):
        row = _row_table(f"R{r}", per_row, senior_side, 0.0, 0.0, DOWN)
        row.shape = "row"
        for seat in row.seats:
            seat.row = r
            seat.y = round(0.4 + CHAIR + 0.4 + (r - 1) * 0.9, 3)  # room for interpreters' chairs behind
        tables.append(row)
    return Plan(Layout.PRESIDIUM, senior_side, tables, entrance=(0.0, -4.5))


def theatre(per_row: int, rows: int, senior_side: str, row_gap: float = 0.95) -> Plan:
    """Rows of chairs facing the stage (at the top); row 1 is the front row; ``row_gap`` metres apart."""
    tables = [Table("STAGE", "stage", 0.0, 1.3, width=max(3.0, per_row * 0.45), height=0.7, label="stage")]
    for r in range(1, rows + 1):
        offsets = row_offsets(per_row, senior_side)
        row = Table(f"R{r}", "row", 0.0, -(r - 1) * row_gap, label=str(r))
        for number, off in enumerate(offsets, 1):
            row.seats.append(Seat(f"R{r}-{number}", row.id, r, off, round(off * 0.55, 3), round(row.y, 3), UP,
                                  SEAT, None, number))  # fmt: skip
        tables.append(row)
    return Plan(Layout.THEATRE, senior_side, tables, entrance=(0.0, -(rows - 1) * row_gap - 1.8))


def build(layout: Layout, senior_side: str, params: dict) -> Plan:
    """The geometry of ``layout`` from its saved parameters (what ``Plan.params`` holds)."""
    p = params
    if layout == Layout.NEGOTIATION and "blocks" in p:
        plan = round_table(p["blocks"], senior_side)
    elif layout == Layout.NEGOTIATION:
        plan = negotiation(p["per_side"], p.get("host_ends", 0), p.get("guest_ends", 0), senior_side)
    elif layout == Layout.SIGNING:
        plan = signing(
            p["per_row"], p.get("host_rows", 0), p.get("guest_rows", 0), senior_side, p.get("signatories", 2)
        )
    elif layout == Layout.BANQUET:
        plan = banquet(p["tables"], p["seats"], senior_side, p.get("head_table", 0))
    elif layout == Layout.PRESIDIUM:
        plan = presidium(p["per_row"], p["rows"], senior_side)
    else:
        plan = theatre(p["per_row"], p["rows"], senior_side, p.get("row_gap", 0.95))
    plan.params = dict(params)
    return plan
