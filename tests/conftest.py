"""Shared fixtures: a scratch store, the demo store, and the offscreen Qt platform for UI tests."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

# Qt tests run without a screen; set before any Qt import (pytest-qt creates the QApplication later).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from protocol_app.demo import build_demo
from protocol_app.store import open_store


@pytest.fixture
def db():
    """An empty, migrated store in memory."""
    store = open_store(memory=True)
    yield store
    store.close()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A path for a store file that does not exist yet."""
    return tmp_path / "store.sqlite"


@pytest.fixture
def demo_db(db):
    """A store holding the demo event; yields (db, event_id)."""
    return db, build_demo(db)
