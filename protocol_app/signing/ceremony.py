"""What a signing ceremony is made of: its items in order, their parties, and the problems found in it
(``plan`` computes them, ``problems`` finds the problems)."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from protocol_app.model import Agreement, Attendee, Event, Organisation, Party, ProgrammeItem, Side
from protocol_app.precedence import Standing
from protocol_app.signing.timing import Slot, Timetable
from protocol_app.words import MESSAGES


@dataclass
class Problem:
    """One problem: its code, the item and person it concerns, and the facts its words need."""

    code: str
    order: int | None = None
    agreement_id: int | None = None
    participant_id: int | None = None
    facts: dict[str, Any] = field(default_factory=dict)

    def text(self, lang: str = "ru") -> str:
        """The problem in words; a fact ``x_ru`` / ``x_en`` fills ``{x}`` in its language."""
        lang = "en" if lang == "en" else "ru"
        values = {k[:-3]: v for k, v in self.facts.items() if k.endswith(f"_{lang}")}
        values.update({k: v for k, v in self.facts.items() if not k.endswith(("_ru", "_en"))})
        ru, en = MESSAGES[self.code]
        return (en if lang == "en" else ru).format(order=self.order, **values)


@dataclass
class PartyLine:
    """One party of an agreement, resolved: organisation, side, signatory and his or her chair."""

    number: int  # the party's position in the agreement, from 1
    party: Party
    organisation: Organisation | None
    side: Side | None
    signatory: Attendee | None
    standing: Standing | None
    place: int = 0  # chair at the signing table, 0 the leftmost as the signatories see it


@dataclass
class Item:
    """One signing of the ceremony."""

    order: int  # from 1
    agreement: Agreement
    parties: list[PartyLine]
    witnesses: list[Attendee]
    slot: Slot | None  # None when the ceremony has no start time
    explicit: bool  # the order was set by hand
    assistants: list[Attendee] = field(default_factory=list)  # at the folders, from the saved signing plan

    @property
    def duration(self) -> int:
        return self.slot.minutes if self.slot else 0


@dataclass
class SigningPlan:
    """The whole ceremony: items in signing order, the timetable, and every problem found."""

    event: Event
    items: list[Item]
    timetable: Timetable | None
    problems: list[Problem] = field(default_factory=list)  # filled by problems.find_problems
    programme_slot: ProgrammeItem | None = None  # the ceremony's step in the programme, when it has one
    start_given: bool = False  # the start was given for this computation (a "what if"), not stored

    @property
    def opening(self) -> Slot | None:
        return self.timetable.opening if self.timetable else None

    @property
    def closing(self) -> Slot | None:
        return self.timetable.closing if self.timetable else None
