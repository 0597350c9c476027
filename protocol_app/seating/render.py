"""Seating plans as a document: one plan per A4 landscape page, through the document writers."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from protocol_app.documents import render
from protocol_app.documents.model import Document, Figure, Graphic, Heading, PageBreak
from protocol_app.formatting import date_range
from protocol_app.model import Event


def plan_document(plans: Sequence[tuple[str, Graphic]], event: Event, lang: str = "ru") -> Document:
    """A landscape document with each plan on its own page under its caption."""
    title = event.title_en if lang == "en" and event.title_en else event.title
    doc = Document(
        title=title,
        lang="en" if lang == "en" else "ru",
        header=f"{title} — {date_range(event.date, event.end_date, lang)}",
        orientation="landscape",
    )
    for i, (caption, graphic) in enumerate(plans):
        if i:
            doc.add(PageBreak())
        doc.add(Heading(caption, level=1, toc=False), Figure(graphic=graphic))
    return doc


def write_plan_pdf(plans: Sequence[tuple[str, Graphic]], path: Path, event: Event, lang: str = "ru") -> Path:
    """Write the plans to ``path`` (PDF, or DOCX by the suffix), one per A4 landscape page."""
    return render(plan_document(plans, event, lang), path)
