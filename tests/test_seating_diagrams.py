"""The plans a briefing pack shows when the officer has saved none."""

from __future__ import annotations

from protocol_app.model import NewSide
from protocol_app.seating import diagrams
from protocol_app.store.events import add_side


def test_bilateral_event_shows_the_negotiation_and_signing_tables(demo_db):
    db, event_id = demo_db
    captions = [caption for caption, _ in diagrams(db, event_id, "en")]
    assert len(captions) == 2
    assert "talks" in captions[0].lower()
    assert "signing" in captions[1].lower()


def test_multilateral_event_gets_no_invented_negotiation_table(demo_db):
    db, event_id = demo_db
    add_side(db, NewSide(event_id=event_id, name="Республика Казахстан", host=False))
    captions = [caption for caption, _ in diagrams(db, event_id, "en")]
    assert len(captions) == 1 and "signing" in captions[0].lower()


def test_the_default_signing_table_is_that_of_the_first_agreement_signed(demo_db):
    from protocol_app.seating.plans import auto_plan
    from protocol_app.signing import signing_plan

    db, event_id = demo_db
    first = signing_plan(db, event_id).items[0].agreement
    assert first.level == "scientific" and first.programme_order != 1  # the ceremony does not open in
    assert auto_plan(db, event_id, "signing").agreement.id == first.id  # programme order
    captions = [caption for caption, _ in diagrams(db, event_id, "en")]
    assert captions[1] == f"Signing ceremony: {first.title_en} (SPC MUS NASB, TDA)"  # and its parties


def _save_left(db, event_id, layout, *, lock=False):
    from protocol_app.seating.plans import auto_plan, move, save

    seated = auto_plan(db, event_id, layout, senior_side="left")
    if lock:  # the officer moves whoever sits at the far end of the host row next to the head by hand
        row = [s for s in seated.plan.seats() if s.id.startswith("H") and s.kind == "seat" and s.attendee_id]
        move(seated, max(row, key=lambda s: abs(s.offset)).attendee_id, "H+1")
    save(db, seated)
    return seated


def test_the_pack_shows_no_plan_on_the_other_senior_side_unsaid(demo_db):
    db, event_id = demo_db
    _save_left(db, event_id, "negotiation")  # a one-off left side, saved; the event's setting is right
    shown = diagrams(db, event_id, "en")
    assert [g.plan.senior_side for _, g in shown] == ["right"]  # seated again on the event's side
    assert shown[0][0] == "Seating at the talks"


def test_a_hand_placed_plan_on_the_other_side_is_shown_with_a_caption_that_says_so(demo_db):
    db, event_id = demo_db
    _save_left(db, event_id, "negotiation", lock=True)
    _save_left(db, event_id, "signing")
    shown = {g.plan.layout: (c, g.plan.senior_side) for c, g in diagrams(db, event_id, "ru")}
    assert shown["negotiation"] == (
        "Рассадка на переговорах (старшая сторона — левая, а по настройке мероприятия — правая)",
        "left",
    )
    caption, side = shown["signing"]
    assert side == "right" and "старшая сторона" not in caption
    for caption, graphic in diagrams(db, event_id, "en"):
        if graphic.plan.senior_side != "right":
            assert "senior side left, while the event's setting is right" in caption
