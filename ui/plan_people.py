"""What the seating page shows of each person, made once for the people a plan was opened with."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

from protocol_app.seating.context import SeatingContext

V = TypeVar("V")


class PerPerson(Generic[V]):
    """``make(ctx, aid)`` kept per person for one plan's people: the lists and seats ask for a person's names
    at every paint, size and sort; a change to the people opens the plan again (a new context), and what was
    kept for the old one is dropped."""

    def __init__(self, make: Callable[[SeatingContext, int], V]) -> None:
        self._make = make
        self._kept: dict[int, V] = {}
        self._of: SeatingContext | None = None

    def get(self, ctx: SeatingContext, aid: int) -> V:
        if ctx is not self._of:
            self._kept, self._of = {}, ctx
        if aid not in self._kept:
            self._kept[aid] = self._make(ctx, aid)
        return self._kept[aid]
