"""Budget arithmetic the multi-document strategies share.

Every budget unit becomes an additive cost per sentence and a capacity, so the same
optimisation (a knapsack-style greedy, or the ILP's length constraint) serves "100w", "5s"
and "600c". Characters count the joining space after each sentence, hence a capacity of
size + 1 (``Budget.used`` joins n sentences with n - 1 spaces).
"""

from __future__ import annotations

from typing import Callable, Sequence

from summarizer.budget import Budget
from summarizer.corpus import Corpus


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


def grow_greedily(corpus: Corpus, pool: Sequence[int], budget: Budget,
                  best_of: Callable[[list[int]], int],
                  keep: Callable[[int, int], bool] = lambda candidate, chosen: True) -> list[int]:
    """The budgeted greedy loop centroid and MMR share: take ``best_of(remaining)`` (which
    may update the caller's state for the next step), then keep only the candidates that
    still fit, are not near-duplicates of it and pass ``keep(candidate, chosen)``."""
    from summarizer.strategies.base import redundant

    sentence_costs, limit = costs(corpus, budget), capacity(budget)
    chosen: list[int] = []
    remaining = [i for i in pool if sentence_costs[i] <= limit]
    while remaining:
        best = best_of(remaining)
        chosen.append(best)
        limit -= sentence_costs[best]
        remaining = [i for i in remaining if i != best and sentence_costs[i] <= limit
                     and keep(i, best) and not redundant(corpus, i, [best])]
    return chosen
