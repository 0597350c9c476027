"""Hand edits of a saved plan: each one transaction in the store, each returning what it changed, so that
undo puts back exactly that, and refuses when another window changed those seats meanwhile."""

from __future__ import annotations

import dataclasses
import hashlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from protocol_app.errors import UserError
from protocol_app.seating.plans import (
    apply,
    auto_plan,
    lock_saved,
    locks_of,
    move_saved,
    open_plan,
    replace_saved,
    reseating,
    save,
    swap_saved,
    unseat_saved,
)
from protocol_app.store import seating as store


def _stored(db, plan_id):
    return store.get_plan(db, plan_id).assignments


_SEARCHED: dict[str, store.StoredPlan] = {}  # the banquet the search seats, by the content of the store


def _saved_banquet(db, event_id):
    """The event's banquet seated by the rules, saved, and opened as the editor opens it. The search gives the
    same plan for the same store, so for the demo it runs once per process; each test saves its own copy."""
    content = hashlib.sha256("\n".join(db.conn.iterdump()).encode()).hexdigest()
    if content not in _SEARCHED:
        seated = auto_plan(db, event_id, "banquet")
        save(db, seated)
        _SEARCHED[content] = store.get_plan(db, seated.plan.id)
        return open_plan(db, seated.plan.id)
    searched = _SEARCHED[content]
    copy = store.NewPlan(**{f.name: getattr(searched, f.name) for f in dataclasses.fields(store.NewPlan)})
    return open_plan(db, store.save_plan(db, copy))


def test_move_to_an_empty_seat_is_stored_and_undone_exactly(demo_db):
    db, event_id = demo_db
    seated = _saved_banquet(db, event_id)
    empty = next(s.id for s in seated.plan.seats() if s.attendee_id is None)
    person = seated.ctx.of_side("guest")[3]
    old = seated.plan.seat_of()[person].id
    before = _stored(db, seated.plan.id)
    change = move_saved(db, seated, person, empty)
    assert change.after == {empty: (person, True), old: (None, False)}
    reopened = open_plan(db, seated.plan.id)
    assert reopened.plan.seat(empty).attendee_id == person and reopened.plan.seat(empty).locked
    assert reopened.plan.seat(old).attendee_id is None
    apply(seated, change.reversed(), db)
    assert _stored(db, seated.plan.id) == before
    assert seated.plan.seat(old).attendee_id == person


def test_dropping_on_an_occupied_seat_swaps_the_two(demo_db):
    db, event_id = demo_db
    seated = _saved_banquet(db, event_id)
    host, guest = seated.ctx.of_side("host")[0], seated.ctx.of_side("guest")[0]
    where = {a: s.id for a, s in seated.plan.seat_of().items()}
    move_saved(db, seated, guest, where[host])
    stored = _stored(db, seated.plan.id)
    assert stored[where[host]] == (guest, True)
    assert stored[where[guest]] == (host, False)
    rules = {v.rule for v in seated.violations}
    assert {"host_seat", "guest_of_honour"} <= rules  # re-checked at once


def test_swap_unseat_and_lock(demo_db):
    db, event_id = demo_db
    seated = _saved_banquet(db, event_id)
    a, b = [s for s in seated.plan.seats() if s.attendee_id is not None and s.table_id == "T2"][:2]
    first, second = a.attendee_id, b.attendee_id
    swap_saved(db, seated, a.id, b.id)
    assert _stored(db, seated.plan.id)[a.id] == (second, True)
    change = unseat_saved(db, seated, a.id)
    assert change.before == {a.id: (second, True)} and change.after == {a.id: (None, False)}
    assert a.id not in _stored(db, seated.plan.id)
    assert any(v.rule == "unseated" and v.people == [second] for v in seated.violations)
    lock_saved(db, seated, b.id, True)
    assert locks_of(open_plan(db, seated.plan.id)) == {b.id: first}
    lock_saved(db, seated, b.id, False)
    assert locks_of(open_plan(db, seated.plan.id)) == {}


def test_undo_is_refused_when_the_seats_were_changed_meanwhile(demo_db):
    db, event_id = demo_db
    seated = _saved_banquet(db, event_id)
    person = seated.ctx.of_side("host")[2]
    empty = next(s.id for s in seated.plan.seats() if s.attendee_id is None)
    change = move_saved(db, seated, person, empty)
    elsewhere = open_plan(db, seated.plan.id)  # another window moves the same person on
    other_empty = next(s.id for s in elsewhere.plan.seats() if s.attendee_id is None)
    move_saved(db, elsewhere, person, other_empty)
    stored = _stored(db, seated.plan.id)
    with pytest.raises(UserError, match="changed meanwhile"):
        apply(seated, change.reversed(), db)
    assert _stored(db, seated.plan.id) == stored  # nothing half-written
    assert seated.plan.seat(empty).attendee_id == person  # nor the plan on screen changed


def test_a_person_of_another_event_is_refused(demo_db):
    db, event_id = demo_db
    seated = _saved_banquet(db, event_id)
    with pytest.raises(UserError, match="does not take part"):
        move_saved(db, seated, 99999, "T1-1")


def test_seating_the_rest_keeps_the_locked_seats_and_is_one_change(demo_db):
    db, event_id = demo_db
    seated = _saved_banquet(db, event_id)
    junior = seated.ctx.of_side("guest")[-1]
    move_saved(db, seated, junior, "T1-2")  # placed by hand at the host's right
    again = auto_plan(db, event_id, "banquet", locks=locks_of(seated), **_sizes(seated))
    change = reseating(seated, again)
    apply(seated, change, db)
    assert open_plan(db, seated.plan.id).plan.seat("T1-2").attendee_id == junior
    apply(seated, change.reversed(), db)
    assert seated.plan.seat("T1-2").attendee_id == junior and seated.plan.seat("T1-2").locked


def test_other_sizes_replace_the_plan_and_come_back(demo_db):
    db, event_id = demo_db
    seated = _saved_banquet(db, event_id)
    before = _stored(db, seated.plan.id)
    bigger = auto_plan(db, event_id, "banquet", tables=3, seats=8)
    bigger.plan.id = seated.plan.id
    change = replace_saved(db, bigger)
    assert store.get_plan(db, seated.plan.id).params["tables"] == 3
    store.save_plan(db, change.before)
    assert store.get_plan(db, seated.plan.id).params["tables"] == 2
    assert _stored(db, seated.plan.id) == before


def _sizes(seated):
    p = seated.plan.params
    return {"tables": p["tables"], "seats": p["seats"], "head_table": p.get("head_table", 0)}


EDITS = st.lists(
    st.tuples(st.sampled_from(["move", "unseat", "lock"]), st.integers(0, 40), st.integers(0, 40)),
    min_size=1,
    max_size=12,
)


@pytest.fixture
def saved_banquet(demo_db):
    """The demo banquet seated and saved: (db, plan id); under hypothesis, once for all the examples."""
    db, event_id = demo_db
    return db, _saved_banquet(db, event_id).plan.id


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(edits=EDITS)
def test_any_edits_undone_in_reverse_give_back_the_stored_plan(saved_banquet, edits):
    db, banquet = saved_banquet
    seated = open_plan(db, banquet)
    seated.plan.id = None
    save(db, seated)  # this example's own copy of the saved plan, as the editor opens it
    start = _stored(db, seated.plan.id)
    seats = [s.id for s in seated.plan.seats()]
    people = list(seated.ctx.attendees)
    done = []
    for kind, i, j in edits:
        seat = seats[i % len(seats)]
        if kind == "move":
            done.append(move_saved(db, seated, people[j % len(people)], seat))
        elif kind == "unseat":
            done.append(unseat_saved(db, seated, seat))
        else:
            done.append(lock_saved(db, seated, seat, j % 2 == 0))
        assert len(set(seated.plan.seat_of())) == sum(s.attendee_id is not None for s in seated.plan.seats())
    assert _stored(db, seated.plan.id) == {
        s.id: (s.attendee_id, s.locked) for s in seated.plan.seats() if s.attendee_id or s.locked
    }
    for change in reversed(done):
        apply(seated, change.reversed(), db)
    assert _stored(db, seated.plan.id) == start
    store.delete_plan(db, seated.plan.id)


def _with_interpreter(db):
    from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide, Role
    from protocol_app.store import directory, events, participants

    event_id = events.create_event(db, NewEvent(title="Приём", date="2026-07-08"))
    people = []
    for host, names in ((True, "Орлов Козлов Белов Зайцев Павлов"), (False, "Ван Ли Чжан Лю Ма")):
        side = events.add_side(
            db, NewSide(event_id, "Хозяева" if host else "Гости", host, country="" if host else "CN")
        )
        for i, surname in enumerate(names.split()):
            person = directory.add_person(db, NewPerson(surname=surname, given_name="Иван"))
            role = Role.PRINCIPAL.value if i == 0 else Role.MEMBER.value
            people.append(participants.add_participant(db, NewParticipant(event_id, person, side, role=role)))
    person = directory.add_person(db, NewPerson(surname="Го", given_name="Пётр"))
    interpreter = participants.add_participant(
        db, NewParticipant(event_id, person, side, role=Role.INTERPRETER.value, interprets_for=people[5])
    )
    return event_id, people[5], interpreter


def test_seating_the_rest_brings_the_interpreter_behind_the_head_moved_by_hand(db):
    event_id, head, interpreter = _with_interpreter(db)
    seated = auto_plan(db, event_id, "banquet", tables=2, seats=6)
    save(db, seated)
    behind = seated.plan.seat_of()[interpreter]
    assert behind.kind == "behind" and behind.front_id == seated.plan.seat_of()[head].id
    target = next(s.id for s in seated.plan.seats() if s.attendee_id is None and s.kind == "seat")
    move_saved(db, seated, head, target)
    assert any(v.rule == "interpreter" for v in seated.violations)  # the interpreter stayed behind
    again = auto_plan(db, event_id, "banquet", locks=locks_of(seated), **_sizes(seated))
    change = reseating(seated, again)
    assert f"{target}b" in change.after  # a chair behind the new seat, placed with the change
    apply(seated, change, db)
    assert seated.plan.seat(f"{target}b").attendee_id == interpreter
    assert not any(v.rule == "interpreter" for v in seated.violations)
    assert open_plan(db, seated.plan.id).plan.seat(f"{target}b").attendee_id == interpreter
    apply(seated, change.reversed(), db)
    assert open_plan(db, seated.plan.id).plan.seat_of()[interpreter].id == behind.id
