"""The signing section of the briefing pack: the signing order with the originals, as document blocks."""

from __future__ import annotations

from sqlite_utils import Database

from protocol_app.documents.model import Block, Heading
from protocol_app.signing.documents import order_table, w, witness_blocks
from protocol_app.signing.plan import signing_plan
from protocol_app.words import Lang


def pack_blocks(db: Database, event_id: int, lang: str = "ru") -> list[Block]:
    """The signing order (time, №, title, parties, signatories, originals) and who is present.

    ``lang``: "ru", "en" or "ru+en". Empty when the event has no agreements (the pack leaves the
    section out).
    """
    langs = Lang.parse(lang).langs
    plan = signing_plan(db, event_id)
    if not plan.items:
        return []
    return [
        Heading(w("order", langs), 1),
        order_table(plan, langs, with_originals=True),
        *witness_blocks(plan, langs),
    ]
