"""One breach of a seating plan (a rule or a wish broken), and the words that name people and seats in it.

A breach says what is wrong as a code and facts (``protocol_app.words``); it knows the seats it concerns,
whom it is about (``subject``), where the rules would seat that person (``goal``), and, when it comes of a
hand placement, the seat of that placement (``cause``).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from protocol_app.name_forms import Form, attendee_name
from protocol_app.seating.context import SeatingContext
from protocol_app.seating.geometry import BEHIND, Plan, Seat
from protocol_app.words import InLanguage, Said, said

ERROR, WARNING = "error", "warning"


@dataclass
class Violation:
    """One breach: the rule's code, the message (a code and facts, worded by ``text``), the seats concerned."""

    rule: str
    said: Said
    seats: list[str] = field(default_factory=list)
    severity: str = ERROR
    people: list[int] = field(default_factory=list)  # attendees concerned (besides those in ``seats``)
    subject: int | None = None  # the person the breach is about, when it is about one person's place
    goal: Said | None = None  # where the rules would seat the subject
    cause: str | None = None  # the seat of the hand placement this breach names or comes of

    @property
    def message(self) -> str:
        """The breach in English (the JSON's words)."""
        return self.said.text("en")

    def text(self, lang: str = "en") -> str:
        """The breach in ``lang`` ("ru" or "en")."""
        return self.said.text(lang)


def who(ctx: SeatingContext, aid: int) -> Said:
    """Who, which side, which precedence: 'PARKHOMCHIK P. (guest, 1)', «Пархомчик П.А. (гости, 1)»; with
    three or more delegations the delegation is named too."""
    att = ctx.attendees[aid]
    side, number = said(ctx.side(aid)), ctx.precedence(aid)
    name = InLanguage(*(attendee_name(att, lang, Form.SHORT) for lang in ("ru", "en")))
    if ctx.delegations_named:
        delegation = InLanguage(att.side.name_in("ru"), att.side.name_in("en"))
        return said("who_of", name=name, delegation=delegation, side=side, number=number)
    return said("who", name=name, side=side, number=number)


def hand_word(s: int, of: bool = False) -> Said:
    """The right or left hand, as «правую руку» / «от правой руки» take it."""
    return said(("right" if s > 0 else "left") + ("_of" if of else ""))


def seat_words(plan: Plan, seat: Seat) -> Said:
    """Where a seat is as the drawing numbers it: «за столом 3, на месте 5», "at seat 2", with the chair
    behind for an interpreter's."""
    table = plan.table(seat.table_id)
    number = seat.number or seat.id
    if table.shape == "round" or (table.label or "").isdigit():
        where = said("at_table_seat", table=table.label, number=number)
    else:
        where = said("at_seat", number=number)
    return said("chair_behind", where=where) if seat.kind == BEHIND else where
