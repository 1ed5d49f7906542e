"""Coverage plus diversity, maximised greedily (Lin & Bilmes, ACL 2011).

    F(S) = L(S) + lambda * R(S)
    L(S) = sum_{i in V} min( sum_{j in S} w_ij , alpha * sum_{j in V} w_ij )      coverage
    R(S) = sum_k sqrt( sum_{j in S and P_k} r_j ),  r_j = mean_i w_ij              diversity

``w_ij`` is the similarity of sentences i and j; V is every sentence of every report (the
importance of what a brief covers is judged against all of them, including the ones that are
not candidates themselves). Coverage of each sentence saturates at a fraction ``alpha`` of
what the whole cluster gives it, so once a fact is covered another sentence about it gains
little. The diversity term rewards drawing from many clusters P_k of sentences (k-means),
with a square root so the first sentence from a cluster is worth the most.

F is monotone submodular; the budgeted greedy (best gain / cost**r, then compare with the
best single sentence) carries a constant-factor guarantee (Lin & Bilmes 2010).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from summarizer.budget import Budget
from summarizer.selection.candidates import DEFAULT_RULES, CandidateRules, candidate_ids
from summarizer.corpus import Corpus
from summarizer.strategies.base import Strategy, repeating
from summarizer.strategies.budgeted import capacity, costs
from summarizer.strategies.vectors import sentence_vectors, similarity_matrix


def kmeans_partition(vectors: np.ndarray, clusters: int, seed: int = 0) -> np.ndarray:
    """Cluster label of every sentence (k-means++, fixed seed: the same input gives the
    same brief)."""
    from scipy.cluster.vq import kmeans2

    clusters = max(1, min(clusters, len(vectors)))
    if clusters == 1:
        return np.zeros(len(vectors), dtype=int)
    with np.errstate(all="ignore"):
        _, labels = kmeans2(vectors, clusters, minit="++", seed=seed)
    return labels


class Objective:
    """F(S) with incremental state, so each greedy step costs one pass over the pool."""

    def __init__(self, similarity: np.ndarray, labels: np.ndarray, alpha: float, diversity: float) -> None:
        self.w = similarity
        self.cap = alpha * similarity.sum(axis=1)  # saturation of each sentence's coverage
        self.reward = similarity.mean(axis=0)  # r_j: how much sentence j says of the cluster
        self.labels = labels
        self.diversity = diversity
        self.covered = np.zeros(len(similarity))
        self.cluster_mass = np.zeros(int(labels.max()) + 1 if len(labels) else 1)

    def value(self) -> float:
        return float(np.minimum(self.covered, self.cap).sum()
                     + self.diversity * np.sqrt(self.cluster_mass).sum())

    def gains(self, items: list[int]) -> np.ndarray:
        now = np.minimum(self.covered, self.cap).sum()
        coverage = np.minimum(self.covered[None, :] + self.w[items], self.cap[None, :]).sum(axis=1) - now
        mass = self.cluster_mass[self.labels[items]]
        spread = np.sqrt(mass + self.reward[items]) - np.sqrt(mass)
        return coverage + self.diversity * spread

    def add(self, item: int) -> None:
        self.covered += self.w[item]
        self.cluster_mass[self.labels[item]] += self.reward[item]

    def of(self, items: list[int]) -> float:
        """F of a set, from scratch (for comparing whole solutions)."""
        fresh = Objective.__new__(Objective)
        fresh.__dict__.update(self.__dict__)
        fresh.covered = np.zeros_like(self.covered)
        fresh.cluster_mass = np.zeros_like(self.cluster_mass)
        for item in items:
            fresh.add(item)
        return fresh.value()


class Submodular(Strategy):
    """Defaults are Lin & Bilmes' settings (tuned on DUC 2003, reported on DUC 2004):
    ``alpha = 5 / N`` (``saturation=5``), ``diversity`` lambda = 6, ``clusters`` = 0.2 N,
    ``scale`` r = 0.3. Their similarities were idf-weighted cosines of word vectors; the
    embedding variant swaps in sentence-encoder cosines."""

    def __init__(self, saturation: float = 5.0, diversity: float = 6.0, cluster_ratio: float = 0.2,
                 scale: float = 0.3, vectors: str = "tfidf", rules: CandidateRules = DEFAULT_RULES,
                 model_dir: str | None = None, seed: int = 0) -> None:
        self.saturation = saturation
        self.diversity = diversity
        self.cluster_ratio = cluster_ratio
        self.scale = scale
        self.vectors = vectors
        self.rules = rules
        self.model_dir = model_dir
        self.seed = seed

    def objective(self, corpus: Corpus) -> Objective:
        vectors = sentence_vectors(corpus, self.vectors, self.model_dir)
        n = len(corpus.sentences)
        labels = kmeans_partition(vectors, max(1, round(self.cluster_ratio * n)), self.seed)
        return Objective(similarity_matrix(vectors), labels, self.saturation / n, self.diversity)

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        pool = candidate_ids(corpus, self.rules)
        if not pool:
            return []
        objective = self.objective(corpus)
        sentence_costs, limit = costs(corpus, budget), capacity(budget)
        affordable = [i for i in pool if sentence_costs[i] <= limit]
        if not affordable:
            return []
        best_single = affordable[int(np.argmax(objective.gains(affordable)))]  # best F({v})
        chosen = self.greedy(corpus, objective, affordable, sentence_costs, limit)
        if objective.of([best_single]) > objective.of(chosen):
            return [best_single]
        return chosen

    def greedy(self, corpus: Corpus, objective: Objective, pool: list[int],
               sentence_costs: list[int], limit: int) -> list[int]:
        """Lin & Bilmes' modified greedy: take the best gain / cost**r that still fits."""
        chosen: list[int] = []
        remaining = list(pool)
        while remaining:
            ratios = objective.gains(remaining) / np.power([max(sentence_costs[i], 1) for i in remaining],
                                                           self.scale)
            best = remaining[int(np.argmax(ratios))]
            objective.add(best)
            chosen.append(best)
            limit -= sentence_costs[best]
            remaining = [i for i in remaining if i != best and sentence_costs[i] <= limit]
            said_already = repeating(corpus, best, remaining)
            remaining = [i for i in remaining if i not in said_already]
        return chosen


class SubmodularEmbedding(Submodular):
    """The same objective on sentence-encoder similarities (all-MiniLM-L6-v2)."""

    def __init__(self, vectors: str = "embedding", **options: Any) -> None:
        super().__init__(vectors=vectors, **options)
