"""Opening a store: one SQLite file, made safe before anything reads or writes it.

An existing file is first identified through a read-only connection: a file that is not SQLite, another
program's database or a store written by a newer Protocol Desk is refused and left byte for byte as it was.
Only then is it opened for writing, with foreign keys, WAL and ``synchronous=FULL``; a new file is created with
mode 0600. Pending migrations run after a backup copy of the file is taken. The first write of a session runs
``PRAGMA quick_check`` first: a damaged store is refused with the backup to restore. A write that finds another
writer at work says who it is when the desktop app's lock file tells.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sqlite3
import threading
from collections.abc import Iterator
from datetime import datetime
from functools import cache
from pathlib import Path

import platformdirs
from sqlite_utils import Database

from protocol_app.errors import StoreError
from protocol_app.store.schema import MIGRATION_SET, migrations
from protocol_app.words import Said, said

APP_NAME = "ProtocolDesk"
STORE_NAME = "protocol-desk.sqlite"


SQLITE_MAGIC = b"SQLite format 3\x00"


class StoreBusy(sqlite3.OperationalError):
    """Another program holds the store's write lock; ``writer`` says who, as far as is known."""

    def __init__(self, writer: str) -> None:
        super().__init__(f"database is locked by {writer}")
        self.writer = writer


class Store(Database):
    """The store's connection: every user action's transaction takes the write lock when it begins.

    sqlite-utils begins with a deferred ``BEGIN``: a transaction that read first and then writes fails at
    once with "database is locked" when another window or command wrote meanwhile, whatever the busy
    timeout. ``BEGIN IMMEDIATE`` waits for the other writer (up to the busy timeout) instead.
    """

    path: Path | None = None  # the file; None in memory
    checked = False  # quick_check passed in this session

    @contextlib.contextmanager
    def atomic(self) -> Iterator[Store]:
        if self.conn.in_transaction:  # nested: a savepoint inside the open transaction
            with super().atomic():
                yield self
            return
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if self.path is not None and ("locked" in str(exc) or "busy" in str(exc)):
                raise StoreBusy(describe_writer(self.path)) from exc
            raise
        try:
            if not self.checked and self.path is not None:
                check_integrity(self, self.path)
                self.checked = True
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

    def executescript(self, sql: str) -> sqlite3.Cursor:
        """Run a script of statements (the migrations); inside an open transaction one by one, as sqlite-utils
        does, for ``sqlite3.executescript`` would commit it first. The statements are cut where a ``;`` ends a
        complete one (``sqlite3.complete_statement``), the places sqlite-utils finds by trying every character,
        which costs a new store 40 ms of its 70 for the first migration's script."""
        if not self.conn.in_transaction:
            return super().executescript(sql)
        cursor = self.conn.cursor()
        for statement in sql_statements(sql):
            cursor.execute(statement)
        return cursor


def sql_statements(sql: str) -> Iterator[str]:
    """The complete statements of a script, stripped, in order; a trigger's inner ``;`` does not end one."""
    statement = ""
    *ended, rest = sql.split(";")
    for piece in ended:
        statement += piece + ";"
        if sqlite3.complete_statement(statement.strip()):
            yield statement.strip()
            statement = ""
    if (statement + rest).strip():
        yield (statement + rest).strip()


def default_store_path() -> Path:
    """The store in the user's data folder (created on first use)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / STORE_NAME


def open_store(path: str | os.PathLike[str] | None = None, *, memory: bool = False) -> Store:
    """Open (creating if missing) and migrate the store at ``path``; ``memory=True`` for a scratch store."""
    if memory:
        db = Store(memory=True)
        _configure(db, wal=False)
        _fill_new(db)
        return db
    file = Path(path) if path is not None else default_store_path()
    new = not file.exists()
    if new:
        if path is None:
            file.parent.mkdir(parents=True, exist_ok=True)  # the user's data folder, made on first use
        elif not file.parent.is_dir():
            raise StoreError(said("store_folder_missing", file=file, folder=file.parent))
        _create_private(file)
    elif file.is_dir():
        raise StoreError(said("store_is_folder", file=file))
    else:
        identify(file)
    try:
        conn = sqlite3.connect(file, check_same_thread=False)
        db = Store(conn)
        db.path = file
        _configure(db, wal=True)
        if new:
            _fill_new(db)
        else:
            _migrate(db, file, backup=True)
    except sqlite3.DatabaseError as exc:
        raise StoreError(said("store_unopened", file=file, reason=exc)) from exc
    return db


def identify(file: Path) -> None:
    """Refuse ``file`` unless it is empty or a Protocol Desk store this version can open; read-only, so a
    refused file is left byte for byte as it was."""
    with file.open("rb") as handle:
        head = handle.read(len(SQLITE_MAGIC))
    if not head:
        return
    if head != SQLITE_MAGIC:
        raise StoreError(said("not_a_store", file=file))
    try:
        conn = sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.DatabaseError as exc:
        raise StoreError(said("store_unopened", file=file, reason=exc)) from exc
    try:
        _refuse_foreign(Database(conn), file)
    except sqlite3.DatabaseError as exc:
        # the file's fault (not a database, damaged), or the machine's (a disk error, no memory left)
        foreign = getattr(exc, "sqlite_errorname", "") in ("", "SQLITE_NOTADB", "SQLITE_CORRUPT")
        raise StoreError(
            said("not_a_store_because" if foreign else "store_unopened", file=file, reason=exc)
        ) from exc
    finally:
        conn.close()


def check_integrity(db: Database, file: Path) -> None:
    """``PRAGMA quick_check``; a damaged store is refused with the backup to restore."""
    try:
        found = [row[0] for row in db.conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.DatabaseError as exc:
        found = [str(exc)]
    if found != ["ok"]:
        raise StoreError(damaged(file, "; ".join(found)))


def damaged(file: Path, detail: str) -> Said:
    """The words for a damaged store: what SQLite found and which backup to restore."""
    backups = sorted(file.parent.glob(f"{file.stem}.backup-*{file.suffix}"))
    restore = said("restore_backup", backup=backups[-1]) if backups else said("no_backup")
    return said("store_damaged", file=file, detail=detail[:200], restore=restore)


def describe_writer(file: Path) -> str:
    """Who holds the store, from the desktop app's lock file (``store.lock``: pid, app, host), when it tells."""
    lock = file.with_name(file.name + ".lock")
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        return "another window or command"
    pid = lines[0].strip() if lines else ""
    host = lines[2].strip() if len(lines) > 2 else ""
    if not pid.isdigit() or (host == socket.gethostname() and not _alive(int(pid))):
        return "another window or command"
    return f"the desktop app (process {pid}{f' on {host}' if host else ''}, lock file {lock})"


def _create_private(file: Path) -> None:
    """Create an empty file readable by its owner only (POSIX), before SQLite writes into it."""
    fd = os.open(file, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _configure(db: Database, *, wal: bool) -> None:
    db.conn.execute("PRAGMA foreign_keys = ON")
    if wal:
        mode = db.conn.execute("PRAGMA journal_mode = WAL").fetchone()[0]
        if str(mode).lower() != "wal":
            raise StoreError(said("no_wal", mode=mode))
    db.conn.execute("PRAGMA synchronous = FULL")
    db.conn.execute("PRAGMA busy_timeout = 5000")


def _refuse_foreign(db: Database, file: Path) -> None:
    """Refuse a file written by a newer version, or a database of some other program."""
    known = {m.name for m in migrations._migrations}
    applied = {m.name for m in migrations.applied(db)}
    newer = sorted(applied - known)
    if newer:
        raise StoreError(said("newer_store", file=file, schema=newer[-1]))
    tables = set(db.table_names())
    if tables and not applied and tables - {"_sqlite_migrations"}:
        raise StoreError(said("other_sqlite_store", file=file))


def _migrate(db: Database, file: Path, *, backup: bool) -> None:
    pending = migrations.pending(db)
    if not pending:
        return
    if backup:
        backup_store(db, file.with_name(f"{file.stem}.backup-{datetime.now():%Y%m%d-%H%M%S}{file.suffix}"))
    migrations.apply(db)


def _fill_new(db: Database) -> None:
    """Give a new, empty store what the migrations make: a copy (SQLite's backup) of a store migrated once
    per process, in memory. The migrations stay the one source of the schema and the shipped rows; a store
    made after the first takes 2 ms, not the 50 of running them all again (a test run makes hundreds)."""
    with _MIGRATED_LOCK:  # its connection is shared by the threads (sqlite3 asks for writes to be serialised)
        _migrated().backup(db.conn)


_MIGRATED_LOCK = threading.Lock()


@cache
def _migrated() -> sqlite3.Connection:
    """An empty store in memory with every migration applied (made on first use, under ``_MIGRATED_LOCK``)."""
    db = Store(sqlite3.connect(":memory:", check_same_thread=False))
    _configure(db, wal=False)
    migrations.apply(db)
    return db.conn


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


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # exists, owned by someone else
        return True
    return True


def schema_names() -> list[str]:
    """Names of the migrations this version knows, oldest first."""
    return [m.name for m in migrations._migrations]


__all__ = [
    "MIGRATION_SET",
    "Store",
    "StoreBusy",
    "backup_store",
    "check_integrity",
    "damaged",
    "default_store_path",
    "describe_writer",
    "identify",
    "open_store",
    "schema_names",
]
