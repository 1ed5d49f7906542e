"""Maximal marginal relevance (Carbonell & Goldstein 1998) for generic summaries.

Without a user query, relevance is the similarity to the cluster's centroid (what all the
reports are about). Each step adds the affordable sentence with the best

    lambda * sim(s, centroid) - (1 - lambda) * max_{t in brief} sim(s, t)

so a sentence close to one already chosen pays for the repetition.
"""

from __future__ import annotations

import numpy as np

from summarizer.budget import Budget
from summarizer.candidates import DEFAULT_RULES, CandidateRules, candidate_ids
from summarizer.corpus import Corpus
from summarizer.strategies.base import Strategy, redundant
from summarizer.strategies.budgeted import capacity, costs
from summarizer.strategies.vectors import centroid, sentence_vectors


class MMR(Strategy):
    """Default ``balance=0.7`` (lambda): Carbonell & Goldstein's setting for summaries,
    mostly relevance with a firm penalty for repetition (0.5 drifts to marginal sentences;
    1.0 is plain centroid ranking)."""

    name = "mmr"

    def __init__(self, balance: float = 0.7, vectors: str = "tfidf",
                 rules: CandidateRules = DEFAULT_RULES, model_dir: str | None = None) -> None:
        self.balance = balance
        self.vectors = vectors
        self.rules = rules
        self.model_dir = model_dir

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        pool = candidate_ids(corpus, self.rules)
        if not pool:
            return []
        vectors = sentence_vectors(corpus, self.vectors, self.model_dir)
        relevance = vectors @ centroid(vectors)
        sentence_costs, limit = costs(corpus, budget), capacity(budget)
        chosen: list[int] = []
        closest = np.zeros(len(corpus.sentences))  # max similarity to the brief so far
        remaining = [i for i in pool if sentence_costs[i] <= limit]
        while remaining:
            scores = self.balance * relevance[remaining] - (1 - self.balance) * closest[remaining]
            best = remaining[int(np.argmax(scores))]
            chosen.append(best)
            closest = np.maximum(closest, vectors @ vectors[best])
            limit -= sentence_costs[best]
            remaining = [i for i in remaining if i != best and sentence_costs[i] <= limit
                         and not redundant(corpus, i, [best])]
        return chosen
