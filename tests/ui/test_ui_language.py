"""The interface language switches between Russian and English without a restart, and is remembered."""

from __future__ import annotations

from PySide6.QtCore import Qt

from protocol_app.words import label


def _nav(window) -> list[str]:
    return [window.nav.item(i).text() for i in range(window.nav.count())]


def test_switch_to_russian_and_back(window, settings):
    window.show_page("participants")
    chosen = window.current_event_id()
    assert "Participants" in _nav(window)
    window.set_language("ru")
    assert settings.language == "ru"
    assert "Участники" in _nav(window) and "Рассадка" in _nav(window)
    assert window.menuBar().actions()[0].text() == "&Файл"
    page = window.page("participants")
    assert page.isVisible() and window.current_event_id() == chosen  # same event and page as before
    headers = [page.model.headerData(c, Qt.Orientation.Horizontal) for c in range(page.model.columnCount())]
    assert "ФИО" in headers and "Должность" in headers
    role_col = [c.header for c in page.model.columns].index("Роль")
    assert page.model.index(0, role_col).data() == label("role", "principal", "ru")
    assert page.list.count.text() == "18 строк"
    window.set_language("en")
    assert "Participants" in _nav(window)
    assert window.page("participants").list.count.text() == "18 rows"


def test_undo_history_survives_the_switch(window):
    rows = window.show_page("programme").model.rowCount()
    assert window.page("programme").add_item()
    window.set_language("ru")
    page = window.page("programme")  # rebuilt in Russian
    assert page.model.rowCount() == rows + 1
    window.stack.undo()
    assert page.model.rowCount() == rows


def test_language_follows_the_system_until_chosen(monkeypatch):
    from ui import i18n

    monkeypatch.setattr(i18n, "system_language", lambda: "ru")
    assert i18n.effective_language("") == "ru"
    assert i18n.effective_language("en") == "en"


def test_compiled_translations_ship_in_the_package():
    from ui import i18n

    assert i18n.qm_file("ru").endswith("protocol_desk_ru.qm")
    assert i18n.qm_file("en").endswith("protocol_desk_en.qm")


def test_every_interface_text_has_its_russian_words():
    import xml.etree.ElementTree as ET
    from pathlib import Path

    ts = Path(__file__).resolve().parents[2] / "resources" / "i18n" / "protocol_desk_ru.ts"
    missing = []
    for message in ET.parse(ts).getroot().iter("message"):
        translation = message.find("translation")
        forms = [f.text for f in translation.iter("numerusform")] if translation is not None else []
        text = translation.text if translation is not None else ""
        if translation is None or translation.get("type") == "unfinished" or not (text or any(forms)):
            missing.append(message.findtext("source"))
    assert missing == []


def test_a_refusal_is_worded_with_its_place_only_when_it_is_in_a_file(window):
    """In the Russian window a refusal of a value given in the window is the message alone (no «столбец
    «seat»»: the program's own field names are not the officer's words); one in a file keeps its file, row
    and column."""
    from protocol_app.errors import UserError
    from protocol_app.words import said
    from ui.i18n import error_in_words

    window.set_language("ru")
    given = error_in_words(UserError(said("plan_no_seat", seat="T9-9"), column="seat"))
    assert given == "в плане нет места «T9-9»"
    in_file = error_in_words(
        UserError(said("plan_no_seat", seat="T9-9"), file="list.csv", row=3, column="Место")
    )
    assert in_file == "list.csv, строка 3, столбец «Место»: в плане нет места «T9-9»"
