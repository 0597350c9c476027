"""Splitting «ФИО», Latin spelling as in a passport, and spelling-blind keys for finding the same person."""

from __future__ import annotations

import pytest

from protocol_app.names import fold, icao_latin, latin_key, name_key, split_full_name


@pytest.mark.parametrize(
    ("text", "surname", "given", "patronymic", "gender"),
    [
        ("Русских Алексей Юрьевич", "Русских", "Алексей", "Юрьевич", "m"),
        ("Алексей Юрьевич Русских", "Русских", "Алексей", "Юрьевич", "m"),
        ("Кузнецова Ольга Николаевна", "Кузнецова", "Ольга", "Николаевна", "f"),
        ("  Кузнецова\u00a0 Ольга   Николаевна ", "Кузнецова", "Ольга", "Николаевна", "f"),
        # Belarusian
        ("Лукашэнка Аляксандр Рыгоравіч", "Лукашэнка", "Аляксандр", "Рыгоравіч", "m"),
        ("Аляксандр Рыгоравіч Лукашэнка", "Лукашэнка", "Аляксандр", "Рыгоравіч", "m"),
        ("Іваноўская Алена Мікалаеўна", "Іваноўская", "Алена", "Мікалаеўна", "f"),
        # Kazakh -ұлы / -қызы, and a separate оглы / кызы
        ("Тоқаев Қасым-Жомарт Кемелұлы", "Тоқаев", "Қасым-Жомарт", "Кемелұлы", "m"),
        ("Сәрсенбаева Айгүл Нұрланқызы", "Сәрсенбаева", "Айгүл", "Нұрланқызы", "f"),
        ("Алиев Ильхам Гейдар оглы", "Алиев", "Ильхам", "Гейдар оглы", "m"),
        ("Гасанова Айгюн Рамиз кызы", "Гасанова", "Айгюн", "Рамиз кызы", "f"),
        # Latin names
        ("John Smith", "Smith", "John", "", ""),
        ("SMITH John", "Smith", "John", "", ""),
        ("Smith, John Paul", "Smith", "John Paul", "", ""),
        ("Ivanov Ivan Ivanovich", "Ivanov", "Ivan", "Ivanovich", "m"),
        ("Ivan Ivanovich Ivanov", "Ivanov", "Ivan", "Ivanovich", "m"),
        # Two Russian words: surname first unless the second is plainly the surname
        ("Петров Иван", "Петров", "Иван", "", ""),
        ("Иван Петров", "Петров", "Иван", "", ""),
        ("Пархомчик", "Пархомчик", "", "", ""),
    ],
)
def test_full_name_is_split(text, surname, given, patronymic, gender):
    parts = split_full_name(text)
    assert (parts.surname, parts.given_name, parts.patronymic, parts.gender) == (
        surname,
        given,
        patronymic,
        gender,
    )


def test_a_third_word_that_is_no_patronymic_says_nothing_of_gender():
    assert split_full_name("Ким Ен Су").gender == ""


def test_icao_latin_is_the_passport_spelling():
    assert icao_latin("Алексей", "Русских") == "Aleksei Russkikh"
    assert icao_latin("Пётр", "Пархомчик") == "Petr Parkhomchik"
    assert icao_latin("Юлия", "Щукина") == "Iuliia Shchukina"


def test_keys_ignore_case_yo_and_script():
    assert name_key("Фёдоров", "Пётр") == name_key("ФЕДОРОВ", "петр")
    assert name_key("Русских", "Алексей") == name_key("Russkikh", "Aleksei") == name_key("Russkikh", "Alexey")
    assert latin_key("Aleksei Russkikh") == name_key("Русских", "Алексей")
    assert fold("Римский-Корсаков") == fold("Rimsky Korsakov")
    assert name_key("Петров", "Иван") != name_key("Петрова", "Ивана")


@pytest.mark.parametrize("text", ["Иванов И.И.", "Иванов И. И.", "И.И. Иванов", "И. И. Иванов"])
def test_initials_are_name_parts(text):
    parts = split_full_name(text)
    assert (parts.surname, parts.given_name, parts.patronymic) == ("Иванов", "И.", "И.")
