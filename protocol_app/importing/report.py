"""The result of an import: counts, and every problem with the row and column it is in."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from typing import Any

from protocol_app.store.changes import ChangeSet
from protocol_app.words import Said, said

MAX_ERRORS = 500
PROGRESS_EVERY = 500  # rows between two progress calls
_SLIPS = {"fuzzy": "spelling_slip", "patronymic slip": "patronymic_slip"}  # matches that are also warnings
Progress = Callable[[int, int], None]  # progress(rows_done, rows_total)


@dataclass
class Problem:
    """An error (nothing is written) or a warning (the row is imported), where it is in the file."""

    row: int | None
    message: str  # in English, as the JSON gives it
    column: str | None = None
    said: Said | None = None  # the code and facts, when the words module words it

    def text(self, lang: str = "en") -> str:
        """The problem in ``lang`` ("ru" or "en")."""
        return self.said.text(lang) if self.said is not None else self.message


def _problem(row: int | None, message: str | Said, column: str | None = None) -> Problem:
    if isinstance(message, Said):
        return Problem(row, message.text("en"), column, message)
    return Problem(row, message, column)


@dataclass
class Match:
    """A row that names a person already known: who, and how sure ("exact", "fuzzy", "repeated")."""

    row: int
    name: str  # the name as the file writes it
    person_id: int | None  # None: a person first met in an earlier row of this file
    person: str  # the name as the store writes it
    how: str
    score: float = 100.0


@dataclass
class AddedOrganisation:
    """An organisation an import adds to the directory (no known one has its name, spelling aside), with the
    row that first names it: a known one spelt otherwise would be a second copy, so the report lists them."""

    row: int | None
    name: str


@dataclass
class ImportReport:
    """What an import did (or, with ``dry_run``, would do); ``written`` is True once it is in the store."""

    kind: str  # "attendees" or "agreements"
    file: str
    created: int = 0
    updated: int = 0
    skipped: int = 0
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    matches: list[Match] = field(default_factory=list)
    changes: list[Problem] = field(default_factory=list)  # what an update changed, row by row
    new_organisations: list[AddedOrganisation] = field(default_factory=list)
    dry_run: bool = False
    written: bool = False
    change_set: ChangeSet = field(default_factory=ChangeSet)  # what the write changed, for undo

    @property
    def ok(self) -> bool:
        """True when the file has no errors."""
        return not self.errors

    def error(self, row: int | None, column: str | None, message: str | Said) -> None:
        if len(self.errors) < MAX_ERRORS:
            self.errors.append(_problem(row, message, column))

    def warn(self, row: int | None, message: str | Said) -> None:
        self.warnings.append(_problem(row, message))

    def matched(
        self, row: int, written: str, person_id: int | None, person: str, how: str, score: float
    ) -> None:
        """Note that a row names a known person (``Match``): the one way both imports list what they matched. A
        fuzzy match (a spelling slip) or a patronymic spelt otherwise is also a warning, so the officer sees it
        and can undo a wrong one."""
        self.matches.append(Match(row, written, person_id, person, how, score))
        if how in _SLIPS:
            self.warn(
                row, said(_SLIPS[how], written=written, name=person, id=person_id, score=f"{score:.0f}")
            )

    def changed(self, row: int | None, message: str | Said) -> None:
        """Say what a row updates in something already stored."""
        self.changes.append(_problem(row, message))

    def to_dict(self, lang: str = "en") -> dict[str, Any]:
        """The JSON the command line prints (docs/CLI.md: created, updated, skipped, errors, warnings, matches,
        changes, new_organisations: [{row, name}]), the messages in ``lang``."""
        return {
            "kind": self.kind,
            "file": self.file,
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "errors": [{"row": p.row, "column": p.column, "message": p.text(lang)} for p in self.errors],
            "warnings": [{"row": p.row, "message": p.text(lang)} for p in self.warnings],
            "matches": [asdict(m) for m in self.matches],
            "changes": [{"row": p.row, "message": p.text(lang)} for p in self.changes],
            "new_organisations": [asdict(o) for o in self.new_organisations],
            "dry_run": self.dry_run,
            "written": self.written,
        }

    def summary(self) -> str:
        """One line for people: "created 12, updated 3, skipped 1; 0 errors, 2 warnings"."""
        verb = "would be" if self.dry_run or not self.written else ""
        counts = f"created {self.created}, updated {self.updated}, skipped {self.skipped}"
        state = "nothing written" if not self.written else "written"
        if self.dry_run:
            state = "dry run, nothing written"
        head = f"{verb} {counts}".strip()
        return f"{head}; {len(self.errors)} errors, {len(self.warnings)} warnings ({state})"
