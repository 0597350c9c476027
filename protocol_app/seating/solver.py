"""Seat assignment as optimisation: a constructive start by precedence, then local search (simulated
annealing over swaps, with a short tabu list, and a final descent); deterministic per seed.

The problem: people of groups (a side's row, all banquet guests ...) go into free seats of their group.
The score (lower is better), stated once in ``_State``: per person, the distance between his rank of
precedence and the rank of honour of his seat (times ``rank_weight``); per pair of neighbours where sides
are to be mixed, a point when both come from one delegation (and, when men and women alternate, a
quarter point when both are of one gender); a point for a guest without an interpreter and no neighbour speaking his language;
``HARD`` for each together / apart wish broken. Fixed seats (locks and places set by the rules) never move but count
for their neighbours.
"""

from __future__ import annotations

import math
import random
from collections.abc import Callable
from dataclasses import dataclass, field

HARD = 1000.0
GENDER = 0.25  # two neighbours of one gender, where men and women alternate: less than one delegation
HOT, COLD = 0.6, 0.01  # temperatures of the search at its start and end


@dataclass
class Problem:
    """Everything the solver needs, in seat ids and attendee ids."""

    seats: dict[str, str]  # free seat id -> group
    seat_rank: dict[str, float]  # rank of honour of a free seat within its group (0 is the best)
    people: dict[int, str]  # attendee to seat -> group
    person_rank: dict[int, float]  # rank of precedence within the group (0 is the most senior)
    adjacency: dict[str, list[str]]  # every seat of the plan -> neighbouring seats
    fixed: dict[str, int] = field(default_factory=dict)  # seat id -> attendee already there
    side: dict[int, str] = field(default_factory=dict)  # attendee -> "host" / "guest"
    mix_seats: set[str] = field(default_factory=set)  # seats where same-side neighbours cost
    language: dict[int, str] = field(default_factory=dict)  # attendee -> language
    needs_language: dict[int, str] = field(default_factory=dict)
    together: list[tuple[int, int]] = field(default_factory=list)
    apart: list[tuple[int, int]] = field(default_factory=list)
    rank_weight: float = 1.0
    gender: dict[int, str] = field(default_factory=dict)  # attendee -> "m" / "f" / ""
    alternate: bool = False  # men and women alternate at the mixed seats


@dataclass
class Result:
    """What the search found: the assignment, its score, wishes still broken, how long it searched."""

    assignment: dict[str, int]  # seat id -> attendee (free seats only; fixed ones are not repeated)
    score: float
    hard_breaches: int
    iterations: int
    stopped: bool = False


Progress = Callable[[float, float], None]  # (fraction done, best score)


class _State:
    """Integer-indexed working copy with local cost evaluation."""

    def __init__(self, problem: Problem) -> None:
        p = problem
        self.seat_ids = list(dict.fromkeys([*p.adjacency, *p.seats, *p.fixed]))
        index = {s: i for i, s in enumerate(self.seat_ids)}
        self.index = index
        n = len(self.seat_ids)
        self.adj = [[index[t] for t in p.adjacency.get(s, []) if t in index] for s in self.seat_ids]
        self.adjset = [set(a) for a in self.adj]
        self.group_of_seat = [p.seats.get(s) for s in self.seat_ids]
        self.seat_rank = [p.seat_rank.get(s, 0.0) for s in self.seat_ids]
        self.mix = [s in p.mix_seats for s in self.seat_ids]
        # each seat's neighbours where the sides are to be mixed, with the weight of ``pair``
        self.mixed_near = [
            [(t, 0.5 * (self.mix[s] + self.mix[t])) for t in near if self.mix[s] or self.mix[t]]
            for s, near in enumerate(self.adj)
        ]
        self.people = list(p.people) + [a for a in p.fixed.values() if a not in p.people]
        self.pidx = {a: i for i, a in enumerate(self.people)}
        m = len(self.people)
        self.movable = [a in p.people for a in self.people]
        self.group = [p.people.get(a) for a in self.people]
        self.rank = [p.person_rank.get(a, 0.0) for a in self.people]
        self.side = [p.side.get(a, "") for a in self.people]
        self.lang = [p.language.get(a, "") for a in self.people]
        self.needs = [p.needs_language.get(a, "") for a in self.people]
        self.gender = [p.gender.get(a, "") for a in self.people]
        self.alternate = p.alternate
        self.any_needs = any(self.needs)
        self.partners: list[list[tuple[int, bool]]] = [[] for _ in range(m)]
        for pairs, together in ((p.together, True), (p.apart, False)):
            for a, b in pairs:
                if a in self.pidx and b in self.pidx:
                    self.partners[self.pidx[a]].append((self.pidx[b], together))
                    self.partners[self.pidx[b]].append((self.pidx[a], together))
        self.at = [-1] * n  # seat -> person
        self.where = [-1] * m  # person -> seat
        for seat, aid in p.fixed.items():
            self.place(self.pidx[aid], index[seat])
        self.rank_weight = p.rank_weight
        self.seats_of_group: dict[str, list[int]] = {}
        for i, g in enumerate(self.group_of_seat):
            if g is not None:
                self.seats_of_group.setdefault(g, []).append(i)
        self.pos_in_group = [0] * n
        for seats in self.seats_of_group.values():
            seats.sort(key=lambda i: self.seat_rank[i])
            for pos, i in enumerate(seats):
                self.pos_in_group[i] = pos
        self.seats_for = [
            self.seats_of_group.get(g or "", []) for g in self.group
        ]  # person -> his group's seats

    def place(self, person: int, seat: int) -> None:
        self.at[seat] = person
        self.where[person] = seat

    # --- the score: stated once, as three kinds of terms ---------------------------------------------------
    def unary(self, q: int, seat: int) -> float:
        """A person's own term at ``seat`` (-1: no seat): his rank against the seat's, or unseated."""
        if seat < 0:
            return HARD if self.movable[q] else 0.0
        return self.rank_weight * abs(self.rank[q] - self.seat_rank[seat]) if self.movable[q] else 0.0

    def pair(self, s: int, t: int, p: int, q: int) -> float:
        """Two neighbours ``p`` at seat ``s`` and ``q`` at seat ``t``, where the sides are to be mixed (at
        either seat): their ``likeness``, weighed by how many of the two seats mix."""
        weight = 0.5 * (self.mix[s] + self.mix[t])
        return weight * self.likeness(p, q) if weight else 0.0

    def likeness(self, p: int, q: int) -> float:
        """A point when ``p`` and ``q`` are of one delegation; a quarter more when men and women alternate and
        they are of one gender."""
        same = 1.0 if self.side[p] == self.side[q] else 0.0
        if self.alternate and self.gender[p] and self.gender[p] == self.gender[q]:
            same += GENDER
        return same

    def wish(self, p: int, q: int, together: bool) -> float:
        """A together / apart wish between p and q, HARD when broken."""
        wp, wq = self.where[p], self.where[q]
        return _wish(wp >= 0 and wq >= 0 and wq in self.adjset[wp], together)

    def language(self, q: int) -> float:
        """A guest without an interpreter with neighbours and none speaking his or her language."""
        need = self.needs[q]
        seat = self.where[q]
        if not need or seat < 0:
            return 0.0
        near = False
        for t in self.adj[seat]:
            o = self.at[t]
            if o >= 0:
                near = True
                if self.lang[o] == need:
                    return 0.0
        return 1.0 if near else 0.0

    def total(self) -> float:
        """The score of the whole plan: every term once."""
        cost = sum(self.unary(q, self.where[q]) for q in range(len(self.people)))
        for s, near in enumerate(self.adj):
            p = self.at[s]
            if p >= 0:
                cost += sum(self.pair(s, t, p, self.at[t]) for t in near if t > s and self.at[t] >= 0)
        for q, partners in enumerate(self.partners):
            cost += sum(self.wish(q, o, together) for o, together in partners if o > q)
        return cost + sum(self.language(q) for q in range(len(self.people)))

    def _terms(self, a: int, b: int) -> float:
        """The terms of the score that a swap of seats a and b can change, each once, added in the order
        ``total`` adds them. The search's hot path, so ``unary`` and ``likeness`` are written out here, with
        the same arithmetic (a test checks every delta against the recomputed total): a pair of neighbours
        where the sides are not mixed adds nothing, so only ``mixed_near`` is visited, and a term that is
        zero is not added."""
        at = self.at
        pa, pb = at[a], at[b]
        cost = 0.0
        movable, rank, seat_rank = self.movable, self.rank, self.seat_rank
        if pa >= 0 and movable[pa]:
            cost += self.rank_weight * abs(rank[pa] - seat_rank[a])
        if pb >= 0 and movable[pb]:
            cost += self.rank_weight * abs(rank[pb] - seat_rank[b])
        side, gender, mixed_near = self.side, self.gender, self.mixed_near
        alternate = self.alternate
        for s, p in ((a, pa), (b, pb)):
            if p < 0:
                continue
            mine, sex = side[p], gender[p] if alternate else ""
            for t, weight in mixed_near[s]:
                if t < s and t in (a, b):
                    continue  # the pair (a, b) is counted once
                o = at[t]
                if o < 0:
                    continue
                if side[o] == mine:
                    cost += weight * (1.0 + GENDER) if sex and gender[o] == sex else weight
                elif sex and gender[o] == sex:
                    cost += weight * GENDER
        partners = self.partners
        if (pa >= 0 and partners[pa]) or (pb >= 0 and partners[pb]):
            people = [q for q in (pa, pb) if q >= 0]
            for q in people:
                for o, together in partners[q]:
                    if o not in people or o > q:
                        cost += self.wish(q, o, together)
        if self.any_needs:  # ``language`` written out, for each one who needs a language, once
            needs, lang, adj = self.needs, self.lang, self.adj
            seen: list[int] = []
            for s in (a, b, *adj[a], *adj[b]):
                q = at[s]
                if q < 0 or not needs[q] or q in seen:
                    continue
                seen.append(q)
                near = False
                for t in adj[s]:
                    o = at[t]
                    if o >= 0:
                        near = True
                        if lang[o] == needs[q]:
                            break
                else:
                    if near:
                        cost += 1.0
        return cost

    def fit(self, q: int, seat: int) -> float:
        """What seating q at ``seat`` would add against the people already seated around it (the
        constructive start; a kept-apart neighbour counts in full, a together partner not yet)."""
        cost = self.unary(q, seat)
        for t in self.adj[seat]:
            o = self.at[t]
            if o >= 0:
                cost += self.pair(seat, t, q, o)
        for other, together in self.partners[q]:
            if not together:
                cost += _wish(self.where[other] in self.adjset[seat], together)
        return cost

    def swap(self, a: int, b: int) -> None:
        """Exchange the occupants of seats a and b (either may be empty)."""
        pa, pb = self.at[a], self.at[b]
        self.at[a], self.at[b] = pb, pa
        if pa >= 0:
            self.where[pa] = b
        if pb >= 0:
            self.where[pb] = a

    def delta(self, a: int, b: int) -> float:
        """Change of the score if the occupants of seats a and b swap: only the terms that can change."""
        change = self.swap_delta(a, b)
        self.swap(a, b)
        return change

    def swap_delta(self, a: int, b: int) -> float:
        """Swap the occupants of seats a and b and return the change of the score (``delta``, done)."""
        before = self._terms(a, b)
        at, where = self.at, self.where  # the swap, written out (the hot path)
        pa, pb = at[a], at[b]
        at[a], at[b] = pb, pa
        if pa >= 0:
            where[pa] = b
        if pb >= 0:
            where[pb] = a
        return self._terms(a, b) - before

    def hard_breaches(self) -> int:
        count = sum(1 for q in range(len(self.people)) if self.movable[q] and self.where[q] < 0)
        for q, partners in enumerate(self.partners):
            count += sum(1 for o, together in partners if o > q and self.wish(q, o, together))
        return count


def _wish(adjacent: bool, together: bool) -> float:
    """The term of a together / apart wish: HARD when the two sit next to each other against the wish, or
    apart against it."""
    return HARD if adjacent != together else 0.0


def solve(
    problem: Problem,
    *,
    seed: int = 0,
    max_iterations: int | None = None,
    runs: int | None = None,
    cancel: Callable[[], bool] | None = None,
    progress: Progress | None = None,
) -> Result:
    """Seat ``problem.people`` into ``problem.seats``: a constructive start by precedence, then local search.

    The search tries one swap of two seats (or a move to an empty seat) at a time, aimed at people whose
    together-wish is broken or near their rank of honour (partners sitting together move as a pair); it
    keeps every swap that does not worsen the score and some that do, fewer and fewer as it cools
    (simulated annealing), and a person just moved is not moved back at once (a short tabu list). Small
    problems are searched up to ``runs`` times from the same start (until three runs end on the same best
    score) and the best plan is kept; a final descent
    tries every nearby swap. Deterministic for a given ``seed``. ``cancel()`` returning True stops it (the
    best plan so far is returned, ``stopped`` set); ``progress(fraction, best_score)`` is called now and then.
    """
    state = _State(problem)
    _start(state, problem)
    start = list(state.at)
    movable = [q for q in range(len(state.people)) if state.movable[q]]
    n = len(movable)
    if max_iterations is None:
        max_iterations = 0 if n < 2 else min(max(20_000, 600 * n), 150_000)
    runs = runs or (6 if n <= 40 else 3 if n <= 300 else 1)
    best, best_at = state.total(), list(start)
    agreeing = 0  # runs that ended on the best score found: three of them, and the search stops
    stopped, done = False, 0
    for run in range(runs):
        _set(state, start)
        report = None
        if progress is not None:
            report = lambda f, b, run=run, known=best: progress((run + f) / runs, min(b, known))  # noqa: E731
        score, at, its, stopped = _anneal(state, movable, random.Random(seed * 7919 + run), max_iterations,
                                          cancel, report)  # fmt: skip
        done += its
        if score < best - 1e-9:
            best, best_at, agreeing = score, at, 1
        elif score <= best + 1e-9:
            agreeing += 1
        if stopped or best <= 1e-9 or agreeing >= 3:
            break
    _set(state, best_at)
    if not stopped and max_iterations:
        _descend(state, cancel)
    if progress is not None:
        progress(1.0, state.total())
    fixed = set(problem.fixed)
    assignment = {
        state.seat_ids[s]: state.people[q]
        for s, q in enumerate(state.at)
        if q >= 0 and state.seat_ids[s] not in fixed
    }
    return Result(assignment, round(state.total(), 6), state.hard_breaches(), done, stopped)


def evaluate(problem: Problem, assignment: dict[str, int]) -> tuple[float, int]:
    """The score and the number of broken wishes of a given assignment (seat -> attendee) of ``problem``."""
    state = _State(problem)
    for seat, aid in assignment.items():
        state.place(state.pidx[aid], state.index[seat])
    return round(state.total(), 6), state.hard_breaches()


def _set(state: _State, at: list[int]) -> None:
    state.at = list(at)
    for seat, q in enumerate(state.at):
        if q >= 0:
            state.where[q] = seat


def _anneal(
    state: _State,
    movable: list[int],
    rng: random.Random,
    iterations: int,
    cancel: Callable[[], bool] | None,
    progress: Progress | None,
) -> tuple[float, list[int], int, bool]:
    """One annealing run from the state as it is; returns (best score, its seats, iterations, stopped)."""
    n = len(movable)
    current = state.total()
    best, best_at = current, list(state.at)
    # person -> the iteration until which he is not moved back; the last slot is read for an empty seat
    # (person -1) and stays 0
    tabu = [0] * (len(state.people) + 1)
    tenure = max(3, min(15, n // 20))
    at = state.at  # seat -> person, changed in place by the swaps
    it = 0
    for it in range(1, iterations + 1):
        if it % 256 == 0:
            if cancel is not None and cancel():
                return best, best_at, it, True
            if progress is not None and it % 8192 == 0:
                progress(it / iterations, best)
        if current <= 1e-9:
            break
        move = _candidate(state, movable, rng)
        if not move:
            continue
        is_tabu = False
        for a, b in move:
            if tabu[at[a]] > it or tabu[at[b]] > it:
                is_tabu = True
        d = 0.0
        for a, b in move:  # a pair of partners moves as one: two swaps, evaluated one after the other
            d += state.swap_delta(a, b)
        if d > 1e-9:
            temperature = HOT * (COLD / HOT) ** (it / iterations)
            if is_tabu or rng.random() >= math.exp(-d / temperature):
                for a, b in reversed(move):
                    state.swap(a, b)
                continue
        for pair in move:
            for seat in pair:
                if at[seat] >= 0:
                    tabu[at[seat]] = it + tenure
        current += d
        if current < best - 1e-9:
            best, best_at = current, list(at)
    return best, best_at, it, False


def _start(state: _State, problem: Problem) -> None:
    """The constructive start by precedence: the free seats of each group in order of honour, each given
    to the most senior unseated person, or, where sides are mixed, to the one of the next few in order who
    fits best beside the neighbours already seated; a together partner goes into a free seat next to his
    or her partner at once."""
    window = 4 if problem.mix_seats else 1
    groups: dict[str, list[int]] = {}
    for q, g in enumerate(state.group):
        if state.movable[q]:
            groups.setdefault(g or "", []).append(q)
    for g, people in groups.items():
        pending = sorted(people, key=lambda q: state.rank[q])
        seats = sorted(
            (s for s in state.seats_of_group.get(g, []) if state.at[s] < 0), key=lambda s: state.seat_rank[s]
        )
        for seat in seats:
            if not pending:
                break
            if state.at[seat] >= 0:
                continue
            q = min(pending[:window], key=lambda c: state.fit(c, seat))
            pending.remove(q)
            state.place(q, seat)
            for other, together in state.partners[q]:
                if together and other in pending:
                    near = [t for t in state.adj[seat] if state.at[t] < 0 and state.group_of_seat[t] == g]
                    if near:
                        best = min(near, key=lambda t: state.fit(other, t))
                        pending.remove(other)
                        state.place(other, best)


def _descend(state: _State, cancel: Callable[[], bool] | None, window: int = 30, passes: int = 8) -> None:
    """Finish with plain descent: try every swap of two seats of a group up to ``window`` places apart in
    order of honour, keep each that lowers the score, until a pass finds none."""
    for _ in range(passes):
        if cancel is not None and cancel():
            return
        improved = False
        for seats in state.seats_of_group.values():
            for i, a in enumerate(seats):
                pa = state.at[a]
                if pa >= 0 and not state.movable[pa]:
                    continue
                for b in seats[i + 1 : i + 1 + window]:
                    pb = state.at[b]
                    if (pa < 0 and pb < 0) or (pb >= 0 and not state.movable[pb]):
                        continue
                    if state.delta(a, b) < -1e-9:
                        state.swap(a, b)
                        pa = state.at[a]
                        improved = True
        if not improved:
            return


def _candidate(state: _State, movable: list[int], rng: random.Random) -> list[tuple[int, int]]:
    """Swaps to try together: one swap of a random person with a seat of his or her group (see
    ``_target``), or, for a person sitting next to a together-partner, moving both into two adjacent seats."""
    q = movable[_below(rng, len(movable))]
    seat = state.where[q]
    if seat < 0:
        return []
    group = state.seats_for[q]
    if len(group) < 2:
        return []
    target = _target(state, q, seat, group, rng)
    there = state.at[target]
    if target == seat or (there >= 0 and not state.movable[there]):
        return []
    partners = state.partners[q]
    if not partners:
        return [(seat, target)]
    partner = next((o for o, together in partners if together and state.where[o] in state.adjset[seat]), -1)
    if partner < 0 or not state.movable[partner] or rng.random() < 0.3:
        return [(seat, target)]
    mate = state.where[partner]
    beside = [t for t in state.adj[target] if state.group_of_seat[t] == state.group[partner] and t != seat]
    if not beside or target == mate:
        return [(seat, target)]
    second = beside[_below(rng, len(beside))]
    if second in (seat, mate) or (state.at[second] >= 0 and not state.movable[state.at[second]]):
        return [(seat, target)]
    return [(seat, target), (mate, second)]


def _target(state: _State, q: int, seat: int, group: list[int], rng: random.Random) -> int:
    """A seat to try for person q: next to a together partner, near the rank of q, or anywhere."""
    for other, together in state.partners[q]:
        where = state.where[other]
        if together and where >= 0 and where not in state.adj[seat] and rng.random() < 0.7:
            near = [t for t in state.adj[where] if state.group_of_seat[t] == state.group[q]]
            if near:
                return near[_below(rng, len(near))]
    if rng.random() < 0.6:
        pos = state.pos_in_group[seat]
        span = 24
        lo, hi = max(0, pos - span), min(len(group) - 1, pos + span)
        return group[lo + _below(rng, hi - lo + 1)]
    return group[_below(rng, len(group))]


def _below(rng: random.Random, n: int) -> int:
    """A random whole number from 0 to n - 1 (n >= 1), drawn from ``rng``'s bits as ``randrange(n)`` draws it,
    without its checks of the arguments (the search draws a few million)."""
    k = n.bit_length()
    r = rng.getrandbits(k)
    while r >= n:
        r = rng.getrandbits(k)
    return r
