"""``plan_for``: the one answer to "which plan applies" that the CLI, the window, the pack and the demo share."""

from __future__ import annotations

import pytest

from protocol_app.errors import UserError
from protocol_app.model import Layout, NewParticipant, NewPerson
from protocol_app.seating.applies import plan_for, saved_for
from protocol_app.seating.plans import auto_plan, find_saved, move, save, sizes_of
from protocol_app.store.directory import add_person
from protocol_app.store.events import get_event, list_sides
from protocol_app.store.participants import add_participant


def test_nothing_saved_a_plan_seated_by_the_rules_to_be_saved(demo_db):
    db, event_id = demo_db
    assert saved_for(db, event_id, Layout.NEGOTIATION) is None
    applying = plan_for(db, event_id, Layout.NEGOTIATION)
    assert applying.unsaved and applying.seated.plan.id is None
    assert applying.seated.plan.senior_side == get_event(db, event_id).senior_side


def test_the_saved_plan_applies_as_saved(demo_db):
    db, event_id = demo_db
    plan_id = save(db, auto_plan(db, event_id, Layout.NEGOTIATION))
    applying = plan_for(db, event_id, Layout.NEGOTIATION)
    assert not applying.unsaved and applying.seated.plan.id == plan_id
    assert saved_for(db, event_id, Layout.NEGOTIATION).seated.plan.id == plan_id


def test_a_plan_saved_on_the_other_side_is_seated_again_under_its_id(demo_db):
    db, event_id = demo_db
    plan_id = save(db, auto_plan(db, event_id, Layout.NEGOTIATION, senior_side="left"))
    applying = plan_for(db, event_id, Layout.NEGOTIATION)
    assert applying.unsaved
    assert applying.seated.plan.id == plan_id and applying.seated.plan.senior_side == "right"
    assert find_saved(db, event_id, Layout.NEGOTIATION).plan.senior_side == "left"  # nothing written


def test_a_hand_placed_plan_is_kept_unless_a_side_is_asked_for(demo_db):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, Layout.NEGOTIATION, senior_side="left")
    fifth = seated.ctx.of_side("host")[4]
    move(seated, fifth, "H+1")
    save(db, seated)
    kept = plan_for(db, event_id, Layout.NEGOTIATION)
    assert not kept.unsaved and kept.seated.plan.senior_side == "left"
    asked = plan_for(db, event_id, Layout.NEGOTIATION, senior_side="right")
    assert asked.unsaved and asked.seated.plan.senior_side == "right"
    assert asked.seated.plan.seat("H+1").attendee_id == fifth  # the locked seat is kept


def test_places_are_locked_and_checked(demo_db):
    db, event_id = demo_db
    someone = auto_plan(db, event_id, Layout.NEGOTIATION).ctx.of_side("host")[3]
    applying = plan_for(db, event_id, Layout.NEGOTIATION, places={"H+2": someone})
    seat = applying.seated.plan.seat("H+2")
    assert (seat.attendee_id, seat.locked) == (someone, True)
    with pytest.raises(UserError, match="no seat 'Z9'"):
        plan_for(db, event_id, Layout.NEGOTIATION, places={"Z9": someone})


def test_seated_again_at_its_own_sizes_unless_others_are_given(demo_db, short_search):
    """Seating a saved banquet again keeps its tables, seats and alternation; a size given replaces only
    that size; a rule given as None is not given."""
    db, event_id = demo_db
    plan_id = save(db, auto_plan(db, event_id, Layout.BANQUET, tables=3, seats=8, alternate=True))
    again = plan_for(db, event_id, Layout.BANQUET, reseat=True, tables=None, alternate=None).seated.plan
    assert again.id == plan_id
    assert sizes_of(again) == {"tables": 3, "seats": 8, "head_table": 0, "alternate": 1}
    wider = plan_for(db, event_id, Layout.BANQUET, reseat=True, seats=9, alternate=False).seated.plan
    assert sizes_of(wider) == {"tables": 3, "seats": 9, "head_table": 0, "alternate": 0}


def test_seated_again_sized_anew_when_its_sizes_no_longer_hold_everyone(demo_db, short_search):
    db, event_id = demo_db
    people = len(auto_plan(db, event_id, Layout.BANQUET).ctx.attendees)
    save(db, auto_plan(db, event_id, Layout.BANQUET, tables=1, seats=people, alternate=True))
    guests = next(side for side in list_sides(db, event_id) if not side.host)
    for n in range(2):  # two more guests than the one table seats
        person = add_person(db, NewPerson(surname=f"Гостев{n}", given_name="Иван", position="советник"))
        add_participant(db, NewParticipant(event_id=event_id, person_id=person, side_id=guests.id))
    again = plan_for(db, event_id, Layout.BANQUET, reseat=True).seated
    assert len(again.ctx.attendees) == people + 2
    assert set(again.plan.seat_of()) >= set(again.ctx.attendees)  # everyone seated, at other sizes
    assert sizes_of(again.plan)["alternate"] == 1  # men and women still alternate
