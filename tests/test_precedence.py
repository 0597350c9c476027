"""Precedence (docs/PROTOCOL.md section 3): explicit number, rank table, seniority, surname; guests win ties."""

from __future__ import annotations

from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide, Side
from protocol_app.precedence import delegation_order, ordered, standings
from protocol_app.store import directory, events, participants
from protocol_app.store.participants import list_attendees


def _event(db) -> tuple[int, int, int]:
    event_id = events.create_event(db, NewEvent(title="Визит", date="2024-07-10"))
    host = events.add_side(db, NewSide(event_id=event_id, name="Хозяева", host=True))
    guest = events.add_side(db, NewSide(event_id=event_id, name="Гости", host=False))
    return event_id, host, guest


def _add(db, event_id, side, surname, position="", precedence=None, seniority=None) -> int:
    person = directory.add_person(db, NewPerson(surname=surname, given_name="Иван", position=position,
                                             seniority_date=seniority))  # fmt: skip
    return participants.add_participant(
        db, NewParticipant(event_id=event_id, person_id=person, side_id=side, precedence=precedence)
    )


def test_explicit_number_wins_over_the_rank_table(db):
    event_id, host, _ = _event(db)
    governor = _add(db, event_id, host, "Губернаторов", "Губернатор области")
    adviser = _add(db, event_id, host, "Советов", "Советник", precedence=1)
    table = standings(db, event_id)
    assert table[adviser].precedence == 1
    assert table[governor].precedence == 2
    assert table[adviser].reason_text("en") == "set by hand: 1"


def test_rank_table_orders_positions_and_says_why(db):
    event_id, _, guest = _event(db)
    director = _add(db, event_id, guest, "Директоров", "Директор завода")
    deputy_pm = _add(db, event_id, guest, "Пархомчик", "Заместитель Премьер-министра Республики Беларусь")
    table = standings(db, event_id)
    assert table[deputy_pm].precedence == 1 and table[director].precedence == 2
    assert table[deputy_pm].reason_text("en") == "rank table: Deputy Prime Minister"
    assert table[deputy_pm].reason_text("ru") == "таблица рангов: Заместитель Председателя Правительства"


def test_seniority_date_then_surname_when_the_rank_is_equal(db):
    event_id, host, _ = _event(db)
    later = _add(db, event_id, host, "Аверин", "Посол", seniority="2021-03-01")
    earlier = _add(db, event_id, host, "Яковлев", "Посол", seniority="2019-05-20")
    table = standings(db, event_id)
    assert table[earlier].precedence < table[later].precedence  # heads of mission by date of taking up duties
    a = _add(db, event_id, host, "Борисов")
    b = _add(db, event_id, host, "Ёлкин")  # ё sorts as е: Борисов, Ёлкин
    table = standings(db, event_id)
    assert table[a].precedence < table[b].precedence
    assert table[a].reason_text("en") == "alphabetical by surname: Борисов"


def test_a_representative_keeps_his_own_rank(db):
    event_id, host, _ = _event(db)
    representative = _add(db, event_id, host, "Петров", "Representative of the Governor")
    adviser = _add(db, event_id, host, "Сидоров", "Adviser to the Governor")
    director = _add(db, event_id, host, "Яшин", "Director")
    table = standings(db, event_id)
    assert table[adviser].reason_text("en") == "rank table: Adviser"
    assert table[director].precedence < table[adviser].precedence  # Director (9) before Adviser (13)
    assert table[representative].reason != "rank"  # not ranked as a Governor


def test_equal_precedence_across_sides_goes_to_the_guest(db):
    event_id, host, guest = _event(db)
    h = _add(db, event_id, host, "Хозяинов", precedence=1)
    g = _add(db, event_id, guest, "Гостев", precedence=1)
    table = standings(db, event_id)
    order = [a.id for a in ordered(list_attendees(db, event_id), table)]
    assert order == [g, h]


def test_multilateral_delegations_alphabetical_from_a_drawn_letter():
    sides = [
        Side(event_id=1, name=n, host=False, id=i) for i, n in enumerate(["Казахстан", "Армения", "Беларусь"])
    ]
    assert [s.name for s in delegation_order(sides)] == ["Армения", "Беларусь", "Казахстан"]
    assert [s.name for s in delegation_order(sides, start="Б")] == ["Беларусь", "Казахстан", "Армения"]


def _add_role(db, event_id, side, surname, position, role) -> int:
    person = directory.add_person(db, NewPerson(surname=surname, given_name="Иван", position=position))
    return participants.add_participant(
        db, NewParticipant(event_id=event_id, person_id=person, side_id=side, role=role)
    )


def test_head_of_delegation_comes_first_and_interpreters_after_the_members(db):
    event_id, host, _ = _event(db)
    minister = _add_role(db, event_id, host, "Петров", "Министр промышленности", "member")
    interpreter = _add_role(db, event_id, host, "Иванов", "Переводчик", "interpreter")
    head = _add_role(db, event_id, host, "Минниханов", "Раис Республики Татарстан", "principal")
    table = standings(db, event_id)
    assert [table[p].precedence for p in (head, minister, interpreter)] == [1, 2, 3]
    assert table[head].reason_text("en") == "head of delegation"
    assert table[head].reason_text("ru") == "глава делегации"


def test_prime_minister_is_not_matched_as_a_minister(db):
    event_id, _, guest = _event(db)
    minister = _add(db, event_id, guest, "Жумабаев", "Министр торговли")
    prime = _add(db, event_id, guest, "Смаилов", "Премьер-министр Республики Казахстан")
    table = standings(db, event_id)
    assert table[prime].precedence == 1 and table[minister].precedence == 2
    assert table[prime].reason_text("en") == "rank table: Prime Minister"
