"""The languages of an agreement's texts: codes from what a partner's file or the store says, and their
names in the papers' words."""

from __future__ import annotations

import re

import pycountry
import pytest

from protocol_app.languages import (
    agreement_languages,
    in_language,
    language_code,
    language_name,
    standard_name,
)


@pytest.mark.parametrize(
    ("stored", "codes"),
    [
        ("ru,en", ["ru", "en"]),
        ("RU; be", ["ru", "be"]),
        ("русский, белорусский", ["ru", "be"]),
        ("rus,Belarusian,ru", ["ru", "be"]),
        ("", ["ru"]),
    ],
)
def test_stored_languages_read_as_codes_each_once(stored, codes):
    assert agreement_languages(stored) == codes


@pytest.mark.parametrize(
    ("code", "ru", "en"),
    [
        ("be", "на белорусском языке", "in Belarusian"),
        ("kk", "на казахском языке", "in Kazakh"),
        ("zh", "на китайском языке", "in Chinese"),
        ("he", "на языке «иврит»", "in Hebrew"),
        ("el", "на греческом языке", "in Greek"),  # not the catalogue's «греческий, современный»
        ("km", "на кхмерском языке", "in Khmer"),  # the catalogue has no Russian name: not «Khmer»
        ("фарси", "на персидском языке", "in Persian"),
        (
            "квенья",
            "на языке «квенья»",
            "in kvenia (transliterated)",
        ),  # no standard names it: never Russian in English
    ],
)
def test_a_language_named_in_the_papers_words(code, ru, en):
    assert (in_language(code, "ru"), in_language(code, "en")) == (ru, en)


def test_a_word_no_standard_names_stays_as_written():
    assert language_code(" Квенья ") == "квенья"


def test_every_language_of_two_letters_has_a_russian_name_and_is_read_back_from_it():
    """A Russian paper names a language in Russian letters (the catalogue lacks some: "Khmer", "Ossetian"),
    and a partner's file naming it so is read as that language."""
    for language in pycountry.languages:
        code = getattr(language, "alpha_2", None)
        if code is None:
            continue
        name = language_name(code, "ru")
        assert not re.search("[A-Za-z]", name), (code, name)
        assert language_code(name) == code, (code, name)
        assert language_code(language_name(code, "en")) == code, (code, language_name(code, "en"))


def test_the_written_languages_are_named_as_the_standard_names_them_without_loading_it():
    """Russian and English are named without pycountry's tables (a bilingual original names them in its
    headings), and as those tables name them."""
    for code in ("ru", "en"):
        for lang in ("ru", "en"):
            assert language_name(code, lang) == standard_name(code, lang)
    assert language_name("en", "ru") == "английский" and in_language("ru", "en") == "in Russian"
