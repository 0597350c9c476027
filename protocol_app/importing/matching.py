"""Finding the person a row names among people already known: exact keys first, then rapidfuzz.

Keys are spelling-blind (``names.fold``: case, ё/е, Cyrillic or Latin). A row without a patronymic matches a
person with one (and the other way round) when the rest is equal; «Иванов И.И.» matches by surname and initials.

Fuzzy matching (a typo) compares "surname name" keys with people already stored only: two near-identical names
in one partner's list are two people, a name spelt differently from the directory's is a slip. It looks among
people whose surname starts with the same two letters and whose given name has the same initial, so thousands of
rows stay fast (a typo in those letters is not caught). A fuzzy match is one typo at most (a letter missed,
added, changed or two swapped) and never two forms of one name (Смирнов / Смирнова, Александр / Александра):
those are two people. The import lists every fuzzy match in its report.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, TypeVar

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA

from protocol_app.model import NewPerson, Person
from protocol_app.names import fold, is_cyrillic, is_initial, latin_key

FUZZY_CUTOFF = 94.0  # a letter missed or doubled; a letter changed only in long names (ratio is Indel-based)
PATRONYMIC_CUTOFF = 94.0  # one slip in a long patronymic; Григорьевич / Игоревич are two fathers
_FEW = 8  # namesakes compared by patronymic one by one

P = TypeVar("P", bound=NewPerson)  # the people an index holds: stored ones, or those an import plans too


@dataclass
class Found(Generic[P]):
    """The person found, how ("exact", "no patronymic", "patronymic slip", "initials", "fuzzy"), the score,
    and others that fit as well."""

    person: P
    how: str
    score: float
    ambiguous: int = 0


class PeopleIndex(Generic[P]):
    """People by spelling-blind keys; ``add`` people created during an import so later rows find them."""

    def __init__(self, people: Iterable[P] = ()) -> None:
        # read with ``get`` only: a key looked up is never added
        self._full: defaultdict[str, list[P]] = defaultdict(list)
        self._short: defaultdict[str, list[P]] = defaultdict(list)
        self._blocks: dict[str, tuple[list[str], list[P]]] = {}
        self._surnames: defaultdict[str, list[P]] = defaultdict(list)
        for person in people:
            self.add(person)

    def add(self, person: P) -> None:
        """Make ``person`` findable (people planned by an import too: exact and initials only)."""
        surname, short, full = _name_keys(person.surname, person.given_name, person.patronymic)
        self._surnames[surname].append(person)
        self._full[full].append(person)
        keys: tuple[str, ...] = (short,)
        if person.latin_name and not person.latin_suggested:  # a computed spelling adds nothing to the name
            latin = latin_key(person.latin_name)
            keys = (short, latin) if latin != short else keys
        for key in keys:
            if not key:
                continue
            self._short[key].append(person)
            if not isinstance(person, Person):  # planned by an import: exact matches only (module note)
                continue
            block = self._blocks.setdefault(_block(key), ([], []))
            block[0].append(key)
            block[1].append(person)

    def find(
        self, surname: str, given: str, patronymic: str, latin: str = "", gender: str = ""
    ) -> Found[P] | None:
        """The person these names mean (``ambiguous`` counts the others that fit as well), or None."""
        how, fitting, score = self.find_all(surname, given, patronymic, latin, gender)
        return Found(fitting[0], how, score, len(fitting) - 1) if fitting else None

    def find_all(
        self, surname: str, given: str, patronymic: str, latin: str = "", gender: str = ""
    ) -> tuple[str, list[P], float]:
        """Everyone these names may mean, best first, and how they were found ("exact", "no patronymic",
        "patronymic slip", "initials", "fuzzy"); an empty list when nobody fits."""
        if is_initial(given):  # «Иванов И.И.»: the surname and initials must fit (明 is a whole name)
            fitting = [
                p for p in self._surnames.get(fold(surname), ()) if _initials_fit(p, given, patronymic)
            ]
            return "initials", [p for p in fitting if _gender_fits(p, gender)], 100.0
        _, short, full_key = _name_keys(surname, given, patronymic)
        if patronymic:
            full = self._full.get(full_key)
            full = _same_letters(full, surname, given) if full else None
            if full:
                return "exact", full, 100.0
        if latin and (latin_found := latin_key(latin)):
            keys = [short, latin_found] if short else [latin_found]
            candidates = _unique(p for k in keys for p in self._short.get(k, ()))
        else:
            keys = [short] if short else []
            candidates = self._short.get(short, []) if short else []
        candidates = _same_letters(candidates, surname, given) if candidates else candidates
        if not candidates:
            fuzzy = self._fuzzy(keys, surname, given, patronymic, gender) if self._blocks else None
            return ("fuzzy", [fuzzy.person], fuzzy.score) if fuzzy else ("", [], 0.0)
        if patronymic and len(candidates) > _FEW:  # many namesakes: only those without a patronymic fit
            fitting = [p for p in candidates if not p.patronymic and _gender_fits(p, gender)]
        else:
            fitting = [p for p in candidates if _compatible(p, patronymic, gender)]
        # none fitting: the same name with another patronymic is another person, not a misspelling
        if fitting and fold(fitting[0].patronymic) == fold(patronymic):
            return "exact", fitting, 100.0
        if fitting and patronymic and fitting[0].patronymic:  # «Васильевч» for «Васильевич» (``_compatible``)
            return "patronymic slip", fitting, fuzz.ratio(fold(patronymic), fold(fitting[0].patronymic))
        return "no patronymic", fitting, 100.0

    def _fuzzy(
        self, keys: list[str], surname: str, given: str, patronymic: str, gender: str
    ) -> Found[P] | None:
        """The stored person closest to a misspelt name; two Cyrillic names are compared in Cyrillic."""
        best: Found[P] | None = None
        cyrillic = _cyrillic_key(surname, given) if _cyrillic(surname) else ""
        for key in keys:
            block = self._blocks.get(_block(key))
            if not block:
                continue
            for _, score, index in process.extract(
                key, block[0], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF - 10, limit=5
            ):
                person = block[1][index]
                mine, theirs = key, block[0][index]
                if cyrillic and _cyrillic(person.surname):
                    mine, theirs = cyrillic, _cyrillic_key(person.surname, person.given_name)
                    score = fuzz.ratio(mine, theirs)
                if (
                    score >= FUZZY_CUTOFF
                    and is_typo(mine, theirs)
                    and _compatible(person, patronymic, gender)
                    and (best is None or score > best.score)
                ):
                    best = Found(person, "fuzzy", float(score))
        return best


_cyrillic = lru_cache(maxsize=65536)(is_cyrillic)  # once per distinct name: a list repeats its names


def is_typo(first: str, second: str) -> bool:
    """Two keys ("surname given") one slip apart (OSA distance 1: a letter missed, added, changed, or two
    neighbours swapped) and not two forms of one name (a man's and a woman's)."""
    mine, theirs = first.split(" "), second.split(" ")
    if len(mine) != len(theirs) or OSA.distance(first, second, score_cutoff=1) > 1:
        return False
    return not any(_gender_forms(a, b) for a, b in zip(mine, theirs, strict=True))


def _gender_forms(first: str, second: str) -> bool:
    """Смирнов / Смирнова, Александр / Александра, Евгений / Евгения: a man's and a woman's form."""
    short, long = sorted((first, second), key=len)
    if long == short + "а" or long == short + "a":
        return True
    return len(short) == len(long) > 1 and short[:-1] == long[:-1] and {short[-1], long[-1]} == {"й", "я"}


def _block(key: str) -> str:
    """Fuzzy candidates share the first two letters of the surname and the given name's initial."""
    surname, _, given = key.partition(" ")
    return f"{surname[:2]} {given[:1]}"


def _same_letters(people: list[P], surname: str, given: str) -> list[P]:
    """Of people found by the transliterated key, those a Cyrillic name does not contradict letter by letter
    (Эдуард is not Едуард, Мышкин is not Мишкин: transliteration folds е/э and и/ы, Cyrillic does not)."""
    if not people or not _cyrillic(surname):
        return people
    if all(p.surname == surname and p.given_name == given for p in people):  # namesakes: mostly so
        return people
    key = _cyrillic_key(surname, given)
    return [
        p
        for p in people
        if (p.surname == surname and p.given_name == given)  # the same letters: the same key
        or not _cyrillic(p.surname)
        or _cyrillic_key(p.surname, p.given_name) == key
    ]


@lru_cache(maxsize=65536)
def _name_keys(surname: str, given: str, patronymic: str) -> tuple[str, str, str]:
    """``fold(surname)``, ``name_key(surname, given)`` and ``name_key(surname, given, patronymic)``, the keys
    built from the parts' folds (cached: a list repeats its surnames, names and patronymics); ``find`` and
    ``add`` of one row share them."""
    folded = fold(surname)
    short = _join(folded, fold(given))
    return folded, short, _join(short, fold(patronymic))


def _join(first: str, second: str) -> str:
    """Two folded parts as one key: ``fold`` of the parts joined is the parts' folds joined."""
    return f"{first} {second}" if first and second else first or second


def _cyrillic_key(surname: str, given: str) -> str:
    """``names.cyrillic_key`` from the parts' keys: a list repeats its surnames and names, not whole names."""
    return _join(_cyrillic_part(surname), _cyrillic_part(given))


@lru_cache(maxsize=65536)
def _cyrillic_part(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").replace("-", " ").split())


def _initials_fit(person: NewPerson, given: str, patronymic: str) -> bool:
    """«И.» fits Иван, «Ю.» fits Юрий (letters compared as written when both are Cyrillic)."""
    if not person.given_name or not _initial_of(given, person.given_name):
        return False
    return not patronymic or not person.patronymic or _initial_of(patronymic, person.patronymic)


def _initial_of(initial: str, name: str) -> bool:
    letter = initial.rstrip(".")
    if _cyrillic(letter) and _cyrillic(name):
        return name[:1].casefold().replace("ё", "е") == letter.casefold().replace("ё", "е")
    return fold(name).startswith(fold(letter))


def _gender_fits(person: NewPerson, gender: str) -> bool:
    return not (gender and person.gender and gender != person.gender)


def _compatible(person: NewPerson, patronymic: str, gender: str) -> bool:
    """Same patronymic (one missing is fine) and no contradicting gender."""
    if not _gender_fits(person, gender):
        return False
    if not patronymic or not person.patronymic:
        return True
    return _same_patronymic(patronymic, person.patronymic)


@lru_cache(maxsize=65536)
def _same_patronymic(first: str, second: str) -> bool:
    """Two patronymics one slip apart at most (once per pair: a list's namesakes repeat a few patronymics)."""
    return fuzz.ratio(fold(first), fold(second)) >= PATRONYMIC_CUTOFF


def _unique(people: Iterable[P]) -> list[P]:
    return list({id(p): p for p in people}.values())
