"""The rank table: positions and their precedence levels, editable by the user."""

from __future__ import annotations

from sqlite_utils import Database

from protocol_app.errors import NotFound, UserError
from protocol_app.model import Rank
from protocol_app.store.rows import from_row, insert_row, to_row, update_row


def list_ranks(db: Database) -> list[Rank]:
    """The rank table, the highest level first."""
    return [from_row(Rank, r) for r in db.table("ranks").rows_where(order_by="level, position")]


def set_rank(db: Database, rank: Rank) -> int:
    """Add a position to the rank table, or change the level of one already there."""
    if not rank.position.strip():
        raise UserError("a rank needs a position", column="position")
    if rank.level < 1:
        raise UserError("a rank level is a whole number from 1 (the highest)", column="level")
    with db.atomic():
        existing = db.execute("SELECT id FROM ranks WHERE position = ?", [rank.position]).fetchone()
        if existing:
            update_row(db, "ranks", existing[0], to_row(rank, exclude=("id",)))
            return int(existing[0])
        return insert_row(db, "ranks", to_row(rank))


def delete_rank(db: Database, rank_id: int) -> None:
    if not db.execute("SELECT 1 FROM ranks WHERE id = ?", [rank_id]).fetchone():
        raise NotFound(f"no rank with id {rank_id}")
    with db.atomic():
        db.table("ranks").delete(rank_id)
