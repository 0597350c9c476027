"""Automatic seating with locks and wishes, the validator on planted breaches, the solver, saved plans."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from protocol_app.errors import UserError
from protocol_app.model import Layout, NewEvent, NewParticipant, NewPerson, NewSeatingConstraint, NewSide
from protocol_app.seating.assign import Options, build_problem
from protocol_app.seating.context import load_context
from protocol_app.seating.geometry import behind_seat, neighbours
from protocol_app.seating.plans import auto_plan, find_saved, locks_of, move, open_plan, save
from protocol_app.seating.solver import solve
from protocol_app.seating.validate import expected_people, validate
from protocol_app.store.seating import add_constraint, get_plan


def _messages(seated):
    return [v.message for v in seated.violations]


def _rules(seated):
    return [v.rule for v in seated.violations if v.severity == "error"]


def test_locked_seat_is_kept_and_the_others_follow_the_rules(demo_db):
    db, event_id = demo_db
    first = auto_plan(db, event_id, "negotiation")
    ctx = first.ctx
    fifth = ctx.of_side("host")[4]
    seated = auto_plan(db, event_id, "negotiation", locks={"H+1": fifth})
    where = seated.plan.seat_of()
    assert where[fifth].id == "H+1" and where[fifth].locked
    second, third = ctx.of_side("host")[1:3]
    assert where[second].id == "H-1"  # the locked chair is out of the ranking: nearer before farther
    assert where[third].id == "H+2"
    assert locks_of(seated) == {"H+1": fifth}


def test_together_and_apart_wishes_are_honoured_at_a_banquet(demo_db):
    db, event_id = demo_db
    ctx = load_context(db, event_id)
    hosts, guests = ctx.of_side("host"), ctx.of_side("guest")
    add_constraint(db, NewSeatingConstraint(event_id, "together", hosts[8], guests[2]))
    add_constraint(db, NewSeatingConstraint(event_id, "apart", guests[4], hosts[6]))
    seated = auto_plan(db, event_id, "banquet")
    adjacency = neighbours(seated.plan)
    where = seated.plan.seat_of()
    assert where[guests[2]].id in adjacency[where[hosts[8]].id]
    assert where[hosts[6]].id not in adjacency[where[guests[4]].id]
    assert not {"together", "apart"} & set(_rules(seated))


def test_a_constraint_cannot_be_both_together_and_apart(demo_db):
    db, event_id = demo_db
    ctx = load_context(db, event_id)
    a, b = ctx.of_side("host")[:2]
    add_constraint(db, NewSeatingConstraint(event_id, "together", a, b))
    with pytest.raises(UserError, match="already to be kept together"):
        add_constraint(db, NewSeatingConstraint(event_id, "apart", b, a))


def test_validator_finds_planted_breaches_in_a_hand_edited_negotiation(demo_db):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "negotiation")
    assert seated.violations == []
    ctx = seated.ctx
    second, secretary = ctx.of_side("guest")[1], ctx.of_side("guest", ("secretary",))[0]
    move(seated, second, "G-3", lock=True)  # number 2 no longer at the head's right
    messages = [v.message for v in seated.violations]
    placed = "T. Klimovich (guest, 2) is placed by hand 3 seats to the head's left"
    assert f"{placed}; the rules seat him or her at the head's right" in messages  # one line names the move
    move(seated, secretary, "G+4")
    assert "note_takers" in _rules(seated)
    move(seated, ctx.of_side("host")[3], "G+2")  # a host in the guests' row
    assert any(m.endswith("the rules seat him or her in the host row") for m in _messages(seated))


def test_validator_names_the_guest_of_honour_not_at_the_hosts_right(demo_db):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "banquet")
    ctx = seated.ctx
    guest_of_honour = ctx.of_side("guest")[0]
    move(seated, guest_of_honour, "T2-4")
    messages = [v.message for v in seated.violations]
    placed = "P. Parkhomchik (guest, 1) is placed by hand at table 2, seat 4"
    assert f"{placed}; the rules seat him or her at the host's right" in messages
    assert any(v.text("ru").startswith("Пархомчик П.А. (") for v in seated.violations)  # each in its language


def test_validator_reports_duplicates_unseated_and_broken_wishes(demo_db):
    db, event_id = demo_db
    ctx = load_context(db, event_id)
    hosts = ctx.of_side("host")
    first, second = ctx.ordered(ctx.attendees)[:2]  # neighbours at the centre of the presidium
    add_constraint(db, NewSeatingConstraint(event_id, "apart", first, second))
    seated = auto_plan(db, event_id, "presidium")
    plan = seated.plan
    assert "apart" not in _rules(seated)  # the wish is kept; the order gives way, and the validator says so
    assert "order" in _rules(seated)
    where = plan.seat_of()
    where[hosts[2]].attendee_id = hosts[3]  # host 3 loses the seat, host 4 has two
    rules = [v.rule for v in validate(load_context(db, event_id), plan)]
    assert "duplicate" in rules and "unseated" in rules


def test_same_seed_same_plan_and_search_is_stoppable_with_progress(demo_db):
    db, event_id = demo_db
    ctx = load_context(db, event_id)
    _, problem = build_problem(ctx, "banquet", Options())
    first = solve(problem, seed=7)
    again = solve(problem, seed=7)
    assert first.assignment == again.assignment and first.score == again.score
    reports = []
    stopped = solve(
        problem, seed=7, max_iterations=100_000, cancel=lambda: True, progress=lambda f, s: reports.append(f)
    )
    assert stopped.stopped and stopped.iterations < 1000 and reports[-1] == 1.0
    assert stopped.hard_breaches == 0


def test_plan_saved_and_reopened_as_it_was(demo_db):
    db, event_id = demo_db
    seated = auto_plan(
        db, event_id, "negotiation", locks={"H-2": load_context(db, event_id).of_side("host")[1]}
    )
    plan_id = save(db, seated)
    reopened = open_plan(db, plan_id)
    before = {(s.id, s.attendee_id, s.locked, s.x, s.y, s.offset) for s in seated.plan.seats()}
    after = {(s.id, s.attendee_id, s.locked, s.x, s.y, s.offset) for s in reopened.plan.seats()}
    assert before == after
    assert find_saved(db, event_id, Layout.NEGOTIATION).plan.id == plan_id
    assert reopened.plan.layout is Layout.NEGOTIATION  # the store's text read back as the enum
    assert get_plan(db, plan_id).layout is Layout.NEGOTIATION


def test_chair_behind_survives_saving(demo_db):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "banquet")
    ctx = seated.ctx
    interpreter_seat = seated.plan.seats()[0]
    chair = behind_seat(interpreter_seat)
    seated.plan.table(interpreter_seat.table_id).seats.append(chair)
    move(seated, ctx.of_side("guest")[8], chair.id)
    reopened = open_plan(db, save(db, seated))
    assert reopened.plan.seat(chair.id).attendee_id == ctx.of_side("guest")[8]
    assert reopened.plan.seat(chair.id).front_id == interpreter_seat.id


def test_too_few_seats_is_a_clear_error(demo_db):
    db, event_id = demo_db
    with pytest.raises(UserError, match="seats cannot hold"):
        auto_plan(db, event_id, "negotiation", seats=3)


def test_banquet_guests_without_interpreter_get_a_neighbour_speaking_their_language(db):
    from protocol_app.store import directory, events, participants

    event_id = events.create_event(db, NewEvent(title="Ужин", date="2024-07-10"))
    host = events.add_side(db, NewSide(event_id=event_id, name="Хозяева", host=True))
    guest = events.add_side(db, NewSide(event_id=event_id, name="Гости", host=False))
    english = []
    for i in range(16):
        # two English-speaking guests without an interpreter; two hosts speak English too
        side = host if i % 2 == 0 else guest
        language = "en" if i in (4, 5, 12, 13) else "ru"
        person = directory.add_person(db, NewPerson(surname=f"Гость{i}", language=language))
        pid = participants.add_participant(
            db, NewParticipant(event_id=event_id, person_id=person, side_id=side, precedence=i // 2 + 1)
        )
        if language == "en" and side == guest:
            english.append(pid)
    seated = auto_plan(db, event_id, "banquet", seats=8)
    adjacency = neighbours(seated.plan)
    where = seated.plan.seat_of()
    ctx = seated.ctx
    for aid in english:
        near = [s.attendee_id for s in seated.plan.seats() if s.id in adjacency[where[aid].id]]
        assert any(n is not None and ctx.language(n) == "en" for n in near)
    assert not [v for v in seated.violations if v.rule == "language"]


ROLES = ["principal", "member", "signatory", "interpreter", "secretary", "expert", "press", "security"]


@settings(max_examples=10, deadline=None)
@given(
    people=st.lists(
        st.tuples(st.integers(0, 2), st.sampled_from(ROLES), st.integers(0, 12), st.booleans()),
        max_size=16,
    ),
    layout=st.sampled_from(["negotiation", "banquet", "presidium", "theatre"]),
    senior=st.sampled_from(["right", "left"]),
)
# a delegation of only note-takers, more of them than its block has edges: they fill the block, no breach
@example(
    people=[(0, "principal", 0, False), (1, "principal", 0, False), *[(2, "secretary", 0, False)] * 3],
    layout="negotiation",
    senior="right",
)
# three note-takers beside a head at talks of two: the row's ends and the seats next to them
@example(
    people=[(0, "principal", 0, False), (1, "principal", 0, False), *[(1, "secretary", 0, False)] * 3],
    layout="negotiation",
    senior="left",
)
# round talks where the host side is only an interpreter for a guest: no one of the host's to preside
@example(
    people=[(1, "principal", 0, False), (2, "principal", 0, False), (0, "interpreter", 0, False)],
    layout="negotiation",
    senior="right",
)
def test_any_event_is_seated_saved_and_reopened_alike(people, layout, senior):
    from protocol_app.store import directory, events, open_store, participants

    db = open_store(memory=True)
    event_id = events.create_event(db, NewEvent(title="Визит", date="2024-07-10", senior_side=senior))
    sides = [events.add_side(db, NewSide(event_id=event_id, name=f"S{i}", host=i == 0)) for i in range(3)]
    ids: list[int] = []
    for i, (side, role, target, cancelled) in enumerate(people):
        person = directory.add_person(db, NewPerson(surname=f"Лицо{i}"))
        ids.append(
            participants.add_participant(
                db,
                NewParticipant(
                    event_id=event_id,
                    person_id=person,
                    side_id=sides[side],
                    role=role,
                    status="cancelled" if cancelled and i % 3 == 0 else "confirmed",
                    interprets_for=ids[target % len(ids)] if ids and role == "interpreter" else None,
                ),
            )
        )
    seated = auto_plan(db, event_id, layout)
    reopened = open_plan(db, save(db, seated))
    assert {(s.id, s.attendee_id) for s in seated.plan.seats()} == {
        (s.id, s.attendee_id) for s in reopened.plan.seats()
    }
    rules = {v.rule for v in reopened.violations if v.severity == "error"}
    assert rules <= {"unseated"}
    ctx = reopened.ctx
    left_out = expected_people(ctx, layout) - set(reopened.plan.seat_of())
    assert all(
        ctx.role(a) == "interpreter" and a not in ctx.interpreters() for a in left_out
    )  # nobody to serve
    db.close()
