"""The signing ceremony: order, timing, problems, the alternat, the announcer's script and the papers.

``signing_plan(db, event_id, start)`` computes the ceremony once; everything else (JSON, documents, the
briefing pack's section) is built from that plan.
"""

from protocol_app.signing.documents import signing_document
from protocol_app.signing.edit import current_order, move_agreement
from protocol_app.signing.pack import pack_blocks
from protocol_app.signing.plan import Item, PartyLine, SigningPlan, signing_plan
from protocol_app.signing.problems import Problem
from protocol_app.store.agreements import (
    clear_order,
    order_numbers,
    restore_order_numbers,
    set_order,
    set_status,
)

__all__ = [
    "Item",
    "PartyLine",
    "Problem",
    "SigningPlan",
    "clear_order",
    "current_order",
    "move_agreement",
    "order_numbers",
    "pack_blocks",
    "restore_order_numbers",
    "set_order",
    "set_status",
    "signing_document",
    "signing_plan",
]
