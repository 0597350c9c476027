"""What every section of a pack reads: the event, its languages and its attendees in list order (read once)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from sqlite_utils import Database

from protocol_app.model import Attendee, Event, Side, Status
from protocol_app.precedence import Standing, ordered_attendees
from protocol_app.store.events import get_event


@dataclass
class PackContext:
    """The event of a pack, the pack's languages ("ru", "en" or both) and the attendees who come."""

    db: Database
    event: Event
    langs: list[str]
    attendees: list[tuple[Attendee, Standing]] = field(default_factory=list)

    @classmethod
    def load(cls, db: Database, event_id: int, langs: list[str]) -> PackContext:
        """Read the event and its attendees, cancelled ones left out."""
        rows = [
            (a, s)
            for a, s in ordered_attendees(db, event_id, include_cancelled=False)
            if a.participant.status != Status.CANCELLED.value
        ]
        return cls(db, get_event(db, event_id), langs, rows)

    @property
    def event_id(self) -> int:
        return self.event.id

    @property
    def lang(self) -> str:
        """The pack's language as the writers and other modules take it: "ru", "en" or "ru+en"."""
        return "+".join(self.langs)

    @cached_property
    def by_side(self) -> list[tuple[Side, list[Attendee]]]:
        """Each side with its attendees, host side first, each side by precedence."""
        groups: dict[int, tuple[Side, list[Attendee]]] = {}
        for attendee, _ in self.attendees:
            groups.setdefault(attendee.side.id, (attendee.side, []))[1].append(attendee)
        return list(groups.values())

    def principal(self, side: Side) -> Attendee | None:
        """The head of a side's delegation: its first attendee by precedence."""
        for s, people in self.by_side:
            if s.id == side.id and people:
                return people[0]
        return None
