"""Agreements to be signed, with their parties and witnesses."""

from __future__ import annotations

from collections.abc import Sized

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.model import Agreement, AgreementStatus, Level, NewAgreement, Party
from protocol_app.store.events import get_event, get_side
from protocol_app.store.participants import get_participant
from protocol_app.store.rows import from_row, insert_row, to_row, update_row
from protocol_app.words import said

_COLUMNS = ("parties", "witness_ids")


def check_agreement(agr: NewAgreement, parties: Sized | None = None) -> None:
    """Raise ``UserError`` for the first rule ``agr`` breaks by itself (the store not asked): the rules the
    form, the imports and the store share. One person signing for two parties is not refused: the signing
    order lists it as a problem (``same_signatory``). ``parties``: its parties when they are planned apart
    (an import's, whose organisations may not be stored yet), else ``agr.parties``."""
    if not agr.title.strip():
        raise UserError(said("no_title"), column="title")
    if not agr.languages.strip(", "):
        raise UserError(said("no_languages"), column="languages")
    if not len(agr.parties if parties is None else parties):
        raise UserError(said("no_party"), column="parties")


def validate_agreement(db: Database, agr: NewAgreement) -> None:
    """Raise ``UserError`` for the first thing wrong with ``agr`` (and its parties): ``check_agreement``,
    then what the store says (the event, sides, signatories and witnesses of this event)."""
    get_event(db, agr.event_id)
    check_agreement(agr)
    if agr.level not in {lv.value for lv in Level}:
        raise UserError(said("bad_level", value=agr.level), column="level")
    if agr.status not in {s.value for s in AgreementStatus}:
        raise UserError(said("bad_status", value=agr.status), column="status")
    if agr.originals < 1:
        raise UserError(said("originals_min"), column="originals")
    if agr.duration_min is not None and agr.duration_min < 1:
        raise UserError(said("signing_minute"), column="duration_min")
    for number, party in enumerate(agr.parties, 1):
        side = get_side(db, party.side_id)
        if side.event_id != agr.event_id:
            raise UserError(said("party_side_other_event", number=number, side=side.name), column="side")
        if party.signatory_id is not None:
            signatory = get_participant(db, party.signatory_id)
            if signatory.event_id != agr.event_id:
                raise UserError(said("party_signatory_absent", number=number), column="signatory")
    for pid in agr.witness_ids:
        if get_participant(db, pid).event_id != agr.event_id:
            raise UserError(said("witness_absent_event"), column="witnesses")


def add_agreement(db: Database, agr: NewAgreement) -> int:
    """Store an agreement with its parties and witnesses, in one transaction."""
    validate_agreement(db, agr)
    with db.atomic():
        if not agr.programme_order:
            agr.programme_order = db.execute(
                "SELECT COALESCE(MAX(programme_order), 0) + 1 FROM agreements WHERE event_id = ?",
                [agr.event_id],
            ).fetchone()[0]
        agreement_id = insert_row(db, "agreements", to_row(agr, exclude=_COLUMNS))
        _write_links(db, agreement_id, agr)
        return agreement_id


def update_agreement(db: Database, agr: Agreement, *, keep_powers: bool = True) -> None:
    """Save an agreement, replacing its parties and witnesses.

    A party given without a power of attorney keeps the one stored for the same organisation and signatory
    (a list or a form that does not show it must not lose it); ``set_power_of_attorney`` changes or forgets
    it, and so does a form that shows the powers (``keep_powers=False``: an emptied field forgets it).
    """
    stored = get_agreement(db, agr.id)
    validate_agreement(db, agr)
    powers = {(p.organisation_id, p.signatory_id): p.power_of_attorney for p in stored.parties}
    for party in agr.parties:
        if keep_powers and not party.power_of_attorney:
            party.power_of_attorney = powers.get((party.organisation_id, party.signatory_id), "")
    with db.atomic():
        update_row(db, "agreements", agr.id, to_row(agr, exclude=(*_COLUMNS, "id")))
        db.table("agreement_parties").delete_where("agreement_id = ?", [agr.id])
        db.table("agreement_witnesses").delete_where("agreement_id = ?", [agr.id])
        _write_links(db, agr.id, agr)


def _write_links(db: Database, agreement_id: int, agr: NewAgreement) -> None:
    for position, party in enumerate(agr.parties, 1):
        row = to_row(party)
        row.update(agreement_id=agreement_id, position=position)
        insert_row(db, "agreement_parties", row)
    db.table("agreement_witnesses").insert_all(
        {"agreement_id": agreement_id, "participant_id": pid, "position": i}
        for i, pid in enumerate(agr.witness_ids)
    )


def get_agreement(db: Database, agreement_id: int) -> Agreement:
    rows = list(db.table("agreements").rows_where("id = ?", [agreement_id]))
    if not rows:
        raise NotFound(said("no_such", what=said("of_agreement"), id=agreement_id))
    return _load_links(db, [from_row(Agreement, rows[0])])[0]


def list_agreements(db: Database, event_id: int) -> list[Agreement]:
    """The agreements of an event in programme order, with parties and witnesses."""
    rows = db.table("agreements").rows_where("event_id = ?", [event_id], order_by="programme_order, id")
    return _load_links(db, [from_row(Agreement, r) for r in rows])


def _load_links(db: Database, agreements: list[Agreement]) -> list[Agreement]:
    by_id = {a.id: a for a in agreements}
    if not by_id:
        return agreements
    marks = ",".join("?" * len(by_id))
    ids = list(by_id)
    for row in db.query(
        f"SELECT * FROM agreement_parties WHERE agreement_id IN ({marks}) ORDER BY agreement_id, position",
        ids,
    ):
        by_id[row["agreement_id"]].parties.append(from_row(Party, row))
    for row in db.query(
        f"SELECT * FROM agreement_witnesses WHERE agreement_id IN ({marks}) ORDER BY agreement_id, position",
        ids,
    ):
        by_id[row["agreement_id"]].witness_ids.append(row["participant_id"])
    return agreements


def delete_agreement(db: Database, agreement_id: int) -> None:
    get_agreement(db, agreement_id)
    with db.atomic():
        db.table("agreements").delete(agreement_id)


def set_order(db: Database, event_id: int, agreement_ids: list[int]) -> None:
    """Fix the signing order by hand: the listed agreements get order 1, 2, ...; the others return to the rule.

    One transaction; an id that is not an agreement of the event, or one given twice, changes nothing.
    """
    get_event(db, event_id)
    known = {
        row[0] for row in db.execute("SELECT id FROM agreements WHERE event_id = ?", [event_id]).fetchall()
    }
    seen: set[int] = set()
    for agreement_id in agreement_ids:
        if agreement_id not in known:
            raise UserError(said("agreement_not_of_event", id=agreement_id), column="order")
        if agreement_id in seen:
            raise UserError(said("agreement_twice", id=agreement_id), column="order")
        seen.add(agreement_id)
    with db.atomic():
        db.execute("UPDATE agreements SET order_no = NULL WHERE event_id = ?", [event_id])
        db.conn.executemany(
            "UPDATE agreements SET order_no = ? WHERE id = ?",
            [(number, agreement_id) for number, agreement_id in enumerate(agreement_ids, 1)],
        )


def clear_order(db: Database, event_id: int) -> None:
    """Forget every order set by hand: the event's agreements follow the rule again."""
    get_event(db, event_id)
    with db.atomic():
        db.execute("UPDATE agreements SET order_no = NULL WHERE event_id = ?", [event_id])


def set_status(db: Database, agreement_ids: list[int], status: str) -> None:
    """Set the status (draft, agreed, ready, signed) of one or more agreements, in one transaction."""
    if status not in {s.value for s in AgreementStatus}:
        raise UserError(said("bad_status", value=status), column="status")
    for agreement_id in agreement_ids:
        get_agreement(db, agreement_id)
    with db.atomic():
        db.conn.executemany(
            "UPDATE agreements SET status = ? WHERE id = ?", [(status, i) for i in agreement_ids]
        )


def order_numbers(db: Database, event_id: int) -> dict[int, int | None]:
    """Each agreement's order set by hand (None: by the rule), by id: what an undo of an order change keeps."""
    rows = db.execute("SELECT id, order_no FROM agreements WHERE event_id = ?", [event_id]).fetchall()
    return {row[0]: row[1] for row in rows}


def restore_order_numbers(db: Database, event_id: int, numbers: dict[int, int | None]) -> None:
    """Put back the orders of ``order_numbers`` (the undo of ``set_order`` / ``clear_order``), in one
    transaction; an id that is not an agreement of the event changes nothing."""
    known = set(order_numbers(db, event_id))
    stray = sorted(set(numbers) - known)
    if stray:
        raise UserError(said("agreement_not_of_event", id=stray[0]), column="order")
    with db.atomic():
        db.conn.executemany(
            "UPDATE agreements SET order_no = ? WHERE id = ?", [(n, i) for i, n in numbers.items()]
        )


def set_power_of_attorney(db: Database, agreement_id: int, party: int, text: str) -> None:
    """Record (or, with an empty ``text``, forget) the power of attorney under which party ``party`` (from
    1) of an agreement is signed: «доверенность № 12 от 01.07.2023»."""
    agr = get_agreement(db, agreement_id)
    if not 1 <= party <= len(agr.parties):
        raise UserError(said("bad_party_number", count=len(agr.parties), value=party), column="party")
    with db.atomic():
        db.execute(
            "UPDATE agreement_parties SET power_of_attorney = ? WHERE agreement_id = ? AND position = ?",
            [" ".join(text.split()), agreement_id, party],
        )
