"""Every problem of a ceremony is planted and found, with words that name the item and the person."""

from __future__ import annotations

from signing_helpers import Ceremony

from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide
from protocol_app.signing import signing_plan
from protocol_app.signing.words import chair, ordinal
from protocol_app.store import directory, events, participants


def codes(plan) -> list[tuple[str, int | None]]:
    return [(p.code, p.order) for p in plan.problems]


def test_the_demo_has_no_problems(demo_db):
    db, event_id = demo_db
    assert signing_plan(db, event_id).problems == []


def test_signatory_not_a_participant_of_the_event(db):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    agreement_id = c.bilateral("Соглашение", a, b)
    other = events.create_event(db, NewEvent(title="Другое", date="2024-01-01"))
    side = events.add_side(db, NewSide(other, "Сторона", True))
    stranger = participants.add_participant(
        db, NewParticipant(other, directory.add_person(db, NewPerson(surname="Чужой")), side)
    )
    # A store changed by another path: the guest party's signatory takes part in another event only.
    db.execute(
        "UPDATE agreement_parties SET signatory_id = ? WHERE agreement_id = ? AND position = 2",
        [stranger, agreement_id],
    )
    plan = c.plan()
    assert codes(plan) == [("signatory_not_participant", 1)]
    assert plan.problems[0].participant_id == stranger
    assert "не участвует в мероприятии" in plan.problems[0].text("ru")
    assert "Соглашение Б" in plan.problems[0].text("ru")


def test_signatory_not_confirmed_and_witness_absent(db):
    c = Ceremony(db)
    a = c.person("Хозяин", "host", 1, status="tentative")
    b = c.person("Гость", "guest", 1)
    principal = c.person("Глава", "guest", 2, status="cancelled")
    c.bilateral("Соглашение", a, b, witnesses=[principal])
    plan = c.plan()
    assert codes(plan) == [("signatory_not_confirmed", 1), ("witness_absent", 1)]
    assert "Хозяин Иван Петрович" in plan.problems[0].text("ru")
    assert "tentative" in plan.problems[0].text("en")
    assert "cancelled" in plan.problems[1].text("en")


def test_party_without_signatory_and_fewer_originals_than_parties(db):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.agreement(
        "Трёхстороннее", ("Орг 1", "host", a), ("Орг 2", "guest", b), ("Орг 3", "guest", None), originals=2
    )
    plan = c.plan()
    assert codes(plan) == [("few_originals", 1), ("party_without_signatory", 1)]
    assert "party 3 (Орг 3 (en)) has no signatory" in plan.problems[1].text("en")


def test_same_person_signing_for_both_parties_and_too_few_parties(db):
    c = Ceremony(db)
    a = c.person("Хозяин", "host", 1)
    both = c.agreement("С самим собой", ("Орг 1", "host", a), ("Орг 2", "host", a))
    single = c.agreement("Одностороннее", ("Орг 1", "host", a))
    plan = c.plan()
    found = {(p.code, p.agreement_id) for p in plan.problems}
    assert ("same_signatory", both) in found
    assert ("too_few_parties", single) in found
    assert ("same_signatory", single) not in found


def test_signatory_signing_for_another_side(db):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.agreement("Соглашение", ("Орг 1", "host", a), ("Орг 2", "guest", a))
    plan = c.plan()
    assert ("signatory_other_side", 1) in codes(plan)
    text = next(p for p in plan.problems if p.code == "signatory_other_side").text("en")
    assert "“Guests”" in text and "“Hosts”" in text
    del b


def test_back_to_back_signatory_who_must_change_chairs(db):
    c = Ceremony(db)
    host, guest, other = (
        c.person("Хозяин", "host", 1),
        c.person("Гость", "guest", 1),
        c.person("Гость2", "guest", 2),
    )
    # First: the host signs on the left (host side). Second: the host signs for two host organisations,
    # the second of which sits at the right, so he signs from the right chair.
    c.bilateral("Первое", host, guest)
    c.agreement("Второе", ("Орг 1", "host", other), ("Орг 2", "host", host))
    plan = c.plan()
    assert ("back_to_back", 1) in codes(plan)
    problem = next(p for p in plan.problems if p.code == "back_to_back")
    assert problem.participant_id == host
    assert "from the left chair to the right chair" in problem.text("en")


def test_back_to_back_in_the_same_chair_is_no_problem(db):
    c = Ceremony(db)
    host, g1, g2 = (
        c.person("Хозяин", "host", 1),
        c.person("Гость", "guest", 1),
        c.person("Гость2", "guest", 2),
    )
    c.bilateral("Первое", host, g1)
    c.bilateral("Второе", host, g2)
    assert c.plan().problems == []


def test_agreement_not_ready_and_witness_who_also_signs(db):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.bilateral("Черновик", a, b, status="draft", witnesses=[a])
    plan = c.plan()
    assert codes(plan) == [("not_ready", 1), ("witness_signs", 1)]
    assert "«проект»" in plan.problems[0].text("ru")
    assert "draft" in plan.problems[0].text("en")


def test_two_agreements_given_the_same_number_by_hand(db):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.bilateral("Первое", a, b, order_no=1)
    c.bilateral("Второе", a, b, order_no=1)
    assert codes(c.plan()) == [("order_clash", None)]


def test_english_ordinals_and_the_chair_of_a_sole_signatory():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 112)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "23rd", "101st", "111th", "112th",
    ]  # fmt: skip
    assert chair(0, 1, "en", "from") == "from the sole signatory's chair"
    assert chair(0, 1, "ru", "to") == "на место единственного подписанта"


def test_back_to_back_from_the_third_chair_is_worded_in_proper_ordinals(db):
    c = Ceremony(db)
    host, g1, g2 = (
        c.person("Хозяин", "host", 1),
        c.person("Гость", "guest", 1),
        c.person("Гость2", "guest", 2),
    )
    # No. 1: three parties, g2 at the third chair from the left; No. 2: g2 the guest, at the right chair.
    c.agreement(
        "Первое", ("А", "host", host), ("Б", "guest", g1), ("В", "guest", g2), originals=3, order_no=1
    )
    c.bilateral("Второе", host, g2, order_no=2)
    problem = next(p for p in c.plan().problems if p.code == "back_to_back")
    assert problem.participant_id == g2
    assert "must move from the 3rd chair from the left to the right chair." in problem.text("en")
    assert "должен пересесть с 3-го места слева на правое место." in problem.text("ru")


def test_back_to_back_from_a_sole_signatory_is_worded_sensibly(db):
    c = Ceremony(db)
    host, guest = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.agreement("Одностороннее", ("Б", "guest", guest), order_no=1)
    c.bilateral("Второе", host, guest, order_no=2)
    problem = next(p for p in c.plan().problems if p.code == "back_to_back")
    assert "must move from the sole signatory's chair to the right chair." in problem.text("en")
    assert "1st" not in problem.text("en") and "1-е" not in problem.text("ru")
    assert "пересесть с места единственного подписанта на правое место." in problem.text("ru")
