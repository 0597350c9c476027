"""The store at its edges: refused files left byte for byte, damage found before a write, no write lock for a
dry run, and a busy store that names its writer."""

from __future__ import annotations

import hashlib
import os
import socket
import sqlite3
import subprocess
from pathlib import Path

import pytest
from cli_helpers import run_main as cli
from cli_helpers import visit_store

from protocol_app.errors import StoreError
from protocol_app.store import backup_store, connection, open_store

ROOT = Path(__file__).parent.parent


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr, result.stderr
    return result.stderr


@pytest.fixture
def store(tmp_path: Path) -> Path:
    return visit_store(tmp_path / "store.sqlite")


def test_another_programs_database_is_refused_and_left_byte_for_byte(tmp_path):
    path = tmp_path / "other.sqlite"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    conn.execute("INSERT INTO notes (text) VALUES ('hello')")
    conn.commit()
    conn.close()
    before = digest(path)
    with pytest.raises(StoreError, match="another program"):
        open_store(path)
    assert digest(path) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["other.sqlite"]  # no -wal, no -shm


def test_a_store_from_a_newer_version_is_refused_and_left_byte_for_byte(store):
    conn = sqlite3.connect(store)
    conn.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES "
        "((SELECT migration_set FROM _sqlite_migrations LIMIT 1), 'm999_from_the_future', '2030-01-01')"
    )
    conn.commit()
    conn.execute("PRAGMA journal_mode = DELETE")  # as a newer version might keep it
    conn.close()
    before = digest(store)
    result = cli(store, "events")
    assert result.returncode == 2 and "newer version" in one_line(result)
    assert digest(store) == before


def test_a_store_damaged_in_the_middle_is_named_with_the_backup_before_any_write(store, tmp_path):
    db = open_store(store)
    db["filler"].insert_all({"text": f"{i:06d}" * 200} for i in range(3000))
    backup = backup_store(db, tmp_path / "store.backup-20260701-120000.sqlite")
    db.close()
    size = store.stat().st_size
    page = 4096
    middle = (size // page // 2) * page
    with store.open("r+b") as handle:
        handle.seek(middle)
        handle.write(b"\xde\xad\xbe\xef" * (page // 4))
    result = cli(store, "event", "create", "--title", "Новое", "--date", "2026-08-01")
    assert result.returncode == 2
    line = one_line(result)
    assert "damaged" in line and str(backup) in line
    conn = sqlite3.connect(store)
    assert conn.execute("SELECT count(*) FROM events").fetchone()[0] == 1  # nothing written into it
    conn.close()


def a_list(tmp_path: Path) -> Path:
    path = tmp_path / "list.csv"
    path.write_text("ФИО;Сторона\nРусских Алексей Юрьевич;Россия\n", encoding="utf-8")
    return path


def test_a_dry_run_takes_no_write_lock(store, tmp_path):
    writer = sqlite3.connect(store, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")  # the window in the middle of a save
    try:
        result = cli(store, "import", "attendees", "--event", "1", str(a_list(tmp_path)), "--dry-run")
        listed = cli(store, "events")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.returncode == 0, result.stderr
    assert "would be created 1" in result.stdout
    assert listed.returncode == 0 and "Визит" in listed.stdout


def test_a_busy_store_names_the_window_that_holds_it(store, monkeypatch):
    configure = connection._configure

    def impatient(db, *, wal):  # how long the command waits for the writer is not the point here
        configure(db, wal=wal)
        db.conn.execute("PRAGMA busy_timeout = 200")

    monkeypatch.setattr(connection, "_configure", impatient)
    lock = store.with_name(store.name + ".lock")
    lock.write_text(f"{os.getpid()}\nprotocol-desk\n{socket.gethostname()}\n", encoding="utf-8")
    writer = sqlite3.connect(store, isolation_level=None)
    writer.execute("BEGIN IMMEDIATE")
    try:
        result = cli(store, "event", "create", "--title", "Новое", "--date", "2026-08-01")
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert result.returncode == 1
    line = one_line(result)
    assert "busy" in line and f"process {os.getpid()}" in line


def test_a_file_that_fails_to_read_is_not_called_another_programs(tmp_path, monkeypatch):
    """A file SQLite cannot read as a database is not a store; one the machine fails to read (a disk error, no
    memory left) is said to be unopened, with the reason: the officer's store is not called foreign."""
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\xff" * 4096)
    with pytest.raises(StoreError, match="is not a Protocol Desk store \\(file is not a database\\)"):
        open_store(junk)

    def disk_error(_db, _file):
        error = sqlite3.OperationalError("disk I/O error")
        error.sqlite_errorname = "SQLITE_IOERR"
        raise error

    good = visit_store(tmp_path / "store.sqlite")
    monkeypatch.setattr(connection, "_refuse_foreign", disk_error)
    with pytest.raises(StoreError) as refused:
        open_store(good)
    assert str(refused.value) == f"{good} cannot be opened (disk I/O error)"
