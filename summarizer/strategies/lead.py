"""The lead baseline: the reports' first sentences, round robin."""

from __future__ import annotations

from itertools import zip_longest

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.selection.candidates import GREEDY_RULES, CandidateRules
from summarizer.strategies.base import Strategy, greedy_fill


class Lead(Strategy):
    def __init__(self, rules: CandidateRules = GREEDY_RULES) -> None:
        self.rules = rules

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        per_report: list[list[int]] = [[] for _ in corpus.documents]
        for sentence in corpus.sentences:
            per_report[sentence.doc].append(sentence.id)
        ranked = [i for row in zip_longest(*per_report) for i in row if i is not None]
        return greedy_fill(corpus, ranked, budget, self.rules)
