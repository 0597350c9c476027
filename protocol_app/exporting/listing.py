"""The attendee list every export format writes: its columns and typed rows, in Russian or English."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlite_utils import Database

from protocol_app.formatting import date_range, person_name
from protocol_app.labels import label
from protocol_app.model import Attendee, Event
from protocol_app.precedence import ordered_attendees
from protocol_app.store.events import get_event

# key: (Russian title, English title, type, relative width)
_COLUMNS: dict[str, tuple[str, str, str, float]] = {
    "number": ("№", "No.", "int", 0.5),
    "side": ("Сторона", "Side", "text", 2.0),
    "precedence": ("Приоритет", "Precedence", "int", 0.9),
    "full_name": ("ФИО", "Full name", "text", 3.6),
    "position": ("Должность", "Position", "text", 3.6),
    "organisation": ("Организация", "Organisation", "text", 3.5),
    "role": ("Роль", "Role", "text", 1.6),
    "latin_name": ("Имя латиницей", "Latin name", "text", 2.2),
    "passport": ("Паспорт", "Passport", "text", 1.6),
    "birth_date": ("Дата рождения", "Date of birth", "date", 1.3),
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
    ru, english, _, _ = _COLUMNS[key]
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
    en = lang == "en"
    columns = []
    for key in keys:
        ru, english, kind, width = _COLUMNS[key]
        columns.append(ListColumn(key, english if en else ru, kind, width))
    listing = AttendeeList(
        event=event,
        lang=lang,
        title="List of participants" if en else "Список участников",
        subtitle=(event.title_en or event.title) if en else event.title,
        dates=", ".join(
            p
            for p in (
                date_range(event.date, event.end_date, lang),
                (event.city_en or event.city) if en else event.city,
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
    person, org, en = att.person, att.organisation, lang == "en"
    return {
        "side": (att.side.name_en or att.side.name) if en else att.side.name,
        "full_name": person_name(person, lang, "list"),
        "position": (person.position_en or person.position) if en else person.position,
        "organisation": ((org.name_en or org.name) if en else org.name) if org else "",
        "role": label("role", att.participant.role, lang),
        "latin_name": person.latin_name,
        "passport": person.passport,
        "birth_date": date.fromisoformat(person.birth_date) if person.birth_date else None,
    }
