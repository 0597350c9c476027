"""Names of people: splitting «ФИО», Latin spelling as in a passport (ICAO Doc 9303: iuliia for the Russian
letters, this module for the Belarusian, Ukrainian, Kazakh and other ones), and the keys that find the same
person under another spelling (case, ё/е, Cyrillic or Latin).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import iuliia

# Any Cyrillic character: the Cyrillic block and its supplement, Extended-A (combining), -B and -C.
_CYRILLIC = re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]")
# Han characters and Hangul: names in these scripts are written surname first, with no space.
_EAST_ASIAN = re.compile("[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")
# Chinese surnames of two characters (the common ones); every other Han surname is one character.
_COMPOUND_SURNAMES = frozenset(
    {"欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "司徒", "夏侯", "令狐", "慕容", "南宫", "尉迟"}
)

# Letters iuliia's ICAO_DOC_9303 (Russian letters only) leaves in Cyrillic. ICAO Doc 9303 part 3 gives the
# Belarusian, Ukrainian, Macedonian and Serbian ones; Kazakh letters as Kazakh passports write them.
_ICAO_MORE = {
    "ў": "u",  # Belarusian
    "і": "i",  # Belarusian, Ukrainian, Kazakh
    "ґ": "g",  # Ukrainian
    "є": "ie",
    "ї": "i",
    "ѓ": "g",  # Macedonian, Serbian
    "ђ": "d",
    "ѕ": "dz",
    "ј": "j",
    "ќ": "k",
    "љ": "lj",
    "њ": "nj",
    "ћ": "c",
    "џ": "dz",
    "ә": "a",  # Kazakh
    "ғ": "g",
    "қ": "k",
    "ң": "n",
    "ө": "o",
    "ұ": "u",
    "ү": "u",
    "һ": "h",
}
# Letters of other alphabets (and old letters) that neither table has nor Unicode derives from a base letter.
_OTHER_LETTERS = {
    "ѣ": "e",
    "ѳ": "f",
    "ѵ": "i",
    "ѡ": "o",
    "ѯ": "ks",
    "ѱ": "ps",
    "ѫ": "u",
    "ѭ": "iu",
    "ѧ": "ia",
    "ѩ": "ia",
    "ѥ": "ie",
    "ꙗ": "ia",
    "ҁ": "k",
    "ӏ": "",  # palochka: a sign of the Caucasian alphabets, no sound of its own
    "ҹ": "ch",
    "ҽ": "ch",
    "ҫ": "s",
    "ҙ": "dh",
    "ѹ": "u",
    "ꙋ": "u",
    "ᲈ": "u",
    "ѿ": "ot",
    "ԛ": "q",
    "ԝ": "w",
    "ꙁ": "z",
    "ꙃ": "dz",
    "ꙇ": "i",
    "ԙ": "ia",
}
_ICAO_TABLE = str.maketrans(
    {**_ICAO_MORE, **{k.upper(): v.capitalize() for k, v in _ICAO_MORE.items()}}  # as iuliia: Є -> Ie
)

# Patronymic endings: Russian, Ukrainian, Belarusian (-віч, -аўна), in Cyrillic and in Latin transliteration.
_PATRONYMIC = re.compile(
    r"(ович|евич|евич|ьич|ич|овна|евна|ична|инична|вна|віч|авіч|эвіч|аўна|еўна|оўна|ічна"
    r"|ovich|evich|ovna|evna|ichna|yevich|yevna)$",
    re.IGNORECASE,
)
# Turkic patronymic suffixes written as one word (Kazakh -ұлы/-қызы, also -улы/-кызы, -uly/-kyzy).
_TURKIC_SUFFIX = re.compile(r"(ұлы|қызы|улы|кызы|uly|kyzy|ugli|qizi)$", re.IGNORECASE)
# ... or as a separate word after the father's name (Azerbaijani/Uzbek style: «Гейдар оглы»).
_TURKIC_WORDS = {
    "оглы",
    "огли",
    "оглу",
    "кызы",
    "гызы",
    "қызы",
    "ұлы",
    "улы",
    "ogly",
    "oglu",
    "ugli",
    "kyzy",
    "qizi",
}
_SURNAME = re.compile(
    r"(ов|ев|ёв|ин|ын|ова|ева|ёва|ина|ына|ский|цкий|ская|цкая|ой|енко|ко|ук|юк|чук|ян|янц|швили|дзе|ич|ка|ау|оў"
    r"|ov|ev|in|ova|eva|ina|sky|skiy|skii|skaya|enko|uk|yuk|yan)$",
    re.IGNORECASE,
)
_FEMALE_PATRONYMIC = re.compile(
    r"(на|аўна|еўна|оўна|қызы|кызы|гызы|kyzy|qizi|ovna|evna|ichna)$", re.IGNORECASE
)


_NAME_WORDS = re.compile(r"^[^\W\d_][\w'’ -]*$")  # letters, spaces, hyphens, apostrophes: "O'Brien, Sean"
# Words an Arabic family name starts with: the article (Al, El, Аль; آل of the ruling families) or Abu; and
# the particles of the name chain, which tie the word after them into it ("Abd Al Rahman" is a given name).
_ARTICLES = frozenset({"al", "el", "аль", "эль", "آل"})
_FAMILY_STARTS = _ARTICLES | {"abu", "абу"}
_CHAIN = frozenset({"bin", "ibn", "bint", "abd", "бин", "ибн", "бинт", "абд", "بن", "ابن", "بنت", "عبد"})
# Every particle of an Arabic name (ben and ould of the Maghreb besides): a word that tells an Arabic name.
ARABIC_PARTICLES = _FAMILY_STARTS | _CHAIN | {"ben", "ould"}


@dataclass(frozen=True)
class NameParts:
    """A person's name split into its parts; ``gender`` is "m", "f" or "" when the patronymic tells it."""

    surname: str
    given_name: str = ""
    patronymic: str = ""
    gender: str = ""


def icao_latin(given_name: str, surname: str) -> str:
    """The Latin spelling an ICAO Doc 9303 passport would give: "Aleksei Russkikh", "Ivan Shauchenka";
    never a Cyrillic letter (one no table spells is left out)."""
    text = " ".join(p for p in (given_name, surname) if p)
    return " ".join(_latin_word(w) for w in text.split())


@lru_cache(maxsize=65536)
def _latin_word(word: str) -> str:
    """One word in ICAO letters; no Cyrillic letter is left (the last resort drops a letter nobody spells)."""
    latin = iuliia.ICAO_DOC_9303.translate(word.translate(_ICAO_TABLE))
    return _CYRILLIC.sub(_other_letter, latin) if _CYRILLIC.search(latin) else latin


def _other_letter(match: re.Match[str]) -> str:
    return _latin_letter(match.group())


@lru_cache(maxsize=1024)
def _latin_letter(letter: str) -> str:
    """A Cyrillic letter neither table spells, by the letter it is made from: Ӣ is И with a macron, Ғ with
    a stroke is Г («GHE WITH STROKE»), a barred О is О; else ``_OTHER_LETTERS``; else nothing."""
    lower = letter.lower()
    if lower in _OTHER_LETTERS:
        latin = _OTHER_LETTERS[lower]
        return latin.capitalize() if letter != lower else latin
    base = unicodedata.normalize("NFD", letter)[0]
    if base != letter and _CYRILLIC.match(base):
        return _latin_word(base)
    name = unicodedata.name(letter, "")
    if " LIGATURE " in name:  # «LIGATURE EN GHE»: the letters it joins
        case, _, joined = name.partition(" LIGATURE ")
        parts = [_lookup(f"{case} LETTER {word}") for word in joined.split()]
        return _latin_word("".join(parts)).capitalize() if letter != lower else _latin_word("".join(parts))
    case, _, name = name.partition(" LETTER ")
    words = name.split(" WITH ")[0].split()  # «GHE WITH STROKE»: GHE
    for start in range(len(words)):  # «BARRED O», «STRAIGHT U», «IOTIFIED A», «ABKHASIAN HA»
        base = _lookup(f"{case} LETTER {' '.join(words[start:])}")
        if base and base != letter:
            return _latin_word(base)
    return ""


def _lookup(name: str) -> str:
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return ""


_INITIALS = re.compile(r"^(?:[^\W\d_]\.){2,3}$")  # «И.И.» written together


def _split_initials(words: list[str]) -> list[str]:
    """«Иванов И.И.» -> «Иванов», «И.», «И.»: initials written together are two name parts."""
    out: list[str] = []
    for word in words:
        out += [f"{c}." for c in word.split(".") if c] if _INITIALS.match(word) else [word]
    return out


def is_initial(word: str) -> bool:
    """True for a name part that is an initial only: «И.», "J." or a single letter; never a Han character or
    a Hangul syllable (明 is a whole given name)."""
    return len(word.rstrip(".")) == 1 and not is_east_asian(word)


def is_east_asian(text: str) -> bool:
    """True when ``text`` has Han or Hangul letters (a Chinese or Korean name as its people write it)."""
    return bool(_EAST_ASIAN.search(text))


def split_east_asian(text: str) -> NameParts:
    """A Chinese or Korean name written as one word split surname first: 王伟 -> 王, 伟; 欧阳修 -> 欧阳, 修;
    a name written with spaces keeps them as the parts' border (王 伟)."""
    words = text.split()
    if len(words) > 1:
        return NameParts(words[0], " ".join(words[1:]))
    word = words[0] if words else ""
    cut = 2 if word[:2] in _COMPOUND_SURNAMES else 1
    return NameParts(word[:cut], word[cut:])


def in_cyrillic_or_latin(text: str) -> bool:
    """True when every letter of ``text`` is Cyrillic or Latin: a Russian reader can read it (not 王伟, not a
    name in Arabic letters)."""
    return all(unicodedata.name(ch, "").startswith(("CYRILLIC", "LATIN")) for ch in text if ch.isalpha())


def is_cyrillic(text: str) -> bool:
    """True when ``text`` holds Cyrillic letters."""
    return bool(_CYRILLIC.search(text))


@lru_cache(maxsize=65536)
def _is_patronymic(word: str) -> bool:
    return len(word) > 4 and bool(_PATRONYMIC.search(word) or _TURKIC_SUFFIX.search(word))


@lru_cache(maxsize=16384)
def split_full_name(text: str) -> NameParts:
    """Split «ФИО» (or a Latin full name, or a Chinese or Korean one) into surname, given name and patronymic:
    the one split of a full name that every import uses.

    A name in Han letters or Hangul is surname first (``split_east_asian``: 王建国, 王 建国). Initials are
    name parts too («Иванов И.И.», «И.И. Иванов»). Russian lists write Surname Name Patronymic («Русских
    Алексей Юрьевич»); running text and many foreign lists write Name Patronymic Surname or Name Surname.
    The patronymic's ending (Russian, Belarusian -віч/-аўна, Kazakh -ұлы/-қызы, a separate «оглы»/«кызы»)
    tells the order; a comma ("Smith, John") marks the surname first; two Latin words without a patronymic
    are read as Name Surname unless the first is in capitals. An Arabic name keeps its particles: the family
    name starts at its article, last in running order ("Abdulla bin Touq Al Marri") or first in a list («Аль
    Марри Абдулла бин Тук»).
    """
    words = text.split()  # any white space, the no-break space too
    if not words:
        return NameParts("")
    if is_east_asian(text):
        return split_east_asian(text)
    text = " ".join(words)
    if "," in text and _NAME_WORDS.match(text.partition(",")[0]):
        surname, _, rest = text.partition(",")
        given, patronymic = _given_and_patronymic(rest.split())
        return _parts(surname.strip(), given, patronymic)
    # The rare cases cost only the names that have them: initials need a dot or a single letter, and a
    # separate Turkic word («оглы») one of the words.
    dotted = "." in text
    if dotted:
        words = _split_initials(words)
    if not _TURKIC_WORDS.isdisjoint(text.casefold().split()):
        words = _join_turkic(words)
    if len(words) == 1:
        return _parts(words[0])
    if len(words) <= 3 and (dotted or min(map(len, words)) == 1):
        if all(is_initial(w) for w in words[1:]):  # Иванов И.И.
            return _parts(words[0], words[1], " ".join(words[2:]))
        if all(is_initial(w) for w in words[:-1]):  # И.И. Иванов
            return _parts(words[-1], words[0], " ".join(words[1:-1]))
    if len(words) >= 3:
        if _is_patronymic(words[-1]) or _is_turkic(words[-1]):
            return _parts(words[0], " ".join(words[1:-1]), words[-1])
        if _is_patronymic(words[-2]) or _is_turkic(words[-2]):
            return _parts(words[-1], " ".join(words[:-2]), words[-2])
    if family := arabic_family(words):  # "Abdulla bin Touq Al Marri", «Аль Марри Абдулла бин Тук»: Al Marri
        start, end = family
        return _parts(" ".join(words[start:end]), " ".join(words[:start] + words[end:]))
    if len(words) >= 3:
        if is_cyrillic(text):
            return _parts(words[0], words[1], " ".join(words[2:]))
        return _parts(words[-1], " ".join(words[:-1]))
    first, second = words
    if is_cyrillic(text):
        if _SURNAME.search(second) and not _SURNAME.search(first):
            return _parts(second, first)
        return _parts(first, second)
    if first.isupper() and not second.isupper():
        return _parts(first, second)
    return _parts(second, first)


def arabic_family(words: list[str]) -> tuple[int, int] | None:
    """The words ``[start, end)`` of an Arabic name's family name, told by its article or Abu: last in
    running order unless the word before ties it into the name chain ("Saeed bin Rashid Al Kaabi": 3, 5;
    "Abd Al Rahman Al Saadi": 3, 5; «Абдулла Аль-Марри»: 1, 2), or first in a list ("Al Marri Abdulla bin
    Touq": 0, 2; "Al-Marri Abdulla": 0, 1); None for a name without one."""
    lower = [w.casefold() for w in words]
    for i in range(1, len(words) - 1):
        if lower[i] in _FAMILY_STARTS and lower[i - 1] not in _CHAIN:
            return i, len(words)
    if len(words) < 2:
        return None
    if _hyphenated_article(lower[-1]) and lower[-2] not in _CHAIN:
        return len(words) - 1, len(words)
    if len(words) >= 3 and lower[0] in _ARTICLES and lower[2] not in _CHAIN:
        return 0, 2
    if _hyphenated_article(lower[0]) and lower[1] not in _CHAIN:
        return 0, 1
    return None


def is_article(word: str) -> bool:
    """True for the article an Arabic family name starts with: Al, El, Аль, آل."""
    return word.casefold() in _ARTICLES


def _hyphenated_article(word: str) -> bool:
    """True for a family name written with its article and a hyphen: "al-marri", «аль-марри»."""
    article, hyphen, rest = word.partition("-")
    return bool(hyphen and rest) and article in _ARTICLES


def _given_and_patronymic(words: list[str]) -> tuple[str, str]:
    words = _join_turkic(words)
    if len(words) >= 2 and (_is_patronymic(words[-1]) or _is_turkic(words[-1])):
        return " ".join(words[:-1]), words[-1]
    return " ".join(words), ""


@lru_cache(maxsize=65536)
def _is_turkic(word: str) -> bool:
    return " " in word and word.rsplit(" ", 1)[1].casefold() in _TURKIC_WORDS


def _join_turkic(words: list[str]) -> list[str]:
    """«Гейдар оглы» is one patronymic: join the separate Turkic word to the father's name before it."""
    out: list[str] = []
    for word in words:
        if out and word.casefold() in _TURKIC_WORDS:
            out[-1] = f"{out[-1]} {word}"
        else:
            out.append(word)
    return out


def _parts(surname: str, given: str = "", patronymic: str = "") -> NameParts:
    return NameParts(uncap(surname), uncap(given), uncap(patronymic), gender_of(patronymic))


@lru_cache(maxsize=65536)
def gender_of(patronymic: str) -> str:
    """ "m" or "f" as a patronymic tells (-ович / -овна, -ұлы / -қызы, оглы / кызы), else ""."""
    if _is_patronymic(patronymic) or _is_turkic(patronymic):
        return "f" if _FEMALE_PATRONYMIC.search(patronymic) else "m"
    return ""


# Latin and Cyrillic letters that look alike, as a keyboard left in the other layout or a copied text leaves
# them inside a name («Смирновa» with a Latin «a», "Smirnоv" with a Cyrillic «о»).
_LATIN_LOOKALIKES = "aceopxyiABCEHIKMOPTXY"
_CYRILLIC_LOOKALIKES = "асеорхуіАВСЕНІКМОРТХУ"
_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)
_LATIN = re.compile("[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]+")


def one_script(text: str) -> str:
    """``text`` with each word that mixes Cyrillic and Latin letters written in the script most of its letters
    are in, where the others are look-alikes («Смирновa» -> «Смирнова», "Smirnоv" -> "Smirnov"); a word with
    a letter no letter of the other script looks like is left as it is."""

    def fixed(match: re.Match[str]) -> str:
        word = match[0]
        latin, cyrillic = len(_LATIN.findall(word)), len(_CYRILLIC.findall(word))
        if not (latin and cyrillic):
            return word
        if cyrillic >= latin:
            again = word.translate(_TO_CYRILLIC)
            return word if _LATIN.search(again) else again
        again = word.translate(_TO_LATIN)
        return word if _CYRILLIC.search(again) else again

    if not (_LATIN.search(text) and _CYRILLIC.search(text)):  # nearly every name: one alphabet, as it is
        return text
    return _WORD.sub(fixed, text)


def uncap(text: str) -> str:
    """A name part written in capitals, as passport lists write surnames ("SMITH"), in title case ("Smith")."""
    return text.title() if len(text) > 1 and text.isupper() else text


@lru_cache(maxsize=131072)
def fold(text: str) -> str:
    """A spelling-blind form of a name: lower case, ё as е, Cyrillic transliterated, only letters and spaces."""
    return " ".join([w for w in map(_fold_word, text.replace("-", " ").split()) if w])


@lru_cache(maxsize=65536)
def _fold_word(word: str) -> str:
    word = word.casefold().replace("ё", "е")
    if is_cyrillic(word):
        word = _latin_word(word).casefold()
    # Different transliteration systems: fold the usual variants to one spelling.
    word += " "
    for old, new in (
        ("iy ", "i "),
        ("yi ", "i "),
        ("kh", "h"),
        ("ks", "x"),
        ("ie", "e"),
        ("y", "i"),
        ("j", "i"),
        ("ii", "i"),
    ):
        word = word.replace(old, new)
    return "".join(c for c in word if c.isalpha())


@lru_cache(maxsize=131072)
def name_key(surname: str, given_name: str = "", patronymic: str = "") -> str:
    """The key of a person's full name for finding duplicates: ``fold`` of Surname Name Patronymic."""
    return fold(" ".join(p for p in (surname, given_name, patronymic) if p))


@lru_cache(maxsize=65536)
def cyrillic_key(surname: str, given_name: str = "") -> str:
    """Surname and name as Cyrillic compares them: lower case, ё as е, one space for spaces and hyphens."""
    text = f"{surname} {given_name}".casefold().replace("ё", "е").replace("-", " ")
    return " ".join(text.split())


@lru_cache(maxsize=65536)
def latin_key(latin_name: str) -> str:
    """The key of a passport Latin name ("Given Surname") in the order ``name_key`` uses (surname first)."""
    words = latin_name.split()
    if len(words) < 2:
        return fold(latin_name)
    return fold(" ".join([words[-1], *words[:-1]]))
