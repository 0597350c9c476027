"""Names of people: Latin spelling as in a passport (ICAO Doc 9303, via iuliia) and name forms."""

from __future__ import annotations

import iuliia


def icao_latin(given_name: str, surname: str) -> str:
    """The Latin spelling an ICAO Doc 9303 passport would give: "Aleksei Russkikh"."""
    text = " ".join(p for p in (given_name, surname) if p)
    return iuliia.ICAO_DOC_9303.translate(text)
