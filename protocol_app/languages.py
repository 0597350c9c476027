"""The languages of an agreement's texts: their codes, their names in a paper's words (pycountry's ISO 639
names, Russian from its gettext catalogue), and which of them the papers write.

The papers write Russian and English (English generated or transliterated); a text in any other language
(Belarusian, Kazakh, ...) is supplied by the party, and the originals show its place marked, never a copy
of the Russian.
"""

from __future__ import annotations

import gettext
import re
from dataclasses import dataclass
from functools import cache

import pycountry
from pycountry.db import Data

from protocol_app.words import english

WRITTEN = ("ru", "en")  # the languages the papers write an original's text in
_PLAIN = re.compile(r"\s*\([^)]*\)")  # "(1453-)", "(macrolanguage)": what a paper need not say


@cache
def _russian() -> gettext.NullTranslations:
    return gettext.translation("iso639-3", pycountry.LOCALES_DIR, languages=["ru"], fallback=True)


# Russian names where the catalogue has none (it gives the English one: "Khmer", "Ossetian") or one a paper
# does not say («греческий, современный»); every language with a two-letter code has a Russian name (a test
# checks). Read back too, with the usual other words for a language.
_RUSSIAN_NAMES = {"cu": "церковнославянский", "dv": "мальдивский", "el": "греческий", "fy": "западнофризский",
                  "gd": "гэльский", "sh": "сербскохорватский", "ii": "носу", "kl": "гренландский",
                  "km": "кхмерский", "li": "лимбургский", "mh": "маршалльский", "nv": "навахо",
                  "nb": "норвежский букмол", "ne": "непальский", "ny": "чичева", "oc": "окситанский",
                  "or": "ория", "os": "осетинский", "pa": "панджаби", "rm": "романшский", "si": "сингальский",
                  "se": "северносаамский", "za": "чжуанский"}  # fmt: skip
_ENGLISH_NAMES = {"el": "Greek"}  # the catalogue's "Modern Greek (1453-)"
_RUSSIAN_WORDS = {"фарси": "fa", "новогреческий": "el", "пенджабский": "pa"}


@cache
def _by_name() -> dict[str, str]:
    """ISO 639 languages by a name in words, Russian or English, as a partner's file or the papers write it
    («белорусский», "Belarusian", "Modern Greek" without the catalogue's "(1453-)") -> the code."""
    found: dict[str, str] = {}
    # the languages with two-letter codes first: "Tonga" is Tonga of the islands (to), not of Nyasa (tog)
    for language in sorted(pycountry.languages, key=lambda language: not hasattr(language, "alpha_2")):
        code = getattr(language, "alpha_2", None) or language.alpha_3
        for english_name in {language.name, getattr(language, "inverted_name", language.name)}:
            russian = _russian().gettext(english_name)
            for name in (russian, _PLAIN.sub("", russian), _PLAIN.sub("", english_name)):
                found.setdefault(name.casefold(), code)
    for names in (_RUSSIAN_NAMES, _ENGLISH_NAMES):
        found.update({name.casefold(): code for code, name in names.items()})
    return found | _RUSSIAN_WORDS


def _language(code: str) -> Data | None:
    """pycountry's record of a code ("be", "bel"), an English name ("Belarusian") or a Russian one."""
    text = code.strip().casefold()
    if not text:
        return None
    for field in ("alpha_2", "alpha_3", "name"):
        found = pycountry.languages.get(**{field: text})
        if found is not None:
            return found
    alpha = _by_name().get(text)
    return pycountry.languages.get(alpha_2=alpha) or pycountry.languages.get(alpha_3=alpha) if alpha else None


# The usual words, known without loading pycountry's tables, and the short forms no standard lists.
_USUAL = {"ru": "ru", "en": "en", "русский": "ru", "russian": "ru", "рус": "ru", "английский": "en",
          "english": "en", "англ": "en"}  # fmt: skip


def language_code(text: str) -> str:
    """The two-letter code of a language as stored: "ru", "RU", "rus", "Russian", «русский» and «рус.» give
    "ru"; a word no standard names stays as written (casefolded)."""
    return known_language(text) or text.strip().casefold()


def known_language(text: str) -> str | None:
    """``language_code`` of a language a standard names (ISO 639, in English or Russian), else None."""
    word = text.strip().casefold()
    if (usual := _USUAL.get(word.rstrip("."))) is not None:
        return usual
    found = _language(text)
    if found is None:
        return None
    return str(getattr(found, "alpha_2", None) or found.alpha_3)


def agreement_languages(stored: str) -> list[str]:
    """The languages of an agreement as stored ("ru,en", "ru; be"), as codes, each once; at least Russian."""
    codes = [language_code(p) for p in stored.replace(";", ",").split(",") if p.strip()]
    return list(dict.fromkeys(codes)) or ["ru"]


# The names of the languages the papers write, known without loading pycountry's tables (its words).
_WRITTEN_NAMES = {("ru", "ru"): "русский", ("ru", "en"): "Russian", ("en", "ru"): "английский",
                  ("en", "en"): "English"}  # fmt: skip


def language_name(code: str, lang: str) -> str:
    """The language's name in a paper's ``lang``: «белорусский», "Belarusian", «кхмерский», "Greek";
    a word no standard names as written (in English transliterated and marked, never a Russian word)."""
    if (name := _WRITTEN_NAMES.get((code, "en" if lang == "en" else "ru"))) is not None:
        return name
    return standard_name(code, lang)


def standard_name(code: str, lang: str) -> str:
    """``language_name`` as pycountry's ISO 639 tables give it (in Russian from their catalogue)."""
    found = _language(code)
    if found is None:
        return english(code, "") if lang == "en" else code
    alpha = str(getattr(found, "alpha_2", None) or found.alpha_3)
    if (name := (_ENGLISH_NAMES if lang == "en" else _RUSSIAN_NAMES).get(alpha)) is not None:
        return name
    if lang == "en":
        return _PLAIN.sub("", found.name)
    names = (found.name, getattr(found, "inverted_name", found.name))
    russian = next((t for t in map(_russian().gettext, names) if t not in names), found.name)
    return _PLAIN.sub("", russian)


def in_language(code: str, lang: str) -> str:
    """«на белорусском языке», "in Belarusian": a Russian adjective in the prepositional case, any other
    name («иврит») as «на языке «иврит»»."""
    name = language_name(code, lang)
    if lang == "en":
        return f"in {name}"
    if " " not in name and name.endswith(("ий", "ый", "ой")):
        return f"на {name[:-2]}ом языке"
    return f"на языке «{name}»"


@dataclass(frozen=True)
class LanguageNames:
    """Stored languages ("ru,en") as a fact of a message, named in the message's language: «русский,
    английский», "Russian, English"."""

    stored: str

    def text(self, lang: str = "en") -> str:
        return ", ".join(language_name(code, lang) for code in agreement_languages(self.stored))
