"""The briefing pack as one document: the sections in their fixed order, numbered, each on a new page.

``build_pack`` reads the store and returns a ``Document``; ``write_pack`` renders it as PDF or DOCX. Sections
can be chosen; a section with nothing to say (no programme, no agreements, no seating module) is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from sqlite_utils import Database

from protocol_app.documents import FORMATS, render
from protocol_app.documents.model import Block, Document, Heading, PageBreak, TableOfContents
from protocol_app.errors import UserError
from protocol_app.formatting import date_range
from protocol_app.outputs import chosen_format
from protocol_app.pack import sections, sources
from protocol_app.pack.context import PackContext
from protocol_app.pack.people import participants
from protocol_app.words import Lang, pick, said, w

SECTIONS: dict[str, Callable[[PackContext], list[Block]]] = {
    "cover": sections.cover,
    "contents": sections.contents,
    "purpose": sections.purpose,
    "programme": sections.programme,
    "participants": participants,
    "seating": sources.seating,
    "signing": sources.signing,
    "contacts": sections.contacts,
}
FRONT = ("cover", "contents")  # not numbered, and they end with their own page break


def parse_sections(value: str | Iterable[str] | None) -> list[str]:
    """The chosen sections in the pack's order; ``None`` or empty means all. Unknown names are refused."""
    if value is None:
        return list(SECTIONS)
    names = [n.strip().lower() for n in (value.split(",") if isinstance(value, str) else value) if n.strip()]
    unknown = [n for n in names if n not in SECTIONS]
    if unknown:
        raise UserError(said("unknown_section", name=unknown[0], sections=", ".join(SECTIONS)))
    return [n for n in SECTIONS if n in names] or list(SECTIONS)


def build_pack(
    db: Database, event_id: int, lang: str = "ru", sections: str | Iterable[str] | None = None
) -> Document:
    """The briefing pack of an event in ``lang`` ("ru", "en" or "ru+en") with the chosen ``sections``."""
    langs = Lang.parse(lang).langs
    chosen = parse_sections(sections)
    ctx = PackContext.load(db, event_id, langs)
    event = ctx.event
    doc = Document(
        title=f"{w('pack', langs)}: {pick(langs[0], event.title, event.title_en)}",
        lang=ctx.lang,
        header=f"{pick(langs[0], event.title, event.title_en)} · {date_range(event.date, event.end_date, langs[0])}",
        footer=w("pack", langs),
        header_on_first_page="cover" not in chosen,
    )
    number = 0
    for name in chosen:
        blocks = SECTIONS[name](ctx)
        if not blocks:
            continue
        if name not in FRONT:
            number += 1
            _number_first_heading(blocks, number)
            blocks = [PageBreak(), *blocks]
        doc.blocks.extend(blocks)
    if number == 0:  # contents of nothing
        doc.blocks = [b for b in doc.blocks if not isinstance(b, TableOfContents)]
    doc.blocks = _merge_page_breaks(doc.blocks)
    first = doc.blocks[0] if doc.blocks else None
    if isinstance(first, PageBreak):  # a pack that opens on a landscape page
        doc.blocks.pop(0)
        doc.orientation = first.orientation or doc.orientation
    return doc


def write_pack(
    db: Database,
    event_id: int,
    path: Path,
    fmt: str | None = None,
    lang: str = "ru",
    sections: str | Iterable[str] | None = None,
    template: Path | None = None,
) -> Path:
    """Build the pack and write it to ``path`` as PDF or DOCX (``fmt``, else the file's suffix)."""
    path = Path(path)
    fmt = chosen_format(path, fmt, FORMATS)
    if path.suffix.lower() in {f".{f}" for f in FORMATS} and path.suffix.lower() != f".{fmt}":
        raise UserError(said("suffix_not_format", suffix=path.suffix, fmt=fmt), file=str(path))
    doc = build_pack(db, event_id, lang, sections)
    if not doc.blocks:
        raise UserError(said("empty_pack"))
    return render(doc, path, template, fmt=fmt)


def _number_first_heading(blocks: list[Block], number: int) -> None:
    for block in blocks:
        if isinstance(block, Heading) and block.level == 1:
            block.text = f"{number}. {block.text}"
            return


def _merge_page_breaks(blocks: list[Block]) -> list[Block]:
    """One page break where several meet (keeping the last orientation asked); none at the very start or end."""
    out: list[Block] = []
    for block in blocks:
        previous = out[-1] if out else None
        if isinstance(block, PageBreak) and (previous is None or isinstance(previous, PageBreak)):
            if isinstance(previous, PageBreak):
                out.pop()
                block = PageBreak(block.orientation or previous.orientation)
            elif block.orientation is None:
                continue
        out.append(block)
    while out and isinstance(out[-1], PageBreak):
        out.pop()
    return out
