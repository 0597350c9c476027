"""What the signing papers print as a gap, told before they are made: a party whose signatory the paper
cannot name, and a language whose text the party supplies (the warnings of ``export signing`` and ``pack``,
beside what their English lacks)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

from sqlite_utils import Database

from protocol_app.signing.ceremony import Problem
from protocol_app.signing.plan import signing_plan
from protocol_app.signing.problems import (
    LANGUAGE_TO_SUPPLY,
    PARTY_WITHOUT_SIGNATORY,
    SIGNATORY_NOT_PARTICIPANT,
)

# The problems a paper shows as a gap: "[подписант не назначен]", a language's text to be supplied.
GAPS = (PARTY_WITHOUT_SIGNATORY, SIGNATORY_NOT_PARTICIPANT, LANGUAGE_TO_SUPPLY)


def paper_gaps(
    db: Database, event_id: int, paper: str, sections: Collection[str] = (), words: str = "en"
) -> list[dict[str, Any]]:
    """The gaps a paper shows (``gap_warnings``): the signing papers', and a pack's when ``sections`` hold its
    signing section; none for another paper. The command line and the Documents page ask here."""
    if paper == "signing" or (paper == "pack" and "signing" in sections):
        return gap_warnings(db, event_id, words)
    return []


def gap_warnings(db: Database, event_id: int, words: str = "en") -> list[dict[str, Any]]:
    """One warning per agreement and party without a signatory, and per agreement and language to supply,
    in signing order, worded in ``words``: ``{code, order, agreement_id, party | language, message}``."""
    return [_record(p, words) for p in signing_plan(db, event_id).problems if p.code in GAPS]


def _record(problem: Problem, words: str) -> dict[str, Any]:
    which = "language" if problem.code == LANGUAGE_TO_SUPPLY else "party"
    return {
        "code": problem.code,
        "order": problem.order,
        "agreement_id": problem.agreement_id,
        which: problem.facts[which],
        "message": problem.text(words),
    }
