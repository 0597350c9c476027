"""The signing order: level, then the signatories' seniority, then the programme; by hand wins; stable."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st
from signing_helpers import Ceremony

from protocol_app.errors import UserError
from protocol_app.model import LEVEL_RANK, Agreement, Level, Party
from protocol_app.precedence import Standing
from protocol_app.signing import clear_order, set_order, set_status
from protocol_app.signing_order import signing_order
from protocol_app.store.agreements import get_agreement


def titles(plan) -> list[str]:
    return [i.agreement.title for i in plan.items]


def test_level_comes_first_then_seniority_then_programme(db):
    c = Ceremony(db)
    h = [c.person(f"Хозяин{n}", "host", precedence=n) for n in range(1, 7)]
    g = [c.person(f"Гость{n}", "guest", precedence=n) for n in range(1, 7)]
    c.bilateral("Корпоративное младшее", h[5], g[5], level="corporate")
    c.bilateral("Корпоративное старшее", h[1], g[4], level="corporate")
    c.bilateral("Научное", h[4], g[4], level="scientific")
    c.bilateral("Межрегиональное", h[3], g[3], level="interregional")
    c.bilateral("Межправительственное", h[5], g[5], level="intergovernmental")
    c.bilateral("Корпоративное равное А", h[2], g[2], level="corporate")
    c.bilateral("Корпоративное равное Б", h[2], g[2], level="corporate")  # same signatories: programme order
    assert titles(c.plan()) == [
        "Межправительственное",
        "Межрегиональное",
        "Научное",
        "Корпоративное старшее",  # its most senior signatory is No. 2 of the host
        "Корпоративное равное А",
        "Корпоративное равное Б",
        "Корпоративное младшее",
    ]


def test_at_equal_precedence_the_guest_signatory_counts_as_more_senior(db):
    c = Ceremony(db)
    host2, guest2 = c.person("Хозяин", "host", 2), c.person("Гость", "guest", 2)
    host9, guest9 = c.person("Хозяин9", "host", 9), c.person("Гость9", "guest", 9)
    c.bilateral("С хозяином номер два", host2, guest9)
    c.bilateral("С гостем номер два", host9, guest2)
    assert titles(c.plan()) == ["С гостем номер два", "С хозяином номер два"]


def test_order_set_by_hand_wins_and_the_rest_follow_by_rule(db):
    c = Ceremony(db)
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    first = c.bilateral("Межправительственное", a, b, level="intergovernmental")
    second = c.bilateral("Научное", a, b, level="scientific")
    third = c.bilateral("Корпоративное", a, b, level="corporate")
    set_order(db, c.event_id, [third, first])
    plan = c.plan()
    assert titles(plan) == ["Корпоративное", "Межправительственное", "Научное"]
    assert [i.explicit for i in plan.items] == [True, True, False]
    assert get_agreement(db, second).order_no is None
    set_order(db, c.event_id, [second])  # a new order replaces the old one
    assert titles(c.plan()) == ["Научное", "Межправительственное", "Корпоративное"]
    clear_order(db, c.event_id)
    assert titles(c.plan()) == ["Межправительственное", "Научное", "Корпоративное"]


def test_a_bad_order_changes_nothing(db):
    c = Ceremony(db)
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    one = c.bilateral("Первое", a, b)
    two = c.bilateral("Второе", a, b)
    set_order(db, c.event_id, [two, one])
    with pytest.raises(UserError, match="twice"):
        set_order(db, c.event_id, [one, one])
    with pytest.raises(UserError, match="not an agreement of this event"):
        set_order(db, c.event_id, [one, 999])
    assert [get_agreement(db, i).order_no for i in (one, two)] == [2, 1]


def test_the_order_is_stable_between_computations(db):
    c = Ceremony(db)
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    for n in range(12):
        c.bilateral(f"Соглашение {n:02d}", a, b)
    expected = [f"Соглашение {n:02d}" for n in range(12)]
    assert titles(c.plan()) == titles(c.plan()) == expected


def test_set_status_changes_the_statuses_and_refuses_unknown_ones(db):
    c = Ceremony(db)
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    one, two = c.bilateral("Первое", a, b), c.bilateral("Второе", a, b)
    set_status(db, [one, two], "signed")
    assert {get_agreement(db, i).status for i in (one, two)} == {"signed"}
    with pytest.raises(UserError, match="unknown status"):
        set_status(db, [one], "lost")
    assert get_agreement(db, one).status == "signed"


def test_demo_order_puts_the_scientific_agreement_before_the_corporate_ones(demo_db):
    from protocol_app.signing import signing_plan

    db, event_id = demo_db
    plan = signing_plan(db, event_id)
    assert [i.agreement.level for i in plan.items] == ["scientific", "corporate", "corporate", "corporate"]
    signatories = [[p.signatory.person.surname for p in i.parties] for i in plan.items]
    assert signatories == [
        ["Бондаренко", "Павлов"],
        ["Шевчук", "Морозова"],  # guest No. 3
        ["Егоров", "Лукашевич"],  # guest No. 4 before host No. 4
        ["Волков", "Новик"],
    ]


def test_moving_one_agreement_fixes_the_whole_order_by_hand(db):
    from protocol_app.signing import current_order, move_agreement

    c = Ceremony(db)
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    first = c.bilateral("Межправительственное", a, b, level="intergovernmental")
    second = c.bilateral("Научное", a, b, level="scientific")
    third = c.bilateral("Корпоративное", a, b, level="corporate")
    assert current_order(db, c.event_id) == [first, second, third]
    assert move_agreement(db, c.event_id, third, 1) == [third, first, second]
    assert titles(c.plan()) == ["Корпоративное", "Межправительственное", "Научное"]
    assert all(i.explicit for i in c.plan().items)
    with pytest.raises(UserError, match="position must be from 1 to 3"):
        move_agreement(db, c.event_id, first, 4)
    assert current_order(db, c.event_id) == [third, first, second]


@given(
    st.lists(
        st.tuples(
            st.sampled_from([lv.value for lv in Level]),
            st.one_of(st.none(), st.integers(1, 5)),
            st.integers(1, 9),
        ),
        max_size=25,
    )
)
def test_hand_order_first_then_levels_never_go_back(rows):
    agreements = []
    table = {}
    for n, (level, order_no, precedence) in enumerate(rows, 1):
        table[n] = Standing(n, 1, True, precedence, "explicit", str(precedence))
        agreements.append(
            Agreement(
                event_id=1, title=f"A{n}", level=level, order_no=order_no, id=n, parties=[Party(1, 1, n)]
            )
        )
    ordered = signing_order(agreements, table)
    assert sorted(a.id for a in ordered) == sorted(a.id for a in agreements)
    explicit = [a for a in ordered if a.order_no is not None]
    assert ordered[: len(explicit)] == explicit
    assert [a.order_no for a in explicit] == sorted(a.order_no for a in explicit)
    rest = ordered[len(explicit) :]
    assert [LEVEL_RANK[a.level] for a in rest] == sorted(LEVEL_RANK[a.level] for a in rest)
    assert signing_order(list(reversed(agreements)), table) == ordered  # the input order does not matter


def test_an_order_change_can_be_undone_in_one_step(db):
    from protocol_app.signing import order_numbers, restore_order_numbers

    c = Ceremony(db)
    a, b = c.person("А", "host", 1), c.person("Б", "guest", 1)
    one, two, three = (c.bilateral(t, a, b) for t in ("Первое", "Второе", "Третье"))
    set_order(db, c.event_id, [two, one])
    before = order_numbers(db, c.event_id)
    assert before == {one: 2, two: 1, three: None}
    set_order(db, c.event_id, [three])
    restore_order_numbers(db, c.event_id, before)
    assert titles(c.plan()) == ["Второе", "Первое", "Третье"]
    with pytest.raises(UserError, match="not an agreement of this event"):
        restore_order_numbers(db, c.event_id, {999: 1})


def test_the_levels_of_101_fz_sign_in_their_order_whatever_the_seniority(db):
    c = Ceremony(db)
    h = [c.person(f"Хозяин{n}", "host", precedence=n) for n in range(1, 7)]
    g = [c.person(f"Гость{n}", "guest", precedence=n) for n in range(1, 7)]
    levels = ["corporate", "scientific", "interregional", "interagency", "intergovernmental", "interstate"]
    for n, level in enumerate(levels):
        c.bilateral(level, h[n], g[n], level=level)  # the junior signatories on the higher levels
    assert titles(c.plan()) == list(reversed(levels))
