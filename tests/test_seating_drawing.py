"""Drawings of plans: every name on the page (read back from the PDF), PNG at print resolution, pack hooks."""

from __future__ import annotations

import io

import pytest
from pdf_text import text_of_pdf
from PIL import Image

from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide
from protocol_app.seating import diagrams, signing_graphic
from protocol_app.seating.drawing import PlanDrawing
from protocol_app.seating.plans import auto_plan, save
from protocol_app.seating.render import write_plan_pdf
from protocol_app.store import directory, events, participants
from protocol_app.store.agreements import list_agreements

SURNAMES = ["Абрамов", "Белкина", "Воронцов", "Григорьева", "Дьяченко", "Ежов", "Жуковская", "Зиновьев"]


def _crowd(db, count: int) -> int:
    event_id = events.create_event(db, NewEvent(title="Приём", date="2024-07-10", title_en="Reception"))
    sides = [
        events.add_side(
            db, NewSide(event_id=event_id, name="Свердловская область", host=True, country="Россия")
        ),
        events.add_side(
            db, NewSide(event_id=event_id, name="Республика Казахстан", host=False, country="Казахстан")
        ),
    ]
    for i in range(count):
        person = directory.add_person(
            db,
            NewPerson(surname=f"{SURNAMES[i % len(SURNAMES)]}{i}", given_name="Мария", patronymic="Ивановна"),
        )
        participants.add_participant(
            db,
            NewParticipant(event_id=event_id, person_id=person, side_id=sides[i % 2], precedence=i // 2 + 1),
        )
    return event_id


def _pdf_text(drawings, event, tmp_path) -> str:
    target = tmp_path / "plan.pdf"
    write_plan_pdf(drawings, target, event)
    return text_of_pdf(target, "\n")


@pytest.mark.parametrize(
    ("count", "layout"), [(12, "negotiation"), (12, "banquet"), (200, "banquet"), (200, "theatre")]
)
def test_every_name_is_in_the_pdf(db, tmp_path, count, layout, short_search):
    event_id = _crowd(db, count)
    seated = auto_plan(db, event_id, layout)
    drawing = PlanDrawing(seated.plan, seated.ctx, "ru")
    text = _pdf_text([("План", drawing)], seated.ctx.event, tmp_path)
    flat = text.replace("\n", " ")
    for att in seated.ctx.attendees.values():
        assert att.person.surname in flat
    assert "М.И." in flat
    assert len(drawing.names()) >= count
    assert "Вход" in text  # the entrance is marked
    assert "Свердловская область" in text and "Республика Казахстан" in text  # the legend


def test_png_is_at_least_200_dpi_and_a4_landscape_proportioned(demo_db):
    db, event_id = demo_db
    seated = auto_plan(db, event_id, "negotiation")
    drawing = PlanDrawing(seated.plan, seated.ctx, "en")
    image = Image.open(io.BytesIO(drawing.to_png(200)))
    width_mm, height_mm = drawing.size_mm()
    assert image.size[0] >= width_mm / 25.4 * 200 - 1
    assert abs(image.size[0] / image.size[1] - width_mm / height_mm) < 0.01
    assert image.getextrema() != ((255, 255), (255, 255), (255, 255))  # something is drawn
    assert "Russkikh" in " ".join(drawing.names())  # English plan: passport spelling


def test_diagrams_for_the_pack_and_the_signing_graphic(demo_db, tmp_path):
    db, event_id = demo_db
    shown = diagrams(db, event_id, "ru")
    assert [caption.split(":")[0] for caption, _ in shown] == [
        "Рассадка на переговорах",
        "Церемония подписания",
    ]
    save(db, auto_plan(db, event_id, "banquet"))
    assert [c for c, _ in diagrams(db, event_id, "en")] == ["Seating at the banquet"]  # saved plans only
    agreement = list_agreements(db, event_id)[1]
    graphic = signing_graphic(db, agreement.id, "ru")
    text = _pdf_text([("Подписание", graphic)], events.get_event(db, event_id), tmp_path)
    for party in agreement.parties:
        surname = graphic.ctx.attendees[party.signatory_id].person.surname
        assert surname in text


def test_no_character_is_left_without_a_glyph(demo_db):
    from protocol_app.documents import glyphs
    from protocol_app.seating.place_cards import card_shapes
    from protocol_app.seating.shapes import Text

    db, event_id = demo_db
    shapes = []
    for layout in ("negotiation", "signing", "banquet"):
        seated = auto_plan(db, event_id, layout)
        for lang in ("ru", "en"):
            shapes += PlanDrawing(seated.plan, seated.ctx, lang).shapes
    seated = auto_plan(db, event_id, "negotiation")
    shapes += card_shapes(seated, seated.ctx.head("guest"), "G0")
    for text in (s for s in shapes if isinstance(s, Text)):
        printed = "".join(piece for piece, _ in glyphs.font_runs(text.text, "PTSans", text.bold))
        assert printed.count("?") == text.text.count("?"), text.text
