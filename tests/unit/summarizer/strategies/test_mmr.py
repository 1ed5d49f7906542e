"""strategies.mmr: each step takes the sentence with the best
balance * relevance - (1 - balance) * (closest similarity to the brief)."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.selection.candidates import candidate_ids
from summarizer.strategies.base import redundant
from summarizer.strategies.mmr import MMR
from summarizer.strategies.vectors import centroid, sentence_vectors

from corpora import EARTHQUAKE_PARTS, make_corpus


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """Sentences 0-5 as numbered in tests/corpora.py."""
    return make_corpus(EARTHQUAKE_PARTS)


def test_default_balance() -> None:
    assert MMR().balance == 0.7 and MMR().vectors == "tfidf"


def test_a_sentence_close_to_the_chosen_one_is_not_chosen_next(corpus: Corpus) -> None:
    """2 is the second most relevant sentence but repeats 0 in other words: the repetition
    penalty alone passes it over for 4 (relevance alone would take it), and the redundancy
    rule never lets it stand beside 0 (one fact, told once)."""
    vectors = sentence_vectors(corpus)
    relevance = vectors @ centroid(vectors)
    pool = candidate_ids(corpus)
    assert sorted(pool, key=lambda i: -relevance[i])[:3] == [0, 2, 4]
    for balance, second in ((1.0, 2), (0.7, 4)):
        best_of, _ = MMR(balance=balance).steps(vectors)
        assert best_of(pool) == 0 and best_of([i for i in pool if i != 0]) == second
    assert redundant(corpus, 2, [0])
    assert MMR(balance=1.0).select(corpus, Budget.parse("2s")) == [0, 4]
    assert MMR().select(corpus, Budget.parse("2s")) == [0, 4]


def test_every_step_maximises_the_marginal_relevance(corpus: Corpus) -> None:
    vectors = sentence_vectors(corpus)
    relevance = vectors @ centroid(vectors)
    for balance in (0.5, 0.7, 1.0):
        chosen = MMR(balance=balance).select(corpus, Budget.parse("100w"))
        # everything fits; 2 restates 0 (see above), whichever comes first stands
        assert len({0, 2} & set(chosen)) == 1
        assert sorted(set(chosen) | {0, 2}) == sorted(candidate_ids(corpus))
        for step, best in enumerate(chosen):
            brief, rest = chosen[:step], chosen[step:]
            closest = [max((vectors[i] @ vectors[j] for j in brief), default=0.0) for i in rest]
            scores = balance * relevance[rest] - (1 - balance) * np.array(closest)
            assert best == rest[int(np.argmax(scores))]


def test_within_budget_and_empty_input(corpus: Corpus) -> None:
    for spec in ("15w", "30w", "130c", "3s"):
        budget = Budget.parse(spec)
        chosen = MMR().select(corpus, budget)
        assert chosen and budget.fits([corpus.sentences[i].text for i in chosen])
    assert MMR().select(Corpus([]), Budget.parse("100w")) == []
