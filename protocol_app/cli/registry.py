"""How command modules add their commands to the parser.

Each module in ``protocol_app.cli.commands`` has ``register(cli: Registry)``. Commands that share a first
word ("event create", "export place-cards") get the same group from ``cli.group(word)``, described once in
``GROUPS``.
"""

from __future__ import annotations

import argparse
import codecs
from collections.abc import Callable
from typing import Any, NoReturn

Handler = Callable[[argparse.Namespace, Any], int | None]
MAX_ID = 2**63 - 1  # SQLite's largest integer

GROUPS = {  # the first word of the commands of a group: what the group is for
    "event": "create, update or show an event",
    "export": "export an event's attendee list, place cards, signing papers or changes since a list",
    "import": "import attendee or agreement lists from CSV or XLSX",
    "package": "one event in one file for a colleague, and merging such a file here",
    "side": "add a side (a delegation) to an event, or change one",
}


def event_ref(text: str) -> str:
    """An EVENT argument: an id SQLite can hold, or a title; never empty (which would match nothing or any)."""
    text = text.strip()
    if not text:
        raise argparse.ArgumentTypeError("an event id or exact title is needed, not an empty text")
    if text.isdigit() and int(text) > MAX_ID:
        raise argparse.ArgumentTypeError(f"no event has the id {text[:30]}: too large")
    return text


def text_encoding(name: str) -> str:
    """An ``--encoding`` argument: the name of a codec that reads bytes as text (not rot13, not zlib)."""
    try:
        info = codecs.lookup(name)
    except LookupError:
        raise argparse.ArgumentTypeError(f"unknown encoding {name[:30]!r}; e.g. utf-8, cp1251") from None
    if not getattr(info, "_is_text_encoding", True):
        raise argparse.ArgumentTypeError(f"{name[:30]!r} is not a text encoding; e.g. utf-8, cp1251")
    return name


def store_id(text: str) -> int:
    """An id argument: a whole number from 1 that SQLite can hold."""
    if not text.strip().isdigit() or not 1 <= int(text) <= MAX_ID:
        raise argparse.ArgumentTypeError(f"an id is a whole number from 1, not {text[:30]!r}")
    return int(text)


class Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line on stderr and exit status 2."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message}\n")


class Registry:
    """Collects the commands of all command modules into one parser."""

    def __init__(self, parser: Parser) -> None:
        self._top = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=Parser)
        self._groups: dict[str, argparse._SubParsersAction] = {}

    def command(
        self, name: str, handler: Handler, *, help: str, needs_db: bool = True, writes: bool = True
    ) -> Parser:
        """A top-level command, e.g. ``events``; ``writes=False`` for one that only reads the store."""
        return self._bind(self._top.add_parser(name, help=help, description=help), handler, needs_db, writes)

    def group(self, word: str) -> _Group:
        """The group of commands under ``word`` (one of ``GROUPS``), e.g. ``export``."""
        if word not in self._groups:
            parser = self._top.add_parser(word, help=GROUPS[word])
            self._groups[word] = parser.add_subparsers(
                dest=f"{word}_command", metavar="WHAT", parser_class=Parser, required=True
            )
        return _Group(self, self._groups[word])

    @staticmethod
    def _bind(parser: Parser, handler: Handler, needs_db: bool, writes: bool = True) -> Parser:
        parser.set_defaults(handler=handler, needs_db=needs_db, writes=writes)
        return parser


class _Group:
    def __init__(self, registry: Registry, subparsers: argparse._SubParsersAction) -> None:
        self._registry = registry
        self._sub = subparsers

    def command(
        self, name: str, handler: Handler, *, help: str, needs_db: bool = True, writes: bool = True
    ) -> Parser:
        return self._registry._bind(
            self._sub.add_parser(name, help=help, description=help), handler, needs_db, writes
        )
