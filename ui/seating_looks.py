"""What each seat of the seating editor shows: the name in the colours of the person's side, and its tooltip
(who, side, position, rank on the side and why, where, lock, breaches)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject

from protocol_app.model import Role
from protocol_app.name_forms import Form, attendee_country, attendee_name, label_lines, surname_line
from protocol_app.seating.context import SeatingContext
from protocol_app.seating.drawing import NEUTRAL
from protocol_app.seating.geometry import BEHIND, Seat
from protocol_app.seating.plans import SeatedPlan
from ui.plan_people import PerPerson
from ui.seating_items import Look, side_colours

SERVING = (Role.INTERPRETER.value, Role.SECRETARY.value)  # their role is written under their name


class SeatLooks(QObject):
    """The looks and words of the seats of one plan, in the interface language."""

    def __init__(self, language: str, word: Callable[[str, str], str]) -> None:
        super().__init__()
        self.language, self.word = language, word
        self.seated: SeatedPlan | None = None
        self.colours: dict[int | None, tuple[str, str]] = {}
        # every seat's look is made again when the plan is shown after a change; its person's names are not
        self._names = PerPerson(self._make_names)

    def set_plan(self, seated: SeatedPlan) -> None:
        """Use ``seated``: its sides get the colours of the printed drawing, the host's first."""
        self.seated = seated
        self.colours = side_colours(self.sides())

    def sides(self) -> list:
        """The sides of the plan's people, the host first."""
        assert self.seated is not None
        found = {a.side.id: a.side for a in self.seated.ctx.attendees.values()}
        return sorted(found.values(), key=lambda s: (not s.host, s.position, s.id))

    def look(self, seat: Seat, breach: str) -> tuple[Look, str]:
        """How ``seat`` looks with whom it holds, and its tooltip; ``breach``: "", "error" or "warning"."""
        assert self.seated is not None
        ctx, lang = self.seated.ctx, self.language
        where = self.where(seat) + (" · " + self.tr("locked") if seat.locked else "")
        aid = seat.attendee_id
        if aid is None or aid not in ctx.attendees:
            return Look((), NEUTRAL[0], NEUTRAL[1], breach), where + "\n" + self.tr("Empty seat")
        att = ctx.attendees[aid]
        words, bold, name = self._name(aid)
        lines = list(words)
        role = ctx.role(aid)
        if seat.kind == BEHIND:  # a dashed chair behind is an interpreter's: the surname says enough
            lines, bold = [lines[bold]], 0
        elif role in SERVING:
            lines.append(self.word("role", role))
        side_name = att.side.name_in(lang)
        position = att.person.position_en if lang == "en" and att.person.position_en else att.person.position
        tip = [name]
        tip += [self.word("role", role)] if role in SERVING else []
        tip += [
            ", ".join(p for p in (position, side_name) if p),
            self.tr("Rank %1 on the side (%2)")
            .replace("%1", str(ctx.precedence(aid)))
            .replace("%2", ctx.standing[aid].reason_text(lang)),
            where,
        ]
        tip += [f"⚠ {v.text(lang)}" for v in self.seated.violations if seat.id in v.seats or aid in v.people]
        stroke, fill = self.colours.get(att.side.id, NEUTRAL)
        return Look(tuple(lines), stroke, fill, breach, bold), "\n".join(tip)

    def _name(self, aid: int) -> tuple[tuple[str, ...], int, str]:
        """The label lines of person ``aid``, which of them is bold, and the name of the tooltip."""
        assert self.seated is not None
        return self._names.get(self.seated.ctx, aid)

    def _make_names(self, ctx: SeatingContext, aid: int) -> tuple[tuple[str, ...], int, str]:
        att, lang = ctx.attendees[aid], self.language
        country = attendee_country(att)
        return (
            tuple(label_lines(att.person, lang, country)),
            surname_line(att.person, lang, country),
            attendee_name(att, lang, Form.LIST),
        )

    def where(self, seat: Seat) -> str:
        """ "Table 3, seat 5", "Seat 2", with ", chair behind" for an interpreter's chair."""
        assert self.seated is not None
        table = self.seated.plan.table(seat.table_id)
        behind = self.tr(", chair behind") if seat.kind == BEHIND else ""
        if table.shape == "round" or (table.label or "").isdigit():
            return (
                self.tr("Table %1, seat %2").replace("%1", table.label).replace("%2", str(seat.number))
                + behind
            )
        return self.tr("Seat %1").replace("%1", str(seat.number or seat.id)) + behind
