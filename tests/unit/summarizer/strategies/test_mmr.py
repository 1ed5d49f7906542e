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
    """2 is the second most relevant sentence and the redundancy rule lets it through, but
    it repeats 0: with the repetition penalty the brief takes 4 instead."""
    vectors = sentence_vectors(corpus)
    relevance = vectors @ centroid(vectors)
    pool = candidate_ids(corpus)
    assert sorted(pool, key=lambda i: -relevance[i])[:3] == [0, 2, 4]
    assert not redundant(corpus, 2, [0])
    assert MMR(balance=1.0).select(corpus, Budget.parse("2s")) == [0, 2]  # relevance only
    assert MMR().select(corpus, Budget.parse("2s")) == [0, 4]


def test_every_step_maximises_the_marginal_relevance(corpus: Corpus) -> None:
    vectors = sentence_vectors(corpus)
    relevance = vectors @ centroid(vectors)
    for balance in (0.5, 0.7, 1.0):
        chosen = MMR(balance=balance).select(corpus, Budget.parse("100w"))
        assert sorted(chosen) == sorted(candidate_ids(corpus))  # everything fits
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
