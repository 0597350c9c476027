"""The rank table (the rank ladder of PROTOCOL.md section 4a): positions and their levels, editable by the user."""

from __future__ import annotations

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.ladder import FEDERAL, REGIONAL
from protocol_app.model import NewRank, Rank
from protocol_app.names import is_cyrillic
from protocol_app.store.rows import from_row, insert_row, to_row, update_row
from protocol_app.words import said


def list_ranks(db: Database) -> list[Rank]:
    """The rank table, the highest level first."""
    return [from_row(Rank, r) for r in db.table("ranks").rows_where(order_by="level, position")]


def set_rank(db: Database, rank: NewRank) -> int:
    """Add a position to the rank table, or change the row of one already there."""
    if not rank.position.strip():
        raise UserError(said("rank_needs_position"), column="position")
    if rank.level < 1:
        raise UserError(said("bad_rank_level"), column="level")
    if rank.tier not in ("", FEDERAL, REGIONAL):
        raise UserError(said("bad_tier", value=rank.tier), column="tier")
    with db.atomic():
        existing = db.execute("SELECT id FROM ranks WHERE position = ?", [rank.position]).fetchone()
        if existing:
            update_row(db, "ranks", existing[0], to_row(rank, exclude=("id",)))
            return int(existing[0])
        return insert_row(db, "ranks", to_row(rank))


def rank_position(db: Database, position: str, level: int) -> Rank:
    """Give ``position`` (as an officer writes it, Russian or English) the level ``level``: the row already
    named so (in either language, ignoring case) changes its level, else a new row is added. Returns the row."""
    text = " ".join(position.split())
    key = text.casefold()
    for rank in list_ranks(db):
        if key in {rank.position.casefold(), rank.position_en.casefold()}:
            rank.level = level
            set_rank(db, rank)
            return rank
    new = NewRank(position=text, level=level, position_en="" if is_cyrillic(text) else text)
    return Rank.of(new, set_rank(db, new))


def delete_rank(db: Database, rank_id: int) -> None:
    if not db.execute("SELECT 1 FROM ranks WHERE id = ?", [rank_id]).fetchone():
        raise NotFound(said("no_such", what=said("of_rank"), id=rank_id))
    with db.atomic():
        db.table("ranks").delete(rank_id)
