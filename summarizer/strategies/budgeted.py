"""Budget arithmetic the multi-document strategies share.

Every budget unit becomes an additive cost per sentence and a capacity, so the same
optimisation (a knapsack-style greedy, or the ILP's length constraint) serves "100w", "5s"
and "600c". Characters count the joining space after each sentence, hence a capacity of
size + 1 (``Budget.used`` joins n sentences with n - 1 spaces). The greedy that grows a
brief on sentence vectors (centroid, MMR) is here too.
"""

from __future__ import annotations

from typing import Callable, Sequence

import numpy as np

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.selection.candidates import CandidateRules, candidate_ids
from summarizer.strategies.base import Strategy, repeating
from summarizer.strategies.vectors import sentence_vectors

#: How ``grow_greedily`` picks: ``best_of(remaining)`` and ``keep(candidate, chosen)``.
Steps = tuple[Callable[[list[int]], int], Callable[[int, int], bool]]


def cost(budget: Budget, text: str) -> int:
    """What one sentence uses of the budget (characters include a joining space)."""
    if budget.unit == "characters":
        return len(text) + 1
    return budget.cost(text)


def capacity(budget: Budget) -> int:
    """The budget in the units of ``cost``."""
    return budget.size + 1 if budget.unit == "characters" else budget.size


def costs(corpus: Corpus, budget: Budget) -> list[int]:
    """``cost`` of every corpus sentence, indexed by sentence id."""
    return [cost(budget, s.text) for s in corpus.sentences]


def keep_all(candidate: int, chosen: int) -> bool:
    """The ``keep`` of a strategy that only drops near-duplicates."""
    return True


def grow_greedily(corpus: Corpus, pool: Sequence[int], budget: Budget,
                  best_of: Callable[[list[int]], int],
                  keep: Callable[[int, int], bool] = keep_all) -> list[int]:
    """The budgeted greedy loop centroid and MMR share: take ``best_of(remaining)`` (which
    may update the caller's state for the next step), then keep only the candidates that
    still fit, are not near-duplicates of it and pass ``keep(candidate, chosen)``."""
    sentence_costs, limit = costs(corpus, budget), capacity(budget)
    chosen: list[int] = []
    remaining = [i for i in pool if sentence_costs[i] <= limit]
    while remaining:
        best = best_of(remaining)
        chosen.append(best)
        limit -= sentence_costs[best]
        remaining = [i for i in remaining if i != best and sentence_costs[i] <= limit and keep(i, best)]
        said_already = repeating(corpus, best, remaining)
        remaining = [i for i in remaining if i not in said_already]
    return chosen


class GreedyOnVectors(Strategy):
    """What centroid and MMR share: the brief grown by ``grow_greedily`` from the candidates
    under ``self.rules``, with the steps ``steps`` makes from the sentence vectors (of kind
    ``self.vectors``; computed only when there is a candidate, so that an embedding model is
    not loaded for nothing)."""

    vectors: str
    rules: CandidateRules
    model_dir: str | None

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        pool = candidate_ids(corpus, self.rules)
        if not pool:
            return []
        best_of, keep = self.steps(sentence_vectors(corpus, self.vectors, self.model_dir))
        return grow_greedily(corpus, pool, budget, best_of, keep)

    def steps(self, vectors: np.ndarray) -> Steps:
        """``best_of`` and ``keep`` for ``grow_greedily``, fresh for one brief."""
        raise NotImplementedError
