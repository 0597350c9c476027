"""Every entity round-trips through the store; failing actions leave nothing behind."""

from __future__ import annotations

import sqlite3

import pytest

from protocol_app.errors import NotFound, UserError
from protocol_app.model import (
    Agreement,
    Event,
    NewAgreement,
    NewEvent,
    NewOrganisation,
    NewParticipant,
    NewPerson,
    NewProgrammeItem,
    NewRank,
    NewSide,
    Organisation,
    Party,
    Person,
    ProgrammeItem,
    Rank,
    Side,
)
from protocol_app.store import agreements, directory, events, participants, programme, ranks


def _event(db, **kw) -> int:
    return events.create_event(db, NewEvent(title="Визит", date="2023-07-11", **kw))


def _people(db):
    event_id = _event(db)
    host = events.add_side(db, NewSide(event_id=event_id, name="Хозяева", host=True))
    guest = events.add_side(db, NewSide(event_id=event_id, name="Гости", host=False))
    org = directory.add_organisation(db, NewOrganisation(name="ОАО «Завод»", country="Беларусь"))
    a = directory.add_person(db, NewPerson(surname="Иванов", given_name="Иван", organisation_id=org))
    b = directory.add_person(db, NewPerson(surname="Петров", given_name="Пётр", organisation_id=org))
    pa = participants.add_participant(db, NewParticipant(event_id=event_id, person_id=a, side_id=host))
    pb = participants.add_participant(db, NewParticipant(event_id=event_id, person_id=b, side_id=guest))
    return event_id, host, guest, org, pa, pb


def test_event_round_trip(db):
    event = NewEvent(
        title="Иннопром",
        title_en="Innoprom",
        date="2023-07-10",
        end_date="2023-07-13",
        city="Екатеринбург",
        venue="ЭКСПО",
        senior_side="left",
        interpreter_seat="behind",
        signing_minutes=4,
        signing_start="10:50",
        purpose="Цель",
        points="а\nб",
        contacts="тел.",
    )
    event = Event.of(event, events.create_event(db, event))
    assert events.get_event(db, event.id) == event
    event.title = "Иннопром-2023"
    events.update_event(db, event)
    assert events.resolve_event(db, "Иннопром-2023") == event
    assert events.resolve_event(db, str(event.id)) == event


def test_side_organisation_person_round_trip(db):
    event_id = _event(db)
    side = NewSide(
        event_id=event_id,
        name="Республика Беларусь",
        name_en="Republic of Belarus",
        host=False,
        country="Беларусь",
        position=1,
    )
    side = Side.of(side, events.add_side(db, side))
    assert events.get_side(db, side.id) == side
    org = NewOrganisation(name="ОАО «Гомсельмаш»", name_en="OJSC Gomselmash", short_name="ГСМ", country="BY")
    org = Organisation.of(org, directory.add_organisation(db, org))
    assert directory.get_organisation(db, org.id) == org
    assert directory.find_organisation(db, "оао «гомсельмаш»") == org
    person = NewPerson(
        surname="Пархомчик",
        given_name="Пётр",
        patronymic="Александрович",
        latin_name="Piotr Parkhomchik",
        gender="m",
        position="Заместитель Премьер-министра",
        position_en="Deputy Prime Minister",
        organisation_id=org.id,
        biography="Родился…",
        biography_en="Born…",
        photo=b"\x89PNG",
        phone="+375",
        email="p@example.by",
        seniority_date="2022-01-01",
        passport="MP1234567",
        birth_date="1970-01-01",
    )
    person = Person.of(person, directory.add_person(db, person))
    assert directory.get_person(db, person.id) == person


def test_participant_agreement_programme_rank_round_trip(db):
    event_id, host, guest, org, pa, pb = _people(db)
    part = participants.get_participant(db, pa)
    part.role, part.precedence, part.status, part.notes = "signatory", 2, "tentative", "прилетает 10.07"
    participants.update_participant(db, part)
    assert participants.get_participant(db, pa) == part

    agr = NewAgreement(
        event_id=event_id,
        title="Соглашение",
        title_en="Agreement",
        level="scientific",
        originals=3,
        languages="ru,en",
        status="agreed",
        duration_min=5,
        order_no=1,
        parties=[
            Party(organisation_id=org, side_id=host, signatory_id=pa),
            Party(organisation_id=org, side_id=guest, signatory_id=None),
        ],
        witness_ids=[pb],
    )
    agr = Agreement.of(agr, agreements.add_agreement(db, agr))
    assert agreements.get_agreement(db, agr.id) == agr
    agr.parties.pop()
    agreements.update_agreement(db, agr)
    assert len(agreements.get_agreement(db, agr.id).parties) == 1

    item = NewProgrammeItem(event_id=event_id, start="10:00", end="10:40", title="Встреча", press="open")
    item = ProgrammeItem.of(item, programme.add_item(db, item))
    assert programme.get_item(db, item.id) == item

    rank = NewRank(position="Атташе", position_en="Attaché", level=20)
    rank = Rank.of(rank, ranks.set_rank(db, rank))
    assert rank in ranks.list_ranks(db)


def test_attendees_join_person_side_and_organisation(db):
    event_id, *_ = _people(db)
    rows = participants.list_attendees(db, event_id)
    assert [(a.person.surname, a.side.name, a.organisation.name) for a in rows] == [
        ("Иванов", "Хозяева", "ОАО «Завод»"),
        ("Петров", "Гости", "ОАО «Завод»"),
    ]


def test_foreign_keys_are_enforced(db):
    with pytest.raises(sqlite3.IntegrityError):
        db["participants"].insert({"event_id": 999, "person_id": 999, "side_id": 999})


def test_failing_action_leaves_nothing_behind(db):
    event_id, host, guest, org, _pa, _pb = _people(db)
    before = db["agreements"].count, db["agreement_parties"].count
    bad = NewAgreement(
        event_id=event_id,
        title="Соглашение",
        parties=[Party(organisation_id=org, side_id=host), Party(organisation_id=999, side_id=guest)],
    )
    with pytest.raises(sqlite3.IntegrityError):
        agreements.add_agreement(db, bad)
    assert (db["agreements"].count, db["agreement_parties"].count) == before


def test_bad_values_are_refused_in_words(db):
    with pytest.raises(UserError, match="YYYY-MM-DD"):
        _event(db, end_date="11.07.2023")
    event_id = _event(db)
    events.add_side(db, NewSide(event_id=event_id, name="Хозяева", host=True))
    with pytest.raises(UserError, match="already has a host side"):
        events.add_side(db, NewSide(event_id=event_id, name="Другие", host=True))
    with pytest.raises(NotFound, match="no event with id 42"):
        events.get_event(db, 42)
    with pytest.raises(UserError, match="HH:MM"):
        programme.add_item(db, NewProgrammeItem(event_id=event_id, start="25:00", title="x"))


def test_an_interpreter_and_a_spouse_are_linked_to_another_participant_of_the_same_event(db):
    event_id, host, _guest, _org, pa, pb = _people(db)
    other_event = _event(db)
    other_side = events.add_side(db, NewSide(event_id=other_event, name="Хозяева", host=True))
    c = directory.add_person(db, NewPerson(surname="Сидоров", given_name="Сидор"))
    elsewhere = participants.add_participant(
        db, NewParticipant(event_id=other_event, person_id=c, side_id=other_side)
    )
    d = directory.add_person(db, NewPerson(surname="Кузнецова", given_name="Анна"))
    for links, words in (
        (
            {"role": "interpreter", "interprets_for": elsewhere},
            "interprets for another participant of the same",
        ),
        ({"partner_id": elsewhere}, "spouse is another participant of the same event"),
        ({"partner_id": 999}, "spouse is another participant of the same event"),
    ):
        with pytest.raises(UserError, match=words):
            participants.add_participant(db, NewParticipant(event_id, d, host, **links))
    spouse = participants.add_participant(db, NewParticipant(event_id, d, host, partner_id=pa))
    stored = participants.get_participant(db, spouse)
    assert stored.partner_id == pa
    stored.partner_id = spouse  # his or her own spouse
    with pytest.raises(UserError, match="spouse is another participant"):
        participants.update_participant(db, stored)
    stored.partner_id, stored.role, stored.interprets_for = pb, "interpreter", pb
    participants.update_participant(db, stored)
    assert participants.get_participant(db, spouse).interprets_for == pb


def test_deleting_an_event_keeps_the_people(db):
    event_id, *_ = _people(db)
    events.delete_event(db, event_id)
    assert db["participants"].count == 0
    assert len(directory.list_people(db)) == 2


def test_a_row_added_outside_a_transaction_is_kept(store_path):
    from protocol_app.store import open_store
    from protocol_app.store.rows import insert_row

    db = open_store(store_path)
    organisation = insert_row(db, "organisations", {"name": "ОАО «Завод»"})
    assert not db.conn.in_transaction  # committed, not left open
    db.conn.close()
    again = open_store(store_path)
    assert directory.get_organisation(again, organisation).name == "ОАО «Завод»"
    again.close()


def test_an_attendee_list_gives_each_record_its_own_columns_of_the_joined_row(db):
    """The list reads person, participation and organisation from one joined row: the ids, notes and names
    of each stay its own, a flag reads as yes or no, and a person with no organisation in the event has none."""
    event_id, host, guest, org, pa, pb = _people(db)
    person_a = participants.get_participant(db, pa).person_id
    stored = directory.get_person(db, person_a)
    stored.notes, stored.sample = "заметка о человеке", True
    directory.update_person(db, stored)
    part = participants.get_participant(db, pb)
    part.notes, part.organisation_id = "заметка об участии", None
    participants.update_participant(db, part)

    listed = {att.id: att for att in participants.list_attendees(db, event_id)}

    first, second = listed[pa], listed[pb]
    assert (first.person.id, first.participant.id, first.side.id) == (person_a, pa, host)
    assert first.person.notes == "заметка о человеке" and first.participant.notes == ""
    assert first.person.sample is True and second.person.sample is False
    assert first.organisation == directory.get_organisation(db, org)
    assert second.participant.notes == "заметка об участии" and second.person.notes == ""
    assert second.organisation is None and second.person.organisation_id is None
    assert second.side.id == guest and second.side.host is False
    made_by_init = Person(surname="Иванов", id=person_a)
    assert list(vars(first.person)) == list(vars(made_by_init))  # the fields in the order __init__ sets them
