"""Breaches by cause: a person placed by hand is one breach naming the placement, those it displaces one
grouped line at most, and no line states an expectation that its own fact satisfies."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide, Role
from protocol_app.seating.assign import rows_key
from protocol_app.seating.geometry import BEHIND, SEAT
from protocol_app.seating.plans import auto_plan, locks_of, move
from protocol_app.seating.validate import validate
from protocol_app.store import directory, events, open_store, participants
from protocol_app.words import Said

POSITIONS = ["Губернатор", "Министр", "Заместитель министра", "Директор", "Советник"]
ORDER_RULES = {"order", "heads_opposite", "block_head", "standing"}
NO_SHRINK = (
    Phase.explicit,
    Phase.reuse,
    Phase.generate,
)  # a failing example is printed as found: shrinking plans is slow


def _event(sizes: list[int], interpreters: bool) -> tuple:
    """An event of a host delegation and guest delegations of ``sizes`` people (the first is the host's)."""
    db = open_store(memory=True)
    event_id = events.create_event(db, NewEvent(title="Визит", date="2024-07-10"))
    for d, size in enumerate(sizes):
        side = events.add_side(db, NewSide(event_id=event_id, name=f"Делегация {d}", host=d == 0))
        head = None
        for i in range(size):
            person = directory.add_person(
                db, NewPerson(surname=f"Д{d}ч{i}", given_name="Иван", position=POSITIONS[min(i, 4)])
            )
            role = Role.PRINCIPAL.value if i == 0 else Role.MEMBER.value
            aid = participants.add_participant(
                db,
                NewParticipant(
                    event_id=event_id, person_id=person, side_id=side, role=role, precedence=i + 1
                ),
            )
            head = head or aid
        if interpreters:
            person = directory.add_person(db, NewPerson(surname=f"Переводчик{d}", position="Переводчик"))
            participants.add_participant(
                db,
                NewParticipant(event_id=event_id, person_id=person, side_id=side, role=Role.INTERPRETER.value,
                            interprets_for=head),
            )  # fmt: skip
    return db, event_id


def _facts(said: Said):
    """Every message inside ``said`` (itself and the messages among its facts), depth first."""
    yield said
    for _, value in said.facts:
        if isinstance(value, Said):
            yield from _facts(value)


def _check(seated) -> None:
    plan, ctx = seated.plan, seated.ctx
    seat_of = plan.seat_of()
    locked = {s.id: s.attendee_id for s in plan.seats() if s.locked and s.attendee_id is not None}
    by_cause: dict[str, list] = {}
    for v in seated.violations:
        for seat_id in v.seats:
            plan.seat(seat_id)  # every seat a breach names exists
        for message in _facts(v.said):
            facts = dict(message.facts)
            assert not ("goal" in facts and facts["goal"] == facts.get("now")), (
                v.message
            )  # never self-contradicting
        if v.said.code == "not_at":  # only someone not placed by hand, at the seat he or she has
            assert v.seats == [seat_of[v.subject].id] and not seat_of[v.subject].locked
        for lang in ("ru", "en"):
            words = v.text(lang)
            assert words and "{" not in words
        russian = v.text("ru").replace(ctx.short_name(v.subject), "") if v.subject else v.text("ru")
        assert re.search("[а-я]{3}", russian)  # Russian words, not only names
        if v.cause is not None:
            by_cause.setdefault(v.cause, []).append(v)
    for cause, lines in by_cause.items():
        assert cause in locked  # a breach comes of a seat placed by hand
        named = [v for v in lines if v.said.code in ("placed", "placed_why")]
        grouped = [v for v in lines if v.said.code.startswith("displaced") or v.said.code == "taken_by_hand"]
        assert len(named) <= 1 and len(grouped) <= 1 and len(lines) == len(named) + len(grouped)
        assert all(v.subject == locked[cause] and v.seats[0] == cause for v in named)
    for aid in set(locked.values()):  # one breach at most is about each person placed by hand
        assert sum(v.subject == aid for v in seated.violations) <= 1
    assert len(by_cause) <= len(locked)


@pytest.mark.parametrize("layout", ["banquet", "negotiation", "presidium", "theatre"])
@settings(
    max_examples=6,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
    phases=NO_SHRINK,
)
@given(
    sizes=st.lists(st.integers(min_value=1, max_value=9), min_size=2, max_size=4),
    interpreters=st.booleans(),
    data=st.data(),
)
def test_hand_placements_give_one_breach_each_and_a_grouped_line(layout, sizes, interpreters, data):
    db, event_id = _event(sizes, interpreters)
    seated = auto_plan(db, event_id, layout)
    before = len(seated.violations)
    seats = [s.id for s in seated.plan.seats() if s.kind == SEAT]
    people = sorted(a for a, s in seated.plan.seat_of().items() if s.kind != BEHIND)
    moves = data.draw(st.integers(min_value=1, max_value=4))
    for _ in range(moves):
        aid, seat_id = data.draw(st.sampled_from(people)), data.draw(st.sampled_from(seats))
        move(seated, aid, seat_id)
        _check(seated)
    locked = sum(s.locked for s in seated.plan.seats())
    about = [v for v in seated.violations if v.cause]  # one line for each placement, one for its displaced
    assert len(about) <= 2 * locked
    assert len(seated.violations) <= before + 2 * locked + 4 * moves  # no flood: a few lines for each move


@pytest.mark.parametrize("layout", ["presidium", "theatre"])
def test_a_head_moved_to_the_back_is_one_breach_and_one_grouped_line(layout):
    db, event_id = _event([40, 60, 50], interpreters=False)
    seated = auto_plan(db, event_id, layout)
    assert seated.violations == []
    head = seated.ctx.ordered(seated.ctx.attendees)[0]
    back = max(seated.plan.seat_of().values(), key=lambda s: (s.row, abs(s.offset)))
    move(seated, head, back.id)  # swapped with the one at the back, who now sits in the centre
    order = [v for v in seated.violations if v.rule in ORDER_RULES]
    assert [v.said.code for v in order] == ["placed", "displaced"]
    placement, grouped = order
    assert placement.seats[0] == back.id and placement.subject == head
    assert grouped.text("en").startswith("1 person sits higher than their rank asks because of the hand")
    rest = auto_plan(db, event_id, layout, locks=locks_of(seated))  # the rest seated by the rules
    order = [v for v in rest.violations if v.rule in ORDER_RULES]
    assert [v.said.code for v in order] == ["placed", "displaced"]
    grouped = order[1]
    assert len(grouped.seats) > 100  # every displaced seat, to select
    assert grouped.text("en").startswith(f"{len(grouped.seats)} people sit one place higher than their rank")
    assert "из-за места, заданного вручную" in grouped.text("ru")


def test_a_member_moved_up_displaces_the_others_one_place_lower():
    db, event_id = _event([8, 8], interpreters=False)
    seated = auto_plan(db, event_id, "presidium")
    plan, key = seated.plan, rows_key(seated.ctx, "presidium")
    honour = sorted(plan.seat_of().values(), key=lambda s: key(s.attendee_id))  # seats, most honoured first
    ids = [s.attendee_id for s in honour]
    for k, aid in ((2, ids[5]), (3, ids[2]), (4, ids[3]), (5, ids[4])):  # the 6th up to the 3rd's seat
        plan.seat(honour[k].id).attendee_id = aid
    plan.seat(honour[2].id).locked = True
    lines = [v for v in validate(seated.ctx, plan) if v.rule in ORDER_RULES]
    assert [v.said.code for v in lines] == ["placed", "displaced"]
    assert lines[1].text("en").startswith("3 people sit one place lower than their rank asks because of")
    assert lines[1].text("ru").startswith("3 чел. сидят на одно место ниже, чем требует ранг")
    assert sorted(lines[1].seats) == sorted(s.id for s in honour[3:6])
