"""The demo event is the seed article's day, with invented people visibly marked."""

from __future__ import annotations

from protocol_app.demo import build_demo
from protocol_app.store import agreements, directory, events, participants

ARTICLE_ORGANISATIONS = [
    "ОАО «Минский завод гражданской авиации №407»",
    "АНО «Центр компетенций развития промышленности»",
    "ПАО «Ростсельмаш»",
    "ООО «Полесье ДГ»",
    "ЗАО «Микроэлектронные нормализаторы и системы»",
    "ОАО «Гомсельмаш»",
    "АНО ДО «Агентство технологического развития Ульяновской области»",
]


def test_demo_holds_the_article(demo_db):
    db, event_id = demo_db
    event = events.get_event(db, event_id)
    assert event.date == "2023-07-11"
    sides = events.list_sides(db, event_id)
    assert [(s.name, s.host) for s in sides] == [
        ("Ульяновская область", True),
        ("Республика Беларусь", False),
    ]
    people = participants.list_attendees(db, event_id)
    heads = {a.side.name: a.person for a in people if a.participant.role == "principal"}
    assert heads["Ульяновская область"].surname == "Русских"
    assert heads["Ульяновская область"].given_name == "Алексей"
    assert heads["Республика Беларусь"].surname == "Пархомчик"
    assert not heads["Республика Беларусь"].sample
    for side in sides:
        assert sum(1 for a in people if a.side.id == side.id) >= 8
    names = {o.name for o in directory.list_organisations(db)}
    assert set(ARTICLE_ORGANISATIONS) <= names
    assert any(
        n.startswith(
            "Республиканское унитарное предприятие «Научно-производственный центр "
            "многофункциональных беспилотных комплексов»"
        )
        for n in names
    )


def test_demo_agreements_are_witnessed_by_both_principals(demo_db):
    db, event_id = demo_db
    people = {a.id: a for a in participants.list_attendees(db, event_id)}
    items = agreements.list_agreements(db, event_id)
    assert len(items) == 4
    assert sum(a.title.startswith("Соглашение о стратегическом сотрудничестве") for a in items) == 3
    assert items[3].title == "Соглашение о научно-техническом сотрудничестве"
    for agr in items:
        assert {people[w].person.surname for w in agr.witness_ids} == {"Русских", "Пархомчик"}
        assert len(agr.parties) == 2
        signers = [people[p.signatory_id] for p in agr.parties]
        assert {s.side.host for s in signers} == {True, False}
        assert all(s.person.sample for s in signers), "invented signatories must be marked as sample data"


def test_demo_built_twice_creates_no_duplicates(db):
    first = build_demo(db)
    counts = {t: db[t].count for t in db.table_names()}
    assert build_demo(db) == first
    assert {t: db[t].count for t in db.table_names()} == counts
