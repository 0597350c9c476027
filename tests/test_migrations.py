"""Store files: created private, migrated with a backup, refused when written by a newer version."""

from __future__ import annotations

import os
import sqlite3
import stat
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlite_utils import Database
from sqlite_utils.db import _iter_complete_sql_statements

from protocol_app.errors import StoreError
from protocol_app.store import connection, open_store
from protocol_app.store.connection import sql_statements
from protocol_app.store.schema import MIGRATION_SET, migrations


def test_new_store_is_private_and_safe(store_path):
    db = open_store(store_path)
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    db.close()
    if sys.platform != "win32":
        assert stat.S_IMODE(os.stat(store_path).st_mode) == 0o600


def test_empty_first_version_file_upgrades_with_a_backup(store_path, monkeypatch):
    first = migrations._migrations[0].name
    raw = Database(store_path)
    migrations.apply(raw, stop_before=[m.name for m in migrations._migrations[1:]] or None)
    raw.close()
    extra = [
        *migrations._migrations,
        migrations._Migration("m999_test", lambda db: db["extra"].create({"x": int})),
    ]
    monkeypatch.setattr(migrations, "_migrations", extra)
    db = open_store(store_path)
    assert "extra" in db.table_names()
    assert next(m.name for m in migrations.applied(db)) == first
    db.close()
    backups = list(store_path.parent.glob("store.backup-*.sqlite"))
    assert len(backups) == 1
    assert "extra" not in Database(backups[0]).table_names()


def test_store_from_a_newer_version_is_refused_untouched(store_path):
    open_store(store_path).close()
    raw = sqlite3.connect(store_path)
    raw.execute(
        "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES (?, ?, ?)",
        (MIGRATION_SET, "m900_future", "2030-01-01"),
    )
    raw.commit()
    raw.close()
    before = store_path.read_bytes()
    with pytest.raises(StoreError, match="newer version"):
        open_store(store_path)
    assert store_path.read_bytes() == before


def test_a_file_that_is_not_a_store_is_refused(tmp_path):
    junk = tmp_path / "notes.sqlite"
    junk.write_text("this is not a database" * 100)
    with pytest.raises(StoreError, match="not a Protocol Desk store"):
        open_store(junk)
    other = tmp_path / "other.sqlite"
    Database(other)["things"].insert({"a": 1})
    with pytest.raises(StoreError, match="another program"):
        open_store(other)


def test_default_store_lives_in_the_user_data_folder():
    assert connection.default_store_path().name == "protocol-desk.sqlite"


def test_every_link_has_an_index_so_deletes_do_not_scan_tables():
    """An undone import deletes thousands of participants: each delete checks the links to it, which must be
    an index look-up, not a scan of the linking table."""
    db = open_store(memory=True)
    missing = []
    for table in db.table_names():
        first_columns = set()
        for index in db.execute(f"PRAGMA index_list('{table}')").fetchall():
            columns = db.execute(f"PRAGMA index_info('{index[1]}')").fetchall()
            first_columns.add(min(columns)[2])
        primary = [r[1] for r in db.execute(f"PRAGMA table_info('{table}')").fetchall() if r[5] == 1]
        for link in db.execute(f"PRAGMA foreign_key_list('{table}')").fetchall():
            if link[3] not in first_columns and primary[:1] != [link[3]]:
                missing.append(f"{table}.{link[3]}")
    assert missing == []


def test_a_store_before_the_partial_link_indexes_migrates_and_its_links_still_hold(store_path):
    """A store of m007 gains the partial indexes of the links almost nobody has (an interpreter's, a spouse's);
    the links it holds are kept, found through the index, and let go when the person they point at is
    removed from the event."""
    from protocol_app.store.schema import MOSTLY_EMPTY_LINKS

    raw = Database(store_path)
    migrations.apply(raw, stop_before=["m008_imp10"])
    raw.execute("PRAGMA foreign_keys = ON")
    raw["events"].insert({"title": "Старое", "date": "2024-07-10"})
    raw["sides"].insert({"event_id": 1, "name": "Хозяева"})
    raw["people"].insert_all([{"surname": "Иванов"}, {"surname": "Ли"}, {"surname": "Ли"}])
    parts = [{"event_id": 1, "person_id": 1, "side_id": 1}, {"event_id": 1, "person_id": 2, "side_id": 1}]
    raw["participants"].insert_all(parts)
    raw["participants"].insert(
        {"event_id": 1, "person_id": 3, "side_id": 1, "interprets_for": 1, "partner_id": 2}
    )
    raw.close()
    db = open_store(store_path)
    for table, column in MOSTLY_EMPTY_LINKS:
        sql = db.execute("SELECT sql FROM sqlite_master WHERE name = ?", [f"{table}_{column}"]).fetchone()[0]
        assert sql.endswith(f"WHERE {column} IS NOT NULL")
        plan = db.execute(f"EXPLAIN QUERY PLAN SELECT 1 FROM {table} WHERE {column} = ?", [1]).fetchall()
        assert f"USING COVERING INDEX {table}_{column}" in plan[0][3]  # a delete's look-up of the link
    assert db.execute("SELECT interprets_for, partner_id FROM participants WHERE id = 3").fetchone() == (1, 2)
    with db.atomic():
        db.execute("DELETE FROM participants WHERE id IN (1, 2)")
    assert db.execute("SELECT interprets_for, partner_id FROM participants WHERE id = 3").fetchone() == (
        None,
        None,
    )
    assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                ";",
                "'",
                '"',
                "-",
                "--",
                "\n",
                "/*",
                "*/",
                " ",
                "x",
                "SELECT 1",
                "CREATE TRIGGER t AFTER INSERT ON a",
                "BEGIN",
                "END",
                "CASE",
                "[",
                "]",
            ]
        ),
        max_size=40,
    ).map("".join)
)
def test_a_script_is_cut_into_the_statements_sqlite_utils_finds(script):
    """The store's own cutting of a migration script (at each ``;`` that ends a complete statement) gives the
    statements sqlite-utils' cutting (at every character) gives: quotes, comments and trigger bodies too."""
    assert list(sql_statements(script)) == list(_iter_complete_sql_statements(script))


def _schema(db) -> list[tuple]:
    return sorted(db.execute("SELECT type, name, sql FROM sqlite_master").fetchall())


def _ranks(db) -> list[tuple]:
    return db.execute("SELECT * FROM ranks ORDER BY id").fetchall()


def test_new_stores_hold_every_migration_and_each_is_its_own(tmp_path):
    """A new store is a copy of the migrations applied once in the process: the schema and the shipped rank
    ladder of an empty file migrated step by step; a change to one new store shows in no other."""
    stepwise = connection.Store(tmp_path / "stepwise.sqlite")
    migrations.apply(stepwise)
    first, second, scratch = open_store(tmp_path / "a.sqlite"), open_store(tmp_path / "b.sqlite"), None
    for db in (first, second):
        assert _schema(db) == _schema(stepwise) and _ranks(db) == _ranks(stepwise)
        assert not migrations.pending(db)
    with first.atomic():
        first.execute("DELETE FROM ranks WHERE level < 50")
    scratch = open_store(memory=True)
    assert _ranks(second) == _ranks(stepwise) == _ranks(scratch) != _ranks(first)
    for db in (first, second, scratch, stepwise):
        db.close()
