"""What is wrong with a signing ceremony, as codes with the facts, worded in Russian or English.

Problems are listed, never hidden: each names the item (its number in the order and its agreement) and
the person concerned, and says what to fix.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Callable
from typing import Any

from protocol_app.errors import UserError
from protocol_app.languages import WRITTEN, agreement_languages, in_language
from protocol_app.model import AgreementStatus, Attendee, Status
from protocol_app.signing import words
from protocol_app.signing.ceremony import Item, PartyLine, Problem, SigningPlan
from protocol_app.signing.timing import DAY, format_time, parse_time
from protocol_app.words import label

NO_START = "no_start"
OVERRUNS_PROGRAMME = "overruns_programme"
PAST_MIDNIGHT = "past_midnight"
ORDER_CLASH = "order_clash"
TOO_FEW_PARTIES = "too_few_parties"
PARTY_WITHOUT_SIGNATORY = "party_without_signatory"
SIGNATORY_NOT_PARTICIPANT = "signatory_not_participant"
SIGNATORY_NOT_CONFIRMED = "signatory_not_confirmed"
SIGNATORY_OTHER_SIDE = "signatory_other_side"
SIGNATORY_OTHER_ORGANISATION = "signatory_other_organisation"
TWO_ROLES = "two_roles"
SAME_SIGNATORY = "same_signatory"
BACK_TO_BACK = "back_to_back"
WITNESS_NOT_PARTICIPANT = "witness_not_participant"
WITNESS_ABSENT = "witness_absent"
WITNESS_SIGNS = "witness_signs"
FEW_ORIGINALS = "few_originals"
NOT_READY = "not_ready"
LANGUAGE_TO_SUPPLY = "language_to_supply"


def find_problems(plan: SigningPlan) -> list[Problem]:
    """Every problem of a ``SigningPlan``, in signing order (ceremony-wide ones first)."""
    found: list[Problem] = []
    if plan.timetable is None and plan.items:
        found.append(Problem(NO_START))
    elif plan.timetable is not None and plan.timetable.end > DAY:
        found.append(Problem(PAST_MIDNIGHT, facts={"end": format_time(plan.timetable.end)}))
    found += _programme(plan)
    clashes = Counter(i.agreement.order_no for i in plan.items if i.agreement.order_no is not None)
    found += [Problem(ORDER_CLASH, facts={"number": n}) for n, count in sorted(clashes.items()) if count > 1]
    for item in plan.items:
        found += _item_problems(item)
    found += _back_to_back(plan.items)
    found += _two_roles(plan.items)
    found.sort(key=lambda p: p.order or 0)
    return found


def _programme(plan: SigningPlan) -> list[Problem]:
    """The ceremony begins before or ends after its step in the programme (not for a start given by hand,
    which asks "what if it began then?")."""
    step, table = plan.programme_slot, plan.timetable
    if step is None or table is None or not plan.items or not step.end or plan.start_given:
        return []
    try:
        begin, finish = parse_time(step.start), parse_time(step.end)
    except UserError:
        return []
    if table.start >= begin and table.end <= finish:
        return []
    facts = {
        "start": format_time(table.start),
        "end": format_time(table.end),
        "step_ru": step.title,
        "step_en": step.title_en or step.title,
        "step_start": step.start,
        "step_end": step.end,
    }
    return [Problem(OVERRUNS_PROGRAMME, facts=facts)]


def _both(fn: Callable[..., str], *args: Any) -> tuple[str, str]:
    return fn(*args, "ru"), fn(*args, "en")


def _facts(item: Item) -> dict[str, Any]:
    ru, en = _both(words.title, item.agreement)
    return {"title_ru": ru, "title_en": en}


def _person(att: Attendee) -> dict[str, Any]:
    status = att.participant.status
    return {
        "name_ru": words.name(att, "ru", "list"),
        "name_en": words.name(att, "en", "list"),
        "status_ru": label("status", status, "ru"),
        "status_en": label("status", status, "en"),
    }


def _org(line: PartyLine) -> dict[str, Any]:
    return {
        "party": line.number,
        "organisation_ru": words.organisation(line.organisation, "ru", short=True),
        "organisation_en": words.organisation(line.organisation, "en", short=True),
    }


def _item_problems(item: Item) -> list[Problem]:
    agr = item.agreement
    out: list[Problem] = []

    def add(code: str, participant_id: int | None = None, **facts: Any) -> None:
        out.append(Problem(code, item.order, agr.id, participant_id, {**_facts(item), **facts}))

    if len(agr.parties) < 2:
        add(TOO_FEW_PARTIES, count=len(agr.parties))
    if agr.originals < len(agr.parties):
        add(FEW_ORIGINALS, originals=agr.originals, count=len(agr.parties))
    if agr.status in (AgreementStatus.DRAFT.value, AgreementStatus.AGREED.value):
        add(
            NOT_READY,
            status_ru=label("agreement_status", agr.status, "ru"),
            status_en=label("agreement_status", agr.status, "en"),
        )
    for code in agreement_languages(agr.languages):
        if code not in WRITTEN:
            ru, en = _both(in_language, code)
            add(LANGUAGE_TO_SUPPLY, language=code, in_language_ru=ru, in_language_en=en)
    signers = Counter(p.party.signatory_id for p in item.parties if p.party.signatory_id is not None)
    for line in item.parties:
        where = _org(line)
        att, pid = line.signatory, line.party.signatory_id
        if pid is None:
            add(PARTY_WITHOUT_SIGNATORY, **where)
        elif att is None:
            add(SIGNATORY_NOT_PARTICIPANT, pid, **where)
        else:
            if att.participant.status != Status.CONFIRMED.value:
                add(SIGNATORY_NOT_CONFIRMED, pid, **where, **_person(att))
            own = att.participant.organisation_id
            if own != line.party.organisation_id and not line.party.power_of_attorney.strip():
                add(
                    SIGNATORY_OTHER_ORGANISATION,
                    pid,
                    **where,
                    **_person(att),
                    own_organisation_ru=words.organisation(att.organisation, "ru", short=True) or "—",
                    own_organisation_en=words.organisation(att.organisation, "en", short=True) or "—",
                )
            if line.side is not None and att.side.id != line.side.id:
                add(
                    SIGNATORY_OTHER_SIDE,
                    pid,
                    **_person(att),
                    side_ru=words.side(line.side, "ru"),
                    side_en=words.side(line.side, "en"),
                    own_side_ru=words.side(att.side, "ru"),
                    own_side_en=words.side(att.side, "en"),
                )
    for pid, count in signers.items():
        line = next(p for p in item.parties if p.party.signatory_id == pid)
        if count > 1 and line.signatory is not None:
            add(SAME_SIGNATORY, pid, **_person(line.signatory))
    present = {w.id: w for w in item.witnesses}
    for pid in agr.witness_ids:
        if pid not in present:
            add(WITNESS_NOT_PARTICIPANT, pid)
        elif present[pid].participant.status != Status.CONFIRMED.value:
            add(WITNESS_ABSENT, pid, **_person(present[pid]))
        if pid in signers and pid in present:
            add(WITNESS_SIGNS, pid, **_person(present[pid]))
    return out


# A person's roles at a ceremony, in the words of TWO_ROLES: code -> (ru, en)
_ROLES = {
    "signatory": ("подписант", "a signatory"),
    "witness": ("присутствующий при подписании", "a witness"),
    "assistant": ("ассистент у папок", "a folder assistant"),
}


def _two_roles(items: list) -> list[Problem]:
    """A person who stands at the folders and also signs or witnesses (in any signing of the ceremony).

    Signing one agreement and witnessing another is usual; both for one agreement is ``WITNESS_SIGNS``.
    """
    roles: dict[int, dict[str, list[int]]] = {}
    people = {}
    for item in items:
        held = [(p.signatory, "signatory") for p in item.parties if p.signatory is not None]
        held += [(w, "witness") for w in item.witnesses] + [(a, "assistant") for a in item.assistants]
        for att, role in held:
            people[att.id] = att
            roles.setdefault(att.id, {}).setdefault(role, []).append(item.order)
    out = []
    for pid, held_roles in roles.items():
        if "assistant" not in held_roles or len(held_roles) < 2:
            continue
        other = next(r for r in ("signatory", "witness") if r in held_roles)
        orders = sorted({*held_roles["assistant"], *held_roles[other]})
        facts = {
            **_person(people[pid]),
            "first_ru": _ROLES[other][0],
            "first_en": _ROLES[other][1],
            "second_ru": _ROLES["assistant"][0],
            "second_en": _ROLES["assistant"][1],
            "orders": ", ".join(map(str, orders)),
        }
        out.append(Problem(TWO_ROLES, orders[0], None, pid, facts))
    return out


def _back_to_back(items: list) -> list[Problem]:
    out = []
    for item, nxt in itertools.pairwise(items):
        places = {p.party.signatory_id: p.place for p in item.parties if p.signatory is not None}
        for line in nxt.parties:
            pid = line.party.signatory_id
            if pid in places and places[pid] != line.place and line.signatory is not None:
                before, after = (places[pid], len(item.parties)), (line.place, len(nxt.parties))
                facts = {
                    **_facts(item),
                    **_person(line.signatory),
                    "next": nxt.order,
                    "place_ru": words.chair(*before, "ru", "from"),
                    "place_en": words.chair(*before, "en", "from"),
                    "next_place_ru": words.chair(*after, "ru", "to"),
                    "next_place_en": words.chair(*after, "en", "to"),
                }
                out.append(Problem(BACK_TO_BACK, item.order, nxt.agreement.id, pid, facts))
    return out
