"""``gui`` (and no command at all): open the desktop app on the store."""

from __future__ import annotations

import argparse

from protocol_app.cli.registry import Registry


def register(cli: Registry) -> None:
    cli.command("gui", open_gui, help="open the desktop app (the default)", needs_db=False)


def open_gui(args: argparse.Namespace, _db: None) -> int:
    from ui.app import run  # the core stays importable without Qt; only this command needs it

    return run(args.db)
