"""The signing-table diagram of each agreement, drawn by the seating package.

The seating package seats the signatories, assistants and standing delegations of one agreement (its saved
plan, or by the rules) and draws it as a ``Graphic``; this module only captions the drawings and puts
them in signing order. A ceremony of more than ``MAX_DIAGRAMS`` signings gets a note instead: the table
is the same for every signing and the drawings would fill a book.
"""

from __future__ import annotations

from sqlite_utils import Database

from protocol_app.documents.model import Block, Figure, Heading, Paragraph
from protocol_app.errors import UserError
from protocol_app.seating import PlanDrawing, signing_plan
from protocol_app.seating.plans import senior_side_note
from protocol_app.signing import words
from protocol_app.signing.plan import SigningPlan
from protocol_app.words import PAPER_WORDS

MAX_DIAGRAMS = 40

_WORDS = PAPER_WORDS["diagrams"]


def _w(key: str, lang: str) -> str:
    return _WORDS[key][1 if lang == "en" else 0]


def diagram_blocks(
    db: Database, plan: SigningPlan, langs: list[str], limit: int = MAX_DIAGRAMS
) -> list[Block]:
    """A heading and one captioned drawing per signing; [] when there is nothing to draw."""
    if not plan.items:
        return []
    heading = " / ".join(_w("heading", lang) for lang in langs)
    blocks: list[Block] = [Heading(heading, 1)]
    if len(plan.items) > limit:
        blocks += [Paragraph(_w("too_many", lang).format(n=limit), style="note") for lang in langs]
        return blocks
    for item in plan.items:
        try:
            seated = signing_plan(db, item.agreement.id)
            graphic = PlanDrawing(seated.plan, seated.ctx, langs[0])
        except UserError as exc:
            blocks.append(
                Paragraph(_w("failed", langs[0]).format(order=item.order, reason=exc), style="note")
            )
            continue
        captions = []
        for lang in langs:
            signers = ", ".join(words.name(p.signatory, lang, "short") for p in item.parties if p.signatory)
            note = senior_side_note(seated, lang)  # a plan kept on the other side than the event's says so
            captions.append(
                f"№ {item.order}. {words.title(item.agreement, lang)} ({signers})"
                + (f"; {note}" if note else "")
            )
        blocks.append(Figure(graphic=graphic, caption=" / ".join(dict.fromkeys(captions)), width_mm=230))
    return blocks
