"""JSON-ready records of core objects, as the command line prints them (docs/CLI.md field names)."""

from __future__ import annotations

from typing import Any

from sqlite_utils import Database

from protocol_app.flags import country_name
from protocol_app.model import Agreement, Attendee, Event, Side
from protocol_app.precedence import Standing, ordered_attendees
from protocol_app.store.agreements import list_agreements
from protocol_app.store.directory import list_organisations
from protocol_app.store.events import list_sides


def event_record(event: Event) -> dict[str, Any]:
    keys = ("id", "title", "title_en", "date", "end_date", "city", "city_en", "venue", "venue_en")
    return {k: getattr(event, k) for k in keys}


def side_record(side: Side) -> dict[str, Any]:
    return {
        "id": side.id,
        "name": side.name,
        "name_en": side.name_en,
        "host": side.host,
        "country": side.country,
        "country_name": country_name(side.country, "ru"),
        "country_name_en": country_name(side.country, "en"),
        "flag_image": side.flag_image is not None,
    }


def attendee_record(att: Attendee, standing: Standing | None) -> dict[str, Any]:
    person = att.person
    return {
        "id": att.id,
        "person_id": person.id,
        "surname": person.surname,
        "given_name": person.given_name,
        "patronymic": person.patronymic,
        "full_name": person.full_name,
        "latin_name": person.latin_name,
        "latin_suggested": person.latin_suggested,
        "position": person.position,
        "position_en": person.position_en,
        "organisation": att.organisation.name if att.organisation else "",
        "side": att.side.name,
        "side_id": att.side.id,
        "role": att.participant.role,
        "status": att.participant.status,
        "precedence": standing.precedence if standing else att.participant.precedence,
        "precedence_reason": standing.reason_text("en") if standing else "",
        "rank_level": standing.level if standing else None,  # the rung of the rank ladder, None: not on it
        "honour": standing.honour if standing else None,  # place across the delegations (equal: a tie)
        "sample": person.sample,
    }


def attendee_records(db: Database, event_id: int) -> list[dict[str, Any]]:
    """The event's attendees in list order (side, precedence), with effective precedence."""
    return [attendee_record(a, standing) for a, standing in ordered_attendees(db, event_id)]


def agreement_record(
    agr: Agreement, names: dict[int, str], orgs: dict[int, str], sides: dict[int, str]
) -> dict[str, Any]:
    return {
        "id": agr.id,
        "title": agr.title,
        "title_en": agr.title_en,
        "level": agr.level,
        "status": agr.status,
        "originals": agr.originals,
        "languages": agr.languages,
        "parties": [
            {
                "organisation": orgs.get(p.organisation_id, ""),
                "side": sides.get(p.side_id, ""),
                "signatory": (
                    {"id": p.signatory_id, "name": names.get(p.signatory_id, "")} if p.signatory_id else None
                ),
            }
            for p in agr.parties
        ],
        "witnesses": [{"id": w, "name": names.get(w, "")} for w in agr.witness_ids],
    }


def event_show_record(db: Database, event: Event) -> dict[str, Any]:
    """An event with its sides and their people, and its agreements (``event show``)."""
    people = attendee_records(db, event.id)
    sides = list_sides(db, event.id)
    names = {p["id"]: p["full_name"] for p in people}
    orgs = {o.id: o.name for o in list_organisations(db)}
    side_names = {s.id: s.name for s in sides}
    agreements = [agreement_record(a, names, orgs, side_names) for a in list_agreements(db, event.id)]
    record = event_record(event)
    record.update(
        title_en=event.title_en,
        senior_side=event.senior_side,
        signing_start=event.signing_start,
        sides=[{**side_record(s), "people": [p for p in people if p["side_id"] == s.id]} for s in sides],
        attendee_count=len(people),
        agreement_count=len(agreements),
        agreements=agreements,
    )
    return record
