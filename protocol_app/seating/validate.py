"""The validator: every breach of the seating rules and of the user's wishes in a plan, in words.

Works on any plan, also one edited by hand. Each breach names the rule, says what is wrong the way a
protocol officer would ("Пархомчик П.А. (guest, 1) is not at the host's right") and lists the seats.
``severity`` is "error" for a rule or a wish broken, "warning" for what is only less good (sides not mixed,
no neighbour speaking a guest's language). Breaches come by cause (``causes``): a person placed by hand is
one breach naming the placement, those it displaces one grouped line.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from protocol_app.model import Agreement, Layout, Party, Role
from protocol_app.seating.assign import (
    NOT_SEATED,
    TABLE_ROLES,
    block_place,
    party_delegation,
    ring_order,
    rows_key,
    standing_key,
)
from protocol_app.seating.breach import ERROR, WARNING, Violation, hand_word, who
from protocol_app.seating.causes import by_cause, order_by_cause
from protocol_app.seating.context import GUEST, HOST, SERVING, SeatingContext
from protocol_app.seating.geometry import ASSISTANT, BEHIND, END, SEAT, STANDING, Plan, Seat, neighbours
from protocol_app.seating.honour import hand, row_order
from protocol_app.words import Said, said

__all__ = ["ERROR", "WARNING", "Violation", "expected_people", "validate"]


def validate(ctx: SeatingContext, plan: Plan, agreement: Agreement | None = None) -> list[Violation]:
    """Every breach in ``plan`` for the people of ``ctx`` (the agreement of a signing plan, if any)."""
    found: list[Violation] = []
    found += _presence(ctx, plan, agreement)
    found += _wrong_side(ctx, plan)
    if plan.layout == Layout.NEGOTIATION and "blocks" in plan.params:
        found += _round_talks(ctx, plan)
    elif plan.layout == Layout.NEGOTIATION:
        found += _negotiation(ctx, plan)
    elif plan.layout == Layout.SIGNING:
        found += _signing(ctx, plan, agreement)
    elif plan.layout == Layout.BANQUET:
        found += _banquet(ctx, plan)
    else:
        seats = [s for s in plan.seats() if s.kind == SEAT]
        found += _order(ctx, plan, seats, "centre", key=rows_key(ctx, plan.layout))
    found += _interpreters(ctx, plan)
    found += _wishes(ctx, plan)
    return by_cause(ctx, plan, found)


def expected_people(ctx: SeatingContext, layout: Layout, agreement: Agreement | None = None) -> set[int]:
    """Who should have a place in a plan of ``layout``."""
    ids = set(ctx.attendees)
    if layout == Layout.NEGOTIATION:
        return {a for a in ids if ctx.role(a) not in NOT_SEATED}
    if layout in (Layout.BANQUET, Layout.THEATRE):
        return {a for a in ids if ctx.role(a) not in NOT_SEATED}
    if layout == Layout.PRESIDIUM:
        return {a for a in ids if ctx.role(a) in (*TABLE_ROLES, Role.INTERPRETER.value)}
    signatories = {p.signatory_id for p in (agreement.parties if agreement else []) if p.signatory_id}
    return {a for a in ids if ctx.role(a) in TABLE_ROLES} | (signatories & ids)


def _presence(ctx: SeatingContext, plan: Plan, agreement: Agreement | None) -> list[Violation]:
    found: list[Violation] = []
    seen: dict[int, str] = {}
    for seat in plan.seats():
        aid = seat.attendee_id
        if aid is None:
            continue
        if aid not in ctx.attendees:
            found.append(Violation("unknown", said("seat_unknown", seat=seat.id, aid=aid), [seat.id]))
        elif aid in seen:
            found.append(
                Violation("duplicate", said("two_seats", who=who(ctx, aid), first=seen[aid], second=seat.id),
                          [seen[aid], seat.id])
            )  # fmt: skip
        else:
            seen[aid] = seat.id
    for aid in ctx.ordered(expected_people(ctx, plan.layout, agreement) - set(seen)):
        found.append(Violation("unseated", said("no_seat", who=who(ctx, aid)), [], people=[aid]))
    return found


def _wrong_side(ctx: SeatingContext, plan: Plan) -> list[Violation]:
    found = []
    names = {a.side.id: a.side.name for a in ctx.attendees.values()}
    for seat in plan.seats():
        aid = seat.attendee_id
        if (
            aid in ctx.attendees
            and seat.side_id is not None
            and seat.kind != BEHIND
            and ctx.side_id(aid) != seat.side_id
            and aid not in ctx.interpreters()
        ):
            own = names.get(ctx.side_id(aid), ctx.side_id(aid))
            found.append(Violation("side", said("other_block", who=who(ctx, aid),
                                   delegation=names.get(seat.side_id, seat.side_id)), [seat.id], subject=aid,
                                   goal=said("in_block_of", delegation=own)))  # fmt: skip
            continue
        if (
            aid in ctx.attendees
            and seat.side
            and seat.kind != BEHIND
            and ctx.side(aid) != seat.side
            and aid not in ctx.interpreters()  # an interpreter sits by the person he interprets for
            and not (
                plan.layout == Layout.SIGNING and seat.kind in (SEAT, ASSISTANT)
            )  # signatories and their assistants: the "signatories" and "assistants" rules
        ):
            negotiation = plan.layout == Layout.NEGOTIATION
            where = said(f"{'row' if negotiation else 'place'}_{seat.side}")
            extra = said("entrance") if negotiation else ""
            goal = said(f"{'row' if negotiation else 'place'}_{ctx.side(aid)}")
            found.append(Violation("side", said("wrong_side", who=who(ctx, aid), where=where, extra=extra),
                                   [seat.id], subject=aid, goal=goal))  # fmt: skip
    return found


def _phrase(seat: Seat, senior_side: str, head: str) -> Said:
    """Where a seat is, in words relative to the centre of its row."""
    o = seat.offset
    if o == 0:
        return {
            "centre": said("centre_of_row", row=seat.row),
            "block": said("middle_of_block"),
        }.get(head, said("centre_opposite"))
    of = said(f"of_{head}")
    if abs(o) == 1:
        near = said("at_hand", hand=hand_word(o), of=of)
    else:
        near = said("seats_to_hand", n=abs(o), hand=hand_word(o), of=of)
    return said("in_row", row=seat.row, near=near) if head == "centre" else near


def _order(
    ctx: SeatingContext,
    plan: Plan,
    seats: list[Seat],
    head: str,
    key: Callable[[int], tuple] | None = None,
    rule: str = "order",
) -> list[Violation]:
    """Breaches of the order of honour among ``seats`` (one group), by cause (``causes.order_by_cause``)."""
    by_row: dict[int, dict[int, Seat]] = {}
    for seat in seats:
        by_row.setdefault(seat.row, {})[seat.offset] = seat
    honour: list[Seat] = []
    for row in sorted(by_row):
        honour += [by_row[row][k] for k in row_order(list(by_row[row]), plan.senior_side)]
    seated = [s for s in honour if s.attendee_id in ctx.attendees]

    def code(ideal: Seat) -> str:
        if ideal.offset == 0 and ideal.row == 1:
            return {"head": "heads_opposite", "block": "block_head"}.get(head, rule)
        return rule

    return order_by_cause(
        ctx, seated, key or ctx.key, lambda seat: _phrase(seat, plan.senior_side, head), code
    )


def _negotiation(ctx: SeatingContext, plan: Plan) -> list[Violation]:
    found: list[Violation] = []
    interp = ctx.interpreters()
    for side in (HOST, GUEST):
        row = [
            s for s in plan.seats()
            if s.kind == SEAT and s.side == side and (s.attendee_id is None or s.attendee_id not in interp)
            and (s.attendee_id is None or ctx.side(s.attendee_id) == side)
        ]  # fmt: skip
        found += _order(ctx, plan, row, "head")
    for seat in plan.seats():
        aid = seat.attendee_id
        if aid in ctx.attendees and ctx.role(aid) == Role.SECRETARY.value and seat.kind != END:
            found.append(Violation("note_takers", said("note_taker_end", who=who(ctx, aid)), [seat.id],
                                   subject=aid, goal=said("at_table_end")))  # fmt: skip
    return found


def _inward(rel: int, others: list[int]) -> bool:
    """Whether a note-taker ``rel`` places from the head of his block has one of his delegation's table
    people (``others``, their places) farther out on his side of the head: he should sit outside them. A
    block of more note-takers than it has edges fills its edges with them, whichever sits where."""
    return any(abs(o) > abs(rel) and (rel == 0 or o * rel > 0) for o in others)


def _round_talks(ctx: SeatingContext, plan: Plan) -> list[Violation]:
    """Talks of three or more delegations (docs/PROTOCOL.md 4a): blocks in the right order round the
    table from the presiding host head, each head in the middle of his block with his people alternating
    outwards, note-takers at the block's edge, a flag for every delegation."""
    found: list[Violation] = []
    interp = ctx.interpreters()
    blocks: dict[int, list[Seat]] = {}
    for seat in plan.seats():
        if seat.kind == SEAT:
            blocks.setdefault(block_place(seat.id)[0], []).append(seat)
    names = {a.side.id: a.side.name for a in ctx.attendees.values()}
    expected = [d.id for d in ring_order(ctx, plan.senior_side)]
    built = [b[0] for b in plan.params["blocks"]]
    word = hand_word(hand(plan.senior_side), of=True)
    for k, side_id in enumerate(expected):
        if k < len(built) and built[k] != side_id:
            rule = said("by_alphabet" if ctx.event.delegation_order == "alphabet" else "by_rank")
            found.append(Violation("delegation_order", said("delegation_order", name=names.get(side_id),
                                   block=k + 1, hand=word, rule=rule),
                                   [s.id for s in blocks.get(k + 1, [])]))  # fmt: skip
    for k, seats in sorted(blocks.items()):
        side_id = built[k - 1]
        mine = [s for s in seats if s.attendee_id is None or s.attendee_id not in interp]
        secretaries = [s for s in mine if s.attendee_id in ctx.attendees and ctx.role(s.attendee_id) ==
                       Role.SECRETARY.value]  # fmt: skip
        rels = {s.id: block_place(s.id)[1] for s in seats}
        seated = [rels[s.id] for s in mine if s.attendee_id is not None and s not in secretaries]
        for seat in secretaries:
            if _inward(rels[seat.id], seated):
                aid = seat.attendee_id or 0
                found.append(Violation("note_takers", said("note_taker_edge", who=who(ctx, aid)), [seat.id],
                                       subject=aid, goal=said("at_block_edge")))  # fmt: skip
        own = [replace(s, offset=rels[s.id]) for s in mine if s not in secretaries and (s.attendee_id is None or
               ctx.side_id(s.attendee_id) == side_id)]  # fmt: skip
        found += _order(ctx, plan, own, "block", key=lambda a: (*ctx.standing[a].cross_side_key, a))
    host = next((d for d in ctx.delegations() if d.host), None)
    head = ctx.head_of(host.id) if host else None
    seat_of = plan.seat_of()
    # a host side of only an interpreter or a note-taker has no one to preside: they sit where they serve
    if head is not None and ctx.role(head) not in SERVING and head in seat_of and seat_of[head].offset != 0:
        found.append(Violation("presides", said("presides", who=who(ctx, head)), [seat_of[head].id],
                               subject=head, goal=said("presiding_seat")))  # fmt: skip
    found += _flags(ctx, plan)
    return found


def _flags(ctx: SeatingContext, plan: Plan) -> list[Violation]:
    """A flag for every delegation at the table (talks) or every party (signing)."""
    have = {f.side_id for f in plan.flags}
    found = []
    for side in ctx.delegations():
        if side.id not in have:
            found.append(Violation("flags", said("no_flag", name=side.name), [], WARNING))
    return found


def _signing(ctx: SeatingContext, plan: Plan, agreement: Agreement | None) -> list[Violation]:
    found: list[Violation] = []
    s = hand(plan.senior_side)
    seat_of = plan.seat_of()
    parties = [p for p in (agreement.parties if agreement else []) if p.signatory_id in ctx.attendees]
    host = next((p.signatory_id for p in parties if ctx.side(p.signatory_id or 0) == HOST), None)
    guest = next((p.signatory_id for p in parties if p.signatory_id != host), None)
    for aid, seat_id, words in (
        (host, "S0", said("host_signatory_chair")),
        (guest, f"S{s:+d}", said("at_host_signatory", hand=hand_word(s))),
    ):
        if aid is not None and aid in seat_of and seat_of[aid].id != seat_id:
            found.append(Violation("signatories", said("signs_not_at", who=who(ctx, aid), words=words),
                                   [seat_of[aid].id], subject=aid, goal=words))  # fmt: skip
    for side in (HOST, GUEST):
        row = [s for s in plan.seats() if s.kind == STANDING and s.side == side]
        found += _order(
            ctx, plan, row, "centre", key=lambda a: standing_key(ctx, agreement, a), rule="standing"
        )
    have = {f.side_id for f in plan.flags}
    for party in agreement.parties if agreement else []:
        if party.signatory_id in seat_of and party.side_id not in have:
            found.append(Violation("flags", said("signs_no_flag", who=who(ctx, party.signatory_id or 0)),
                                   [seat_of[party.signatory_id or 0].id], WARNING))  # fmt: skip
    return found + _assistants(ctx, plan, parties)


def _assistants(ctx: SeatingContext, plan: Plan, parties: list[Party]) -> list[Violation]:
    """Each signatory's assistant (``A1`` at the first chair, ...) is of his or her party's delegation; a
    signatory without one is named, with the reason when the delegation has no secretary or assistant."""
    found: list[Violation] = []
    by_id = {s.id: s for s in plan.seats()}
    chairs = [s for s in plan.tables[0].seats if s.kind == SEAT]  # in the order the layout numbers them
    for number, chair in enumerate(chairs, 1):
        signer, helper = chair.attendee_id, by_id.get(f"A{number}")
        if signer not in ctx.attendees or helper is None:
            continue
        party = next((p for p in parties if p.signatory_id == signer), None)
        delegation = party_delegation(ctx, party) if party else ctx.side_id(signer or 0)
        aid = helper.attendee_id
        if aid in ctx.attendees and ctx.side_id(aid or 0) != delegation:
            found.append(Violation("assistants", said("assists_other", who=who(ctx, aid or 0),
                                   signer=who(ctx, signer or 0)), [helper.id], subject=aid))  # fmt: skip
        elif aid is None:
            none = not ctx.of_delegation(delegation, (Role.SECRETARY.value,))
            found.append(Violation("assistants", said("no_assistant", signer=who(ctx, signer or 0),
                                   why=said("no_secretary") if none else ""), [helper.id], WARNING))  # fmt: skip
    return found


def _banquet(ctx: SeatingContext, plan: Plan) -> list[Violation]:
    found: list[Violation] = []
    s = hand(plan.senior_side)
    first = plan.tables[0]
    ring = {seat.offset: seat for seat in first.seats if seat.kind == SEAT}
    size = len(ring)
    seat_of = plan.seat_of()
    hosts = [a for a in ctx.of_side(HOST) if a in seat_of and seat_of[a].kind == SEAT]
    guests = [a for a in ctx.of_side(GUEST) if a in seat_of and seat_of[a].kind == SEAT]
    word = hand_word(s)
    if first.ring:
        half = size // 2
        rules = [
            ("host_seat", hosts[:1], 0, said("host_seat_table_1")),
            (
                "cohost_opposite",
                hosts[1:2] if len(hosts) > len(plan.tables) else [],
                half,
                said("opposite_host"),
            ),
            ("guest_of_honour", guests[:1], s % size, said("at_host", hand=word)),
            ("second_guest", guests[1:2], (half + s) % size, said("at_cohost", hand=word)),
        ]
    else:
        rules = [
            ("host_seat", hosts[:1], 0, said("centre_head_table")),
            ("guest_of_honour", guests[:1], s, said("at_host", hand=word)),
        ]
    for rule, chosen, offset, words in rules:
        if chosen and ring.get(offset) is not None and ring[offset].attendee_id != chosen[0]:
            found.append(_taken(ctx, ring[offset], Violation(rule, said("is_not", who=who(ctx, chosen[0]),
                                words=words), [seat_of[chosen[0]].id], subject=chosen[0], goal=words)))  # fmt: skip
    found += _tables(ctx, plan, len(hosts))
    found += _mixing(ctx, plan)
    return found


def _taken(ctx: SeatingContext, target: Seat, breach: Violation) -> Violation:
    """``breach`` (someone not in the seat ``target`` the rules give him or her), said to come of the hand
    placement of whoever is locked in ``target``."""
    other = target.attendee_id
    if not target.locked or other not in ctx.attendees or other == breach.subject:
        return breach
    words = said(
        "taken_by_hand", who=who(ctx, breach.subject or 0), goal=breach.goal, by=who(ctx, other or 0)
    )
    seats = list(dict.fromkeys([target.id, *breach.seats]))
    return replace(breach, said=words, seats=seats, cause=target.id)


def _tables(ctx: SeatingContext, plan: Plan, hosts: int) -> list[Violation]:
    """Every table of a banquet has a host-side table host at seat 1 (offset 0), the most senior guest of
    the table at his senior hand and the second guest at the co-host's (opposite); spouses are not side by
    side."""
    found: list[Violation] = []
    s = hand(plan.senior_side)
    word = hand_word(s)
    for table in plan.tables[1:]:
        ring = {x.offset: x for x in table.seats if x.kind == SEAT}
        seated = [x.attendee_id for x in ring.values() if x.attendee_id in ctx.attendees]
        if not seated:
            continue
        top = ring[0].attendee_id
        if top not in ctx.attendees or ctx.side(top or 0) != HOST:
            few = said("fewer_hosts") if hosts < len(plan.tables) else ""
            found.append(Violation("table_host", said("table_host", table=table.label, few=few), [ring[0].id],
                                   WARNING if few else ERROR))  # fmt: skip
        if not table.ring:
            continue
        half = len(ring) // 2
        guests = ctx.ordered(a for a in seated if ctx.side(a or 0) == GUEST)
        places = (
            (s % len(ring), said("at_table_host", hand=word)),
            ((half + s) % len(ring), said("at_cohost", hand=word)),
        )
        for (offset, words), guest in zip(places, guests, strict=False):
            if ring[offset].attendee_id != guest:
                rank = said("most_senior" if offset == s % len(ring) else "second")
                goal = said("at_table", table=table.label, words=words)
                found.append(_taken(ctx, ring[offset], Violation("table_guests", said("table_guest",
                                    table=table.label, who=who(ctx, guest or 0), rank=rank, words=words),
                                    [ring[offset].id], subject=guest, goal=goal)))  # fmt: skip
    adjacency = neighbours(plan)
    seat_of = plan.seat_of()
    for a, b in ctx.spouses():
        if a in seat_of and b in seat_of and seat_of[b].id in adjacency[seat_of[a].id]:
            found.append(Violation("spouses", said("spouses", a=who(ctx, a), b=who(ctx, b)),
                                   [seat_of[a].id, seat_of[b].id]))  # fmt: skip
    return found


def _mixing(ctx: SeatingContext, plan: Plan) -> list[Violation]:
    """Neighbours from one delegation (and, when men and women are to alternate, of one gender)."""
    adjacency = neighbours(plan)
    by_id = {s.id: s for s in plan.seats()}
    alternate = bool(plan.params.get("alternate"))
    found = []
    for table in plan.tables:
        sides = {ctx.side_id(s.attendee_id) for s in table.seats if s.attendee_id in ctx.attendees}
        for seat in table.seats:
            if seat.kind != SEAT or seat.attendee_id not in ctx.attendees:
                continue
            a = seat.attendee_id or 0
            for other_id in adjacency[seat.id]:
                other = by_id[other_id]
                b = other.attendee_id or 0
                if other.kind != SEAT or b not in ctx.attendees or other_id <= seat.id:
                    continue
                if len(sides) > 1 and ctx.side_id(a) == ctx.side_id(b):
                    found.append(Violation("sides_mixed", said("sides_mixed", table=table.label,
                                           a=who(ctx, a), b=who(ctx, b)), [seat.id, other_id], WARNING))  # fmt: skip
                if alternate and ctx.gender(a) and ctx.gender(a) == ctx.gender(b):
                    found.append(Violation("alternate", said("alternate", table=table.label,
                                           a=who(ctx, a), b=who(ctx, b)), [seat.id, other_id], WARNING))  # fmt: skip
    return found


def _interpreters(ctx: SeatingContext, plan: Plan) -> list[Violation]:
    found: list[Violation] = []
    seat_of = plan.seat_of()
    s = hand(plan.senior_side)
    for interpreter, target in ctx.interpreters().items():
        mine, theirs = seat_of.get(interpreter), seat_of.get(target)
        if mine is None or theirs is None or plan.layout == Layout.SIGNING:
            continue
        behind = mine.kind == BEHIND and mine.front_id == theirs.id
        beside = _athand_word(plan, mine, theirs)
        right_mode = ctx.event.interpreter_seat == "right" and plan.layout == Layout.NEGOTIATION
        is_head = target == ctx.head_of(ctx.side_id(target))
        if right_mode and is_head and behind and _someone_beside(ctx, plan, target, interpreter):
            continue  # the head's second interpreter sits behind the first one's principal
        if right_mode and is_head and not beside:
            words = said("at_hand_of", hand=hand_word(s), name=ctx.short_name(target))
        elif not (right_mode and is_head) and not behind:
            words = said("behind", name=ctx.short_name(target))
        else:
            continue
        found.append(Violation("interpreter", said("interprets_not", who=who(ctx, interpreter), words=words),
                               [mine.id, theirs.id], subject=interpreter, goal=words))  # fmt: skip
    return found


def _athand_word(plan: Plan, mine: Seat, theirs: Seat) -> bool:
    """Whether seat ``mine`` is the chair at the senior hand of ``theirs`` (round a ring table too)."""
    if mine.table_id != theirs.table_id or mine.row != theirs.row or mine.kind != SEAT:
        return False
    table = plan.table(mine.table_id)
    step = mine.offset - theirs.offset
    if table.ring:
        size = sum(1 for seat in table.seats if seat.kind == SEAT)
        return step % size == hand(plan.senior_side) % size
    return step == hand(plan.senior_side)


def _someone_beside(ctx: SeatingContext, plan: Plan, target: int, other_than: int) -> bool:
    """Whether another interpreter of ``target`` sits at his senior hand."""
    seat_of = plan.seat_of()
    theirs = seat_of[target]
    for interpreter, principal in ctx.interpreters().items():
        mine = seat_of.get(interpreter)
        if (
            principal == target
            and interpreter != other_than
            and mine is not None
            and _athand_word(plan, mine, theirs)
        ):
            return True
    return False


def _wishes(ctx: SeatingContext, plan: Plan) -> list[Violation]:
    found: list[Violation] = []
    adjacency = neighbours(plan)
    seat_of = plan.seat_of()
    for kind, want in (("together", True), ("apart", False)):
        for a, b in ctx.pairs(kind):
            if a not in seat_of or b not in seat_of:
                continue
            near = seat_of[b].id in adjacency[seat_of[a].id]
            if near != want:
                found.append(Violation(kind, said(kind, a=who(ctx, a), b=who(ctx, b)),
                                       [seat_of[a].id, seat_of[b].id]))  # fmt: skip
    by_id = {s.id: s for s in plan.seats()}
    for aid, lang in (ctx.needs_language() if plan.layout == Layout.BANQUET else {}).items():
        seat = seat_of.get(aid)
        if seat is None or seat.kind != SEAT:
            continue
        around = [
            by_id[n].attendee_id or 0 for n in adjacency[seat.id] if by_id[n].attendee_id in ctx.attendees
        ]
        if around and not any(ctx.language(n) == lang for n in around):
            found.append(Violation("language", said("no_language", who=who(ctx, aid), lang=lang), [seat.id],
                                   WARNING))  # fmt: skip
    return found
