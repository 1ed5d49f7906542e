"""Sentence vectors the multi-document strategies share: tf-idf over the reports, or a
sentence encoder's embeddings (``summarizer.generation.embeddings``).

IDF is computed over the *sentences* of the reports being summarized, not over a background
corpus: nothing is downloaded, and with 10 reports on one event the event's own words
appear in every report (document-level idf would zero them), while they appear in only a
fraction of the sentences (sentence-level idf keeps them informative).
"""

from __future__ import annotations

import math
from collections import Counter
from typing import Sequence

import numpy as np
from scipy import sparse

from summarizer.corpus import Corpus, Sentence
from summarizer.text import is_stop_word

#: Which vectors a strategy compares sentences with.
KINDS = ("tfidf", "embedding")


def content_terms(sentence: Sentence) -> list[str]:
    """Stems of the content words, with repeats (term frequency counts them)."""
    return [s for w, s in zip(sentence.words, sentence.stems) if not is_stop_word(w) and s]


def tfidf_matrix(corpus: Corpus) -> sparse.csr_matrix:
    """Rows: L2-normalised tf-idf vectors of every corpus sentence (sentence-level idf)."""
    counts = [Counter(content_terms(s)) for s in corpus.sentences]
    vocabulary: dict[str, int] = {}
    for count in counts:
        for term in count:
            vocabulary.setdefault(term, len(vocabulary))
    n = max(len(counts), 1)
    frequency = Counter(term for count in counts for term in count)
    idf = {term: math.log(n / f) + 1.0 for term, f in frequency.items()}
    rows, cols, values = [], [], []
    for row, count in enumerate(counts):
        for term, tf in count.items():
            rows.append(row)
            cols.append(vocabulary[term])
            values.append(tf * idf[term])
    matrix = sparse.csr_matrix((values, (rows, cols)), shape=(len(counts), max(len(vocabulary), 1)))
    return normalize_rows(matrix)


def normalize_rows(matrix):
    """L2-normalise each row (dense or sparse); zero rows stay zero."""
    if sparse.issparse(matrix):
        norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
        norms[norms == 0] = 1.0
        return sparse.csr_matrix(sparse.diags(1.0 / norms) @ matrix)
    norms = np.linalg.norm(matrix, axis=1, keepdims=True)
    norms[norms == 0] = 1.0
    return matrix / norms


def sentence_vectors(corpus: Corpus, kind: str = "tfidf", model_dir: str | None = None) -> np.ndarray:
    """Dense, L2-normalised vectors of every corpus sentence, one row each."""
    if kind == "tfidf":
        return tfidf_matrix(corpus).toarray()
    if kind == "embedding":
        from summarizer.generation.embeddings import embed

        return embed([s.text for s in corpus.sentences], model_dir=model_dir).astype(np.float64)
    raise ValueError(f"unknown vector kind {kind!r}; choose one of {KINDS}")


def similarity_matrix(vectors: np.ndarray) -> np.ndarray:
    """Cosine similarities of all sentence pairs, negatives clipped to 0 (coverage
    functions need non-negative similarities to stay monotone submodular)."""
    return np.clip(vectors @ vectors.T, 0.0, None)


def centroid(vectors: np.ndarray, rows: Sequence[int] | None = None, top_terms: int | None = None) -> np.ndarray:
    """The normalised mean of the rows; with ``top_terms``, only its largest components
    are kept (MEAD's centroid keeps the words that characterise the cluster)."""
    chosen = vectors if rows is None else vectors[list(rows)]
    mean = chosen.mean(axis=0) if len(chosen) else np.zeros(vectors.shape[1])
    if top_terms is not None and top_terms < mean.size:
        cut = np.partition(mean, -top_terms)[-top_terms]
        mean = np.where(mean >= cut, mean, 0.0)
    norm = np.linalg.norm(mean)
    return mean / norm if norm else mean
