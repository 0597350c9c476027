"""The signing order of a ceremony's agreements (docs/PROTOCOL.md section 5); below both the signing
package and seating, which seats the ceremony's first signing.

By the rule: the level of the agreement (intergovernmental, interregional, scientific, corporate), then the
seniority of its signatories (the most senior signatory first, then the next), then the order in the
programme. An order set by hand (``Agreement.order_no``) wins: those agreements come first, in their
numbers; the rest follow by the rule. Ties end on the agreement's id, so the order is stable.
"""

from __future__ import annotations

from collections.abc import Mapping

from protocol_app.model import LEVEL_RANK, Agreement
from protocol_app.precedence import Standing

UNKNOWN = (10**6, 1)  # a party without a known signatory ranks after everyone


def seniority(agr: Agreement, table: Mapping[int, Standing]) -> tuple[tuple[int, int], ...]:
    """The signatories' standings, most senior first: (precedence in the side, host after guest)."""
    keys = [
        table[p.signatory_id].cross_side_key
        if p.signatory_id is not None and p.signatory_id in table
        else UNKNOWN
        for p in agr.parties
    ]
    return tuple(sorted(keys)) or (UNKNOWN,)


def rule_key(agr: Agreement, table: Mapping[int, Standing]) -> tuple:
    """Sort key of the rule alone: level, signatories' seniority, programme order, id."""
    return (
        LEVEL_RANK.get(agr.level, len(LEVEL_RANK)),
        seniority(agr, table),
        agr.programme_order,
        agr.id,
    )


def order_key(agr: Agreement, table: Mapping[int, Standing]) -> tuple:
    """Sort key of the signing order: an order set by hand first, then the rule."""
    explicit = agr.order_no is not None
    return (0 if explicit else 1, agr.order_no if explicit else 0, rule_key(agr, table))


def signing_order(agreements: list[Agreement], table: Mapping[int, Standing]) -> list[Agreement]:
    """The agreements in signing order (a new list)."""
    return sorted(agreements, key=lambda a: order_key(a, table))
