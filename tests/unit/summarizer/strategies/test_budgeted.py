"""strategies.budgeted: every budget unit as an additive per-sentence cost and a capacity,
and the greedy loop centroid and MMR grow their briefs with."""

from __future__ import annotations

import pytest

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.strategies.budgeted import capacity, cost, costs, grow_greedily

SENTENCES = [
    "The council approved a new budget for the city library.",  # 0: 10 words, 55 chars
    "The city council approved a new budget for the library.",  # 1: near-duplicate of 0
    "Firefighters rescued a cat from a tall tree.",  # 2: 8 words, 44 chars
    "Schools will stay closed for the rest of the week.",  # 3: 10 words, 50 chars
]


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([Document(id=f"r{k}", path=None, paragraphs=(text,)) for k, text in enumerate(SENTENCES)])


def test_cost_per_unit() -> None:
    text = SENTENCES[2]
    assert cost(Budget.parse("100w"), text) == 8
    assert cost(Budget.parse("5s"), text) == 1
    assert cost(Budget.parse("600c"), text) == len(text) + 1 == 45


def test_capacity_counts_the_last_joining_space_for_characters() -> None:
    assert capacity(Budget.parse("100w")) == 100
    assert capacity(Budget.parse("5s")) == 5
    assert capacity(Budget.parse("600c")) == 601


@pytest.mark.parametrize("spec", ["99c", "100c", "101c", "150c", "151c"])
def test_additive_costs_agree_with_the_budget_for_characters(spec: str) -> None:
    """n sentences fit the capacity exactly when their joined text fits the budget."""
    budget = Budget.parse(spec)
    texts = [SENTENCES[0], SENTENCES[2], SENTENCES[3]]
    for n in range(1, 4):
        assert (sum(cost(budget, t) for t in texts[:n]) <= capacity(budget)) == budget.fits(texts[:n])


def test_costs_are_indexed_by_sentence_id(corpus: Corpus) -> None:
    assert costs(corpus, Budget.parse("100w")) == [10, 10, 8, 10]
    assert costs(corpus, Budget.parse("600c")) == [len(s) + 1 for s in SENTENCES]


def test_grow_greedily_takes_the_best_that_fits_and_drops_near_duplicates(corpus: Corpus) -> None:
    order: list[list[int]] = []

    def first(remaining: list[int]) -> int:
        order.append(list(remaining))
        return remaining[0]

    assert grow_greedily(corpus, [0, 1, 2, 3], Budget.parse("20w"), first) == [0, 2]
    # after 0 (10 words): 1 is its near-duplicate, 2 (8) fits, 3 (10) fits; after 2 nothing does
    assert order == [[0, 1, 2, 3], [2, 3]]


def test_grow_greedily_leaves_out_what_never_fits_and_honours_keep(corpus: Corpus) -> None:
    chosen = grow_greedily(corpus, [0, 1, 2, 3], Budget.parse("9w"), lambda remaining: remaining[0])
    assert chosen == [2]
    keep_odd = grow_greedily(corpus, [0, 1, 2, 3], Budget.parse("100w"), lambda remaining: remaining[-1],
                             keep=lambda candidate, chosen: candidate % 2 == 1)
    assert keep_odd == [3, 1]
    assert grow_greedily(corpus, [], Budget.parse("100w"), lambda remaining: remaining[0]) == []
