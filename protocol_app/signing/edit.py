"""Changing the signing order by hand, as the UI does it: move one agreement, keep the others' order."""

from __future__ import annotations

from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.precedence import standings
from protocol_app.signing.order import signing_order
from protocol_app.store.agreements import list_agreements, set_order


def current_order(db: Database, event_id: int) -> list[int]:
    """The ids of the event's agreements in signing order (by hand where set, else by the rule)."""
    return [a.id or 0 for a in signing_order(list_agreements(db, event_id), standings(db, event_id))]


def move_agreement(db: Database, event_id: int, agreement_id: int, position: int) -> list[int]:
    """Put one agreement at ``position`` (1 = first) and fix the whole order by hand; returns the new order.

    One transaction; the other agreements keep their order relative to each other.
    """
    order = current_order(db, event_id)
    if agreement_id not in order:
        raise UserError(f"agreement {agreement_id} is not an agreement of this event", column="order")
    if not 1 <= position <= len(order):
        raise UserError(f"position must be from 1 to {len(order)}, not {position}", column="order")
    order.remove(agreement_id)
    order.insert(position - 1, agreement_id)
    set_order(db, event_id, order)
    return order
