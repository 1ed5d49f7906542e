"""``abstractive``: the extractive selection, each sentence shortened by deleting whole
constituents, fused with another report's detail where the reports agree, then the freed
words spent on further sentences.

Small models invent facts when they write freely, so the model never writes: the spaCy
parse proposes grammatical deletions of whole constituents (``compress/constituents.py``:
appositives, non-restrictive clauses, optional modifiers, parentheticals; never a head
verb, a subject, a negation, a hedge, a speaker or anything inside a quotation) and
insertions of another report's details (``fusing.py``), and the model only ranks them
(``compress/rank.py``, length-normalised log-probability). Every rewrite passes the guard
(grammar included); a refused one falls back to the next candidate, then to its source
sentence. Content words most reports share are protected too. Words freed by compression
are spent on further sentences (``refill.py``). The generation budget is counted in scored
tokens and calls, never timed: the same input and settings give the same brief.
bench/bench_abstractive.py measures it on DUC 2004, bench/bench_abstractive_speed.py its
time on full-length articles.
"""

from __future__ import annotations

import dataclasses
import math
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.brief import Brief, BriefSentence, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus, Sentence
from summarizer.errors import InputError
from summarizer.strategies import DEFAULT_STRATEGY
from summarizer.strategies.abstractive.ending import ENDING_FLOOR, ending_logprob
from summarizer.strategies.abstractive.model_strategy import (ModelStrategy, in_reading_order,
                                                              same_text)
from summarizer.strategies.abstractive.outcome import COMPRESSED, KEPT, note_outcome, set_operation
from summarizer.strategies.abstractive.refill import Refill, restore
from summarizer.text import is_stop_word, stem

if TYPE_CHECKING:
    from summarizer.generation.compress import Compression
    from summarizer.generation.models import TextModel

#: Prefix of ``BriefSentence.guard`` when the compressor itself refused (not the guard).
COMPRESSION_REFUSED = "compression: "
#: Prefix of ``BriefSentence.guard`` when the shortened sentence ends where no sentence ends.
ENDING_REFUSED = "ending: "
#: The longest sentence (in words) the model is asked to compress (news sentences run long;
#: the cost is bounded by ``MAX_TOKENS`` whatever the length).
MAX_WORDS = 80
#: Model calls (one batched ranking each) per brief.
MAX_CALLS = 24
#: Tokens the model may score per brief (candidates of all rankings together): the hard,
#: counted budget that bounds a brief's time whatever the input.
MAX_TOKENS = 8000
#: How far (nats per token) a shorter or fused candidate may rank below the sentence itself.
MARGIN = 0.5
#: Rounds of compressing, fusing and refilling at most: the second runs on a budget smaller
#: by the words the first brief's introductions of people lacked (``finish``).
NAME_ROUNDS = 2
#: The swap round (``swaps.py``): the share of the brief's concept weight a swap may cost, and
#: the candidates tried per sentence. Chosen on the even DUC 2004 topics, the odd ones held out
#: (bench/bench_abstractive.py prints both halves): at 0.04, 8 candidates fused 26 of 116 at
#: R-2 -0.07 points, 10 and 12 both 27 at -0.07 (6: 25 at -0.12); 0.03 and 8: 25, -0.12;
#: 0.045 and 10: 28, -0.32; 0.05 and 8: 28, -0.22; 0.06 and 8: 31, -0.25.
SWAP_TOLERANCE, SWAP_CANDIDATES = 0.04, 10


class Abstractive(ModelStrategy):
    """Constituent compression and cross-report fusion of each selected sentence, then
    refill the freed budget.

    ``min_ratio``/``max_ratio`` bound the share of a sentence's words a compression keeps.
    ``keep_shared``: besides the compressor's own protected words (negations, hedges,
    attributions, numbers, names), content words that at least this share of the reports
    use may not be deleted: what most reports say is the story, so deletions take detail
    fewer reports carry (0 turns this off). The value was chosen on every 5th DUC 2004
    topic and checked on all 50 (bench/bench_abstractive.py holds the figures).
    ``ending_floor``: see ``ending.ENDING_FLOOR`` (None: no check).
    The generation budget is counted, never timed, so the same input gives the same brief:
    ``max_words`` is the longest sentence the model is asked to compress or to rank as a
    fusion (a longer one keeps its source wording), ``max_tokens`` caps the tokens the model scores per brief (all
    rankings of compressions and fusions together) and ``max_calls`` the rankings: a ranking
    that would pass either is skipped and its sentence keeps its source wording.
    ``margin``: how far below the sentence itself (nats per token) a candidate may rank.
    ``fuse``: try fusing each sentence with another report's version of its fact.
    ``displace``: after the refill, fuse the refill sentences too, and let a fusion that
    found no room take the place of the sentence of least value (a refill sentence first),
    then refill what is left over (``fusing.fuse_displacing``).
    ``swap_tolerance``: last, let a candidate the selection passed over, fused with another
    report's detail, take the place of an unfused sentence when the brief keeps at least
    ``1 - swap_tolerance`` of its concept weight (``swaps.py``; ``swap_candidates`` tried per
    sentence; None turns the round off).
    ``refill_attempts`` bounds the model calls spent looking for refill sentences.
    ``restore``: when no further sentence fits the words left over, give rewritten sentences
    their dropped words back (those returning the most words first) instead of leaving the
    budget unused. Off by default: on DUC 2004 it gains little ROUGE and undoes many of the
    rewrites (bench/bench_abstractive.py, variant ``restore``).
    """

    def __init__(self, model: str | None = None, base: str = DEFAULT_STRATEGY,
                 settings: str | Path | None = None, threads: int | None = None,
                 min_ratio: float = 0.5, max_ratio: float = 0.9, refill: bool = True,
                 refill_attempts: int = 4, restore: bool = False, keep_shared: float = 0.7,
                 ending_floor: float | None = ENDING_FLOOR, max_words: int = MAX_WORDS,
                 max_calls: int = MAX_CALLS, max_tokens: int = MAX_TOKENS,
                 margin: float = MARGIN, fuse: bool = True, displace: bool = True,
                 swap_tolerance: float | None = SWAP_TOLERANCE, swap_candidates: int = SWAP_CANDIDATES,
                 **generation: Any) -> None:
        super().__init__(model, base, settings, threads, **generation)
        if max_words < 4 or max_calls < 0:
            raise InputError("max_words must be at least 4 and max_calls at least 0")
        self.max_words, self.max_calls = max_words, max_calls
        if max_tokens < 0 or margin < 0:
            raise InputError("max_tokens and margin must be at least 0")
        self.max_tokens, self.margin, self.fuse, self.displace = max_tokens, margin, fuse, displace
        self.swap_tolerance, self.swap_candidates = swap_tolerance, swap_candidates
        self.tokens_spent = 0  # scored tokens of the last brief
        self.calls_spent = 0  # model calls of the last brief
        if not 0 < min_ratio <= max_ratio <= 1:
            raise InputError("need 0 < min_ratio <= max_ratio <= 1")
        if not 0 <= keep_shared <= 1:
            raise InputError("keep_shared is a share of the reports, from 0 to 1")
        self.min_ratio, self.max_ratio = min_ratio, max_ratio
        self.refill, self.refill_attempts, self.restore = refill, refill_attempts, restore
        self.keep_shared, self.ending_floor = keep_shared, ending_floor
        self._compressed: dict[tuple[str, frozenset[str]], Compression] = {}
        self._alternatives: dict[tuple[str, frozenset[str]], list[Compression]] = {}

    def finish(self, corpus: Corpus, brief: Brief) -> Brief:
        """Compress, fuse and refill within the budget less the room the brief's people
        need to be introduced by full name (``trust.introductions``, applied when the brief
        is annotated): the steps spend every word they are given, so when their brief leaves
        too little, they run again on a budget smaller by the words missing."""
        from summarizer.trust.introductions import names_overrun

        budget = brief.length
        # one context for every round: the model calls and tokens are the brief's (``max_tokens``)
        context = Compressing(self.text_model(), shared_stems(corpus, self.keep_shared))
        for _ in range(NAME_ROUNDS):
            sentences = in_reading_order(corpus, self._finished(corpus, context, budget, brief.sentences))
            overrun = names_overrun(corpus, sentences, brief.length)
            if overrun <= 0 or budget.size - overrun < 1:
                break
            budget = dataclasses.replace(budget, size=budget.size - overrun)
        self.calls_spent, self.tokens_spent = context.calls, context.tokens
        note_outcome(sentences)
        if not brief.length.fits(s.text for s in sentences):  # every step checks; be sure
            raise AssertionError(f"abstractive exceeded the budget {brief.length}")
        brief.sentences = sentences
        return brief

    def _finished(self, corpus: Corpus, context: "Compressing", budget: Budget,
                  selected: list[BriefSentence]) -> list[BriefSentence]:
        """One round of ``finish``: the selected sentences compressed, fused, refilled and
        (``restore``) given words back, within ``budget``."""
        sentences = [self._rewrite(corpus, context, s) for s in selected]
        if self.fuse:
            from summarizer.strategies.abstractive.fusing import fuse_all

            sentences = fuse_all(self, corpus, context, budget, sentences)
        if self.refill:
            sentences = self._refill(corpus, context, budget, sentences)
        if self.restore:
            sentences = restore(budget, sentences, lambda sentence: self.wording(corpus, sentence.sentence_id))
        return sentences

    def compress(self, text: str, context: "Compressing") -> "Compression":
        """The best-ranked grammatical compression of ``text`` (``compress.constituents``:
        whole constituents deleted), once per distinct sentence; the others, best first,
        are kept for when the guard refuses it (``self._alternatives``).

        A sentence with no deletable constituent within the bounds is answered without a
        model call. The brief's budget is counted in scored tokens: a ranking that would
        exceed ``max_tokens`` (or ``max_calls``) is skipped and the sentence kept.
        """
        from summarizer.generation.compress import Compression
        from summarizer.generation.compress import rank
        from summarizer.generation.compress.constituents import candidates
        from summarizer.nlp.load import parse

        text = " ".join(text.split())
        key = (text, context.keep)
        if key in self._compressed:
            return self._compressed[key]
        kept = tuple(range(len(text.split())))
        if len(kept) > self.max_words:
            result = Compression(text, text, kept, False, f"longer than {self.max_words} words")
            self._compressed[key] = result
            return result
        found = [c for c in candidates(parse(text), self.min_ratio, self.max_ratio)
                 if not self._drops_protected(text, c.text, context)]
        if not found:
            result = Compression(text, text, kept, True, "")
            self._compressed[key] = result
            return result
        texts = [text] + [c.text for c in found]
        if not context.charge(rank.cost(context.model, texts), self.max_tokens, self.max_calls):
            return Compression(text, text, kept, False, "the brief's generation budget is spent")
        scored = rank.scores(context.model, texts)
        if scored is None:
            result = Compression(text, text, kept, False, "the model cannot rank candidates")
        else:
            floor = scored[0] - self.margin
            order = sorted(range(1, len(texts)), key=lambda k: (-scored[k], k))
            good = [Compression(text, texts[k], found[k - 1].kept, True) for k in order
                    if scored[k] >= floor]
            result = good[0] if good else Compression(
                text, text, kept, False, "the model ranks every shorter version below the sentence")
            self._alternatives[key] = good[1:]
        self._compressed[key] = result
        return result

    @staticmethod
    def _drops_protected(text: str, shorter: str, context: "Compressing") -> bool:
        """A candidate may not drop a word most reports share (``keep_shared``). What a
        constituent deletion may never drop (negations, hedges, speakers, quotations) the
        candidates already keep; names and numbers inside a deleted constituent are detail."""
        from summarizer.generation.compress import core

        left = {core(w).lower() for w in shorter.split()}  # "Kerry," in the source is "Kerry"
        return any(context.shared(w) and core(w).lower() not in left for w in text.split())

    def _rewrite(self, corpus: Corpus, context: "Compressing", sentence: BriefSentence) -> BriefSentence:
        """Compress one sentence; keep the source when compression or the guard refuses.

        ``guard`` records why a rewrite was refused: the guard's reason, or prefixed
        ``compression:`` when the compressor found no acceptable deletion (nothing reached
        the guard then), or ``ending:`` when the shortened sentence stops mid-phrase.
        """
        assert sentence.sentence_id is not None
        source = self.wording(corpus, sentence.sentence_id)
        result = self.compress(source, context)
        sentence.text, sentence.rewritten, sentence.guard = source, False, None
        set_operation(sentence, KEPT)
        if not result.accepted:
            sentence.guard = COMPRESSION_REFUSED + (result.reason or "refused")
            return sentence
        if same_text(result.text, source):
            return sentence
        key = (" ".join(source.split()), context.keep)
        first_refusal = None
        for option in [result, *self._alternatives.get(key, [])]:
            reason = self._refusal(context, source, option.text)
            if reason is None:
                sentence.text, sentence.rewritten, sentence.guard = option.text, True, None
                set_operation(sentence, COMPRESSED)
                return sentence
            first_refusal = first_refusal or reason
        sentence.guard = first_refusal
        return sentence

    def _refusal(self, context: "Compressing", source: str, rewrite: str) -> str | None:
        """Why the guard or the ending check refuses a rewrite of ``source``, or None."""
        verdict = self.guard.check([source], rewrite)
        if not verdict.accepted:
            return verdict.reason or "refused"
        if not self._ends_well(context.model, source, rewrite):
            return ENDING_REFUSED + "the shortened sentence stops mid-phrase"
        return None

    def _ends_well(self, model: "TextModel", source: str, rewrite: str) -> bool:
        """Deletion rules without a parser can cut a verb from its particle or object
        ("took [over]"); the guard sees nothing wrong (no word was added), but the model
        knows such a sentence does not end there. Causal models only (a seq2seq decoder
        does not score free text); ``ending_floor=None`` turns the check off."""
        if self.ending_floor is None or model.is_seq2seq:
            return True
        ending = ending_logprob(model, rewrite)
        return ending is None or ending >= min(self.ending_floor,
                                               ending_logprob(model, source) or 0.0)

    def _refill(self, corpus: Corpus, context: "Compressing", budget: Budget,
                chosen: list[BriefSentence]) -> list[BriefSentence]:
        """Spend the words compression freed on further sentences, best first.

        "Best" is the weight of the concepts (``ilp.concept_weights``: bigrams and words
        that several reports share, leads counting more) a sentence adds to what the brief
        *as compressed* covers, per word. A sentence is tried only when the base strategy's
        candidate policy (``self.rules``) allows it and its shortest possible compression
        could fit; the compressed (or, when refused, the source) text must fit the budget,
        and it may not be a near-duplicate of a chosen one.
        """
        if budget.unit == "sentences":  # compression frees no sentences
            return chosen
        refill = Refill(corpus, budget, chosen, self.rules)
        first = len(refill.taken)
        self._refill_with(corpus, context, refill)
        if self.fuse and self.displace:
            from summarizer.strategies.abstractive.fusing import fuse_all, fuse_displacing

            dropped = fuse_displacing(self, corpus, context, refill, refill.taken[first:])
            if dropped:  # spend what the displaced sentences leave over, never on them again
                refill.forget(dropped)
                before = list(refill.sentences)
                self._refill_with(corpus, context, refill)
                added = [s for s in refill.sentences if not any(s is b for b in before)]
                if added:  # the last refill's sentences get their fusion try too, where they fit
                    refill.sentences = fuse_all(self, corpus, context, budget, refill.sentences, added)
        if self.fuse and self.swap_tolerance is not None:
            from summarizer.strategies.abstractive.swaps import swap_for_fusions

            swap_for_fusions(self, corpus, context, refill, self.swap_tolerance, self.swap_candidates)
        return refill.sentences

    def _refill_with(self, corpus: Corpus, context: "Compressing", refill: Refill) -> None:
        for _ in range(self.refill_attempts):
            sentence_id = refill.best(lambda b, s: self._shortest(context, b, s))
            if sentence_id is None:
                break
            candidate = self._rewrite(corpus, context, BriefSentence(
                self.wording(corpus, sentence_id), sources_of(corpus, sentence_id), sentence_id))
            refill.offer(candidate)

    def _shortest(self, context: "Compressing", budget: Budget, sentence: Sentence) -> int:
        """The least the sentence can cost once compressed: its shortest grammatical
        candidate within the bounds (the whole sentence when there is none). Characters are
        estimated from the word share, since the candidate is not rendered for the budget."""
        from summarizer.generation.compress.constituents import candidates
        from summarizer.nlp.load import parse

        full = budget.cost(sentence.text)
        if not 4 <= len(sentence.text.split()) <= self.max_words:
            return full
        found = candidates(parse(" ".join(sentence.text.split())), self.min_ratio, self.max_ratio)
        if not found:
            return full
        shortest = min(len(c.text.split()) for c in found)
        if budget.unit == "words":
            return shortest
        return math.floor(full * shortest / max(len(sentence.text.split()), 1))


@dataclass
class Compressing:
    """What one brief's compressions share: the model, the stems protected in this corpus
    on top of ``compress.is_protected``, and the model calls spent so far."""

    model: "TextModel"
    keep: frozenset[str]
    calls: int = 0
    tokens: int = 0
    alignment: Any = None  # the corpus's facts (``trust.align``), once both fusion rounds need them

    def charge(self, tokens: int, max_tokens: int, max_calls: int) -> bool:
        """Spend ``tokens`` of scoring and one call when the brief's budget allows it."""
        if self.tokens + tokens > max_tokens or self.calls >= max_calls:
            return False
        self.tokens += tokens
        self.calls += 1
        return True

    def protected(self, word: str) -> bool:
        """The word-deletion compressor's protection (``compress.is_protected``) or shared."""
        from summarizer.generation.compress import is_protected

        return is_protected(word) or self.shared(word)

    def shared(self, word: str) -> bool:
        """A content word whose stem most reports use (``keep_shared``)."""
        from summarizer.generation.compress import core

        token = core(word)
        return bool(token) and not is_stop_word(token) and stem(token) in self.keep


def shared_stems(corpus: Corpus, share: float) -> frozenset[str]:
    """Content stems that at least ``share`` of the reports use, and at least two of them
    (near-duplicate sentences count once, as in the ILP): none for a single report or a
    share of 0."""
    needed = max(2, math.ceil(share * len(corpus.documents) - 1e-9))
    if share <= 0 or needed > len(corpus.documents):
        return frozenset()
    users: dict[str, set[int]] = {}
    for sentence in corpus.representatives():
        for stem_ in sentence.content:
            users.setdefault(stem_, set()).add(sentence.doc)
    return frozenset(s for s, docs in users.items() if len(docs) >= needed)
