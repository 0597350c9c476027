"""Every table model of the app passes Qt's QAbstractItemModelTester (through its search proxy too)."""

from __future__ import annotations

import pytest
from PySide6.QtTest import QAbstractItemModelTester

LISTS = ["sides", "participants", "agreements", "programme", "signing"]


def _check(model) -> None:
    QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)


@pytest.mark.parametrize("key", LISTS)
def test_page_model_and_proxy(window, key):
    page = window.show_page(key)
    _check(page.model)
    _check(page.list.proxy)
    assert page.model.rowCount() > 0
    page.refresh()  # a reset under the tester
    page.list.search.setText("а")
    page.list.proxy.sort(1)
    page.list.search.setText("")


def test_events_model(window):
    _check(window.events_model)
    _check(window.events_list.proxy)
    window.events_list.reload()
    assert window.events_model.rowCount() == 1


def test_seating_people_model(window, qtbot):
    page = window.show_page("seating")
    qtbot.waitUntil(lambda: page.job is None and page.seated is not None, timeout=60000)
    _check(page.people.model)
    _check(page.people.list.proxy)
    assert page.people.model.rowCount() > 0
