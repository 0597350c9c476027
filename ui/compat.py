"""Work-arounds for the Qt bindings, applied once when ``ui`` is imported.

PySide6 6.12 (abi3 wheels) returns ``None`` from void methods without taking a reference to it: on Python
3.12+ ``None`` is immortal and nothing happens, but on Python 3.11 every call such as ``processEvents()`` or
``insert()`` drops one reference, and after some thousands the interpreter aborts with "none_dealloc:
deallocating None". On Python < 3.12 we give ``None`` a huge reference count, which is what 3.12 does.
"""

from __future__ import annotations

import ctypes
import sys

_MARGIN = 1 << 40  # far more void calls than a session can make


def guard_none_refcount() -> bool:
    """Make ``None`` effectively immortal on Python < 3.12 (CPython); True when applied."""
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return False
    ctypes.c_ssize_t.from_address(id(None)).value += _MARGIN
    return True
