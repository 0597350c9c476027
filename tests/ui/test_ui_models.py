"""Every table model of the app passes Qt's QAbstractItemModelTester, through searching and sorting (the lists
show their models with no proxy between)."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

LISTS = ["sides", "participants", "agreements", "programme", "signing"]


def _check(model) -> None:
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


@pytest.mark.parametrize("key", LISTS)
def test_page_model(window, key):
    page = window.show_page(key)
    _check(page.model)
    assert page.list.table.model() is page.model
    assert page.model.rowCount() > 0
    page.refresh()  # a reset under the tester
    page.list.search.setText("а")
    page.list.model.sort(1)
    page.list.search.setText("")


def test_events_model(window):
    _check(window.events_model)
    window.events_list.reload()
    assert window.events_model.rowCount() == 1


def test_seating_people_model(window, qtbot):
    page = window.show_page("seating")
    qtbot.waitUntil(lambda: page.job is None and page.seated is not None, timeout=60000)
    _check(page.people.model)
    assert page.people.model.rowCount() > 0
