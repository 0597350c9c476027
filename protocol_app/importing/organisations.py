"""Organisations named by an import: found in the directory by any of their names, or planned as new."""

from __future__ import annotations

import re

from sqlite_utils import Database

from protocol_app.importing.report import AddedOrganisation
from protocol_app.model import NewOrganisation, Organisation
from protocol_app.store import imports
from protocol_app.store.changes import Recorder

# Quotes of any kind are spaces (ОАО"Гомсельмаш" is ОАО «Гомсельмаш»); dashes and minus signs are hyphens.
_FOLDED = str.maketrans(dict.fromkeys("«»\"'“”„‟‘’‚‛`´″", " ") | dict.fromkeys("‐‑‒–—―−", "-"))
_JOINED = re.compile(r" ?(-) ?|(№) ?")  # «№ 407» is «№407», «научно - производственный» one word


def org_key(name: str) -> str:
    """An organisation's name as compared: lower case, ё as е, without quotes, any dash a hyphen, no spaces
    around a hyphen or after №, single spaces."""
    key = " ".join(name.translate(_FOLDED).casefold().replace("ё", "е").split())
    return _JOINED.sub(r"\1\2", key)


class OrganisationCache:
    """The directory's organisations by lower-case name (full or short, Russian or English), plus new ones
    (drafts: ``id_of`` and ``ids`` give their ids once ``write`` stored them)."""

    def __init__(self, db: Database) -> None:
        self.by_name: dict[str, NewOrganisation] = {}
        self.new: list[NewOrganisation] = []
        self.new_rows: list[int | None] = []  # the row that first names each new one
        self.named: list[Organisation] = []  # organisations of the directory that gain an English name
        self._as_written: dict[str, NewOrganisation | None] = {}  # a list names the same few organisations
        self._ids: dict[int, int] = {}  # id(new organisation) -> its id in the store, once written
        for org in imports.load_organisations(db):
            for name in (org.name, org.name_en, org.short_name, org.short_name_en):
                if name.strip():
                    self.by_name.setdefault(org_key(name), org)

    def get(self, name: str, row: int | None = None) -> NewOrganisation | None:
        """The organisation called ``name``; a new one (a draft, in ``new``, first named in ``row``) when the
        directory has none."""
        try:
            return self._as_written[name]
        except KeyError:
            found = self._as_written[name] = self._get(name, row)
            return found

    def _get(self, name: str, row: int | None) -> NewOrganisation | None:
        name = " ".join(name.split())
        if not name:
            return None
        key = org_key(name)
        if key not in self.by_name:
            org = NewOrganisation(name=name)
            self.by_name[key] = org
            self.new.append(org)
            self.new_rows.append(row)
        return self.by_name[key]

    def added(self) -> list[AddedOrganisation]:
        """The organisations the import adds to the directory, each with the row that first names it."""
        return [AddedOrganisation(row, org.name) for row, org in zip(self.new_rows, self.new, strict=True)]

    def english(self, org: NewOrganisation, name_en: str) -> None:
        """Give ``org`` the English name a row brings, when it has none yet (never replaces one)."""
        name_en = " ".join(name_en.split())
        if name_en and not org.name_en:
            org.name_en = name_en
            if isinstance(org, Organisation):
                self.named.append(org)
            self.by_name.setdefault(org_key(name_en), org)

    def write(self, db: Database, recorder: Recorder) -> None:
        """Insert the new organisations and save the English names given to known ones, noted by
        ``recorder`` (undo gives them back their names)."""
        ids = imports.insert_organisations(db, self.new)
        self._ids = {id(org): org_id for org, org_id in zip(self.new, ids, strict=True)}
        recorder.will_change("organisations", (org.id for org in self.named))
        for org in self.named:
            db.conn.execute("UPDATE organisations SET name_en = ? WHERE id = ?", [org.name_en, org.id])

    def id_of(self, org: NewOrganisation) -> int:
        """The id of ``org``: the directory's, or a new one's once ``write`` stored it."""
        return org.id if isinstance(org, Organisation) else self._ids[id(org)]

    def ids(self) -> dict[int, int]:
        """The id of every organisation known or new (once ``write`` stored the new ones), by ``id(org)``."""
        known = {id(org): org.id for org in self.by_name.values() if isinstance(org, Organisation)}
        return {**known, **self._ids}
