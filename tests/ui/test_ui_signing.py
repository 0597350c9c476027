"""The signing page: move an agreement (order set by hand), back to the rule, status, with undo."""

from __future__ import annotations


def _select(page, row: int) -> None:
    page.list.table.selectRow(row)


def _titles(page) -> list[int]:
    return [page.model.row(r).agreement.id for r in range(page.model.rowCount())]


def test_move_down_then_undo_and_rule(window):
    page = window.show_page("signing")
    before = _titles(page)
    _select(page, 0)
    assert page.move_selected(1)
    after = _titles(page)
    assert after[:2] == [before[1], before[0]]
    assert page.model.index(1, 0).data().endswith("✋")  # marked as set by hand
    window.stack.undo()
    assert _titles(page) == before
    window.stack.redo()
    assert page.follow_rule()
    assert _titles(page) == before


def test_mark_signed_and_start_time(window, qtbot):
    from protocol_app.store import agreements

    page = window.show_page("signing")
    _select(page, 0)
    agreement_id = page.model.row(0).agreement.id
    assert page.mark("signed")
    assert agreements.get_agreement(window.ctx.db, agreement_id).status == "signed"
    window.stack.undo()
    assert agreements.get_agreement(window.ctx.db, agreement_id).status != "signed"
    page.start.setText("15:00")
    page._start_edited()
    assert page.model.index(0, 1).data().startswith("15:00")
    assert "15:00" in page.script.toPlainText()


def _row_point(page, row: int):
    table = page.list.table
    return table.visualRect(page.list.model.index(row, 2)).center()


def test_drag_an_agreement_to_another_place_and_the_times_follow(window, qtbot):
    from PySide6.QtCore import QPoint, Qt

    page = window.show_page("signing")
    before = _titles(page)
    first_time = page.model.index(0, 1).data()
    viewport = page.list.table.viewport()
    start, end = _row_point(page, 0), _row_point(page, 2)
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(0, 6))
    qtbot.mouseMove(viewport, end)
    assert page.drag.line.isVisible()  # where it will go
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert _titles(page) == [before[1], before[2], before[0], *before[3:]]
    assert page.model.index(0, 1).data() == first_time  # the ceremony starts as before
    assert page.model.index(2, 1).data() != first_time  # the moved one signs later: times recomputed
    assert all(page.model.index(r, 0).data().endswith("✋") for r in range(page.model.rowCount()))
    assert window.stack.undoText() == "Move agreement 1 to 3"
    window.stack.undo()
    assert _titles(page) == before
    window.stack.redo()
    assert _titles(page)[2] == before[0]


def test_a_click_selects_and_dragging_does_not_extend_the_selection(window, qtbot):
    from PySide6.QtCore import Qt

    page = window.show_page("signing")
    before = _titles(page)
    viewport = page.list.table.viewport()
    qtbot.mouseClick(viewport, Qt.MouseButton.LeftButton, pos=_row_point(page, 1))
    assert [i.agreement.id for i in page.list.selected()] == [before[1]]
    assert _titles(page) == before and window.stack.count() == 0
