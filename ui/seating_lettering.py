"""One size for every name of a plan in the seating editor, as an officer reads a printed plan: the largest
size at which the widest name fits its room and no name runs into a neighbour's name or chair, by the
printed drawing's rules (``seating/drawing.py``): its size range (``NAME_SIZE`` down to ``MIN_NAME_SIZE``,
here in scene units), a step of 15 % at a time, and the names along a row staggered (every other one
further out, so that each has two chairs' width) when they do not fit one chair's width.

A ``Lettering`` is shared by the seat items of one scene; a seat that shows another person asks it to look
again (``changed``), which it does once the burst of changes is over (or at once: ``settle``).
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

import shiboken6
from PySide6.QtCore import QRectF, QTimer

from protocol_app.seating.drawing import MIN_NAME_SIZE, NAME_SIZE

NAME_PX = 19.0  # the largest name, in scene units (centimetres on the floor)
MIN_NAME_PX = math.floor(NAME_PX * MIN_NAME_SIZE / NAME_SIZE)  # the smallest, as the printed drawing's
LAST_NAME_PX = 6.0  # surnames alone that fit nowhere larger: written this small, the view zooms in
STEP = 0.85  # a crowded plan's names are written this much smaller, a step at a time (as printed)
GAP = 0.3  # of the size: the space kept between two names side by side (about a space's width), a third of
# it between two names one above the other, twice it between the two depths of a staggered row's names


class SeatItem(Protocol):
    """What the lettering needs of a seat item (``seating_items.SeatItem``)."""

    along_row: int

    def lines(self, surnames: bool = False) -> list[int]: ...
    def fitting_size(self, largest: float, staggered: bool, surnames: bool) -> float: ...
    def name_boxes(self, letters: Letters) -> list[QRectF]: ...
    def chair_box(self) -> QRectF: ...
    def lay_out_again(self) -> None: ...


@dataclass(frozen=True)
class Letters:
    """How the names of a plan are written: their ``size`` (scene units), whether the names along rows
    are ``staggered`` and how much further out every other name then goes (``deeper``), and whether only
    the surname line is written (``surnames``: the tooltip tells the rest)."""

    size: float = float(MIN_NAME_PX)
    staggered: bool = False
    deeper: float = 0.0
    surnames: bool = False


class Lettering:
    """The ``Letters`` of one plan's names, chosen for the names shown now."""

    def __init__(self) -> None:
        self.items: list[SeatItem] = []
        self.obstacles: list[QRectF] = []  # scene rectangles no name may cross (a long table's middle)
        self.letters = Letters()
        self._pending = False

    @property
    def size(self) -> float:
        return self.letters.size

    def add(self, item: SeatItem) -> None:
        self.items.append(item)

    def changed(self) -> None:
        """A seat shows another name: look again once the current burst of changes is over."""
        if not self._pending:
            self._pending = True
            QTimer.singleShot(0, self.settle)

    def settle(self) -> None:
        """Choose the letters for the names shown now; lay every seat out again if they changed."""
        self._pending = False
        items = [i for i in self.items if shiboken6.isValid(i)]
        if not items:
            return
        letters = self._choose(items)
        if letters != self.letters:
            self.letters = letters
            for item in items:
                item.lay_out_again()

    def _choose(self, items: list[SeatItem]) -> Letters:
        """The largest size without a collision, names written along each row, else staggered when that
        is larger; surnames only when no whole name fits even at the smallest size, then smaller still
        (the view zooms in to keep the names legible); the smallest size when nothing fits."""
        named = [i for i in items if i.lines()]
        if not named:
            return Letters()
        rows = any(i.along_row for i in named)
        ways = [(staggered, surnames, floor) for surnames, floor in
                ((False, MIN_NAME_PX), (True, MIN_NAME_PX), (True, LAST_NAME_PX))
                for staggered in ((False, True) if rows else (False,))]  # fmt: skip
        best: tuple[bool, Letters] | None = None  # whether no name collides, the letters
        for staggered, surnames, floor in ways:
            if surnames and best is not None and best[0]:
                break  # names fit at a larger size, or whole
            clear, letters = self._fit(items, named, staggered, surnames, floor)
            if best is None or (clear, letters.size) > (best[0], best[1].size):
                best = (clear, letters)
            if clear and letters.size >= NAME_PX * STEP:
                break  # large enough along the rows: no need to stagger
        assert best is not None
        return best[1]

    def _fit(
        self, items: list[SeatItem], named: list[SeatItem], staggered: bool, surnames: bool, floor: float
    ) -> tuple[bool, Letters]:
        """The largest size (down to ``floor``) at which every name fits its room and none collides, a
        step at a time; whether one was found."""
        lines = max(len(i.lines(surnames)) for i in named)
        size = float(math.floor(min(i.fitting_size(NAME_PX, staggered, surnames) for i in named)))
        size = max(floor, min(NAME_PX, size))
        while True:
            deeper = (lines * 1.05 + 2 * GAP) * size if staggered else 0.0
            letters = Letters(size, staggered, deeper, surnames)
            clear = not _collisions(items, self.obstacles, letters)
            if clear or size <= floor:
                return clear, letters
            size = max(floor, float(math.floor(size * STEP)))


def _collisions(items: list[SeatItem], obstacles: list[QRectF], letters: Letters) -> bool:
    """Whether a name would overlap another seat's name or chair, or an obstacle (a sweep along x)."""
    boxes: list[tuple[QRectF, int, bool]] = [(o, -1, False) for o in obstacles]  # box, seat, is a name
    gap = GAP * letters.size / 2
    for k, item in enumerate(items):
        boxes.append((item.chair_box(), k, False))
        boxes += [(b.adjusted(-gap, -gap / 3, gap, gap / 3), k, True) for b in item.name_boxes(letters)]
    boxes.sort(key=lambda b: b[0].left())
    for n, (box, seat, name) in enumerate(boxes):
        for other, other_seat, other_name in boxes[n + 1 :]:
            if other.left() >= box.right():
                break
            if seat != other_seat and (name or other_name) and box.intersects(other):
                return True
    return False
