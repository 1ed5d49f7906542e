"""Centroid summarization (Radev et al. 2004; the summary-level variant of Ghalandari 2017).

The centroid is the mean vector of all the reports' sentences: what the cluster is about.
Rather than ranking sentences one by one by their similarity to it (which picks several
sentences about the single most central fact), the brief is grown greedily so that the
*brief's* vector (the sum of its sentences' vectors) is as close to the centroid as
possible: a sentence that repeats what the brief already says moves the sum less towards
the centroid than one that adds a missing part of it. A redundancy threshold on the
cosine between sentences also keeps out paraphrases.
"""

from __future__ import annotations

from typing import Any

import numpy as np

from summarizer.selection.candidates import DEFAULT_RULES, CandidateRules
from summarizer.strategies.budgeted import GreedyOnVectors, Steps
from summarizer.strategies.vectors import centroid


class Centroid(GreedyOnVectors):
    """Defaults: ``top_terms=None`` (tf-idf: the whole mean vector; MEAD truncates it, but
    sentence-level idf already discounts the words every sentence has) and
    ``redundancy=0.5`` for tf-idf (two sentences sharing half their weighted words say the
    same thing in newswire; MEAD's default is 0.7 on raw word overlap, stricter here because
    the brief holds only ~5 sentences) or 0.8 for embeddings (paraphrases sit above it)."""

    def __init__(self, vectors: str = "tfidf", redundancy: float | None = None,
                 top_terms: int | None = None, rules: CandidateRules = DEFAULT_RULES,
                 model_dir: str | None = None) -> None:
        self.vectors = vectors
        if redundancy is None:
            redundancy = 0.5 if vectors == "tfidf" else 0.8
        self.redundancy = redundancy
        self.top_terms = top_terms
        self.rules = rules
        self.model_dir = model_dir

    def steps(self, vectors: np.ndarray) -> Steps:
        target = centroid(vectors, top_terms=self.top_terms)
        summary = np.zeros(vectors.shape[1])

        def closest_brief(remaining: list[int]) -> int:
            nonlocal summary
            sums = summary[None, :] + vectors[remaining]
            norms = np.linalg.norm(sums, axis=1)
            norms[norms == 0] = 1.0
            best = remaining[int(np.argmax(sums @ target / norms))]
            summary = summary + vectors[best]
            return best

        return closest_brief, lambda i, best: float(vectors[i] @ vectors[best]) < self.redundancy


class CentroidEmbedding(Centroid):
    """The same objective on sentence-encoder vectors (all-MiniLM-L6-v2)."""

    def __init__(self, vectors: str = "embedding", **options: Any) -> None:
        super().__init__(vectors=vectors, **options)
