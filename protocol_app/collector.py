"""Python's cyclic garbage collector kept from walking, again and again, what lives long: for one import
(``long_lived``), or for the rest of the process (``freeze_for_life``).

Frozen objects (``gc.freeze``) are left out of the collector's walks. They are still freed by reference
counting, not by the collector, until ``gc.unfreeze`` gives them back; and ``gc.unfreeze`` gives back every
frozen object, not only the caller's. So the process says once, here, that it keeps its objects frozen, and an
import then freezes nothing of its own. (Asking the collector instead, ``gc.get_freeze_count()``, counts the
frozen objects one by one: 26 ms for 120,000, more than a small import.)
"""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator
from contextlib import contextmanager

_frozen_for_life = False


def freeze_for_life() -> None:
    """What the process holds now (its modules, the name and morphology dictionaries) frozen for good, after a
    full collection; imports keep it frozen (a test run does this once its tests are collected)."""
    global _frozen_for_life
    gc.collect()
    gc.freeze()
    _frozen_for_life = True


@contextmanager
def long_lived() -> Iterator[Callable[[], None]]:
    """For one import: what the process holds when it starts, and what each finished step leaves for the next
    (``settled()``: the file's rows, the plan), frozen until the import ends, even on failure.

    The collector stays on (the window's objects are collected as ever), but a full collection set off by the
    import's many new objects walks only those (one of the whole process, in the planning of 10,000 rows, took
    as long as the planning itself). The planning settles after each row too: what a row adds to the plan (a
    dozen objects) is frozen before the collector's threshold of new objects is reached, so the collector does
    not walk the growing plan at all (it did some 200 times in 10,000 rows: 7% of the import). ``gc.freeze``
    moves lists, it does not walk them: a call per row costs nothing to speak of.

    In a process frozen for life (``freeze_for_life``) this freezes and gives back nothing.
    """
    if _frozen_for_life:
        yield lambda: None
        return
    gc.freeze()
    try:
        yield gc.freeze
    finally:
        gc.unfreeze()
