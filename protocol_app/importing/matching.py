"""Finding the person a row names among people already known: exact keys first, then rapidfuzz.

Keys are spelling-blind (``names.fold``: case, ё/е, Cyrillic or Latin). A row without a patronymic matches a
person with one (and the other way round) when the rest is equal and only one person fits.

Fuzzy matching (a typo) compares "surname name" keys with people already stored only: two near-identical names
in one partner's list are two people, a name spelt differently from the directory's is a slip. It looks among
people whose surname starts with the same two letters and whose given name has the same initial, so thousands of
rows stay fast (a typo in those letters is not caught).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from rapidfuzz import fuzz, process

from protocol_app.model import Person
from protocol_app.names import fold, latin_key, name_key

FUZZY_CUTOFF = 92.0
PATRONYMIC_CUTOFF = 94.0  # one slip in a long patronymic; Григорьевич / Игоревич are two fathers
_FEW = 8  # namesakes compared by patronymic one by one


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
        if person.latin_name and not person.latin_suggested:  # a computed spelling adds nothing to the name
            keys.add(latin_key(person.latin_name))
        self._full.setdefault(name_key(person.surname, person.given_name, person.patronymic), []).append(
            person
        )
        for key in keys:
            if not key:
                continue
            self._short.setdefault(key, []).append(person)
            if person.id is None:  # planned by this import: exact matches only (see the module's note)
                continue
            block = self._blocks.setdefault(_block(key), ([], []))
            block[0].append(key)
            block[1].append(person)

    def find(
        self, surname: str, given: str, patronymic: str, latin: str = "", gender: str = ""
    ) -> Found | None:
        """The one person these names mean, or None when nobody (or several people equally) fit."""
        if patronymic:
            full = self._full.get(name_key(surname, given, patronymic))
            if full:
                return Found(full[0], "exact", 100.0, len(full) - 1)
        keys = [k for k in (name_key(surname, given), latin_key(latin) if latin else "") if k]
        candidates = _unique(p for k in keys for p in self._short.get(k, ()))
        if not candidates:
            return self._fuzzy(keys, patronymic, gender)
        if patronymic and len(candidates) > _FEW:  # many namesakes: only those without a patronymic fit
            fitting = [p for p in candidates if not p.patronymic and _gender_fits(p, gender)]
        else:
            fitting = [p for p in candidates if _compatible(p, patronymic, gender)]
        if not fitting:  # the same name with another patronymic: another person, not a misspelling
            return None
        exact = fold(fitting[0].patronymic) == fold(patronymic)
        return Found(fitting[0], "exact" if exact else "no patronymic", 100.0, len(fitting) - 1)

    def _fuzzy(self, keys: list[str], patronymic: str, gender: str) -> Found | None:
        best: Found | None = None
        for key in keys:
            block = self._blocks.get(_block(key))
            if not block:
                continue
            for _, score, index in process.extract(
                key, block[0], scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=5
            ):
                person = block[1][index]
                if (
                    person.id is not None
                    and _compatible(person, patronymic, gender)
                    and (best is None or score > best.score)
                ):
                    best = Found(person, "fuzzy", float(score))
        return best


def _block(key: str) -> str:
    """Fuzzy candidates share the first two letters of the surname and the given name's initial."""
    surname, _, given = key.partition(" ")
    return f"{surname[:2]} {given[:1]}"


def _gender_fits(person: Person, gender: str) -> bool:
    return not (gender and person.gender and gender != person.gender)


def _compatible(person: Person, patronymic: str, gender: str) -> bool:
    """Same patronymic (one missing is fine) and no contradicting gender."""
    if not _gender_fits(person, gender):
        return False
    if not patronymic or not person.patronymic:
        return True
    return fuzz.ratio(fold(patronymic), fold(person.patronymic)) >= PATRONYMIC_CUTOFF


def _unique(people: Iterable[Person]) -> list[Person]:
    return list({id(p): p for p in people}.values())
