"""Opening a store: one SQLite file, made safe before anything reads or writes it.

Every connection gets foreign keys, WAL and ``synchronous=FULL``. A new file is created with mode 0600.
Pending migrations run after a backup copy of the file is taken; a file that has applied migrations this
version does not know (written by a newer Protocol Desk) is refused and left untouched.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from protocol_app.errors import StoreError
from protocol_app.store.schema import MIGRATION_SET, migrations

APP_NAME = "ProtocolDesk"
STORE_NAME = "protocol-desk.sqlite"


class Store(Database):
    """The store's connection: every user action's transaction takes the write lock when it begins.

    sqlite-utils begins with a deferred ``BEGIN``: a transaction that read first and then writes fails at
    once with "database is locked" when another window or command wrote meanwhile, whatever the busy
    timeout. ``BEGIN IMMEDIATE`` waits for the other writer (up to the busy timeout) instead.
    """

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Store]:  # type: ignore[override]
        if self.conn.in_transaction:  # nested: a savepoint inside the open transaction
            with super().atomic():
                yield self
            return
        self.conn.execute("BEGIN IMMEDIATE")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                self.rollback()
                raise

    @contextlib.contextmanager
    def reading(self) -> Iterator[Store]:
        """A read-only action: one consistent snapshot, no write lock (other windows keep writing)."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        except BaseException:
            self.rollback()
            raise
        else:
            self.conn.execute("COMMIT")


def default_store_path() -> Path:
    """The store in the user's data folder (created on first use)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / STORE_NAME


def open_store(path: str | os.PathLike[str] | None = None, *, memory: bool = False) -> Store:
    """Open (creating if missing) and migrate the store at ``path``; ``memory=True`` for a scratch store."""
    if memory:
        db = Store(memory=True)
        _configure(db, wal=False)
        migrations.apply(db)
        return db
    file = Path(path) if path is not None else default_store_path()
    new = not file.exists()
    if new:
        if path is None:
            file.parent.mkdir(parents=True, exist_ok=True)  # the user's data folder, made on first use
        elif not file.parent.is_dir():
            raise StoreError(f"cannot create the store {file}: the folder {file.parent} does not exist")
        _create_private(file)
    elif file.is_dir():
        raise StoreError(f"{file} is a folder, not a store file")
    try:
        conn = sqlite3.connect(file, check_same_thread=False)
        db = Store(conn)
        _configure(db, wal=True)
        _refuse_foreign(db, file)
        _migrate(db, file, backup=not new)
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"{file} is not a Protocol Desk store ({exc})") from exc
    return db


def _create_private(file: Path) -> None:
    """Create an empty file readable by its owner only (POSIX), before SQLite writes into it."""
    fd = os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _configure(db: Database, *, wal: bool) -> None:
    db.conn.execute("PRAGMA foreign_keys = ON")
    if wal:
        mode = db.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(f"the store cannot use write-ahead logging (journal mode {mode})")
    db.conn.execute("PRAGMA synchronous = FULL")
    db.conn.execute("PRAGMA busy_timeout = 5000")


def _refuse_foreign(db: Database, file: Path) -> None:
    """Refuse a file written by a newer version, or a database of some other program."""
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    newer = sorted(applied - known)
    if newer:
        raise StoreError(
            f"{file} was written by a newer version of Protocol Desk (schema {newer[-1]}); "
            "update the program to open it"
        )
    tables = set(db.table_names())
    if tables and not applied and tables - {"_sqlite_migrations"}:
        raise StoreError(f"{file} is an SQLite database of another program, not a Protocol Desk store")


def _migrate(db: Database, file: Path, *, backup: bool) -> None:
    pending = migrations.pending(db)
    if not pending:
        return
    if backup:
        backup_store(db, file.with_name(f"{file.stem}.backup-{datetime.now():%Y%m%d-%H%M%S}{file.suffix}"))
    migrations.apply(db)


def backup_store(db: Database, target: Path) -> Path:
    """Copy the whole store into ``target`` with SQLite's online backup; the copy is private (0600)."""
    if not target.exists():
        _create_private(target)
    dest = sqlite3.connect(target)
    try:
        db.conn.backup(dest)
    finally:
        dest.close()
    return target


def schema_names() -> list[str]:
    """Names of the migrations this version knows, oldest first."""
    return [m.name for m in migrations._migrations]


__all__ = ["MIGRATION_SET", "Store", "backup_store", "default_store_path", "open_store", "schema_names"]
