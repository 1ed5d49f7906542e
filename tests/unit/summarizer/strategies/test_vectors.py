"""strategies.vectors: tf-idf rows with sentence-level idf, normalisation, cosine
similarities and the (truncated) centroid."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import sparse

from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.strategies.vectors import (centroid, content_terms, normalize_rows, sentence_vectors,
                                           similarity_matrix, tfidf_matrix)


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([
        Document(id="a", path=None, paragraphs=("The storm hit the coast and the storm flooded the town.",
                                                "Rain fell on the town.")),
        Document(id="b", path=None, paragraphs=("The storm passed.",)),
    ])


def test_content_terms_are_stems_with_repeats_without_stop_words(corpus: Corpus) -> None:
    assert content_terms(corpus.sentences[0]) == ["storm", "hit", "coast", "storm", "flood", "town"]
    assert content_terms(corpus.sentences[2]) == ["storm", "pass"]


def test_tfidf_uses_sentence_level_idf(corpus: Corpus) -> None:
    """Three sentences: "storm" and "town" are in two of them (idf log(3/2) + 1), the other
    words in one (idf log 3 + 1); columns in order of first appearance."""
    common, rare = math.log(3 / 2) + 1, math.log(3) + 1
    raw = np.array([
        # storm,     hit,  coast, flood, town,   rain, fell, pass
        [2 * common, rare, rare, rare, common, 0, 0, 0],
        [0, 0, 0, 0, common, rare, rare, 0],
        [common, 0, 0, 0, 0, 0, 0, rare],
    ])
    expected = raw / np.linalg.norm(raw, axis=1, keepdims=True)
    matrix = tfidf_matrix(corpus)
    assert sparse.issparse(matrix)
    np.testing.assert_allclose(matrix.toarray(), expected)
    np.testing.assert_allclose(sentence_vectors(corpus, "tfidf"), expected)


def test_a_sentence_without_content_words_is_a_zero_row() -> None:
    corpus = Corpus([Document(id="a", path=None, paragraphs=("It was there.", "Floods hit the town."))])
    vectors = sentence_vectors(corpus)
    assert not vectors[0].any()
    assert np.linalg.norm(vectors[1]) == pytest.approx(1.0)


def test_normalize_rows_dense_and_sparse_keep_zero_rows() -> None:
    matrix = np.array([[3.0, 4.0], [0.0, 0.0], [0.0, 2.0]])
    expected = np.array([[0.6, 0.8], [0.0, 0.0], [0.0, 1.0]])
    np.testing.assert_allclose(normalize_rows(matrix), expected)
    np.testing.assert_allclose(normalize_rows(sparse.csr_matrix(matrix)).toarray(), expected)


def test_unknown_vector_kind_is_refused(corpus: Corpus) -> None:
    with pytest.raises(ValueError, match="unknown vector kind 'bag'"):
        sentence_vectors(corpus, "bag")


def test_similarities_are_cosines_with_negatives_clipped() -> None:
    vectors = np.array([[1.0, 0.0], [-1.0, 0.0], [0.6, 0.8]])
    np.testing.assert_allclose(similarity_matrix(vectors),
                               [[1.0, 0.0, 0.6], [0.0, 1.0, 0.0], [0.6, 0.0, 1.0]])


def test_centroid_is_the_normalised_mean_of_the_chosen_rows() -> None:
    vectors = np.array([[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]])
    np.testing.assert_allclose(centroid(vectors), np.full(3, 1 / math.sqrt(3)))
    np.testing.assert_allclose(centroid(vectors, rows=[0, 1]), [1 / math.sqrt(2), 1 / math.sqrt(2), 0.0])
    np.testing.assert_allclose(centroid(vectors, rows=[]), np.zeros(3))


def test_centroid_with_top_terms_keeps_only_the_largest_components() -> None:
    vectors = np.array([[4.0, 2.0, 1.0], [4.0, 2.0, 1.0]])
    np.testing.assert_allclose(centroid(vectors, top_terms=1), [1.0, 0.0, 0.0])
    np.testing.assert_allclose(centroid(vectors, top_terms=2), np.array([4.0, 2.0, 0.0]) / math.sqrt(20))
    np.testing.assert_allclose(centroid(vectors, top_terms=5), np.array([4.0, 2.0, 1.0]) / math.sqrt(21))
