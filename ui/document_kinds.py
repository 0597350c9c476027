"""The documents the Documents page makes, each over its core writer.

A kind writes its files into a folder it is given (a private temporary one: the page previews them, then
moves them into place through ``protocol_app.outputs``); it never decides where the officer's file goes.
One more kind is one more ``DocumentKind`` in ``document_kinds()``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from pypdf import PdfWriter
from PySide6.QtCore import QCoreApplication
from sqlite_utils import Database

from protocol_app.changes import export_changes
from protocol_app.errors import UserError
from protocol_app.exporting import export_attendees
from protocol_app.model import Layout
from protocol_app.pack import SECTIONS, write_pack
from protocol_app.seating import caption, diagrams, drawings
from protocol_app.seating.applies import plan_for, shown_by_default
from protocol_app.seating.place_cards import write_place_cards
from protocol_app.seating.plans import SeatedPlan, open_plan
from protocol_app.seating.render import write_plan_pdf
from protocol_app.signing.export import write_signing
from protocol_app.store.events import get_event
from protocol_app.store.seating import get_plan, list_plans
from protocol_app.words import Lang
from ui.workers import Progress

Choice = tuple[str, str, bool]  # (code, words, checked at first)


@dataclass(frozen=True)
class WriteRequest:
    """What a writer is asked for: the event's document as ``folder/stem.fmt`` in ``lang``, with the options
    chosen (sections, plans...), reporting to ``progress``."""

    db: Database
    event_id: int
    folder: Path
    stem: str
    fmt: str
    lang: Lang
    options: list[str]
    progress: Progress

    @property
    def path(self) -> Path:
        """The one file of a kind that writes one."""
        return self.folder / f"{self.stem}.{self.fmt}"

    def per_language(self) -> list[tuple[str, Path]]:
        """(language, path) of each file of a one-file-per-language kind: ``stem-ru.pdf``, ``stem-en.pdf``."""
        langs = self.lang.langs
        if len(langs) == 1:
            return [(langs[0], self.path)]
        return [(one, self.folder / f"{self.stem}-{one}.{self.fmt}") for one in langs]


Writer = Callable[[WriteRequest], list[Path]]  # the files written


@dataclass
class DocumentKind:
    """One kind of document: its formats and languages, the options it offers, and how to write it."""

    key: str
    title: str
    formats: tuple[str, ...]
    write: Writer
    choices: Callable[[Database, int, str], list[Choice]] = field(default=lambda _db, _event, _lang: [])
    languages: tuple[Lang, ...] = (Lang.RU, Lang.EN, Lang.RU_EN)
    personal: Callable[[list[str]], bool] = field(default=lambda _options: False)
    one_file_per_language: bool = False

    def default_stem(self, db: Database, event_id: int, lang: Lang) -> str:
        """The file name offered at first: ``<kind>-<event date>[-<languages>]``, e.g. ``pack-2023-07-11-ru``."""
        stem = f"{self.key}-{get_event(db, event_id).date}"
        if len(self.languages) > 1 and not (self.one_file_per_language and len(lang.langs) > 1):
            stem += "-" + "-".join(lang.langs)
        return stem


def saved_language(value: str) -> Lang:
    """The document language kept in the settings (older settings wrote "ru,en"); Russian when unreadable."""
    try:
        return Lang.parse(value)
    except UserError:
        return Lang.RU


def finish(paths: list[Path], progress: Progress) -> list[Path]:
    """The last step of a writer: when Cancel came meanwhile, remove what was written and stop."""
    if progress.cancelled:
        for path in paths:
            path.unlink(missing_ok=True)
    progress.step(1, 1, QCoreApplication.translate("Documents", "Written"))
    return paths


def _each_language(request: WriteRequest, step: str, write: Callable[[str, Path], Path]) -> list[Path]:
    """Write one file per language (``write(lang, path)``), a progress step each, then finish."""
    paths: list[Path] = []
    files = request.per_language()
    for number, (one, path) in enumerate(files):
        request.progress.step(number, len(files), step.replace("%1", one))
        paths.append(write(one, path))
    return finish(paths, request.progress)


def _write_attendees(request: WriteRequest) -> list[Path]:
    options = request.options
    encoding = "cp1251" if "cp1251" in options else "utf-8-sig"
    return _each_language(
        request,
        QCoreApplication.translate("Documents", "Writing the list (%1)"),
        lambda one, path: export_attendees(
            request.db,
            request.event_id,
            path,
            fmt=request.fmt,
            lang=one,
            encoding=encoding,
            include_personal="personal" in options,
        ),
    )


def _write_signing(request: WriteRequest) -> list[Path]:
    request.progress.step(0, 2, QCoreApplication.translate("Documents", "Ordering the ceremony"))
    path = write_signing(request.db, request.event_id, request.path, request.fmt, request.lang)
    return finish([path], request.progress)


def _write_changes(request: WriteRequest) -> list[Path]:
    return _each_language(
        request,
        QCoreApplication.translate("Documents", "Comparing with the last list sent"),
        lambda one, path: export_changes(
            request.db, request.event_id, path, since="LAST", fmt=request.fmt, lang=one
        )[0],
    )


def _write_pack(request: WriteRequest) -> list[Path]:
    if not request.options:
        raise UserError(QCoreApplication.translate("Documents", "Choose at least one section of the pack."))
    request.progress.step(0, 2, QCoreApplication.translate("Documents", "Building the pack"))
    path = write_pack(request.db, request.event_id, request.path, request.fmt, request.lang, request.options)
    return finish([path], request.progress)


def pack_sections(_db: Database, _event_id: int, _lang: str) -> list[Choice]:
    """The sections of a briefing pack as the core defines them, with their words; all chosen at first."""
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


def attendee_options(_db: Database, _event_id: int, _lang: str) -> list[Choice]:
    return [
        (
            "personal",
            QCoreApplication.translate("Documents", "Include passport numbers and dates of birth"),
            False,
        ),
        ("cp1251", QCoreApplication.translate("Documents", "CSV in Windows-1251 (for old Excel)"), False),
    ]


def plan_choices(db: Database, event_id: int, lang: str) -> list[Choice]:
    """Each saved seating plan of the event (captioned in ``lang``); with none saved, the tables the rules
    seat by themselves."""
    saved = [(str(p.id), caption(open_plan(db, p.id), lang), True) for p in list_plans(db, event_id)]
    if saved:
        return saved
    words = {
        Layout.NEGOTIATION: QCoreApplication.translate(
            "Documents", "Negotiation table, seated by the rules (not saved)"
        ),
        Layout.SIGNING: QCoreApplication.translate(
            "Documents", "Signing table, seated by the rules (not saved)"
        ),
    }
    return [(f"auto:{layout}", words[layout], True) for layout in shown_by_default(db, event_id)]


def _plans(db: Database, event_id: int, codes: list[str]) -> list[SeatedPlan]:
    if not codes:
        raise UserError(
            QCoreApplication.translate(
                "Documents", "Choose at least one seating plan (save one on the Seating page)."
            )
        )
    plans = []
    for code in codes:
        if code.startswith("auto:"):
            plans.append(plan_for(db, event_id, Layout(code.removeprefix("auto:"))).seated)
        else:
            stored = get_plan(db, int(code))
            plans.append(
                plan_for(
                    db, event_id, stored.layout, agreement_id=stored.agreement_id, plan_id=stored.id
                ).seated
            )
    return plans


def _write_seating(request: WriteRequest) -> list[Path]:
    db, event_id, codes = request.db, request.event_id, request.options
    event = get_event(db, event_id)
    paths = []
    files = request.per_language()
    for number, (one, path) in enumerate(files):
        request.progress.step(
            number,
            len(files),
            QCoreApplication.translate("Documents", "Drawing the plans (%1)").replace("%1", one),
        )
        plans = _plans(db, event_id, codes) if codes or list_plans(db, event_id) else None
        drawn = (
            [page for p in plans for page in drawings(p, one)]
            if plans is not None
            else diagrams(db, event_id, one)
        )
        if not drawn:
            raise UserError(
                QCoreApplication.translate("Documents", "This event has no seating plan to draw yet.")
            )
        paths.append(write_plan_pdf(drawn, path, event, one))
    return finish(paths, request.progress)


def _write_place_cards(request: WriteRequest) -> list[Path]:
    folder, stem = request.folder, request.stem
    plans = _plans(request.db, request.event_id, request.options)
    parts = []
    for number, seated in enumerate(plans):
        request.progress.step(
            number,
            len(plans) + 1,
            QCoreApplication.translate("Documents", "Cards for plan %1").replace("%1", str(number + 1)),
        )
        parts.append(folder / f".{stem}-{number + 1}.pdf")
        write_place_cards(seated, parts[-1])
    merged = PdfWriter()  # the cards of every plan chosen, in one file to print
    for part in parts:
        merged.append(part)
    path = folder / f"{stem}.pdf"
    merged.write(path)
    for part in parts:
        part.unlink()
    return finish([path], request.progress)


def document_kinds() -> list[DocumentKind]:
    """Every kind of document, in the order the page lists them; a new kind is one more entry here."""
    return [
        DocumentKind(
            "attendees",
            QCoreApplication.translate("Documents", "Attendee list"),
            ("pdf", "docx", "xlsx", "csv"),
            _write_attendees,
            attendee_options,
            personal=lambda options: "personal" in options,
            one_file_per_language=True,
        ),
        DocumentKind(
            "pack",
            QCoreApplication.translate("Documents", "Briefing pack"),
            ("pdf", "docx"),
            _write_pack,
            pack_sections,
        ),
        DocumentKind(
            "signing",
            QCoreApplication.translate("Documents", "Signing papers and the announcer's script"),
            ("pdf", "docx"),
            _write_signing,
        ),
        DocumentKind(
            "seating",
            QCoreApplication.translate("Documents", "Seating plans"),
            ("pdf", "docx"),
            _write_seating,
            plan_choices,
            one_file_per_language=True,
        ),
        DocumentKind(
            "place-cards",
            QCoreApplication.translate("Documents", "Place cards"),
            ("pdf",),
            _write_place_cards,
            plan_choices,
            languages=(),  # each card carries its guest's own languages
        ),
        DocumentKind(
            "changes",
            QCoreApplication.translate("Documents", "Changes since the last attendee list sent"),
            ("pdf", "docx", "xlsx"),
            _write_changes,
            personal=lambda _options: True,
            one_file_per_language=True,
        ),
    ]
