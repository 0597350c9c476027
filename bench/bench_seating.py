"""Banquet seating: our solver against an exact CP-SAT model, and the time for 100, 500 and 1,000 guests.

Each banquet has a host delegation and seven guest delegations of equal size (docs/PROTOCOL.md 4a), 10
seats per round table, men and women, 4% of the guests in couples (a spouse takes the partner's rank and
is not seated beside him or her) and 10% in together / apart wishes; some guests speak only English and
have no interpreter. For every size the script prints the time, the solver's score, the tables with a
host-side table host at seat 1, the neighbour pairs from one delegation, and the errors the validator
finds in the final plan. On the small sizes (``--cp-sizes``) it prints beside it the score of a CP-SAT
model of the same problem (the first pass: who sits where by rank and delegation), its best bound and
whether it proved the optimum (``pip install .[bench]``).

    python bench/bench_seating.py [--sizes 100,500,1000] [--cp-sizes 16,24,32] [--cp-limit 60] [--seed 1]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout without installing

from sample_names import SURNAMES  # bench/ is the script's folder

from protocol_app.model import NewEvent, NewParticipant, NewPerson, NewSeatingConstraint, NewSide
from protocol_app.seating.assign import Options, build_problem, seat_plan
from protocol_app.seating.context import load_context
from protocol_app.seating.geometry import neighbours
from protocol_app.seating.solver import GENDER, Problem, evaluate, solve
from protocol_app.seating.validate import ERROR, validate
from protocol_app.store import directory, events, open_store, participants
from protocol_app.store.seating import add_constraint


def build_event(db, guests: int, seed: int, delegations: int = 8) -> int:
    """An event of ``guests`` people in ``delegations`` sides (the first the host's), with couples and
    wishes; everyone has a gender."""
    rng = random.Random(seed)
    event_id = events.create_event(db, NewEvent(title=f"Banquet {guests}", date="2024-07-10"))
    sides = [
        events.add_side(
            db, NewSide(event_id=event_id, name="Хозяева" if k == 0 else f"Гости {k}", host=k == 0)
        )
        for k in range(delegations)
    ]
    ids: list[int] = []
    side_of: list[int] = []
    counters = [0] * delegations
    for i in range(guests):
        side = i % delegations
        counters[side] += 1
        language = "en" if side > 0 and rng.random() < 0.15 else "ru"
        person = directory.add_person(
            db,
            NewPerson(surname=f"{SURNAMES[i % len(SURNAMES)]}{i}", given_name="Иван", language=language,
                   gender=rng.choice("mf")),
        )  # fmt: skip
        ids.append(
            participants.add_participant(
                db,
                NewParticipant(
                    event_id=event_id, person_id=person, side_id=sides[side], precedence=counters[side]
                ),
            )
        )
        side_of.append(side)
    couples = rng.sample(range(delegations * 2, guests - delegations), guests // 50)
    for i in couples:  # a spouse of the same delegation, just below the partner in its list
        j = i + delegations
        for me, partner in ((i, j), (j, i)):
            part = participants.get_participant(db, ids[me])
            part.partner_id = ids[partner]
            participants.update_participant(db, part)
    taken = {ids[i] for i in couples} | {ids[i + delegations] for i in couples}
    pool = [a for a in ids[delegations:] if a not in taken]
    chosen = rng.sample(pool, min(len(pool), max(4, guests // 10)) // 2 * 2)
    half = len(chosen) // 2 // 2 * 2
    for kind, group in (("together", chosen[:half]), ("apart", chosen[half:])):
        for a, b in zip(group[::2], group[1::2], strict=True):
            add_constraint(db, NewSeatingConstraint(event_id, kind, a, b))
    return event_id


def figures(ctx, plan) -> tuple[int, int, int, int]:
    """(tables hosted by the host side at seat 1, tables, neighbour pairs from one delegation, pairs)."""
    tables = [t for t in plan.tables if any(s.attendee_id for s in t.seats)]
    hosted = sum(
        1
        for t in tables
        if any(s.offset == 0 and s.attendee_id and ctx.side(s.attendee_id) == "host" for s in t.seats)
    )
    same = total = 0
    by_id = {s.id: s for s in plan.seats()}
    for sid, near in neighbours(plan).items():
        a = by_id[sid].attendee_id
        for other in near:
            b = by_id[other].attendee_id
            if other > sid and a and b and by_id[sid].kind == by_id[other].kind == "seat":
                total += 1
                same += ctx.side_id(a) == ctx.side_id(b)
    return hosted, len(tables), same, total


def cp_sat(
    problem: Problem, limit: float, hint: dict[str, int] | None = None
) -> tuple[float, float, str, float]:
    """Score and best bound of an exact CP-SAT model of ``problem`` (same objective, wishes as constraints);
    ``hint`` (seat -> attendee) starts the search from a given plan. The last figure is the score our
    solver's own measure gives CP-SAT's plan (the two objectives must agree)."""
    from ortools.sat.python import cp_model

    scale = 2 / problem.rank_weight  # integer costs: 2 points per rank of difference
    model = cp_model.CpModel()
    people = list(problem.people)
    seats = list(problem.seats)
    x = {(p, s): model.new_bool_var(f"x{p}_{s}") for p in people for s in seats}
    for p in people:
        model.add_exactly_one(x[p, s] for s in seats)
    for s in seats:
        model.add_at_most_one(x[p, s] for p in people)
    fixed = problem.fixed

    def occupant_sum(seat: str, who) -> list:
        if seat in fixed:
            return [1] if who(fixed[seat]) else []
        return [x[p, seat] for p in people if who(p)]

    cost = [
        round(scale * problem.rank_weight * abs(problem.person_rank[p] - problem.seat_rank[s])) * x[p, s]
        for p in people
        for s in seats
    ]
    pairs = {tuple(sorted((a, b))) for a in problem.adjacency for b in problem.adjacency[a]}
    sides = set(problem.side.values())
    genders = {g for g in problem.gender.values() if g} if problem.alternate else set()
    for a, b in pairs:
        if a not in problem.mix_seats or b not in problem.mix_seats:
            continue
        for field, values, weight in ((problem.side, sides, 1.0), (problem.gender, genders, GENDER)):
            for value in values:
                z = model.new_bool_var("")
                ha = occupant_sum(a, lambda q, f=field, v=value: f.get(q) == v)
                hb = occupant_sum(b, lambda q, f=field, v=value: f.get(q) == v)
                model.add(sum(ha) + sum(hb) - 1 <= z)
                cost.append(round(scale * weight) * z)
    seat_of_fixed = {aid: seat for seat, aid in fixed.items()}
    for p, lang in problem.needs_language.items():
        if p not in problem.people and p not in seat_of_fixed:
            continue
        u = model.new_bool_var("")
        for s in seats if p in problem.people else [seat_of_fixed[p]]:
            same = [
                v
                for t in problem.adjacency[s]
                for v in occupant_sum(t, lambda q, lang=lang: problem.language.get(q) == lang)
            ]
            here = x[p, s] if p in problem.people else 1
            for t in problem.adjacency[s]:  # counts only when someone sits beside
                occupied = occupant_sum(t, lambda q: True)
                if occupied:
                    model.add(here + sum(occupied) - 1 - sum(same) <= u)
        cost.append(round(scale) * u)
    for kind, pairs_of in (("together", problem.together), ("apart", problem.apart)):
        for a, b in pairs_of:
            if a not in problem.people:
                a, b = b, a
            if a not in problem.people:
                continue  # both placed by the rules
            if b not in problem.people:  # b fixed: a's seats are those beside b's (together) or not
                near_b = set(problem.adjacency[seat_of_fixed[b]])
                for s in seats:
                    if (s in near_b) != (kind == "together"):
                        model.add(x[a, s] == 0)
                continue
            for s in seats:
                near = [x[b, t] for t in problem.adjacency[s] if t in problem.seats]
                if kind == "together":
                    model.add(x[a, s] <= sum(near))
                else:
                    for v in near:
                        model.add(x[a, s] + v <= 1)
    model.minimize(sum(cost))
    if hint:
        at = {aid: seat for seat, aid in hint.items()}
        for (p, s), var in x.items():
            model.add_hint(var, at.get(p) == s)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = limit
    solver.parameters.num_workers = 2
    status = solver.solve(model)
    name = solver.status_name(status)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return float("nan"), float("nan"), name, float("nan")
    plan = {s: p for (p, s), var in x.items() if solver.value(var)}
    measured = evaluate(problem, plan)[0]
    return solver.objective_value / scale, solver.best_objective_bound / scale, name, measured


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="100,500,1000")
    parser.add_argument("--cp-sizes", default="16,24,32", help="sizes compared with CP-SAT")
    parser.add_argument("--cp-limit", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--hinted", action="store_true", help="also run CP-SAT from our plan (another limit)")
    args = parser.parse_args()
    cp_sizes = [int(v) for v in args.cp_sizes.split(",") if v]
    print(f"{'guests':>6} {'time s':>7} {'cpu s':>6} {'score':>9} {'hosted':>8} {'same-delegation pairs':>22} {'errors':>6}"
          "   reference (CP-SAT, first pass)")  # fmt: skip
    for size in sorted({*cp_sizes, *(int(v) for v in args.sizes.split(",") if v)}):
        db = open_store(memory=True)
        event_id = build_event(db, size, args.seed)
        ctx = load_context(db, event_id)
        options = Options(seats=8 if size in cp_sizes else 10, seed=args.seed, alternate=True)
        started, cpu = time.perf_counter(), time.process_time()
        plan, result = seat_plan(ctx, "banquet", options)
        elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
        errors = [v for v in validate(ctx, plan) if v.severity == ERROR]
        hosted, tables, same, pairs = figures(ctx, plan)
        share = f"{same}/{pairs} ({same / pairs * 100 if pairs else 0:.1f}%)"
        line = (f"{size:>6} {elapsed:>7.2f} {cpu:>6.2f} {result.score:>9.2f} {f'{hosted}/{tables}':>8} {share:>22} "
                f"{len(errors):>6}")  # fmt: skip
        if size in cp_sizes and args.cp_limit > 0:
            _, problem = build_problem(ctx, "banquet", options)
            ours = solve(problem, seed=args.seed).score
            started = time.perf_counter()
            try:
                score, bound, status, measured = cp_sat(problem, args.cp_limit)
            except ImportError:
                print(line + "   (ortools not installed: pip install .[bench])")
                continue
            cp_time = time.perf_counter() - started
            line += (
                f"   ours {ours:.2f}, CP-SAT {status.lower()} {score:.2f} (bound {bound:.2f}; {measured:.2f} by our"
                f" measure) in {cp_time:.1f} s; ours {(ours - score) / score * 100 if score else 0:+.1f}%"
            )
            if args.hinted:
                hinted, _, status, _ = cp_sat(
                    problem, args.cp_limit, solve(problem, seed=args.seed).assignment
                )
                line += f"; CP-SAT started from ours: {status.lower()} {hinted:.2f}"
        if errors:
            line += "   " + "; ".join(v.message for v in errors[:3])
        print(line, flush=True)


if __name__ == "__main__":
    main()
