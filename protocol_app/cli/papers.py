"""What the commands that write a paper which may be English share (``pack``, ``export attendees``,
``export signing``): their ``--strict`` and ``--json`` options, the event, language and warnings their
arguments name, and the report of the file written."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from protocol_app.cli.output import print_json, print_lines
from protocol_app.english_texts import english_warnings
from protocol_app.model import Event
from protocol_app.pack import parse_sections
from protocol_app.signing.gaps import paper_gaps
from protocol_app.store.events import resolve_event
from protocol_app.words import Lang


def english_options(parser: argparse.ArgumentParser) -> None:
    """``--strict`` and ``--json`` of a command that writes a paper which may be English (pack, export,
    signing): an English paper lacking English texts is refused with ``--strict``, else warned about."""
    parser.add_argument(
        "--strict",
        action="store_true",
        help="refuse an English paper that lacks English texts (default: warn)",
    )
    parser.add_argument("--json", action="store_true")


def paper_of(args: argparse.Namespace, db: Database, paper: str) -> tuple[Event, Lang, list[dict[str, str]]]:
    """The event (``--event``) and the language (``--lang``) of ``paper``, with the warnings of what its
    English lacks (refused with ``--strict``) and of the gaps its signing papers show (a party without a
    signatory, a language's text to be supplied), worded in the paper's first language."""
    event = resolve_event(db, args.event)
    lang = Lang.parse(args.lang)
    warnings = english_warnings(db, event.id, lang, paper, strict=args.strict, words=lang.langs[0])
    sections = parse_sections(getattr(args, "sections", None)) if paper == "pack" else []
    warnings += paper_gaps(db, event.id, paper, sections, lang.langs[0])
    return event, lang, warnings


def print_written(
    args: argparse.Namespace, path: Path, warnings: list[dict[str, str]], record: dict[str, Any] | None = None
) -> None:
    """Report the paper written: with ``--json`` ``record`` (default ``{files, warnings}``), else a line
    "wrote PATH" and a line for each warning."""
    if args.json:
        print_json(record or {"files": [str(path)], "warnings": warnings})
    else:
        print_lines([f"wrote {path}", *(f"warning: {w['message']}" for w in warnings)])
