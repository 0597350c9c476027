"""The window on an event of three delegations, with a Chinese one: talks at a round table are drawn and listed,
each delegation goes by its own name in the window's language, and Chinese names are written surname first."""

from __future__ import annotations

import pytest

from protocol_app.importing.headers import field_names
from protocol_app.model import NewParticipant, NewPerson, NewSide, Role
from protocol_app.store import directory, events, participants

CHINESE = [
    ("王", "建国", "Wang", "Jianguo", "Министр торговли"),
    ("李", "明", "Li", "Ming", "Директор департамента"),
]


@pytest.fixture
def three(window, demo_store):
    """The demo event with a third delegation, from China: two people, their names in Han letters."""
    db, event_id = window.ctx.db, demo_store[1]
    side = events.add_side(db, NewSide(event_id, "Китайская Народная Республика", False, "People's Republic of China",
                                       "CN"))  # fmt: skip
    for surname, given, latin_surname, latin_given, position in CHINESE:
        person = directory.add_person(
            db,
            NewPerson(surname=surname, given_name=given, latin_surname=latin_surname, latin_given=latin_given,
                      position=position),
        )  # fmt: skip
        role = Role.PRINCIPAL.value if given == "建国" else Role.MEMBER.value
        participants.add_participant(db, NewParticipant(event_id, person, side, role=role))
    window.ctx.refresh()
    return window


def test_talks_of_three_delegations_are_drawn_and_each_delegation_listed_by_its_name(three, qtbot):
    page = three.show_page("seating")
    page.layout_box.setCurrentIndex(page.layout_box.findData("negotiation"))
    qtbot.waitUntil(lambda: page.job is None and page.seated is not None, timeout=60000)
    seated = page.seated.plan
    assert "blocks" in seated.params  # a round table, a block of chairs a delegation
    people = {s.attendee_id for s in seated.seats() if s.attendee_id is not None}
    assert people and set(page.canvas.items_by_seat) >= {s.id for s in seated.seats()}
    model = page.people.model
    sides = {model.index(r, 1).data() for r in range(model.rowCount())}
    assert sides == {"Ulyanovsk Region", "Republic of Belarus", "People's Republic of China"}
    # a round table has no "seats per side" to set; the row of controls fits a laptop's window
    assert not page.controls.seats.isVisible() and not page.controls.tables.isVisible()
    assert page.controls.apply.isVisible() and not page.controls.apply.isEnabled()


def test_chinese_names_are_surname_first_in_the_latin_column_and_without_a_space(three):
    page = three.show_page("participants")
    model = page.model
    rows = {model.index(r, 2).data(): model.index(r, 1).data() for r in range(model.rowCount())}
    assert rows["Wang Jianguo"] == "王建国" and rows["Li Ming"] == "李明"


def test_the_side_choosers_name_the_delegations_in_english_in_the_english_window(three, qtbot):
    dialog = three.show_page("participants")._dialog()  # the form the Add button opens
    qtbot.addWidget(dialog)
    names = [dialog.side.itemText(i) for i in range(dialog.side.count())]
    assert names == ["Ulyanovsk Region", "Republic of Belarus", "People's Republic of China"]


def test_every_field_of_an_import_is_offered_in_words_of_the_russian_window(window, qtbot):
    from ui import i18n
    from ui.import_wizard import field_words, numbered_field_word

    i18n.install_language("ru")
    try:
        words = field_words()
        offered = {
            name: words.get(name) or numbered_field_word(name)
            for kind in ("attendees", "agreements")
            for name in field_names(kind, 3)
            if name != "ignore"
        }
    finally:
        i18n.install_language("en")
    codes = [name for name, word in offered.items() if word == name or not any("а" <= c <= "я" for c in word)]
    assert not codes, codes
    assert offered["latin_surname"] == "Фамилия латиницей" and offered["honorific"] == "Обращение, титул"


def test_the_documents_page_says_the_preview_is_coming_not_to_choose_an_event(window, qtbot):
    page = window.show_page("documents")
    assert page.preview.view.text() == "Making the preview…"
    qtbot.waitUntil(lambda: page.preview.pdf is not None, timeout=60000)
    assert page.preview.pages >= 1
