"""Printing results: JSON on stdout and nothing else with ``--json``, plain lines otherwise."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterable
from dataclasses import asdict, is_dataclass
from typing import Any


def print_json(data: Any) -> None:
    """UTF-8 JSON on stdout, whatever the locale of the terminal."""
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_default)
    sys.stdout.buffer.write(text.encode("utf-8") + b"\n")
    sys.stdout.flush()


def print_lines(lines: Iterable[str]) -> None:
    for line in lines:
        sys.stdout.buffer.write(line.encode("utf-8") + b"\n")
    sys.stdout.flush()


def _default(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        return asdict(obj)
    if isinstance(obj, bytes):
        return None
    raise TypeError(f"cannot write {type(obj).__name__} as JSON")
