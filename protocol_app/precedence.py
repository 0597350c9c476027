"""Effective precedence of the participants of an event, with the reason for each.

Within a side: an explicit number first; then the rank ladder (level of the position, ``ladder.py``); then the
seniority date; then the surname; support staff (interpreters, secretaries, press, security) always after the
officials. Across sides people are ordered by the rank ladder, not interleaved by each side's own numbers: the
level of the position (never above anyone his own side puts below him), federal before regional, the seniority
date (heads of mission); then the side's own order, then the foreign guest before the host (docs/PROTOCOL.md
sections 3 and 4a).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

from protocol_app.ladder import FEDERAL, REGIONAL, RankMatch, RankMatcher, matcher_for
from protocol_app.model import Attendee, NewRank, Role, Side
from protocol_app.name_forms import sort_key
from protocol_app.store.participants import list_attendees
from protocol_app.store.ranks import list_ranks
from protocol_app.words import Said, said

EXPLICIT = "explicit"
HEAD = "head"
RANK_TABLE = "rank"
SENIORITY = "seniority"
SURNAME = "surname"


@dataclass(frozen=True)
class Standing:
    """Where a participant stands in his or her side, and why."""

    participant_id: int
    side_id: int
    host: bool
    precedence: int  # 1 is the head of the side
    reason: str  # EXPLICIT, RANK_TABLE, SENIORITY or SURNAME
    detail: str  # the explicit number, the matched position, the date, or the surname
    detail_ru: str = ""  # the matched position in Russian, for a rank-table reason
    level: int | None = None  # the rung of the rank ladder of his or her position; None: not on the ladder
    honour: int = 0  # place in the order of honour across the event's sides (equal numbers tie)

    def reason_text(self, lang: str = "en") -> str:
        """The derivation in words, e.g. "rank table: Deputy Prime Minister"."""
        words = _REASONS["ru" if lang == "ru" else "en"][self.reason]
        detail = self.detail_ru if lang == "ru" and self.detail_ru else self.detail
        return f"{words}: {detail}" if detail else words

    @property
    def cross_side_key(self) -> tuple[int, int]:
        """Sort key across sides: lower is more honoured (the rank ladder, then the side's own order)."""
        return (self.honour, self.precedence)


_REASONS = {
    "en": {
        EXPLICIT: "set by hand",
        HEAD: "head of delegation",
        RANK_TABLE: "rank table",
        SENIORITY: "seniority date",
        SURNAME: "alphabetical by surname",
    },
    "ru": {
        EXPLICIT: "задано вручную",
        HEAD: "глава делегации",
        RANK_TABLE: "таблица рангов",
        SENIORITY: "дата назначения",
        SURNAME: "по алфавиту фамилий",
    },
}


def standings(db: Database, event_id: int, attendees: list[Attendee] | None = None) -> dict[int, Standing]:
    """The standing of every participant of an event, by participant id."""
    if attendees is None:
        attendees = list_attendees(db, event_id)
    return compute_standings(attendees, list_ranks(db))


def compute_standings(attendees: list[Attendee], ranks: Sequence[NewRank]) -> dict[int, Standing]:
    """Pure computation behind ``standings``: group by side, order, number from 1; then the order of honour
    across sides."""
    matcher = matcher_for(ranks)
    by_side: dict[int, list[tuple[tuple, Attendee, RankMatch | None, tuple[str, str, str]]]] = {}
    for att in attendees:
        found = _match(att, matcher)
        key, why = _key(att, found)
        by_side.setdefault(att.side.id, []).append((key, att, found, why))
    hosts = {a.side.country for a in attendees if a.side.host}
    honour: dict[int, tuple] = {}
    for entries in by_side.values():
        entries.sort(key=lambda e: e[0])
        floor = (_UNRANKED, 1, _NO_DATE)  # never above anyone the side itself puts below him
        for number, (_, att, found, _) in reversed(list(enumerate(entries, 1))):
            side = att.side
            guest = 2 if side.host else 1 if side.country and side.country in hosts else 0
            support = _support(att, found)
            if support:
                honour[att.id] = (support, found.level if found else _UNRANKED, 1, _NO_DATE, number, guest)
                continue
            level = (found.level, _TIERS[found.tier]) if found else (_UNRANKED, 1)
            floor = min(floor, (*level, att.person.seniority_date or _NO_DATE))
            honour[att.id] = (0, *floor, number, guest)
    places = {key: n for n, key in enumerate(sorted(set(honour.values())), 1)}
    return {
        att.id: Standing(
            att.id,
            att.side.id,
            att.side.host,
            number,
            *why,
            level=found.level if found else None,
            honour=places[honour[att.id]],
        )
        for entries in by_side.values()
        for number, (_, att, found, why) in enumerate(entries, 1)
    }


_UNRANKED = 10**6  # a position not on the ladder: after every known official, before support staff
_NO_DATE = (
    "9999-99-99"  # no seniority date: after those who have one (heads of mission by date, Vienna art. 16)
)
_TIERS = {FEDERAL: 0, "": 1, REGIONAL: 2}  # at equal level, federal before regional
_SUPPORT_ROLES = {
    Role.SECRETARY.value: 1,
    Role.INTERPRETER.value: 1,
    Role.PRESS.value: 2,
    Role.SECURITY.value: 2,
}


def _match(att: Attendee, matcher: RankMatcher) -> RankMatch | None:
    return matcher.match(att.person.position) or matcher.match(att.person.position_en)


def _support(att: Attendee, found: RankMatch | None) -> int:
    """0 for an official; 1 for those who serve the delegation (note-takers, interpreters); 2 for press and
    security: support staff never outrank officials, whatever their numbers."""
    by_role = _SUPPORT_ROLES.get(att.participant.role, 0)
    return by_role or (1 if found is not None and found.support else 0)


def _key(att: Attendee, found: RankMatch | None) -> tuple[tuple, tuple[str, str, str]]:
    person, part = att.person, att.participant
    tail = (sort_key(person), person.given_name.casefold(), att.id)  # Al Kaabi under K
    support = _support(att, found)
    if part.precedence is not None:
        return (support, 0, part.precedence, 0, *tail), (EXPLICIT, str(part.precedence), "")
    if part.role == Role.PRINCIPAL.value:
        return (support, 1, 0, 0, *tail), (HEAD, "", "")
    level = found.level if found else _UNRANKED
    tier = _TIERS[found.tier] if found else 1
    seniority = person.seniority_date or _NO_DATE
    if found:
        why = (RANK_TABLE, *_rank_detail(found))
    elif person.seniority_date:
        why = (SENIORITY, person.seniority_date, "")
    else:
        why = (SURNAME, person.surname, "")
    return (support, 1, 1, level, tier, seniority, *tail), why


def _rank_detail(found: RankMatch) -> tuple[str, str]:
    """The matched row in English and Russian ("Minister, regional" when the position names a region)."""
    en, ru = found.rank.position_en or found.rank.position, found.rank.position
    if found.regional:
        return f"{en}, regional", f"{ru}, региональный уровень"
    return en, ru


def unranked_positions(attendees: Iterable[Attendee], ranks: Sequence[NewRank]) -> list[str]:
    """Positions of officials that the rank ladder does not know, each once, in the order met: for the
    officer to rank once (``ranks set``, the Ranks dialog)."""
    matcher = matcher_for(ranks)
    seen: dict[str, str] = {}
    for att in attendees:
        position = att.person.position.strip() or att.person.position_en.strip()
        if position and att.participant.role not in _SUPPORT_ROLES and _match(att, matcher) is None:
            seen.setdefault(" ".join(position.casefold().split()), position)
    return list(seen.values())


class UnrankedRows:
    """Collects the rows of an imported list whose position the ladder does not know, and words one warning per
    position for the import report (called by the attendee import)."""

    def __init__(self, ranks: Sequence[NewRank]) -> None:
        self.matcher = matcher_for(ranks)
        self.rows: dict[str, tuple[str, list[int]]] = {}

    def add(self, row: int, position: str, position_en: str = "", role: str | None = None) -> None:
        text = position.strip() or position_en.strip()
        if not text or role in _SUPPORT_ROLES:
            return
        if self.matcher.match(position) or self.matcher.match(position_en):
            return
        self.rows.setdefault(" ".join(text.casefold().split()), (text, []))[1].append(row)

    def warnings(self) -> list[tuple[int, Said]]:
        """(first row, message) for each unknown position."""
        out = []
        for text, rows in self.rows.values():
            more = said("also_rows", rows=", ".join(map(str, rows[1:]))) if len(rows) > 1 else ""
            out.append((rows[0], said("position_unranked", text=text, more=more)))
        return out


def ordered(attendees: list[Attendee], table: dict[int, Standing]) -> list[Attendee]:
    """Attendees in cross-side order of honour (the rank ladder; ties between sides to the guest)."""
    return sorted(attendees, key=lambda a: (*table[a.id].cross_side_key, a.side.position, a.id))


def delegation_order(sides: list[Side], lang: str = "ru", start: str = "") -> list[Side]:
    """Delegations of a multilateral event in alphabetical order of their names in the working language
    (``lang``), starting from the letter ``start`` drawn by lot when the host decides so (PROTOCOL.md 3)."""

    def name(side: Side) -> str:
        return side.name_in(lang).strip().casefold().replace("ё", "е")

    ordered_sides = sorted(sides, key=lambda s: (name(s), s.id))
    letter = start.strip().casefold()[:1]
    if not letter:
        return ordered_sides
    first = next((i for i, s in enumerate(ordered_sides) if name(s)[:1] >= letter), len(ordered_sides))
    return ordered_sides[first:] + ordered_sides[:first]


def ordered_attendees(
    db: Database, event_id: int, *, include_cancelled: bool = True
) -> list[tuple[Attendee, Standing]]:
    """The event's attendees in list order: the host side first, then the guest sides; each by precedence.

    The one ordering of every attendee list, export and pack section.
    """
    attendees = list_attendees(db, event_id, include_cancelled=include_cancelled)
    table = standings(db, event_id, attendees)
    attendees.sort(key=lambda a: (not a.side.host, a.side.position, a.side.id, table[a.id].precedence))
    return [(a, table[a.id]) for a in attendees]
