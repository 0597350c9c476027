"""The alternat: each party's original names it first and puts its signatory in the first (left) place."""

from __future__ import annotations

from signing_helpers import Ceremony

from protocol_app.signing.alternat import folders, folders_by_side, originals


def orgs(original) -> list[str]:
    return [p.organisation.name for p in original.parties]


def test_two_parties_two_originals(db):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.agreement("Соглашение", ("Завод", "guest", b), ("Центр", "host", a))
    prepared = originals(c.plan().items[0])
    assert [(o.label, o.keeper.organisation.name) for o in prepared] == [("1.1", "Завод"), ("1.2", "Центр")]
    assert orgs(prepared[0]) == ["Завод", "Центр"]
    assert orgs(prepared[1]) == ["Центр", "Завод"]
    assert prepared[1].parties[0].signatory.id == a  # the host's signature block first in the host's copy


def test_three_parties_each_named_first_in_its_own_original(db):
    c = Ceremony(db)
    a, b, d = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1), c.person("Гость2", "guest", 2)
    c.agreement("Трёхстороннее", ("А", "host", a), ("Б", "guest", b), ("В", "guest", d), originals=3)
    prepared = originals(c.plan().items[0])
    assert [orgs(o) for o in prepared] == [["А", "Б", "В"], ["Б", "А", "В"], ["В", "А", "Б"]]
    assert [o.parties[0].signatory.id for o in prepared] == [a, b, d]


def test_more_originals_than_parties_go_round_and_each_carries_every_language(db):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.agreement("Двуязычное", ("А", "host", a), ("Б", "guest", b), originals=4, languages="ru,en")
    prepared = originals(c.plan().items[0])
    assert [(o.keeper.organisation.name, o.languages) for o in prepared] == [
        ("А", ["ru", "en"]),
        ("Б", ["ru", "en"]),
        ("А", ["ru", "en"]),
        ("Б", ["ru", "en"]),
    ]


def test_fewer_originals_than_parties_still_prepares_one_per_party(db):
    c = Ceremony(db)
    a, b, d = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1), c.person("Гость2", "guest", 2)
    c.agreement("Трёхстороннее", ("А", "host", a), ("Б", "guest", b), ("В", "guest", d), originals=2)
    plan = c.plan()
    assert len(originals(plan.items[0])) == 3
    assert "few_originals" in [p.code for p in plan.problems]


def test_folder_checklist_per_side_in_signing_order(db):
    c = Ceremony(db)
    h1, h2 = c.person("Хозяин1", "host", 1), c.person("Хозяин2", "host", 2)
    g1, g2 = c.person("Гость1", "guest", 1), c.person("Гость2", "guest", 2)
    c.bilateral("Второе", h2, g2, level="corporate")
    c.bilateral("Первое", h1, g1, level="intergovernmental")
    plan = c.plan()
    every = folders(plan)
    assert [(f.item.order, f.party.signatory.id, f.party.place) for f in every] == [
        (1, h1, 0),  # the host signs at the left chair, the guest at his right
        (1, g1, 1),
        (2, h2, 0),
        (2, g2, 1),
    ]
    by_side = folders_by_side(plan)
    assert [side.name for side, _ in by_side] == ["Хозяева", "Гости"]
    host_folders = by_side[0][1]
    assert [f.item.agreement.title for f in host_folders] == ["Первое", "Второе"]
    assert [[o.label for o in f.originals] for f in host_folders] == [["1.1"], ["2.1"]]


def test_a_left_senior_side_mirrors_the_chairs(db):
    c = Ceremony(db, senior_side="left")
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.bilateral("Соглашение", a, b)
    places = {p.signatory.id: p.place for p in c.plan().items[0].parties}
    assert places == {a: 1, b: 0}


def _cell_text(cell) -> list[str]:
    if isinstance(cell.content, str):
        return [cell.content]
    return ["".join(run.text for run in para.content) for para in cell.content]


def test_one_original_stored_for_two_parties_reads_the_same_in_the_list_and_the_table(db):
    from protocol_app.signing import pack_blocks
    from protocol_app.signing.documents import alternat_blocks, order_table
    from protocol_app.signing.records import item_record

    c = Ceremony(db)
    c.bilateral("Соглашение", c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1), originals=1)
    plan = c.plan()
    item = plan.items[0]
    labels = [o.label for o in originals(item)]
    assert labels == ["1.1", "1.2"]  # one original for each party, as the alternat needs
    listed = [row[0].content for row in alternat_blocks(plan, ["ru"])[-1].rows]
    assert listed == labels
    ru = "* Экземпляров указано 1 — меньше, чем сторон; готовится 2, по одному каждой стороне."
    en = "* Originals stored: 1, fewer than the parties; 2 are prepared, one for each party."
    for table, langs in (
        (order_table(plan, ["ru", "en"]), ["ru", "en"]),
        (pack_blocks(db, c.event_id, "ru")[1], ["ru"]),
    ):
        row = table.rows[-1]
        assert _cell_text(row[-1]) == ["2*"]  # the "Экз." column: the number prepared, marked
        said = _cell_text(row[2])  # under the title, the mark's note: the stored number is too low
        assert ru in said and (en in said) == ("en" in langs)
    problem = next(p for p in plan.problems if p.code == "few_originals")
    assert "указано экземпляров 1" in problem.text("ru") and "готовится 2" in problem.text("ru")
    assert "1 original(s) stored" in problem.text("en") and "2 are prepared" in problem.text("en")
    record = item_record(item)
    assert record["originals"] == 1 and record["originals_prepared"] == len(record["copies"]) == 2


def test_enough_originals_are_shown_as_stored(db):
    from protocol_app.signing.documents import order_table

    c = Ceremony(db)
    c.bilateral("Соглашение", c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1), originals=3)
    plan = c.plan()
    row = order_table(plan, ["ru"]).rows[-1]
    assert _cell_text(row[-1]) == ["3"] and not any("*" in t for t in _cell_text(row[2]))
    assert [o.label for o in originals(plan.items[0])] == ["1.1", "1.2", "1.3"]
    assert "few_originals" not in [p.code for p in plan.problems]
