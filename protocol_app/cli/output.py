"""Printing results: JSON on stdout and nothing else with ``--json``, plain lines otherwise.

Inside ``held()`` (the command line's transaction) what is printed waits until the block has ended: a report
that says "(written)" reaches the screen only once the change is committed.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable, Iterator
from dataclasses import asdict, is_dataclass
from typing import Any

from protocol_app.errors import UserError

_held: list[list[bytes]] = []


@contextlib.contextmanager
def held() -> Iterator[None]:
    """Hold stdout until the block ends; printed then, or on a ``UserError`` (a report of what was refused),
    and dropped when anything else ends the block (the change was rolled back)."""
    _held.append([])
    try:
        yield
    except UserError:
        _release(_held.pop())
        raise
    except BaseException:
        _held.pop()
        raise
    _release(_held.pop())


def _write(data: bytes) -> None:
    if _held:
        _held[-1].append(data)
    else:
        _release([data])


def _release(chunks: list[bytes]) -> None:
    for chunk in chunks:
        sys.stdout.buffer.write(chunk)
    sys.stdout.flush()


def print_json(data: Any) -> None:
    """UTF-8 JSON on stdout, whatever the locale of the terminal."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_default)
    _write(text.encode("utf-8") + b"\n")


def print_lines(lines: Iterable[str]) -> None:
    _write(b"".join(line.encode("utf-8") + b"\n" for line in lines))


def _default(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    if isinstance(obj, bytes):
        return None
    raise TypeError(f"cannot write {type(obj).__name__} as JSON")
