"""The alternat through the whole text of each original, and the signatories checked against their party:
read back from the DOCX and PDF papers."""

from __future__ import annotations

import docx
import pytest
from pdf_text import text_of_pdf
from signing_helpers import Ceremony

from protocol_app.cli.main import main
from protocol_app.model import Party
from protocol_app.signing import cases
from protocol_app.signing.export import write_signing
from protocol_app.store import directory, open_store
from protocol_app.store.agreements import get_agreement, set_power_of_attorney, update_agreement
from protocol_app.store.seating import NewPlan, save_plan

GSM, RSM = "ОАО «Гомсельмаш»", "ПАО «Ростсельмаш»"
TITLE = f"Соглашение о поставках между {GSM} и {RSM}"
TITLE_EN = "Agreement on supplies between OJSC Gomselmash and PJSC Rostselmash"


def docx_in_order(path) -> list[str]:
    """The body of a DOCX as read: paragraphs, and each table row as its cells joined by « | »."""
    document = docx.Document(str(path))
    out = []
    for child in document.element.body.iterchildren():
        if child.tag.endswith("}p"):
            out.append("".join(t.text or "" for t in child.iter() if t.tag.endswith("}t")))
        elif child.tag.endswith("}tbl"):
            for row in child.iter():
                if row.tag.endswith("}tr"):
                    cells = [c for c in row if c.tag.endswith("}tc")]
                    texts = [" ".join(t.text or "" for t in c.iter() if t.tag.endswith("}t")) for c in cells]
                    out.append(" | ".join(texts))
    return out


def pdf_text(path) -> str:
    return " ".join(text_of_pdf(path, " ").split())


def supplies(c: Ceremony, languages: str = "ru,en", **kwargs) -> tuple[int, int]:
    directory.get_or_add_organisation(c.db, GSM, name_en="OJSC Gomselmash")
    directory.get_or_add_organisation(c.db, RSM, name_en="PJSC Rostselmash")
    guest = c.person("Лукашевич", "guest", 1, position="Генеральный директор", given="Александр")
    host = c.person("Волков", "host", 1, position="Генеральный директор", given="Дмитрий")
    agreement = c.agreement(
        TITLE,
        (GSM, "guest", guest),
        (RSM, "host", host),
        languages=languages,
        **{"title_en": TITLE_EN, **kwargs},
    )
    return agreement, host


def originals_part(lines: list[str]) -> list[str]:
    start = next(i for i, line in enumerate(lines) if line.startswith("Тексты экземпляров"))
    return lines[start:]


def test_each_original_names_its_keeper_first_in_title_preamble_and_signatures(db, tmp_path):
    c = Ceremony(db)
    supplies(c)
    lines = originals_part(docx_in_order(write_signing(db, c.event_id, tmp_path / "p.docx", "docx")))
    second = lines[lines.index(next(x for x in lines if x.startswith("Экземпляр 1.2"))) :]
    first = lines[: lines.index(second[0])]
    assert f"Соглашение о поставках между {GSM} и {RSM}" in first
    assert f"Соглашение о поставках между {RSM} и {GSM}" in second
    assert "Agreement on supplies between OJSC Gomselmash and PJSC Rostselmash" in first
    assert "Agreement on supplies between PJSC Rostselmash and OJSC Gomselmash" in second  # each language
    preamble = next(x for x in second if x.startswith(RSM))
    assert preamble.index("Дмитрий Петрович Волков") < preamble.index(GSM) and "с одной стороны" in preamble
    english = next(x for x in second if x.startswith("PJSC Rostselmash"))
    assert english.index("PJSC") < english.index("OJSC") and "of the one part" in english
    blocks = [x for x in second if x.startswith("За ")]
    assert blocks and blocks[0].index(RSM) < blocks[0].index(GSM)
    assert next(x for x in first if x.startswith("За ")).startswith(f"За {GSM}")
    pdf = pdf_text(write_signing(db, c.event_id, tmp_path / "p.pdf", "pdf"))
    texts = pdf[pdf.index("Тексты экземпляров") :]
    one, two = texts.split("Экземпляр 1.2")
    assert "между ОАО «Гомсельмаш» и ПАО «Ростсельмаш»" in one
    assert "между ПАО «Ростсельмаш» и ОАО «Гомсельмаш»" in two and "between PJSC Rostselmash and OJSC" in two
    assert two.index("За ПАО «Ростсельмаш»") < two.index("За ОАО «Гомсельмаш»")


def test_a_title_that_names_no_party_stays_and_a_one_language_original_has_one_text(db, tmp_path):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.agreement("Соглашение о сотрудничестве", ("Центр", "host", a), ("Завод", "guest", b), languages="ru")
    lines = originals_part(docx_in_order(write_signing(db, c.event_id, tmp_path / "p.docx", "docx")))
    assert lines.count("Соглашение о сотрудничестве") == 2 and not [
        x for x in lines if "of the one part" in x
    ]
    assert [x.split(" (")[0] for x in lines if x.endswith("о нижеследующем:")] == ["Центр", "Завод"]


def test_a_signatory_of_another_organisation_needs_a_power_of_attorney(db, tmp_path):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    c.agreement("Первое", ("Центр", "host", a), ("Завод", "guest", b))
    second = c.agreement("Второе", ("Фонд", "host", a), ("Завод", "guest", b), attorney=False)
    problems = [p for p in c.plan().problems if p.code == "signatory_other_organisation"]
    assert [(p.agreement_id, p.participant_id) for p in problems] == [(second, a)]
    assert "подписывает за Фонд, а на мероприятии представляет Центр" in problems[0].text("ru")
    assert "record a power of attorney" in problems[0].text("en")
    set_power_of_attorney(db, second, 1, "доверенность № 12 от 01.07.2024")
    assert not [p for p in c.plan().problems if p.code == "signatory_other_organisation"]
    text = "\n".join(docx_in_order(write_signing(db, c.event_id, tmp_path / "p.docx", "docx")))
    assert "по доверенности: доверенность № 12 от 01.07.2024" in text


def test_a_party_without_signatory_is_marked_in_script_and_papers(db, tmp_path):
    c = Ceremony(db)
    a = c.person("Хозяин", "host", 1, given="Анна", patronymic="Ильинична")
    c.agreement("Соглашение", ("Центр", "host", a), ("Завод", "guest", None))
    text = "\n".join(docx_in_order(write_signing(db, c.event_id, tmp_path / "p.docx", "docx")))
    assert "Документ подписывает: Директор (Центр) Анна Ильинична Хозяин." in text
    assert "Сторона «Завод»: подписант не назначен (!)." in text
    assert "[подписант не назначен]" in text and "Документ подписывают" not in text
    assert "Завод ([подписант не назначен]), с другой стороны" in text and "подписант — [" not in text
    pdf = pdf_text(write_signing(db, c.event_id, tmp_path / "p.pdf", "pdf"))
    assert "Документ подписывает:" in pdf and "подписант не назначен (!)" in pdf
    assert "[подписант не назначен]" in pdf


def test_one_person_with_two_roles_at_the_ceremony_is_a_problem(db):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    witness = c.person("Свидетель", "host", 2)
    first = c.bilateral("Первое", a, b, witnesses=[witness])
    second = c.bilateral("Второе", a, b)
    assert "two_roles" not in [p.code for p in c.plan().problems]
    save_plan(db, NewPlan(c.event_id, "signing", agreement_id=second, assignments={"A1": (witness, False)}))
    [problem] = [p for p in c.plan().problems if p.code == "two_roles"]
    assert problem.participant_id == witness and first
    assert "присутствующий при подписании, и ассистент у папок (№ 1, 2)" in problem.text("ru")
    assert "is both a witness and a folder assistant" in problem.text("en")


def test_a_form_that_does_not_show_the_power_of_attorney_keeps_it(db):
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    agreement = c.agreement("Второе", ("Фонд", "host", a), ("Завод", "guest", b), attorney=False)
    set_power_of_attorney(db, agreement, 1, "доверенность № 7")
    agr = get_agreement(db, agreement)
    agr.parties = [Party(p.organisation_id, p.side_id, p.signatory_id) for p in agr.parties]
    agr.title = "Второе соглашение"
    update_agreement(db, agr)
    assert [p.power_of_attorney for p in get_agreement(db, agreement).parties] == ["доверенность № 7", ""]
    set_power_of_attorney(db, agreement, 1, "")
    assert get_agreement(db, agreement).parties[0].power_of_attorney == ""


def test_power_of_attorney_on_the_command_line(store_path, capsys):
    db = open_store(store_path)
    c = Ceremony(db)
    a, b = c.person("Хозяин", "host", 1), c.person("Гость", "guest", 1)
    agreement = c.agreement("Второе", ("Фонд", "host", a), ("Завод", "guest", b), attorney=False)
    db.close()
    args = ["--db", str(store_path), "power-of-attorney", "--agreement", str(agreement)]
    assert main([*args, "--party", "1", "--text", "доверенность № 3", "--json"]) == 0
    assert '"power_of_attorney": "доверенность № 3"' in capsys.readouterr().out
    assert main([*args, "--party", "3", "--clear"]) == 2
    assert "parties 1 to 2" in capsys.readouterr().err
    db = open_store(store_path)
    assert get_agreement(db, agreement).parties[0].power_of_attorney == "доверенность № 3"
    db.close()


def test_a_transliterated_title_names_the_keeper_first_as_the_russian_does(db, tmp_path):
    c = Ceremony(db)
    supplies(c, title_en="")  # no English title: the English text is the Russian transliterated
    lines = originals_part(docx_in_order(write_signing(db, c.event_id, tmp_path / "p.docx", "docx")))
    second = lines[lines.index(next(x for x in lines if x.startswith("Экземпляр 1.2"))) :]
    first = lines[: lines.index(second[0])]
    latin = {x for x in lines if x.startswith("Soglashenie")}
    assert len(latin) == 2 and all(x.endswith("(transliterated)") for x in latin)
    one, two = (next(x for x in part if x.startswith("Soglashenie")) for part in (first, second))
    assert one.index("Gomselmash") < one.index("Rostselmash")
    assert two.index("Rostselmash") < two.index("Gomselmash")  # swapped as the preamble below it
    pdf = pdf_text(write_signing(db, c.event_id, tmp_path / "p.pdf", "pdf"))
    texts = pdf[pdf.index("Тексты экземпляров") :]
    _, two = texts.split("Экземпляр 1.2")
    latin_title = two[two.index("Soglashenie") : two.index("(transliterated)")]
    assert latin_title.index("Rostselmash") < latin_title.index("Gomselmash")


def test_a_language_the_papers_do_not_write_is_marked_to_be_supplied_never_a_copy(db, tmp_path):
    c = Ceremony(db)
    supplies(c, languages="русский, белорусский")  # as a partner's file words them
    lines = originals_part(docx_in_order(write_signing(db, c.event_id, tmp_path / "p.docx", "docx")))
    assert len([x for x in lines if x.startswith("Соглашение о поставках")]) == 2  # one Russian text each
    assert len([x for x in lines if x.startswith("За ")]) == 2
    assert lines.count("Текст на русском языке") == lines.count("Текст на белорусском языке") == 2
    mark = "[Текст на этом языке предоставляется стороной: программа его не составляет]"
    assert lines.count(mark) == 2
    belarusian = lines.index("Текст на белорусском языке")
    assert lines[belarusian + 1] == mark and lines[belarusian + 2].startswith("Экземпляр 1.2")
    pdf = pdf_text(write_signing(db, c.event_id, tmp_path / "p.pdf", "pdf"))
    texts = pdf[pdf.index("Тексты экземпляров") :]
    assert texts.count("Текст на белорусском языке") == 2 and texts.count(mark) == 2
    assert texts.count("о нижеследующем") == 2
    problems = pdf[pdf.index("Замечания") : pdf.index("Порядок подписания")]
    assert "текст на белорусском языке предоставляется стороной" in problems


def test_an_english_paper_names_the_language_to_be_supplied_in_english(db, tmp_path):
    c = Ceremony(db)
    supplies(c, languages="ru,en,be")
    lines = originals_part(docx_in_order(write_signing(db, c.event_id, tmp_path / "p.docx", "docx", "ru+en")))
    assert lines.count("Текст на белорусском языке / Text in Belarusian") == 2
    assert lines.count("Текст на английском языке / Text in English") == 2
    assert (
        lines.count(
            "[The text in this language is to be supplied by the party: the program does not write it]"
        )
        == 2
    )
    english = next(x for x in lines if x.startswith("Agreement on supplies"))
    assert english == TITLE_EN  # English stays as it was: generated from the stored English texts


def test_an_english_paper_heads_each_original_in_english(db, tmp_path):
    c = Ceremony(db)
    supplies(c, languages="ru,be")
    pdf = pdf_text(write_signing(db, c.event_id, tmp_path / "p.pdf", "pdf", "en"))
    texts = pdf[pdf.index("The originals' texts") :]
    assert (
        "Original 1.1, kept by OJSC Gomselmash" in texts and "Original 1.2, kept by PJSC Rostselmash" in texts
    )
    assert "Экземпляр" not in texts and texts.count("Text in Belarusian") == 2
    assert texts.count("[The text in this language is to be supplied by the party") == 2


CORPORATION = "Китайская национальная машиностроительная корпорация"


def test_a_feminine_organisation_signs_in_the_accusative_and_a_memorandum_is_called_one(db, tmp_path):
    c = Ceremony(db)
    host, guest = c.person("Орлов", "host", 1), c.person("Чжао", "guest", 1)
    c.agreement(
        "Меморандум о промышленной кооперации", ("ООО «Ромашка»", "host", host), (CORPORATION, "guest", guest)
    )
    said = originals_part(docx_in_order(write_signing(db, c.event_id, tmp_path / "p.docx", "docx")))
    pdf = pdf_text(write_signing(db, c.event_id, tmp_path / "p.pdf", "pdf"))
    pdf = pdf[pdf.index("Тексты экземпляров") :]
    for text in (" ".join(said), pdf):
        assert text.count("За Китайскую национальную машиностроительную корпорацию") == 2
        assert f"За {CORPORATION}" not in text
        assert text.count("За ООО «Ромашка»") == 2  # a quoted name stays as it is
        assert text.count(f"{CORPORATION} (подписант") == 2  # the preamble names it in the nominative
        assert text.count("заключили настоящий меморандум о нижеследующем:") == 2
        assert "настоящее соглашение" not in text


@pytest.mark.parametrize(
    ("name", "after_for"),
    [
        (CORPORATION, "Китайскую национальную машиностроительную корпорацию"),
        (
            "Торгово-промышленная палата Свердловской области",
            "Торгово-промышленную палату Свердловской области",
        ),
        ("Государственная корпорация «Ростех»", "Государственную корпорацию «Ростех»"),
        ("Правительство Свердловской области", "Правительство Свердловской области"),  # neuter: the same
        ("Совет по продвижению экспорта", "Совет по продвижению экспорта"),  # masculine inanimate: the same
        ("ООО «Ромашка»", "ООО «Ромашка»"),
        ("«Ромашка»", "«Ромашка»"),
        ("Ромашка", "Ромашка"),  # one word alone is a proper name: not guessed
        ("Объединённые Арабские Эмираты", "Объединённые Арабские Эмираты"),
        ("China National Machinery", "China National Machinery"),
    ],
)
def test_an_organisation_after_za_is_in_the_accusative_only_when_sure(name, after_for):
    assert cases.organisation_accusative(name) == after_for


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        ("Меморандум о взаимопонимании", "настоящий меморандум"),
        ("Соглашение о сотрудничестве", "настоящее соглашение"),
        ("Дополнительное соглашение № 2", "настоящее дополнительное соглашение"),
        ("Протокол о намерениях", "настоящий протокол"),
        ("Дорожная карта сотрудничества", "настоящую дорожную карту"),
        ("Memorandum of Understanding", None),
        ("«Соглашение»", None),
    ],
)
def test_the_kind_of_document_comes_from_its_title(title, kind):
    assert cases.document_accusative(title) == kind
