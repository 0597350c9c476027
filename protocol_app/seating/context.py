"""What seating needs to know about an event's people, read once: attendees, standings, interpreters, wishes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from sqlite_utils import Database

from protocol_app.model import Attendee, Event, Role, SeatingConstraint, Status
from protocol_app.precedence import Standing, standings
from protocol_app.store.events import get_event
from protocol_app.store.participants import list_attendees
from protocol_app.store.seating import list_constraints

HOST = "host"
GUEST = "guest"
SERVING = (Role.INTERPRETER.value, Role.SECRETARY.value, Role.PRESS.value, Role.SECURITY.value)


@dataclass
class SeatingContext:
    """The people of an event as seating sees them (cancelled participants left out)."""

    event: Event
    attendees: dict[int, Attendee]
    standing: dict[int, Standing]
    constraints: list[SeatingConstraint] = field(default_factory=list)

    @property
    def event_id(self) -> int:
        return self.event.id or 0

    def side(self, aid: int) -> str:
        """ "host" or "guest"."""
        return HOST if self.attendees[aid].side.host else GUEST

    def role(self, aid: int) -> str:
        return self.attendees[aid].participant.role

    def precedence(self, aid: int) -> int:
        return self.standing[aid].precedence

    def key(self, aid: int) -> tuple:
        """Cross-side order of honour: lower first; equal precedence goes to the guest."""
        att = self.attendees[aid]
        return (*self.standing[aid].cross_side_key, att.side.position, att.side.id or 0, aid)

    def ordered(self, ids) -> list[int]:
        """``ids`` in order of honour across sides."""
        return sorted(ids, key=self.key)

    def of_side(self, side: str, roles: tuple[str, ...] | None = None) -> list[int]:
        """The people of the host or the guest side(s), by precedence; only ``roles`` when given."""
        ids = [a for a in self.attendees if self.side(a) == side and (roles is None or self.role(a) in roles)]
        return self.ordered(ids)

    def head(self, side: str) -> int | None:
        """The head of the host side or of the guest side(s): the most senior who is not there to serve
        (an interpreter, a note-taker, press or security), else the most senior of all."""
        people = self.of_side(side)
        principals = [a for a in people if self.role(a) not in SERVING]
        chosen = principals or people
        return chosen[0] if chosen else None

    def short_name(self, aid: int) -> str:
        """Surname N.P., as on plans and in breach messages."""
        return self.attendees[aid].person.short_name

    def describe(self, aid: int) -> str:
        """'Пархомчик П.А. (guest, 1)': who, which side, which precedence."""
        return f"{self.short_name(aid)} ({self.side(aid)}, {self.precedence(aid)})"

    def interpreters(self) -> dict[int, int]:
        """Interpreter id -> the participant he or she interprets for (the side's head when not set)."""
        result: dict[int, int] = {}
        for aid, att in self.attendees.items():
            if att.participant.role != Role.INTERPRETER.value:
                continue
            target = att.participant.interprets_for
            if target not in self.attendees or self.role(target or 0) in SERVING:
                target = self.head(self.side(aid))
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

    def side_language(self, side: str) -> str:
        """The language most of a side's people speak ("ru" when nobody says)."""
        langs = Counter(self.language(a) for a in self.of_side(side) if self.language(a))
        return langs.most_common(1)[0][0] if langs else "ru"


def load_context(db: Database, event_id: int) -> SeatingContext:
    """Read an event's people, their standings and the seating constraints."""
    event = get_event(db, event_id)
    everyone = list_attendees(db, event_id)
    table = standings(db, event_id, everyone)
    present = {a.id: a for a in everyone if a.participant.status != Status.CANCELLED.value}
    return SeatingContext(event, present, {k: table[k] for k in present}, list_constraints(db, event_id))
