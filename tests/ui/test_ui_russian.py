"""The Russian window shows no English sentence from the core: every page walked in Russian, with a seating
plan that breaks the rules, a signing with problems and an import with errors."""

from __future__ import annotations

import re

from PySide6.QtCore import QModelIndex, QPoint, Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QLabel, QTableWidget

from ui.pages import PAGES

ENGLISH = re.compile(r"\b[a-z]{2,}\s+[a-z]{2,}\s+[a-z]{2,}\b")  # three English words in a row: a sentence


def _texts(widget) -> list[str]:
    """Every text a person reads on a page: labels, buttons, list and table entries and their headers."""
    found: list[str] = []
    for label in widget.findChildren(QLabel):
        if label.isVisibleTo(widget):
            found.append(label.text())
    for button in widget.findChildren(QAbstractButton):
        found.append(button.text())
    for view in widget.findChildren(QAbstractItemView):
        model = view.model()
        if model is None:
            continue
        try:
            columns = model.columnCount(QModelIndex())
        except TypeError:  # a list model's column count is not public: one column
            columns = 1
        for r in range(min(model.rowCount(QModelIndex()), 60)):
            for c in range(columns):
                found.append(str(model.index(r, c).data() or ""))
                found.append(str(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or ""))
        for c in range(columns):
            found.append(str(model.headerData(c, Qt.Orientation.Horizontal) or ""))
    return [t for t in found if t]


def _english(texts: list[str]) -> list[str]:
    plain = [re.sub(r"<[^>]+>", " ", t) for t in texts]  # rich text: the words only
    return [t for t in plain if ENGLISH.search(t) and not t.startswith(("http", "file:"))]


def test_every_page_in_russian_has_no_english_sentence(window, qtbot, tmp_path):
    db = window.ctx.db
    db.execute(
        "UPDATE agreement_parties SET signatory_id = NULL WHERE id = (SELECT MIN(id) FROM agreement_parties)"
    )  # a problem
    window.set_language("ru")
    seating = window.show_page("seating")
    seating.layout_box.setCurrentIndex(seating.layout_box.findData("banquet"))
    qtbot.waitUntil(lambda: seating.job is None and seating.seated is not None, timeout=60000)
    filled = [s.id for s in seating.seated.plan.seats() if s.attendee_id is not None][3:]
    start = seating.canvas.mapFromScene(seating.canvas.items_by_seat[filled[0]].scenePos())
    viewport = seating.canvas.viewport()  # drag the host off his seat: the plan breaks the rules
    qtbot.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(viewport, start + QPoint(8, 8))
    qtbot.mouseMove(viewport, QPoint(4, 4))
    qtbot.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=QPoint(4, 4))
    breaches = [seating.violations.item(i).text() for i in range(seating.violations.count())]
    assert any("нет места" in t for t in breaches), breaches
    signing = window.show_page("signing")
    problems = [signing.problems.item(i).text() for i in range(signing.problems.count())]
    assert any("подписант" in t for t in problems), problems
    leaks = {}
    for key in PAGES:
        page = window.show_page(key)
        qtbot.wait(1)
        found = _english(_texts(page))
        if found:
            leaks[key] = found[:5]
    assert not leaks, leaks
    window.set_language("en")  # the same walk in English finds sentences: the check can fail
    assert _english(_texts(window.show_page("seating"))) and _english(_texts(window.show_page("signing")))


def test_an_import_with_errors_is_worded_in_russian(window, qtbot, tmp_path):
    from ui.import_wizard import ImportWizard

    window.set_language("ru")
    path = tmp_path / "list.csv"
    path.write_bytes("ФИО;Пол;Сторона\r\n12345;x;Нет такой стороны\r\n".encode("cp1251"))
    wizard = ImportWizard(window.ctx, window.current_event_id(), window)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    wizard.next()
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.job is None and wizard.report is not None, timeout=20000)
    table: QTableWidget = wizard.check_page.problems
    texts = [table.item(r, c).text() for r in range(table.rowCount()) for c in range(table.columnCount())]
    assert table.rowCount() >= 2 and not _english(texts), texts
    wizard.reject()
