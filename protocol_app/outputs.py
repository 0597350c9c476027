"""Writing a file the user asked for (a document, a list, a package): one policy for every format.

The content is written to a temporary file beside the target and renamed over it, so a failed write (a full
disk, a crash, a writer's error) leaves the old file as it was and no half file. A folder that does not exist
is refused with one message, never created; a link, a folder or a device at the target is refused, never
replaced. Files with personal data are readable by the user only.
"""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path

from protocol_app.errors import UserError
from protocol_app.words import said


def chosen_format(path: Path, fmt: str | None, formats: Sequence[str]) -> str:
    """The format to write ``path`` in: ``fmt``, else the file's suffix, in lower case; ``UserError`` naming
    the file unless it is one of ``formats``."""
    fmt = (fmt or path.suffix.lstrip(".")).lower()
    if fmt not in formats:
        raise UserError(said("bad_format", formats=", ".join(formats), value=fmt), file=str(path))
    return fmt


def check_target(path: Path) -> Path:
    """The target as given, once it is known that a file may be written there; ``UserError`` if not."""
    path = Path(path)
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(said("folder_missing"), file=str(folder))
    if path.is_symlink():
        raise UserError(said("is_link"), file=str(path))
    if path.exists():
        mode = path.stat().st_mode
        if stat.S_ISDIR(mode):
            raise UserError(said("is_folder"), file=str(path))
        if not stat.S_ISREG(mode):
            raise UserError(said("not_regular"), file=str(path))
    return path


def write_output(path: Path, write: Callable[[Path], object], *, personal: bool = False) -> Path:
    """Write the file at ``path`` with ``write(temporary_path)`` and move it into place in one rename.

    ``personal``: the file holds personal data and is made readable by the user only (0600); other files
    get the usual permissions of a new file.
    """
    path = check_target(path)
    try:
        fd, name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".partial", dir=path.parent)
    except OSError as exc:
        raise UserError(said("folder_unwritable", reason=exc.strerror), file=str(path)) from None
    os.close(fd)
    partial = Path(name)
    try:
        _write(path, partial, write, personal)
    finally:
        partial.unlink(missing_ok=True)
    return path


def _write(path: Path, partial: Path, write: Callable[[Path], object], personal: bool) -> None:
    try:
        write(partial)
        if personal:
            os.chmod(partial, 0o600)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(partial, 0o666 & ~umask)
        with open(partial, "rb+") as handle:  # on disk before it replaces the old file
            os.fsync(handle.fileno())
        os.replace(partial, path)
    except OSError as exc:  # a full disk, a file size limit, no permission
        reason = exc.strerror or str(exc)
        kept = said("old_file_kept" if path.exists() else "nothing_written")
        raise UserError(said("write_failed", reason=reason, kept=kept), file=str(path)) from None
