"""The banquet solver's score is stated once: each move's change equals the change of the whole score."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from protocol_app.seating.solver import Problem, _State, evaluate, solve


@st.composite
def problems(draw) -> Problem:
    """A random ring of tables with fixed seats, mixed sides, genders, languages and wishes."""
    tables = draw(st.integers(1, 3))
    size = draw(st.integers(3, 6))
    seats = [f"T{t}-{k}" for t in range(tables) for k in range(size)]
    adjacency = {
        f"T{t}-{k}": [f"T{t}-{(k + 1) % size}", f"T{t}-{(k - 1) % size}"]
        for t in range(tables)
        for k in range(size)
    }
    people = list(range(1, draw(st.integers(2, len(seats))) + 1))
    fixed_count = draw(st.integers(0, min(2, len(people) - 1)))
    fixed = {seats[i * size % len(seats)]: people[i] for i in range(fixed_count)}
    movable = [p for p in people if p not in fixed.values()]
    free = [s for s in seats if s not in fixed]
    pairs = st.tuples(st.sampled_from(people), st.sampled_from(people)).filter(lambda ab: ab[0] != ab[1])
    return Problem(
        seats={s: "all" for s in free},
        seat_rank={s: float(i) for i, s in enumerate(free)},
        people={p: "all" for p in movable},
        person_rank={p: float(i) for i, p in enumerate(movable)},
        adjacency=adjacency,
        fixed=fixed,
        side={p: draw(st.sampled_from("abc")) for p in people},
        mix_seats=set(draw(st.lists(st.sampled_from(seats), unique=True))),
        language={p: draw(st.sampled_from(["ru", "en"])) for p in people},
        needs_language={p: "en" for p in draw(st.lists(st.sampled_from(people), max_size=3, unique=True))},
        together=draw(st.lists(pairs, max_size=2)),
        apart=draw(st.lists(pairs, max_size=2)),
        rank_weight=draw(st.sampled_from([1.0, 0.1])),
        gender={p: draw(st.sampled_from(["m", "f", ""])) for p in people},
        alternate=draw(st.booleans()),
    )


@settings(max_examples=150, deadline=None)
@given(problems(), st.data())
def test_every_swap_changes_the_score_by_its_delta(problem, data):
    state = _State(problem)
    free = [state.index[s] for s in problem.seats]
    for q in range(len(state.people)):
        if state.movable[q]:
            state.place(q, free.pop(data.draw(st.integers(0, len(free) - 1))))
    for _ in range(5):
        a = data.draw(st.sampled_from([state.index[s] for s in problem.seats]))
        b = data.draw(st.sampled_from([state.index[s] for s in problem.seats]))
        before = state.total()
        d = state.delta(a, b)
        state.swap(a, b)
        assert abs(state.total() - before - d) < 1e-9


@settings(max_examples=30, deadline=None)
@given(problems())
def test_the_reported_score_is_the_score_of_the_plan(problem):
    result = solve(problem, seed=1, max_iterations=300, runs=1)
    assert evaluate(problem, result.assignment)[0] == result.score
