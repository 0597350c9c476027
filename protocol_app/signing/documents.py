"""The signing papers as one document of the document model: order, problems, script, originals, folders.

Built from a ``SigningPlan`` in Russian, English or both (``langs``); the DOCX and PDF writers render it.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import Any

from protocol_app.documents.model import (
    Align,
    Block,
    BulletList,
    Cell,
    CellLike,
    Column,
    Document,
    Heading,
    PageBreak,
    Paragraph,
    Run,
    Table,
)
from protocol_app.formatting import long_date
from protocol_app.signing import words
from protocol_app.signing.alternat import Original, folders_by_side, originals
from protocol_app.signing.originals import originals_blocks
from protocol_app.signing.plan import Item, PartyLine, SigningPlan
from protocol_app.signing.script import script, slot_time
from protocol_app.signing.timing import format_time
from protocol_app.words import PAPER_WORDS, label
from protocol_app.words import w as words_of

# Words of the papers: key -> (ru, en)
W: dict[str, tuple[str, str]] = PAPER_WORDS["signing"]


def w(key: str, langs: list[str], sep: str = " / ") -> str:
    """The words of ``key`` (the signing papers' own) in the document's languages, joined for a bilingual
    paper (``protocol_app.words.w``)."""
    return words_of(key, langs, sep, W)


def _columns(langs: list[str], *specs: tuple[Any, ...]) -> list[Column]:
    """Columns titled in the paper's languages, each given as the arguments of ``_column``."""
    return [_column(langs, *spec) for spec in specs]


def _column(langs: list[str], key: str, width: float, align: Align = "left", sep: str = " / ") -> Column:
    """A column titled by the words of ``key`` in the paper's languages (``sep`` between them)."""
    return Column(w(key, langs, sep), width, align)


def _paras(texts: list[str], style: str = "small") -> list[Paragraph]:
    return [Paragraph(t, style=style) for t in texts if t]


def _each(langs: list[str], fn: Callable[[str], str]) -> list[str]:
    """One text per language (the second language set in the next paragraph of a cell)."""
    texts = [fn(lang) for lang in langs]
    return texts if len(set(texts)) > 1 else texts[:1]


def _bilingual(texts: list[str], style: str = "small") -> list[Paragraph]:
    """The first language plain, the second in italics, each its own paragraph."""
    return [Paragraph(Run(t, italic=n > 0), style=style) for n, t in enumerate(texts) if t]


def _signatory(line: PartyLine, lang: str) -> str:
    if line.signatory is None:
        return f"[{words.no_signatory(lang)}]"
    pos = words.position(line.signatory, lang)
    return f"{words.name(line.signatory, lang, 'list')}" + (f", {pos}" if pos else "")


def order_table(plan: SigningPlan, langs: list[str], with_originals: bool = True) -> Table:
    """The signing order: time, №, title, parties, signatories, originals.

    Widths hold "10:50–10:53" and a long word of an organisation's name on one line on portrait A4 too
    (the briefing pack), so no word is broken inside.
    """
    columns = _columns(
        langs,
        ("time", 2.1),
        ("no", 0.7, "center"),
        ("agreement", 3.8),
        ("parties", 4.7),
        ("signatories", 4.2),
    )
    if with_originals:
        columns += _columns(langs, ("originals", 1.0, "center", " "))
    common = {a.id for a in common_witnesses(plan)}
    rows: list[list] = []
    if plan.opening:
        rows.append([slot_time(plan.opening), "", Cell(w("opening", langs), colspan=len(columns) - 2), None])
        rows[-1] += [None] * (len(columns) - len(rows[-1]))
    for item in plan.items:
        agr = item.agreement
        title = _bilingual(_each(langs, partial(words.title, agr)))
        level = ", ".join(label("level", agr.level, lang) for lang in langs)
        title.append(Paragraph(Run(level, italic=True), style="small"))
        extra = [a for a in item.witnesses if a.id not in common]
        for lang in langs if extra else []:
            names = "; ".join(words.name(a, lang, "list") for a in extra)
            title.append(Paragraph(f"{W['witnesses'][1 if lang == 'en' else 0]}: {names}", style="small"))
        if with_originals:
            title += too_few_originals(item, langs)
        parties = [
            para
            for p in item.parties
            for para in _bilingual(_each(langs, partial(words.organisation, p.organisation)))
        ]
        signers = [para for p in item.parties for para in _bilingual(_each(langs, partial(_signatory, p)))]
        row = [
            slot_time(item.slot) or "—",
            Cell(str(item.order), align="center"),
            Cell(title),
            Cell(parties),
            Cell(signers),
        ]
        if with_originals:
            row.append(originals_cell(item))
        rows.append(row)
    if plan.closing:
        rows.append([slot_time(plan.closing), "", Cell(w("closing", langs), colspan=len(columns) - 2)])
        rows[-1] += [None] * (len(columns) - len(rows[-1]))
    return Table(columns, rows, zebra=True)


def originals_cell(item: Item) -> Cell:
    """The number of originals to prepare: one per party at least, as the alternat needs (the same number
    as the originals list); marked «2*» when the agreement stores fewer (``too_few_originals`` says so)."""
    prepared = len(originals(item))
    return Cell(f"{prepared}*" if item.agreement.originals < prepared else str(prepared), align="center")


def too_few_originals(item: Item, langs: list[str]) -> list[Paragraph]:
    """Under the title, when the agreement stores fewer originals than it has parties: how many are
    stored and how many are prepared (the footnote of «2*» in the originals column)."""
    stored, prepared = item.agreement.originals, len(originals(item))
    if stored >= prepared:
        return []
    texts = [w("stored_originals", [lang]).format(n=stored, count=prepared) for lang in langs]
    return [Paragraph(Run(t, italic=True), style="small") for t in texts]


def summary_blocks(plan: SigningPlan, langs: list[str]) -> list[Block]:
    """Where and when, and who is present (the witnesses common to the ceremony)."""
    event = plan.event
    lines: list[Block] = []
    for lang in langs:
        title = event.title_en if lang == "en" and event.title_en else event.title
        venue = event.venue_en if lang == "en" and event.venue_en else event.venue
        when = long_date(event.date, lang)
        if plan.timetable:
            when += f", {format_time(plan.timetable.start)}–{format_time(plan.timetable.end)}"
        else:
            when += f" ({W['no_time'][1 if lang == 'en' else 0]})"
        lines.append(Paragraph(Run(title, bold=True), style="body", align="center"))
        lines.append(Paragraph(", ".join(p for p in (when, venue) if p), style="note", align="center"))
    return lines


def problem_blocks(plan: SigningPlan, langs: list[str]) -> list[Block]:
    """The problems in words, or a line saying there are none."""
    blocks: list[Block] = [Heading(w("problems", langs), 1)]
    if not plan.problems:
        return [*blocks, Paragraph(w("no_problems", langs, " "))]
    items: list = []
    for problem in plan.problems:
        texts = _each(langs, problem.text)
        items.append([Run(texts[0], bold=True), *(Run(" / " + t) for t in texts[1:])])
    return [*blocks, BulletList(items)]


def script_blocks(plan: SigningPlan, langs: list[str]) -> list[Block]:
    """The announcer's script: each step with its time, the words in each language."""
    blocks: list[Block] = [Heading(w("script", langs), 1)]
    per_lang = {lang: script(plan, lang) for lang in langs}
    for step in range(len(per_lang[langs[0]])):
        first = per_lang[langs[0]][step]
        head = f"№ {first.order}" if first.order else ""
        if first.time:
            head = f"{head} · {first.time}" if head else first.time
        if head:
            blocks.append(Heading(head, 3, toc=False))
        for n, lang in enumerate(langs):
            entry = per_lang[lang][step]
            for line in entry.lines:
                blocks.append(Paragraph(Run(line, italic=n > 0)))
    return blocks


def _blocks_order(original: Original, lang: str) -> str:
    return " | ".join(
        f"{words.organisation(p.organisation, lang, short=True)}"
        + (
            f" ({words.name(p.signatory, lang, 'short')})"
            if p.signatory
            else f" [{words.no_signatory(lang)}]"
        )
        for p in original.parties
    )


def alternat_blocks(plan: SigningPlan, langs: list[str]) -> list[Block]:
    """Every original to prepare: number, which party keeps it, language, signature blocks in order."""
    blocks: list[Block] = [
        Heading(w("alternat", langs), 1),
        Paragraph(w("alternat_note", langs, " "), "note"),
    ]
    columns = _columns(
        langs,
        ("no", 0.8, "center"),
        ("agreement", 3.0),
        ("keeper", 2.6),
        ("language", 0.8, "center"),
        ("blocks", 4.0),
    )
    rows: list[list] = []
    for item in plan.items:
        for original in originals(item):
            title = words.title(item.agreement, langs[0])
            rows.append(
                [
                    Cell(original.label, align="center"),
                    Cell(_paras([title])),
                    Cell(
                        _paras(
                            _each(
                                langs,
                                partial(words.organisation, original.keeper.organisation, short=True),
                            )
                        )
                    ),
                    Cell(original.language, align="center"),
                    Cell(_paras(_each(langs, partial(_blocks_order, original)))),
                ]
            )
    return [*blocks, Table(columns, rows, zebra=True)]


def folder_blocks(plan: SigningPlan, langs: list[str]) -> list[Block]:
    """The folder checklist per side, in signing order."""
    blocks: list[Block] = [Heading(w("folders", langs), 1), Paragraph(w("folders_note", langs, " "), "note")]
    for side, group in folders_by_side(plan):
        name = " / ".join(_each(langs, partial(words.side, side))) if side else "—"
        blocks.append(Heading(name, 2, toc=False))
        columns = _columns(
            langs,
            ("no", 0.6, "center"),
            ("time", 1.2),
            ("folder_of", 3.6),
            ("chair", 0.8, "center"),
            ("in_folder", 2.4),
            ("done", 0.9, "center", " "),
        )
        rows: list[list[CellLike | None]] = []
        for folder in group:
            who = _each(langs, partial(_signatory, folder.party))
            org = words.organisation(folder.party.organisation, langs[0], short=True)
            kept = ", ".join(f"{o.label} ({o.language})" for o in folder.originals) or "—"
            rows.append(
                [
                    Cell(str(folder.item.order), align="center"),
                    slot_time(folder.item.slot) or "—",
                    Cell(_paras([*who, org])),
                    Cell(_chair_name(folder.party, len(folder.item.parties), langs[0]), align="center"),
                    kept,
                    "",
                ]
            )
        blocks.append(Table(columns, rows, zebra=True))
    return blocks


def _chair_name(line: PartyLine, count: int, lang: str) -> str:
    if count == 2:
        return (("слева", "справа") if lang == "ru" else ("left", "right"))[line.place]
    return str(line.place + 1)


def signing_document(plan: SigningPlan, langs: list[str], diagrams: list[Block] | None = None) -> Document:
    """The signing papers: problems, order, script, originals, folders, and the table ``diagrams``
    (blocks from ``diagrams.diagram_blocks``, which needs the store)."""
    event = plan.event
    doc = Document(
        title=w("title", langs),
        lang=langs[0],
        header=" / ".join(
            _each(langs, lambda lang: event.title_en if lang == "en" and event.title_en else event.title)
        ),
        footer=w("title", langs),
        orientation="landscape",
    )
    doc.add(*(Paragraph(W["title"][1 if lang == "en" else 0], "subtitle", "center") for lang in langs))
    doc.add(*summary_blocks(plan, langs), *witness_blocks(plan, langs))
    if not plan.items:
        return doc.add(Heading(w("order", langs), 1), Paragraph(w("none", langs, " ")))
    doc.add(*problem_blocks(plan, langs))
    doc.add(PageBreak(), Heading(w("order", langs), 1), order_table(plan, langs))
    doc.add(PageBreak(), *script_blocks(plan, langs))
    doc.add(PageBreak(), *alternat_blocks(plan, langs))
    doc.add(PageBreak(), *folder_blocks(plan, langs))
    doc.add(PageBreak(), *originals_blocks(plan, langs))
    if diagrams:
        doc.add(PageBreak(), *diagrams)
    return doc


def witness_blocks(plan: SigningPlan, langs: list[str]) -> list[Block]:
    """ "В присутствии: ..." for the witnesses of every signing, one paragraph per language."""
    witnesses = common_witnesses(plan)
    blocks: list[Block] = []
    for lang in langs if witnesses else []:
        text = "; ".join(words.name_with_position(a, None, lang, with_org=False) for a in witnesses)
        label = Run(W["witnesses"][1 if lang == "en" else 0] + ": ", bold=True)
        blocks.append(Paragraph([label, Run(text)]))
    return blocks


def common_witnesses(plan: SigningPlan) -> list:
    """The witnesses present at every signing (named once, under the order table)."""
    if not plan.items:
        return []
    return [
        a for a in plan.items[0].witnesses if all(a.id in {b.id for b in i.witnesses} for i in plan.items)
    ]
