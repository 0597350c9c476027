"""Sections whose content other modules make: seating plans (seating) and the signing order (signing).

A section its module has nothing for is left out.
"""

from __future__ import annotations

from protocol_app.documents.model import Block, Figure, Heading, PageBreak
from protocol_app.pack.context import PackContext
from protocol_app.seating import diagrams
from protocol_app.signing import pack_blocks
from protocol_app.words import w


def seating(ctx: PackContext) -> list[Block]:
    """The seating diagrams, each on a landscape page with its caption."""
    drawings = diagrams(ctx.db, ctx.event_id, ctx.langs[0])  # drawn in the pack's first language
    if not drawings:
        return []
    if len(ctx.langs) > 1:  # bilingual captions: the same plans worded in each language
        others = diagrams(ctx.db, ctx.event_id, ctx.langs[1])
        if len(others) == len(drawings):
            drawings = [
                (f"{a} / {b}" if a != b else a, g) for (a, g), (b, _) in zip(drawings, others, strict=True)
            ]
    blocks: list[Block] = [PageBreak("landscape"), Heading(w("seating", ctx.langs))]
    for i, (caption, graphic) in enumerate(drawings):
        if i:
            blocks.append(PageBreak())
        blocks.append(Figure(graphic=graphic, caption=caption))
    blocks.append(PageBreak("portrait"))
    return blocks


def signing(ctx: PackContext) -> list[Block]:
    """The signing order with the originals, as the signing module words it."""
    return list(pack_blocks(ctx.db, ctx.event_id, ctx.lang))
