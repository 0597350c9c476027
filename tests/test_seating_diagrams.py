"""The plans a briefing pack shows when the officer has saved none."""

from __future__ import annotations

from protocol_app.model import Side
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
    add_side(db, Side(event_id=event_id, name="Республика Казахстан", host=False))
    captions = [caption for caption, _ in diagrams(db, event_id, "en")]
    assert len(captions) == 1 and "signing" in captions[0].lower()
