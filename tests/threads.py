"""Work run in several threads at once, Python's thread switch made frequent so that the threads meet inside
what they share (the tests of what the window's preview and a document written beside it share)."""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable


def at_once(work: Callable[[int], None], threads: int = 4, switch: float = 1e-6) -> None:
    """Run ``work(0)``, ``work(1)``, ... in ``threads`` threads at once, switching every ``switch`` seconds."""
    before = sys.getswitchinterval()
    sys.setswitchinterval(switch)
    try:
        running = [threading.Thread(target=work, args=(number,)) for number in range(threads)]
        for thread in running:
            thread.start()
        for thread in running:
            thread.join()
    finally:
        sys.setswitchinterval(before)
