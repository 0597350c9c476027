"""The announcer's script: for each signing, the words to read, in Russian and/or English.

Titles, organisations, positions and names are read as stored (names as Name Patronymic Surname), in the
nominative; a name in Han or Arabic letters is read in its Cyrillic form or its Latin spelling
(``words.read_aloud``). Only «в присутствии ...» takes the genitive, and only when ``cases`` can inflect
every witness of every signing with confidence; otherwise every signing has the nominative list, so that the
script reads one way throughout.
"""

from __future__ import annotations

from dataclasses import dataclass

from protocol_app.name_forms import attendee_country
from protocol_app.signing import cases, words
from protocol_app.signing.plan import Item, PartyLine, SigningPlan
from protocol_app.signing.timing import Slot, format_time
from protocol_app.words import PAPER_WORDS

_SLOT_WORDS = PAPER_WORDS["script"]


@dataclass
class ScriptEntry:
    """One step of the script: its number (None for the opening and closing), time, and lines to read."""

    order: int | None
    time: str  # "10:50–10:53", or "" without a start time
    lines: list[str]
    lang: str


def slot_time(slot: Slot | None) -> str:
    return f"{format_time(slot.start)}–{format_time(slot.end)}" if slot else ""


def _join(parts: list[str], lang: str, sep: str) -> str:
    parts = [p for p in parts if p]
    if len(parts) <= 1:
        return "".join(parts)
    last = " и " if lang == "ru" else " and "
    return sep.join(parts[:-1]) + last + parts[-1]


def item_lines(item: Item, lang: str, genitive: bool = True) -> list[str]:
    """The sentences the announcer reads for one signing; ``genitive`` False keeps the Russian witnesses a
    nominative list («В присутствии: Губернатор ...»)."""
    title = words.title(item.agreement, lang)
    orgs = [words.organisation(p.organisation, lang) for p in item.parties]
    signers = [
        words.name_with_position(p.signatory, p.organisation, lang, aloud=True)
        for p in item.parties
        if p.signatory is not None
    ]
    gaps = [_gap(p, lang) for p in item.parties if p.signatory is None]
    witnesses = [words.name_with_position(w, None, lang, with_org=False, aloud=True) for w in item.witnesses]
    if lang == "en":
        lines = [f"The signing of the {title}." if not title.lower().startswith("the ") else f"{title}."]
        if orgs:
            lines.append(f"Parties: {_join(orgs, lang, '; ')}.")
        if signers:
            lines.append(f"Signed by {_join(signers, lang, '; ')}.")
        lines += gaps
        if witnesses:
            lines.append(f"In the presence of {_join(witnesses, lang, '; ')}.")
        return lines
    lines = [f"Подписывается {title}."]
    if orgs:
        lines.append(f"Стороны: {_join(orgs, lang, '; ')}.")
    if signers:
        verb = "подписывает" if len(signers) == 1 else "подписывают"
        lines.append(f"Документ {verb}: {_join(signers, lang, '; ')}.")
    lines += gaps
    spoken = _witnesses_genitive(item) if genitive else None
    if spoken:
        lines.append(f"В присутствии {_join(spoken, lang, ', ')}.")
    elif witnesses:
        lines.append(f"В присутствии: {_join(witnesses, lang, '; ')}.")
    return lines


def _gap(line: PartyLine, lang: str) -> str:
    """The line that marks a party without a signatory: «Сторона «Завод»: подписант не назначен (!).»"""
    org = words.organisation(line.organisation, lang)
    quoted = org if "«" in org or '"' in org else f"«{org}»"  # ООО «Полесье ДГ» has its own quotes
    said = f"Party {org}" if lang == "en" else f"Сторона {quoted}"
    return f"{said}: {words.no_signatory(lang)} (!)."


def _witnesses_genitive(item: Item) -> list[str] | None:
    """«Губернатора Ульяновской области Алексея Юрьевича Русских», ... or None when any is uncertain."""
    spoken = []
    for att in item.witnesses:
        name = cases.name_genitive(att.person, attendee_country(att))
        position = cases.position_genitive(att.person.position) if att.person.position else ""
        if name is None or position is None:
            return None
        spoken.append(f"{position} {name}".strip())
    return spoken


def script(plan: SigningPlan, lang: str = "ru") -> list[ScriptEntry]:
    """The whole script in one language: the opening, every signing in order, the closing."""
    index = 1 if lang == "en" else 0
    genitive = lang == "ru" and all(_witnesses_genitive(item) is not None for item in plan.items)
    entries = []
    if plan.opening:
        entries.append(ScriptEntry(None, slot_time(plan.opening), [_SLOT_WORDS["opening"][index]], lang))
    for item in plan.items:
        entries.append(ScriptEntry(item.order, slot_time(item.slot), item_lines(item, lang, genitive), lang))
    if plan.closing:
        entries.append(ScriptEntry(None, slot_time(plan.closing), [_SLOT_WORDS["closing"][index]], lang))
    return entries
