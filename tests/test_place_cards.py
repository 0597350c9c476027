"""Place cards: one A4 tent card per seated person, the name large on both faces, each face in its reader's
language, the side's name under the name."""

from __future__ import annotations

import pytest
from pdf_text import page_texts
from pypdf import PdfReader

from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide
from protocol_app.seating.place_cards import card_languages, card_shapes, write_place_cards
from protocol_app.seating.plans import auto_plan
from protocol_app.seating.shapes import Text
from protocol_app.store import directory, events, participants


def _international(db) -> int:
    event_id = events.create_event(db, NewEvent(title="Переговоры", date="2024-07-10"))
    host = events.add_side(db, NewSide(event_id=event_id, name="Свердловская область", host=True))
    guest = events.add_side(db, NewSide(event_id=event_id, name="Республика Индия", name_en="Republic of India",
                                     host=False))  # fmt: skip
    people = [
        (host, NewPerson(surname="Куйвашев", given_name="Евгений", patronymic="Владимирович", language="ru",
                      latin_name="Evgenii Kuivashev")),
        (guest, NewPerson(surname="Шарма", given_name="Радж", latin_name="Raj Sharma", language="en")),
        (guest, NewPerson(surname="Капур", given_name="Анил", latin_name="Anil Kapoor", language="en")),
    ]  # fmt: skip
    for number, (side, person) in enumerate(people, 1):
        pid = directory.add_person(db, person)
        participants.add_participant(db, NewParticipant(event_id=event_id, person_id=pid, side_id=side,
                                                     precedence=1 if number < 3 else 2))  # fmt: skip
    return event_id


def _faces(shapes) -> tuple[list[str], list[str]]:
    """Texts of the face below the fold (upright) and above it (upside down)."""
    texts = [s for s in shapes if isinstance(s, Text)]
    return [t.text for t in texts if t.angle == 0], [t.text for t in texts if t.angle == 180]


def test_demo_cards_one_page_per_seated_person_with_name_and_side(demo_db, tmp_path):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "negotiation")
    target = tmp_path / "cards.pdf"
    assert write_place_cards(seated, target) == 18
    reader = PdfReader(target)
    assert len(reader.pages) == 18
    first = reader.pages[0].extract_text()
    assert first.count("Русских") == 2  # the name on both faces
    assert first.count("Ульяновская область") == 2  # the side under the name
    width, height = (float(v) for v in reader.pages[0].mediabox.upper_right)
    assert round(width) == 595 and round(height) == 842  # A4


def test_foreign_guest_reads_his_language_and_the_host_reads_russian(db):
    event_id = _international(db)
    seated = auto_plan(db, event_id, "negotiation")
    ctx = seated.ctx
    guest, host = ctx.head("guest"), ctx.head("host")
    assert card_languages(seated, guest) == ("ru", "en")  # outer face to the hosts, inner face to the guest
    outer, inner = _faces(card_shapes(seated, guest, "G0"))
    assert "Шарма" in outer and "Свердловская область" not in outer and "Республика Индия" in outer
    assert "Raj Sharma" in inner and "Republic of India" in inner
    outer, inner = _faces(card_shapes(seated, host, "H0"))
    assert "Evgenii Kuivashev" in outer  # the guests read the host's card in English
    assert "Куйвашев" in inner and "Евгений Владимирович" in inner


def test_the_name_is_large_and_fits_the_card(demo_db):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "negotiation")
    aid = seated.ctx.head("guest")
    names = [s for s in card_shapes(seated, aid, "G0") if isinstance(s, Text) and s.role == "name"]
    assert min(s.size for s in names if s.text == "Пархомчик") >= 40


def test_the_printed_card_reads_each_face_in_its_readers_language(db, tmp_path):
    """Read back from the PDF: the guest's card shows the hosts his Cyrillic name and the Russian side below
    the fold, and himself his passport name and the English side above it (printed upside down)."""
    event_id = _international(db)
    seated = auto_plan(db, event_id, "negotiation")
    target = tmp_path / "cards.pdf"
    write_place_cards(seated, target)
    pages = page_texts(target)
    guest = next(text for text in pages if "Raj Sharma" in text)
    assert "Шарма" in guest
    assert "Республика Индия" in guest and "Republic of India" in guest
    assert "face to the owner" in guest and "сторона для собеседников" in guest  # outer: the hosts' words
    host = next(text for text in pages if "Куйвашев" in text)
    assert "Evgenii Kuivashev" in host and "Свердловская область" in host
    assert "face to the other side" in host and "сторона для владельца" in host


@pytest.mark.parametrize(
    ("country", "language", "reads"),
    [
        ("BY", "", "ru"),  # Russian is official in Belarus: the cards of a Belarusian visit stay Russian
        ("KZ", "казахский", "ru"),
        ("", "", "ru"),  # a side of no country and no language: as before, Russian
        ("DE", "русский", "ru"),  # its people say they read Russian
        ("IN", "", "en"),  # a foreign delegation's country tells its language: English is written for it
        ("CN", "", "en"),
        ("BY", "английский", "en"),
    ],
)
def test_the_guests_read_their_peoples_language_else_their_countrys(db, country, language, reads):
    event_id = events.create_event(db, NewEvent(title="Переговоры", date="2024-07-10"))
    host = events.add_side(db, NewSide(event_id, "Свердловская область", True, name_en="Sverdlovsk Region"))
    guest = events.add_side(db, NewSide(event_id, "Гости", False, name_en="Guests", country=country))
    for side, surname, latin, lang in ((host, "Куйвашев", "Evgenii Kuivashev", ""), (guest, "Гость", "Ivan Gost",
                                                                                      language)):  # fmt: skip
        pid = directory.add_person(
            db, NewPerson(surname=surname, given_name="Иван", latin_name=latin, language=lang)
        )
        participants.add_participant(db, NewParticipant(event_id=event_id, person_id=pid, side_id=side))
    seated = auto_plan(db, event_id, "negotiation")
    ctx = seated.ctx
    outer, inner = _faces(card_shapes(seated, ctx.head("host"), "H0"))
    assert ("Свердловская область" if reads == "ru" else "Sverdlovsk Region") in outer  # the guests read it
    assert "Свердловская область" in inner
    outer, inner = _faces(card_shapes(seated, ctx.head("guest"), "G0"))
    assert "Гости" in outer  # the hosts read Russian
    assert ("Гости" if reads == "ru" else "Guests") in inner
