"""Bilingual runs of a paragraph or a table cell: Russian first, English below it in italics."""

from __future__ import annotations

from protocol_app.documents.model import Run
from protocol_app.words import pick


def both(langs: list[str], ru: str, en: str) -> list[Run]:
    """Runs for a paragraph or a cell: the text of each language, English below Russian in italics.

    English that is missing or the same as the Russian is not repeated.
    """
    texts = [pick(lang, ru, en) for lang in langs]
    out: list[Run] = []
    for i, (lang, text) in enumerate(zip(langs, texts, strict=True)):
        if not text or (i and text == texts[0]):
            continue
        italic = len(langs) > 1 and lang == "en"
        out.append(Run(("\n" if out else "") + text, italic=italic))
    return out
