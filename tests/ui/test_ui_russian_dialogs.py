"""Every dialog of the Russian window reads in Russian: the forms (event, person, agreement, side, ranks), the
import wizard with errors, a package import's report, a form refused by the core, the Documents page's preview
and its message boxes. Every visible text is read (titles, labels, buttons, tooltips, placeholders, combo
items, table headers and cells) and an English sentence fails the test."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QTabWidget,
    QWidget,
)

from protocol_app.store import agreements, events, participants
from tests.ui.test_ui_russian import _english


def _everything(widget: QWidget) -> list[str]:
    """Every text a person can read in ``widget`` and its children."""
    found = [widget.windowTitle(), widget.toolTip()]
    for child in widget.findChildren(QWidget):
        found.append(child.toolTip())
        if isinstance(child, QLabel | QAbstractButton):
            found.append(child.text())
        elif isinstance(child, QLineEdit):
            found.append(child.placeholderText())
        elif isinstance(child, QComboBox):
            found += [child.itemText(i) for i in range(child.count())]
        elif isinstance(child, QGroupBox):
            found.append(child.title())
        elif isinstance(child, QTabWidget):
            found += [child.tabText(i) for i in range(child.count())]
        elif isinstance(child, QAbstractItemView) and child.model() is not None:
            found += _cells(child.model())
    return [t for t in found if t]


def _cells(model) -> list[str]:
    try:
        columns = model.columnCount(QModelIndex())
    except TypeError:  # a list model's column count is not public: one column
        columns = 1
    headers = [str(model.headerData(c, Qt.Orientation.Horizontal) or "") for c in range(columns)]
    found = list(headers)
    for r in range(min(model.rowCount(QModelIndex()), 60)):
        for c in range(columns):
            if "англ." in headers[c]:  # a column of English texts the officer entered: data, not our words
                continue
            found.append(str(model.index(r, c).data() or ""))
            found.append(str(model.index(r, c).data(Qt.ItemDataRole.ToolTipRole) or ""))
    return found


def _read(dialog: QWidget, qtbot, leaks: dict[str, list[str]], name: str) -> None:
    dialog.show()
    qtbot.waitExposed(dialog)
    found = _english(_everything(dialog))
    if found:
        leaks[name] = found[:5]
    dialog.close()


def test_every_dialog_in_russian_has_no_english_sentence(window, qtbot, messages, monkeypatch, tmp_path):
    from ui.dialogs.event import EventDialog
    from ui.dialogs.ranks import RanksDialog

    window.set_language("ru")
    ctx, event_id = window.ctx, window.current_event_id()
    db = ctx.db
    leaks: dict[str, list[str]] = {}

    event = events.get_event(db, event_id)
    dialog = EventDialog(ctx.word, event, window)
    dialog.has_end.setChecked(True)
    dialog.end.setText("01.01.2000")  # ends before it starts: the form says why OK is off
    dialog.validate()
    assert dialog.problems.text(), "the form shows its problem"
    _read(dialog, qtbot, leaks, "event")

    page = window.show_page("participants")
    attendee = participants.list_attendees(db, event_id)[0]
    _read(page._dialog(attendee), qtbot, leaks, "person")
    _read(page._dialog(), qtbot, leaks, "new person")

    page = window.show_page("agreements")
    agreement = agreements.list_agreements(db, event_id)[0]
    _read(page._dialog(agreement), qtbot, leaks, "agreement")
    _read(page._dialog(None), qtbot, leaks, "new agreement")

    _read(RanksDialog(db, event_id, "ru", window), qtbot, leaks, "ranks")

    asked: list[str] = []

    def get_text(_parent, title, label, *args, **kwargs):
        asked.extend([title, label])
        return events.list_sides(db, event_id)[0].name, True  # a side that exists: the core refuses it

    monkeypatch.setattr(QInputDialog, "getText", get_text)
    window.show_page("sides").add_side_dialog()
    assert any("уже есть сторона" in text for _kind, _title, text in messages), messages
    if _english(asked):
        leaks["side"] = _english(asked)

    assert not ctx.run(window, _refused(db, event_id, attendee.participant.id))
    assert "два разных участника" in messages[-1][2], messages[-1]

    from ui.package_actions import export_event_package, import_event_package

    package = export_event_package(window, tmp_path / "visit.pdpkg")
    assert package is not None
    import_event_package(window, package)

    _import_with_errors(window, qtbot, leaks, tmp_path)
    _seating_with_breaches(window, qtbot, leaks)
    _documents_with_preview(window, qtbot, leaks)

    found = [f"{title}: {text}" for _kind, title, text in messages if _english([title, text])]
    if found:
        leaks["message boxes"] = found[:5]
    assert not leaks, leaks

    window.set_language("en")  # the same reading in English finds sentences: the check can fail
    dialog = EventDialog(ctx.word, event, window)
    dialog.has_end.setChecked(True)
    dialog.end.setText("01.01.2000")
    dialog.validate()
    assert _english(_everything(dialog))


def _import_with_errors(window, qtbot, leaks: dict[str, list[str]], tmp_path) -> None:
    """Every page of the import wizard, on a file with errors (a bad gender, an unknown side, a stray column)."""
    from ui.import_wizard import ImportWizard

    path = tmp_path / "list.csv"
    path.write_bytes("ФИО;Пол;Сторона;Шапка\r\n12345;x;Нет такой стороны;\r\n".encode("cp1251"))
    wizard = ImportWizard(window.ctx, window.current_event_id(), window)
    wizard.show()
    wizard.file_page.path.setText(str(path))
    pages = [_english(_everything(wizard))]
    wizard.next()
    pages.append(_english(_everything(wizard)))
    wizard.next()
    qtbot.waitUntil(lambda: wizard.check_page.job is None and wizard.report is not None, timeout=20000)
    pages.append(_english(_everything(wizard)))
    assert wizard.check_page.problems.rowCount() >= 2
    found = [text for page in pages for text in page]
    if found:
        leaks["import"] = found[:5]
    wizard.reject()


def _seating_with_breaches(window, qtbot, leaks: dict[str, list[str]]) -> None:
    """The seating editor with a plan that breaks the rules: its lists and every seat's tooltip."""
    seating = window.show_page("seating")
    seating.layout_box.setCurrentIndex(seating.layout_box.findData("banquet"))
    qtbot.waitUntil(lambda: seating.job is None and seating.seated is not None, timeout=60000)
    filled = [s.id for s in seating.seated.plan.seats() if s.attendee_id is not None]
    seating.state.clear()
    seating.move_person(
        seating.seated.plan.seat(filled[0]).attendee_id, filled[-1]
    )  # the host leaves his seat
    assert seating.violations.count(), "the plan breaks the rules"
    tips = [item.toolTip() for item in seating.canvas.items_by_seat.values()]
    found = _english(_everything(seating) + tips)
    if found:
        leaks["seating"] = found[:5]


def _documents_with_preview(window, qtbot, leaks: dict[str, list[str]]) -> None:
    """The Documents page with an English paper chosen (what it lacks is listed) and its preview shown."""
    page = window.show_page("documents")
    page.kind.setCurrentIndex(page.kind.findData("pack"))
    page.language.setCurrentIndex(page.language.findData("en"))
    qtbot.waitUntil(lambda: page.preview_job is None, timeout=60000)
    found = _english(_everything(page))
    if found:
        leaks["documents"] = found[:5]


def _refused(db, event_id: int, participant_id: int):
    """A change the core refuses: a seating wish for one person with himself."""
    from protocol_app.model import NewSeatingConstraint
    from protocol_app.store import seating
    from ui.commands import StoreCommand

    def do() -> None:
        seating.add_constraint(db, NewSeatingConstraint(event_id, "together", participant_id, participant_id))

    return StoreCommand(db, "", do, lambda: None, lambda: None)
