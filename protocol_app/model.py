"""The data model: plain dataclasses for what the store holds, and the codes the UI words.

A stored object carries its id (``id: int``); what is typed before the store holds it is its ``New*``
draft (``NewEvent``, ``NewPerson``, ``NewParticipant``, ...), which has none. The stored class extends its
draft with the id, so a stored object is also a draft (``isinstance(x, Person)`` tells one stored);
``Stored.of(draft, id)`` makes one. A party is a part of its agreement and has no id. Codes (roles, levels,
statuses) are English identifiers; ``labels.py`` words them in Russian or English.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from enum import StrEnum
from typing import Any, Self

from protocol_app.names import is_east_asian


class Role(StrEnum):
    """A participant's role in an event's delegation."""

    PRINCIPAL = "principal"
    MEMBER = "member"
    SIGNATORY = "signatory"
    INTERPRETER = "interpreter"
    SECRETARY = "secretary"
    EXPERT = "expert"
    PRESS = "press"
    SECURITY = "security"


class Status(StrEnum):
    """Whether a participant is expected at the event."""

    CONFIRMED = "confirmed"
    TENTATIVE = "tentative"
    CANCELLED = "cancelled"


class Level(StrEnum):
    """The level of an agreement (after Federal Law No. 101-FZ); signing order puts them in this order."""

    INTERSTATE = "interstate"
    INTERGOVERNMENTAL = "intergovernmental"
    INTERAGENCY = "interagency"
    INTERREGIONAL = "interregional"
    SCIENTIFIC = "scientific"
    CORPORATE = "corporate"


LEVEL_RANK: dict[str, int] = {level.value: i for i, level in enumerate(Level)}


class AgreementStatus(StrEnum):
    """How far an agreement is from being signed."""

    DRAFT = "draft"
    AGREED = "agreed"
    READY = "ready"
    SIGNED = "signed"


class SeniorSide(StrEnum):
    """Which hand of the seated person is the more honoured one."""

    RIGHT = "right"
    LEFT = "left"


class Layout(StrEnum):
    """The kind of a seating plan; the value is what the store and the command line say."""

    NEGOTIATION = "negotiation"
    BANQUET = "banquet"
    PRESIDIUM = "presidium"
    THEATRE = "theatre"
    SIGNING = "signing"


LAYOUTS: tuple[Layout, ...] = tuple(
    Layout
)  # every layout, in the order the command line and the window offer


class InterpreterSeat(StrEnum):
    """Where an interpreter sits at a negotiation table."""

    RIGHT = "right"
    BEHIND = "behind"


@dataclass(kw_only=True)
class Stored:
    """What every stored object has: the id the store gave it; it is made from its draft with ``of``."""

    id: int

    @classmethod
    def of(cls, draft: Any, id: int) -> Self:
        """The stored object of ``draft`` (a ``New*`` object, or a stored one) under ``id``."""
        values = {f.name: getattr(draft, f.name) for f in fields(draft)}
        values["id"] = id
        return cls(**values)


@dataclass
class NewEvent:
    """An official event: a visit, a meeting, a ceremony, with its settings; as typed, before the store holds
    it (``Event`` is the stored one, with its id)."""

    title: str
    date: str  # ISO YYYY-MM-DD
    title_en: str = ""
    end_date: str | None = None
    city: str = ""
    city_en: str = ""
    venue: str = ""
    venue_en: str = ""
    languages: str = "ru,en"  # document languages, comma separated
    senior_side: str = SeniorSide.RIGHT.value
    interpreter_seat: str = InterpreterSeat.RIGHT.value
    delegation_order: str = "rank"  # talks of 3+ delegations: guests by their heads' rank, or "alphabet"
    delegation_letter: str = ""  # alphabetical order starts at this letter (drawn by lot)
    senior_guest: str = "right"  # the senior guest delegation at the host's right, or "opposite" him
    signing_minutes: int = 3
    signing_start: str = ""  # HH:MM, the ceremony's start when known
    opening_minutes: int = 0  # opening remarks before the first signing; 0: none
    closing_minutes: int = 0  # closing (group photo) after the last signing; 0: none
    purpose: str = ""
    purpose_en: str = ""
    points: str = ""  # points to raise, one per line
    points_en: str = ""
    contacts: str = ""
    contacts_en: str = ""
    notes: str = ""


@dataclass
class Event(NewEvent, Stored):
    """An event the store holds."""


@dataclass
class NewSide:
    """One party of an event: the host side or a guest side (``Side``: the stored one, with its id)."""

    event_id: int
    name: str
    host: bool
    name_en: str = ""
    country: str = ""  # ISO 3166 alpha-2 code of the party's flag, "" when none
    position: int = 0
    flag_image: bytes | None = None  # a region's own flag or emblem (PNG), drawn instead of the country's

    def name_in(self, lang: str) -> str:
        """The side's name in ``lang``: the English one in English where it has one, else the Russian."""
        return self.name_en if lang == "en" and self.name_en else self.name


@dataclass
class Side(NewSide, Stored):
    """A side the store holds."""


@dataclass
class NewOrganisation:
    """An organisation in the directory (shared across events) (``Organisation``: the stored one, with its id)."""

    name: str
    name_en: str = ""
    short_name: str = ""
    short_name_en: str = ""
    country: str = ""


@dataclass
class Organisation(NewOrganisation, Stored):
    """An organisation the store holds."""


@dataclass
class NewPerson:
    """A person in the directory (shared across events); biography and photo are reused (``Person``: the
    stored one, with its id)."""

    surname: str
    given_name: str = ""
    patronymic: str = ""
    latin_name: str = ""  # the passport's Latin name in one text, "Given Surname" (older stores, CLI JSON)
    latin_suggested: bool = False  # True when latin_name was transliterated, not taken from a passport
    latin_surname: str = ""  # the passport's Latin surname and given names, apart
    latin_given: str = ""
    name_order: str = ""  # name_forms.NameOrder: "" (by script and country), "surname_first", "given_first"
    honorific: str = ""  # a title or form of address (H.E., Sheikh, Dr), never part of the name
    name_cyrillic: str = (
        ""  # the Cyrillic form Russian papers print (Palladius's system for Chinese: Ван Вэй)
    )
    gender: str = ""  # "m", "f" or ""
    position: str = ""
    position_en: str = ""
    organisation_id: int | None = None
    biography: str = ""
    biography_en: str = ""
    photo: bytes | None = None
    phone: str = ""
    email: str = ""
    language: str = ""
    seniority_date: str | None = None
    passport: str = ""  # personal data: masked on screen, never exported unless asked
    birth_date: str | None = None  # personal data
    sample: bool = False  # invented for the demo, not from a real source
    notes: str = ""

    @property
    def full_name(self) -> str:
        """Surname Name Patronymic, as in lists; a Chinese or Korean name without a space (王建国)."""
        sep = "" if is_east_asian(self.surname + self.given_name) else " "
        return sep.join(p for p in (self.surname, self.given_name, self.patronymic) if p)


@dataclass
class Person(NewPerson, Stored):
    """A person the store holds."""


@dataclass
class NewParticipant:
    """A person's participation in one event: side, role, precedence, status, and the facts of that event
    (position, organisation and honorific as they were then; the directory's person keeps the latest as a
    default) (``Participant``: the stored one, with its id)."""

    event_id: int
    person_id: int
    side_id: int
    role: str = Role.MEMBER.value
    precedence: int | None = None  # explicit number; None means derived (see precedence.py)
    status: str = Status.CONFIRMED.value
    interprets_for: int | None = None  # for an interpreter: the participant he or she interprets for
    partner_id: int | None = None  # a spouse: the participant whose rank he or she takes
    notes: str = ""
    position: str = ""
    position_en: str = ""
    organisation_id: int | None = None
    honorific: str = ""  # H.E., Sheikh, Dr at this event


@dataclass
class Participant(NewParticipant, Stored):
    """A participation the store holds."""


@dataclass
class Attendee:
    """A participant joined with the person, organisation and side: what lists and plans show.

    ``person`` carries the position, organisation and honorific of THIS event (the participation's facts), not
    the directory's: a copy for reading, never to be saved back to the directory as it is.
    """

    participant: Participant
    person: Person
    side: Side
    organisation: Organisation | None = None

    @property
    def id(self) -> int:
        return self.participant.id


@dataclass
class Party:
    """One party to an agreement: an organisation of a side, and who signs for it. A part of its agreement,
    known by its place among the parties (no id of its own: saving an agreement writes its parties anew)."""

    organisation_id: int
    side_id: int
    signatory_id: int | None = None  # a participant of the event
    power_of_attorney: str = ""  # recorded when the signatory signs for an organisation not his or her own


@dataclass
class NewAgreement:
    """A document to be signed at the event (``Agreement``: the stored one, with its id)."""

    event_id: int
    title: str
    title_en: str = ""
    level: str = Level.CORPORATE.value
    originals: int = 2
    languages: str = "ru"
    status: str = AgreementStatus.READY.value
    duration_min: int | None = None  # None: the event's default
    order_no: int | None = None  # explicit signing order; None: by the rule
    programme_order: int = 0  # order of appearance in the programme / import
    notes: str = ""
    parties: list[Party] = field(default_factory=list)
    witness_ids: list[int] = field(default_factory=list)  # participants "in the presence of"


@dataclass
class Agreement(NewAgreement, Stored):
    """An agreement the store holds."""


@dataclass
class NewProgrammeItem:
    """A timed step of the event's programme or scenario (``ProgrammeItem``: the stored one, with its id)."""

    event_id: int
    start: str  # HH:MM
    title: str
    end: str = ""
    title_en: str = ""
    place: str = ""
    place_en: str = ""
    press: str = "closed"  # "open" or "closed"
    participants: str = ""  # who takes part, free text
    participants_en: str = ""
    notes: str = ""
    position: int = 0


@dataclass
class ProgrammeItem(NewProgrammeItem, Stored):
    """A programme item the store holds."""


@dataclass
class NewSeatingConstraint:
    """A user's wish for seating: two participants kept together (neighbours) or apart (not neighbours)
    (``SeatingConstraint``: the stored one, with its id)."""

    event_id: int
    kind: str  # "together" or "apart"
    first_id: int
    second_id: int


@dataclass
class SeatingConstraint(NewSeatingConstraint, Stored):
    """A seating wish the store holds."""


@dataclass
class NewRank:
    """One row of the rank table (the rank ladder): a position and its precedence level (lower is higher; see
    ``ladder.py``), its tier (federal or regional: federal first at equal level), the level it takes when the
    position names a region (a Minister of a region), and other ways of writing it (``Rank``: the stored row,
    with its id)."""

    position: str
    level: int
    position_en: str = ""
    tier: str = ""  # "federal", "regional" or ""
    regional_level: int | None = None
    aliases: str = ""  # other wordings, separated by ";"

    def alias_list(self) -> list[str]:
        return [a.strip() for a in self.aliases.split(";") if a.strip()]


@dataclass
class Rank(NewRank, Stored):
    """A row of the rank table the store holds."""
