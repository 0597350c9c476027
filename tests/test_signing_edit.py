"""Changing the signing order by hand returns what it changed; undo puts back exactly that."""

from __future__ import annotations

import pytest

from protocol_app.errors import UserError
from protocol_app.signing.edit import apply_order, current_order, order_state, reorder


def test_reorder_and_back_to_the_rule(demo_db):
    db, event_id = demo_db
    first, second, *rest = current_order(db, event_id)
    assert set(order_state(db, event_id).values()) == {None}  # the demo follows the rule
    change = reorder(db, event_id, second, 1)
    assert current_order(db, event_id)[:2] == [second, first]
    assert change.after[second] == 1 and change.before[second] is None
    apply_order(db, change.reversed())
    assert set(order_state(db, event_id).values()) == {None}
    assert current_order(db, event_id) == [first, second, *rest]


def test_undo_is_refused_when_the_order_was_changed_meanwhile(demo_db):
    db, event_id = demo_db
    first, second, *_ = current_order(db, event_id)
    change = reorder(db, event_id, second, 1)
    reorder(db, event_id, first, len(current_order(db, event_id)))  # another window
    now = order_state(db, event_id)
    with pytest.raises(UserError, match="changed meanwhile"):
        apply_order(db, change.reversed())
    assert order_state(db, event_id) == now
