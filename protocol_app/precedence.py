"""Effective precedence of the participants of an event, with the reason for each.

Within a side: an explicit number first; then the rank table (level of the position); then the seniority
date; then the surname. Across sides, equal precedence goes to the guest (shared/PROTOCOL.md section 3).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from sqlite_utils import Database

from protocol_app.model import Attendee, Rank, Side
from protocol_app.store.participants import list_attendees
from protocol_app.store.ranks import list_ranks

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

    def reason_text(self, lang: str = "en") -> str:
        """The derivation in words, e.g. "rank table: Deputy Prime Minister"."""
        words = _REASONS["ru" if lang == "ru" else "en"][self.reason]
        detail = self.detail_ru if lang == "ru" and self.detail_ru else self.detail
        return f"{words}: {detail}" if detail else words

    @property
    def cross_side_key(self) -> tuple[int, int]:
        """Sort key across sides: lower is more honoured; at equal precedence the guest goes first."""
        return (self.precedence, 1 if self.host else 0)


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


# A table phrase right after these words names someone else's post ("Adviser to the Governor",
# "Representative of the Minister"): a representative keeps his or her own rank (PROTOCOL.md section 3).
_OF_SOMEONE = re.compile(r"(?:\b(?:of|to|for|at|under)\s+(?:the\s+)?)$")


class RankMatcher:
    """Finds the rank-table entry a position belongs to: the table phrase that starts earliest in it (the
    longest of those), ignoring phrases that name someone else's post ("Adviser to the Governor")."""

    def __init__(self, ranks: list[Rank]) -> None:
        entries: list[tuple[str, Rank]] = []
        for rank in ranks:
            for phrase in (rank.position, rank.position_en):
                if phrase.strip():
                    entries.append((phrase.strip().casefold().replace("ё", "е"), rank))
        entries.sort(key=lambda e: -len(e[0]))
        # A phrase starts a word that no hyphen joins to the one before: "министр" is not in "Премьер-министр".
        self._patterns = [(re.compile(r"(?<![\w-])" + re.escape(p) + r"(?!\w)"), r) for p, r in entries]

    @lru_cache(maxsize=4096)  # noqa: B019 - matchers are short-lived, one per computation
    def match(self, position: str) -> Rank | None:
        text = position.casefold().replace("ё", "е")
        best: tuple[int, int, Rank] | None = None
        for pattern, rank in self._patterns:
            for found in pattern.finditer(text):
                if _OF_SOMEONE.search(text[: found.start()]):
                    continue
                key = (found.start(), -(found.end() - found.start()))
                if best is None or key < best[:2]:
                    best = (*key, rank)
                break
        return best[2] if best else None


def standings(db: Database, event_id: int, attendees: list[Attendee] | None = None) -> dict[int, Standing]:
    """The standing of every participant of an event, by participant id."""
    if attendees is None:
        attendees = list_attendees(db, event_id)
    return compute_standings(attendees, list_ranks(db))


def compute_standings(attendees: list[Attendee], ranks: list[Rank]) -> dict[int, Standing]:
    """Pure computation behind ``standings``: group by side, order, number from 1."""
    matcher = RankMatcher(ranks)
    by_side: dict[int, list[tuple[tuple, Attendee, tuple[str, str, str]]]] = {}
    for att in attendees:
        key, why = _key(att, matcher)
        by_side.setdefault(att.side.id or 0, []).append((key, att, why))
    result: dict[int, Standing] = {}
    for entries in by_side.values():
        entries.sort(key=lambda e: e[0])
        for number, (_, att, why) in enumerate(entries, 1):
            result[att.id] = Standing(att.id, att.side.id or 0, att.side.host, number, *why)
    return result


# Without explicit numbers the head of delegation comes first, then the delegates, then those who serve the
# delegation (note-takers, interpreters), then press and security: an interpreter never outranks a member.
_ROLE_GROUP = {
    "principal": 0,
    "member": 1,
    "signatory": 1,
    "expert": 1,
    "secretary": 2,
    "interpreter": 2,
    "press": 3,
    "security": 3,
}


def _key(att: Attendee, matcher: RankMatcher) -> tuple[tuple, tuple[str, str, str]]:
    person, part = att.person, att.participant
    tail = (person.surname.casefold().replace("ё", "е"), person.given_name.casefold(), att.id)
    if part.precedence is not None:
        return (0, part.precedence, 0, *tail), (EXPLICIT, str(part.precedence), "")
    group = _ROLE_GROUP.get(part.role, 1)
    if group == 0:
        return (1, 0, 0, *tail), (HEAD, "", "")
    rank = matcher.match(person.position) or matcher.match(person.position_en)
    level = rank.level if rank else 10**6
    seniority = person.seniority_date or "9999-99-99"
    if rank:
        why = (RANK_TABLE, rank.position_en or rank.position, rank.position)
    elif person.seniority_date:
        why = (SENIORITY, person.seniority_date, "")
    else:
        why = (SURNAME, person.surname, "")
    return (1, group, level, seniority, *tail), why


def ordered(attendees: list[Attendee], table: dict[int, Standing]) -> list[Attendee]:
    """Attendees in cross-side order of honour (ties between sides to the guest)."""
    return sorted(attendees, key=lambda a: (*table[a.id].cross_side_key, a.side.position, a.id))


def delegation_order(sides: list[Side], lang: str = "ru", start: str = "") -> list[Side]:
    """Delegations of a multilateral event in alphabetical order of their names in the working language
    (``lang``), starting from the letter ``start`` drawn by lot when the host decides so (PROTOCOL.md 3)."""

    def name(side: Side) -> str:
        return (
            (side.name_en if lang == "en" and side.name_en else side.name)
            .strip()
            .casefold()
            .replace("ё", "е")
        )

    ordered_sides = sorted(sides, key=lambda s: (name(s), s.id or 0))
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
    attendees.sort(key=lambda a: (not a.side.host, a.side.position, a.side.id or 0, table[a.id].precedence))
    return [(a, table[a.id]) for a in attendees]
