"""Changing the signing order by hand, as the UI does it: move one agreement, keep the others' order."""

from __future__ import annotations

from dataclasses import dataclass

from sqlite_utils import Database

from protocol_app.errors import UserError
from protocol_app.precedence import standings
from protocol_app.signing_order import signing_order
from protocol_app.store.agreements import list_agreements, set_order, update_agreement
from protocol_app.words import said


def current_order(db: Database, event_id: int) -> list[int]:
    """The ids of the event's agreements in signing order (by hand where set, else by the rule)."""
    return [a.id for a in signing_order(list_agreements(db, event_id), standings(db, event_id))]


def move_agreement(db: Database, event_id: int, agreement_id: int, position: int) -> list[int]:
    """Put one agreement at ``position`` (1 = first) and fix the whole order by hand; returns the new order.

    One transaction; the other agreements keep their order relative to each other.
    """
    change = reordering(db, event_id, agreement_id, position)
    order = sorted(change.after, key=lambda aid: change.after[aid] or 0)
    set_order(db, event_id, order)
    return order


@dataclass(frozen=True)
class OrderChange:
    """What a change of the signing order did: each agreement's number set by hand (None: by the rule)
    before and after, so that undo puts back exactly that."""

    event_id: int
    before: dict[int, int | None]
    after: dict[int, int | None]

    def reversed(self) -> OrderChange:
        return OrderChange(self.event_id, self.after, self.before)


def order_state(db: Database, event_id: int) -> dict[int, int | None]:
    """Each agreement of the event -> its number in the order set by hand (None: ordered by the rule)."""
    return {a.id: a.order_no for a in list_agreements(db, event_id)}


def reordering(db: Database, event_id: int, agreement_id: int, position: int) -> OrderChange:
    """What putting one agreement at ``position`` (1 = first) would change (nothing is written): the whole
    order is then set by hand, the others keeping their order relative to each other."""
    order = current_order(db, event_id)
    if agreement_id not in order:
        raise UserError(said("agreement_not_of_event", id=agreement_id), column="order")
    if not 1 <= position <= len(order):
        raise UserError(said("bad_order_position", most=len(order), value=position), column="order")
    order.remove(agreement_id)
    order.insert(position - 1, agreement_id)
    before = order_state(db, event_id)
    return OrderChange(event_id, before, {aid: number for number, aid in enumerate(order, 1)})


def reorder(db: Database, event_id: int, agreement_id: int, position: int) -> OrderChange:
    """Put one agreement at ``position`` (1 = first) in one transaction; returns what changed."""
    change = reordering(db, event_id, agreement_id, position)
    apply_order(db, change)
    return change


def apply_order(db: Database, change: OrderChange) -> None:
    """Set the order to ``change.after`` in one transaction; refused when the order is no longer as
    ``change.before`` says (changed meanwhile in another window or on the command line)."""
    with db.atomic():
        if order_state(db, change.event_id) != change.before:
            raise UserError(said("order_changed"), column="order")
        for agreement in list_agreements(db, change.event_id):
            number = change.after.get(agreement.id)
            if agreement.order_no != number:
                agreement.order_no = number
                update_agreement(db, agreement)
