"""Maximal marginal relevance (Carbonell & Goldstein 1998) for generic summaries.

Without a user query, relevance is the similarity to the cluster's centroid (what all the
reports are about). Each step adds the affordable sentence with the best

    lambda * sim(s, centroid) - (1 - lambda) * max_{t in brief} sim(s, t)

so a sentence close to one already chosen pays for the repetition.
"""

from __future__ import annotations

import numpy as np

from summarizer.selection.candidates import DEFAULT_RULES, CandidateRules
from summarizer.strategies.budgeted import GreedyOnVectors, Steps, keep_all
from summarizer.strategies.vectors import centroid


class MMR(GreedyOnVectors):
    """Default ``balance=0.7`` (lambda): Carbonell & Goldstein's setting for summaries,
    mostly relevance with a firm penalty for repetition (0.5 drifts to marginal sentences;
    1.0 is plain centroid ranking)."""

    def __init__(self, balance: float = 0.7, vectors: str = "tfidf",
                 rules: CandidateRules = DEFAULT_RULES, model_dir: str | None = None) -> None:
        self.balance = balance
        self.vectors = vectors
        self.rules = rules
        self.model_dir = model_dir

    def steps(self, vectors: np.ndarray) -> Steps:
        relevance = vectors @ centroid(vectors)
        closest = np.zeros(len(vectors))  # max similarity to the brief so far

        def most_marginal(remaining: list[int]) -> int:
            nonlocal closest
            scores = self.balance * relevance[remaining] - (1 - self.balance) * closest[remaining]
            best = remaining[int(np.argmax(scores))]
            closest = np.maximum(closest, vectors @ vectors[best])
            return best

        return most_marginal, keep_all
