"""Spending the words compression freed: the refill's state, and giving words back.

After ``abstractive`` compresses the selected sentences, the budget has room left. The refill
adds further sentences, best first by the weight of the concepts (``ilp.concept_weights``:
bigrams and words several reports share, leads counting more) they add to what the brief *as
compressed* covers, per word, among the sentences the base strategy's candidate policy
allows (its ``rules``: the cheap rules, then the trust rules down that order). ``restore``
is the other use of the room: give rewritten sentences their dropped words back.
"""

from __future__ import annotations

import dataclasses
import math
from typing import TYPE_CHECKING, Callable

from summarizer.brief import BriefSentence
from summarizer.budget import Budget
from summarizer.corpus import Corpus, Sentence
from summarizer.selection.candidates import CandidateRules, usable
from summarizer.strategies.abstractive.outcome import COMPRESSED, KEPT, operation_of
from summarizer.strategies.base import redundant, trusted
from summarizer.text import content_stems, stem, words

if TYPE_CHECKING:
    from summarizer.strategies.ilp import Concept


class Refill:
    """The state of one refill: the brief so far, what it covers, what was tried."""

    def __init__(self, corpus: Corpus, budget: Budget, chosen: list[BriefSentence],
                 rules: CandidateRules) -> None:
        from summarizer.strategies.ilp import Weighting, concept_weights

        self.corpus, self.budget, self.rules = corpus, budget, rules
        self.sentences = list(chosen)
        self.weighting = Weighting()
        self.weights = concept_weights(corpus, self.weighting)
        self.covered: set[Concept] = set().union(*(self._concepts(s.text) for s in chosen))
        self.taken = [s.sentence_id for s in chosen if s.sentence_id is not None]
        self.tried: set[int] = set()

    def _concepts(self, text: str) -> set["Concept"]:
        tokens = tuple(words(text))
        probe = Sentence(-1, -1, -1, 0, text, tokens, tuple(stem(w) for w in tokens),
                         frozenset(content_stems(text)), 0.0)
        return self.weighting.concepts(probe)

    def _weigh(self, concepts: set["Concept"]) -> float:
        """The concepts' total weight, summed with ``math.fsum``: exactly rounded, so the same
        whatever order the set holds them in (its order is the hash order, which differs
        between processes, and a plain sum's last bits with it: the swap round's comparisons
        once went one way under one ``PYTHONHASHSEED`` and the other way under another)."""
        return math.fsum(self.weights.get(c, 0.0) for c in concepts)

    def gain(self, text: str) -> float:
        return self._weigh(self._concepts(text) - self.covered)

    def weight(self, texts: list[str]) -> float:
        """The concept weight a brief of ``texts`` covers."""
        return self._weigh(set().union(*(self._concepts(t) for t in texts)))

    def replace(self, old: BriefSentence, new: BriefSentence) -> None:
        """Put ``new`` in ``old``'s place in the brief (what it covers and takes with it)."""
        self.sentences = [new if s is old else s for s in self.sentences]
        self.taken = [s.sentence_id for s in self.sentences if s.sentence_id is not None]
        self.covered = set().union(*(self._concepts(s.text) for s in self.sentences))

    def room(self) -> int:
        return self.budget.size - self.budget.used(s.text for s in self.sentences)

    def best(self, shortest: Callable[[Budget, Sentence], int]) -> int | None:
        """The untried, non-redundant candidate with the most new concept weight per word
        among those whose shortest compression could fit; None when there is none. The
        trust rules (they parse) judge only down that order, until one passes."""
        room, scored = self.room(), []
        for sentence in self.corpus.representatives():
            if sentence.id in self.tried or sentence.id in self.taken or not usable(sentence, self.rules):
                continue
            if shortest(self.budget, sentence) > room or redundant(self.corpus, sentence.id, self.taken):
                continue
            gain = self.gain(sentence.text)
            if gain > 0:
                scored.append((gain / max(self.budget.cost(sentence.text), 1), -sentence.id))
        for _, negative_id in sorted(scored, reverse=True):
            self.tried.add(-negative_id)
            if trusted(self.corpus, -negative_id, self.rules):
                return -negative_id
        return None

    def value(self, sentence: BriefSentence) -> float:
        """The concept weight only ``sentence`` brings to the brief, per word: what the
        brief loses without it."""
        rest = set().union(*(self._concepts(s.text) for s in self.sentences if s is not sentence))
        alone = self._concepts(sentence.text) - rest
        return self._weigh(alone) / max(self.budget.cost(sentence.text), 1)

    def forget(self, dropped: list[int]) -> None:
        """Sentences taken out of the brief (``sentences`` no longer has them): their
        concepts are uncovered again, and they are not offered again."""
        self.taken = [i for i in self.taken if i not in dropped]
        self.tried.update(dropped)
        self.covered = set().union(*(self._concepts(s.text) for s in self.sentences))

    def offer(self, candidate: BriefSentence) -> bool:
        """Add the candidate when it fits and still adds something once compressed."""
        texts = [s.text for s in self.sentences] + [candidate.text]
        if not self.budget.fits(texts) or self.gain(candidate.text) <= 0:
            return False
        self.sentences.append(candidate)
        self.covered |= self._concepts(candidate.text)
        assert candidate.sentence_id is not None
        self.taken.append(candidate.sentence_id)
        return True


def restore(budget: Budget, sentences: list[BriefSentence],
             source_of: Callable[[BriefSentence], str]) -> list[BriefSentence]:
    """Give compressed sentences their source text (``source_of``) back while the budget has
    room for it, those that return the most words first. A fused sentence stays: it cites
    its donors' reports for the words they gave, which the source text no longer has."""
    out = list(sentences)
    order = sorted((i for i, s in enumerate(out) if operation_of(s) == COMPRESSED),
                   key=lambda i: budget.cost(out[i].text) - budget.cost(source_of(out[i])))
    for i in order:
        source = source_of(out[i])
        trial = [s.text for s in out[:i]] + [source] + [s.text for s in out[i + 1:]]
        if budget.fits(trial):
            out[i] = dataclasses.replace(out[i], text=source, rewritten=False, guard=None, operation=KEPT)
    return out
