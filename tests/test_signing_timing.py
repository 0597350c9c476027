"""Timing of the ceremony: start, per-signing minutes, opening and closing slots, long ceremonies."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st
from signing_helpers import Ceremony

from protocol_app.errors import UserError
from protocol_app.signing.records import signing_record
from protocol_app.signing.timing import format_time, parse_time, schedule


def times(plan) -> list[tuple[str, str]]:
    return [(format_time(i.slot.start), format_time(i.slot.end)) for i in plan.items]


def test_parse_and_format_times():
    assert parse_time("10:50") == 650
    assert parse_time("9.05") == 545
    assert format_time(650) == "10:50"
    assert format_time(24 * 60 + 10) == "00:10+1"
    for bad in ("25:00", "10:60", "ten", "", "10-50"):
        with pytest.raises(UserError, match="HH:MM"):
            parse_time(bad)


def test_consecutive_slots_with_default_and_own_durations(db):
    c = Ceremony(db, start="10:50", signing_minutes=3)
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    c.bilateral("Первое", a, b)
    c.bilateral("Второе", a, b, duration_min=7)
    c.bilateral("Третье", a, b)
    plan = c.plan()
    assert times(plan) == [("10:50", "10:53"), ("10:53", "11:00"), ("11:00", "11:03")]
    record = signing_record(plan)
    assert (record["start"], record["end"]) == ("10:50", "11:03")


def test_opening_and_closing_slots_frame_the_signings(db):
    c = Ceremony(db, start="12:00", signing_minutes=5, opening_minutes=10, closing_minutes=15)
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    c.bilateral("Первое", a, b)
    c.bilateral("Второе", a, b)
    record = signing_record(c.plan())
    assert record["opening"] == {"start": "12:00", "end": "12:10"}
    assert [(i["start"], i["end"]) for i in record["items"]] == [("12:10", "12:15"), ("12:15", "12:20")]
    assert record["closing"] == {"start": "12:20", "end": "12:35"}
    assert (record["start"], record["end"]) == ("12:00", "12:35")


def test_start_given_on_the_command_wins_over_the_event(db):
    c = Ceremony(db, start="10:00")
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    c.bilateral("Первое", a, b)
    assert times(c.plan("15:30")) == [("15:30", "15:33")]
    with pytest.raises(UserError, match="HH:MM"):
        c.plan("15:3")


def test_a_long_ceremony_adds_up_and_a_midnight_crossing_is_flagged(db):
    table = schedule(parse_time("08:00"), [3] * 200, opening=10, closing=20)
    assert table.signings[-1].end == 8 * 60 + 10 + 600
    assert format_time(table.end) == "18:30"
    late = schedule(parse_time("23:50"), [3] * 5)
    assert [format_time(s.start) for s in late.signings] == ["23:50", "23:53", "23:56", "23:59", "00:02+1"]

    c = Ceremony(db, start="23:55")
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    c.bilateral("Первое", a, b)
    c.bilateral("Второе", a, b)
    plan = c.plan()
    assert [p.code for p in plan.problems] == ["past_midnight"]
    assert "00:01+1" in plan.problems[0].text("en")


def test_without_a_start_time_the_items_are_untimed_and_the_plan_says_so(db):
    c = Ceremony(db, start="")
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    c.bilateral("Первое", a, b)
    record = signing_record(c.plan())
    assert record["start"] is None and record["items"][0]["start"] is None
    assert [p["code"] for p in record["problems"]] == ["no_start"]


@given(
    start=st.integers(0, 23 * 60 + 59),
    durations=st.lists(st.integers(1, 60), max_size=60),
    opening=st.integers(0, 30),
    closing=st.integers(0, 30),
)
def test_slots_are_laid_end_to_end(start, durations, opening, closing):
    table = schedule(start, durations, opening, closing)
    slots = [s for s in (table.opening, *table.signings, table.closing) if s is not None]
    assert table.start == start and table.end == start + opening + sum(durations) + closing
    assert all(a.end == b.start for a, b in itertools.pairwise(slots))
    assert [s.minutes for s in table.signings] == durations
    assert all(parse_time(format_time(s.start).split("+")[0]) == s.start % (24 * 60) for s in slots)


def _programme_step(c, start: str, end: str) -> None:
    from protocol_app.model import NewProgrammeItem
    from protocol_app.store.programme import add_item

    add_item(c.db, NewProgrammeItem(c.event_id, "09:00", "Переговоры", end="10:00"))
    add_item(c.db, NewProgrammeItem(c.event_id, start, "Церемония подписания", end=end, title_en="Signing"))


def test_without_event_start_the_programme_step_gives_the_start(db):
    c = Ceremony(db, start="")
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    c.bilateral("Первое", a, b)
    _programme_step(c, "11:15", "11:30")
    plan = c.plan()
    assert times(plan) == [("11:15", "11:18")] and plan.problems == []


def test_a_ceremony_longer_than_its_programme_step_is_a_problem(db):
    c = Ceremony(db, start="10:50")
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    for n in range(8):
        c.bilateral(f"Соглашение {n}", a, b)
    _programme_step(c, "10:50", "11:10")
    plan = c.plan()
    assert [p.code for p in plan.problems] == ["overruns_programme"]
    assert plan.problems[0].text("ru") == (
        "Церемония (10:50–11:14) не укладывается в программу: «Церемония подписания» 10:50–11:10."
    )
    assert c.plan("15:00").problems == []  # a start given by hand asks "what if", the programme aside
