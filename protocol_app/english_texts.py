"""What an English or bilingual paper of an event lacks: the texts that have no English form yet, row by row.

Told to the officer before the paper is made (``warnings`` of ``pack`` and ``export``, the Documents page);
the paper itself prints a marked transliteration in their place (``words.english``), and a strict choice
refuses instead (``refuse_missing``).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.model import Status
from protocol_app.name_forms import attendee_country, attendee_name, latin_parts
from protocol_app.names import is_cyrillic
from protocol_app.store.agreements import list_agreements
from protocol_app.store.directory import is_latin
from protocol_app.store.events import get_event, list_sides
from protocol_app.store.participants import list_attendees
from protocol_app.store.programme import list_items
from protocol_app.words import Label, Lang, Said, said

# The papers and which kinds of text each prints.
LIST_FIELDS = frozenset({"event_title", "city", "side", "latin_name", "position", "organisation"})
PAPERS = {
    "list": LIST_FIELDS,
    "cards": frozenset({"side", "latin_name"}),
    # a seating plan: the event's title above it, names, delegations, a signing table's agreement and parties
    "plan": frozenset({"event_title", "side", "latin_name", "agreement_title", "organisation"}),
}


@dataclass(frozen=True)
class MissingEnglish:
    """One text with no English form: what it is (a code), whose or which row, and the Russian text."""

    field: str  # event_title, city, venue, purpose, points, contacts, side, latin_name, organisation,
    # position, programme_title, programme_place, agreement_title
    row: str
    text: str

    def message(self, lang: str = "en") -> str:
        """The warning in words: "no English text for the position (Русских Алексей Юрьевич): «Губернатор»"."""
        return self.said.text(lang)

    @property
    def said(self) -> Said:
        """The warning as a code and facts."""
        row = f" ({self.row})" if self.row else ""
        return said("no_english_text", what=Label("english_field", self.field), row=row, text=self.text)

    def record(self, lang: str = "en") -> dict[str, str]:
        """The warning as the JSON output gives it."""
        return {"code": "no_english", "field": self.field, "row": self.row, "text": self.text,
                "message": self.message(lang)}  # fmt: skip


def missing_english(db: Database, event_id: int, paper: str = "pack") -> list[MissingEnglish]:
    """The Russian texts of the event that ``paper`` ("pack", "list", "signing", "cards", "plan") would print
    in English and that have no English form, in the order of the paper: event, sides, people, programme,
    agreements. Each text is named once."""
    fields = PAPERS.get(paper)
    found: list[MissingEnglish] = []
    seen: set[tuple[str, str, str]] = set()

    def need(field: str, row: str, text: str, en: str) -> None:
        if is_cyrillic(text) and not en.strip():
            lacks(field, row, text)

    def lacks(field: str, row: str, text: str) -> None:
        if (fields is None or field in fields) and (field, row, text) not in seen:
            seen.add((field, row, text))
            found.append(MissingEnglish(field, row, " ".join(text.split())))

    event = get_event(db, event_id)
    need("event_title", "", event.title, event.title_en)
    need("city", "", event.city, event.city_en)
    need("venue", "", event.venue, event.venue_en)
    need("purpose", "", event.purpose, event.purpose_en)
    need("points", "", event.points, event.points_en)
    need("contacts", "", event.contacts, event.contacts_en)
    for side in list_sides(db, event_id):
        need("side", "", side.name, side.name_en)
    for att in list_attendees(db, event_id, include_cancelled=False):
        if att.participant.status == Status.CANCELLED.value:
            continue
        who = attendee_name(att, "ru")
        if not is_latin("".join(latin_parts(att.person, attendee_country(att)))):
            lacks("latin_name", "", who)  # in Arabic or other letters, no Latin spelling: printed as written
        need("position", who, att.person.position, att.person.position_en)
        if att.organisation is not None:
            need("organisation", "", att.organisation.name, att.organisation.name_en)
    for item in list_items(db, event_id):
        need("programme_title", item.start, item.title, item.title_en)
        need("programme_place", item.start, item.place, item.place_en)
    for agreement in list_agreements(db, event_id):
        need("agreement_title", "", agreement.title, agreement.title_en)
    return found


def english_warnings(db: Database, event_id: int, lang: Lang, paper: str = "pack", *, strict: bool = False,
                     words: str = "en") -> list[dict[str, str]]:  # fmt: skip
    """The warnings of a paper in ``lang`` as JSON records worded in ``words``; none for a Russian paper.
    ``strict``: refuse (``UserError``) when anything is missing, instead of warning."""
    if not lang.english:
        return []
    missing = missing_english(db, event_id, paper)
    if strict and missing:
        refuse_missing(missing)
    return [m.record(words) for m in missing]


def refuse_missing(missing: list[MissingEnglish]) -> None:
    """Refuse a paper that would print Russian texts in English: one line naming the first few."""
    more = len(missing) - 3
    tail = said("and_more", n=more) if more > 0 else ""
    raise UserError(said("english_not_made", shown=tuple(m.said for m in missing[:3]), tail=tail))
