"""The attendee list every export format writes: its columns and typed rows, in Russian or English."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from protocol_app.formatting import date_range
from protocol_app.model import Attendee, Event
from protocol_app.name_forms import Form, attendee_country, attendee_name, latin_name
from protocol_app.precedence import ordered_attendees
from protocol_app.store.events import get_event
from protocol_app.words import PAPER_WORDS, label, pick

# key: (type, relative width); the titles are words of the list (``words.PAPER_WORDS["list"]``)
_COLUMNS: dict[str, tuple[str, float]] = {
    "number": ("int", 0.5),
    "side": ("text", 2.0),
    "precedence": ("int", 0.9),
    "full_name": ("text", 3.6),
    "position": ("text", 3.6),
    "organisation": ("text", 3.5),
    "role": ("text", 1.6),
    "latin_name": ("text", 2.2),
    "passport": ("text", 1.6),
    "birth_date": ("date", 1.3),
}
PERSONAL = ("passport", "birth_date")


@dataclass
class ListColumn:
    """A column of the list: key, title in the list's language, type ("int", "text", "date"), width."""

    key: str
    title: str
    type: str
    width: float


@dataclass
class AttendeeList:
    """An event's attendees as a table: what CSV and XLSX write as is, and DOCX/PDF as a titled table."""

    event: Event
    lang: str
    title: str
    subtitle: str  # the event's name
    dates: str  # the event's date(s) as documents write them
    columns: list[ListColumn]
    rows: list[list[str | int | date | None]] = field(default_factory=list)
    sides: list[str] = field(default_factory=list)  # the side of each row (for section rows in documents)
    people: list[int | None] = field(default_factory=list)  # the person of each row (to remember the list)

    def index(self, key: str) -> int:
        return next(i for i, c in enumerate(self.columns) if c.key == key)


def column_title(key: str, lang: str) -> str:
    """The title of the list's column ``key`` in ``lang`` (ru or en)."""
    ru, english = PAPER_WORDS["list"][key]
    return english if lang == "en" else ru


def attendee_list(
    db: Database,
    event_id: int,
    *,
    lang: str = "ru",
    include_personal: bool = False,
    include_cancelled: bool = False,
) -> AttendeeList:
    """The attendees of the event, sorted by side, precedence and surname; personal data only when asked.

    Cancelled participants are left out unless ``include_cancelled`` (the lists go to security and the venue).
    """
    event = get_event(db, event_id)
    keys = [k for k in _COLUMNS if include_personal or k not in PERSONAL]
    columns = [ListColumn(key, column_title(key, lang), *_COLUMNS[key]) for key in keys]
    listing = AttendeeList(
        event=event,
        lang=lang,
        title=column_title("title", lang),
        subtitle=pick(lang, event.title, event.title_en),
        dates=", ".join(
            p
            for p in (
                date_range(event.date, event.end_date, lang),
                pick(lang, event.city, event.city_en),
            )
            if p
        ),
        columns=columns,
    )
    for number, (att, standing) in enumerate(
        ordered_attendees(db, event_id, include_cancelled=include_cancelled), 1
    ):
        values = _values(att, lang)
        values.update(number=number, precedence=standing.precedence)
        listing.rows.append([values[k] for k in keys])
        listing.sides.append(str(values["side"]))
        listing.people.append(att.person.id)
    return listing


def _values(att: Attendee, lang: str) -> dict[str, str | int | date | None]:
    person, org = att.person, att.organisation
    return {
        "side": pick(lang, att.side.name, att.side.name_en),
        "full_name": attendee_name(att, lang, Form.LIST),
        "position": pick(lang, person.position, person.position_en),
        "organisation": pick(lang, org.name, org.name_en) if org else "",
        "role": label("role", att.participant.role, lang),
        "latin_name": latin_name(person, attendee_country(att)),  # in the order the papers write it
        "passport": person.passport,
        "birth_date": date.fromisoformat(person.birth_date) if person.birth_date else None,
    }
