"""Banquets, presidiums and signings across several delegations (docs/PROTOCOL.md 4, 4a and 5)."""

from __future__ import annotations

import pytest

from protocol_app.model import NewAgreement, NewEvent, NewParticipant, NewPerson, NewSide, Party
from protocol_app.seating.geometry import STANDING, neighbours
from protocol_app.seating.plans import auto_plan, move
from protocol_app.store import agreements, directory, events, open_store, participants

SIDES = ["right", "left"]


def _banquet_event(guests_per_delegation: int = 9, hosts: int = 5) -> tuple:
    """A host delegation and three guest delegations, men and women, one couple in a guest delegation."""
    db = open_store(memory=True)
    event_id = events.create_event(db, NewEvent(title="Приём", date="2024-07-10"))
    ids: dict[str, list[int]] = {}
    for k, (name, count) in enumerate(
        (
            ("Хозяева", hosts),
            ("Индия", guests_per_delegation),
            ("Китай", guests_per_delegation),
            ("Беларусь", guests_per_delegation),
        )
    ):
        side = events.add_side(db, NewSide(event_id=event_id, name=name, host=k == 0))
        for i in range(count):
            person = directory.add_person(
                db, NewPerson(surname=f"{name}{i}", given_name="Иван", gender="mf"[(i + k) % 2])
            )
            ids.setdefault(name, []).append(
                participants.add_participant(
                    db, NewParticipant(event_id=event_id, person_id=person, side_id=side, precedence=i + 1)
                )
            )
    husband, wife = ids["Индия"][1], ids["Индия"][8]
    for me, partner in ((husband, wife), (wife, husband)):
        part = participants.get_participant(db, me)
        part.partner_id = partner
        participants.update_participant(db, part)
    return db, event_id, ids


@pytest.mark.parametrize("senior", SIDES)
def test_every_table_hosted_senior_guests_at_the_hosts_and_co_hosts_hand(senior):
    db, event_id, ids = _banquet_event()
    seated = auto_plan(db, event_id, "banquet", seats=8, senior_side=senior)
    ctx, plan = seated.ctx, seated.plan
    s = 1 if senior == "right" else -1
    assert len(plan.tables) == 4
    for table in plan.tables:
        ring = {seat.offset: seat.attendee_id for seat in table.seats}
        assert ctx.side(ring[0]) == "host"  # a host-side table host at seat 1
        guests = ctx.ordered(a for a in ring.values() if a is not None and ctx.side(a) == "guest")
        assert ring[s % 8] == guests[0]  # the most senior guest of the table at his senior hand
        assert ring[(4 + s) % 8] == guests[1]  # the second guest at the co-host's (opposite)
    adjacency = neighbours(plan)
    where = plan.seat_of()
    pairs = [(a, b) for a in where for b in where if a < b and where[b].id in adjacency[where[a].id]]
    same = [p for p in pairs if ctx.side_id(p[0]) == ctx.side_id(p[1])]
    assert not same  # neighbours from different delegations, not merely host and guest
    husband, wife = ids["Индия"][1], ids["Индия"][8]
    assert where[wife].id not in adjacency[where[husband].id]
    assert ctx.key(husband) < ctx.key(wife) < ctx.key(ids["Индия"][2])  # she takes his rank, after him
    assert [v for v in seated.violations if v.severity == "error"] == []


def _same_gender_pairs(seated) -> int:
    ctx, plan = seated.ctx, seated.plan
    adjacency = neighbours(plan)
    where = plan.seat_of()
    return sum(
        1 for a in where for b in where
        if a < b and where[b].id in adjacency[where[a].id] and ctx.gender(a) == ctx.gender(b)
    )  # fmt: skip


def test_men_and_women_alternate_when_asked_and_breaches_are_named():
    db, event_id, ids = _banquet_event()
    mixed = _same_gender_pairs(auto_plan(db, event_id, "banquet", seats=8))
    seated = auto_plan(db, event_id, "banquet", seats=8, alternate=True)
    plan = seated.plan
    # the places set by the rules (hosts, the two senior guests) leave a few pairs that cannot alternate
    assert _same_gender_pairs(seated) <= min(6, mixed // 2)
    assert all(v.rule != "sides_mixed" for v in seated.violations)
    adjacency = neighbours(plan)
    where = plan.seat_of()
    husband, wife = ids["Индия"][1], ids["Индия"][8]
    beside = next(t for t in adjacency[where[husband].id] if plan.seat(t).kind == "seat")
    move(seated, wife, beside, lock=False)
    assert any(v.rule == "spouses" and "spouses" in v.message for v in seated.violations)


def test_hosts_for_every_table_come_before_a_co_host():
    db, event_id, _ = _banquet_event(hosts=4)
    seated = auto_plan(db, event_id, "banquet", seats=8)
    ctx = seated.ctx
    heads = [next(x for x in t.seats if x.offset == 0).attendee_id for t in seated.plan.tables]
    assert len(heads) == 4 and all(ctx.side(a or 0) == "host" for a in heads)
    assert [v for v in seated.violations if v.severity == "error"] == []


def _three_delegations(db) -> tuple[int, dict[str, list[int]]]:
    event_id = events.create_event(db, NewEvent(title="Форум", date="2024-07-10"))
    people = {
        ("Свердловская область", True): [("Губернатор", "principal"), ("Вице-губернатор", "member"),
                                          ("Переводчик", "interpreter")],
        ("Беларусь", False): [("Заместитель Председателя Правительства", "principal"), ("Посол", "member")],
        ("Китай", False): [("Директор", "principal"), ("Советник", "member")],
        ("Казахстан", False): [("Генеральный директор", "principal")],
    }  # fmt: skip
    ids: dict[str, list[int]] = {}
    for (name, host), rows in people.items():
        side = events.add_side(db, NewSide(event_id=event_id, name=name, host=host))
        for i, (position, role) in enumerate(rows):
            person = directory.add_person(db, NewPerson(surname=f"{name[:4]}{i}", position=position))
            ids.setdefault(name, []).append(
                participants.add_participant(
                    db, NewParticipant(event_id=event_id, person_id=person, side_id=side, role=role)
                )
            )
    return event_id, ids


@pytest.mark.parametrize("senior", SIDES)
def test_presidium_across_delegations_the_host_presides_then_the_rank_ladder(senior):
    db = open_store(memory=True)
    event_id, ids = _three_delegations(db)
    seated = auto_plan(db, event_id, "presidium", senior_side=senior)
    where = seated.plan.seat_of()
    s = 1 if senior == "right" else -1
    governor, vice, interpreter = ids["Свердловская область"]
    assert where[governor].offset == 0  # the host is not put third in his own region
    assert where[ids["Беларусь"][0]].offset == s  # the Deputy Prime Minister at his senior hand
    order = sorted(where, key=lambda a: (abs(where[a].offset), where[a].offset * s < 0))
    assert order.index(vice) < order.index(ids["Китай"][0])  # a vice-governor before a director
    assert interpreter not in where or where[interpreter].kind == "behind"  # staff never outrank officials
    assert [v for v in seated.violations if v.severity == "error"] == []


@pytest.mark.parametrize("senior", SIDES)
def test_multilateral_signing_every_partys_flag_others_stand_aside(senior):
    db = open_store(memory=True)
    event_id, ids = _three_delegations(db)
    sides = {s.name: s.id or 0 for s in events.list_sides(db, event_id)}
    org = directory.get_or_add_organisation(db, "Организация").id or 0
    host, belarus, china = ids["Свердловская область"], ids["Беларусь"], ids["Китай"]
    parties = [Party(org, sides["Свердловская область"], host[1]), Party(org, sides["Беларусь"], belarus[1]),
               Party(org, sides["Китай"], china[1])]  # fmt: skip
    agreement_id = agreements.add_agreement(
        db, NewAgreement(event_id=event_id, title="Соглашение", parties=parties)
    )
    seated = auto_plan(db, event_id, "signing", senior_side=senior, agreement_id=agreement_id)
    assert sorted(f.side_id for f in seated.plan.flags) == sorted(
        [sides["Свердловская область"], sides["Беларусь"], sides["Китай"]]
    )  # every party's flag, none for Kazakhstan, which does not sign
    where = seated.plan.seat_of()
    kazakh = ids["Казахстан"][0]
    standing_guests = [a for a, seat in where.items() if seat.kind == STANDING and seat.side == "guest"]
    outer = max(standing_guests, key=lambda a: (where[a].row == 2, abs(where[a].offset)))
    assert where[kazakh].row == 2 and outer == kazakh  # not a party: aside, at the outer end
    assert [v for v in seated.violations if v.severity == "error"] == []
