"""What every strategy shares: the call signature and the budget-and-redundancy fill."""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Sequence

from summarizer.budget import Budget
from summarizer.selection import prefetch
from summarizer.selection.candidates import CandidateRules, contained, refusal, usable
from summarizer.selection.printing import printed_text
from summarizer.corpus import Corpus
from summarizer.text import NEAR_DUPLICATE_JACCARD, jaccard

if TYPE_CHECKING:
    from summarizer.brief import Brief
    from summarizer.trust.repeats import Repeats


class Strategy:
    """A summarization strategy: ``select(corpus, budget)`` returns the ids of the chosen
    sentences. The chosen sentences, as ``wording`` prints them, fit the budget and no two
    say the same thing (``redundant``); the brief orders them and attaches their sources.

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
        (``printing.printed_text``), unless the strategy trims it (``summarizer.selection.trim``)
        and budgets the trimmed text."""
        return printed_text(corpus, sentence_id)

    def finish(self, corpus: Corpus, brief: "Brief") -> "Brief":
        """A hook after the brief is built (abstractive strategies rewrite it here)."""
        return brief


def trusted(corpus: Corpus, sentence_id: int, rules: CandidateRules) -> bool:
    """No trust rule refuses it (``candidates.refusal``: speaker, reference, furniture)."""
    return refusal(corpus, sentence_id, rules) is None


def said(corpus: Corpus, sentence_id: int, other_id: int) -> bool:
    """The word-level part of ``redundant``: a near-duplicate, or contained in the other
    (or containing it: a sentence inside a longer one says nothing the longer one does not)."""
    if corpus.group_of[other_id] == corpus.group_of[sentence_id]:
        return True
    sentence, other = corpus.sentences[sentence_id].content, corpus.sentences[other_id].content
    return (jaccard(sentence, other) >= NEAR_DUPLICATE_JACCARD
            or contained(sentence, other) or contained(other, sentence))


def redundant(corpus: Corpus, sentence_id: int, chosen: Iterable[int]) -> bool:
    """True when the sentence says what a chosen one already says: in the same words
    (``said``) or as the same fact or claim in other words (``trust.repeats``, the decision
    that counts support), so the budget goes to another fact."""
    chosen = list(chosen)
    if any(said(corpus, sentence_id, other) for other in chosen):
        return True
    return bool(chosen) and bool(_repeats(corpus).of(corpus, sentence_id, chosen))


def repeating(corpus: Corpus, sentence_id: int, candidates: Iterable[int]) -> set[int]:
    """The candidates ``redundant`` with ``sentence_id``, judged in one batch (a greedy
    step drops them all once it has chosen the sentence)."""
    candidates = list(candidates)
    found = {i for i in candidates if said(corpus, i, sentence_id)}
    return found | _repeats(corpus).of(corpus, sentence_id, [i for i in candidates if i not in found])


def exclusions(corpus: Corpus, pool: Iterable[int]) -> list[list[int]]:
    """The pairs of ``pool`` that may not stand in one brief (``redundant``), for a
    strategy that selects all sentences at once (the ILP)."""
    ids = sorted(set(pool))
    prefetch.settle(corpus, ids)  # the support of each is asked next: embed and parse in batches
    pairs = {(a, b) for n, a in enumerate(ids) for b in ids[n + 1:] if said(corpus, a, b)}
    pairs.update(_repeats(corpus).among(corpus, ids))
    return [[a, b] for a, b in sorted(pairs) if corpus.group_of[a] != corpus.group_of[b]]


def outsupported(corpus: Corpus, pairs: Iterable[Sequence[int]]) -> set[int]:
    """Of each pair that says one thing (``exclusions``), the sentence fewer reports carry
    (``Repeats.support``; ties: neither): the better-supported wording always stays
    available, so telling a fact once never costs the brief a report's support."""
    repeats, weaker = _repeats(corpus), set()
    for a, b in pairs:
        support_a, support_b = repeats.support(corpus, a), repeats.support(corpus, b)
        if support_a != support_b:
            weaker.add(b if support_a > support_b else a)
    return weaker


def _repeats(corpus: Corpus) -> "Repeats":
    """``trust.repeats`` (imported on first use: listing strategies stays fast)."""
    from summarizer.trust import repeats

    return repeats(corpus)


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
        if not usable(sentence, rules) or any(said(corpus, sentence_id, other) for other in chosen):
            continue
        if not trusted(corpus, sentence_id, rules):
            continue
        text = printed_text(corpus, sentence_id)
        # the same fact in other words last: it embeds the sentence
        if budget.fits(texts + [text]) and not redundant(corpus, sentence_id, chosen):
            chosen.append(sentence_id)
            texts.append(text)
            if budget.unit == "sentences" and len(chosen) >= budget.size:
                break
    return chosen
