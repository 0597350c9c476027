"""The participants section: each side's delegation by precedence, with biographies and photos when stored."""

from __future__ import annotations

from protocol_app.documents.bilingual import both
from protocol_app.documents.model import Block, Cell, CellLike, Column, Figure, Heading, Paragraph, Run, Table
from protocol_app.model import Attendee, Role, Status
from protocol_app.name_forms import Form, attendee_name
from protocol_app.pack.context import PackContext
from protocol_app.signing import words as names
from protocol_app.words import joined, label, w

PHOTO_WIDTH_MM = 35


def participants(ctx: PackContext) -> list[Block]:
    """A table per side (host side first): №, name (Surname Name Patronymic), position and organisation."""
    langs = ctx.langs
    if not ctx.attendees:
        return []
    blocks: list[Block] = [Heading(w("participants", langs))]
    columns = [
        Column(w("no", langs), 0.5, "right"),
        Column(w("name", langs), 2.6),
        Column(w("position", langs), 4.4),
    ]
    for side, people in ctx.by_side:
        blocks.append(Heading(joined(langs, side.name, side.name_en), 2))
        rows: list[list[CellLike | None]] = [
            [str(n), Cell(_name(a, langs)), Cell(_position(a, langs))] for n, a in enumerate(people, 1)
        ]
        blocks.append(Table(columns, rows))
        blocks += _biographies(people, langs)
    return blocks


def _name(attendee: Attendee, langs: list[str]) -> list[Run]:
    runs = both(langs, attendee_name(attendee, "ru", Form.LIST), attendee_name(attendee, "en", Form.LIST))
    if runs:
        runs[0].bold = attendee.participant.role == Role.PRINCIPAL.value
    return runs


def _position(attendee: Attendee, langs: list[str]) -> list[Run]:
    runs = both(langs, names.position_at(attendee, None, "ru"), names.position_at(attendee, None, "en"))
    role = attendee.participant.role
    notes = []
    if role not in (Role.MEMBER.value, Role.PRINCIPAL.value, Role.SIGNATORY.value):
        notes.append(" / ".join(dict.fromkeys(label("role", role, lang) for lang in langs)))
    if attendee.participant.status == Status.TENTATIVE.value:
        notes.append(w("tentative", langs))
    if notes:
        runs.append(Run(("\n" if runs else "") + "; ".join(notes), italic=True))
    return runs


def _biographies(people: list[Attendee], langs: list[str]) -> list[Block]:
    known = [
        a for a in people if a.person.biography.strip() or a.person.biography_en.strip() or a.person.photo
    ]
    if not known:
        return []
    blocks: list[Block] = [Heading(w("biographies", langs), 3, toc=False)]
    for attendee in known:
        person = attendee.person
        title = " / ".join(dict.fromkeys(attendee_name(attendee, lang, Form.TEXT) for lang in langs))
        blocks.append(Heading(title, 3, toc=False))
        if person.photo:
            blocks.append(Figure(image=person.photo, width_mm=PHOTO_WIDTH_MM))
        position = both(
            langs, names.position_at(attendee, None, "ru"), names.position_at(attendee, None, "en")
        )
        if position:
            blocks.append(Paragraph(position, style="note"))
        biography = both(langs, person.biography.strip(), person.biography_en.strip())
        for run in biography:  # one paragraph per language, English below
            blocks.append(Paragraph(Run(run.text.lstrip("\n"), italic=run.italic)))
    return blocks
