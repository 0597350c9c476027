"""The text of each original, with the alternat running through it: the title, the preamble and the signature
blocks name the keeping party first (docs/PROTOCOL.md section 5), in every language of the agreement.

A title that names the parties («... между ОАО «Гомсельмаш» и ООО «Полесье ДГ»») has them reordered for each
original; a title that does not (the usual standard title) stays as it is. A party without a signatory keeps
its place with the gap shown, never left out. A language the papers do not write (Belarusian, Kazakh, ...)
has its heading and a mark that the party supplies its text, never a copy of the Russian.
"""

from __future__ import annotations

import re
from dataclasses import replace

from protocol_app.documents.model import Block, Cell, CellLike, Column, Heading, Paragraph, Run, Table
from protocol_app.languages import WRITTEN, in_language
from protocol_app.model import Agreement
from protocol_app.signing import cases, words
from protocol_app.signing.alternat import Original, originals
from protocol_app.signing.plan import PartyLine, SigningPlan
from protocol_app.words import PAPER_WORDS

_BETWEEN = re.compile(r"(?<!\w)(между|between)\s+", re.IGNORECASE)
# Where one party's name ends and the next begins: a comma or «и» / "and" outside quotes.
_JOINS = re.compile(r"\s*,\s*(?:и\s+|and\s+)?|\s+(?:и|and)\s+", re.IGNORECASE)
_QUOTES = {"«": "»", '"': '"', "“": "”", "„": "“"}

W: dict[str, tuple[str, str]] = PAPER_WORDS["originals"]


def _w(key: str, lang: str) -> str:
    ru, en = W[key]
    return en if lang == "en" else ru


def original_title(agreement: Agreement, parties: list[PartyLine], lang: str) -> str:
    """The title of an original in ``lang`` with the parties it names in the original's order: each stored
    title reordered first, then given as every paper gives it (``words.title``), so that an English title
    transliterated from the Russian names the parties in the same order as the Russian."""
    ru = alternat_title(agreement.title, parties, "ru")
    en = alternat_title(agreement.title_en, parties, "en") if agreement.title_en.strip() else ""
    return words.title(replace(agreement, title=ru, title_en=en), lang)


def alternat_title(title: str, parties: list[PartyLine], lang: str) -> str:
    """The title with the parties it names («между A и B») in the order of ``parties`` (the keeper first);
    the title as it is when it names no parties, or not all of them recognisably."""
    match = _BETWEEN.search(title)
    if match is None or len(parties) < 2:
        return title
    tail = title[match.end() :]
    segments = _split_names(tail)
    if len(segments) != len(parties):
        return title
    order: list[str] = []
    for line in parties:
        fitting = [s for s in segments if line.organisation and _names(s, line, lang)]
        if len(fitting) != 1 or fitting[0] in order:
            return title
        order.append(fitting[0])
    join = " and " if lang == "en" else " и "
    text = join.join(order) if len(order) == 2 else ", ".join(order[:-1]) + join + order[-1]
    return title[: match.end()] + text


def _split_names(text: str) -> list[str]:
    """The names a «между ...» tail lists, split at commas and «и» outside quotes."""
    parts: list[str] = []
    start, closing, i = 0, "", 0
    while i < len(text):
        ch = text[i]
        if closing:
            closing = "" if ch == closing else closing
        elif ch in _QUOTES:
            closing = _QUOTES[ch]
        else:
            join = _JOINS.match(text, i)
            if join and join.end() > i and i > start:
                parts.append(text[start:i])
                start = i = join.end()
                continue
        i += 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip()]


def _names(segment: str, line: PartyLine, lang: str) -> bool:
    org = line.organisation
    assert org is not None
    return any(words.names_body(segment, org, code) for code in dict.fromkeys((lang, "ru", "en")))


def _party_text(line: PartyLine, lang: str) -> str:
    """«ПАО «Ростсельмаш» (подписант — Генеральный директор Дмитрий Сергеевич Волков)»."""
    org = words.organisation(line.organisation, lang) or "—"
    if line.signatory is None:
        said = [f"[{words.no_signatory(lang)}]"]
    else:
        position = words.position(line.signatory, lang)
        name = words.name(line.signatory, lang)
        who = f"{name}, {position}" if lang == "en" and position else f"{position} {name}".strip()
        said = [_w("signed_by", lang).format(who=who)]
    if line.party.power_of_attorney:
        said.append(_w("power", lang).format(text=line.party.power_of_attorney))
    return f"{org} ({'; '.join(said)})"


def preamble(parties: list[PartyLine], lang: str, title: str = "") -> str:
    """The opening sentence naming the parties in the original's order, and in Russian the kind of
    document its ``title`` tells («заключили настоящий меморандум»; «настоящее соглашение» when it does not
    tell)."""
    named = [_party_text(p, lang) for p in parties]
    if len(named) == 2:
        joined = f"{named[0]}, {_w('one_part', lang)}, {'and' if lang == 'en' else 'и'} {named[1]}, " + _w(
            "other_part", lang
        )
    else:
        joined = ", ".join(named[:-1]) + (" and " if lang == "en" else " и ") + named[-1] if named else ""
    kind = (cases.document_accusative(title) if lang == "ru" else None) or _w("kind", lang)
    return f"{joined}, {_w('agreed', lang).format(kind=kind)}"


def signature_table(parties: list[PartyLine], lang: str) -> Table:
    """The signature blocks left to right: the keeper's first; a missing signatory's gap shown. In Russian
    the organisation follows «За» in the accusative («За Китайскую ... корпорацию»)."""
    cells: list[CellLike | None] = []
    for line in parties:
        org = words.organisation(line.organisation, lang)
        org = cases.organisation_accusative(org) if lang == "ru" else org
        lines = [Paragraph(Run(f"{_w('for', lang)} {org}", bold=True))]
        if line.signatory is None:
            lines.append(Paragraph(Run(f"[{words.no_signatory(lang)}]", italic=True)))
        else:
            lines.append(Paragraph(words.position(line.signatory, lang)))
        lines.append(Paragraph("_______________________"))
        if line.signatory is not None:
            lines.append(Paragraph(words.name(line.signatory, lang)))
        cells.append(Cell(lines))
    columns = [Column("", 1.0) for _ in parties]
    return Table(columns, [cells], header=False)


def _text_in(code: str, langs: list[str]) -> str:
    """The heading of an original's text in language ``code``, in the paper's languages: «Текст на
    белорусском языке / Text in Belarusian»."""
    texts = (_w("text_in", lang).format(language=in_language(code, lang)) for lang in langs)
    return " / ".join(dict.fromkeys(texts))


def original_blocks(original: Original, langs: list[str]) -> list[Block]:
    """One original: in each of the agreement's languages, its title, preamble and signature blocks, each
    language under its heading when there are several; a language the papers do not write (``WRITTEN``)
    shows its place marked as the party's to supply, never a copy of another. Headings and marks are in the
    paper's ``langs``."""
    heads = (
        _w("original", lang).format(
            label=original.label, keeper=words.organisation(original.keeper.organisation, lang, short=True)
        )
        for lang in langs
    )
    blocks: list[Block] = [Heading(" / ".join(heads), 2, toc=False)]
    for lang in original.languages:
        if len(original.languages) > 1 or lang not in WRITTEN:
            blocks.append(Heading(_text_in(lang, langs), 3, toc=False))
        if lang not in WRITTEN:
            marks = dict.fromkeys(_w("to_supply", paper) for paper in langs)  # English under the Russian
            blocks += [Paragraph(Run(m, bold=n == 0, italic=True)) for n, m in enumerate(marks)]
            continue
        title = original_title(original.item.agreement, original.parties, lang)
        blocks.append(Paragraph(Run(title, bold=True), align="center"))
        blocks.append(Paragraph(preamble(original.parties, lang, title)))
        blocks.append(signature_table(original.parties, lang))
    return blocks


def originals_blocks(plan: SigningPlan, langs: list[str]) -> list[Block]:
    """Every original's text, in signing order (the section of the signing papers)."""
    blocks: list[Block] = [Heading(" / ".join(_w("heading", lang) for lang in langs), 1)]
    for item in plan.items:
        for original in originals(item):
            blocks += original_blocks(original, langs)
    return blocks
