"""The pack's own sections: cover, contents, purpose and points, programme, contacts.

Each returns document blocks, or nothing when the event holds nothing for it (the section is then left out).
Participants are in ``people``; seating and signing come from their modules (``sources``).
"""

from __future__ import annotations

from itertools import zip_longest

from protocol_app.documents.bilingual import both
from protocol_app.documents.model import (
    Block,
    BulletList,
    Cell,
    CellLike,
    Column,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    Spacer,
    Table,
    TableOfContents,
)
from protocol_app.formatting import date_range
from protocol_app.model import Attendee, Side
from protocol_app.name_forms import Form, attendee_name
from protocol_app.pack.context import PackContext
from protocol_app.signing import words as names
from protocol_app.store.programme import list_items
from protocol_app.words import label, pick, w, word

COVER_SIDES = 4  # sides named on the cover with their heads; more are counted


def cover(ctx: PackContext) -> list[Block]:
    """The cover: the pack's name, the event, date and place, and each side with its head of delegation."""
    event, langs = ctx.event, ctx.langs
    blocks: list[Block] = [
        Spacer(18),
        Paragraph(w("pack", langs).upper(), style="subtitle", align="center"),
        Spacer(22),
    ]
    for i, lang in enumerate(langs):
        title = pick(lang, event.title, event.title_en)
        if i and title == pick(langs[0], event.title, event.title_en):
            continue
        blocks.append(
            Paragraph(Run(title, italic=bool(i)), style="title" if not i else "subtitle", align="center")
        )
    blocks.append(Spacer(10))
    when = [date_range(event.date, event.end_date, lang) for lang in langs]
    blocks.append(Paragraph(" / ".join(dict.fromkeys(when)), style="subtitle", align="center"))
    place = [_place(ctx, lang) for lang in langs]
    for i, text in enumerate(dict.fromkeys(p for p in place if p)):
        blocks.append(Paragraph(Run(text, italic=bool(i)), align="center"))
    blocks.append(Spacer(25))
    sides = ctx.by_side
    shown = sides if len(sides) <= COVER_SIDES + 1 else sides[:COVER_SIDES]
    for side, people in shown:
        blocks += _cover_side(side, people, langs)
    if len(shown) < len(sides):  # a multilateral event: the other sides are in the participants section
        more = len(sides) - len(shown)
        counted = " / ".join(f"{word('more_sides', lang)}: {more}" for lang in langs)
        blocks.append(Paragraph(counted, align="center"))
    blocks.append(PageBreak())
    return blocks


def _cover_side(side: Side, people: list[Attendee], langs: list[str]) -> list[Block]:
    blocks: list[Block] = [Paragraph(both(langs, side.name, side.name_en), style="subtitle", align="center")]
    if people:
        head = people[0]
        lines: list[Run] = []
        for i, lang in enumerate(langs):
            text = attendee_name(head, lang, Form.TEXT)
            pos = names.position(head, lang)
            line = f"{text}, {pos}" if pos else text
            if not i or line != lines[0].text.strip():
                lines.append(Run(("\n" if lines else "") + line, italic=bool(i)))
        blocks.append(Paragraph(lines, align="center"))
    blocks.append(Spacer(6))
    return blocks


def contents(ctx: PackContext) -> list[Block]:
    """The contents page."""
    return [TableOfContents(title=w("contents", ctx.langs)), PageBreak()]


def purpose(ctx: PackContext) -> list[Block]:
    """Purpose of the meeting and the points to raise (one per line of the event's ``points``)."""
    event, langs = ctx.event, ctx.langs
    blocks: list[Block] = []
    if event.purpose.strip() or event.purpose_en.strip():
        blocks.append(Paragraph(both(langs, event.purpose.strip(), event.purpose_en.strip())))
    ru_points = [p.strip() for p in event.points.splitlines() if p.strip()]
    en_points = [p.strip() for p in event.points_en.splitlines() if p.strip()]
    if ru_points or en_points:
        items = [both(langs, ru or "", en or "") for ru, en in zip_longest(ru_points, en_points)]
        blocks += [Heading(w("points", langs), level=2), BulletList([i for i in items if i])]
    return [Heading(w("purpose", langs)), *blocks] if blocks else []


def programme(ctx: PackContext) -> list[Block]:
    """The programme and scenario: timed steps, place, who takes part, open or closed to press."""
    langs = ctx.langs
    items = list_items(ctx.db, ctx.event_id)
    if not items:
        return []
    columns = [
        Column(w("time", langs), 1.2),
        Column(w("item", langs), 4.2),
        Column(w("venue", langs), 2.4),
        Column(w("press", langs), 1.6),
    ]
    rows: list[list[CellLike | None]] = []
    for item in items:
        time = f"{item.start}–{item.end}" if item.end else item.start
        what = both(langs, item.title, item.title_en)
        if what:
            what[0].bold = True
        who = both(langs, item.participants, item.participants_en)
        if who:
            what.append(Run("\n" + w("with", langs) + ": "))
            what += [Run(r.text, italic=True) for r in who]
        if item.notes.strip():
            what.append(Run("\n" + item.notes.strip(), italic=True))
        press = both(langs, label("press", item.press, "ru"), label("press", item.press, "en"))
        rows.append([time, Cell(what), Cell(both(langs, item.place, item.place_en)), Cell(press)])
    return [Heading(w("programme", langs)), Table(columns, rows, zebra=True)]


def contacts(ctx: PackContext) -> list[Block]:
    """Contacts and logistics: the event's contacts text and the venue."""
    event, langs = ctx.event, ctx.langs
    blocks: list[Block] = []
    ru_lines = [x.strip() for x in event.contacts.splitlines() if x.strip()]
    en_lines = [x.strip() for x in event.contacts_en.splitlines() if x.strip()]
    for ru, en in zip_longest(ru_lines, en_lines):
        blocks.append(Paragraph(both(langs, ru or "", en or "")))
    if not blocks:
        return []
    places = [p for p in (_place(ctx, lang) for lang in langs) if p]
    if places:
        blocks.append(
            Paragraph([Run(w("place", langs) + ": ", bold=True), *both(langs, places[0], places[-1])])
        )
    return [Heading(w("contacts", langs)), *blocks]


def _place(ctx: PackContext, lang: str) -> str:
    event = ctx.event
    parts = [pick(lang, event.venue, event.venue_en), pick(lang, event.city, event.city_en)]
    return ", ".join(p for p in parts if p)
