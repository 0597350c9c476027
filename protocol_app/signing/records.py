"""The signing plan as JSON-ready records (``signing --json``, fields of docs/CLI.md and more).

``{event_id, start, end, opening, closing, items, problems}``: times are "HH:MM" ("HH:MM+1" past midnight)
or null without a start time; ``opening``/``closing`` are ``{start, end}`` or null.
Each item: ``order, agreement_id, title, title_en, level, status, explicit_order, start, end, minutes,
originals, originals_prepared, languages, parties: [{organisation, organisation_id, side, side_id, place,
signatory: {id, name, position} | null}], witnesses: [{id, name, position}], copies: [{number, keeper,
language, languages}]`` where ``originals`` is the number stored, ``originals_prepared`` the number of ``copies`` (one
per party at least, as the alternat needs), and
``place`` is the chair from the left as the signatories see it and ``keeper`` the party number (from 1)
that keeps the original (each original carries all the agreement's ``languages``; ``language`` joins them).
Each party also has its ``power_of_attorney`` ("" when none is recorded). Each problem: ``{code, order, agreement_id, participant_id, message,
message_ru}`` with the codes of ``problems.py``.
"""

from __future__ import annotations

from typing import Any

from protocol_app.signing.alternat import originals
from protocol_app.signing.plan import Item, SigningPlan
from protocol_app.signing.timing import Slot, format_time


def _time(value: int | None) -> str | None:
    return format_time(value) if value is not None else None


def _slot(slot: Slot | None) -> dict[str, str] | None:
    return {"start": format_time(slot.start), "end": format_time(slot.end)} if slot else None


def item_record(item: Item) -> dict[str, Any]:
    """One signing: order, agreement, times, originals, parties with signatories, witnesses."""
    agr = item.agreement
    copies = originals(item)
    return {
        "order": item.order,
        "agreement_id": agr.id,
        "title": agr.title,
        "title_en": agr.title_en,
        "level": agr.level,
        "status": agr.status,
        "explicit_order": item.explicit,
        "start": _time(item.slot.start if item.slot else None),
        "end": _time(item.slot.end if item.slot else None),
        "minutes": item.duration or None,
        "originals": agr.originals,
        "originals_prepared": len(copies),
        "languages": agr.languages,
        "parties": [
            {
                "organisation": p.organisation.name if p.organisation else "",
                "organisation_id": p.party.organisation_id,
                "side": p.side.name if p.side else "",
                "side_id": p.party.side_id,
                "place": p.place,
                "power_of_attorney": p.party.power_of_attorney,
                "signatory": (
                    {
                        "id": p.signatory.id,
                        "name": p.signatory.person.full_name,
                        "position": p.signatory.person.position,
                    }
                    if p.signatory is not None
                    else None
                ),
            }
            for p in item.parties
        ],
        "witnesses": [
            {"id": w.id, "name": w.person.full_name, "position": w.person.position} for w in item.witnesses
        ],
        "copies": [
            {"number": o.number, "keeper": o.keeper.number, "language": o.language, "languages": o.languages}
            for o in copies
        ],
    }


def signing_record(plan: SigningPlan) -> dict[str, Any]:
    """The whole ceremony: ``{start, end, opening, closing, items, problems}``."""
    table = plan.timetable
    return {
        "event_id": plan.event.id,
        "start": _time(table.start if table else None),
        "end": _time(table.end if table else None),
        "opening": _slot(plan.opening),
        "closing": _slot(plan.closing),
        "items": [item_record(i) for i in plan.items],
        "problems": [
            {
                "code": p.code,
                "order": p.order,
                "agreement_id": p.agreement_id,
                "participant_id": p.participant_id,
                "message": p.text("en"),
                "message_ru": p.text("ru"),
            }
            for p in plan.problems
        ],
    }
