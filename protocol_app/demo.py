"""The demo event: Innoprom, 11 July 2023 (docs/seeds/000_c153f9c629a05a37.txt).

The Governor of Ulyanovsk Region met the Deputy Prime Minister of the Republic of Belarus; in their presence
four agreements between organisations of the two sides were signed. The principals, organisations and
agreements are as the article names them. Signatories, delegation members and the timetable are not in the
article: they are invented, and every such person is marked ``sample`` (shown as sample data).
"""

from __future__ import annotations

from sqlite_utils import Database

from protocol_app.model import (
    Level,
    NewAgreement,
    NewEvent,
    NewParticipant,
    NewPerson,
    NewProgrammeItem,
    NewSide,
    Party,
    Role,
)
from protocol_app.names import icao_latin
from protocol_app.store import agreements, directory, events, participants, programme

DEMO_TITLE = "Встреча Губернатора Ульяновской области с Заместителем Премьер-министра Республики Беларусь"
DEMO_TITLE_EN = (
    "Meeting of the Governor of Ulyanovsk Region with the Deputy Prime Minister of the Republic of Belarus"
)

HOST, GUEST = "host", "guest"

# key: (name, name_en, short_name, short_name_en, country)
ORGANISATIONS: dict[str, tuple[str, str, str, str, str]] = {
    "gov_uo": ("Правительство Ульяновской области", "Government of Ulyanovsk Region", "", "", "Россия"),
    "gov_by": (
        "Правительство Республики Беларусь",
        "Government of the Republic of Belarus",
        "",
        "",
        "Беларусь",
    ),
    "mzga": (
        "ОАО «Минский завод гражданской авиации №407»",
        "OJSC Minsk Civil Aviation Plant No. 407",
        "ОАО «МЗГА №407»",
        "MCAP 407",
        "Беларусь",
    ),
    "ckrp": (
        "АНО «Центр компетенций развития промышленности»",
        "ANO Industrial Development Competence Centre",
        "АНО «ЦКРП»",
        "IDCC",
        "Россия",
    ),
    "rsm": ("ПАО «Ростсельмаш»", "PJSC Rostselmash", "", "", "Россия"),
    "polesie": ("ООО «Полесье ДГ»", "LLC Polesie DG", "", "", "Беларусь"),
    "mns": (
        "ЗАО «Микроэлектронные нормализаторы и системы»",
        "CJSC Microelectronic Normalizers and Systems",
        "ЗАО «МНС»",
        "MNS",
        "Россия",
    ),
    "gsm": ("ОАО «Гомсельмаш»", "OJSC Gomselmash", "", "", "Беларусь"),
    "npc": (
        "Республиканское унитарное предприятие «Научно-производственный центр многофункциональных "
        "беспилотных комплексов» Национальной академии наук Беларуси",
        "Republican Unitary Enterprise Scientific and Production Centre of Multifunctional Unmanned "
        "Systems of the National Academy of Sciences of Belarus",
        "РУП «НПЦ МБК» НАН Беларуси",
        "SPC MUS NASB",
        "Беларусь",
    ),
    "atr": (
        "АНО ДО «Агентство технологического развития Ульяновской области»",
        "ANO AE Technology Development Agency of Ulyanovsk Region",
        "АНО ДО «АТР»",
        "TDA",
        "Россия",
    ),
}

# key: (side, role, surname, given, patronymic, gender, position, position_en, organisation key, sample)
PEOPLE: dict[str, tuple[str, str, str, str, str, str, str, str, str, bool]] = {
    "russkikh": (
        HOST,
        "principal",
        "Русских",
        "Алексей",
        "Юрьевич",
        "m",
        "Губернатор Ульяновской области",
        "Governor of Ulyanovsk Region",
        "gov_uo",
        False,
    ),
    "smirnov": (
        HOST,
        "member",
        "Смирнов",
        "Андрей",
        "Викторович",
        "m",
        "Заместитель Председателя Правительства Ульяновской области",
        "Deputy Chairman of the Government of Ulyanovsk Region",
        "gov_uo",
        True,
    ),
    "kuznetsova": (
        HOST,
        "member",
        "Кузнецова",
        "Ольга",
        "Николаевна",
        "f",
        "Министр экономического развития и промышленности Ульяновской области",
        "Minister of Economic Development and Industry of Ulyanovsk Region",
        "gov_uo",
        True,
    ),
    "volkov": (
        HOST,
        "signatory",
        "Волков",
        "Дмитрий",
        "Сергеевич",
        "m",
        "Генеральный директор",
        "Director General",
        "rsm",
        True,
    ),
    "egorov": (
        HOST,
        "signatory",
        "Егоров",
        "Игорь",
        "Петрович",
        "m",
        "Генеральный директор",
        "Director General",
        "mns",
        True,
    ),
    "morozova": (
        HOST,
        "signatory",
        "Морозова",
        "Елена",
        "Александровна",
        "f",
        "Директор",
        "Director",
        "ckrp",
        True,
    ),
    "pavlov": (HOST, "signatory", "Павлов", "Сергей", "Игоревич", "m", "Директор", "Director", "atr", True),
    "zaitsev": (
        HOST,
        "expert",
        "Зайцев",
        "Максим",
        "Олегович",
        "m",
        "Советник Губернатора",
        "Adviser to the Governor",
        "gov_uo",
        True,
    ),
    "belova": (
        HOST,
        "secretary",
        "Белова",
        "Анна",
        "Дмитриевна",
        "f",
        "Начальник отдела протокола",
        "Head of the Protocol Section",
        "gov_uo",
        True,
    ),
    "parkhomchik": (
        GUEST,
        "principal",
        "Пархомчик",
        "Пётр",
        "Александрович",
        "m",
        "Заместитель Премьер-министра Республики Беларусь",
        "Deputy Prime Minister of the Republic of Belarus",
        "gov_by",
        False,
    ),
    "klimovich": (
        GUEST,
        "member",
        "Климович",
        "Татьяна",
        "Сергеевна",
        "f",
        "Заместитель министра промышленности Республики Беларусь",
        "Deputy Minister of Industry of the Republic of Belarus",
        "gov_by",
        True,
    ),
    "shevchuk": (
        GUEST,
        "signatory",
        "Шевчук",
        "Виктор",
        "Николаевич",
        "m",
        "Генеральный директор",
        "Director General",
        "mzga",
        True,
    ),
    "lukashevich": (
        GUEST,
        "signatory",
        "Лукашевич",
        "Александр",
        "Михайлович",
        "m",
        "Генеральный директор",
        "Director General",
        "gsm",
        True,
    ),
    "bondarenko": (
        GUEST,
        "signatory",
        "Бондаренко",
        "Олег",
        "Викторович",
        "m",
        "Генеральный директор",
        "Director General",
        "npc",
        True,
    ),
    "novik": (
        GUEST,
        "signatory",
        "Новик",
        "Сергей",
        "Васильевич",
        "m",
        "Директор",
        "Director",
        "polesie",
        True,
    ),
    "ivanova": (
        GUEST,
        "member",
        "Иванова",
        "Мария",
        "Игоревна",
        "f",
        "Заместитель генерального директора",
        "Deputy Director General",
        "gsm",
        True,
    ),
    "tkachuk": (
        GUEST,
        "expert",
        "Ткачук",
        "Дмитрий",
        "Андреевич",
        "m",
        "Советник",
        "Adviser",
        "gov_by",
        True,
    ),
    "zhuk": (
        GUEST,
        "secretary",
        "Жук",
        "Ирина",
        "Петровна",
        "f",
        "Главный специалист",
        "Chief Specialist",
        "gov_by",
        True,
    ),
}

STRATEGIC = (
    "Соглашение о стратегическом сотрудничестве и взаимодействии в рамках промышленной кооперации "
    "и импортозамещения"
)
STRATEGIC_EN = (
    "Agreement on Strategic Cooperation and Interaction in Industrial Cooperation and Import Substitution"
)
SCIENTIFIC = "Соглашение о научно-техническом сотрудничестве"
SCIENTIFIC_EN = "Agreement on Scientific and Technical Cooperation"

# (title, title_en, level, (org, side, signatory), (org, side, signatory)) in the article's order
AGREEMENTS = [
    (STRATEGIC, STRATEGIC_EN, Level.CORPORATE, ("mzga", GUEST, "shevchuk"), ("ckrp", HOST, "morozova")),
    (STRATEGIC, STRATEGIC_EN, Level.CORPORATE, ("rsm", HOST, "volkov"), ("polesie", GUEST, "novik")),
    (STRATEGIC, STRATEGIC_EN, Level.CORPORATE, ("mns", HOST, "egorov"), ("gsm", GUEST, "lukashevich")),
    (SCIENTIFIC, SCIENTIFIC_EN, Level.SCIENTIFIC, ("npc", GUEST, "bondarenko"), ("atr", HOST, "pavlov")),
]

# (start, end, title, title_en, place, place_en, press)
PROGRAMME = [
    (
        "10:00",
        "10:40",
        "Встреча Губернатора Ульяновской области с Заместителем Премьер-министра Республики Беларусь",
        "Meeting of the Governor of Ulyanovsk Region with the Deputy Prime Minister "
        "of the Republic of Belarus",
        "Переговорная комната, павильон 4",
        "Meeting room, hall 4",
        "closed",
    ),
    (
        "10:40",
        "10:45",
        "Протокольная съёмка",
        "Protocol photo",
        "Переговорная комната, павильон 4",
        "Meeting room, hall 4",
        "open",
    ),
    (
        "10:50",
        "11:10",
        "Церемония подписания соглашений",
        "Signing ceremony",
        "Стенд Ульяновской области",
        "Ulyanovsk Region stand",
        "open",
    ),
    (
        "11:10",
        "11:20",
        "Подход к прессе",
        "Press approach",
        "Стенд Ульяновской области",
        "Ulyanovsk Region stand",
        "open",
    ),
]

PURPOSE = (
    "Обсуждение сотрудничества Республики Беларусь и Ульяновской области в сферах авиастроения, "
    "автомобилестроения, сельхозтехники, радиоэлектронной промышленности, логистики."
)
PURPOSE_EN = (
    "To discuss the cooperation of the Republic of Belarus and Ulyanovsk Region in aircraft and "
    "automotive manufacturing, agricultural machinery, radio electronics and logistics."
)
POINTS = "\n".join(
    [
        "Взаимодействие с партнёрами из Республики Беларусь выходит на реализацию конкретных проектов.",
        "ООО «Автокомпонент» сотрудничает с Минским тракторным заводом.",
        "Компания «МИДАУС» ведёт работу с организациями «РУСБЕЛГАЗ», «Гомсельмаш», «БЕЛАЗ».",
    ]
)
POINTS_EN = "\n".join(
    [
        "Cooperation with partners from the Republic of Belarus is moving to concrete projects.",
        "Avtokomponent LLC cooperates with the Minsk Tractor Works.",
        "MIDAUS works with the Belarusian organisations RUSBELGAZ, Gomselmash and BELAZ.",
    ]
)
SAMPLE_NOTE = (
    "Образец данных: время программы, подписанты и члены делегаций, кроме глав, придуманы для примера "
    "(sample data: the timetable, signatories and members other than the heads are invented)."
)
CONTACTS = "Правительство Ульяновской области: г. Ульяновск, ул. Спасская, д. 8, +7 8422 24-18-14"
CONTACTS_EN = "Government of Ulyanovsk Region: 8 Spasskaya St., Ulyanovsk, +7 8422 24-18-14"


def build_demo(db: Database) -> int:
    """Build the demo event in ``db`` and return its id; a second call returns the same event."""
    for event in events.list_events(db):
        if event.title == DEMO_TITLE:
            return event.id
    with db.atomic():
        event_id = events.create_event(
            db,
            NewEvent(
                title=DEMO_TITLE,
                title_en=DEMO_TITLE_EN,
                date="2023-07-11",
                city="Екатеринбург",
                city_en="Yekaterinburg",
                venue="МВЦ «Екатеринбург-ЭКСПО», выставка «Иннопром-2023»",
                venue_en="Yekaterinburg-EXPO, Innoprom 2023",
                signing_start="10:50",
                purpose=PURPOSE,
                purpose_en=PURPOSE_EN,
                points=POINTS,
                points_en=POINTS_EN,
                contacts=CONTACTS,
                contacts_en=CONTACTS_EN,
                notes=SAMPLE_NOTE,
            ),
        )
        sides = {
            HOST: events.add_side(
                db,
                NewSide(
                    event_id=event_id,
                    name="Ульяновская область",
                    name_en="Ulyanovsk Region",
                    host=True,
                    country="Россия",
                ),
            ),
            GUEST: events.add_side(
                db,
                NewSide(
                    event_id=event_id,
                    name="Республика Беларусь",
                    name_en="Republic of Belarus",
                    host=False,
                    country="Беларусь",
                ),
            ),
        }
        orgs = {
            key: directory.get_or_add_organisation(
                db, name, name_en=en, short_name=short, short_name_en=short_en, country=country
            ).id
            for key, (name, en, short, short_en, country) in ORGANISATIONS.items()
        }
        people = _add_people(db, event_id, sides, orgs)
        principals = [people["russkikh"], people["parkhomchik"]]
        for order, (title, title_en, level, first, second) in enumerate(AGREEMENTS, 1):
            agreements.add_agreement(
                db,
                NewAgreement(
                    event_id=event_id,
                    title=title,
                    title_en=title_en,
                    level=level.value,
                    programme_order=order,
                    languages="ru",
                    parties=[
                        Party(organisation_id=orgs[o], side_id=sides[s], signatory_id=people[p])
                        for o, s, p in (first, second)
                    ],
                    witness_ids=principals,
                ),
            )
        for position, (start, end, title, title_en, place, place_en, press) in enumerate(PROGRAMME, 1):
            programme.add_item(
                db,
                NewProgrammeItem(
                    event_id=event_id,
                    start=start,
                    end=end,
                    title=title,
                    title_en=title_en,
                    place=place,
                    place_en=place_en,
                    press=press,
                    position=position,
                    notes="",
                ),
            )
    return event_id


def _add_people(db: Database, event_id: int, sides: dict[str, int], orgs: dict[str, int]) -> dict:
    """Enter the demo's people, reusing any already in the directory; returns participant ids by key."""
    known = {(p.surname, p.given_name, p.patronymic): p.id for p in directory.list_people(db)}
    result: dict[str, int] = {}
    counters = {HOST: 0, GUEST: 0}
    for key, (side, role, surname, given, patr, gender, pos, pos_en, org, sample) in PEOPLE.items():
        person_id = known.get((surname, given, patr))
        if person_id is None:
            person_id = directory.add_person(
                db,
                NewPerson(
                    surname=surname,
                    given_name=given,
                    patronymic=patr,
                    gender=gender,
                    position=pos,
                    position_en=pos_en,
                    organisation_id=orgs[org],
                    latin_name=icao_latin(given, surname),
                    latin_suggested=True,
                    sample=sample,
                    language="ru",
                    notes="образец данных (sample data)" if sample else "",
                ),
            )
        counters[side] += 1
        result[key] = participants.add_participant(
            db,
            NewParticipant(
                event_id=event_id,
                person_id=person_id,
                side_id=sides[side],
                role=Role(role).value,
                precedence=counters[side],
            ),
        )
    return result
