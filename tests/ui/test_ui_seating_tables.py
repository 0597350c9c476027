"""A banquet of several tables in the editor: the whole plan, or one table at a time (double click on a table,
or the chooser), edited with the mouse in the table view; a seat at another table shows that table."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt

from protocol_app.store import seating as store


def _open(qtbot, window):
    page = window.show_page("seating")
    page.layout_box.setCurrentIndex(page.layout_box.findData("banquet"))
    qtbot.waitUntil(lambda: page.job is None and page.seated is not None, timeout=60000)
    return page


def _at(page, seat_id: str) -> QPoint:
    return page.canvas.mapFromScene(page.canvas.items_by_seat[seat_id].scenePos())


def _visible_seats(page) -> set[str]:
    return {seat for seat, item in page.canvas.items_by_seat.items() if item.isVisible()}


def test_a_table_alone_is_edited_with_the_mouse_and_a_seat_elsewhere_shows_its_table(window, qtbot):
    page = _open(qtbot, window)
    plan, canvas = page.seated.plan, page.canvas
    assert page.table_view.isVisibleTo(page) and page.table_view.currentText() == "All tables"
    assert page.table_view.count() == 1 + len(plan.tables)
    assert _visible_seats(page) == set(canvas.items_by_seat)  # the overview: every table
    table = next(t for t in canvas.tables() if t.table.label == "2")
    qtbot.mouseDClick(canvas.viewport(), Qt.MouseButton.LeftButton, pos=canvas.mapFromScene(table.scenePos()))
    assert canvas.table_id == "T2" and page.table_view.currentText() == "Table 2"
    assert _visible_seats(page) == {s.id for s in plan.table("T2").seats}
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    assert all(shown.contains(canvas.items_by_seat[s].scenePos()) for s in _visible_seats(page))

    a, b = [s.id for s in plan.table("T2").seats if s.attendee_id is not None][:2]
    first, second = plan.seat(a).attendee_id, plan.seat(b).attendee_id
    viewport, start, end = canvas.viewport(), _at(page, a), _at(page, b)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in (start + QPoint(8, 8), (start + end) / 2, end):
        qtbot.mouseMove(viewport, step)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert (plan.seat(a).attendee_id, plan.seat(b).attendee_id) == (
        second,
        first,
    )  # swapped in the table view
    assert store.get_plan(window.ctx.db, plan.id).assignments[b] == (first, True)  # and stored at once
    assert canvas.table_id == "T2"  # the view stays on the table

    guest = next(s.attendee_id for s in plan.table("T1").seats if s.attendee_id is not None)
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_at(page, a))  # a seat here, then from the list
    page.people.choose(guest)  # someone of another table
    next(x for x in page.people.list.actions() if x.objectName() == "place").trigger()
    assert plan.seat(a).attendee_id == guest and plan.seat_of()[second].table_id == "T1"
    assert canvas.table_id == "T2" and canvas.items_by_seat[a].look.lines  # drawn at the seat shown

    page.find_seat.setText("1-1")  # a seat at another table: that table is shown
    qtbot.keyClick(page.find_seat, Qt.Key.Key_Return)
    assert canvas.table_id == "T1" and page.table_view.currentText() == "Table 1"
    assert _visible_seats(page) == {s.id for s in plan.table("T1").seats}

    window.stack.undo()  # undone, the table shown is kept
    window.stack.undo()
    assert plan.seat(a).attendee_id == first and canvas.table_id == "T1"
    page.table_view.setCurrentIndex(page.table_view.findData(""))
    assert canvas.table_id == "" and _visible_seats(page) == set(canvas.items_by_seat)
