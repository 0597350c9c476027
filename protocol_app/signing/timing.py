"""Clock arithmetic of a ceremony: HH:MM in and out, and the start and end of every slot.

Times are minutes from the midnight of the ceremony's day. A ceremony that runs past midnight keeps
counting (24:10 is 00:10 of the next day); ``format_time`` shows such a time with "+1".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from protocol_app.errors import UserError
from protocol_app.words import said

_TIME = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*$")
DAY = 24 * 60


def parse_time(text: str, column: str = "start") -> int:
    """``"10:50"`` (or ``"9.05"``) as minutes from midnight; a ``UserError`` for anything else."""
    match = _TIME.match(text or "")
    if not match or int(match[1]) > 23 or int(match[2]) > 59:
        raise UserError(said("bad_clock", value=text), column=column)
    return int(match[1]) * 60 + int(match[2])


def format_time(minutes: int) -> str:
    """Minutes from midnight as HH:MM; a time on the next day gets "+1" (or "+2", ...)."""
    days, rest = divmod(minutes, DAY)
    text = f"{rest // 60:02d}:{rest % 60:02d}"
    return f"{text}+{days}" if days else text


@dataclass(frozen=True)
class Slot:
    """One timed step of the ceremony: the opening, a signing, or the closing."""

    kind: str  # "opening", "signing" or "closing"
    start: int
    end: int

    @property
    def minutes(self) -> int:
        return self.end - self.start


@dataclass(frozen=True)
class Timetable:
    """The timed ceremony: an optional opening, one slot per signing in order, an optional closing."""

    start: int
    opening: Slot | None
    signings: list[Slot]
    closing: Slot | None

    @property
    def end(self) -> int:
        last = self.closing or (self.signings[-1] if self.signings else self.opening)
        return last.end if last else self.start


def schedule(start: int, durations: list[int], opening: int = 0, closing: int = 0) -> Timetable:
    """Lay the slots end to end from ``start``: opening (if > 0), each signing, closing (if > 0)."""
    if any(d < 1 for d in durations):
        raise UserError(said("signing_minute"), column="duration_min")
    if opening < 0 or closing < 0:
        raise UserError(said("negative_slot"), column="minutes")
    clock = start
    first = None
    if opening:
        first = Slot("opening", clock, clock + opening)
        clock = first.end
    signings = []
    for minutes in durations:
        signings.append(Slot("signing", clock, clock + minutes))
        clock += minutes
    last = Slot("closing", clock, clock + closing) if closing else None
    return Timetable(start, first, signings, last)
