"""The alternat: which originals to prepare for each agreement, and what goes into whose folder.

Each party keeps at least one original. In its own original a party is named first in the title block and
its signatory's signature block stands in the first (left) place; the other parties follow in the
agreement's order (``originals.py`` writes the text: title, preamble, signature blocks). Every original
carries all the agreement's languages; with more originals than parties, the extra ones go round the
parties again.
"""

from __future__ import annotations

from dataclasses import dataclass

from protocol_app.languages import agreement_languages
from protocol_app.model import Side
from protocol_app.signing.plan import Item, PartyLine, SigningPlan


@dataclass
class Original:
    """One original of an agreement: who keeps it, in what language, and its parties in order."""

    item: Item
    number: int  # 1, 2, ... within the agreement
    keeper: PartyLine
    languages: list[str]  # the agreement's languages, each in this original
    parties: list[PartyLine]  # the keeper first: title block and signature blocks, left to right

    @property
    def language(self) -> str:
        """The languages as the papers show them: "ru", "ru, en"."""
        return ", ".join(self.languages)

    @property
    def label(self) -> str:
        """ "3.2": the second original of the third signing."""
        return f"{self.item.order}.{self.number}"


@dataclass
class Folder:
    """The folder laid before one signatory for one signing: the originals his or her party keeps."""

    item: Item
    party: PartyLine
    originals: list[Original]


def originals(item: Item) -> list[Original]:
    """The originals to prepare: as many as stored, and never fewer than one per party."""
    parties = item.parties
    if not parties:
        return []
    langs = agreement_languages(item.agreement.languages)
    count = max(item.agreement.originals, len(parties))
    result = []
    for k in range(count):
        keeper = parties[k % len(parties)]
        rest = [p for p in parties if p is not keeper]
        result.append(Original(item, k + 1, keeper, langs, [keeper, *rest]))
    return result


def folders(plan: SigningPlan) -> list[Folder]:
    """Every signatory's folder, in signing order, then by chair from the left."""
    result = []
    for item in plan.items:
        prepared = originals(item)
        for line in sorted(item.parties, key=lambda p: p.place):
            kept = [o for o in prepared if o.keeper is line]
            result.append(Folder(item, line, kept))
    return result


def folders_by_side(plan: SigningPlan) -> list[tuple[Side | None, list[Folder]]]:
    """The folder checklist per side (each side's assistants prepare their own folders).

    The host side first, then the guest sides; within a side the folders in signing order.
    """
    groups: dict[int, tuple[Side | None, list[Folder]]] = {}
    for folder in folders(plan):
        side = folder.party.side
        groups.setdefault(side.id if side else 0, (side, []))[1].append(folder)
    return sorted(groups.values(), key=lambda g: (not (g[0] and g[0].host), g[0].position if g[0] else 10**6))
