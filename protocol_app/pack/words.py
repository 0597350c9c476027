"""The words of the briefing pack in Russian and English, and bilingual text for ``ru+en`` packs.

In a bilingual pack Russian comes first and English below it, in italics, everywhere: headings join both with
a slash, paragraphs and table cells put the English under the Russian.
"""

from __future__ import annotations

from protocol_app.documents.model import Run

WORDS: dict[str, tuple[str, str]] = {
    "pack": ("Справочные материалы", "Briefing pack"),
    "contents": ("Содержание", "Contents"),
    "date": ("Дата", "Date"),
    "place": ("Место проведения", "Venue"),
    "sides": ("Стороны", "Parties"),
    "head": ("Глава делегации", "Head of delegation"),
    "purpose": ("Цель встречи", "Purpose of the meeting"),
    "points": ("Вопросы для обсуждения", "Points to raise"),
    "programme": ("Программа и сценарий", "Programme and scenario"),
    "time": ("Время", "Time"),
    "item": ("Мероприятие", "Event"),
    "venue": ("Место", "Place"),
    "press": ("Пресса", "Press"),
    "with": ("Участвуют", "Participants"),
    "participants": ("Участники", "Participants"),
    "no": ("№", "No."),
    "name": ("Фамилия, имя, отчество", "Name"),
    "position": ("Должность, организация", "Position, organisation"),
    "role": ("Роль", "Role"),
    "biographies": ("Биографические справки", "Biographies"),
    "seating": ("Рассадка", "Seating plans"),
    "contacts": ("Контакты", "Contacts"),
    "tentative": ("участие не подтверждено", "not confirmed"),
    "more_sides": ("Делегации других сторон", "Delegations of other parties"),
}


def word(key: str, lang: str) -> str:
    """The word of ``key`` in one language."""
    ru, en = WORDS[key]
    return en if lang == "en" else ru


def w(key: str, langs: list[str], sep: str = " / ") -> str:
    """The word of ``key`` in every language of the pack, joined: «Участники / Participants»."""
    return sep.join(dict.fromkeys(word(key, lang) for lang in langs))


def pick(lang: str, ru: str, en: str) -> str:
    """The English text in English where there is one, else the Russian."""
    return en if lang == "en" and en.strip() else ru


def both(langs: list[str], ru: str, en: str) -> list[Run]:
    """Runs for a paragraph or a cell: the text of each language, English below Russian in italics.

    English that is missing or the same as the Russian is not repeated.
    """
    texts = [pick(lang, ru, en) for lang in langs]
    out: list[Run] = []
    for i, (lang, text) in enumerate(zip(langs, texts, strict=True)):
        if not text or (i and text == texts[0]):
            continue
        italic = len(langs) > 1 and lang == "en"
        out.append(Run(("\n" if out else "") + text, italic=italic))
    return out


def joined(langs: list[str], ru: str, en: str, sep: str = " / ") -> str:
    """The text in every language on one line: «Ульяновская область / Ulyanovsk Region»."""
    return sep.join(dict.fromkeys(t for t in (pick(lang, ru, en) for lang in langs) if t))
