"""The log file of the program: readable by the user only, rotated, and holding no personal data.

The command line and the desktop app log through ``private_log_handler``; what they log about a failure is
``failure_text``: the command's name and where the program failed, never the values the user typed or the
names and addresses of the people in the store.
"""

from __future__ import annotations

import os
import traceback
from io import TextIOWrapper
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

MAX_BYTES = 1024 * 1024
BACKUPS = 3


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A ``RotatingFileHandler`` whose files (the current one and each new one after a rotation) are 0600."""

    def _open(self) -> TextIOWrapper:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
        os.fchmod(fd, 0o600)  # a log written by an older version was world-readable
        return open(fd, "a", encoding=self.encoding, errors=self.errors)  # a rotating handler only appends


def private_log_handler(path: Path) -> PrivateRotatingFileHandler:
    """A handler that writes ``path`` (0600), rotated at 1 MB with three old files kept."""
    path.parent.mkdir(parents=True, exist_ok=True)
    return PrivateRotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")


def failure_text(command: str, error: BaseException, tb: TracebackType | None) -> str:
    """What to log about a failure: the command, the kind of error and the code's call stack; not the error's
    message, which may quote a name, a file or a value from the user's data."""
    frames = "".join(traceback.format_list(traceback.extract_tb(tb)))
    return f"command failed: {command or '(none)'}: {error.__class__.__name__}\n{frames}"
