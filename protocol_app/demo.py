"""The demo event: Innoprom, 11 July 2023 (docs/seeds/000_c153f9c629a05a37.txt), as resources/demo/event.toml
states it.

The Governor of Ulyanovsk Region met the Deputy Prime Minister of the Republic of Belarus; in their presence
four agreements between organisations of the two sides were signed. The principals, organisations and
agreements are as the article names them. Signatories, delegation members and the timetable are not in the
article: they are invented, and every such person is marked ``sample`` (shown as sample data).
"""

from __future__ import annotations

import tomllib
from importlib.resources import files
from typing import Any

from sqlite_utils import Database

from protocol_app.model import (
    Level,
    NewAgreement,
    NewEvent,
    NewParticipant,
    NewPerson,
    NewProgrammeItem,
    NewSide,
    Party,
    Role,
)
from protocol_app.names import icao_latin
from protocol_app.store import agreements, directory, events, participants, programme

SAMPLE_PERSON_NOTE = "образец данных (sample data)"


def demo_event() -> dict[str, Any]:
    """The demo event as resources/demo/event.toml states it: ``event`` (its facts), ``sides``,
    ``organisations`` and ``people`` by key, ``agreements`` and ``programme`` in order."""
    return tomllib.loads((files("resources") / "demo" / "event.toml").read_text(encoding="utf-8"))


def build_demo(db: Database) -> int:
    """Build the demo event in ``db`` and return its id; a second call returns the same event."""
    demo = demo_event()
    facts = demo["event"]
    for event in events.list_events(db):
        if event.title == facts["title"]:
            return event.id
    with db.atomic():
        points = {key: "\n".join(facts[key]) for key in ("points", "points_en")}
        event_id = events.create_event(db, NewEvent(**{**facts, **points}))
        sides = {
            key: events.add_side(db, NewSide(event_id=event_id, **side))
            for key, side in demo["sides"].items()
        }
        orgs = {
            key: directory.get_or_add_organisation(db, **org).id for key, org in demo["organisations"].items()
        }
        people = _add_people(db, event_id, demo["people"], sides, orgs)
        principals = [
            people[key] for key, person in demo["people"].items() if person["role"] == Role.PRINCIPAL
        ]
        for order, agreement in enumerate(demo["agreements"], 1):
            parties = [
                Party(
                    organisation_id=orgs[p["organisation"]],
                    side_id=sides[p["side"]],
                    signatory_id=people[p["signatory"]],
                )
                for p in agreement["parties"]
            ]
            agreements.add_agreement(
                db,
                NewAgreement(
                    event_id=event_id,
                    title=agreement["title"],
                    title_en=agreement["title_en"],
                    level=Level(agreement["level"]).value,
                    programme_order=order,
                    languages="ru",
                    parties=parties,
                    witness_ids=principals,
                ),
            )
        for position, item in enumerate(demo["programme"], 1):
            programme.add_item(db, NewProgrammeItem(event_id=event_id, position=position, notes="", **item))
    return event_id


def _add_people(
    db: Database,
    event_id: int,
    people: dict[str, dict[str, Any]],
    sides: dict[str, int],
    orgs: dict[str, int],
) -> dict[str, int]:
    """Enter the demo's people, reusing any already in the directory; returns participant ids by key."""
    known = {(p.surname, p.given_name, p.patronymic): p.id for p in directory.list_people(db)}
    result: dict[str, int] = {}
    counters = dict.fromkeys(sides, 0)
    for key, entry in people.items():
        side, role, org = entry["side"], entry["role"], entry["organisation"]
        person_id = known.get((entry["surname"], entry["given_name"], entry["patronymic"]))
        if person_id is None:
            details = {k: v for k, v in entry.items() if k not in ("side", "role", "organisation")}
            person_id = directory.add_person(
                db,
                NewPerson(
                    **details,
                    organisation_id=orgs[org],
                    latin_name=icao_latin(entry["given_name"], entry["surname"]),
                    latin_suggested=True,
                    language="ru",
                    notes=SAMPLE_PERSON_NOTE if entry["sample"] else "",
                ),
            )
        counters[side] += 1
        result[key] = participants.add_participant(
            db,
            NewParticipant(
                event_id=event_id,
                person_id=person_id,
                side_id=sides[side],
                role=Role(role).value,
                precedence=counters[side],
            ),
        )
    return result
