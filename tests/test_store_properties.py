"""Whatever a user types into an event's fields, the store keeps it exactly or refuses it in words."""

from __future__ import annotations

from datetime import date

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from protocol_app.errors import UserError
from protocol_app.model import Event, NewEvent
from protocol_app.store import events

text = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=60)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=text, title_en=text, day=st.dates(min_value=date(1900, 1, 1)), city=text, raw_date=text)
def test_event_fields_round_trip_or_are_refused(new_db, title, title_en, day, city, raw_date):
    db = new_db()  # a fresh store for each example
    event = NewEvent(title=title, title_en=title_en, date=day.isoformat(), city=city)
    if title.strip():
        stored = Event.of(event, events.create_event(db, event))
        assert events.get_event(db, stored.id) == stored
    else:
        try:
            events.create_event(db, event)
        except UserError as exc:
            assert "title" in str(exc)
        else:
            raise AssertionError("an event without a title was stored")
    bad = NewEvent(title="Визит", date=raw_date)
    try:
        date.fromisoformat(raw_date)
    except ValueError:
        count = db["events"].count
        try:
            events.create_event(db, bad)
        except UserError as exc:
            assert "YYYY-MM-DD" in str(exc)
        assert db["events"].count == count
