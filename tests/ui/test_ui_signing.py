"""The signing page: move an agreement (order set by hand), back to the rule, status, with undo."""

from __future__ import annotations

import pytest

pytest.importorskip("protocol_app.signing.edit")


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
