"""summarizer.strategies.highs: the HiGHS runner, on handmade concept problems.

Tiny knapsacks with a known optimum (one where the greedy choice is wrong), the exact
reduction of shared concepts, near-duplicate groups, tie-breaks, the work limit (nodes, not
seconds) and a silent stdout. The fallback to the greedy brief lives in ``ilp.py`` and is
tested there and in tests/e2e/test_multidoc_strategies.py.
"""

from __future__ import annotations

import itertools
import json
import subprocess
import sys

import numpy as np
import pytest

from summarizer.strategies.highs import MAX_NODES, Solved, new_solver, reduce_concepts, solve_milp
from summarizer.strategies.ilp import Problem, solve_greedy

from conftest import ROOT


def problem(costs: list[int], capacity: int, concepts: dict[int, list[int]], weights: list[float],
            groups: list[list[int]] | None = None) -> Problem:
    return Problem(candidates=sorted(concepts), costs=costs, capacity=capacity, concepts=concepts,
                   weights=np.array(weights, dtype=float), groups=groups or [])


#: A 0/1 knapsack: sentence 0 is the densest (5 for 3 words) but the two cheaper ones
#: together (3 + 3 for 4 words) are worth more.
KNAPSACK = dict(costs=[3, 2, 2], capacity=4, concepts={0: [0], 1: [1], 2: [2]}, weights=[5, 3, 3])


def random_problem(seed: int, sentences: int = 40, concepts: int = 60) -> Problem:
    """Overlapping concepts, costs of 8-20 words, a 50-word budget: the root LP is not
    integral, so a proof of optimality needs branch-and-bound work."""
    rng = np.random.default_rng(seed)
    carried = {j: sorted(rng.choice(concepts, size=int(rng.integers(3, 7)), replace=False).tolist())
               for j in range(sentences)}
    return Problem(list(range(sentences)), rng.integers(8, 21, size=sentences).tolist(), 50, carried,
                   rng.integers(1, 6, size=concepts).astype(float), [])


def test_knapsack_solved_to_proven_optimality() -> None:
    p = problem(**KNAPSACK)
    solved = solve_milp(p)
    assert solved.chosen == [1, 2] and solved.optimal
    assert solve_greedy(p) == [0]  # the case is not one greedy gets right


def test_a_start_worse_than_the_optimum_does_not_stick() -> None:
    solved = solve_milp(problem(**KNAPSACK), start=[0])
    assert solved.chosen == [1, 2] and solved.optimal


def test_one_sentence_per_near_duplicate_group() -> None:
    solved = solve_milp(problem(**KNAPSACK, groups=[[1, 2]]))
    assert solved.chosen == [0] and solved.optimal


def test_shared_concepts_count_once() -> None:
    """Concept 0 (weight 4) is carried by sentences 0 and 1: choosing both pays it once, so
    the best pair within 4 words is 0 and 2 (4 + 1 + 1 + 2 + 3 = 11), not 0 and 1 (8).
    Sentence 3 is over the budget whatever it carries."""
    p = problem(costs=[2, 2, 2, 9], capacity=4, concepts={0: [0, 1, 3], 1: [0, 1, 2], 2: [2, 4], 3: [5]},
                weights=[4, 1, 2, 1, 3, 7])
    solved = solve_milp(p)
    assert solved.chosen == [0, 2] and solved.optimal
    assert p.value(solved.chosen) == 11


def test_reduce_concepts_merges_carriers_and_folds_single_ones_into_sentences() -> None:
    p = problem(costs=[2, 2, 2], capacity=4, concepts={0: [0, 1, 3], 1: [0, 1, 2], 2: [2, 4]},
                weights=[4, 1, 2, 1, 3])
    own, shared = reduce_concepts(p, [0, 1, 2])
    assert own.tolist() == [1.0, 0.0, 3.0]  # concept 3 only in sentence 0, concept 4 only in 2
    assert shared == {(0, 1): 5.0, (1, 2): 2.0}  # concepts 0 and 1 share carriers: one column


def test_reduce_concepts_uses_positions_among_the_given_sentences() -> None:
    p = problem(costs=[2, 2, 2], capacity=4, concepts={0: [0], 1: [1], 2: [0, 1]}, weights=[2, 3])
    own, shared = reduce_concepts(p, [1, 2])
    assert own.tolist() == [0.0, 2.0] and shared == {(0, 1): 3.0}


@pytest.mark.parametrize("bonus, expected", [({1: 0.01}, [1]), ({0: 0.01}, [0])])
def test_bonus_breaks_a_tie(bonus: dict[int, float], expected: list[int]) -> None:
    p = problem(costs=[2, 2], capacity=2, concepts={0: [0], 1: [0]}, weights=[1])
    assert solve_milp(p, bonus=bonus).chosen == expected


def test_nothing_to_choose_is_an_optimal_empty_brief() -> None:
    assert solve_milp(problem(costs=[], capacity=5, concepts={}, weights=[])) == Solved([], True)
    too_long = problem(costs=[9], capacity=5, concepts={0: [0]}, weights=[1])
    no_concepts = problem(costs=[2], capacity=5, concepts={0: []}, weights=[1])
    assert solve_milp(too_long) == Solved([], True)
    assert solve_milp(no_concepts) == Solved([], True)


# --- work limits and status --------------------------------------------------------------


def test_the_random_problems_need_branch_and_bound() -> None:
    solved = [solve_milp(random_problem(seed)) for seed in range(3)]
    assert all(s.optimal for s in solved)
    assert all(s.iterations > 0 for s in solved) and any(s.nodes > 0 for s in solved)
    assert all(s.nodes <= MAX_NODES for s in solved)


def test_no_nodes_and_no_start_gives_no_solution() -> None:
    stopped = solve_milp(random_problem(0), max_nodes=0)
    assert stopped == Solved(None, False, 0, 0)


@pytest.mark.parametrize("seed", range(3))
def test_no_nodes_with_a_start_gives_an_unproven_incumbent_at_least_as_good(seed: int) -> None:
    p = random_problem(seed)
    greedy = solve_greedy(p)
    stopped = solve_milp(p, start=greedy, max_nodes=0)
    assert not stopped.optimal and stopped.chosen is not None
    assert sum(p.costs[j] for j in stopped.chosen) <= p.capacity
    assert p.value(stopped.chosen) >= p.value(greedy)
    assert p.value(stopped.chosen) <= p.value(solve_milp(p).chosen)


def test_greedy_is_not_optimal_on_a_random_problem() -> None:
    """Seed 0 proves the solver adds something: 73 against greedy's 70."""
    p = random_problem(0)
    assert p.value(solve_milp(p).chosen) == 73 and p.value(solve_greedy(p)) == 70


def test_same_problem_same_answer_and_same_work() -> None:
    runs = [solve_milp(random_problem(2)) for _ in range(3)]
    assert runs == [runs[0]] * 3


def test_a_tolerance_only_stops_within_its_gap() -> None:
    p = random_problem(2)
    best = p.value(solve_milp(p).chosen)
    loose = solve_milp(p, tolerance=2.0)
    assert loose.optimal and p.value(loose.chosen) >= best - 2.0


# --- a clean stdout ----------------------------------------------------------------------


def test_new_solver_is_silent() -> None:
    status, flag = new_solver().getOptionValue("output_flag")
    assert flag is False


def test_solving_prints_nothing_in_a_fresh_process() -> None:
    """highspy prints its banner on file descriptor 1 when the first solver of a process is
    created: a fresh interpreter is the only place that first creation happens."""
    code = ("import numpy as np\n"
            "from summarizer.strategies.ilp import Problem\n"
            "from summarizer.strategies.highs import solve_milp\n"
            "p = Problem([0, 1, 2], [3, 2, 2], 4, {0: [0], 1: [1], 2: [2]}, np.array([5., 3., 3.]), [])\n"
            "s = solve_milp(p)\n"
            "import json; print(json.dumps([s.chosen, s.optimal]))\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == [json.dumps([[1, 2], True])]
    assert "HiGHS" not in done.stderr


# --- the budget kept for names (``Reserves``) ---------------------------------------------


def named_problem(seed: int) -> Problem:
    """A random problem whose sentences name people by surname alone (at a cost of 0-2
    words) or introduce them: what ``NameNeeds`` records for a corpus."""
    from summarizer.trust.introductions import NameNeeds

    rng = np.random.default_rng(seed)
    p = random_problem(seed, sentences=12, concepts=20)
    p.capacity = 45
    people = ["Lauten", "Bruning", "Ramos"]
    names = NameNeeds()
    for j in p.candidates:
        person = people[int(rng.integers(len(people)))]
        if rng.random() < 0.6:
            names.needs[j] = {person: int(rng.integers(0, 3))}
        elif rng.random() < 0.5:
            names.introduces[j] = frozenset({person})
    p.names = names
    return p


def best_fitting_value(p: Problem) -> float:
    """Brute force: the best concept value of a brief that fits with its names' budget."""
    return max(p.value(list(subset)) for size in range(len(p.candidates) + 1)
               for subset in itertools.combinations(p.candidates, size) if p.fits(list(subset)))


@pytest.mark.parametrize("seed", range(8))
def test_a_brief_keeps_room_for_the_names_it_leaves_unintroduced(seed: int) -> None:
    p = named_problem(seed)
    solved = solve_milp(p, start=solve_greedy(p))
    assert solved.optimal and p.fits(solved.chosen)
    assert p.value(solved.chosen) == pytest.approx(best_fitting_value(p))
    assert p.fits(solve_greedy(p))


def test_the_random_named_problems_need_the_room() -> None:
    """Without the names' budget the best brief would not fit in most of them."""
    from dataclasses import replace

    unfit = [not p.fits(solve_milp(replace(p, names=None)).chosen) for p in map(named_problem, range(8))]
    assert sum(unfit) >= 4


def test_introducing_the_person_frees_the_room_kept_for_the_name() -> None:
    from summarizer.trust.introductions import NameNeeds

    # 0 names Lauten alone (a word to add), 1 introduces her, 2 is dear and valuable
    p = problem(costs=[4, 5, 6], capacity=10, concepts={0: [0], 1: [1], 2: [2]}, weights=[3, 2, 4])
    p.names = NameNeeds(needs={0: {"Lauten": 1}}, introduces={1: frozenset({"Lauten"})})
    assert solve_milp(p).chosen == [0, 1]  # 0 + 2 would need 11 words with her first name
    p.capacity = 11
    assert solve_milp(p).chosen == [0, 2]
