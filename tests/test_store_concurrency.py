"""A second window or command writing the same store waits its turn instead of failing."""

from __future__ import annotations

import threading

from protocol_app.demo import build_demo
from protocol_app.model import NewSide
from protocol_app.store import open_store
from protocol_app.store.events import add_side, list_sides


def test_a_writer_waits_for_another_writer_and_both_land(store_path):
    first, second = open_store(store_path), open_store(store_path)
    event_id = build_demo(first)
    list_sides(second, event_id)  # the second connection has read before the first writes again
    started, asked = threading.Event(), threading.Event()
    # the second writer's BEGIN has started: the first one lets go only then, so the second one waits for it
    second.conn.set_trace_callback(lambda sql: asked.set() if sql.startswith("BEGIN") else None)

    def hold_the_lock() -> None:
        with first.atomic():
            add_side(first, NewSide(event_id=event_id, name="Казахстан", host=False))
            started.set()
            assert asked.wait(timeout=30), "the second writer never asked for the store"

    worker = threading.Thread(target=hold_the_lock)
    worker.start()
    assert started.wait(timeout=30)
    with second.atomic():  # a deferred BEGIN would fail here with "database is locked"
        names = [s.name for s in list_sides(second, event_id)]
        add_side(second, NewSide(event_id=event_id, name="Узбекистан", host=False))
    second.conn.set_trace_callback(None)
    worker.join()
    assert "Казахстан" in names, "the second writer saw the first one's change"
    assert {s.name for s in list_sides(first, event_id)} >= {"Казахстан", "Узбекистан"}
    first.close()
    second.close()
