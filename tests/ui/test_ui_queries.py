"""The store queries the UI needs (protocol_app/store/ui_queries.py), without Qt."""

from __future__ import annotations

import sqlite3

import pytest

from protocol_app.model import NewPerson
from protocol_app.store import agreements, directory, participants, ui_queries

TABLES = ("agreement_witnesses", "agreement_parties", "agreements", "participants", "people", "organisations",
          "sides", "programme_items", "events")  # fmt: skip


def _dump(db) -> dict:
    """Every row of the tables a delete may touch."""
    return {t: list(db.execute(f"SELECT rowid, * FROM [{t}] ORDER BY rowid")) for t in TABLES}


def test_counts(demo_db):
    db, event_id = demo_db
    assert ui_queries.event_counts(db, event_id) == {
        "sides": 2,
        "participants": 18,
        "agreements": 4,
        "programme_items": 4,
    }
    assert sorted(ui_queries.side_counts(db, event_id).values()) == [9, 9]


def test_snapshot_restores_a_deleted_signatory_with_his_links(demo_db):
    db, event_id = demo_db
    before = _dump(db)
    signatory = next(
        p.signatory_id for a in agreements.list_agreements(db, event_id) for p in a.parties if p.signatory_id
    )
    shot = ui_queries.snapshot(db, "participants", signatory)
    assert shot.cleared  # his agreement parties lose their signatory
    participants.delete_participant(db, signatory)
    assert _dump(db) != before
    ui_queries.restore(db, shot)
    assert _dump(db) == before


def test_read_only_connection_refuses_writes(demo_db):
    db, _ = demo_db
    assert not ui_queries.is_read_only(db)
    ui_queries.set_read_only(db)
    assert ui_queries.is_read_only(db)
    with pytest.raises(sqlite3.OperationalError):
        directory.add_person(db, NewPerson("Нельзя"))
