"""The announcer's script names every title, party and signatory exactly as stored, and the witnesses."""

from __future__ import annotations

import re

import docx
import pytest
from pdf_text import text_of_pdf
from signing_helpers import Ceremony

from protocol_app.model import NewAgreement, NewParticipant, NewPerson
from protocol_app.name_forms import suggest_gender
from protocol_app.signing import cases, signing_plan
from protocol_app.signing.export import write_signing
from protocol_app.signing.script import script


def text(entries) -> str:
    return "\n".join(line for e in entries for line in e.lines)


def test_russian_script_of_the_demo_names_every_title_signatory_and_witness(demo_db):
    db, event_id = demo_db
    plan = signing_plan(db, event_id)
    entries = script(plan, "ru")
    assert [e.order for e in entries] == [1, 2, 3, 4]
    assert entries[0].time == "10:50–10:53"
    for entry, item in zip(entries, plan.items, strict=True):
        said = "\n".join(entry.lines)
        assert item.agreement.title in said
        for party in item.parties:
            assert party.organisation.name in said
            person = party.signatory.person
            assert f"{person.given_name} {person.patronymic} {person.surname}" in said
            assert person.position in said
        assert said.splitlines()[-1] in (
            "В присутствии Губернатора Ульяновской области Алексея Юрьевича Русских и Заместителя "
            "Премьер-министра Республики Беларусь Петра Александровича Пархомчика.",
            "В присутствии: Губернатор Ульяновской области Алексей Юрьевич Русских и Заместитель "
            "Премьер-министра Республики Беларусь Пётр Александрович Пархомчик.",
        )


def test_english_script_uses_english_titles_names_and_positions(demo_db):
    db, event_id = demo_db
    plan = signing_plan(db, event_id)
    said = text(script(plan, "en"))
    for item in plan.items:
        assert item.agreement.title_en in said
        for party in item.parties:
            assert party.organisation.name_en in said
            assert party.signatory.person.latin_name in said
    assert "In the presence of Aleksei Russkikh, Governor of Ulyanovsk Region" in said


def test_script_has_opening_and_closing_when_the_event_has_them(db):
    c = Ceremony(db, start="09:00", opening_minutes=5, closing_minutes=10)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.bilateral("Меморандум о взаимопонимании", a, b)
    entries = script(c.plan(), "ru")
    assert [(e.order, e.time) for e in entries] == [
        (None, "09:00–09:05"),
        (1, "09:05–09:08"),
        (None, "09:08–09:18"),
    ]
    assert "Подписывается Меморандум о взаимопонимании." in entries[1].lines
    assert "Фотографирование" in entries[2].lines[0] or "фотографирование" in entries[2].lines[0]


def test_a_party_without_signatory_is_marked_in_the_reading_never_glossed_over(db):
    c = Ceremony(db)
    a = c.person("Хозяин", "host", 1, given="Анна", patronymic="Ильинична")
    c.agreement("Соглашение", ("Центр", "host", a), ("Завод", "guest", None))
    said = text(script(c.plan(), "ru")).splitlines()
    assert "Документ подписывает: Директор (Центр) Анна Ильинична Хозяин." in said
    assert "Стороны: Центр и Завод." in said
    assert "Сторона «Завод»: подписант не назначен (!)." in said
    english = text(script(c.plan(), "en")).splitlines()
    assert "Party Завод (en): no signatory named (!)." in english


def test_witnesses_are_read_in_the_genitive_when_inflection_is_installed(demo_db):
    db, event_id = demo_db
    line = script(signing_plan(db, event_id), "ru")[0].lines[-1]
    assert line == (
        "В присутствии Губернатора Ульяновской области Алексея Юрьевича Русских и Заместителя "
        "Премьер-министра Республики Беларусь Петра Александровича Пархомчика."
    )


def test_a_name_not_surely_inflected_keeps_the_witnesses_a_nominative_list(demo_db, monkeypatch):
    monkeypatch.setattr(cases, "name_genitive", lambda *_: None)  # as for a name pymorphy3 does not know
    db, event_id = demo_db
    line = script(signing_plan(db, event_id), "ru")[0].lines[-1]
    assert line == (
        "В присутствии: Губернатор Ульяновской области Алексей Юрьевич Русских и Заместитель "
        "Премьер-министра Республики Беларусь Пётр Александрович Пархомчик."
    )


@pytest.mark.parametrize(
    ("surname", "given", "patronymic", "expected"),
    [
        ("Морозова", "Елена", "Александровна", "Елены Александровны Морозовой"),
        ("Лукашевич", "Александр", "Михайлович", "Александра Михайловича Лукашевича"),
        ("Климович", "Татьяна", "Сергеевна", "Татьяны Сергеевны Климович"),
        ("Бондаренко", "Олег", "Викторович", "Олега Викторовича Бондаренко"),
        ("Королёв", "Фёдор", "Семёнович", "Фёдора Семёновича Королёва"),
    ],
)
def test_names_in_the_genitive(surname, given, patronymic, expected):
    person = NewPerson(surname=surname, given_name=given, patronymic=patronymic)
    assert cases.name_genitive(person) == expected


@pytest.mark.parametrize(
    ("person", "gender", "expected"),
    [
        (NewPerson("Русских", "Алексей", "Юрьевич"), "m", "Алексея Юрьевича Русских"),  # -их: indeclinable
        (NewPerson("Русских", "Анна", "Петровна"), "f", "Анны Петровны Русских"),
        (NewPerson("Шевченко", "Тарас", "Григорьевич"), "m", "Тараса Григорьевича Шевченко"),  # -ко
        (NewPerson("Шевченко", "Ольга"), "f", "Ольги Шевченко"),  # no patronymic: the name tells the gender
        (NewPerson("Новик", "Светлана"), "f", "Светланы Новик"),  # a woman's surname in a consonant stays
        (NewPerson("Новик", "Сергей"), "m", "Сергея Новика"),
        (NewPerson("Белова", "Ирина"), "f", "Ирины Беловой"),
        (NewPerson("王", "伟"), "", "Ван Вэй"),  # a Chinese name is read in Cyrillic, not inflected
        (NewPerson("Iyer", "Siddharth"), "", "Siddharth Iyer"),  # a name in Latin letters is not inflected
        (NewPerson("王", "伟", name_cyrillic="Ван Вэй"), "", "Ван Вэй"),
    ],
)
def test_gender_is_suggested_and_names_decline_by_it(person, gender, expected):
    assert suggest_gender(person) == gender
    assert cases.name_genitive(person) == expected


def test_gender_unknown_from_a_name_of_both_genders_is_not_guessed():
    assert suggest_gender(NewPerson("Ким", "Саша")) == ""
    assert cases.name_genitive(NewPerson("Ким", "Саша")) is None  # the nominative list is kept


def test_positions_in_the_genitive_change_only_their_head():
    assert cases.position_genitive("Генеральный директор ОАО «Гомсельмаш»") == (
        "Генерального директора ОАО «Гомсельмаш»"
    )
    assert cases.position_genitive("Чрезвычайный и Полномочный Посол Республики Беларусь") == (
        "Чрезвычайного и Полномочного Посла Республики Беларусь"
    )
    assert cases.position_genitive("CEO") is None  # not Russian: the caller keeps the nominative


def _principals_sign(db, event_id):
    """The demo with one more agreement, signed by the Governor for the Government of Ulyanovsk Region and
    by the Deputy Prime Minister for the Government of Belarus, and an adviser to the Governor."""
    from protocol_app.model import Party
    from protocol_app.store import agreements, directory, participants

    plan = signing_plan(db, event_id)
    governor, deputy = plan.items[0].witnesses
    government = governor.organisation
    adviser = participants.add_participant(
        db,
        NewParticipant(
            event_id=event_id,
            person_id=directory.add_person(
                db,
                NewPerson(surname="Советников", given_name="Иван", patronymic="Петрович",
                       latin_name="Ivan Sovetnikov", position="Советник губернатора",
                       position_en="Adviser to the Governor", organisation_id=government.id),
            ),
            side_id=governor.side.id,
            role="signatory",
        ),
    )  # fmt: skip
    agreements.add_agreement(
        db,
        NewAgreement(
            event_id=event_id,
            title="Межправительственное соглашение",
            title_en="Intergovernmental Agreement",
            level="intergovernmental",
            parties=[
                Party(government.id, governor.side.id, governor.id),
                Party(deputy.organisation.id, deputy.side.id, deputy.id),
            ],
        ),
    )
    agreements.add_agreement(
        db,
        NewAgreement(
            event_id=event_id,
            title="Меморандум",
            title_en="Memorandum",
            parties=[
                Party(government.id, governor.side.id, adviser),
                Party(deputy.organisation.id, deputy.side.id, deputy.id),
            ],
        ),
    )
    return signing_plan(db, event_id)


def test_a_position_that_names_its_body_is_read_without_the_organisation_again(demo_db):
    db, event_id = demo_db
    plan = _principals_sign(db, event_id)
    english, russian = text(script(plan, "en")), text(script(plan, "ru"))
    assert (
        "Signed by Aleksei Russkikh, Governor of Ulyanovsk Region and Petr Parkhomchik, Deputy Prime Minister "
        "of the Republic of Belarus." in english.splitlines()
    )
    assert (
        "Документ подписывают: Губернатор Ульяновской области Алексей Юрьевич Русских и Заместитель "
        "Премьер-министра Республики Беларусь Пётр Александрович Пархомчик." in russian.splitlines()
    )
    assert "Правительство Республики Беларусь)" not in russian
    # a position that does not name the body gets it after a comma in English, in brackets in Russian
    assert "Ivan Sovetnikov, Adviser to the Governor, Government of Ulyanovsk Region" in english
    assert "Советник губернатора (Правительство Ульяновской области) Иван Петрович Советников" in russian
    assert " of Government of " not in english and " of OJSC " not in english


def test_english_joins_a_position_and_its_organisation_with_a_comma(demo_db):
    db, event_id = demo_db
    said = text(script(signing_plan(db, event_id), "en"))
    assert "Director General, OJSC Gomselmash" in said
    assert "Director General of OJSC" not in said and "Director of LLC" not in said


def test_a_gap_for_a_quoted_organisation_is_not_quoted_twice(db):
    c = Ceremony(db)
    a = c.person("Хозяин", "host", 1)
    c.agreement("Соглашение", ("Центр", "host", a), ("ООО «Полесье ДГ»", "guest", None))
    assert "Сторона ООО «Полесье ДГ»: подписант не назначен (!)." in text(script(c.plan(), "ru")).splitlines()


def _multilateral(c: Ceremony) -> None:
    """Two signings with Chinese, Arabic and Indian names, stored in their own letters with a Latin spelling,
    witnessed by the Governor and a foreign minister each."""
    governor = c.person(
        "Куйвашев", "host", 1, position="Губернатор Свердловской области", given="Евгений",
        patronymic="Владимирович",
    )  # fmt: skip
    host = c.person("Петров", "host", 2, position="Министр", given="Алексей", patronymic="Сергеевич")
    wang = c.someone(
        NewPerson("王", "建国", latin_surname="Wang", latin_given="Jianguo", gender="m",
                  position="Заместитель министра промышленности и информатизации КНР"),
    )  # fmt: skip
    qasimi = c.someone(
        NewPerson("القاسمي", "خالد بن سعيد", latin_surname="Al Qasimi", latin_given="Khalid bin Saeed",
                  honorific="Sheikh", gender="m", position="Заместитель министра экономики ОАЭ"),
    )  # fmt: skip
    falasi = c.someone(
        NewPerson("الفلاسي", "محمد بن راشد", latin_surname="Al Falasi", latin_given="Mohammed bin Rashid",
                  gender="m", position="Министр промышленности и передовых технологий ОАЭ"),
    )  # fmt: skip
    c.agreement(
        "Меморандум о промышленной кооперации",
        ("Министерство промышленности", "host", host),
        ("Министерство промышленности и информатизации КНР", "guest", wang),
        witnesses=[governor, falasi],
    )
    c.agreement(
        "Соглашение о торгово-экономическом сотрудничестве",
        ("Правительство Свердловской области", "host", host),
        ("Министерство экономики ОАЭ", "guest", qasimi),
        witnesses=[governor, wang],
    )


def _script_part(text: str) -> str:
    said = " ".join(text.split())
    return said[said.index("Сценарий для ведущего") : said.index("Подлинные экземпляры")]


def test_a_name_in_han_or_arabic_letters_is_read_in_cyrillic_or_latin_letters(db, tmp_path):
    c = Ceremony(db)
    _multilateral(c)
    pdf = _script_part(text_of_pdf(write_signing(db, c.event_id, tmp_path / "s.pdf", "pdf")))
    document = docx.Document(str(write_signing(db, c.event_id, tmp_path / "s.docx", "docx")))
    word = _script_part("\n".join(p.text for p in document.paragraphs))
    for said in (pdf, word):
        assert "Заместитель министра промышленности и информатизации КНР Ван Цзяньго" in said
        assert "Заместитель министра экономики ОАЭ Khalid bin Saeed Al Qasimi" in said
        assert not re.search("[\u0600-\u06ff\u4e00-\u9fff]", said)  # nothing the announcer cannot read
        # every signing's witnesses in the genitive, foreign names as they are read
        assert (
            said.count("В присутствии Губернатора Свердловской области Евгения Владимировича Куйвашева и ")
            == 2
        )
        assert "Министра промышленности и передовых технологий ОАЭ Mohammed bin Rashid Al Falasi." in said
        assert "Заместителя министра промышленности и информатизации КНР Ван Цзяньго." in said
        assert "В присутствии:" not in said


def test_one_witness_not_surely_declined_keeps_every_signing_a_nominative_list(db):
    c = Ceremony(db)
    _multilateral(c)
    kim = c.person("Ким", "host", 3, position="Советник", given="Саша", patronymic="")  # gender unknown
    c.bilateral("Соглашение", c.person("Хозяин", "host", 4), c.person("Гость", "guest", 4), witnesses=[kim])
    lines = [line for e in script(c.plan(), "ru") for line in e.lines if line.startswith("В присутствии")]
    assert len(lines) == 3 and all(line.startswith("В присутствии: ") for line in lines)
    assert (
        "В присутствии: Губернатор Свердловской области Евгений Владимирович Куйвашев и "
        "Министр промышленности и передовых технологий ОАЭ Mohammed bin Rashid Al Falasi."
    ) in lines
