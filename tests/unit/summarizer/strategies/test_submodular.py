"""strategies.submodular: Lin & Bilmes' coverage + diversity objective, its k-means
partition, and the budgeted greedy with the best-single-sentence check."""

from __future__ import annotations

import math

import numpy as np
import pytest

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.selection.candidates import candidate_ids
from summarizer.strategies.budgeted import capacity, costs
from summarizer.strategies.submodular import Objective, Submodular, SubmodularEmbedding, kmeans_partition
from summarizer.strategies.vectors import sentence_vectors

from corpora import EARTHQUAKE, make_corpus


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus(EARTHQUAKE)


# --- the objective on a similarity matrix worked by hand ----------------------------------

W = np.array([[1.0, 0.5, 0.0], [0.5, 1.0, 0.0], [0.0, 0.0, 1.0]])
LABELS = np.array([0, 0, 1])


def hand_objective() -> Objective:
    """alpha 0.5: caps 0.75, 0.75, 0.5; rewards (column means) 0.5, 0.5, 1/3; lambda 2."""
    return Objective(W, LABELS, alpha=0.5, diversity=2.0)


def test_objective_values_by_hand() -> None:
    objective = hand_objective()
    assert objective.value() == 0.0
    assert objective.of([0]) == pytest.approx(0.75 + 0.5 + 0.0 + 2 * math.sqrt(0.5))
    assert objective.of([0, 1]) == pytest.approx(0.75 + 0.75 + 0.0 + 2 * math.sqrt(1.0))
    assert objective.of([0, 2]) == pytest.approx(0.75 + 0.5 + 0.5 + 2 * (math.sqrt(0.5) + math.sqrt(1 / 3)))
    assert objective.value() == 0.0  # ``of`` leaves the incremental state alone


def test_gains_are_the_increase_of_the_objective() -> None:
    objective = hand_objective()
    np.testing.assert_allclose(objective.gains([0, 1, 2]), [objective.of([i]) for i in range(3)])
    objective.add(0)
    assert objective.value() == pytest.approx(objective.of([0]))
    np.testing.assert_allclose(objective.gains([1, 2]),
                               [objective.of([0, 1]) - objective.of([0]), objective.of([0, 2]) - objective.of([0])])
    # the other cluster is worth more once cluster 0 is drawn from
    assert objective.gains([2])[0] > objective.gains([1])[0]


def test_objective_is_monotone_and_submodular_on_real_sentences(corpus: Corpus) -> None:
    objective = Submodular().objective(corpus)
    n = len(corpus.sentences)
    for small, extra in [((0,), (3, 5)), ((1, 2), (0, 8)), ((), (4, 7, 9))]:
        large = small + extra
        for item in range(n):
            if item in large:
                continue
            gain_small = objective.of([*small, item]) - objective.of(list(small))
            gain_large = objective.of([*large, item]) - objective.of(list(large))
            assert gain_small >= gain_large - 1e-9 and gain_large >= -1e-9


# --- the partition --------------------------------------------------------------------------


def test_kmeans_partition_is_seeded_and_bounded(corpus: Corpus) -> None:
    vectors = sentence_vectors(corpus)
    labels = kmeans_partition(vectors, 3)
    assert labels.shape == (len(vectors),) and set(labels) == {0, 1, 2}
    np.testing.assert_array_equal(kmeans_partition(vectors, 3), labels)
    np.testing.assert_array_equal(kmeans_partition(vectors, 1), np.zeros(len(vectors), dtype=int))
    np.testing.assert_array_equal(kmeans_partition(vectors, 0), np.zeros(len(vectors), dtype=int))
    # more clusters than sentences: one cluster per (distinct) sentence
    assert sorted(kmeans_partition(vectors, 50)) == list(range(len(vectors)))


# --- the strategy ---------------------------------------------------------------------------


def test_defaults() -> None:
    strategy = Submodular()
    assert (strategy.saturation, strategy.diversity, strategy.cluster_ratio, strategy.scale) == (5.0, 6.0, 0.2, 0.3)
    assert strategy.vectors == "tfidf" and SubmodularEmbedding().vectors == "embedding"


def test_one_sentence_states_the_shared_fact(corpus: Corpus) -> None:
    assert Submodular().select(corpus, Budget.parse("1s")) == [0]


@pytest.mark.parametrize("spec", ["20w", "40w", "100w", "2s", "4s", "300c"])
def test_within_budget_and_never_worse_than_the_best_single_sentence(corpus: Corpus, spec: str) -> None:
    budget = Budget.parse(spec)
    strategy = Submodular()
    chosen = strategy.select(corpus, budget)
    assert chosen and budget.fits([corpus.sentences[i].text for i in chosen])
    assert len(set(chosen)) == len(chosen) and set(chosen) <= set(candidate_ids(corpus))
    objective = strategy.objective(corpus)
    affordable = [i for i in candidate_ids(corpus) if budget.fits([corpus.sentences[i].text])]
    assert objective.of(chosen) >= max(objective.of([i]) for i in affordable) - 1e-9


def test_the_best_single_sentence_replaces_a_worse_greedy_brief(corpus: Corpus) -> None:
    """With a steep cost exponent the greedy fills 25 words with two short sentences; the
    fact sentence alone is worth more, so it is the brief."""
    budget = Budget.parse("25w")
    strategy = Submodular(scale=2.0)
    pool = [i for i in candidate_ids(corpus) if costs(corpus, budget)[i] <= capacity(budget)]
    greedy = strategy.greedy(corpus, strategy.objective(corpus), pool, costs(corpus, budget), capacity(budget))
    objective = strategy.objective(corpus)
    assert 0 not in greedy and objective.of([0]) > objective.of(greedy)
    assert strategy.select(corpus, budget) == [0]


def test_empty_input_and_nothing_affordable(corpus: Corpus) -> None:
    assert Submodular().select(Corpus([]), Budget.parse("100w")) == []
    assert Submodular().select(corpus, Budget.parse("3w")) == []


def test_the_same_input_gives_the_same_brief(corpus: Corpus) -> None:
    briefs = {tuple(Submodular().select(corpus, Budget.parse("60w"))) for _ in range(3)}
    assert len(briefs) == 1
