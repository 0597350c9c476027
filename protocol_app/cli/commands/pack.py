"""``pack``: an event's briefing pack as PDF or DOCX, in Russian, English or both, with chosen sections."""

from __future__ import annotations

import argparse
from pathlib import Path

from sqlite_utils import Database

from protocol_app.cli.papers import english_options, paper_of, print_written
from protocol_app.cli.registry import Registry, event_ref
from protocol_app.documents import FORMATS
from protocol_app.pack import SECTIONS, write_pack


def register(cli: Registry) -> None:
    p = cli.command("pack", make_pack, help="write an event's briefing pack (PDF or DOCX)", writes=False)
    p.add_argument("--event", required=True, type=event_ref, help="event id or exact title")
    p.add_argument("--format", required=True, choices=FORMATS)
    p.add_argument("-o", "--output", required=True, metavar="FILE")
    p.add_argument("--lang", default="ru", help="ru, en or ru+en (default ru)")
    p.add_argument("--sections", help=f"comma-separated, in any order (default all): {','.join(SECTIONS)}")
    p.add_argument(
        "--template", type=Path, help="a Word template (letterhead) for DOCX; default the shipped one"
    )
    english_options(p)


def make_pack(args: argparse.Namespace, db: Database) -> None:
    event, lang, warnings = paper_of(args, db, "pack")
    written = write_pack(
        db, event.id, Path(args.output), args.format, lang, args.sections, template=args.template
    )
    print_written(args, written, warnings)
