"""Each seating rule of docs/PROTOCOL.md section 4, for both senior sides, on the demo event."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protocol_app.model import NewAgreement, NewEvent, NewParticipant, NewPerson, NewSide, Role
from protocol_app.seating.context import load_context
from protocol_app.seating.geometry import BEHIND, END, SEAT, STANDING
from protocol_app.seating.plans import auto_plan
from protocol_app.store import directory, events, open_store, participants
from protocol_app.store.agreements import list_agreements

SIDES = ["right", "left"]


def _hand(senior: str) -> int:
    return 1 if senior == "right" else -1


def _by_person(seated):
    return {s.attendee_id: s for s in seated.plan.seats() if s.attendee_id is not None}


def _people(seated, side, roles=None):
    ctx = seated.ctx
    return ctx.of_side(side, roles)


def _errors(seated):
    return [v for v in seated.violations if v.severity == "error"]


def _add_interpreter(db, event_id, for_side: str) -> int:
    ctx = load_context(db, event_id)
    head = ctx.head(for_side)
    side_id = ctx.attendees[head].side.id
    person = directory.add_person(db, NewPerson(surname="Толмачёв", given_name="Пётр", language="ru"))
    return participants.add_participant(
        db,
        NewParticipant(event_id=event_id, person_id=person, side_id=side_id, role=Role.INTERPRETER.value,
                    interprets_for=head),
    )  # fmt: skip


@pytest.mark.parametrize("senior", SIDES)
def test_linear_row_most_senior_in_centre_then_alternating_outwards(demo_db, senior):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "presidium", senior_side=senior)
    s = _hand(senior)
    ctx = seated.ctx
    host_head = ctx.head("host")
    order = [host_head, *ctx.ordered(a for a in seated.plan.seat_of() if a != host_head)]
    offsets = [seated.plan.seat_of()[a].offset for a in order]
    assert offsets[:5] == [0, s, -s, 2 * s, -2 * s]  # the host's head presides in the centre
    assert seated.plan.seat_of()[ctx.head("guest")].offset == s  # the Deputy Prime Minister at his right
    assert _errors(seated) == []


@pytest.mark.parametrize("senior", SIDES)
def test_negotiation_each_side_its_own_row_heads_opposite_members_alternate(demo_db, senior):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "negotiation", senior_side=senior)
    where = _by_person(seated)
    s = _hand(senior)
    rows = {}
    for side in ("host", "guest"):
        members = [a for a in _people(seated, side) if where[a].kind == SEAT]
        assert {where[a].side for a in members} == {side}
        assert len({where[a].y for a in members}) == 1  # one straight row per side
        rows[side] = where[members[0]].y
        assert [where[a].offset for a in members[:5]] == [0, s, -s, 2 * s, -2 * s]
    assert rows["host"] * rows["guest"] < 0  # across the table from each other
    host_head, guest_head = (where[seated.ctx.head(side)] for side in ("host", "guest"))
    assert host_head.x == guest_head.x and host_head.offset == guest_head.offset == 0
    # "precedence 2 at the head's right": the right hand of the seated person points to member 2
    number2 = where[_people(seated, "host")[1]]
    rx, ry = host_head.right_hand
    assert ((number2.x - host_head.x) * rx + (number2.y - host_head.y) * ry) * s > 0
    assert _errors(seated) == []


@pytest.mark.parametrize("senior", SIDES)
def test_negotiation_guests_face_the_entrance_hosts_have_their_backs_to_it(demo_db, senior):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "negotiation", senior_side=senior)
    ex, ey = seated.plan.entrance
    for seat in seated.plan.seats():
        if seat.kind != SEAT:
            continue
        towards = (ex - seat.x) * seat.facing[0] + (ey - seat.y) * seat.facing[1]
        assert (towards > 0) == (seat.side == "guest")


@pytest.mark.parametrize("senior", SIDES)
def test_negotiation_note_takers_at_the_table_ends(demo_db, senior):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "negotiation", senior_side=senior)
    where = _by_person(seated)
    secretaries = [a for a in seated.ctx.attendees if seated.ctx.role(a) == Role.SECRETARY.value]
    assert secretaries and all(where[a].kind == END for a in secretaries)
    host_sec = next(a for a in secretaries if seated.ctx.side(a) == "host")
    head = where[seated.ctx.head("host")]
    # at the host head's junior hand (left when the right is senior)
    assert (where[host_sec].x - head.x) * head.right_hand[0] * _hand(senior) < 0


@pytest.mark.parametrize("senior", SIDES)
def test_negotiation_interpreter_at_the_heads_senior_hand(demo_db, senior):
    db, event_id = demo_db
    interpreter = _add_interpreter(db, event_id, "guest")
    seated = auto_plan(db, event_id, "negotiation", senior_side=senior)
    where = _by_person(seated)
    s = _hand(senior)
    head = where[seated.ctx.head("guest")]
    assert where[interpreter].kind == SEAT and where[interpreter].offset == head.offset + s
    members = [a for a in _people(seated, "guest", ("principal", "member", "signatory", "expert"))]
    # the interpreter's chair is out of the ranking (PROTOCOL.md 4): number 2 at the head's other hand,
    # number 3 beyond the interpreter, number 4 at -2
    assert [where[m].offset for m in members[1:4]] == [-s, 2 * s, -2 * s][: len(members) - 1]
    assert _errors(seated) == []


@pytest.mark.parametrize("senior", SIDES)
def test_negotiation_interpreter_on_a_chair_behind_when_set(demo_db, senior):
    db, event_id = demo_db
    event = events.get_event(db, event_id)
    event.interpreter_seat = "behind"
    events.update_event(db, event)
    interpreter = _add_interpreter(db, event_id, "host")
    seated = auto_plan(db, event_id, "negotiation", senior_side=senior)
    where = _by_person(seated)
    head = where[seated.ctx.head("host")]
    assert where[interpreter].kind == BEHIND and where[interpreter].front_id == head.id
    assert where[_people(seated, "host")[1]].offset == _hand(senior)
    assert _errors(seated) == []


@pytest.mark.parametrize("senior", SIDES)
def test_banquet_host_and_cohost_opposite_guests_of_honour_at_their_senior_hands(demo_db, senior):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "banquet", senior_side=senior)
    where = _by_person(seated)
    s = _hand(senior)
    hosts, guests = _people(seated, "host"), _people(seated, "guest")
    size = len([x for x in seated.plan.tables[0].seats if x.kind == SEAT])
    assert where[hosts[0]].table_id == "T1" and where[hosts[0]].offset == 0
    assert where[hosts[1]].offset == size // 2
    assert where[guests[0]].offset == s % size  # the guest of honour at the host's right (mirrored: left)
    assert where[guests[1]].offset == (size // 2 + s) % size
    assert _errors(seated) == []


@pytest.mark.parametrize("senior", SIDES)
def test_banquet_place_of_honour_faces_the_entrance(demo_db, senior):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "banquet", senior_side=senior)
    guest_of_honour = _by_person(seated)[_people(seated, "guest")[0]]
    ex, ey = seated.plan.entrance
    toward = (ex - guest_of_honour.x) * guest_of_honour.facing[0] + (
        ey - guest_of_honour.y
    ) * guest_of_honour.facing[1]
    assert toward > 0


@pytest.mark.parametrize("senior", SIDES)
def test_banquet_sides_mixed_and_next_senior_heads_the_other_table(demo_db, senior):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "banquet", senior_side=senior)
    mixing = [v for v in seated.violations if v.rule == "sides_mixed"]
    # a full table of 10 with host and co-host opposite cannot alternate all round: two pairs at least
    assert len(mixing) <= 2 and all(v.message.startswith("table 1:") for v in mixing)
    ctx = seated.ctx
    for table in seated.plan.tables[1:]:
        seated_here = [x for x in table.seats if x.attendee_id is not None]
        top = min(seated_here, key=lambda x: ctx.key(x.attendee_id))
        assert top.offset == 0


@pytest.mark.parametrize("senior", SIDES)
def test_banquet_interpreter_on_a_chair_behind_his_principal(demo_db, senior):
    db, event_id = demo_db
    interpreter = _add_interpreter(db, event_id, "guest")
    seated = auto_plan(db, event_id, "banquet", senior_side=senior)
    where = _by_person(seated)
    assert where[interpreter].kind == BEHIND
    assert where[interpreter].front_id == where[seated.ctx.head("guest")].id
    assert _errors(seated) == []


@pytest.mark.parametrize("senior", SIDES)
def test_theatre_front_rows_and_centre_first(demo_db, senior):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "theatre", senior_side=senior, seats=6)
    ctx = seated.ctx
    where = seated.plan.seat_of()
    order = ctx.ordered(where)
    rows = [where[a].row for a in order]
    assert rows == sorted(rows)  # nobody sits in front of someone more senior
    assert where[order[0]].row == 1 and where[order[0]].offset == 0
    assert _errors(seated) == []


@pytest.mark.parametrize("senior", SIDES)
def test_signing_guest_at_the_host_signatorys_senior_hand_and_guest_flag(demo_db, senior):
    db, event_id = demo_db
    agreement = list_agreements(db, event_id)[0]
    seated = auto_plan(db, event_id, "signing", senior_side=senior, agreement_id=agreement.id)
    where = _by_person(seated)
    ctx = seated.ctx
    host_sig = next(p.signatory_id for p in agreement.parties if ctx.side(p.signatory_id) == "host")
    guest_sig = next(p.signatory_id for p in agreement.parties if ctx.side(p.signatory_id) == "guest")
    h, g = where[host_sig], where[guest_sig]
    s = _hand(senior)
    assert (g.x - h.x) * h.right_hand[0] * s > 0  # the guest sits at the host's right (mirrored: left)
    flags = {f.side: f for f in seated.plan.flags}
    assert (flags["guest"].x - flags["host"].x) * h.right_hand[
        0
    ] * s > 0  # guest flag on the right seen from behind
    assert _errors(seated) == []


@pytest.mark.parametrize("senior", SIDES)
def test_signing_delegations_stand_behind_their_signatory_witnesses_in_the_centre(demo_db, senior):
    db, event_id = demo_db
    agreement = list_agreements(db, event_id)[0]
    seated = auto_plan(db, event_id, "signing", senior_side=senior, agreement_id=agreement.id)
    where = _by_person(seated)
    ctx = seated.ctx
    host_chair = where[next(p.signatory_id for p in agreement.parties if ctx.side(p.signatory_id) == "host")]
    standing = [x for x in seated.plan.seats() if x.kind == STANDING and x.attendee_id is not None]
    for seat in standing:
        side = ctx.side(seat.attendee_id)
        # host side towards the host signatory's side of the centre, guests to the other
        assert (seat.x * host_chair.x > 0) == (side == "host")
    for witness in agreement.witness_ids:
        assert where[witness].row == 2 and abs(where[witness].x) < 0.5  # centre of the front row
    assert _errors(seated) == []


@settings(max_examples=12, deadline=None)
@given(
    hosts=st.integers(min_value=1, max_value=7),
    guests=st.integers(min_value=1, max_value=7),
    secretaries=st.integers(min_value=0, max_value=2),
)
def test_any_delegations_seat_without_breach_and_left_mirrors_right(hosts, guests, secretaries):
    db = open_store(memory=True)
    event_id = events.create_event(db, NewEvent(title="Переговоры", date="2024-07-10"))
    sides = {
        "host": events.add_side(db, NewSide(event_id=event_id, name="Хозяева", host=True)),
        "guest": events.add_side(db, NewSide(event_id=event_id, name="Гости", host=False)),
    }
    for side, count in (("host", hosts), ("guest", guests)):
        for i in range(count + secretaries):
            role = Role.SECRETARY.value if i >= count else Role.MEMBER.value
            person = directory.add_person(db, NewPerson(surname=f"{side}{i}"))
            participants.add_participant(
                db,
                NewParticipant(
                    event_id=event_id, person_id=person, side_id=sides[side], role=role, precedence=i + 1
                ),
            )
    right = auto_plan(db, event_id, "negotiation", senior_side="right")
    left = auto_plan(db, event_id, "negotiation", senior_side="left")
    assert right.violations == [] and left.violations == []
    r, l_ = right.plan.seat_of(), left.plan.seat_of()
    assert {a: -s.offset for a, s in r.items() if s.kind == SEAT} == {
        a: s.offset for a, s in l_.items() if s.kind == SEAT
    }
    db.close()


@settings(max_examples=8, deadline=None)
@given(
    hosts=st.integers(min_value=1, max_value=14),
    guests=st.integers(min_value=1, max_value=14),
    size=st.integers(min_value=4, max_value=10),
    senior=st.sampled_from(SIDES),
)
def test_any_banquet_seats_everyone_without_breaking_a_rule(hosts, guests, size, senior):
    db = open_store(memory=True)
    event_id = events.create_event(db, NewEvent(title="Приём", date="2024-07-10"))
    for side, count in (("host", hosts), ("guest", guests)):
        side_id = events.add_side(db, NewSide(event_id=event_id, name=side, host=side == "host"))
        for i in range(count):
            person = directory.add_person(db, NewPerson(surname=f"{side}{i}"))
            participants.add_participant(
                db, NewParticipant(event_id=event_id, person_id=person, side_id=side_id, precedence=i + 1)
            )
    seated = auto_plan(db, event_id, "banquet", seats=size, senior_side=senior)
    assert _errors(seated) == []
    assert len(seated.plan.seat_of()) == hosts + guests
    db.close()


@pytest.mark.parametrize("senior", SIDES)
def test_signing_of_three_parties_gives_each_signatory_a_chair(demo_db, senior):
    from protocol_app.model import Party
    from protocol_app.store import agreements

    db, event_id = demo_db
    ctx = load_context(db, event_id)
    hosts, guests = ctx.of_side("host"), ctx.of_side("guest")
    org = directory.get_or_add_organisation(db, "Третья сторона").id or 0
    host_side, guest_side = ctx.attendees[hosts[0]].side.id or 0, ctx.attendees[guests[0]].side.id or 0
    parties = [
        Party(org, guest_side, guests[3]),
        Party(org, host_side, hosts[3]),
        Party(org, guest_side, guests[4]),
    ]
    agreement_id = agreements.add_agreement(
        db, NewAgreement(event_id=event_id, title="Трёхстороннее", parties=parties)
    )
    seated = auto_plan(db, event_id, "signing", senior_side=senior, agreement_id=agreement_id)
    where = _by_person(seated)
    s = _hand(senior)
    assert where[hosts[3]].id == "S0" and where[guests[3]].offset == s and where[guests[4]].offset == -s
    assert {where[a].row for a in (hosts[3], guests[3], guests[4])} == {1}
    assert _errors(seated) == []


@pytest.mark.parametrize("senior", SIDES)
def test_theatre_interpreter_on_a_chair_behind_with_room_between_rows(demo_db, senior):
    db, event_id = demo_db
    interpreter = _add_interpreter(db, event_id, "guest")
    seated = auto_plan(db, event_id, "theatre", senior_side=senior, seats=8)
    where = _by_person(seated)
    head = where[seated.ctx.head("guest")]
    chair = where[interpreter]
    assert chair.kind == BEHIND and chair.front_id == head.id
    row_2 = min(s.y for s in seated.plan.seats() if s.row == 2 and s.kind == SEAT)
    assert row_2 < chair.y - 0.5  # the chair behind does not sit on the next row
    assert _errors(seated) == []
