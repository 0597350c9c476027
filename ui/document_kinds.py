"""The documents the Documents page can make, each over its core writer; a kind whose core has not landed
is listed as not available, never faked."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from ui.pages.unavailable import core_available
from ui.workers import Progress

Writer = Callable[[Database, int, Path, str, str, list[str], Progress], list[Path]]


@dataclass
class DocumentKind:
    """One kind of document: its formats, whether it has sections to choose, and how to write it."""

    key: str
    title: str
    formats: tuple[str, ...]
    write: Writer | None
    sections: list[tuple[str, str, bool]] = field(default_factory=list)  # (code, words, checked at first)
    modules: tuple[str, ...] = ()

    @property
    def available(self) -> bool:
        return self.write is not None and core_available(*self.modules)


def file_stem(db: Database, event_id: int, what: str) -> str:
    """A file name for an event's document: ``<what>-<event date>``, e.g. ``signing-2023-07-11``."""
    from protocol_app.store.events import get_event

    return f"{what}-{get_event(db, event_id).date}"


def _write_signing(
    db: Database, event_id: int, folder: Path, fmt: str, lang: str, _s: list[str], progress: Progress
) -> list[Path]:
    from protocol_app.signing.export import write_signing

    progress.step(0, 2, QCoreApplication.translate("Documents", "Ordering the ceremony"))
    path = folder / f"{file_stem(db, event_id, 'signing')}-{lang.replace(',', '-')}.{fmt}"
    write_signing(db, event_id, path, fmt, lang)
    return finish([path], progress)


def finish(paths: list[Path], progress: Progress) -> list[Path]:
    """The last step of a writer: when Cancel came meanwhile, remove what was written and stop."""
    if progress.cancelled:
        for path in paths:
            path.unlink(missing_ok=True)
    progress.step(1, 1, QCoreApplication.translate("Documents", "Written"))
    return paths


def _write_attendees(
    db: Database, event_id: int, folder: Path, fmt: str, lang: str, options: list[str], progress: Progress
) -> list[Path]:
    from protocol_app.exporting import export_attendees

    langs = lang.split(",")
    paths: list[Path] = []
    for number, one in enumerate(langs):
        progress.step(
            number,
            len(langs),
            QCoreApplication.translate("Documents", "Writing the list (%1)").replace("%1", one),
        )
        path = folder / f"{file_stem(db, event_id, 'attendees')}-{one}.{fmt}"
        encoding = "cp1251" if "cp1251" in options else "utf-8-sig"
        paths.append(
            export_attendees(
                db,
                event_id,
                path,
                fmt=fmt,
                lang=one,
                encoding=encoding,
                include_personal="personal" in options,
            )
        )
    return finish(paths, progress)


def _write_pack(
    db: Database, event_id: int, folder: Path, fmt: str, lang: str, sections: list[str], progress: Progress
) -> list[Path]:
    from protocol_app.pack import write_pack

    progress.step(0, 2, QCoreApplication.translate("Documents", "Building the pack"))
    path = folder / f"{file_stem(db, event_id, 'pack')}-{lang.replace(',', '-')}.{fmt}"
    write_pack(db, event_id, path, fmt, lang.replace(",", "+"), sections or None)
    return finish([path], progress)


def _write_changes(
    db: Database, event_id: int, folder: Path, fmt: str, lang: str, _s: list[str], progress: Progress
) -> list[Path]:
    from protocol_app.changes import export_changes

    paths = []
    for number, one in enumerate(lang.split(",")):
        progress.step(number, 2, QCoreApplication.translate("Documents", "Comparing with the last list sent"))
        path = folder / f"{file_stem(db, event_id, 'changes')}-{one}.{fmt}"
        paths.append(export_changes(db, event_id, path, since="LAST", fmt=fmt, lang=one)[0])
    return finish(paths, progress)


def pack_sections() -> list[tuple[str, str, bool]]:
    """The sections of a briefing pack as the core defines them, with their words; all chosen at first."""
    if not core_available("protocol_app.pack"):
        return []
    from protocol_app.pack import SECTIONS

    words = {
        "cover": QCoreApplication.translate("Documents", "Cover"),
        "contents": QCoreApplication.translate("Documents", "Contents"),
        "purpose": QCoreApplication.translate("Documents", "Purpose and points to raise"),
        "programme": QCoreApplication.translate("Documents", "Programme"),
        "participants": QCoreApplication.translate("Documents", "Participants (with biographies)"),
        "seating": QCoreApplication.translate("Documents", "Seating plans"),
        "signing": QCoreApplication.translate("Documents", "Signing order"),
        "contacts": QCoreApplication.translate("Documents", "Contacts"),
    }
    return [(name, words.get(name, name), True) for name in SECTIONS]


def document_kinds() -> list[DocumentKind]:
    """Every kind of document, in the order the page lists them."""
    return [
        DocumentKind(
            "attendees",
            QCoreApplication.translate("Documents", "Attendee list"),
            ("pdf", "docx", "xlsx", "csv"),
            _write_attendees,
            modules=("protocol_app.exporting",),
            sections=[
                (
                    "personal",
                    QCoreApplication.translate("Documents", "Include passport numbers and dates of birth"),
                    False,
                ),
                (
                    "cp1251",
                    QCoreApplication.translate("Documents", "CSV in Windows-1251 (for old Excel)"),
                    False,
                ),
            ],
        ),
        DocumentKind(
            "changes",
            QCoreApplication.translate("Documents", "Changes since the last attendee list sent"),
            ("pdf", "docx", "xlsx"),
            _write_changes,
            modules=("protocol_app.changes",),
        ),
        DocumentKind(
            "signing",
            QCoreApplication.translate("Documents", "Signing papers (order, script, alternat)"),
            ("pdf", "docx"),
            _write_signing,
            modules=("protocol_app.signing.export",),
        ),
        DocumentKind(
            "pack",
            QCoreApplication.translate("Documents", "Briefing pack"),
            ("pdf", "docx"),
            _write_pack,
            modules=("protocol_app.pack",),
            sections=pack_sections(),
        ),
    ]
