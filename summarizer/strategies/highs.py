"""The concept ILP's solver: HiGHS (``highspy``) bounded by work, never by wall-clock time.

Kept apart from ``ilp.py`` (which builds the problem) so the one place that talks to HiGHS,
its limits and its start-up banner is small.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Mapping

import numpy as np

if TYPE_CHECKING:
    from summarizer.strategies.ilp import Problem


def reduce_concepts(problem: Problem,
                    sentences: list[int]) -> tuple[np.ndarray, dict[tuple[int, ...], float]]:
    """An exact reduction of the ILP: concepts carried by exactly the same sentences act as
    one concept (their weights add up), and a concept only one sentence carries is simply
    part of that sentence's value. Returns (value of each sentence alone, weight of each
    shared concept keyed by the positions of the sentences that carry it)."""
    carriers: dict[int, list[int]] = defaultdict(list)
    for k, j in enumerate(sentences):
        for c in problem.concepts[j]:
            carriers[c].append(k)
    own = np.zeros(len(sentences))
    shared: dict[tuple[int, ...], float] = defaultdict(float)
    for c, positions in carriers.items():
        if len(positions) == 1:
            own[positions[0]] += problem.weights[c]
        else:
            shared[tuple(positions)] += float(problem.weights[c])
    return own, dict(shared)


#: Work limits for HiGHS: they count branch-and-bound nodes and simplex iterations, not
#: seconds, so a brief never depends on the machine's load. Generous: every DUC 2004
#: cluster solves to proven optimality with a small fraction of them (tests/e2e/test_determinism.py
#: checks it and prints the largest counts); past them the better of the solver's incumbent and the
#: greedy brief is used (deterministic too: the limits and HiGHS's serial search are).
MAX_NODES = 5_000
MAX_SIMPLEX_ITERATIONS = 1_000_000


@dataclass
class Solved:
    """What HiGHS returned: the chosen ids (None without a solution), whether they are
    proven optimal, and the work it took (nodes, simplex iterations)."""

    chosen: list[int] | None
    optimal: bool
    nodes: int = 0
    iterations: int = 0


def new_solver() -> Any:
    """A silent ``highspy.Highs``. highspy 1.16 prints a banner to file descriptor 1 when
    the first solver is created, before ``output_flag`` can be set: it is captured."""
    from summarizer.quiet import captured_output

    with captured_output("HiGHS"):
        import highspy

        solver = highspy.Highs()
    solver.setOptionValue("output_flag", False)
    return solver


def solve_milp(problem: Problem, bonus: Mapping[int, float] | None = None,
               start: list[int] | None = None, tolerance: float = 0.0, *,
               max_nodes: int = MAX_NODES, time_limit: float | None = None) -> Solved:
    """Solve the ILP with HiGHS within ``max_nodes`` (and ``MAX_SIMPLEX_ITERATIONS``).

    ``bonus`` adds a small reward per chosen sentence (sentence id -> reward), kept by the
    caller below any difference in concept weight: a tie-break. ``start`` (a feasible brief,
    e.g. the greedy one) is given to the solver as its first incumbent, which lets branch and
    bound prune from the start (about halves the solve time on DUC clusters). ``tolerance``
    is the absolute optimality gap the solver may stop at (0: its default relative gap).
    ``problem.names`` adds a continuous column per surname that some sentence names alone
    at a cost: the budget the brief keeps for the full name (``Reserves``).
    ``time_limit`` (seconds, None: none) is an opt-in wall-clock cap; with it the result may
    depend on the machine's load.
    """
    import highspy

    sentences = [j for j in problem.candidates
                 if problem.costs[j] <= problem.capacity and problem.concepts[j]]
    if not sentences:
        return Solved([], True)
    own, shared = reduce_concepts(problem, sentences)
    position = {j: k for k, j in enumerate(sentences)}
    integers = len(sentences) + len(shared)
    reserves = _reserve_rows(problem, sentences, position, integers)
    count = integers + len(reserves.columns)
    solver = new_solver()
    solver.setOptionValue("mip_max_nodes", int(max_nodes))
    solver.setOptionValue("simplex_iteration_limit", MAX_SIMPLEX_ITERATIONS)
    if time_limit is not None:
        solver.setOptionValue("time_limit", float(time_limit))
    solver.setOptionValue("threads", 1)  # serial: deterministic, and keeps the other core free
    solver.setOptionValue("random_seed", 0)
    if tolerance > 0:  # the absolute gap alone decides (a relative one grows with the budget)
        solver.setOptionValue("mip_abs_gap", float(tolerance))
        solver.setOptionValue("mip_rel_gap", 0.0)
    costs_ = np.array([float(problem.costs[j]) for j in sentences])
    rewards = np.array([(bonus or {}).get(j, 0.0) for j in sentences])
    objective = -np.concatenate([own + rewards, np.array(list(shared.values())), np.zeros(count - integers)])
    columns = np.arange(count, dtype=np.int32)
    solver.addVars(count, np.zeros(count), np.concatenate([np.ones(integers), reserves.uppers]))
    solver.changeColsCost(count, columns, objective)
    solver.changeColsIntegrality(integers, columns[:integers], np.full(integers, highspy.HighsVarType.kInteger))
    budget_columns = np.concatenate([columns[:len(sentences)], columns[integers:]])
    solver.addRow(-highspy.kHighsInf, float(problem.capacity), len(budget_columns), budget_columns,
                  np.concatenate([costs_, np.ones(count - integers)]))
    _add_rows(solver, highspy.kHighsInf, *_linking_rows(len(sentences), shared, problem.groups, position))
    _add_rows(solver, highspy.kHighsInf, [0.0] * len(reserves.indices), reserves.indices, reserves.values)
    if start:
        solver.setSolution(_incumbent(start, position, shared, count, problem, reserves))
    solver.run()
    info = solver.getInfo()
    work = {"nodes": int(info.mip_node_count), "iterations": int(info.simplex_iteration_count)}
    values = solver.getSolution().col_value
    if info.primal_solution_status == 0 or len(values) < count:
        return Solved(None, False, **work)
    chosen = [j for k, j in enumerate(sentences) if values[k] > 0.5]
    return Solved(chosen, solver.getModelStatus() == highspy.HighsModelStatus.kOptimal, **work)


def _linking_rows(first_shared: int, shared: dict[tuple[int, ...], float], groups: list[list[int]],
                  position: dict[int, int]) -> tuple[list[float], list[list[int]], list[list[float]]]:
    """The rows after the budget, in order: a shared concept counts only if a carrier is
    chosen (concept - carriers <= 0), one sentence per near-duplicate group (sum <= 1).
    Returns each row's upper bound, column indices and coefficients."""
    uppers, indices, values = [], [], []
    for r, carriers in enumerate(shared):
        uppers.append(0.0)
        indices.append([first_shared + r, *carriers])
        values.append([1.0] + [-1.0] * len(carriers))
    for group in groups:
        index = [position[j] for j in group if j in position]
        if len(index) > 1:
            uppers.append(1.0)
            indices.append(index)
            values.append([1.0] * len(index))
    return uppers, indices, values


@dataclass
class Reserves:
    """The budget kept for names (``ilp`` module docstring): one continuous column per
    surname (``columns``, with its upper bound in ``uppers``: the dearest introduction) and
    the rows ``r * s_j - r * sum_{k introduces} s_k - y <= 0`` (``indices``, ``values``)."""

    columns: list[str]
    uppers: np.ndarray
    indices: list[list[int]]
    values: list[list[float]]


def _reserve_rows(problem: Problem, sentences: list[int], position: dict[int, int], first: int) -> Reserves:
    names = problem.names
    needs = {j: names.needs.get(j, {}) for j in sentences} if names is not None else {}
    surnames = sorted({p for j in sentences for p, extra in needs.get(j, {}).items() if extra > 0})
    column = {p: first + n for n, p in enumerate(surnames)}
    indices, values, uppers = [], [], np.zeros(len(surnames))
    for j in sentences:
        for p, extra in sorted(needs.get(j, {}).items()):
            if extra <= 0:
                continue
            givers = [position[k] for k in sentences if p in names.introduces.get(k, frozenset())]
            indices.append([position[j], *givers, column[p]])
            values.append([float(extra)] + [-float(extra)] * len(givers) + [-1.0])
            uppers[column[p] - first] = max(uppers[column[p] - first], extra)
    return Reserves(surnames, uppers, indices, values)


def _add_rows(solver: Any, infinity: float, uppers: list[float], indices: list[list[int]],
              values: list[list[float]]) -> None:
    """Add the rows (no lower bound) in one call: the same model as one call per row."""
    if not uppers:
        return
    starts = np.cumsum([0] + [len(index) for index in indices[:-1]]).astype(np.int32)
    flat = np.array([i for index in indices for i in index], dtype=np.int32)
    solver.addRows(len(uppers), np.full(len(uppers), -infinity), np.array(uppers), len(flat), starts,
                   flat, np.array([v for row in values for v in row]))


def _incumbent(chosen: list[int], position: dict[int, int], shared: dict[tuple[int, ...], float],
               count: int, problem: Problem, reserves: Reserves):
    """A HiGHS solution vector for a feasible brief (its shared concepts switched on, the
    budget it keeps for each name)."""
    import highspy

    values = np.zeros(count)
    picked = {position[j] for j in chosen if j in position}
    values[list(picked)] = 1.0
    for r, carriers in enumerate(shared):
        if picked.intersection(carriers):
            values[len(position) + r] = 1.0
    first = len(position) + len(shared)
    for n, surname in enumerate(reserves.columns):
        values[first + n] = problem.names.reserve_for(surname, [j for j in chosen if j in position])
    solution = highspy.HighsSolution()
    solution.col_value = list(values)
    return solution
