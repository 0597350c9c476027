"""Seating at a multilateral forum (a Russian host; Chinese, Emirati and Indian delegations), as a QA engineer
found it: the signing table's assistants, the captions of agreements of one title, the place cards."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from pdf_text import page_texts

from protocol_app.model import NewAgreement, NewEvent, NewParticipant, NewPerson, NewSide, Party, Role
from protocol_app.seating import caption, drawings
from protocol_app.seating.place_cards import write_place_cards
from protocol_app.seating.plans import auto_plan
from protocol_app.seating.render import write_plan_pdf
from protocol_app.store import agreements, directory, events, participants

TRADE = ("Соглашение о торгово-экономическом сотрудничестве", "Agreement on Trade and Economic Cooperation")

# side key -> (name, English name, country)
SIDES = {
    "ru": ("Правительство Свердловской области", "Government of Sverdlovsk Region", "RU"),
    "cn": ("Делегация КНР", "Delegation of the People's Republic of China", "CN"),
    "ae": ("Делегация ОАЭ", "Delegation of the United Arab Emirates", "AE"),
    "in": ("Делегация Индии", "Delegation of India", "IN"),
}
# key, side, surname, given, patronymic, Latin surname, Latin given, role, honorific
PEOPLE = [
    ("kuivashev", "ru", "Куйвашев", "Евгений", "Владимирович", "Kuivashev", "Evgenii", Role.PRINCIPAL, ""),
    ("petrov", "ru", "Петров", "Алексей", "Сергеевич", "Petrov", "Aleksei", Role.SIGNATORY, ""),
    ("ivanov", "ru", "Иванов", "Дмитрий", "Павлович", "Ivanov", "Dmitrii", Role.SIGNATORY, ""),
    ("sokolova", "ru", "Соколова", "Марина", "Игоревна", "Sokolova", "Marina", Role.SIGNATORY, ""),
    ("volkova", "ru", "Волкова", "Ирина", "Андреевна", "Volkova", "Irina", Role.SECRETARY, ""),
    ("wang", "cn", "王", "建国", "", "Wang", "Jianguo", Role.PRINCIPAL, ""),
    ("li", "cn", "李", "明", "", "Li", "Ming", Role.SIGNATORY, ""),
    ("liu", "cn", "刘", "洋", "", "Liu", "Yang", Role.SECRETARY, ""),
    ("falasi", "ae", "الفلاسي", "محمد بن راشد", "", "Al Falasi", "Mohammed bin Rashid", Role.PRINCIPAL, "H.E."),
    ("qasimi", "ae", "القاسمي", "خالد بن سعيد", "", "Al Qasimi", "Khalid bin Saeed", Role.SIGNATORY, "Sheikh"),
    ("ketbi", "ae", "الكتبي", "مريم سيف", "", "Al Ketbi", "Mariam Saif", Role.SECRETARY, ""),
    ("krishnamurthy", "in", "Krishnamurthy", "Venkataraman Subramaniam", "", "Krishnamurthy",
     "Venkataraman Subramaniam", Role.PRINCIPAL, ""),
    ("ramachandran", "in", "Ramachandran", "Anantharaman", "", "Ramachandran", "Anantharaman", Role.SIGNATORY,
     ""),
    ("sharma", "in", "Sharma", "Mohan Lal", "", "Sharma", "Mohan Lal", Role.SECRETARY, ""),
]  # fmt: skip
ORGS = {
    "gov": ("Правительство Свердловской области", "Government of Sverdlovsk Region"),
    "minprom": ("Министерство промышленности и науки Свердловской области",
                "Ministry of Industry and Science of Sverdlovsk Region"),
    "heilongjiang": ("Народное правительство провинции Хэйлунцзян", "People's Government of Heilongjiang Province"),
    "miit": ("Министерство промышленности и информатизации КНР", "Ministry of Industry and IT of the PRC"),
    "economy_ae": ("Министерство экономики ОАЭ", "Ministry of Economy of the UAE"),
    "commerce_in": ("Министерство торговли и промышленности Индии", "Ministry of Commerce and Industry of India"),
}  # fmt: skip


@dataclass
class Forum:
    db: object
    event_id: int
    sides: dict[str, int] = field(default_factory=dict)
    people: dict[str, int] = field(default_factory=dict)  # key -> participant id
    agreements: dict[str, int] = field(default_factory=dict)


def _forum(
    db, delegations: tuple[str, ...] = ("ru", "cn", "ae", "in"), absent: tuple[str, ...] = ()
) -> Forum:
    event_id = events.create_event(
        db, NewEvent(title="Промышленный форум", date="2026-07-08", languages="ru,en")
    )
    forum = Forum(db, event_id)
    for key in delegations:
        name, name_en, country = SIDES[key]
        side = NewSide(event_id, name, key == "ru", name_en=name_en, country=country)
        forum.sides[key] = events.add_side(db, side)
    for number, (key, side, surname, given, patronymic, lat_surname, lat_given, role, honorific) in enumerate(
        PEOPLE, 1
    ):
        if side not in forum.sides or key in absent:
            continue
        person = directory.add_person(db, NewPerson(surname=surname, given_name=given, patronymic=patronymic,
                                                    latin_surname=lat_surname, latin_given=lat_given,
                                                    honorific=honorific))  # fmt: skip
        forum.people[key] = participants.add_participant(
            db, NewParticipant(event_id, person, forum.sides[side], role=role.value, precedence=number)
        )
    orgs = {
        key: directory.get_or_add_organisation(db, ru, name_en=en).id or 0 for key, (ru, en) in ORGS.items()
    }

    def agreement(key: str, title: tuple[str, str], *parties: tuple[str, str, str]) -> None:
        if all(side in forum.sides for _, side, _ in parties):
            made = [Party(orgs[org], forum.sides[side], forum.people[who]) for org, side, who in parties]
            forum.agreements[key] = agreements.add_agreement(
                db, NewAgreement(event_id, title[0], title_en=title[1], parties=made)
            )

    agreement("trade_cn", TRADE, ("gov", "ru", "petrov"), ("heilongjiang", "cn", "li"))
    agreement("trade_ae", TRADE, ("gov", "ru", "ivanov"), ("economy_ae", "ae", "qasimi"))
    agreement("memorandum", ("Меморандум о промышленной кооперации", "Memorandum on Industrial Cooperation"),
              ("minprom", "ru", "sokolova"), ("miit", "cn", "wang"), ("commerce_in", "in", "ramachandran"))  # fmt: skip
    return forum


def _signing(forum: Forum, agreement: str, senior: str = "right"):
    return auto_plan(forum.db, forum.event_id, "signing", agreement_id=forum.agreements[agreement],
                     senior_side=senior)  # fmt: skip


def _words(pdf) -> str:
    """The words of a PDF's first page on one line (a seat's label may break a name over lines)."""
    return " ".join(page_texts(pdf)[0].split())


# 5. The signing table's assistants come from each party's own delegation


@pytest.mark.parametrize("senior", ["right", "left"])
def test_each_party_of_a_bilateral_signing_has_its_own_delegations_assistant(db, tmp_path, senior):
    forum = _forum(db)
    seated = _signing(forum, "trade_ae", senior)
    where = {s.attendee_id: s for s in seated.plan.seats()}
    p = forum.people
    assert where[p["ivanov"]].id == "S0" and where[p["volkova"]].id == "A1"
    assert where[p["ketbi"]].id == "A2"  # the Emirati secretary, not the Chinese one
    assert p["liu"] not in where
    for signer, helper in (("ivanov", "volkova"), ("qasimi", "ketbi")):  # at the outer side of his signatory
        chair, stand = where[p[signer]], where[p[helper]]
        other = where[p["qasimi" if signer == "ivanov" else "ivanov"]]
        assert abs(stand.x - chair.x) < abs(stand.x - other.x) and abs(stand.x) > abs(chair.x)
    assert [v for v in seated.violations if v.rule == "assistants"] == []
    pdf = write_plan_pdf(drawings(seated, "en"), tmp_path / "signing.pdf", seated.ctx.event, "en")
    text = _words(pdf)
    assert "3 I. Volkova secretary 4 Mariam Saif Al Ketbi secretary" in text and "LIU" not in text


@pytest.mark.parametrize("senior", ["right", "left"])
def test_every_party_of_a_three_party_signing_has_its_assistant_beside_its_signatory(db, tmp_path, senior):
    forum = _forum(db)
    seated = _signing(forum, "memorandum", senior)
    p = forum.people
    where = {s.attendee_id: s for s in seated.plan.seats()}
    chairs = [where[p[k]] for k in ("sokolova", "wang", "ramachandran")]
    for signer, helper in (("sokolova", "volkova"), ("wang", "liu"), ("ramachandran", "sharma")):
        stand = where[p[helper]]
        assert stand.kind == "assistant"
        nearest = min(chairs, key=lambda c: abs(c.x - stand.x))
        assert nearest.attendee_id == p[signer]  # each beside his or her own signatory
    outer = [where[p[k]] for k in ("liu", "sharma")]  # the outermost signatories' at the table's ends
    assert all(abs(s.x) > max(abs(c.x) for c in chairs) for s in outer)
    assert [v for v in seated.violations if v.rule == "assistants"] == []
    pdf = write_plan_pdf(drawings(seated, "en"), tmp_path / "memorandum.pdf", seated.ctx.event, "en")
    assert "4 I. Volkova 5 LIU Yang 6 M.L. Sharma Standing" in _words(pdf)  # the legend of a full table


def test_a_party_whose_delegation_has_no_secretary_has_no_assistant_and_the_plan_says_so(db):
    forum = _forum(db, absent=("sharma",))
    seated = _signing(forum, "memorandum")
    by_seat = {s.id: s.attendee_id for s in seated.plan.seats()}
    assert by_seat["A3"] is None and forum.people["volkova"] in by_seat.values()
    warnings = [v.text("en") for v in seated.violations if v.rule == "assistants"]
    assert len(warnings) == 1 and warnings[0].startswith("A. Ramachandran (Delegation of India, guest, 2)")
    assert warnings[0].endswith(
        "has no assistant of his or her delegation at the folders (the delegation has no secretary or assistant)"
    )


def test_an_assistant_of_another_delegation_is_a_breach(db):
    from protocol_app.seating.plans import move

    forum = _forum(db)
    seated = _signing(forum, "trade_ae")
    move(seated, forum.people["liu"], "A2")
    breaches = [v for v in seated.violations if v.rule == "assistants"]
    assert [v.seats for v in breaches] == [["A2"]]
    assert "stands at the folders of another delegation's signatory" in breaches[0].text("en")


# 10. Agreements of one title are told apart by their parties


def test_signing_plans_of_agreements_of_one_title_are_captioned_with_their_parties(db, tmp_path):
    forum = _forum(db)
    china, emirates = _signing(forum, "trade_cn"), _signing(forum, "trade_ae")
    assert caption(china, "en") == (
        "Signing ceremony: Agreement on Trade and Economic Cooperation "
        "(Government of Sverdlovsk Region, People's Government of Heilongjiang Province)"
    )
    assert caption(emirates, "ru") == (
        "Церемония подписания: Соглашение о торгово-экономическом сотрудничестве "
        "(Правительство Свердловской области, Министерство экономики ОАЭ)"
    )
    pages = drawings(china, "ru") + drawings(emirates, "ru")
    text = " ".join(page_texts(write_plan_pdf(pages, tmp_path / "plans.pdf", china.ctx.event, "ru")))
    assert "Народное правительство провинции Хэйлунцзян" in text and "Министерство экономики ОАЭ" in text


# 4. Place cards: each face in a language its readers read


def _cards(forum: Forum, layout: str, tmp_path) -> dict[str, tuple[str, str]]:
    """Each card's (outer face, inner face) as printed, by the key of its owner: the outer face is the lower
    half of the page, read upright, the inner face the upper half, printed upside down; each face ends in
    its hint and the seat («face to the owner · B2+0»)."""
    seated = auto_plan(forum.db, forum.event_id, layout)
    target = tmp_path / f"{layout}.pdf"
    write_place_cards(seated, target)
    owner = {s.id: s.attendee_id for s in seated.plan.seats()}
    keys = {pid: key for key, pid in forum.people.items()}
    cards = {}
    for text in page_texts(target):
        lines = [line.strip() for line in text.split("\n")[1:] if line.strip()]  # after the fold line
        ends = [i for i, line in enumerate(lines) if " · " in line]
        outer, inner = "\n".join(lines[: ends[0]]), "\n".join(lines[ends[0] + 1 : ends[1]])
        cards[keys[owner[lines[ends[0]].rsplit(" · ", 1)[1]]]] = (outer, inner)
    return cards


@pytest.mark.parametrize("layout", ["negotiation", "banquet"])
def test_multilateral_cards_face_the_others_in_english_and_the_owner_in_his_script(db, tmp_path, layout):
    forum = _forum(db)
    cards = _cards(forum, layout, tmp_path)
    outer, inner = cards["kuivashev"]
    assert "Evgenii Kuivashev" in outer and "Government of Sverdlovsk Region" in outer  # the guests read it
    assert "Куйвашев" in inner and "Правительство Свердловской области" in inner
    outer, inner = cards["wang"]
    assert "WANG Jianguo" in outer and "Delegation of the People's Republic of China" in outer
    assert "王建国" in inner and "Delegation of the People's Republic of China" in inner
    outer, inner = cards["falasi"]
    assert outer == "Al Falasi\nH.E. Mohammed bin Rashid\nDelegation of the United Arab Emirates"
    assert "Delegation of the United Arab Emirates" in inner and "Mohammed" not in inner  # Arabic letters
    outer, inner = cards["krishnamurthy"]
    assert outer.startswith("Krishnamurthy\nVenkataraman Subramaniam\n")  # too long for one line
    assert inner.startswith("Krishnamurthy\nVenkataraman Subramaniam\nDelegation of India")
    for key, (outer, inner) in cards.items():
        assert not any("а" <= c <= "я" for c in outer.casefold()), (key, outer)  # no Russian word outside
        if key not in ("kuivashev", "petrov", "ivanov", "sokolova", "volkova"):
            assert not any("а" <= c <= "я" for c in inner.casefold()), (key, inner)


def test_bilateral_cards_face_each_side_in_its_language(db, tmp_path):
    forum = _forum(db, ("ru", "cn"))
    cards = _cards(forum, "negotiation", tmp_path)
    outer, inner = cards["kuivashev"]  # the Chinese guests read English, the Governor Russian
    assert "Evgenii Kuivashev" in outer and "Government of Sverdlovsk Region" in outer
    assert "Куйвашев" in inner and "Правительство Свердловской области" in inner
    outer, inner = cards["wang"]  # the Russian hosts read the Latin letters and the Russian side's name
    assert "WANG Jianguo" in outer and "Делегация КНР" in outer and "王" not in outer
    assert "王建国" in inner and "Delegation of the People's Republic of China" in inner
