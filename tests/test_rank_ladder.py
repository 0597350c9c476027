"""The rank ladder (PROTOCOL.md section 4a): positions as officers write them, ranked across delegations."""

from __future__ import annotations

import pytest

from protocol_app import ladder
from protocol_app.ladder import SUPPORT_LEVEL, RankMatcher, shipped_ranks
from protocol_app.ladder_words import WORD_FORMS
from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSide, Participant
from protocol_app.precedence import ordered, standings, unranked_positions
from protocol_app.store import directory, events, participants
from protocol_app.store.participants import list_attendees
from protocol_app.store.ranks import list_ranks, rank_position

LADDER = RankMatcher(shipped_ranks())


def level(position: str) -> int | None:
    found = LADDER.match(position)
    return found.level if found else None


@pytest.mark.parametrize(
    ("higher", "lower"),
    [
        ("Полномочный представитель Президента Российской Федерации в Уральском федеральном округе",
         "Губернатор Свердловской области"),
        ("Губернатор Свердловской области", "Первый заместитель Губернатора Свердловской области"),
        ("Первый заместитель Губернатора Свердловской области", "Министр промышленности Свердловской области"),
        ("Министр промышленности Свердловской области", "Генеральный директор АО «Уралмаш»"),
        ("Governor of Sverdlovsk Region", "Minister of Industry of Sverdlovsk Region"),
        ("Министр промышленности Республики Беларусь", "Губернатор Свердловской области"),
        ("Председатель Законодательного Собрания Свердловской области", "Посол Республики Беларусь"),
        ("Мэр Екатеринбурга", "Генеральный директор ПАО «Газпром нефть»"),
        ("Вице-министр торговли Китайской Народной Республики", "Генеральный консул КНР в Екатеринбурге"),
        ("Премьер-министр Республики Казахстан", "Министр торговли Республики Казахстан"),
        ("Президент Российской академии наук", "Директор института"),
        ("Советник Губернатора", "Переводчик"),
    ],
)  # fmt: skip
def test_the_ladder_orders_the_pairs_that_matter(higher, lower):
    assert level(higher) is not None and level(lower) is not None
    assert level(higher) < level(lower)


@pytest.mark.parametrize(
    ("written", "as_"),
    [
        ("Губернатора Свердловской области", "Губернатор Свердловской области"),  # any case
        ("ГУБЕРНАТОР свердловской обл.", "Губернатор Свердловской области"),
        ("Свердловской области Губернатор", "Губернатор Свердловской области"),  # word order
        ("зам. министра промышленности", "Заместитель министра промышленности"),
        ("Замминистра", "Заместитель министра"),
        ("и.о. Губернатора Свердловской области", "Губернатор"),
        ("Врио Губернатора", "Губернатор"),
        ("зам. пред. Правительства Республики Беларусь", "Заместитель Председателя Правительства"),
        ("Первый зам. Губернатора", "Первый заместитель Губернатора"),
        ("Министр промышленности субъекта Российской Федерации", "Министр области"),
        ("Vice-Minister of Commerce", "Deputy Minister"),
        ("Dep. Minister of Industry", "Deputy Minister"),
        ("Acting Governor of Sverdlovsk Region", "Governor"),
        ("Mayor of Yekaterinburg", "Мэр"),
        ("Interpreter", "Переводчик"),
    ],
)
def test_positions_as_officers_write_them(written, as_):
    assert level(written) == level(as_)


def test_a_prime_minister_is_not_a_minister_and_a_representative_keeps_his_own_rank():
    assert level("Премьер-министр") == 20 and level("Министр") == 40
    assert level("Представитель Губернатора") is None  # not a Governor
    assert level("Representative of the Governor") is None
    assert level("Министр промышленности Свердловской области") == 100  # a regional minister
    assert level("Министр промышленности Республики Татарстан") == 100  # a region, not a state
    assert level("Министр промышленности Республики Беларусь") == 40  # a state
    assert level("Переводчик") == SUPPORT_LEVEL


def _people(db, *rows) -> tuple[int, dict[str, int]]:
    event_id = events.create_event(db, NewEvent(title="Трёхсторонняя встреча", date="2026-07-07"))
    sides = {
        "host": events.add_side(db, NewSide(event_id, "Свердловская область", True, country="RU")),
        "federal": events.add_side(db, NewSide(event_id, "Аппарат полпреда", False, country="RU")),
        "by": events.add_side(db, NewSide(event_id, "Республика Беларусь", False, country="BY")),
        "cn": events.add_side(db, NewSide(event_id, "КНР", False, country="CN")),
    }
    ids = {}
    for side, surname, position, role in rows:
        person = directory.add_person(db, NewPerson(surname=surname, given_name="Иван", position=position))
        ids[surname] = participants.add_participant(
            db, NewParticipant(event_id, person, sides[side], role=role)
        )
    return event_id, ids


def test_a_presidium_across_delegations_follows_the_ladder(db):
    event_id, _ids = _people(
        db,
        ("host", "Губернаторов", "Губернатор Свердловской области", "principal"),
        ("host", "Замов", "Первый заместитель Губернатора Свердловской области", "member"),
        ("host", "Минов", "Министр промышленности Свердловской области", "member"),
        ("host", "Толмачёв", "Переводчик", "interpreter"),
        ("federal", "Полпредов", "Полномочный представитель Президента в УрФО", "principal"),
        ("by", "Белов", "Заместитель Премьер-министра Республики Беларусь", "principal"),
        ("by", "Директоров", "Генеральный директор ОАО «МАЗ»", "member"),
        ("cn", "Ван", "Вице-министр коммерции КНР", "principal"),
        ("cn", "Ли", "Interpreter", "member"),
    )
    table = standings(db, event_id)
    order = [a.person.surname for a in ordered(list_attendees(db, event_id), table)]
    assert order.index("Полпредов") < order.index("Губернаторов")  # envoy before governor
    assert order.index("Белов") < order.index("Полпредов")  # a deputy head of government of a state
    assert order.index("Губернаторов") < order.index("Замов") < order.index("Минов")
    assert order.index("Ван") < order.index("Минов")  # equal rank: the federal (state) vice-minister first
    assert order.index("Минов") < order.index("Директоров")  # regional minister before director
    assert set(order[-2:]) == {"Толмачёв", "Ли"}  # interpreters last, whatever the side


def test_at_equal_rank_the_foreign_guest_goes_before_the_host(db):
    event_id, _ids = _people(
        db,
        ("host", "Хозяинов", "Министр промышленности Свердловской области", "principal"),
        ("by", "Гостев", "Министр промышленности Минской области", "principal"),
    )
    table = standings(db, event_id)
    order = [a.person.surname for a in ordered(list_attendees(db, event_id), table)]
    assert order == ["Гостев", "Хозяинов"]


def test_a_side_own_order_is_never_reversed_across_sides(db):
    event_id, ids = _people(
        db,
        ("host", "Первый", "Советник", "member"),  # set first by hand below
        ("host", "Второй", "Губернатор Свердловской области", "member"),
        ("by", "Посол", "Посол Республики Беларусь", "principal"),
    )
    participants.update_participant(
        db, Participant(**{**participants.get_participant(db, ids["Первый"]).__dict__, "precedence": 1})
    )
    table = standings(db, event_id)
    order = [a.person.surname for a in ordered(list_attendees(db, event_id), table)]
    assert order.index("Первый") < order.index("Второй")
    assert order.index("Первый") < order.index("Посол")  # ranks with the Governor he is placed above


def test_an_unknown_position_is_named_and_ranked_once(db):
    event_id, ids = _people(
        db,
        ("host", "Атташев", "Атташе по культуре", "member"),
        ("host", "Стажёров", "Стажёр-исследователь", "member"),
        ("host", "Стажёрова", "стажёр-исследователь", "member"),
        ("host", "Охранов", "Водитель", "security"),
    )
    attendees = list_attendees(db, event_id)
    assert unranked_positions(attendees, list_ranks(db)) == ["Стажёр-исследователь"]
    rank_position(db, "Стажёр-исследователь", 150)
    assert unranked_positions(attendees, list_ranks(db)) == []
    assert standings(db, event_id)[ids["Стажёров"]].reason_text("en") == "rank table: Стажёр-исследователь"


def test_a_level_the_officer_changes_orders_the_very_next_list(db):
    """The ladder's matcher is kept between computations (``matcher_for``): a changed row is a new table."""
    event_id, ids = _people(
        db,
        ("host", "Минов", "Министр промышленности Свердловской области", "member"),
        ("host", "Мэров", "Мэр Екатеринбурга", "member"),
    )
    before = standings(db, event_id)
    assert before[ids["Минов"]].precedence < before[ids["Мэров"]].precedence
    rank_position(db, "Мэр", 1)
    after = standings(db, event_id)
    assert after[ids["Мэров"]].precedence == 1 and after[ids["Мэров"]].level == 1
    rank_position(db, "Мэр", before[ids["Мэров"]].level)
    assert standings(db, event_id) == before  # the first table again: the first answer again


def test_an_old_store_migrates_to_the_ladder_keeping_the_officer_rows(store_path):
    from sqlite_utils import Database

    from protocol_app.store import open_store
    from protocol_app.store.schema import migrations

    raw = Database(store_path)
    migrations.apply(raw, stop_before=["m003_rank_ladder"])
    raw["ranks"].insert({"position": "Атташе", "position_en": "Attaché", "level": 13})  # added by the officer
    raw.execute("UPDATE ranks SET level = 2 WHERE position = 'Губернатор'")  # changed by the officer
    event = raw["events"].insert({"title": "Визит", "date": "2023-07-11"}).last_pk
    raw["sides"].insert({"event_id": event, "name": "Гости", "country": "Беларусь"})
    raw.conn.commit()
    raw.close()
    db = open_store(store_path)
    ranks = {r.position: r for r in list_ranks(db)}
    assert ranks["Атташе"].level == 150 and ranks["Губернатор"].level == 20  # kept, on the new scale
    assert ranks["Полномочный представитель Президента"].level == 50  # the ladder is in
    assert ranks["Министр"].regional_level == 100
    assert "Вице-губернатор" not in ranks  # an old default row, now an alias of Deputy Governor
    assert db.execute("SELECT country FROM sides").fetchone()[0] == "BY"
    db.close()


def test_ranks_are_listed_and_set_from_the_command_line(tmp_path, capsys):
    import json

    from protocol_app.cli.main import main

    db = str(tmp_path / "s.sqlite")
    assert main(["--db", db, "ranks", "set", "Вице-губернатор", "92", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["level"] == 92
    assert main(["--db", db, "ranks", "--json"]) == 0
    rows = {r["position"]: r for r in json.loads(capsys.readouterr().out)}
    assert rows["Вице-губернатор"]["level"] == 92  # the officer's row wins over the ladder's alias
    assert rows["Полномочный представитель Президента"]["rung_en"] == "presidential envoy"
    assert main(["--db", db, "ranks", "set", "Governor", "55"]) == 0
    assert "Губернатор: level 55" in capsys.readouterr().out  # the English name finds the row
    assert main(["--db", db, "ranks", "set", "Атташе", "high"]) == 2
    assert "whole number" in capsys.readouterr().err
    assert main(["--db", db, "event", "create", "--title", "Визит", "--date", "2026-07-07"]) == 0
    assert main(["--db", db, "side", "add", "--event", "1", "--name", "Хозяева", "--host"]) == 0
    capsys.readouterr()
    people = tmp_path / "people.csv"
    people.write_text("ФИО;Должность\nИванов Иван Иванович;Стажёр-исследователь\n", encoding="utf-8")
    assert main(["--db", db, "import", "attendees", "--event", "Визит", str(people)]) == 0
    capsys.readouterr()
    assert main(["--db", db, "ranks", "unranked", "--event", "Визит", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == ["Стажёр-исследователь"]
    from protocol_app.store import open_store

    store = open_store(db)
    assert RankMatcher(list_ranks(store)).match("Вице-губернатор Свердловской области").level == 92
    store.close()


def test_an_import_names_the_positions_the_ladder_does_not_know(db, tmp_path):
    from protocol_app.importing import import_attendees

    event_id = events.create_event(db, NewEvent(title="Визит", date="2026-07-07"))
    events.add_side(db, NewSide(event_id, "Свердловская область", True))
    path = tmp_path / "list.csv"
    path.write_text(
        "ФИО;Должность;Роль\n"
        "Иванов Иван Иванович;Губернатора Свердловской обл.;\n"
        "Петров Пётр Петрович;Стажёр-исследователь;\n"
        "Сидоров Сидор Сидорович;стажёр-исследователь;\n"
        "Толмачёва Анна Сергеевна;Внештатный переводчик-синхронист;переводчик\n",
        encoding="utf-8",
    )
    report = import_attendees(db, event_id, path, dry_run=True)
    assert [(w.row, w.message.split(" is ")[0]) for w in report.warnings] == [
        (3, "position 'Стажёр-исследователь'")
    ]
    assert "also rows 4" in report.warnings[0].message


def test_attendee_records_carry_the_ladder_level_and_the_place_across_delegations(db):
    from protocol_app.records import attendee_records

    event_id, _ = _people(
        db,
        ("host", "Губернаторов", "Губернатор Свердловской области", "principal"),
        ("federal", "Полпредов", "Полпред Президента в УрФО", "principal"),
        ("by", "Новиков", "Стажёр", "member"),
    )
    records = {r["surname"]: r for r in attendee_records(db, event_id)}
    assert records["Полпредов"]["rank_level"] == 50 and records["Губернаторов"]["rank_level"] == 60
    assert records["Полпредов"]["honour"] < records["Губернаторов"]["honour"] < records["Новиков"]["honour"]
    assert records["Новиков"]["rank_level"] is None


def test_ambassadors_of_different_delegations_rank_by_the_date_they_took_up_their_functions(db):
    event_id = events.create_event(db, NewEvent(title="Приём", date="2026-07-07"))
    ids = {}
    for name, date in (("Позднов", "2024-02-01"), ("Раннев", "2019-05-20")):
        side = events.add_side(db, NewSide(event_id, f"Посольство {name}", False))
        person = directory.add_person(db, NewPerson(surname=name, position="Посол", seniority_date=date))
        ids[name] = participants.add_participant(db, NewParticipant(event_id, person, side))
    table = standings(db, event_id)
    assert table[ids["Раннев"]].honour < table[ids["Позднов"]].honour


def test_the_shipped_ladders_word_forms_are_the_dictionarys():
    """The shipped ladder's words are read from ``ladder_words`` (not looked up anew in every process): each
    of its words is there, as the morphology dictionary gives it now (after a change of the ladder or of the
    dictionary: ``python scripts/ladder_words.py``)."""
    tokens = ladder.ladder_tokens()
    assert len(tokens) > 100 and set(tokens) == set(WORD_FORMS)
    differ = {t: (WORD_FORMS[t], ladder.looked_up(t)) for t in tokens if WORD_FORMS[t] != ladder.looked_up(t)}
    assert not differ, f"run scripts/ladder_words.py: {differ}"
    assert ladder.words("Губернатора Свердловской области")[0] == ("губернатор", False)
