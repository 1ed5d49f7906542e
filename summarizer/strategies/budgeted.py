"""Budget arithmetic the multi-document strategies share.

Every budget unit becomes an additive cost per sentence and a capacity, so the same
optimisation (a knapsack-style greedy, or the ILP's length constraint) serves "100w", "5s"
and "600c". Characters count the joining space after each sentence, hence a capacity of
size + 1 (``Budget.used`` joins n sentences with n - 1 spaces).
"""

from __future__ import annotations

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
