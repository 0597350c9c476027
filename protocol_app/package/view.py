"""Opening a package (or any store a colleague sent) to look at, never changing the file: it is checked as
hostile input, copied into a private temporary folder, brought up to this version's schema there, and the
copy is opened read-only."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from protocol_app.package.check import open_package
from protocol_app.package.graph import read_tables
from protocol_app.store import open_store
from protocol_app.store.connection import Store
from protocol_app.store.ui_queries import set_read_only


def open_read_only(path: str | os.PathLike[str]) -> tuple[Store, Path]:
    """The store at ``path`` as a read-only copy; returns the open copy and its path (same file name, in a
    private temporary folder). ``UserError`` for a file that is not a Protocol Desk store of a known version."""
    file = Path(path)
    scratch = open_store(memory=True)
    try:
        tables = read_tables(scratch.conn)
    finally:
        scratch.close()
    with open_package(file, tables, one_event=False):
        folder = Path(tempfile.mkdtemp(prefix="protocol-desk-view-"))  # 0700: the copy stays private
        copy = folder / file.name
        shutil.copyfile(file, copy)
        os.chmod(copy, 0o600)
    db = open_store(copy)
    set_read_only(db)
    return db, copy
