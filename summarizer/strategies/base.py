"""What every strategy shares: the call signature and the budget-and-redundancy fill."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from summarizer.budget import Budget
from summarizer.selection.candidates import CandidateRules, contained, printed_text, refusal, usable
from summarizer.corpus import Corpus
from summarizer.text import NEAR_DUPLICATE_JACCARD, jaccard

if TYPE_CHECKING:
    from summarizer.brief import Brief


class Strategy:
    """A summarization strategy: ``select(corpus, budget)`` returns the ids of the chosen
    sentences. The chosen sentences, as ``wording`` prints them, fit the budget and no two
    are near-duplicates; the brief orders them and attaches their sources.

    ``rules`` is the candidate policy (``selection.candidates``) the strategy selects
    through: a constructor option of every extractive strategy, the base strategy's for an
    abstractive one."""

    rules: CandidateRules

    @property
    def name(self) -> str:
        """The registry's name for the class (written once, in its ``StrategyEntry``)."""
        from summarizer.strategies import registered_name

        return registered_name(type(self))

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        raise NotImplementedError

    def wording(self, corpus: Corpus, sentence_id: int) -> str:
        """The text the brief prints for a chosen sentence: the report's own without page
        furniture, an opening "He"/"She" replaced by the name the report gives
        (``candidates.printed_text``), unless the strategy trims it (``summarizer.selection.trim``)
        and budgets the trimmed text."""
        return printed_text(corpus, sentence_id)

    def finish(self, corpus: Corpus, brief: "Brief") -> "Brief":
        """A hook after the brief is built (abstractive strategies rewrite it here)."""
        return brief


def trusted(corpus: Corpus, sentence_id: int, rules: CandidateRules) -> bool:
    """No trust rule refuses it (``candidates.refusal``: speaker, reference, furniture)."""
    return refusal(corpus, sentence_id, rules) is None


def redundant(corpus: Corpus, sentence_id: int, chosen: Iterable[int]) -> bool:
    """True when the sentence says what a chosen one already says."""
    sentence = corpus.sentences[sentence_id]
    for other_id in chosen:
        if corpus.group_of[other_id] == corpus.group_of[sentence_id]:
            return True
        other = corpus.sentences[other_id].content
        if jaccard(sentence.content, other) >= NEAR_DUPLICATE_JACCARD:
            return True
        if contained(sentence.content, other) or contained(other, sentence.content):
            return True
    return False


def greedy_fill(corpus: Corpus, ranked: Iterable[int], budget: Budget,
                rules: CandidateRules) -> list[int]:
    """Walk a ranking best-first; keep each sentence that ``rules`` allow (the strategy's
    ``rules`` option, by default ``candidates.GREEDY_RULES``), that is new and still fits.

    A sentence that does not fit is skipped (never cut); a shorter one further down may
    still fit.
    """
    chosen: list[int] = []
    texts: list[str] = []
    for sentence_id in ranked:
        sentence = corpus.sentences[sentence_id]
        if not usable(sentence, rules) or redundant(corpus, sentence_id, chosen):
            continue
        if not trusted(corpus, sentence_id, rules):
            continue
        text = printed_text(corpus, sentence_id)
        if budget.fits(texts + [text]):
            chosen.append(sentence_id)
            texts.append(text)
            if budget.unit == "sentences" and len(chosen) >= budget.size:
                break
    return chosen
