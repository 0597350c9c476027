"""Finding the person a row names among people already known: exact keys first, then rapidfuzz.

Keys are spelling-blind (``names.fold``: case, ё/е, Cyrillic or Latin). A row without a patronymic matches a
person with one (and the other way round) when the rest is equal and only one person fits. Fuzzy matching
compares "surname name" keys within the same first letter, so thousands of rows stay fast.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from protocol_app.model import Person
from protocol_app.names import fold, latin_key, name_key

FUZZY_CUTOFF = 92.0
PATRONYMIC_CUTOFF = 85.0


@dataclass
class Found:
    """The person found, how ("exact", "no patronymic", "fuzzy"), the score, and others that fit as well."""

    person: Person
    how: str
    score: float
    ambiguous: int = 0


class PeopleIndex:
    """People by spelling-blind keys; ``add`` people created during an import so later rows find them."""

    def __init__(self, people: Iterable[Person] = ()) -> None:
        self._full: dict[str, list[Person]] = {}
        self._short: dict[str, list[Person]] = {}
        self._blocks: dict[str, tuple[list[str], list[Person]]] = {}
        for person in people:
            self.add(person)

    def add(self, person: Person) -> None:
        keys = {name_key(person.surname, person.given_name)}
        if person.latin_name:
            keys.add(latin_key(person.latin_name))
        self._full.setdefault(name_key(person.surname, person.given_name, person.patronymic), []).append(
            person
        )
        for key in keys:
            if not key:
                continue
            self._short.setdefault(key, []).append(person)
            block = self._blocks.setdefault(key[0], ([], []))
            block[0].append(key)
            block[1].append(person)

    def find(
        self, surname: str, given: str, patronymic: str, latin: str = "", gender: str = ""
    ) -> Found | None:
        """The one person these names mean, or None when nobody (or several people equally) fit."""
        full = self._full.get(name_key(surname, given, patronymic), [])
        if patronymic and full:
            return Found(full[0], "exact", 100.0, len(_unique(full)) - 1)
        keys = [k for k in (name_key(surname, given), latin_key(latin) if latin else "") if k]
        candidates = _unique(p for k in keys for p in self._short.get(k, []))
        fitting = [p for p in candidates if _compatible(p, patronymic, gender)]
        if fitting:
            how = (
                "exact"
                if all(fold(p.patronymic) == fold(patronymic) for p in fitting[:1])
                else "no patronymic"
            )
            return Found(fitting[0], how, 100.0, len(fitting) - 1)
        return self._fuzzy(keys, patronymic, gender)

    def _fuzzy(self, keys: list[str], patronymic: str, gender: str) -> Found | None:
        best: Found | None = None
        for key in keys:
            block = self._blocks.get(key[0])
            if not block:
                continue
            for _, score, index in process.extract(
                key, block[0], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5
            ):
                person = block[1][index]
                if _compatible(person, patronymic, gender) and (best is None or score > best.score):
                    best = Found(person, "fuzzy", float(score))
        return best


def _compatible(person: Person, patronymic: str, gender: str) -> bool:
    """Same patronymic (one missing is fine) and no contradicting gender."""
    if gender and person.gender and gender != person.gender:
        return False
    if not patronymic or not person.patronymic:
        return True
    return fuzz.ratio(fold(patronymic), fold(person.patronymic)) >= PATRONYMIC_CUTOFF


def _unique(people: Iterable[Person]) -> list[Person]:
    seen: set[int] = set()
    out = []
    for person in people:
        if id(person) not in seen:
            seen.add(id(person))
            out.append(person)
    return out
