"""The seating editor's names read as on a printed plan: one size for every name of a plan (the head of a
delegation as large as anyone), no name running into a neighbour's, and legible on the screen when the view
fits the plan, even in a small window (the view then keeps a legible zoom and scrolls)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication

from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide, Role
from protocol_app.store import directory, events, open_store, participants
from ui.seating_canvas import LEGIBLE_PX

DELEGATIONS = [  # side, country, people (surname, given name, Latin surname, Latin given name)
    ("Россия", "RU", [("Пархомчик", "Пётр", "Parkhomchik", "Petr"), ("Бондаренко", "Ольга", "Bondarenko", "Olga"),
                      ("Новик", "Сергей", "Novik", "Sergei"), ("Лукашевич", "Анна", "Lukashevich", "Anna")]),
    ("Китай", "CN", [("Ван", "Вэй", "WANG", "Wei"), ("Чжан", "Цзяньго", "ZHANG", "Jianguo"),
                     ("Ли", "На", "LI", "Na")]),
    ("ОАЭ", "AE", [("Аль Нахайян", "Абдулла бин Заид", "Al Nahyan", "Abdullah bin Zayed"),
                   ("Аль Мансури", "Фатима", "Al Mansouri", "Fatima"), ("Аль Кааби", "Саид", "Al Kaabi", "Saeed")]),
    ("Казахстан", "KZ", [("Жумабаев", "Ерлан", "Zhumabayev", "Yerlan"), ("Нурланова", "Айгерим", "Nurlanova", "Aigerim"),
                         ("Кузнецова", "Ольга", "Kuznetsova", "Olga")]),
]  # fmt: skip


@pytest.fixture
def banquet_store(tmp_path: Path) -> tuple[Path, int]:
    """A store of talks of four delegations, their names long and short: (path, event id)."""
    path = tmp_path / "four.sqlite"
    db = open_store(path)
    event_id = events.create_event(db, NewEvent(title="Переговоры", date="2026-07-07", title_en="Talks"))
    for n, (side_name, country, people) in enumerate(DELEGATIONS):
        side = events.add_side(db, NewSide(event_id=event_id, name=side_name, host=n == 0, country=country))
        for k, (surname, given, latin_surname, latin_given) in enumerate(people):
            person = directory.add_person(
                db,
                NewPerson(surname=surname, given_name=given, latin_surname=latin_surname,
                          latin_given=latin_given, position="Министр" if k == 0 else "Советник"),
            )  # fmt: skip
            role = Role.PRINCIPAL.value if k == 0 else Role.MEMBER.value
            participants.add_participant(
                db, NewParticipant(event_id=event_id, person_id=person, side_id=side, role=role)
            )
    db.conn.close()
    return path, event_id


@pytest.fixture
def four_window(qtbot, banquet_store, settings, messages):
    from ui import i18n
    from ui.main_window import MainWindow
    from ui.session import open_for_window

    settings.language = "en"
    i18n.install_language("en")
    win = MainWindow(open_for_window(banquet_store[0]), settings)
    qtbot.addWidget(win)
    win.resize(1400, 900)
    win.show()
    qtbot.waitExposed(win)
    win.select_event(banquet_store[1])
    yield win
    win.close()
    QApplication.processEvents()


def _open(qtbot, window, layout: str):
    page = window.show_page("seating")
    page.layout_box.setCurrentIndex(page.layout_box.findData(layout))
    qtbot.waitUntil(lambda: page.job is None and page.seated is not None, timeout=60000)
    return page


def _named(page):
    return [item for item in page.canvas.items_by_seat.values() if item.look.lines and item.isVisible()]


def _sizes(page) -> set[int]:
    """The pixel sizes (scene units) of the names as drawn."""
    return {i.label_font().pixelSize() for i in _named(page)}


def _overlaps(page) -> list[tuple[str, str]]:
    boxes = [(i.seat_id, r.translated(i.pos())) for i in _named(page) for r in i.name_rects()]
    return [
        (a, b) for n, (a, ra) in enumerate(boxes) for b, rb in boxes[n + 1 :] if a != b and ra.intersects(rb)
    ]


def _check_legible(page) -> None:
    """One size for every name, legible on the screen as the view fits the plan, no two names touching,
    and names written where the view shows seats."""
    canvas = page.canvas
    sizes = _sizes(page)
    assert len(sizes) == 1, sizes
    assert sizes.pop() * canvas.transform().m11() >= LEGIBLE_PX - 0.5
    assert _overlaps(page) == []
    shown = canvas.mapToScene(canvas.viewport().rect()).boundingRect()
    written = [i for i in _named(page) if shown.intersects(i.sceneBoundingRect()) and i.name_rects()]
    assert len(written) >= 3


@pytest.mark.parametrize("layout", ["negotiation", "banquet", "theatre"])
def test_the_demos_names_have_one_legible_size_and_never_touch(window, qtbot, layout):
    window.resize(1400, 900)
    page = _open(qtbot, window, layout)
    _check_legible(page)
    size = _sizes(page).pop()
    heads = [i for i in _named(page) if i.seat.number == 1]  # the head of each side, as large as the rest
    assert heads and {i.label_font().pixelSize() for i in heads} == {size}


@pytest.mark.parametrize("layout", ["banquet", "presidium", "theatre"])
def test_four_delegations_names_have_one_legible_size(four_window, qtbot, layout):
    page = _open(qtbot, four_window, layout)
    names = {line for i in _named(page) for line in i.look.lines}
    assert {"Al Nahyan", "Zhumabayev", "WANG"} <= names
    _check_legible(page)


def test_in_a_small_window_names_are_still_written_and_legible(window, qtbot):
    window.resize(1024, 640)
    page = _open(qtbot, window, "negotiation")
    QApplication.processEvents()
    assert page.canvas.viewport().width() < 400  # the narrow canvas of the QA report
    _check_legible(page)
    assert page.canvas.horizontalScrollBar().maximum() > 0  # the rest of the plan a scroll away
    window.resize(1400, 900)  # a larger window: fitted again, still legible
    QApplication.processEvents()
    _check_legible(page)


def test_after_a_swap_the_names_still_share_one_size_without_touching(four_window, qtbot):
    page = _open(qtbot, four_window, "banquet")
    canvas, viewport = page.canvas, page.canvas.viewport()
    seen = [i for i in _named(page) if viewport.rect().contains(canvas.mapFromScene(i.scenePos()))]
    seen.sort(key=lambda i: -max(len(line) for line in i.look.lines))
    longest, short = seen[0], seen[-1]
    person = longest.seat.attendee_id
    start, end = canvas.mapFromScene(longest.scenePos()), canvas.mapFromScene(short.scenePos())
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for step in (start + QPoint(8, 8), (start + end) / 2, end):
        qtbot.mouseMove(viewport, step)
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert short.seat.attendee_id == person  # the longest name now where the shortest was
    qtbot.waitUntil(lambda: len(_sizes(page)) == 1 and not _overlaps(page))
    four_window.stack.undo()
    assert longest.seat.attendee_id == person
    qtbot.waitUntil(lambda: len(_sizes(page)) == 1 and not _overlaps(page))


def test_names_too_wide_for_one_chair_are_staggered_as_printed(window, qtbot):
    """At the negotiation table every other name goes further onto the table, as the printed drawing
    writes them, so that each has two chairs' width: larger than shrunk to one chair's width."""
    page = _open(qtbot, window, "negotiation")
    letters = _named(page)[0].lettering.letters
    assert letters.staggered and letters.size >= 12
    guests = sorted(
        (i for i in _named(page) if i.along_row and i.seat.side == "guest"), key=lambda i: i.pos().x()
    )
    tops = [min(r.top() for r in i.name_rects()) for i in guests]
    assert len(guests) >= 4 and len({round(t) for t in tops}) == 2  # two depths, alternating
    assert all((tops[k] != tops[k + 1]) for k in range(len(tops) - 1))
