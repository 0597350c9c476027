"""The seating page: seat by the rules off the GUI thread, move a person by hand, save with undo."""

from __future__ import annotations

import pytest

pytest.importorskip("protocol_app.seating.plans")


def _seat(qtbot, page):
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)  # the first plan the page seats by itself
    job = page.seat_by_rules()
    assert job is not None
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)


def test_seat_negotiation_table_and_save_with_undo(window, qtbot, demo_store):
    from protocol_app.store import seating as store

    page = window.show_page("seating")
    db, event_id = window.ctx.db, demo_store[1]
    page.layout_box.setCurrentIndex(page.layout_box.findData("negotiation"))
    _seat(qtbot, page)
    assert page.seated is not None and not page.saved
    person_col = 3
    seated_names = [page.model.index(r, person_col).data() for r in range(page.model.rowCount())]
    assert any(n.startswith("RUSSKIKH") for n in seated_names)  # names as English lists write them
    assert page.violations.count() >= 1
    assert page.scene.items() != []
    assert page.save_plan()
    assert store.find_plan(db, event_id, "negotiation") is not None
    window.stack.undo()
    assert store.find_plan(db, event_id, "negotiation") is None
    window.stack.redo()
    assert store.find_plan(db, event_id, "negotiation") is not None


def test_move_a_person_by_hand(window, qtbot):
    page = window.show_page("seating")
    page.layout_box.setCurrentIndex(page.layout_box.findData("negotiation"))
    _seat(qtbot, page)
    seats = page.model.rows()
    first, second = [s for s in seats if s.attendee_id is not None][:2]
    a, b = first.attendee_id, second.attendee_id
    page.model.setData(page.model.index(seats.index(first), 3), str(b))
    by_id = {s.id: s for s in page.seated.plan.seats()}
    assert by_id[first.id].attendee_id == b and by_id[first.id].locked
    assert by_id[second.id].attendee_id == a
    assert "Not saved" in page.state.text()


def test_keep_two_people_apart_is_checked_and_undone(window, qtbot):
    page = window.show_page("seating")
    page.layout_box.setCurrentIndex(page.layout_box.findData("negotiation"))
    _seat(qtbot, page)
    seats = page.model.rows()
    head, second = [s for s in seats if s.number in (1, 2) and s.side == "host"][
        :2
    ]  # the table, not its ends
    assert page.violations.item(0).text() == "The plan follows every rule."
    table = page.seats.table
    for seat in (head, second):
        row = page.seats.proxy.mapFromSource(page.model.index(seats.index(seat), 0)).row()
        table.selectionModel().select(
            page.seats.proxy.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    assert page.add_wish("apart")
    assert page.wishes_model.rowCount() == 1 and page.wishes_model.index(0, 0).data() == "apart"
    assert not page.saved  # the plan on screen is kept and checked again
    texts = [page.violations.item(i).text() for i in range(page.violations.count())]
    assert texts != ["The plan follows every rule."]
    window.stack.undo()
    assert page.wishes_model.rowCount() == 0
    assert page.violations.item(0).text() == "The plan follows every rule."


def test_a_wish_needs_two_people(window, qtbot, messages):
    page = window.show_page("seating")
    _seat(qtbot, page)
    page.seats.table.selectRow(0)
    assert not page.add_wish("together")
    assert "two" in messages[-1][2]


def test_a_plan_saved_on_the_other_senior_side_is_shown_by_the_events_setting(window, qtbot, demo_store):
    from protocol_app.seating.plans import auto_plan, save

    db, event_id = window.ctx.db, demo_store[1]
    save(db, auto_plan(db, event_id, "negotiation", senior_side="left"))  # a one-off, unlocked
    page = window.show_page("seating")
    page.layout_box.setCurrentIndex(page.layout_box.findData("negotiation"))
    page._open_saved()
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    assert page.seated is not None and page.seated.plan.senior_side == "right"
    assert not page.saved, "the re-seated plan is not saved until the officer saves it"
