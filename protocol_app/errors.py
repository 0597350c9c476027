"""Errors a user can fix: bad input, unknown ids, a store the program cannot open.

The core raises them with a message as a code and facts (``words.said``); ``words.error_text`` words it in
Russian or English with where it is (file, row, column). The command line prints that in one line on stderr
(exit status 2); the UI shows it in its language. ``str()`` is the English text, for logs.
"""

from __future__ import annotations

from typing import Protocol


class Worded(Protocol):
    """A message as a code and facts that ``words`` words in Russian or English (``words.Said``)."""

    def text(self, lang: str = "en") -> str: ...


class UserError(Exception):
    """A mistake in what the user gave us, with where it is (file, row, column) when known."""

    def __init__(
        self,
        message: str | Worded,
        *,
        file: str | None = None,
        row: int | None = None,
        column: str | None = None,
    ) -> None:
        self.said = None if isinstance(message, str) else message
        self.message = message if isinstance(message, str) else message.text("en")
        super().__init__(self.message)
        self.file = file
        self.row = row
        self.column = column

    def text(self, lang: str = "en") -> str:
        """The message alone in ``lang`` ("ru" or "en"); English when it has no other words."""
        return self.said.text(lang) if self.said is not None else self.message

    def __str__(self) -> str:
        where = []
        if self.file:
            where.append(str(self.file))
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(
                f"option {self.column}" if self.column.startswith("--") else f"column {self.column!r}"
            )
        return f"{', '.join(where)}: {self.message}" if where else self.message


class NotFound(UserError):
    """An id or title that names nothing in the store."""


class StoreError(UserError):
    """The store file cannot be opened: written by a newer version, not a store, locked."""
