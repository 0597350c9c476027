"""What seating needs to know about an event's people, read once: attendees, standings, interpreters, wishes."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlite_utils import Database

from protocol_app.languages import language_code
from protocol_app.model import Attendee, Event, Organisation, Role, SeatingConstraint, Side, Status
from protocol_app.name_forms import Form, person_name
from protocol_app.precedence import Standing, delegation_order, standings
from protocol_app.store.agreements import list_agreements
from protocol_app.store.directory import get_organisation
from protocol_app.store.events import get_event
from protocol_app.store.participants import list_attendees
from protocol_app.store.seating import list_constraints

HOST = "host"
GUEST = "guest"
SERVING = (Role.INTERPRETER.value, Role.SECRETARY.value, Role.PRESS.value, Role.SECURITY.value)
RUSSIAN_READERS = frozenset({"RU", "BY", "KZ", "KG"})  # Russian is a state or official language there
READS_RUSSIAN = frozenset({"ru", "be", "kk", "ky"})  # their languages: a reader of these reads Russian


@dataclass
class SeatingContext:
    """The people of an event as seating sees them (cancelled participants left out)."""

    event: Event
    attendees: dict[int, Attendee]
    standing: dict[int, Standing]
    constraints: list[SeatingConstraint] = field(default_factory=list)
    organisations: dict[int, Organisation] = field(default_factory=dict)  # the parties' of its agreements

    def __post_init__(self) -> None:
        self._keys: dict[int, tuple] = {}
        self._reads: dict[int, bool] = {}
        self._several = len({a.side.id for a in self.attendees.values()}) > 2

    @property
    def event_id(self) -> int:
        return self.event.id

    def side_id(self, aid: int) -> int:
        """The delegation (side id) of a participant."""
        return self.attendees[aid].side.id

    def delegations(self) -> list[Side]:
        """The delegations with people here: the host's first, then the guests by the rank of their heads."""
        sides = {a.side.id: a.side for a in self.attendees.values()}
        heads = {sid: self.head_of(sid) for sid in sides}
        return sorted(sides.values(), key=lambda s: (not s.host, self.key(heads[s.id] or 0)))

    def guest_order(self, lang: str = "ru") -> list[Side]:
        """The guest delegations in the order they are placed (docs/PROTOCOL.md 4a): by the rank of their
        heads, or alphabetically in the working language from the letter drawn by lot (event settings)."""
        guests = [s for s in self.delegations() if not s.host]
        if self.event.delegation_order == "alphabet":
            return delegation_order(guests, lang, self.event.delegation_letter)
        return guests

    def side(self, aid: int) -> str:
        """ "host" or "guest"."""
        return HOST if self.attendees[aid].side.host else GUEST

    def role(self, aid: int) -> str:
        return self.attendees[aid].participant.role

    def precedence(self, aid: int) -> int:
        return self.standing[aid].precedence

    def _own_key(self, aid: int) -> tuple:
        att = self.attendees[aid]
        return (*self.standing[aid].cross_side_key, att.side.position, att.side.id)

    def key(self, aid: int) -> tuple:
        """Order of honour across delegations (lower first): the precedence module's place of honour across
        the event's sides (the rank ladder; within a delegation its own order), then the side's own number.
        A spouse takes the partner's rank and follows him or her."""
        if aid not in self._keys:
            own = self._own_key(aid)
            partner = self.attendees[aid].participant.partner_id
            if partner in self.attendees and partner != aid:
                other = self._own_key(partner or 0)
                if other < own:
                    own = (*other, 1, aid)
            self._keys[aid] = own if len(own) == 6 else (*own, 0, aid)
        return self._keys[aid]

    def spouses(self) -> list[tuple[int, int]]:
        """Couples taking part (each pair once)."""
        pairs = set()
        for aid, att in self.attendees.items():
            partner = att.participant.partner_id
            if partner in self.attendees and partner != aid:
                pairs.add((min(aid, partner or 0), max(aid, partner or 0)))
        return sorted(pairs)

    def gender(self, aid: int) -> str:
        return self.attendees[aid].person.gender.strip().casefold()[:1]

    def ordered(self, ids: Iterable[int]) -> list[int]:
        """``ids`` in order of honour across sides."""
        return sorted(ids, key=self.key)

    def of_side(self, side: str, roles: tuple[str, ...] | None = None) -> list[int]:
        """The people of the host or the guest side(s), by precedence; only ``roles`` when given."""
        ids = [a for a in self.attendees if self.side(a) == side and (roles is None or self.role(a) in roles)]
        return self.ordered(ids)

    def of_delegation(self, side_id: int, roles: tuple[str, ...] | None = None) -> list[int]:
        """The people of one delegation in its order of precedence; only ``roles`` when given."""
        ids = [
            a
            for a in self.attendees
            if self.side_id(a) == side_id and (roles is None or self.role(a) in roles)
        ]
        return sorted(ids, key=lambda a: (*self.standing[a].cross_side_key, a))

    def head_of(self, side_id: int) -> int | None:
        """The head of a delegation: its most senior who is not there to serve (else its most senior)."""
        people = self.of_delegation(side_id)
        principals = [a for a in people if self.role(a) not in SERVING]
        chosen = principals or people
        return chosen[0] if chosen else None

    def head(self, side: str) -> int | None:
        """The head of the host side or of the guest side(s): the most senior who is not there to serve
        (an interpreter, a note-taker, press or security), else the most senior of all."""
        people = self.of_side(side)
        principals = [a for a in people if self.role(a) not in SERVING]
        chosen = principals or people
        return chosen[0] if chosen else None

    def short_name(self, aid: int) -> str:
        """Surname N.P., as on plans and in breach messages."""
        return person_name(self.attendees[aid].person, "ru", Form.SHORT)

    @property
    def delegations_named(self) -> bool:
        """True with three or more delegations: a person is described with his or her delegation."""
        return self._several

    def describe(self, aid: int) -> str:
        """'Пархомчик П.А. (guest, 1)': who, which side, which precedence; with three or more delegations
        the delegation is named too: 'Шарма Р. (Индия, guest, 1)'."""
        side = f"{self.attendees[aid].side.name}, {self.side(aid)}" if self._several else self.side(aid)
        return f"{self.short_name(aid)} ({side}, {self.precedence(aid)})"

    def interpreters(self) -> dict[int, int]:
        """Interpreter id -> the participant he or she interprets for (the side's head when not set)."""
        result: dict[int, int] = {}
        for aid, att in self.attendees.items():
            if att.participant.role != Role.INTERPRETER.value:
                continue
            target = att.participant.interprets_for
            if target not in self.attendees or self.role(target or 0) in SERVING:
                target = self.head_of(self.side_id(aid))
            if target is not None and target != aid and self.role(target) not in SERVING:
                result[aid] = target
        return result

    def has_interpreter(self, aid: int) -> bool:
        return aid in set(self.interpreters().values())

    def needs_language(self) -> dict[int, str]:
        """Guests without an interpreter who should have a neighbour speaking their language."""
        served = set(self.interpreters().values())
        return {
            aid: att.person.language.strip().casefold()
            for aid, att in self.attendees.items()
            if not att.side.host
            and att.person.language.strip()
            and aid not in served
            and att.participant.role != Role.INTERPRETER.value
        }

    def language(self, aid: int) -> str:
        return self.attendees[aid].person.language.strip().casefold()

    def pairs(self, kind: str) -> list[tuple[int, int]]:
        """Constraint pairs of ``kind`` ("together" or "apart") between people who take part."""
        return [
            (c.first_id, c.second_id)
            for c in self.constraints
            if c.kind == kind and c.first_id in self.attendees and c.second_id in self.attendees
        ]

    def delegation_reads_russian(self, side_id: int) -> bool:
        """Whether a delegation reads Russian: by the language most of its people speak when they say (a
        Language column; Russian, or the language of a country where Russian is official), else by its
        country: Russia and the countries where Russian is official (``RUSSIAN_READERS``); a side of no
        country is taken to read it."""
        if side_id not in self._reads:
            people = self.of_delegation(side_id)
            langs = Counter(language_code(self.language(a)) for a in people if self.language(a))
            if langs:
                self._reads[side_id] = langs.most_common(1)[0][0] in READS_RUSSIAN
            else:
                country = self.attendees[people[0]].side.country.strip().upper() if people else ""
                self._reads[side_id] = not country or country in RUSSIAN_READERS
        return self._reads[side_id]

    def reads_russian(self, aid: int) -> bool:
        """Whether a participant reads Russian: his or her own language when given, else the delegation's."""
        own = self.language(aid)
        return (
            language_code(own) in READS_RUSSIAN if own else self.delegation_reads_russian(self.side_id(aid))
        )


def load_context(db: Database, event_id: int) -> SeatingContext:
    """Read an event's people, their standings, the seating constraints and the organisations of the
    parties to its agreements (a signing plan's caption names them)."""
    event = get_event(db, event_id)
    everyone = list_attendees(db, event_id)
    table = standings(db, event_id, everyone)
    present = {a.id: a for a in everyone if a.participant.status != Status.CANCELLED.value}
    parties = sorted({p.organisation_id for agr in list_agreements(db, event_id) for p in agr.parties})
    return SeatingContext(
        event,
        present,
        {k: table[k] for k in present},
        list_constraints(db, event_id),
        {org_id: get_organisation(db, org_id) for org_id in parties},
    )
