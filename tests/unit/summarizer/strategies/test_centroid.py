"""strategies.centroid: the brief grown so that the sum of its sentence vectors is closest
to the reports' centroid, with a cosine redundancy threshold."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.selection.candidates import candidate_ids
from summarizer.strategies.base import redundant
from summarizer.text import is_near_duplicate
from summarizer.strategies.centroid import Centroid, CentroidEmbedding
from summarizer.strategies.vectors import centroid, sentence_vectors

from corpora import EARTHQUAKE_PARTS, make_corpus


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    """Sentences 0-5 as numbered in tests/corpora.py."""
    return make_corpus(EARTHQUAKE_PARTS)


def test_defaults() -> None:
    assert Centroid().redundancy == 0.5 and Centroid().vectors == "tfidf" and Centroid().top_terms is None
    assert CentroidEmbedding().redundancy == 0.8 and CentroidEmbedding().vectors == "embedding"
    assert Centroid(redundancy=0.3).redundancy == 0.3


def test_the_first_sentence_is_the_one_closest_to_the_centroid(corpus: Corpus) -> None:
    vectors = sentence_vectors(corpus)
    relevance = vectors @ centroid(vectors)
    pool = candidate_ids(corpus)
    assert Centroid().select(corpus, Budget.parse("1s")) == [max(pool, key=lambda i: relevance[i])] == [0]


def test_the_brief_adds_what_is_missing_rather_than_the_next_most_central(corpus: Corpus) -> None:
    """2 alone is closer to the centroid than 4, and not a near-duplicate of 0 (nor over the
    cosine threshold), but 0 + 4 is the brief closest to the centroid (and 2 restates 0's
    fact in other words, which the redundancy rule refuses too)."""
    vectors = sentence_vectors(corpus)
    target = centroid(vectors)
    assert vectors[2] @ target > vectors[4] @ target
    assert not is_near_duplicate(corpus.sentences[0].text, corpus.sentences[2].text)
    assert vectors[0] @ vectors[2] < 0.5 and redundant(corpus, 2, [0])

    def closeness(brief: list[int]) -> float:
        total = vectors[brief].sum(axis=0)
        return float(total @ target / np.linalg.norm(total))

    assert closeness([0, 4]) > closeness([0, 2])
    assert Centroid().select(corpus, Budget.parse("2s")) == [0, 4]
    assert Centroid().select(corpus, Budget.parse("40w")) == [0, 4]


def test_the_redundancy_threshold_keeps_out_similar_sentences(corpus: Corpus) -> None:
    vectors = sentence_vectors(corpus)
    chosen = Centroid(redundancy=0.1).select(corpus, Budget.parse("100w"))
    assert chosen[0] == 0 and 2 not in chosen and 4 not in chosen  # cosines 0.48 and 0.16 with 0
    for n, a in enumerate(chosen):
        for b in chosen[n + 1:]:
            assert vectors[a] @ vectors[b] < 0.1
    assert set(Centroid().select(corpus, Budget.parse("100w"))) == set(candidate_ids(corpus)) - {2}  # 2 restates 0


def test_within_budget_and_empty_input(corpus: Corpus) -> None:
    for spec in ("15w", "30w", "130c", "3s"):
        budget = Budget.parse(spec)
        chosen = Centroid().select(corpus, budget)
        assert chosen and budget.fits([corpus.sentences[i].text for i in chosen])
    assert Centroid().select(Corpus([]), Budget.parse("100w")) == []
