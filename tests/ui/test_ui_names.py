"""A user enters names as each culture writes them and an organisation's English name in the person form."""

from __future__ import annotations

from PySide6.QtCore import Qt

from protocol_app.model import NewEvent, NewParticipant, NewSide
from protocol_app.name_forms import NameOrder
from protocol_app.seating.place_cards import face_lines
from protocol_app.store import directory
from protocol_app.store.events import add_side, create_event, get_event
from protocol_app.store.participants import add_participant, list_attendees
from ui.pages import PAGES


def test_person_form_takes_latin_parts_order_honorific_cyrillic_form_and_english_organisation(window, qtbot):
    page = window.show_page("participants")
    dialog = page._dialog()
    dialog.surname.setText("王")
    dialog.given.setText("伟")
    qtbot.mouseClick(dialog.suggest, Qt.MouseButton.LeftButton)
    assert (dialog.latin.text(), dialog.latin_given.text()) == ("Wang", "Wei")
    qtbot.mouseClick(dialog.palladius, Qt.MouseButton.LeftButton)
    assert dialog.cyrillic.text() == "Ван Вэй"
    dialog.honorific.setText("H.E.")
    dialog.name_order.setCurrentIndex(dialog.name_order.findData(NameOrder.SURNAME_FIRST.value))
    dialog.organisation.setCurrentText("Посольство КНР")
    qtbot.keyClicks(dialog.organisation_en, "Embassy of China")
    assert page.add_form(dialog.result_form())
    person = next(p for p in directory.list_people(window.ctx.db) if p.surname == "王")
    assert (person.latin_surname, person.latin_given, person.latin_name) == ("Wang", "Wei", "Wei Wang")
    assert (person.name_order, person.honorific, person.name_cyrillic) == ("surname_first", "H.E.", "Ван Вэй")
    org = directory.get_organisation(window.ctx.db, person.organisation_id or 0)
    assert (org.name, org.name_en) == ("Посольство КНР", "Embassy of China")
    again = page._dialog()
    again.organisation.setCurrentText("Посольство КНР")
    assert again.organisation_en.text() == "Embassy of China"  # a known organisation shows its English name
    again.reject()


def test_a_title_changed_in_the_form_of_last_years_event_leaves_next_years_cards_alone(window, qtbot):
    db, event_id = window.ctx.db, window.current_event_id() or 0
    page = window.show_page("participants")
    att = next(
        page.model.row(r)[0] for r in range(page.model.rowCount()) if not page.model.row(r)[0].side.host
    )
    year = int(get_event(db, event_id).date[:4]) + 1
    later = create_event(db, NewEvent(title="Next year", date=f"{year}-07-07"))
    side = add_side(db, NewSide(event_id=later, name=att.side.name, host=False))
    add_participant(db, NewParticipant(later, att.person.id, side, honorific="H.E."))
    next_year = face_lines(list_attendees(db, later)[0], "en")[0]
    default = directory.get_person(db, att.person.id).honorific
    assert next_year[0].startswith("H.E. ")
    dialog = page._dialog(att)
    dialog.honorific.clear()
    qtbot.keyClicks(dialog.honorific, "Dr")
    assert page.save_form(att, dialog.result_form())
    this_year = next(a for a in list_attendees(db, event_id) if a.id == att.id)
    assert face_lines(this_year, "en")[0][0].startswith("Dr ")
    assert face_lines(list_attendees(db, later)[0], "en")[0] == next_year
    assert directory.get_person(db, att.person.id).honorific == default  # an older event's form leaves it


def test_documents_page_lists_missing_english_texts_and_leads_to_where_they_are_filled_in(window, qtbot):
    window.ctx.db.execute("UPDATE sides SET name_en = '' WHERE host = 1")
    page = window.show_page("documents")
    page.kind.setCurrentIndex(page.kind.findData("attendees"))
    page.language.setCurrentIndex(page.language.findData("ru"))
    assert page.missing.count() == 0 and page.missing.isHidden()  # a Russian paper needs no English
    page.language.setCurrentIndex(page.language.findData("en"))
    texts = [page.missing.item(i).text() for i in range(page.missing.count())]
    assert texts == ["no English text for a side: «Ульяновская область»"] or texts == [
        "нет текста на английском: сторона: «Ульяновская область»"
    ]
    window.show()
    qtbot.waitExposed(window)
    item = page.missing.item(0)
    rect = page.missing.visualItemRect(item)
    qtbot.mouseClick(page.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.nav.currentRow() == list(PAGES).index("sides")


def test_the_russian_window_words_a_core_refusal_in_russian(window):
    from protocol_app.model import NewPerson
    from ui.commands import StoreCommand, execute

    window.set_language("ru")
    db = window.ctx.db

    def add_nameless() -> None:
        directory.add_person(db, NewPerson(surname=""))

    command = StoreCommand(db, "add", add_nameless, lambda: None, lambda: None)
    assert execute(window.stack, command) == "у человека должна быть фамилия"
    window.set_language("en")
    command = StoreCommand(db, "add", add_nameless, lambda: None, lambda: None)
    assert execute(window.stack, command) == "a person needs a surname"


def test_documents_page_names_a_party_without_a_signatory_and_leads_to_the_agreements(window, qtbot):
    """The signing papers and the pack mark a party without a signatory; the page says so before they are
    made, in the window's language, and a double-click opens the page where the signatory is chosen."""
    window.ctx.db.execute(
        "UPDATE agreement_parties SET signatory_id = NULL WHERE position = 2 "
        "AND agreement_id = (SELECT min(id) FROM agreements)"
    )
    page = window.show_page("documents")
    page.kind.setCurrentIndex(page.kind.findData("attendees"))
    assert page.missing.count() == 0  # a list of attendees has no signatories to lack
    page.kind.setCurrentIndex(page.kind.findData("signing"))
    page.language.setCurrentIndex(page.language.findData("ru"))
    texts = [page.missing.item(i).text() for i in range(page.missing.count())]
    assert len(texts) == 1 and "party 2 (IDCC) has no signatory" in texts[0], texts
    window.set_language("ru")  # the pages are made again, in Russian
    page = window.show_page("documents")
    page.kind.setCurrentIndex(page.kind.findData("pack"))
    assert "у стороны 2 (АНО «ЦКРП») нет подписанта" in page.missing.item(0).text()
    assert page.missing_label.text().startswith("Чего не хватает в документах")
    signing = next(page.sections.item(i) for i in range(page.sections.count())
                   if page.sections.item(i).data(Qt.ItemDataRole.UserRole) == "signing")  # fmt: skip
    window.show()
    qtbot.waitExposed(window)
    page.sections.scrollToItem(signing)
    qtbot.mouseClick(page.sections.viewport(), Qt.MouseButton.LeftButton,
                     pos=page.sections.visualItemRect(signing).center())  # fmt: skip
    qtbot.keyClick(page.sections, Qt.Key.Key_Space)  # the pack without its signing papers lacks no signatory
    assert signing.checkState() == Qt.CheckState.Unchecked and page.missing.count() == 0
    qtbot.keyClick(page.sections, Qt.Key.Key_Space)
    assert "нет подписанта" in page.missing.item(0).text()
    rect = page.missing.visualItemRect(page.missing.item(0))
    qtbot.mouseClick(page.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(page.missing.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.nav.currentRow() == list(PAGES).index("agreements")
