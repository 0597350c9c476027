"""Seating: plans by the rules of protocol, validated, drawn, with place cards.

Public entry points:

- ``applies.plan_for``: the plan that applies (saved, as it applies, else seated by the rules).
- ``plans.auto_plan`` / ``plans.open_plan`` / ``plans.save`` / ``plans.move``: seat, reopen, save, edit.
- ``validate.validate``: every breach of a plan in words.
- ``diagrams(db, event_id, lang)``: captions and drawings of the plans worth showing (briefing pack).
- ``signing_graphic(db, agreement_id, lang)``: the drawing of one agreement's signing table.
- ``drawing.PlanDrawing``: a plan as a ``Graphic`` (vector PDF and PNG).
- ``drawings(seated, lang)``: the captioned pages a plan is printed and shown as (a big banquet: an
  overview of its tables, then one page per table).
"""

from __future__ import annotations

from sqlite_utils import Database

from protocol_app.documents.model import Graphic
from protocol_app.model import Layout
from protocol_app.seating.applies import plan_for, shown_by_default
from protocol_app.seating.drawing import PlanDrawing, plan_pages
from protocol_app.seating.plans import SeatedPlan, senior_side_note
from protocol_app.store.agreements import get_agreement
from protocol_app.store.seating import list_plans
from protocol_app.words import pick

CAPTIONS: dict[str, dict[str, str]] = {
    "ru": {
        Layout.NEGOTIATION: "Рассадка на переговорах",
        Layout.BANQUET: "Рассадка на приёме",
        Layout.PRESIDIUM: "Рассадка в президиуме",
        Layout.THEATRE: "Рассадка в зале",
        Layout.SIGNING: "Церемония подписания",
    },
    "en": {
        Layout.NEGOTIATION: "Seating at the talks",
        Layout.BANQUET: "Seating at the banquet",
        Layout.PRESIDIUM: "Seating of the presidium",
        Layout.THEATRE: "Seating in the hall",
        Layout.SIGNING: "Signing ceremony",
    },
}


def caption(seated: SeatedPlan, lang: str = "ru") -> str:
    """'Церемония подписания: <title> (<parties>)' or 'Рассадка на переговорах'; the parties tell apart
    agreements of one standard title. A plan that seats the senior side otherwise than the event's setting
    says so: 'Рассадка на переговорах (старшая сторона — левая, ...)'."""
    lang = "en" if lang == "en" else "ru"
    words = CAPTIONS[lang][seated.plan.layout]
    notes = [senior_side_note(seated, lang)]
    agreement = seated.agreement
    if agreement is not None:
        title = agreement.title_en if lang == "en" and agreement.title_en else agreement.title
        words = f"{words}: {title}"
        notes.insert(0, ", ".join(party_names(seated, lang)))
    note = "; ".join(n for n in notes if n)
    return f"{words} ({note})" if note else words


def party_names(seated: SeatedPlan, lang: str = "ru") -> list[str]:
    """The parties of a signing plan's agreement in ``lang``, as the signing papers name them: each
    organisation (its short name when it has one), else its delegation."""
    sides = {a.side.id: a.side for a in seated.ctx.attendees.values()}
    names = []
    for party in seated.agreement.parties if seated.agreement else []:
        org = seated.ctx.organisations.get(party.organisation_id)
        side = sides.get(party.side_id)
        if org is not None:
            ru, en = org.short_name or org.name, org.short_name_en or org.name_en
        elif side is not None:
            ru, en = side.name, side.name_en
        else:
            continue
        names.append(pick(lang, ru, en))
    return names


def drawings(seated: SeatedPlan, lang: str = "ru") -> list[tuple[str, PlanDrawing]]:
    """The pages a plan is printed and shown as, each under its caption: the plan, or for a big banquet
    the overview of its tables with their hosts, then one drawing per table ('... — Стол 3')."""
    words = caption(seated, lang)
    return [
        (f"{words} — {sub}" if sub else words, page)
        for sub, page in plan_pages(seated.plan, seated.ctx, lang)
    ]


def diagrams(db: Database, event_id: int, lang: str = "ru") -> list[tuple[str, Graphic]]:
    """Caption and drawing of each plan worth showing: the saved plans of the event, or, when none is saved,
    the negotiation table (for a bilateral event: one host and one guest side) and the signing table of the
    agreement the ceremony starts with, seated by the rules. A multilateral event (a fair with a hundred
    delegations) gets no invented negotiation table: its plans are the ones the officer saved.

    A saved plan seated on the other senior side than the event's setting is shown seated again by the
    rules on the event's side, unless its seats were placed by hand: then it is shown as saved, and its
    caption says that its senior side is not the event's."""
    plans = [
        plan_for(db, event_id, p.layout, agreement_id=p.agreement_id, plan_id=p.id).seated
        for p in list_plans(db, event_id)
    ] or [plan_for(db, event_id, layout).seated for layout in shown_by_default(db, event_id)]
    return [page for p in plans if p.plan.seat_of() for page in drawings(p, lang)]


def signing_plan(db: Database, agreement_id: int) -> SeatedPlan:
    """The signing table of one agreement: the saved plan if there is one (seated again by the rules when
    it seats the senior side otherwise than the event's setting and no seat was placed by hand), else
    seated by the rules."""
    agreement = get_agreement(db, agreement_id)
    return plan_for(db, agreement.event_id, Layout.SIGNING, agreement_id=agreement_id).seated


def signing_graphic(db: Database, agreement_id: int, lang: str = "ru") -> Graphic:
    """The drawing of one agreement's signing table (signatories, assistants, flags, standing rows)."""
    seated = signing_plan(db, agreement_id)
    return PlanDrawing(seated.plan, seated.ctx, lang)


__all__ = ["PlanDrawing", "caption", "diagrams", "drawings", "signing_graphic", "signing_plan"]
