"""Automatic seating by the rules of docs/PROTOCOL.md section 4, honouring locked seats and wishes.

Each layout decides who sits (by role), builds its geometry big enough, sets the places the rules fix
(interpreters, note-takers, signatories, host and guest of honour), then lets the solver fill the rest
by precedence and the wishes. Interpreters not in a row get a chair behind the person they interpret for.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

from protocol_app.errors import UserError
from protocol_app.model import LAYOUTS, Agreement, Layout, Party, Role, Side
from protocol_app.seating import layouts
from protocol_app.seating.context import GUEST, HOST, SeatingContext
from protocol_app.seating.geometry import END, SEAT, STANDING, Plan, behind_seat, neighbours
from protocol_app.seating.honour import hand, ring_offsets, row_offsets, row_order
from protocol_app.seating.solver import Problem, Result, solve
from protocol_app.words import Said, said

TABLE_ROLES = (Role.PRINCIPAL.value, Role.MEMBER.value, Role.SIGNATORY.value, Role.EXPERT.value)
NOT_SEATED = (Role.PRESS.value, Role.SECURITY.value)


@dataclass
class Options:
    """Parameters of a plan: sizes, the senior side, the agreement of a signing, the solver's seed."""

    senior_side: str = "right"
    tables: int | None = None
    seats: int | None = None
    head_table: int = 0
    agreement: Agreement | None = None
    locks: dict[str, int] = field(default_factory=dict)  # seat id -> attendee kept there
    seed: int = 0
    cancel: Callable[[], bool] | None = None
    progress: Callable[[float, float], None] | None = None
    alternate: bool = False  # banquet: men and women alternate


@dataclass
class _Job:
    """A plan being seated: the geometry, fixed places, groups and ranks for the solver."""

    plan: Plan
    fixed: dict[str, int] = field(default_factory=dict)
    groups: dict[str, list[int]] = field(default_factory=dict)  # group -> people in order of precedence
    seat_groups: dict[str, list[str]] = field(default_factory=dict)  # group -> seats in order of honour
    mix: bool = False
    rank_weight: float = 1.0
    behind: list[int] = field(default_factory=list)  # interpreters for chairs behind


def seat_plan(ctx: SeatingContext, layout: Layout, options: Options) -> tuple[Plan, Result | None]:
    """Build and seat a plan of ``layout`` for the event of ``ctx``; returns it with the solver's result."""
    if layout not in LAYOUTS:
        raise UserError(said("unknown_layout", value=layout, layouts=", ".join(LAYOUTS)), column="layout")
    if options.senior_side not in ("right", "left"):
        raise UserError(said("bad_senior_side", value=options.senior_side))
    job, problem = build_problem(ctx, layout, options)
    result = solve(problem, seed=options.seed, cancel=options.cancel, progress=options.progress)
    if layout == Layout.BANQUET and not result.stopped:
        job, result = _at_each_table(ctx, job, result, options)
    by_id = {s.id: s for s in job.plan.seats()}
    locked = set(_ok_locks(ctx, job.plan, options))
    for sid, aid in {**job.fixed, **result.assignment}.items():
        by_id[sid].attendee_id = aid
        by_id[sid].locked = sid in locked
    _seat_behind(ctx, job)
    dress_flags(ctx, job.plan)
    return job.plan, result


def dress_flags(ctx: SeatingContext, plan: Plan) -> None:
    """Name the delegation and the country of each flag: the delegation of the person at the flag's chair
    (a head, a signatory), else the host's or the (only) guest delegation as the flag's side says."""
    seat_of = {s.id: s.attendee_id for s in plan.seats()}
    sides = {d.id: d for d in ctx.delegations()}
    for flag in plan.flags:
        aid = seat_of.get(flag.seat_id)
        if aid in ctx.attendees:
            flag.side_id = ctx.side_id(aid or 0)
            flag.side = ctx.side(aid or 0)
        elif flag.side_id is None:
            flag.side_id = next((d.id for d in sides.values() if d.host == (flag.side == HOST)), None)
        side = sides.get(flag.side_id) if flag.side_id is not None else None
        flag.country = side.country if side else ""


def build_problem(ctx: SeatingContext, layout: Layout, options: Options) -> tuple[_Job, Problem]:
    """The geometry with the places the rules fix, and the optimisation problem for the rest."""
    builder = {
        Layout.NEGOTIATION: _negotiation,
        Layout.SIGNING: _signing,
        Layout.BANQUET: _banquet,
        Layout.PRESIDIUM: _presidium,
        Layout.THEATRE: _theatre,
    }[Layout(layout)]
    job = builder(ctx, options)
    job.plan.event_id = ctx.event_id
    return job, _problem(ctx, job, options)


def _ok_locks(ctx: SeatingContext, plan: Plan, options: Options) -> dict[str, int]:
    ids = {s.id for s in plan.seats()}
    locks: dict[str, int] = {}
    seen: set[int] = set()
    for seat, aid in options.locks.items():
        if seat in ids and aid in ctx.attendees and aid not in seen:
            locks[seat] = aid
            seen.add(aid)
    return locks


def _fix(job: _Job, locks: dict[str, int], seat: str, aid: int | None) -> None:
    """Put ``aid`` at ``seat`` by the rules, unless a lock holds the seat or the person elsewhere."""
    if aid is None or not seat or seat in job.fixed or aid in job.fixed.values() or aid in locks.values():
        return
    job.fixed[seat] = aid


def _count_error(what: Said, need: int, have: int) -> UserError:
    return UserError(said("too_few_seats", have=have, need=need, what=what), column="seats")


def _group_words(group: str) -> Said:
    """A group of seats in words: ``host-row``, ``guest-end``, ``block-2``, ``all``."""
    kind, _, rest = group.partition("-")
    if kind == "block":
        return said("group_block", k=rest)
    if rest:
        return said(f"group_{rest}", side=said(kind))
    return said("group_all")


def _negotiation(ctx: SeatingContext, o: Options) -> _Job:
    if len(ctx.delegations()) >= 3:
        return _round_talks(ctx, o)
    right_mode = ctx.event.interpreter_seat == "right"
    interp = ctx.interpreters()
    rows = {side: ctx.of_side(side, TABLE_ROLES) for side in (HOST, GUEST)}
    at_right = {
        side: [i for i, t in interp.items() if right_mode and t == ctx.head(side) and t in rows[side]][:1]
        for side in (HOST, GUEST)
    }
    need = max(len(rows[s]) + len(at_right[s]) for s in (HOST, GUEST))
    per_side = o.seats or need
    if per_side < need:
        raise _count_error(said("group_larger_delegation"), need, per_side)
    ends = {side: ctx.of_side(side, (Role.SECRETARY.value,)) for side in (HOST, GUEST)}
    params = {"per_side": per_side, "host_ends": len(ends[HOST]), "guest_ends": len(ends[GUEST])}
    plan = layouts.build(Layout.NEGOTIATION, o.senior_side, params)
    job = _Job(plan)
    locks = _ok_locks(ctx, plan, o)
    job.fixed.update(locks)
    s = hand(o.senior_side)
    for side, prefix in ((HOST, "H"), (GUEST, "G")):
        for interpreter in at_right[side]:
            _fix(job, locks, f"{prefix}{s:+d}", interpreter)
        job.groups[f"{side}-row"] = rows[side]
        job.groups[f"{side}-end"] = ends[side]
    for seat in plan.seats():
        group = f"{seat.side}-{'end' if seat.kind == END else 'row'}"
        job.seat_groups.setdefault(group, []).append(seat.id)
    job.seat_groups = {g: _honour_sort(plan, ids, o.senior_side) for g, ids in job.seat_groups.items()}
    job.behind = [i for i in interp if not any(i in v for v in at_right.values())]
    return job


def ring_order(ctx: SeatingContext, senior_side: str) -> list[Side]:
    """The delegations of talks of three or more in the order their blocks go round the table from the
    host's head towards his senior hand (docs/PROTOCOL.md 4a): the host's first (presiding); the senior
    guest delegation at his senior hand, the next at his other hand, and so on; with the event's setting
    "opposite", the senior guest opposite him and the others alternating from his senior hand."""
    delegations = ctx.delegations()
    host = next((d for d in delegations if d.host), delegations[0])
    lang = ctx.event.languages.split(",")[0].strip() or "ru"
    guests = [d for d in ctx.guest_order(lang) if d.id != host.id]
    if ctx.event.senior_guest == "opposite" and guests:
        senior, rest = [guests[0]], guests[1:]
    else:
        senior, rest = [], guests
    around = [*rest[0::2], *senior, *reversed(rest[1::2])]
    return [host, *(around if hand(senior_side) > 0 else reversed(around))]


def _block_people(ctx: SeatingContext, side_id: int) -> list[int]:
    """A delegation's people at a round table in order: its officials by precedence, note-takers last
    (they sit at the block's edge)."""
    table = [a for a in ctx.of_delegation(side_id, TABLE_ROLES)]
    notes = ctx.of_delegation(side_id, (Role.SECRETARY.value,))
    return table + notes


def _round_talks(ctx: SeatingContext, o: Options) -> _Job:
    """Talks of three or more delegations: one round table, each delegation one block, its head in the
    middle, members alternating outwards, note-takers at the block's edge, interpreters by their own
    head (at his senior hand, out of the ranking, or behind him, as the event sets)."""
    s = hand(o.senior_side)
    interp = ctx.interpreters()
    right_mode = ctx.event.interpreter_seat == "right"
    blocks: list[list[int]] = []
    members: dict[int, list[int]] = {}
    at_right: dict[int, int] = {}
    for k, side in enumerate(ring_order(ctx, o.senior_side), 1):
        sid = side.id
        people = _block_people(ctx, sid)
        head = ctx.head_of(sid)
        mine = [i for i, t in interp.items() if right_mode and t == head and head in people]
        if mine:
            at_right[k] = mine[0]
        size = max(1, len(people) + len(mine[:1]))
        below = sum(1 for off in row_offsets(size, o.senior_side) if off < 0)
        guests = sum(1 for seat, aid in o.locks.items() if _in_block(seat, k) and aid in ctx.attendees
                     and aid not in people and aid not in mine[:1])  # fmt: skip
        blocks.append([sid, size + guests, below, int(side.host)])  # a chair more for each placed there
        members[k] = people
    if ctx.event.senior_guest == "opposite" and len(blocks) > 2:
        senior = ctx.guest_order(ctx.event.languages.split(",")[0].strip() or "ru")[0].id
        _face_the_host(blocks, next(i for i, b in enumerate(blocks) if b[0] == senior))
    plan = layouts.build(Layout.NEGOTIATION, o.senior_side, {"blocks": blocks})
    job = _Job(plan)
    locks = _ok_locks(ctx, plan, o)
    job.fixed.update(locks)
    for k, interpreter in at_right.items():
        _fix(job, locks, f"B{k}{s:+d}", interpreter)
    by_block: dict[int, dict[int, str]] = {}
    for seat in plan.seats():
        k, rel = block_place(seat.id)
        by_block.setdefault(k, {})[rel] = seat.id
    for k, people in members.items():
        offs = by_block.get(k, {})
        job.groups[f"block-{k}"] = people
        job.seat_groups[f"block-{k}"] = [offs[r] for r in row_order(list(offs), o.senior_side)]
    job.behind = [i for i in interp if i not in at_right.values()]
    return job


def _face_the_host(blocks: list[list[int]], middle: int) -> None:
    """Empty chairs at the edge of a block next to the senior guest delegation (block ``middle`` of
    ``blocks`` in ring order), on the shorter way round, so that its head sits opposite the host's head."""
    head = blocks[0][1] - blocks[0][2] + sum(b[1] for b in blocks[1:middle]) + blocks[middle][2]
    after = sum(b[1] for b in blocks) - head  # from his head round to the host head
    if head < after:  # the shorter way: pad the block before his (its far edge)
        blocks[middle - 1][1] += after - head
    elif after < head:  # pad the block after his (at its near edge: fewer seats below its head)
        target = blocks[middle + 1] if middle + 1 < len(blocks) else blocks[0]
        target[1] += head - after
        target[2] += head - after


def _in_block(seat_id: str, block: int) -> bool:
    """Whether ``seat_id`` names a seat of round-table block ``block``."""
    try:
        return seat_id.startswith("B") and block_place(seat_id)[0] == block
    except ValueError:
        return False


def block_place(seat_id: str) -> tuple[int, int]:
    """(block, offset from the block's head) of a seat of a round table of delegations (``B2-1``)."""
    head, sign, rel = seat_id[1:].partition("+") if "+" in seat_id else seat_id[1:].partition("-")
    return int(head), int(rel) * (1 if sign == "+" else -1)


def _signing(ctx: SeatingContext, o: Options) -> _Job:
    agr = o.agreement
    signatories = [p for p in (agr.parties if agr else []) if p.signatory_id in ctx.attendees]
    host_party = next((p for p in signatories if ctx.side(p.signatory_id or 0) == HOST), None)
    guest_party = next((p for p in signatories if p is not host_party), None)
    signing_ids = {p.signatory_id for p in signatories}
    stand = {
        side: [a for a in ctx.of_side(side, TABLE_ROLES) if a not in signing_ids] for side in (HOST, GUEST)
    }
    for side in (HOST, GUEST):  # those "in the presence of" in the centre, delegations not party aside
        stand[side].sort(key=lambda a: standing_key(ctx, agr, a))
    per_row = o.seats or 5
    rows = {side: math.ceil(len(stand[side]) / per_row) for side in (HOST, GUEST)}
    params = {"per_row": per_row, "host_rows": rows[HOST], "guest_rows": rows[GUEST]}
    if len(signatories) > 2:
        params["signatories"] = len(signatories)
    plan = layouts.build(Layout.SIGNING, o.senior_side, params)
    plan.agreement_id = agr.id if agr else None
    job = _Job(plan)
    locks = _ok_locks(ctx, plan, o)
    job.fixed.update(locks)
    s = hand(o.senior_side)
    _fix(job, locks, "S0", host_party.signatory_id if host_party else None)
    _fix(job, locks, f"S{s:+d}", guest_party.signatory_id if guest_party else None)
    others = [p for p in signatories if p is not host_party and p is not guest_party]
    for off, party in zip(row_offsets(len(signatories), o.senior_side)[2:], others, strict=False):
        _fix(job, locks, f"S{off:+d}", party.signatory_id)  # further parties alternate outwards
    places = {x.id for x in plan.seats()}
    for seat, aid in signing_assistants(ctx, [host_party, guest_party, *others]).items():
        if seat in places:  # a party left without a chair has no assistant's place either
            _fix(job, locks, seat, aid)
    for side in (HOST, GUEST):
        job.groups[f"{side}-stand"] = stand[side]
    for place in plan.seats():
        if place.kind == STANDING:
            job.seat_groups.setdefault(f"{place.side}-stand", []).append(place.id)
    job.seat_groups = {g: _honour_sort(plan, ids, o.senior_side) for g, ids in job.seat_groups.items()}
    return job


def party_delegation(ctx: SeatingContext, party: Party) -> int:
    """The delegation a party signs for: its own side when people of it take part, else its signatory's."""
    present = {a.side.id for a in ctx.attendees.values()}
    return party.side_id if party.side_id in present else ctx.side_id(party.signatory_id or 0)


def signing_assistants(ctx: SeatingContext, at_chairs: list[Party | None]) -> dict[str, int]:
    """The assistant of each party, by the parties at the signing table's chairs in their order (``A1`` the
    first chair's): a secretary or assistant of the party's own delegation, each person once (two parties
    of one delegation take its first two); a party whose delegation has none gets none."""
    found: dict[str, int] = {}
    for number, party in enumerate(at_chairs, 1):
        if party is None:
            continue
        helpers = ctx.of_delegation(party_delegation(ctx, party), (Role.SECRETARY.value,))
        aid = next((a for a in helpers if a not in found.values()), None)
        if aid is not None:
            found[f"A{number}"] = aid
    return found


def standing_key(ctx: SeatingContext, agreement: Agreement | None, aid: int) -> tuple:
    """Order of the standing rows of a signing (docs/PROTOCOL.md 5): principals "in the presence of"
    in the centre of the front row, then the delegations party to the document, then those that are not
    (they stand aside, at the outer ends), each by precedence."""
    witnesses = set(agreement.witness_ids if agreement else [])
    parties = {p.side_id for p in (agreement.parties if agreement else [])}
    return (aid not in witnesses, bool(parties) and ctx.side_id(aid) not in parties, ctx.key(aid))


def _banquet(ctx: SeatingContext, o: Options) -> _Job:
    """Who sits at which table: a host-side table host at seat 1 (offset 0) of every table, the host and
    co-host opposite each other at table 1 with the guest of honour and the second guest at their senior
    hands; the rest by precedence from table 1 down, neighbours from different delegations."""
    interp = ctx.interpreters()
    people = ctx.ordered(a for a in ctx.attendees if ctx.role(a) not in NOT_SEATED and a not in interp)
    size = o.seats or 10
    if size < 4:
        raise UserError(said("banquet_seats"), column="seats")
    head = o.head_table
    capacity_first = head or size
    tables = o.tables or max(1, 1 + math.ceil(max(0, len(people) - capacity_first) / size))
    have = capacity_first + (tables - 1) * size
    if have < len(people):
        raise _count_error(said("group_banquet"), len(people), have)
    params = {"tables": tables, "seats": size, "head_table": head}
    if o.alternate:
        params["alternate"] = 1
    plan = layouts.build(Layout.BANQUET, o.senior_side, params)
    job = _Job(plan, mix=True, rank_weight=1.0 / size)
    locks = _ok_locks(ctx, plan, o)
    job.fixed.update(locks)
    s = hand(o.senior_side)
    first = plan.tables[0]
    by_offset = {seat.offset: seat.id for seat in first.seats}
    hosts = [a for a in ctx.of_side(HOST) if a in people]
    guests = [a for a in ctx.of_side(GUEST) if a in people]
    if head:
        _fix(job, locks, by_offset[0], hosts[0] if hosts else None)
        _fix(job, locks, by_offset.get(s, ""), guests[0] if guests else None)
        table_hosts = hosts[1:]
    else:
        half = size // 2
        cohost = hosts[1] if len(hosts) > tables else None  # every table's host comes before a co-host
        _fix(job, locks, by_offset[0], hosts[0] if hosts else None)
        _fix(job, locks, by_offset[half], cohost)
        _fix(job, locks, by_offset[s % size], guests[0] if guests else None)
        _fix(job, locks, by_offset[(half + s) % size], guests[1] if len(guests) > 1 else None)
        table_hosts = [h for h in hosts[1:] if h != cohost]
    for table, host in zip(plan.tables[1:], table_hosts, strict=False):  # the next hosts by precedence
        _fix(job, locks, next(x.id for x in table.seats if x.offset == 0), host)
    job.groups["all"] = [a for a in people if a not in job.fixed.values()]
    order: list[str] = []
    for table in plan.tables:
        offs = {seat.offset: seat.id for seat in table.seats}
        sequence = (
            ring_offsets(len(offs), o.senior_side) if table.ring else row_order(list(offs), o.senior_side)
        )
        order += [offs[k] for k in sequence]
    job.seat_groups["all"] = order
    job.behind = list(interp)
    return job


def _at_each_table(ctx: SeatingContext, job: _Job, first: Result, o: Options) -> tuple[_Job, Result]:
    """Second pass of a banquet, table by table, with the people the first pass put there: the most
    senior guest of each table at its host's senior hand, the second guest at the co-host's (opposite),
    the others arranged so that neighbours come from different delegations (spouses apart, men and women
    alternating when asked). Returns the job with these places fixed and the search's result."""
    plan = job.plan
    s = hand(o.senior_side)
    at = {**job.fixed, **first.assignment}
    again = _Job(plan, dict(job.fixed), mix=True, rank_weight=job.rank_weight, behind=job.behind)
    locks = set(_ok_locks(ctx, plan, o))
    for table in plan.tables:
        ring = {seat.offset: seat.id for seat in table.seats}
        seated = [at[sid] for sid in ring.values() if sid in at]
        if table.ring:
            half = len(ring) // 2
            guests = ctx.ordered(a for a in seated if ctx.side(a) == GUEST)
            for offset, guest in zip((s % len(ring), (half + s) % len(ring)), guests, strict=False):
                if ring[offset] not in locks and guest not in again.fixed.values():
                    if at.get(ring[offset]) in again.fixed.values() and ring[offset] in again.fixed:
                        continue  # a table host or a place of table 1 set by the rules
                    again.fixed[ring[offset]] = guest
        others = [a for a in seated if a not in again.fixed.values()]
        free = [sid for sid in ring.values() if sid not in again.fixed]
        sequence = (
            ring_offsets(len(ring), o.senior_side) if table.ring else row_order(list(ring), o.senior_side)
        )
        group = f"table-{table.id}"
        again.groups[group] = ctx.ordered(others)
        again.seat_groups[group] = [ring[k] for k in sequence if ring[k] in free]
    problem = _problem(ctx, again, o)
    steps = min(100_000, max(5_000, 60 * len(problem.people)))  # small tables: a short search each
    return again, solve(problem, seed=o.seed, cancel=o.cancel, max_iterations=steps, runs=1)


def _rows_layout(ctx: SeatingContext, o: Options, layout: Layout, roles: tuple[str, ...] | None) -> _Job:
    interp = ctx.interpreters()
    people = sorted(
        (
            a
            for a in ctx.attendees
            if a not in interp and ctx.role(a) not in NOT_SEATED and (roles is None or ctx.role(a) in roles)
        ),
        key=rows_key(ctx, layout),
    )
    default = len(people) if layout == Layout.PRESIDIUM else min(max(len(people), 1), 12)
    per_row = o.seats or max(1, min(default, 21))
    rows = max(o.tables or 0, math.ceil(len(people) / per_row), 1)
    params: dict[str, float] = {"per_row": per_row, "rows": rows}
    if layout == Layout.THEATRE and interp:
        params["row_gap"] = 1.5  # room for interpreters' chairs behind
    plan = layouts.build(layout, o.senior_side, params)
    job = _Job(plan)
    job.fixed.update(_ok_locks(ctx, plan, o))
    job.groups["all"] = [a for a in people if a not in job.fixed.values()]
    order: list[str] = []
    for table in sorted((t for t in plan.tables if t.seats), key=lambda t: t.seats[0].row):
        offs = {seat.offset: seat.id for seat in table.seats}
        order += [offs[k] for k in row_order(list(offs), o.senior_side)]
    job.seat_groups["all"] = order
    job.behind = list(interp)
    return job


def rows_key(ctx: SeatingContext, layout: Layout) -> Callable[[int], tuple]:
    """Order of honour in a presidium or a hall: across delegations by the rank ladder (the context's
    key); in a presidium the host's head presides in the centre whatever the rank of his guests."""
    host = next((d for d in ctx.delegations() if d.host), None)
    chair = ctx.head_of(host.id) if host is not None and layout == Layout.PRESIDIUM else None
    return lambda a: (a != chair, ctx.key(a))


def _presidium(ctx: SeatingContext, o: Options) -> _Job:
    return _rows_layout(ctx, o, Layout.PRESIDIUM, TABLE_ROLES)


def _theatre(ctx: SeatingContext, o: Options) -> _Job:
    return _rows_layout(ctx, o, Layout.THEATRE, None)


def _problem(ctx: SeatingContext, job: _Job, o: Options) -> Problem:
    plan = job.plan
    adjacency = neighbours(plan)
    people: dict[int, str] = {}
    person_rank: dict[int, float] = {}
    placed = set(job.fixed.values())
    for group, members in job.groups.items():
        for rank, aid in enumerate(a for a in members if a not in placed):
            people[aid], person_rank[aid] = group, float(rank)
    seats: dict[str, str] = {}
    seat_rank: dict[str, float] = {}
    for group, seat_ids in job.seat_groups.items():
        free = [sid for sid in seat_ids if sid not in job.fixed]  # in order of honour
        need = sum(1 for g in people.values() if g == group)
        if need > len(free):
            raise _count_error(_group_words(group), need, len(free))
        # the least honoured seats stay empty: no gap at a head table while others sit further down
        for rank, sid in enumerate(free[:need]):
            seats[sid], seat_rank[sid] = group, float(rank)
    return Problem(
        seats=seats,
        seat_rank=seat_rank,
        people=people,
        person_rank=person_rank,
        adjacency=adjacency,
        fixed=dict(job.fixed),
        side={a: str(ctx.side_id(a)) for a in ctx.attendees},  # neighbours from different delegations
        mix_seats={s.id for s in plan.seats() if s.kind == SEAT} if job.mix else set(),
        language={a: ctx.language(a) for a in ctx.attendees},
        needs_language=ctx.needs_language() if job.mix else {},  # at tables; in rows precedence rules
        together=ctx.pairs("together"),
        apart=ctx.pairs("apart") + (ctx.spouses() if job.mix else []),  # spouses not side by side
        rank_weight=job.rank_weight,
        gender={a: ctx.gender(a) for a in ctx.attendees},
        alternate=bool(job.mix and plan.params.get("alternate")),
    )


def _honour_sort(plan: Plan, seat_ids: list[str], senior_side: str) -> list[str]:
    """Free seats of a group in order of honour: by row, then alternating from the centre of the row."""
    by_id = {s.id: s for s in plan.seats()}
    result: list[str] = []
    for row in sorted({by_id[s].row for s in seat_ids}):
        in_row = [s for s in seat_ids if by_id[s].row == row]
        if all(by_id[s].kind == END for s in in_row):  # chairs at a table's end share offset 0
            result += sorted(in_row, key=lambda s: by_id[s].number)
            continue
        members = {by_id[s].offset: s for s in in_row}
        result += [members[k] for k in row_order(list(members), senior_side)]
    return result


def _seat_behind(ctx: SeatingContext, job: _Job) -> None:
    """Chairs behind the people the remaining interpreters work for (or behind their side's head)."""
    plan = job.plan
    where = plan.seat_of()
    for interpreter in job.behind:
        if interpreter in where:
            continue
        target = ctx.interpreters().get(interpreter)
        front = where.get(target) if target is not None else None
        if front is None:
            head = ctx.head_of(ctx.side_id(interpreter))
            front = where.get(head) if head is not None else None
        if front is None:
            continue
        chair = behind_seat(front)
        taken = {s.id for s in plan.seats()}
        n = 1
        while chair.id in taken:
            n += 1
            chair.id = f"{front.id}b{n}"
            chair.x += 0.35 * front.right_hand[0]
            chair.y += 0.35 * front.right_hand[1]
        chair.attendee_id = interpreter
        chair.locked = job.fixed.get(chair.id) == interpreter
        plan.table(front.table_id).seats.append(chair)
        where[interpreter] = chair
