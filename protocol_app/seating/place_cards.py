"""Place cards (tent cards): one A4 sheet per card, folded across the middle into a tent.

Both faces carry the name, large, with the side's name under it. The face turned to the others is in a
language they read, the face turned to the card's owner in his or her own (docs/PROTOCOL.md 4 and 4b): a
delegation reads Russian or, being foreign, English (the working language; the papers write no other). A
foreign name in English is the passport Latin spelling (``name_forms``); a Russian face shows a name written
in Han or Arabic letters in its Cyrillic form when stored, else in those Latin letters; the owner's own face
shows it in his or her own script. The upper half is printed upside down, so that after folding both faces
stand upright.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from protocol_app.errors import UserError
from protocol_app.fonts import PDF_FONTS
from protocol_app.model import Attendee, NewPerson
from protocol_app.name_forms import (
    Form,
    attendee_country,
    attendee_name,
    latin_parts,
    person_name,
    takes_initials,
)
from protocol_app.names import in_cyrillic_or_latin
from protocol_app.outputs import write_output
from protocol_app.seating.geometry import END, SEAT
from protocol_app.seating.plans import SeatedPlan
from protocol_app.seating.shapes import Line, Shape, Text, render_pdf, text_width
from protocol_app.words import pick, said, word

PAGE_W, PAGE_H = 210.0, 297.0
MARGIN = 14.0
LARGE = 40.0  # points: a name in smaller letters on one line is broken into two


def card_languages(seated: SeatedPlan, aid: int) -> tuple[str, str]:
    """(language of the face the others read, language of the face the owner reads): "ru" or "en".

    The outer face is Russian when every other delegation reads Russian, else English: a foreign
    delegation's language (its people's, else its country's) is written in English, the working language
    of talks with foreigners and of a multilateral event. The inner face is in the owner's language."""
    ctx = seated.ctx
    own = ctx.side_id(aid)
    others = [d.id for d in ctx.delegations() if d.id != own]
    outer = all(ctx.delegation_reads_russian(side_id) for side_id in others)
    return ("ru" if outer else "en"), ("ru" if ctx.reads_russian(aid) else "en")


def face_lines(att: Attendee, lang: str, own: bool = False) -> tuple[list[str], str]:
    """The name lines and the side line of one face in ``lang``; ``own``: the face the owner reads, which
    shows a name written in another script (Han, Arabic) as its owner writes it."""
    person = att.person
    country = attendee_country(att)
    native = _native_script(person)
    if lang == "en":
        if own and native:  # the stored name, in its own script (a stored Cyrillic form left aside)
            lines = [person_name(replace(person, name_cyrillic=""), "ru", Form.CARD, country)]
        else:
            lines = _latin_lines(person, country)
        return lines, pick("en", att.side.name, att.side.name_en)
    if native and not person.name_cyrillic.strip():  # a Russian reader reads the passport's Latin letters
        lines = _latin_lines(replace(person, honorific=""), country)
    elif takes_initials(person, country) and not person.name_cyrillic:
        rest = " ".join(p for p in (person.given_name, person.patronymic) if p)
        lines = [person.surname, rest] if rest else [person.surname]
    else:
        lines = [attendee_name(att, "ru", Form.CARD)]
    return lines, att.side.name


def _latin_lines(person: NewPerson, country: str) -> list[str]:
    """The passport's Latin name on one line; one too long for ``LARGE`` letters with its surname apart,
    first, as a Russian card puts it: "Krishnamurthy" / "Venkataraman Subramaniam"."""
    full = person_name(person, "en", Form.CARD, country)
    if text_width(full, LARGE, True) <= PAGE_W - 2 * MARGIN:
        return [full]
    surname = latin_parts(person, country)[0]
    for cut in dict.fromkeys((surname.upper(), surname)):
        if cut and full.endswith(f" {cut}"):
            return [cut, full[: -len(cut)].strip()]
        if cut and full.startswith(f"{cut} "):
            return [cut, full[len(cut) :].strip()]
    return [full]


def _native_script(person: NewPerson) -> bool:
    """True for a name stored in a script other than Cyrillic and Latin (Han, Arabic, ...)."""
    return not in_cyrillic_or_latin(person.surname + person.given_name)


def card_shapes(seated: SeatedPlan, aid: int, seat_id: str) -> list[Shape]:
    """The shapes of one card's sheet: the outer face below the fold, the inner face above it, upside down."""
    att = seated.ctx.attendees[aid]
    outer, inner = card_languages(seated, aid)
    half = PAGE_H / 2
    shapes: list[Shape] = [Line([(6, half), (PAGE_W - 6, half)], "#999999", 0.3)]
    fold = " · ".join(dict.fromkeys(word("card_fold", lang) for lang in (inner, outer)))
    shapes.append(Text(PAGE_W - 8, half + 1.5, f"— — {fold} — —", 6, False, "end", "#999999", angle=180))
    for lang, upside_down, face in ((outer, False, "card_outer"), (inner, True, "card_inner")):
        shapes += _face(att, lang, face == "card_inner", upside_down, f"{word(face, lang)} · {seat_id}")
    return shapes


def _face(att: Attendee, lang: str, own: bool, upside_down: bool, hint: str) -> list[Text]:
    lines, side = face_lines(att, lang, own)
    room = PAGE_W - 2 * MARGIN
    size = 60.0
    widest = max(text_width(line, size, True) for line in lines)
    if widest > room:
        size = size * room / widest
    small = min(22.0, size * 0.45)
    if text_width(side, small) > room:
        small *= room / text_width(side, small)
    step = size * 0.42
    block = step * len(lines) + small * 0.6
    centre = PAGE_H / 4  # the middle of the lower half
    first = centre + block / 2 - size * 0.3
    out: list[Text] = []
    for i, line in enumerate(lines):
        out.append(Text(PAGE_W / 2, first - i * step, line, size if i == 0 else size * 0.7, True, "middle",
                        "#111111", role="name"))  # fmt: skip
    out.append(
        Text(PAGE_W / 2, first - len(lines) * step - small * 0.25, side, small, False, "middle", "#444444")
    )
    out.append(Text(MARGIN, 8, hint, 6, False, "start", "#aaaaaa"))
    if upside_down:
        for shape in out:
            shape.x, shape.y = PAGE_W - shape.x, PAGE_H - shape.y
            shape.angle = 180
    return out


def card_seats(seated: SeatedPlan) -> list[tuple[str, int]]:
    """(seat id, attendee) of everyone who gets a card: people at tables and in rows, in plan order."""
    return [
        (s.id, s.attendee_id)
        for s in seated.plan.seats()
        if s.kind in (SEAT, END) and s.attendee_id in seated.ctx.attendees
    ]


def write_place_cards(seated: SeatedPlan, path: Path) -> int:
    """Write one A4 page per card to ``path`` (PDF); returns the number of cards."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    if path.suffix.lower() != ".pdf":
        raise UserError(said("cards_pdf_only", name=path.name), file=str(path))
    cards = card_seats(seated)
    if not cards:
        raise UserError(said("nobody_seated"))

    def write(partial: Path) -> None:
        canvas = Canvas(str(partial), pagesize=A4)
        canvas.setTitle(f"Place cards — {seated.ctx.event.title}")
        canvas.setAuthor("Protocol Desk")
        for seat_id, aid in cards:
            render_pdf(card_shapes(seated, aid, seat_id), canvas, 0, 0, A4[0], A4[1], (PAGE_W, PAGE_H))
            canvas.showPage()
        with PDF_FONTS:  # the fonts embedded one PDF at a time (fonts.PDF_FONTS)
            canvas.save()

    write_output(path, write)
    return len(cards)
