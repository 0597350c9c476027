"""Entry point of ``protocol-app``: parse, open the store, run one command in one transaction.

Exit status: 0 done; 2 the user's mistake (one line on stderr, nothing written); 1 anything else (one
line on stderr, the traceback in the log file).
"""

from __future__ import annotations

import importlib
import logging
import pkgutil
import sqlite3
import sys
import traceback
from pathlib import Path

import platformdirs

from protocol_app import __version__
from protocol_app.cli import commands
from protocol_app.cli.registry import Parser, Registry
from protocol_app.errors import UserError

PROG = "protocol-app"


def build_parser() -> Parser:
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
    try:
        return _run(args)
    except UserError as exc:
        _say(f"{PROG}: error: {exc}")
        return 2
    except KeyboardInterrupt:
        _say(f"{PROG}: interrupted; nothing was written")
        return 130
    except Exception as exc:
        known = _explain(exc)
        if known:
            _say(f"{PROG}: error: {known[1]}")
            return known[0]
        log = _log_failure()
        _say(f"{PROG}: internal error: {exc.__class__.__name__}: {exc} (details in {log})")
        return 1


def _explain(exc: Exception) -> tuple[int, str] | None:
    """Exit status and words for failures of the surroundings rather than of the program."""
    if isinstance(exc, OSError) and exc.filename is not None:
        # A file the command was told to read or write: a folder, a missing folder, no permission.
        return 2, f"cannot use {exc.filename}: {exc.strerror or exc}; nothing was written"
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


def _run(args) -> int:
    if not args.needs_db:
        return int(args.handler(args, None) or 0)
    from protocol_app.store import open_store

    db = open_store(args.db)
    try:
        with db.atomic() if args.writes else db.reading():
            return int(args.handler(args, db) or 0)
    finally:
        db.close()


def _say(line: str) -> None:
    sys.stderr.write(line.replace("\n", " ") + "\n")
    sys.stderr.flush()


def _log_failure() -> Path:
    folder = Path(platformdirs.user_log_dir("ProtocolDesk", appauthor=False))
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "protocol-app.log"
    logging.basicConfig(filename=path, level=logging.ERROR)
    logging.getLogger(PROG).error("command failed: %s\n%s", sys.argv, traceback.format_exc())
    return path


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
