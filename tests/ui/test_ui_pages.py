"""Every page of the main window opens on the demo event and shows what the store holds."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLabel

from protocol_app.model import NewEvent

PAGES = ["overview", "sides", "participants", "agreements", "programme", "seating", "signing", "documents"]


@pytest.mark.parametrize("key", PAGES)
def test_each_page_opens_on_the_demo_event(window, demo_store, key):
    page = window.show_page(key)
    assert page.isVisible()
    assert page.event_id == demo_store[1]


def test_overview_names_the_event(window):
    page = window.show_page("overview")
    text = page.findChild(QLabel, "summary").text()
    assert "Governor of Ulyanovsk Region" in text
    assert "11 July 2023" in text


def test_participants_in_list_order_with_precedence(window):
    page = window.show_page("participants")
    model = page.model
    assert model.rowCount() == 18
    first = model.index(0, 1).data()
    assert first.startswith("Русских")
    assert model.index(0, 0).data() == "1"


def test_passport_is_masked(window, demo_store):
    from protocol_app.store import directory

    page = window.show_page("participants")
    att = page.model.row(0)[0]
    person = att.person
    person.passport = "4510123456"
    directory.update_person(window.ctx.db, person)
    page.refresh()
    column = [c.header for c in page.model.columns].index("Passport")
    shown = page.model.index(0, column).data()
    assert "4510123456" not in shown and shown.endswith("56")


def test_agreements_and_signing_show_four(window):
    assert window.show_page("agreements").model.rowCount() == 4
    signing = window.show_page("signing")
    assert signing.model.rowCount() == 4
    script = signing.script.toPlainText()  # the announcer's script: each signing timed, one after another
    assert script.startswith("1. 10:50–10:53\n    The signing of the Agreement on Scientific and Technical")
    assert [line for line in script.splitlines() if not line.startswith(" ")] == [
        "1. 10:50–10:53",
        "2. 10:53–10:56",
        "3. 10:56–10:59",
        "4. 10:59–11:02",
    ]


def test_sides_page_shows_the_chosen_sides_delegation(window):
    page = window.show_page("sides")
    assert page.model.rowCount() == 2
    assert page.members_model.rowCount() == 9
    assert page.members_model.index(0, 1).data().startswith("Русских")
    page.list.table.setCurrentIndex(page.list.model.index(1, 0))
    assert page.members_model.index(0, 1).data().startswith("Пархомчик")
    assert "Republic of Belarus" in page.members_title.text() or "Беларусь" in page.members_title.text()
    window.ctx.refresh()  # a change elsewhere: the side chosen and its delegation stay
    assert page.list.current()[0].id == page.model.row(1)[0].id
    assert page.members_model.index(0, 1).data().startswith("Пархомчик")


def test_ctrl_number_goes_to_a_page(window, qtbot):
    from PySide6.QtCore import Qt

    assert "participants" not in window.built  # a page is built when first shown ...
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 2 and window.page("participants").isVisible()
    assert window.page("participants").list.count.text() == "18 rows"  # ... on the chosen event
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.nav.currentRow() == 0


def test_switch_to_another_store_and_back(window, tmp_path, settings, demo_store):
    other = tmp_path / "other.sqlite"
    assert window.switch_store(other)
    assert window.events_model.rowCount() == 0
    assert settings.recent_files[0] == str(other)
    assert window.page("overview").event_id is None
    assert window.switch_store(demo_store[0])  # its lock was released and taken again
    assert window.events_model.rowCount() == 1 and not window.ctx.read_only


def test_a_page_first_shown_after_another_event_is_chosen_shows_that_event(window):
    assert "sides" not in window.built
    assert window.add_event(NewEvent(title="Визит делегации Цзянсу", date="2024-07-10"), "Область", "Цзянсу")
    page = window.show_page("sides")
    assert [page.model.index(row, 0).data() for row in range(page.model.rowCount())] == ["Область", "Цзянсу"]
    window.select_event(1)  # back to the demo: the page built meanwhile follows
    assert page.model.rowCount() == 2 and page.model.index(0, 0).data() != "Область"
