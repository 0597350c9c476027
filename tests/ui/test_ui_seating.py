"""The seating editor driven as a person does: real mouse presses, moves and releases on the canvas, keys,
the breach list; each change stored at once and undoable; the plan there again after quitting."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMenu

from protocol_app.name_forms import Form, attendee_name
from protocol_app.store import seating as store
from ui.seating_canvas import ATTENDEE_MIME

# What the editor does with a plan is the point here; the same search is answered once (see conftest.py).


def _open(qtbot, window, layout: str = "banquet"):
    page = window.show_page("seating")
    page.layout_box.setCurrentIndex(page.layout_box.findData(layout))
    qtbot.waitUntil(lambda: page.job is None and page.seated is not None, timeout=60000)
    return page


def _at(page, seat_id: str) -> QPoint:
    """Where a seat is on the screen (viewport coordinates)."""
    return page.canvas.mapFromScene(page.canvas.items_by_seat[seat_id].scenePos())


def _drag(qtbot, page, start: QPoint, end: QPoint) -> None:
    viewport = page.canvas.viewport()
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(8, 8))
    qtbot.mouseMove(viewport, (start + end) / 2)
    qtbot.mouseMove(viewport, end)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)


def _stored(window, page) -> dict[str, tuple]:
    return store.get_plan(window.ctx.db, page.seated.plan.id).assignments


def _who(page, seat_id: str):
    return page.seated.plan.seat(seat_id).attendee_id


def _seats(page, filled: bool):
    return [s.id for s in page.seated.plan.seats() if (s.attendee_id is not None) == filled]


def test_a_layout_opened_for_the_first_time_is_seated_and_stored(window, qtbot, demo_store):
    page = _open(qtbot, window, "negotiation")
    assert store.find_plan(window.ctx.db, demo_store[1], "negotiation") is not None
    assert page.violations.item(0).text() == "The plan follows every rule."
    assert "saved as you make it" in page.state.text()
    assert window.stack.count() == 0  # nothing the user did; nothing to undo
    names = [page.people.model.index(r, 0).data() for r in range(page.people.model.rowCount())]
    assert any(n.startswith("RUSSKIKH") for n in names)  # names as English lists write them


def test_drag_onto_a_taken_seat_swaps_and_undo_redo(window, qtbot):
    page = _open(qtbot, window)
    a, b = _seats(page, True)[2:4]
    first, second = _who(page, a), _who(page, b)
    before = _stored(window, page)
    _drag(qtbot, page, _at(page, a), _at(page, b))
    assert (_who(page, a), _who(page, b)) == (second, first)
    assert _stored(window, page)[b] == (first, True)  # stored at once, placed by hand: locked
    assert _stored(window, page)[a] == (second, False)
    assert page.canvas.items_by_seat[b].look.lines[0] == page.canvas.items_by_seat[b].look.lines[0]
    assert window.stack.undoText().startswith("Swap")
    window.stack.undo()
    assert _stored(window, page) == before and _who(page, a) == first
    window.stack.redo()
    assert _who(page, b) == first and _stored(window, page)[b] == (first, True)


def test_drag_onto_an_empty_seat_moves(window, qtbot):
    page = _open(qtbot, window)
    source, empty = _seats(page, True)[5], _seats(page, False)[0]
    person = _who(page, source)
    _drag(qtbot, page, _at(page, source), _at(page, empty))
    assert _who(page, empty) == person and _who(page, source) is None
    assert _stored(window, page)[empty] == (person, True) and source not in _stored(window, page)
    item = page.canvas.items_by_seat[empty]
    assert item.look.lines and item.look.lines[-1].casefold() in page.people.name(person).casefold()


def test_drag_off_every_seat_unseats_and_the_breach_says_so(window, qtbot):
    page = _open(qtbot, window)
    source = _seats(page, True)[3]
    person = _who(page, source)
    _drag(qtbot, page, _at(page, source), QPoint(4, 4))  # the corner of the floor: no seat there
    assert _who(page, source) is None and source not in _stored(window, page)
    texts = [page.violations.item(i).text() for i in range(page.violations.count())]
    assert any("has no seat" in t for t in texts)
    row = next(r for r in range(page.people.model.rowCount()) if page.people.model.row(r) == person)
    assert page.people.model.index(row, 3).data() == ""
    window.stack.undo()
    assert _who(page, source) == person


def test_a_click_without_moving_only_chooses_the_seat(window, qtbot):
    page = _open(qtbot, window)
    seat = _seats(page, True)[1]
    before = _stored(window, page)
    qtbot.mouseClick(page.canvas.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, seat))
    assert page.canvas.current().seat_id == seat
    assert _stored(window, page) == before and window.stack.count() == 0


def test_lock_from_the_seats_menu_and_unlock_with_the_key(window, qtbot):
    page = _open(qtbot, window)
    seat = _seats(page, True)[4]
    point = _at(page, seat)
    qtbot.mouseClick(page.canvas.viewport(), Qt.MouseButton.LeftButton, pos=point)
    _context_menu(page, point)
    menu = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMenu) and w.isVisible())
    lock = next(a for a in menu.actions() if a.text() == "Lock in this seat")
    lock.trigger()
    menu.close()
    assert _stored(window, page)[seat][1] is True and page.seated.plan.seat(seat).locked
    qtbot.keyClick(page.canvas, Qt.Key.Key_L)
    assert _stored(window, page)[seat][1] is False
    window.stack.undo()
    assert _stored(window, page)[seat][1] is True


def _context_menu(page, point: QPoint) -> None:
    from PySide6.QtGui import QContextMenuEvent

    event = QContextMenuEvent(
        QContextMenuEvent.Reason.Mouse, point, page.canvas.viewport().mapToGlobal(point)
    )
    QApplication.sendEvent(page.canvas.viewport(), event)


def test_the_keyboard_does_what_the_mouse_does(window, qtbot):
    page = _open(qtbot, window)
    canvas = page.canvas
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Right)  # nothing chosen yet: the first seat
    first = canvas.current().seat_id
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    second = canvas.current().seat_id
    assert second != first and canvas.hasFocus()
    a, b = _who(page, first), _who(page, second)
    qtbot.keyClick(canvas, Qt.Key.Key_Backtab)
    assert canvas.current().seat_id == first
    qtbot.keyClick(canvas, Qt.Key.Key_Space)  # pick up
    assert "press Space" in page.state.text()
    qtbot.keyClick(canvas, Qt.Key.Key_Tab)
    qtbot.keyClick(canvas, Qt.Key.Key_Space)  # drop: swapped
    assert (_who(page, first), _who(page, second)) == (b, a)
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)
    assert _who(page, second) is None
    qtbot.keyClick(canvas, Qt.Key.Key_Space)  # an empty seat: nothing to pick up
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert canvas.current().seat_id != second
    window.stack.undo()
    assert _who(page, second) == a


def test_arrow_keys_go_to_the_nearest_seat_that_way(window, qtbot):
    page = _open(qtbot, window, "negotiation")
    canvas = page.canvas
    canvas.choose(["H0"])
    qtbot.keyClick(canvas, Qt.Key.Key_Up)  # across the table: the guests' head
    assert canvas.current().seat_id == "G0"
    qtbot.keyClick(canvas, Qt.Key.Key_Down)
    assert canvas.current().seat_id == "H0"
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    assert canvas.current().seat.row == 1 and canvas.current().seat.side == "host"
    assert canvas.current().pos().x() > canvas.items_by_seat["H0"].pos().x()


def test_a_person_dragged_from_the_list_is_seated(window, qtbot):
    page = _open(qtbot, window)
    source = _seats(page, True)[6]
    person = _who(page, source)
    page.canvas.choose([source])
    qtbot.keyClick(page.canvas, Qt.Key.Key_Delete)
    page.people.unseated_only.setChecked(True)
    assert [page.people.model.row(r) for r in range(page.people.model.rowCount())] == [person]
    empty = next(s for s in _seats(page, False) if s != source)
    point = QPointF(_at(page, empty))
    mime = QMimeData()
    mime.setData(ATTENDEE_MIME, str(person).encode())
    viewport = page.canvas.viewport()
    enter = QDragEnterEvent(
        point.toPoint(),
        Qt.DropAction.MoveAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        point, Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    QApplication.sendEvent(viewport, drop)
    assert _who(page, empty) == person and _stored(window, page)[empty] == (person, True)
    assert page.people.model.rowCount() == 0


def test_the_list_seats_the_chosen_person_at_the_chosen_seat(window, qtbot):
    page = _open(qtbot, window)
    empty = _seats(page, False)[0]
    page.canvas.choose([empty])
    person = page.people.model.row(5)
    page.people.list.table.selectRow(5)
    next(a for a in page.people.list.actions() if a.objectName() == "place").trigger()
    assert _who(page, empty) == person


def test_clicking_a_breach_chooses_its_seats(window, qtbot):
    page = _open(qtbot, window)
    host_seat = page.seated.plan.seat_of()[page.seated.ctx.of_side("host")[0]].id
    guest_seat = page.seated.plan.seat_of()[page.seated.ctx.of_side("guest")[0]].id
    _drag(qtbot, page, _at(page, guest_seat), _at(page, host_seat))
    rows = [page.violations.item(i) for i in range(page.violations.count())]
    breach = next(i for i in rows if "host's seat" in i.text())
    seats = breach.data(Qt.ItemDataRole.UserRole + 1)
    assert seats and page.canvas.items_by_seat[seats[0]].look.breach == "error"  # marked on its seat
    rect = page.violations.visualItemRect(breach)
    qtbot.mouseClick(page.violations.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    chosen = sorted(i.seat_id for i in page.canvas.scene().selectedItems())
    assert chosen == sorted(seats)


def test_a_head_moved_by_hand_is_one_breach_and_its_grouped_line_chooses_every_displaced_seat(window, qtbot):
    page = _open(qtbot, window, "theatre")
    ctx = page.seated.ctx
    head = ctx.ordered(ctx.attendees)[0]
    where = page.seated.plan.seat_of()
    back = max(where.values(), key=lambda s: (s.row, abs(s.offset)))
    _drag(qtbot, page, _at(page, where[head].id), _at(page, back.id))
    qtbot.mouseClick(page.auto, Qt.MouseButton.LeftButton)  # the rest seated by the rules, around him
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    rows = [page.violations.item(i) for i in range(page.violations.count())]
    name = attendee_name(ctx.attendees[head], "en", Form.SHORT)  # the English window names him in English
    about_head = [i for i in rows if i.text().startswith("⚠ " + name)]
    assert len(about_head) == 1 and "placed by hand" in about_head[0].text()
    grouped = [i for i in rows if "because of the hand placement of " + name in i.text()]
    assert len(grouped) == 1 and len(rows) <= 4  # not a line for every person displaced
    seats = grouped[0].data(Qt.ItemDataRole.UserRole + 1)
    assert len(seats) > 5
    page.violations.scrollToItem(grouped[0])
    rect = page.violations.visualItemRect(grouped[0])
    qtbot.mouseClick(page.violations.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert sorted(i.seat_id for i in page.canvas.scene().selectedItems()) == sorted(seats)


def test_hovering_a_seat_tells_who_rank_and_why(window, qtbot):
    page = _open(qtbot, window, "negotiation")
    tip = page.canvas.items_by_seat["G0"].toolTip()
    head = page.seated.ctx.attendees[_who(page, "G0")]
    assert head.person.latin_name.split()[-1].upper() in tip  # the list form: SURNAME Given name
    assert "Rank 1 on the side" in tip and "Seat" in tip


def test_quit_and_reopen_shows_the_plan_as_left(window, qtbot, demo_store, settings):
    from ui.main_window import MainWindow
    from ui.session import open_for_window

    page = _open(qtbot, window)
    source, empty = _seats(page, True)[2], _seats(page, False)[0]
    person = _who(page, source)
    _drag(qtbot, page, _at(page, source), _at(page, empty))
    window.close()
    again = MainWindow(open_for_window(demo_store[0]), settings)
    qtbot.addWidget(again)
    again.show()
    page = _open(qtbot, again)
    assert _who(page, empty) == person and page.seated.plan.seat(empty).locked
    assert _who(page, source) is None
    again.close()


def test_seating_the_rest_keeps_what_was_placed_by_hand(window, qtbot):
    page = _open(qtbot, window, "negotiation")
    junior = _who(page, "H+4")  # the most junior at the table
    second = _who(page, "H+1")
    page.move_person(junior, "H+1")
    assert _who(page, "H+4") == second  # swapped
    assert page.seated.plan.seat("H+1").locked
    job = page.seat_by_rules()
    assert job is not None
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    assert _who(page, "H+1") == junior
    # the locked chair is out of the ranking (PROTOCOL.md 4): number 2 at the head's other hand
    assert _who(page, "H-1") == second
    assert window.stack.undoText() == "Seat the rest by the rules"
    window.stack.undo()
    assert _who(page, "H+4") == second


def test_other_sizes_rearrange_the_plan_with_undo(window, qtbot):
    page = _open(qtbot, window)
    assert page.controls.tables.value() == 2
    page.controls.tables.setValue(3)
    page.controls.seats.setValue(8)
    qtbot.mouseClick(page.controls.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and len(page.seated.plan.tables) == 3, timeout=60000)
    assert store.get_plan(window.ctx.db, page.seated.plan.id).params["tables"] == 3
    assert len(page.canvas.items_by_seat) == 24
    window.stack.undo()
    assert len(page.seated.plan.tables) == 2 and page.controls.tables.value() == 2


def test_people_search_finds_a_person_among_many(window, qtbot):
    page = _open(qtbot, window)
    total = page.people.model.rowCount()
    qtbot.keyClicks(page.people.list.search, "russkikh")
    assert page.people.list.model.rowCount() == 1 < total


def test_keep_two_people_apart_is_checked_and_undone(window, qtbot):
    page = _open(qtbot, window, "negotiation")
    head, second = page.seated.ctx.of_side("host")[:2]
    table = page.people.list.table
    rows = [r for r in range(page.people.model.rowCount()) if page.people.model.row(r) in (head, second)]
    for row in rows:
        table.selectionModel().select(
            page.people.list.model.index(row, 0),
            table.selectionModel().SelectionFlag.Select | table.selectionModel().SelectionFlag.Rows,
        )
    assert page.violations.item(0).text() == "The plan follows every rule."
    assert page.add_wish("apart")
    assert page.wishes.model.rowCount() == 1 and page.wishes.model.index(0, 0).data() == "apart"
    texts = [page.violations.item(i).text() for i in range(page.violations.count())]
    assert texts != ["The plan follows every rule."]
    window.stack.undo()
    assert page.wishes.model.rowCount() == 0
    assert page.violations.item(0).text() == "The plan follows every rule."


def test_a_wish_needs_two_people(window, qtbot, messages):
    page = _open(qtbot, window)
    page.people.list.table.selectRow(0)
    assert not page.add_wish("together")
    assert "two" in messages[-1][2]


def test_a_plan_saved_on_the_other_senior_side_is_shown_and_stored_by_the_events_setting(
    window, qtbot, demo_store
):
    from protocol_app.seating.plans import auto_plan, save

    db, event_id = window.ctx.db, demo_store[1]
    save(db, auto_plan(db, event_id, "negotiation", senior_side="left"))  # a one-off, unlocked
    page = _open(qtbot, window, "negotiation")
    assert page.seated.plan.senior_side == "right"
    assert store.find_plan(db, event_id, "negotiation").senior_side == "right"  # the store follows


def test_the_people_model_passes_the_model_tester_through_edits(window, qtbot):
    from PySide6.QtTest import QAbstractItemModelTester

    page = _open(qtbot, window)
    QAbstractItemModelTester(page.people.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    source = _seats(page, True)[0]
    page.unseat(source)
    page.people.unseated_only.setChecked(True)
    assert page.people.model.rowCount() == 1
    window.stack.undo()
    assert page.people.model.rowCount() == 0
    page.people.list.model.sort(2)


def test_the_editor_speaks_russian(window, qtbot):
    window.set_language("ru")
    page = _open(qtbot, window)
    assert page.auto.text() == "Рассадить остальных по правилам"
    assert "сохраняется сразу" in page.state.text()
    seat = _seats(page, False)[0]
    assert "Свободное место" in page.canvas.items_by_seat[seat].toolTip()
    taken = _seats(page, True)[0]
    assert "Старшинство" in page.canvas.items_by_seat[taken].toolTip()
    assert page.tabs.tabText(1) == "Как при печати"
    assert page.wishes.list.count.text() == "0 строк"
    assert page.people.list.count.text() == "18 строк"


def test_a_head_table_from_the_controls_with_undo(window, qtbot):
    page = _open(qtbot, window)
    controls = page.controls
    assert not controls.apply.isEnabled()  # nothing to apply yet
    controls.head.setValue(6)
    controls.tables.setValue(3)  # the head table and two round tables of 10
    assert controls.apply.isEnabled()
    qtbot.mouseClick(controls.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and page.seated.plan.tables[0].shape == "rect", timeout=60000)
    assert store.get_plan(window.ctx.db, page.seated.plan.id).params["head_table"] == 6
    assert page.canvas.items_by_seat["T1-1"].seat.table_id == "T1"
    window.stack.undo()
    assert page.seated.plan.tables[0].shape == "round" and controls.head.value() == 0


def test_the_senior_side_is_the_events_setting_and_the_plan_follows(window, qtbot, demo_store):
    from protocol_app.store.events import get_event

    page = _open(qtbot, window, "negotiation")
    guest_of_honour = _who(page, "G+1")
    box = page.controls.side
    box.setCurrentIndex(box.findData("left"))
    box.activated.emit(box.currentIndex())
    assert get_event(window.ctx.db, demo_store[1]).senior_side == "left"
    assert page.seated.plan.senior_side == "left"  # seated again by the setting, and stored so
    assert store.find_plan(window.ctx.db, demo_store[1], "negotiation").senior_side == "left"
    assert _who(page, "G-1") == guest_of_honour  # number 2 now at the head's left hand
    window.stack.undo()
    assert page.seated.plan.senior_side == "right" and page.controls.side.currentData() == "right"


def test_the_interpreters_seat_is_the_events_setting_with_undo(window, qtbot, demo_store):
    from protocol_app.store.events import get_event

    page = _open(qtbot, window, "negotiation")
    box = page.controls.interpreters
    assert box.isVisibleTo(page) and box.currentData() == "right"
    box.setCurrentIndex(box.findData("behind"))
    box.activated.emit(box.currentIndex())
    assert get_event(window.ctx.db, demo_store[1]).interpreter_seat == "behind"
    window.stack.undo()
    assert get_event(window.ctx.db, demo_store[1]).interpreter_seat == "right"
    assert page.controls.interpreters.currentData() == "right"


def test_undo_of_a_move_while_another_layout_is_shown(window, qtbot):
    page = _open(qtbot, window)
    source, empty = _seats(page, True)[2], _seats(page, False)[0]
    person = _who(page, source)
    plan_id = page.seated.plan.id
    _drag(qtbot, page, _at(page, source), _at(page, empty))
    page = _open(qtbot, window, "negotiation")
    window.stack.undo()  # the banquet's store follows, though another plan is on screen
    assert store.get_plan(window.ctx.db, plan_id).assignments[source] == (person, False)
    page = _open(qtbot, window, "banquet")
    assert _who(page, source) == person and _who(page, empty) is None


def test_the_drawing_as_printed(window, qtbot):
    page = _open(qtbot, window)
    assert page.printed.scene().items() == []  # drawn only when looked at
    page.tabs.setCurrentWidget(page.printed)
    texts = [i.text() for i in page.printed.scene().items() if hasattr(i, "text")]
    assert any(t.startswith("Russkikh") for t in texts)


def test_a_change_elsewhere_keeps_the_zoom_and_the_chosen_seat(window, qtbot):
    page = _open(qtbot, window)
    seat = _seats(page, True)[3]
    page.canvas.scale(2, 2)
    zoom = page.canvas.transform().m11()
    qtbot.mouseClick(page.canvas.viewport(), Qt.MouseButton.LeftButton, pos=_at(page, seat))
    window.ctx.refresh()  # e.g. a participant edited in another page
    assert page.canvas.transform().m11() == zoom
    assert page.canvas.current().seat_id == seat


def test_a_person_renamed_elsewhere_is_named_anew_on_the_seat_and_in_the_list(window, qtbot):
    import dataclasses

    from protocol_app.store import directory

    page = _open(qtbot, window)
    seat = _seats(page, True)[3]
    person = page.seated.ctx.attendees[_who(page, seat)].person
    old = person.latin_name.split()[-1].casefold()  # the window is in English: the Latin name
    before = page.people.name(_who(page, seat))
    assert old in before.casefold() and old in page.canvas.items_by_seat[seat].toolTip().casefold()
    renamed = dataclasses.replace(person, latin_surname="Renamed", latin_name=f"{person.latin_given} Renamed")
    directory.update_person(window.ctx.db, renamed)
    window.ctx.refresh()  # the participant edited in another page
    aid = _who(page, seat)
    now = page.people.name(aid)
    assert "renamed" in now.casefold() and old not in now.casefold()
    shown = {page.people.model.index(r, 0).data() for r in range(page.people.model.rowCount())}
    assert now in shown and before not in shown
    assert "renamed" in page.canvas.items_by_seat[seat].toolTip().casefold()


def test_a_store_open_read_only_shows_the_plan_and_changes_nothing(qtbot, demo_store, settings, messages):
    from ui.main_window import MainWindow
    from ui.reliability import StoreLock
    from ui.session import open_for_window

    held = StoreLock(demo_store[0])
    assert held.acquire()  # another window has the store
    try:
        window = MainWindow(open_for_window(demo_store[0], ask=lambda *_: True), settings)
        qtbot.addWidget(window)
        window.show()
        page = _open(qtbot, window)
        assert window.ctx.read_only and "read-only" in page.state.text()
        assert store.find_plan(window.ctx.db, demo_store[1], "banquet") is None  # nothing stored
        source, target = _seats(page, True)[:2]
        who = _who(page, source)
        _drag(qtbot, page, _at(page, source), _at(page, target))
        assert _who(page, source) == who and window.stack.count() == 0
        qtbot.keyClick(page.canvas, Qt.Key.Key_Delete)
        assert messages and messages[-1][1] == "Read-only"
        window.close()
    finally:
        held.release()


def test_seating_the_rest_brings_an_interpreter_behind_the_head_moved_by_hand(window, qtbot):
    from tests.test_seating_edit import _with_interpreter

    event_id, head, interpreter = _with_interpreter(window.ctx.db)
    window.events_list.reload()
    window.select_event(event_id)
    assert window.current_event_id() == event_id
    page = _open(qtbot, window)
    assert head in page.seated.plan.seat_of()
    page.rearrange({"tables": 2, "seats": 6, "head_table": 0})
    qtbot.waitUntil(lambda: page.job is None and len(page.seated.plan.tables) == 2, timeout=60000)
    where = page.seated.plan.seat_of()
    target = next(s for s in _seats(page, False) if page.seated.plan.seat(s).kind == "seat")
    _drag(qtbot, page, _at(page, where[head].id), _at(page, target))
    assert _who(page, target) == head
    page.seat_by_rules()
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    assert window.stack.undoText() == "Seat the rest by the rules"
    assert _who(page, f"{target}b") == interpreter
    assert page.canvas.items_by_seat[f"{target}b"].look.lines  # drawn on the canvas
    window.stack.undo()
    assert page.seated.plan.seat_of()[interpreter].id == where[interpreter].id


def test_a_big_banquet_is_printed_as_an_overview_then_a_page_per_table(window, qtbot):
    page = _open(qtbot, window)
    page.controls.tables.setValue(14)
    page.controls.seats.setValue(4)
    qtbot.mouseClick(page.controls.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and len(page.seated.plan.tables) == 14, timeout=60000)
    page.tabs.setCurrentWidget(page.printed)
    texts = [i.text() for i in page.printed.scene().items() if hasattr(i, "text")]
    assert any(t.endswith("Tables and their hosts") for t in texts)
    assert any(t.endswith("Table 1") for t in texts) and any(t.endswith("Table 2") for t in texts)
    shown = page.printed.mapToScene(page.printed.viewport().rect()).boundingRect()
    assert shown.height() < page.printed.sceneRect().height() / 3  # the fit shows the overview, not a strip


def test_a_negotiation_table_too_long_is_refused_in_the_window_with_advice(window, qtbot):
    page = _open(qtbot, window, "negotiation")
    before = page.seated.plan.params["per_side"]
    page.controls.seats.setValue(30)
    qtbot.mouseClick(page.controls.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    assert "theatre layout" in page.state.text() and "rows behind" in page.state.text()
    assert page.seated.plan.params["per_side"] == before  # the plan is as it was


def _same_gender_neighbours(seated) -> int:
    """Neighbours round each table (in seat order) of one gender, both known."""
    gender = {a: seated.ctx.attendees[a].person.gender for a in seated.ctx.attendees}
    count = 0
    for table in seated.plan.tables:
        sexes = [gender.get(seat.attendee_id) for seat in table.seats]
        count += sum(1 for a, b in zip(sexes, sexes[1:] + sexes[:1], strict=True) if a and a == b)
    return count


def test_men_and_women_alternate_at_a_banquet_when_ticked_with_undo(window, qtbot):
    page = _open(qtbot, window)
    box = page.controls.alternate
    assert box.isVisible() and not box.isChecked() and not page.controls.apply.isEnabled()
    before, start = _same_gender_neighbours(page.seated), window.stack.index()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton, pos=QPoint(4, box.height() // 2))
    assert box.isChecked() and page.controls.apply.isEnabled()
    qtbot.mouseClick(page.controls.apply, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.job is None and page.seated.plan.params.get("alternate"), timeout=60000)
    assert store.get_plan(window.ctx.db, page.seated.plan.id).params["alternate"] == 1
    assert _same_gender_neighbours(page.seated) < before
    qtbot.mouseClick(page.auto, Qt.MouseButton.LeftButton)  # seating the rest keeps the alternation
    qtbot.waitUntil(lambda: page.job is None, timeout=60000)
    assert page.seated.plan.params.get("alternate") == 1 and box.isChecked()
    for _ in range(window.stack.index() - start):  # Ctrl+Z back to the plan before the box was ticked
        qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.index() == start
    assert not page.seated.plan.params.get("alternate") and not box.isChecked()
    page.layout_box.setCurrentIndex(page.layout_box.findData("negotiation"))
    qtbot.waitUntil(lambda: page.job is None and page.seated.plan.layout == "negotiation", timeout=60000)
    assert not box.isVisible()  # a banquet's choice only


def test_a_plan_seated_as_the_window_closes_is_stored_before_the_store_is(
    window, qtbot, demo_store, settings
):
    """The search ends, its answer waits in the event queue, the window closes: the answer is stored (the
    window hands its jobs' last answers to the pages before it closes the store), not sent to a closed one."""
    from PySide6.QtCore import QThreadPool

    from ui.main_window import MainWindow
    from ui.session import open_for_window

    page = window.show_page("seating")
    layout = page.layout_box.currentData()
    assert page.job is not None  # no plan of this layout yet: seated in the background
    assert QThreadPool.globalInstance().waitForDone(60000)  # done; its answer not yet handed over
    assert page.seated is None
    window.close()
    assert page.seated is not None and page.seated.plan.layout == layout
    again = MainWindow(open_for_window(demo_store[0]), settings)
    qtbot.addWidget(again)
    assert store.find_plan(again.ctx.db, demo_store[1], layout) is not None
    again.close()
