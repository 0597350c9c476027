"""Entry point of ``protocol-app``: parse, open the store, run one command in one transaction.

Exit status: 0 done; 2 the user's mistake (one line on stderr, nothing written); 1 anything else (one
line on stderr, where it failed in the log file, without the user's data). What a command prints is held
until its transaction has committed, so "(written)" is never shown for a change that is then lost; a reader
that closes the pipe early (``| head -1``) ends the output quietly, the change kept. A dry run and a command
that only reads take no write lock.
"""

from __future__ import annotations

import argparse
import functools
import importlib
import logging
import os
import pkgutil
import sqlite3
import sys
from pathlib import Path

import platformdirs

from protocol_app import __version__
from protocol_app.cli import commands
from protocol_app.cli.output import held
from protocol_app.cli.registry import Parser, Registry
from protocol_app.errors import UserError
from protocol_app.logfile import failure_text, private_log_handler
from protocol_app.store import default_store_path, open_store
from protocol_app.store.connection import StoreBusy, damaged
from protocol_app.words import Lang, Said, error_text

PROG = "protocol-app"


@functools.cache
def build_parser() -> Parser:
    """The parser of every command, built once a process (it keeps nothing between two reads of a command
    line; a program that runs ``main`` more than once, as the tests do, builds it once)."""
    parser = Parser(prog=PROG, description="Protocol Desk: events, seating, signing and briefing packs.")
    parser.add_argument("--db", metavar="FILE", help="the store (default: the store in your data folder)")
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    registry = Registry(parser)
    for info in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{commands.__name__}.{info.name}")
        module.register(registry)
    return parser


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns (and, as a script, exits with) the exit status."""
    argv = sys.argv[1:] if argv is None else argv
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            args = build_parser().parse_args([*argv, "gui"])
    except SystemExit as exc:  # --help, --version, or a usage error already printed in one line
        return int(exc.code or 0)
    command = " ".join(v for v in (args.command, getattr(args, f"{args.command}_command", None)) if v)
    try:
        return _run(args)
    except BrokenPipeError:  # the reader of stdout went away after the commit: the work is kept
        _silence_stdout()
        return 0
    except UserError as exc:
        _name_the_option(exc, argv)
        _say(f"{PROG}: error: {error_text(exc, _words_language(argv, args))}")
        return 2
    except KeyboardInterrupt:
        _say(f"{PROG}: interrupted; nothing was written")
        return 130
    except Exception as exc:
        known = _explain(exc, args.db, _words_language(argv, args))
        if known:
            _say(f"{PROG}: error: {known[1]}")
            return known[0]
        log = _log_failure(command, exc)
        _say(f"{PROG}: internal error: {exc.__class__.__name__}: {exc} (details in {log})")
        return 1


# Refusals the core words without a field, by the option whose value they refuse.
_OPTION_OF = {"unknown_section": "--sections", "no_event_named": "--event"}


def _name_the_option(exc: UserError, argv: list[str]) -> None:
    """A refusal of a value that an option gave names the option (``option --signing-start``), not the
    store's field (``column 'signing_start'``): the field's name as an option, when the command line has it.
    An id that names nothing names its option too (``--agreement 99``: ``no_such`` of an agreement). A file's
    column (an import's) is left as it is."""
    if exc.file is not None or (exc.column or "").startswith("--"):
        return
    said = exc.said if isinstance(exc.said, Said) else None
    if exc.column:
        option = "--" + exc.column.replace("_", "-")
    elif said is not None and isinstance(what := dict(said.facts).get("what"), Said):
        option = "--" + what.code.removeprefix("of_")  # "no_such" of_agreement -> --agreement
    elif said is not None and said.code in _OPTION_OF:
        option = _OPTION_OF[said.code]
    else:
        return
    if any(a == option or a.startswith(f"{option}=") for a in argv):
        exc.column = option


def _words_language(argv: list[str], args: argparse.Namespace) -> str:
    """The language of the error line: the (first) language of ``--lang`` when it is given, else English."""
    if not any(a == "--lang" or a.startswith("--lang=") for a in argv):
        return "en"
    try:
        return Lang.parse(args.lang).langs[0]
    except (UserError, AttributeError):
        return "en"


def _explain(exc: Exception, db: str | None, lang: str) -> tuple[int, str] | None:
    """Exit status and words for failures of the surroundings rather than of the program."""
    if isinstance(exc, OSError) and exc.filename is not None:
        # A file the command was told to read or write: a folder, a missing folder, no permission.
        return 2, f"cannot use {exc.filename}: {exc.strerror or exc}; nothing was written"
    if isinstance(exc, OverflowError) and "SQLite INTEGER" in str(exc):
        return 2, "a number given is too large to be an id or a rank; nothing was written"
    if isinstance(exc, StoreBusy):
        return 1, f"the store is busy: {exc.writer} is writing; nothing was written, try again"
    if isinstance(exc, sqlite3.DatabaseError) and "malformed" in str(exc):
        return 2, damaged(_store_path(db), str(exc)).text(lang)
    if isinstance(exc, sqlite3.OperationalError):
        text = str(exc)
        if "locked" in text or "busy" in text:
            return (
                1,
                "the store is busy (another window or command is writing); nothing was written, try again",
            )
        if "readonly" in text:
            return 2, "the store is read-only here; nothing was written"
    return None


def _run(args: argparse.Namespace) -> int:
    if not args.needs_db:
        with held():
            return int(args.handler(args, None) or 0)
    db = open_store(args.db)
    writes = args.writes and not getattr(args, "dry_run", False)
    try:
        with held(), db.atomic() if writes else db.reading():  # printed once committed
            return int(args.handler(args, db) or 0)
    finally:
        db.close()


def _store_path(db: str | None) -> Path:
    return Path(db) if db else default_store_path()


def _silence_stdout() -> None:
    """Point stdout at the null device, so the interpreter's last flush does not complain of the pipe."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)


def _say(line: str) -> None:
    sys.stderr.write(line.replace("\n", " ") + "\n")
    sys.stderr.flush()


def _log_failure(command: str, exc: BaseException) -> Path:
    path = Path(platformdirs.user_log_dir("ProtocolDesk", appauthor=False)) / "protocol-app.log"
    logger = logging.getLogger(PROG)
    handler = private_log_handler(path)
    logger.addHandler(handler)
    try:
        logger.error(failure_text(command, exc, exc.__traceback__))
    finally:
        logger.removeHandler(handler)
        handler.close()
    return path


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
