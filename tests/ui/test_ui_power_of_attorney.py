"""The officer records in the agreement form the power of attorney of a signatory who signs for an organisation
not his own: typed next to the signatory, saved, and the signing problem goes (undo brings it back)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from protocol_app.signing.plan import signing_plan
from protocol_app.store.agreements import get_agreement, list_agreements, update_agreement
from protocol_app.store.directory import list_organisations

POWER = "доверенность № 12 от 01.07.2023"


def _type(field, text: str) -> None:
    """Type ``text`` key by key, Cyrillic letters too (``qtbot.keyClicks`` sends Latin-1 keys only)."""
    for letter in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            event = QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, letter)
            QApplication.sendEvent(field, event)


def _other_organisation_problems(db, event_id: int) -> list[int]:
    return [
        p.agreement_id
        for p in signing_plan(db, event_id).problems
        if p.code == "signatory_other_organisation"
    ]


def test_a_power_of_attorney_typed_in_the_form_clears_the_signing_problem(window, qtbot, demo_store):
    db, event_id = window.ctx.db, demo_store[1]
    agr = list_agreements(db, event_id)[0]
    party = agr.parties[0]
    taken = {p.organisation_id for p in agr.parties}
    party.organisation_id = next(o.id for o in list_organisations(db) if o.id not in taken)
    update_agreement(db, agr)  # party 1 is now an organisation its signatory does not belong to
    assert agr.id in _other_organisation_problems(db, event_id)
    page = window.show_page("agreements")
    before = get_agreement(db, agr.id or 0)
    dialog = page._dialog(before)
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.parties
    assert [table.horizontalHeaderItem(c).text() for c in (2, 3)] == ["Signatory", "Power of attorney"]
    field = table.cellWidget(0, 3)
    assert field.text() == "" and field.isVisible()
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    _type(field, POWER)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert ok.isEnabled(), dialog.problems.text()
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    assert page.save_form(before, dialog.result_form())
    assert [p.power_of_attorney for p in get_agreement(db, agr.id or 0).parties] == [POWER, ""]
    assert agr.id not in _other_organisation_problems(db, event_id)
    window.stack.undo()
    assert get_agreement(db, agr.id or 0).parties[0].power_of_attorney == ""
    assert agr.id in _other_organisation_problems(db, event_id)
    window.stack.redo()
    assert agr.id not in _other_organisation_problems(db, event_id)

    again = page._dialog(get_agreement(db, agr.id or 0))  # the form shows it, and emptying it forgets it
    qtbot.addWidget(again)
    again.show()
    field = again.parties.cellWidget(0, 3)
    assert field.text() == POWER
    qtbot.mouseClick(field, Qt.MouseButton.LeftButton)
    qtbot.keyClick(field, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(field, Qt.Key.Key_Delete)
    assert page.save_form(get_agreement(db, agr.id or 0), again.result_form())
    assert agr.id in _other_organisation_problems(db, event_id)
