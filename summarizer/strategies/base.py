"""What every strategy shares: the call signature and the budget-and-redundancy fill."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable

from summarizer.budget import Budget
from summarizer.corpus import Corpus, Sentence
from summarizer.text import NEAR_DUPLICATE_JACCARD, jaccard

if TYPE_CHECKING:
    from summarizer.brief import Brief

#: Sentences shorter than this (in words) are fragments, not candidates for a brief.
MIN_SENTENCE_WORDS = 5


class Strategy:
    """A summarization strategy: ``select(corpus, budget)`` returns the ids of the chosen
    sentences. The chosen sentences, as ``wording`` prints them, fit the budget and no two
    are near-duplicates; the brief orders them and attaches their sources."""

    name: str = ""

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        raise NotImplementedError

    def wording(self, corpus: Corpus, sentence_id: int) -> str:
        """The text the brief prints for a chosen sentence: the report's own, unless the
        strategy trims it (``summarizer.trim``) and budgets the trimmed text."""
        return corpus.sentences[sentence_id].text

    def finish(self, corpus: Corpus, brief: "Brief") -> "Brief":
        """A hook after the brief is built (abstractive strategies rewrite it here)."""
        return brief


def is_candidate(sentence: Sentence) -> bool:
    """A sentence a brief may use: long enough to state something, and complete."""
    return sentence.word_count >= MIN_SENTENCE_WORDS and sentence.text[-1:] not in (":", ",")


def redundant(corpus: Corpus, sentence_id: int, chosen: Iterable[int]) -> bool:
    """True when the sentence says what a chosen one already says."""
    sentence = corpus.sentences[sentence_id]
    for other_id in chosen:
        if corpus.group_of[other_id] == corpus.group_of[sentence_id]:
            return True
        if jaccard(sentence.content, corpus.sentences[other_id].content) >= NEAR_DUPLICATE_JACCARD:
            return True
    return False


def greedy_fill(corpus: Corpus, ranked: Iterable[int], budget: Budget) -> list[int]:
    """Walk a ranking best-first; keep each sentence that is new and still fits.

    A sentence that does not fit is skipped (never cut); a shorter one further down may
    still fit.
    """
    chosen: list[int] = []
    texts: list[str] = []
    for sentence_id in ranked:
        sentence = corpus.sentences[sentence_id]
        if not is_candidate(sentence) or redundant(corpus, sentence_id, chosen):
            continue
        if budget.fits(texts + [sentence.text]):
            chosen.append(sentence_id)
            texts.append(sentence.text)
            if budget.unit == "sentences" and len(chosen) >= budget.size:
                break
    return chosen
