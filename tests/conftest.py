"""Shared fixtures: a scratch store, the demo store, and the offscreen Qt platform for UI tests.

The demo event is built once per test process (each pytest-xdist worker is one) and every test gets its own
copy of it, so no test sees another's changes."""

from __future__ import annotations

import dataclasses
import functools
import gc
import hashlib
import os
import pickle
import sys
from pathlib import Path

import pytest

# Compiled modules are kept (in __pycache__, which git ignores) even where PYTHONDONTWRITEBYTECODE is set, as it
# is on some machines: without them every worker compiles the program and rewrites every test module again,
# and every command-line child process compiles the program (about 4 s of a core a worker, 1 s a child).
sys.dont_write_bytecode = False
# Qt tests run without a screen; set before any Qt import (pytest-qt creates the QApplication later).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from hypothesis import settings as hypothesis_settings

from protocol_app import collector
from protocol_app.demo import build_demo
from protocol_app.seating import assign, solver
from protocol_app.seating.solver import solve
from protocol_app.store import open_store
from protocol_app.store.connection import Store


@pytest.fixture
def new_db():
    """Makes empty, migrated stores in memory, as many as a test asks for; closed after the test."""
    made: list[Store] = []

    def make() -> Store:
        store = open_store(memory=True)
        made.append(store)
        return store

    yield make
    for store in made:
        store.close()


@pytest.fixture
def db(new_db):
    """An empty, migrated store in memory."""
    return new_db()


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A path for a store file that does not exist yet."""
    return tmp_path / "store.sqlite"


@pytest.fixture(scope="session")
def demo_template():
    """The demo event built once, in memory: (store, event id). Tests take copies, never this one."""
    store = open_store(memory=True)
    event_id = build_demo(store)
    yield store, event_id
    store.close()


@pytest.fixture(scope="session")
def demo_file(tmp_path_factory) -> tuple[Path, int]:
    """The demo store as a closed file, written once: (path, event id). Copy it before opening it."""
    path = tmp_path_factory.mktemp("demo-template") / "demo.sqlite"
    db = open_store(path)
    event_id = build_demo(db)
    db.close()
    return path, event_id


@pytest.fixture
def demo_db(db, demo_template):
    """A store holding the demo event; yields (db, event_id)."""
    template, event_id = demo_template
    template.conn.backup(db.conn)
    return db, event_id


@pytest.fixture
def short_search(monkeypatch):
    """Seating by one short run of the search: for tests of drawings and documents, where how well the search
    seats is not the point. The start by precedence is the same, every person is seated, a banquet's pass at
    each table is as it is; the plans have the same shape in a fraction of the time (tests/test_seating_*.py
    check what the full search finds)."""
    monkeypatch.setattr(assign, "solve", functools.partial(solve, max_iterations=5_000, runs=1))


# Property tests draw the same examples on every run (derandomized), so that a verdict on a change does not
# depend on the draw; HYPOTHESIS_PROFILE=explore draws new ones on each run, to look for new failures.
hypothesis_settings.register_profile("repeatable", derandomize=True)
hypothesis_settings.register_profile("explore", derandomize=False)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))


def pytest_collection_finish(session: pytest.Session) -> None:
    """What a test process loads once (the program, its libraries, the name and morphology dictionaries, the
    collected tests: some 400,000 objects) is frozen for Python's cyclic collector (``gc.freeze``), so that its
    full collections walk what the tests make, not all of that again (they took 4-5 s of a worker's CPU).
    Frozen objects are still freed by reference counting; an import keeps them frozen (``collector``)."""
    collector.freeze_for_life()


@pytest.hookimpl(trylast=True)
def pytest_sessionfinish(session: pytest.Session) -> None:
    """At the end, one full collection (a garbage cycle's finalizer that fails is still reported, by pytest's
    check of unraisable exceptions), then what is left frozen: that check's own five full collections then
    walk nothing again (they walked half a million objects, over a second of every worker's end)."""
    gc.collect()
    gc.freeze()


@pytest.fixture(scope="session")
def search_answers(tmp_path_factory) -> Path:
    """A folder shared by the run's workers where the seating search's answers are kept (see
    ``searched_once``): under pytest-xdist every worker's temporary folder is inside one of the run."""
    root = tmp_path_factory.getbasetemp()
    if os.environ.get("PYTEST_XDIST_WORKER"):
        root = root.parent
    folder = root / "search-answers"
    folder.mkdir(exist_ok=True)
    return folder


def _problem_key(problem: solver.Problem, settings: dict) -> str:
    """The same key for the same problem in every process: sets sorted (the search only asks whether a seat is
    in one), dictionaries in their order (which the search follows)."""
    values = [
        sorted(v) if isinstance(v, set) else list(v.items()) if isinstance(v, dict) else v
        for v in (getattr(problem, f.name) for f in dataclasses.fields(problem))
    ]
    return hashlib.sha256(repr((values, sorted(settings.items()))).encode()).hexdigest()


@pytest.fixture(autouse=True)
def searched_once(monkeypatch, search_answers):
    """The seating search answered from the run's memory when a worker has already run it on the same problem
    with the same settings: it is deterministic for a given seed (``solver.solve``; tests/test_seating_plans.py
    checks it), so the plan is the one it would find again, and every test still checks a real answer. A
    search asked to stop runs for real; one that reports progress gets the search's last report. Tests of
    the search's own workings call ``solver.solve``, which this leaves alone; ``short_search`` replaces it."""

    def solve_once(problem, **settings):
        cancel, progress = settings.pop("cancel", None), settings.pop("progress", None)
        if cancel is not None and cancel():
            return solve(problem, cancel=cancel, progress=progress, **settings)
        answer = search_answers / f"{_problem_key(problem, settings)}.pickle"
        try:
            result = pickle.loads(answer.read_bytes())
        except FileNotFoundError:
            result = solve(problem, cancel=cancel, progress=progress, **settings)
            if not result.stopped:
                written = answer.with_suffix(f".{os.getpid()}")
                written.write_bytes(pickle.dumps(result))
                written.replace(answer)  # whole or not at all, for the other workers
            return result
        if progress is not None:
            progress(1.0, result.score)  # as the search's last report
        return result

    monkeypatch.setattr(assign, "solve", solve_once)
