"""The signing-table diagram of each agreement, from the seating package when it is there."""

from __future__ import annotations

from protocol_app.documents.model import Block


def diagram_blocks(plan, langs: list[str]) -> list[Block]:
    """Figures of the signing table for each agreement; none until the seating package provides them."""
    return []
