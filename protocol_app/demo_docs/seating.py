"""The demo's seating documents: the negotiation table and the first signing (PDF and PNG), and place cards."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sqlite_utils import Database

from protocol_app.model import Layout
from protocol_app.outputs import write_output
from protocol_app.seating import caption
from protocol_app.seating.applies import plan_for
from protocol_app.seating.drawing import PlanDrawing
from protocol_app.seating.place_cards import write_place_cards
from protocol_app.seating.render import write_plan_pdf


def _bytes(data: bytes) -> Callable[[Path], int]:
    """A writer of ``data`` to the path it is given (for ``write_output``)."""
    return lambda path: path.write_bytes(data)


def write(db: Database, event_id: int, out_dir: Path) -> list[Path]:
    """Write seating-negotiation.pdf/.png, seating-signing.pdf/.png and place-cards.pdf into ``out_dir``."""
    written: list[Path] = []
    plans = {layout: plan_for(db, event_id, layout).seated for layout in (Layout.NEGOTIATION, Layout.SIGNING)}
    for layout, seated in plans.items():
        drawing = PlanDrawing(seated.plan, seated.ctx, "ru")
        pdf = out_dir / f"seating-{layout}.pdf"
        write_plan_pdf([(caption(seated, "ru"), drawing)], pdf, seated.ctx.event, "ru")
        png = out_dir / f"seating-{layout}.png"
        write_output(png, _bytes(drawing.to_png(200)))
        written += [pdf, png]
    cards = out_dir / "place-cards.pdf"
    write_place_cards(plans[Layout.NEGOTIATION], cards)
    written.append(cards)
    return written
