"""Cell values of partners' lists: roles, levels, gender, numbers, dates, languages, in Russian or English."""

from __future__ import annotations

import pytest

from protocol_app.importing.values import (
    parse_date,
    parse_gender,
    parse_languages,
    parse_level,
    parse_number,
    parse_role,
)
from protocol_app.model import LEVEL_RANK, Level
from protocol_app.words import label


@pytest.mark.parametrize(
    ("text", "code"),
    [("Глава делегации", "principal"), ("head of delegation", "principal"), ("переводчик", "interpreter"),
     ("Interpreter", "interpreter"), ("signatory", "signatory"), ("охрана", "security"), ("член", "member")],
)  # fmt: skip
def test_roles(text, code):
    assert parse_role(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [("межгосударственное", "interstate"), ("Interstate", "interstate"),
     ("межправительственное", "intergovernmental"), ("межведомственное", "interagency"),
     ("interagency", "interagency"), ("Межрегиональное", "interregional"),
     ("научно-техническое", "scientific"), ("scientific and technical", "scientific"), ("corporate", "corporate"),
     ("Межгосударственный", "interstate"), ("межправительственная", "intergovernmental"),
     ("межведомственные", "interagency"), ("межрегиональный", "interregional"),
     ("научно-технический", "scientific"), ("Корпоративный", "corporate"), ("корпоративная", "corporate")],
)  # fmt: skip
def test_levels(text, code):
    assert parse_level(text) == code


def test_levels_order_after_101_fz():
    assert [level.value for level in sorted(Level, key=LEVEL_RANK.__getitem__)] == [
        "interstate", "intergovernmental", "interagency", "interregional", "scientific", "corporate"
    ]  # fmt: skip
    assert [label("level", lv.value, "ru") for lv in Level][:3] == [
        "межгосударственное", "межправительственное", "межведомственное"
    ]  # fmt: skip


def test_gender_numbers_dates_languages():
    assert [parse_gender(t) for t in ("м", "Жен.", "F", "male")] == ["m", "f", "f", "m"]
    assert parse_number("12") == 12
    assert parse_date("02.03.1970") == parse_date("1970-03-02") == parse_date("2/3/1970") == "1970-03-02"
    assert parse_languages("русский, английский") == "ru,en"
    assert parse_languages("ru/en/be") == "ru,en,be"
    assert parse_languages("русский и белорусский") == parse_languages("Russian and Belarusian") == "ru,be"
    assert parse_languages("ru+en") == "ru,en"


@pytest.mark.parametrize(
    ("text", "codes"),
    [
        ("Modern Greek and English", "el,en"),
        ("норвежский букмол и русский", "nb,ru"),
        ("Western Frisian/ru", "fy,ru"),
        ("кхмерский, фарси", "km,fa"),
        ("русский английский", "ru,en"),  # two names of one word each, only a space between them
    ],
)
def test_a_language_named_in_several_words_is_read_whole(text, codes):
    assert parse_languages(text) == codes


@pytest.mark.parametrize(
    ("parse", "text", "words"),
    [(parse_role, "министр", "roles are: глава делегации / head of delegation"),
     (parse_level, "космическое", "levels are"), (parse_gender, "x", "м/ж"), (parse_number, "0", "from 1"),
     (parse_number, "первый", "whole number"), (parse_date, "31.02.1970", "not a date"),
     (parse_languages, "русский, англиский", "unknown language 'англиский'"),
     (parse_languages, "русский квенья", "unknown language 'квенья'")],
)  # fmt: skip
def test_wrong_values_say_what_is_expected(parse, text, words):
    with pytest.raises(ValueError, match=words):
        parse(text)
