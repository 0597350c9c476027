"""Talks of three or more delegations (docs/PROTOCOL.md 4a): one round table, a block per delegation."""

from __future__ import annotations

import json

import pytest

from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide, Role
from protocol_app.seating.assign import block_place
from protocol_app.seating.geometry import BEHIND
from protocol_app.seating.plans import auto_plan, move
from protocol_app.seating.records import plan_record
from protocol_app.seating.validate import validate
from protocol_app.store import directory, events, open_store, participants

SIDES = ["right", "left"]
# Guest delegations, added junior first: the order of adding must not decide the places.
GUESTS = [
    ("Китай", "CN", "Директор"),
    ("Индия", "IN", "Министр"),
    ("Беларусь", "BY", "Заместитель Председателя Правительства"),
    ("Казахстан", "KZ", "Заместитель министра"),
    ("Германия", "DE", "Генеральный директор"),
]
BY_RANK = ["Беларусь", "Индия", "Казахстан", "Германия", "Китай"]  # heads by the rank ladder


def _event(delegations: int, **settings) -> tuple:
    db = open_store(memory=True)
    event_id = events.create_event(db, NewEvent(title=f"Talks {delegations}", date="2024-07-10", **settings))
    host = events.add_side(
        db, NewSide(event_id=event_id, name="Свердловская область", host=True, country="RU")
    )
    _people(db, event_id, host, "Губернатор", members=3, secretary=True)
    for name, country, position in GUESTS[: delegations - 1]:
        side = events.add_side(db, NewSide(event_id=event_id, name=name, host=False, country=country))
        _people(db, event_id, side, position, members=2, secretary=name == "Индия")
    return db, event_id


def _people(db, event_id: int, side: int, position: str, members: int, secretary: bool = False) -> None:
    def add(surname: str, pos: str, role: str, **extra) -> int:
        person = directory.add_person(db, NewPerson(surname=surname, given_name="Иван", position=pos))
        return participants.add_participant(
            db, NewParticipant(event_id=event_id, person_id=person, side_id=side, role=role, **extra)
        )

    head = add(f"Глава{side}", position, Role.PRINCIPAL.value)
    for i in range(members):
        add(f"Член{side}х{i}", "Советник", Role.MEMBER.value, precedence=None)
    if secretary:
        add(f"Секретарь{side}", "Секретарь", Role.SECRETARY.value)
    add(f"Переводчик{side}", "Переводчик", Role.INTERPRETER.value, interprets_for=head)


def _blocks(seated) -> dict[int, list]:
    """Delegation -> ring offsets of its people at the table (chairs behind left out)."""
    ctx = seated.ctx
    result: dict[int, list] = {}
    for seat in seated.plan.seats():
        if seat.attendee_id is not None and seat.kind != BEHIND:
            result.setdefault(ctx.side_id(seat.attendee_id), []).append(seat.offset)
    return result


def _contiguous(offsets: list[int], size: int) -> bool:
    taken = set(offsets)
    gaps = sum(1 for o in taken if (o + 1) % size not in taken)
    return gaps == 1 or len(taken) == size


@pytest.mark.parametrize("senior", SIDES)
@pytest.mark.parametrize("count", [3, 4, 6])
def test_each_delegation_one_block_senior_guest_first_from_the_hosts_right(count, senior):
    db, event_id = _event(count)
    seated = auto_plan(db, event_id, "negotiation", senior_side=senior)
    ctx, plan = seated.ctx, seated.plan
    table = plan.tables[0]
    size = len([s for s in table.seats if s.kind != BEHIND])
    assert table.ring and table.shape in ("round", "oval", "rect")
    blocks = _blocks(seated)
    assert len(blocks) == count and all(_contiguous(offs, size) for offs in blocks.values())
    where = plan.seat_of()
    host = next(d for d in ctx.delegations() if d.host)
    host_head = ctx.head_of(host.id or 0)
    assert where[host_head].offset == 0 and where[host_head].facing == (
        0.0,
        -1.0,
    )  # presides, facing the door
    # going round from the host head towards his senior hand: the senior guest's block comes first
    s = 1 if senior == "right" else -1
    first_guest = ctx.side_id(next(s_.attendee_id for s_ in sorted(table.seats, key=lambda x: (s * x.offset) % size)
                                   if s_.kind != BEHIND and ctx.side_id(s_.attendee_id) != host.id))  # fmt: skip
    names = {d.id: d.name for d in ctx.delegations()}
    assert names[first_guest] == next(n for n in BY_RANK if n in names.values())
    # the next guest sits at the host's other hand
    if count >= 3:
        last = ctx.side_id(next(x.attendee_id for x in sorted(table.seats, key=lambda x: (-s * x.offset) % size)
                                if x.kind != BEHIND and x.offset and ctx.side_id(x.attendee_id) != host.id))  # fmt: skip
        assert names[last] == [n for n in BY_RANK if n in names.values()][1]
    for side in ctx.delegations():
        head = ctx.head_of(side.id or 0)
        assert block_place(where[head].id)[1] == 0  # the head in the middle of the block
        interpreter = next(a for a in ctx.of_delegation(side.id or 0) if ctx.role(a) == "interpreter")
        assert (where[interpreter].offset - where[head].offset) % size == s % size  # by his own head
        members = ctx.of_delegation(side.id or 0, ("principal", "member"))
        rels = [block_place(where[m].id)[1] for m in members]
        assert rels[:3] == [0, -s, 2 * s][: len(rels)]  # interpreter's chair out of the ranking
    secretary = next(
        a for a in ctx.attendees if ctx.role(a) == "secretary" and not ctx.attendees[a].side.host
    )
    rel = block_place(where[secretary].id)[1]
    own = [block_place(x.id)[1] for x in table.seats if x.side_id == ctx.side_id(secretary)]
    assert rel in (min(own), max(own))  # note-takers at the block's edge
    assert sorted(f.side_id for f in plan.flags) == sorted(d.id for d in ctx.delegations())
    assert {f.country for f in plan.flags} == {"RU", *(c for n, c, _ in GUESTS[: count - 1])}
    assert seated.violations == []
    record = plan_record(seated)
    assert {seat["side_id"] for t in record["tables"] for seat in t["seats"]} == set(names)
    assert all(f["side_id"] and f["country"] for f in record["flags"])


@pytest.mark.parametrize("senior", SIDES)
@pytest.mark.parametrize("count", [3, 4, 6])
def test_senior_guest_opposite_the_host_when_set(senior, count):
    db, event_id = _event(count, senior_guest="opposite")
    seated = auto_plan(db, event_id, "negotiation", senior_side=senior)
    ctx, table = seated.ctx, seated.plan.tables[0]
    size = len(table.seats) - sum(1 for s in table.seats if s.kind == BEHIND)
    names = {d.name: d.id for d in ctx.delegations()}
    senior_guest = names[next(n for n in BY_RANK if n in names)]
    head = seated.plan.seat_of()[ctx.head_of(senior_guest)]
    assert abs(head.offset - size / 2) <= 0.5  # directly across the table from the host head
    assert seated.violations == []


def test_guest_delegations_alphabetically_from_a_letter_drawn_by_lot():
    db, event_id = _event(4, delegation_order="alphabet", delegation_letter="И")
    seated = auto_plan(db, event_id, "negotiation")
    ctx = seated.ctx
    assert [d.name for d in ctx.guest_order()] == ["Индия", "Китай", "Беларусь"]
    order = [b[0] for b in seated.plan.params["blocks"]]
    names = {d.id: d.name for d in ctx.delegations()}
    # India at the host's right (next round the ring), China at his left (last), Belarus beyond India
    assert [names[i] for i in order] == ["Свердловская область", "Индия", "Беларусь", "Китай"]
    assert seated.violations == []


def test_the_validator_explains_breaches_of_the_blocks():
    db, event_id = _event(3)
    seated = auto_plan(db, event_id, "negotiation")
    ctx = seated.ctx
    ctx.event.delegation_order, ctx.event.delegation_letter = "alphabet", "К"  # the lot drawn after seating
    breach = next(v.message for v in validate(ctx, seated.plan) if v.rule == "delegation_order")
    assert "Китай" in breach and "block 2" in breach and "alphabetically" in breach
    ctx.event.delegation_order = "rank"
    india = next(d.id for d in ctx.delegations() if d.name == "Индия")
    member = ctx.of_delegation(india, ("member",))[0]
    host_block_seat = next(s.id for s in seated.plan.seats() if s.side_id != india and s.kind != BEHIND
                           and ctx.role(s.attendee_id) == "member")  # fmt: skip
    move(seated, member, host_block_seat)
    rules = {v.rule: v.message for v in seated.violations}
    assert "side" in rules and "block of another delegation" in rules["side"]
    sides = [v.message for v in seated.violations if v.rule == "side"]
    assert any("(Индия, guest, 2)" in m for m in sides)  # the delegation named, not merely "guest"
    head = ctx.head_of(india)
    member_seat = seated.plan.seat_of()[ctx.of_delegation(india, ("member",))[1]].id
    move(seated, head, member_seat)
    assert any(v.rule == "block_head" and "middle of the delegation's block" in v.message
               for v in seated.violations)  # fmt: skip


def test_a_note_taker_inside_his_block_is_a_breach_and_a_block_of_note_takers_is_not():
    db, event_id = _event(3)
    seated = auto_plan(db, event_id, "negotiation")
    ctx = seated.ctx
    india = next(d.id for d in ctx.delegations() if d.name == "Индия")
    secretary = ctx.of_delegation(india, ("secretary",))[0]
    assert not [v for v in seated.violations if v.rule == "note_takers"]
    where = seated.plan.seat_of()
    inner = min(ctx.of_delegation(india, ("member",)), key=lambda m: abs(block_place(where[m].id)[1]))
    move(seated, secretary, where[inner].id)  # swapped with the member nearest the head
    breaches = [v for v in seated.violations if v.rule == "note_takers"]
    assert [v.subject for v in breaches] == [secretary]
    assert "Секретарь" in breaches[0].text("ru") and "edge" in breaches[0].message
    # a delegation of three note-takers and no one else: its block is all edge, whoever sits where
    side = events.add_side(db, NewSide(event_id=event_id, name="Пресс-служба", host=False, country="RU"))
    for i in range(3):
        person = directory.add_person(db, NewPerson(surname=f"Стенографист{i}", given_name="Анна"))
        participants.add_participant(
            db, NewParticipant(event_id=event_id, person_id=person, side_id=side, role=Role.SECRETARY.value)
        )
    seated = auto_plan(db, event_id, "negotiation")
    assert {v.rule for v in seated.violations} <= {"unseated"}
    assert not [v for v in seated.violations if v.rule == "note_takers"]


def test_talks_json_on_the_command_line_carry_each_delegation(capsys, store_path):
    from protocol_app.cli.main import main

    db, event_id = _event(3)
    db.conn.backup(open_store(store_path).conn)
    assert main(["--db", str(store_path), "seating", "--event", str(event_id), "--layout", "negotiation",
                 "--json"]) == 0  # fmt: skip
    record = json.loads(capsys.readouterr().out)
    seats = [seat for table in record["tables"] for seat in table["seats"] if seat["attendee_id"]]
    assert len({seat["side_id"] for seat in seats}) == 3
    assert {seat["side"] for seat in seats} == {"host", "guest"}
    assert len(record["flags"]) == 3 and all(f["country"] for f in record["flags"])
    assert record["violations"] == []


def test_an_old_store_gains_the_delegation_settings_and_the_spouse_link(store_path):
    from sqlite_utils import Database

    from protocol_app.store.schema import migrations

    raw = Database(store_path)
    migrations.apply(raw, stop_before=["m005_seating_delegations"])
    raw["events"].insert({"title": "Старое", "date": "2023-07-11"})
    raw.close()
    db = open_store(store_path)
    event = events.get_event(db, 1)
    assert (event.delegation_order, event.delegation_letter, event.senior_guest) == ("rank", "", "right")
    assert "partner_id" in db["participants"].columns_dict


def test_seating_takes_the_order_of_honour_across_delegations_from_precedence():
    from protocol_app.seating.context import load_context

    db = open_store(memory=True)
    event_id = events.create_event(db, NewEvent(title="Встреча", date="2024-07-10"))
    ids = {}
    for name, host, rows in (
        ("Область", True, [("Губернатор", "principal"), ("Помощник", "member")]),
        ("Индия", False, [("Министр", "principal"), ("Помощник", "member")]),
        ("Китай", False, [("Директор", "principal")]),
    ):
        side = events.add_side(db, NewSide(event_id=event_id, name=name, host=host))
        for i, (position, role) in enumerate(rows):
            person = directory.add_person(db, NewPerson(surname=f"{name}{i}", position=position))
            ids[(name, i)] = participants.add_participant(
                db, NewParticipant(event_id=event_id, person_id=person, side_id=side, role=role)
            )
    ctx = load_context(db, event_id)
    order = ctx.ordered(ctx.attendees)
    minister, governor = ids[("Индия", 0)], ids[("Область", 0)]
    assert order.index(minister) < order.index(governor)  # a minister and a governor: one rung, guest first
    assert order.index(governor) < order.index(
        ids[("Индия", 1)]
    )  # his aide ranks with him, after the governor


def test_a_person_placed_by_hand_in_another_block_keeps_the_place_and_is_named():
    db, event_id = _event(4)
    seated = auto_plan(db, event_id, "negotiation")
    ctx = seated.ctx
    stranger = next(
        a
        for a in ctx.attendees
        if ctx.role(a) == "member" and block_place(seated.plan.seat_of()[a].id)[0] == 2
    )
    again = auto_plan(db, event_id, "negotiation", locks={"B3-1": stranger})
    assert again.plan.seat("B3-1").attendee_id == stranger and again.plan.seat("B3-1").locked
    assert set(again.plan.seat_of()) == set(seated.plan.seat_of())  # everyone still has a chair
    assert [v.rule for v in again.violations] == ["side"]
