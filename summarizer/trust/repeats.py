"""Which sentences say what another already says: the relation every extractive strategy
selects under (``strategies.base.redundant``), so that a brief tells each fact once and the
words a second wording would take go to another fact.

Two sentences repeat each other when they are near-duplicates, or when the alignment puts
them in one fact (``align``: the facts support counts come from) or the claim rule
(``align.same_claim``, the decision that cites a report for a claim in any wording) holds
for them at ``REPEAT_CLAIM_SCORE``, and one states the other's main claim (the test a
citation passes, ``support.carrying``). No similarity rule of its own: the alignment is the
one ``trust.evidence`` annotates the brief with (computed once), and the claim rule is the
one ``claim_matches`` applies.
"""

from __future__ import annotations

from itertools import combinations
from typing import Iterable, Sequence

import numpy as np

from summarizer.corpus import Corpus
from summarizer.trust.align import (CLAIM_MIN_SHARED, Alignment, Embed,
                                    numbers_agree, numbers_of, same_claim, term_weights, weighted_overlap)
from summarizer.trust.support import carrying, claim_matches, restating_texts

#: The claim rule's score (cosine plus weighted word overlap, see ``align.CLAIM_SCORE``) at
#: or above which two sentences are one claim told twice, for selection. Lower than the
#: citation threshold: citing a report for what it does not say misleads the reader, while
#: leaving out a sentence that only nearly restates a chosen one costs a little coverage
#: (the pairs between the two lines are often two claims on one topic: the selection then
#: keeps the wording more reports carry, ``strategies.base.outsupported``). Chosen on the
#: tuning half of basil-dev (its first 25 events by folder name) by reading the default
#: briefs: two outlets' wordings of one announcement score from about 0.7 up.
REPEAT_CLAIM_SCORE = 0.7


class Repeats:
    """The "says the same thing" relation of one corpus, with the vectors it has embedded.

    ``embed`` is the claim encoder (``align.claim_embedder``; None: facts only, no model).
    It holds no reference to the corpus (it is cached per corpus in a weak dictionary):
    every method takes it.
    """

    def __init__(self, alignment: Alignment, embed: Embed | None,
                 claims: dict[int, dict[int, int]] | None = None) -> None:
        self.alignment = alignment
        self.embed = embed
        self.claims = {} if claims is None else claims  # claim_matches per sentence, shared with Evidence
        self._vectors: dict[int, np.ndarray] = {}
        self._judged: dict[tuple[int, int], bool] = {}  # ``same`` per pair beyond near-duplicates

    def support(self, corpus: Corpus, sentence_id: int) -> int:
        """How many reports the brief would cite for the sentence (as ``trust.annotate``
        does): those of its fact and those stating its claim (``support.claim_matches``).
        Unlike the annotation, a version of its fact is counted without the main-claim test
        (``support.carrying``): run without the encoder (the DUC 2004 benchmark) that test
        leaves only the predicate's words, and counting by it cost DUC 2004 ROUGE-2."""
        documents = set(self.alignment.fact(sentence_id).documents)
        if self.embed is not None:
            if sentence_id not in self.claims:
                self.claims[sentence_id] = claim_matches(corpus, sentence_id, self.embed)
            documents.update(self.claims[sentence_id])
        return len(documents)

    def same(self, corpus: Corpus, a: int, b: int) -> bool:
        """Sentences ``a`` and ``b`` state one fact or one claim: near-duplicates, or one
        aligned fact or one claim (``_same_claim``) where one states the other's main claim.
        Without the encoder the main-claim test sees only the predicate's words, so one
        aligned fact is one fact told twice."""
        if a == b or corpus.group_of[a] == corpus.group_of[b]:
            return True
        key = (min(a, b), max(a, b))
        if key not in self._judged:
            if not self._told_alike(corpus, a, b):
                return False
            self._judged[key] = self.embed is None or self._one_main_claim(corpus, a, b)
        return self._judged[key]

    def _told_alike(self, corpus: Corpus, a: int, b: int) -> bool:
        """One aligned fact, or one claim by the claim rule (``_same_claim``): the pairs
        ``same`` runs the main-claim test on."""
        if self.alignment.fact_of[a] == self.alignment.fact_of[b]:
            return True
        if not self._comparable(corpus, a, b):
            return False
        self._embed(corpus, (a, b))
        return self._same_claim(corpus, a, b)

    def _hinging(self, corpus: Corpus, a: int, b: int) -> bool:
        """Whether ``same`` will run the main-claim test on the pair: not near-duplicates,
        not judged yet, and told alike."""
        if a == b or corpus.group_of[a] == corpus.group_of[b] or (min(a, b), max(a, b)) in self._judged:
            return False
        return self._told_alike(corpus, a, b)

    def among(self, corpus: Corpus, ids: Sequence[int]) -> list[tuple[int, int]]:
        """Every pair (a, b), a < b, of ``ids`` that ``same`` joins, embedding what it
        needs in one batch (the ILP's exclusions)."""
        pairs = list(combinations(sorted(set(ids)), 2))
        self._embed(corpus, {i for pair in pairs if self._comparable(corpus, *pair) for i in pair})
        self._warm(corpus, [pair for pair in pairs if self._hinging(corpus, *pair)])
        return [(a, b) for a, b in pairs if self.same(corpus, a, b)]

    def of(self, corpus: Corpus, sentence_id: int, others: Iterable[int]) -> set[int]:
        """The ``others`` that state what ``sentence_id`` states, embedded in one batch."""
        others = list(others)
        needed = [i for i in others if self._comparable(corpus, sentence_id, i)]
        if needed:
            self._embed(corpus, [sentence_id, *needed])
        return {i for i in others if self.same(corpus, sentence_id, i)}

    def _comparable(self, corpus: Corpus, a: int, b: int) -> bool:
        """The lexical part of the claim rule (checked before anything is embedded): enough
        shared words, and figures that agree."""
        first, second = corpus.sentences[a], corpus.sentences[b]
        return (self.embed is not None and len(first.content & second.content) >= CLAIM_MIN_SHARED
                and numbers_agree(numbers_of(first), numbers_of(second)))

    def _same_claim(self, corpus: Corpus, a: int, b: int) -> bool:
        """``align.same_claim``, the rule citations use, at ``REPEAT_CLAIM_SCORE``."""
        first, second = corpus.sentences[a].content, corpus.sentences[b].content
        cosine = float(self._vectors[a] @ self._vectors[b])
        return same_claim(cosine, len(first & second), weighted_overlap(first, second, term_weights(corpus)),
                          score=REPEAT_CLAIM_SCORE)

    def _one_main_claim(self, corpus: Corpus, a: int, b: int) -> bool:
        """One of the two sentences states the other's main claim (``support.carrying``, the
        test a citation passes; "killed forty people" told again in a side clause is told
        twice): two sentences about one story that share their words or read alike but
        neither says what the other mainly says ("are committed to a conference" / "agreed
        they could make a difference") are two claims, and the brief may tell both."""
        return bool(carrying(corpus, a, [b], self.embed)) or bool(carrying(corpus, b, [a], self.embed))

    def _warm(self, corpus: Corpus, pairs: list[tuple[int, int]]) -> None:
        """Parse and embed in batches what ``_one_main_claim`` will read for ``pairs``
        (``support.restating_texts``): its first test for every pair, then its second for
        the pairs failing the first. Fills caches only; ``same`` decides."""
        if self.embed is None or not pairs:
            return
        first = restating_texts(corpus, [(a, [b]) for a, b in pairs])
        if first:
            self.embed(first)
        second = restating_texts(corpus, [(b, [a]) for a, b in pairs if not carrying(corpus, a, [b], self.embed)])
        if second:
            self.embed(second)

    def _embed(self, corpus: Corpus, ids: Iterable[int]) -> None:
        missing = sorted(set(ids) - self._vectors.keys())
        if missing and self.embed is not None:
            vectors = self.embed([corpus.sentences[i].text for i in missing])
            self._vectors.update(zip(missing, vectors))


class Unjudged:
    """``Repeats`` for a corpus too large to wait for its alignment at selection time
    (``trust.LARGE_CORPUS_SENTENCES``): nothing repeats beyond its words, support is one."""

    def support(self, corpus: Corpus, sentence_id: int) -> int:
        return 1

    def same(self, corpus: Corpus, a: int, b: int) -> bool:
        return a == b

    def among(self, corpus: Corpus, ids: Sequence[int]) -> list[tuple[int, int]]:
        return []

    def of(self, corpus: Corpus, sentence_id: int, others: Iterable[int]) -> set[int]:
        return set()


UNJUDGED = Unjudged()
