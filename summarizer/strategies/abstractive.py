"""Abstractive strategies: a transformer model rewrites what the extractive side selected.

Small models invent facts when they write freely (measured on SmolLM2-135M: a free
compression was usable for 8 of 30 sentences). So the ``abstractive`` strategy only lets the
model *delete* words (``compress.py``: decoding constrained to a subsequence of the source,
with negations, hedges, attributions, numbers and names protected), and every rewrite still
passes the guard (``guard.py``); a refused rewrite falls back to its source sentence.
Content words most reports share are protected too, and a shortened sentence the model
finds unlikely to end where it stops ("Mark Langston took.") is refused. Words freed by
compression are spent on further sentences, compressed the same way and chosen by the
concepts (report-weighted bigrams, as in the ILP) the brief does not cover yet. On DUC
2004 (all 50 topics, 100 words) that keeps ROUGE-2 equal to the extractive selection's
(compression alone loses 0.19 points, ROUGE-1 0.92) with a third of the sentences
rewritten; bench/bench_abstractive.py.

``abstractive-full`` lets the model write the whole brief from the selected sentences, for
models large enough to do that; long input is mapped over chunks that fit the model's
context and then reduced (never cut: what cannot fit is named in ``brief.warnings``), and
each generated sentence is guarded against the selected sentences and replaced by the
closest one when it fails. The shipped 135M model is too small for this: on the sample
reports it writes one sentence, which the guard refuses.

Generation settings come from ``configs/generation.toml`` (or ``settings=PATH``); any
:class:`~summarizer.models.GenerationSettings` field given to the constructor wins over the
file (``threads=1`` for one thread per harness worker). They are checked when the strategy
is made, so a typo fails before any model is loaded. Decoding is greedy by default and
seeded before every call: the same input and settings give the same brief.

torch and transformers are imported only inside ``finish`` (via ``models.load_model``);
making a strategy object, or listing strategies, never imports them.
"""

from __future__ import annotations

import importlib.resources

import dataclasses
import logging
import math
import re
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Sequence

from summarizer.brief import Brief, BriefSentence, source_of, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus, Sentence
from summarizer.errors import InputError
from summarizer.strategies.base import Strategy, is_candidate, redundant
from summarizer.text import (NEAR_DUPLICATE_JACCARD, content_stems, is_stop_word, jaccard,
                             normalize, split_sentences, stem, words)

if TYPE_CHECKING:
    from summarizer.compress import Compression, Plan
    from summarizer.guard import Guard
    from summarizer.models import GenerationSettings, TextModel
    from summarizer.strategies.ilp import Concept

log = logging.getLogger("summarizer")

#: Generation settings shipped with the project (``configs/generation.toml``).
DEFAULT_SETTINGS = Path(str(importlib.resources.files("summarizer.configs") / "generation.toml"))

#: Prefix of ``BriefSentence.guard`` when the compressor itself refused (not the guard).
COMPRESSION_REFUSED = "compression: "
#: Prefix of ``BriefSentence.guard`` when the shortened sentence ends where no sentence ends.
ENDING_REFUSED = "ending: "
#: A compressed sentence whose final stop the model finds less likely than this (in nats,
#: about 1 in 400) and less likely than the source's own ending is cut off mid-phrase:
#: "Mark Langston took.", "a case dealing.", "enter the country only.". On the 95 DUC 2004
#: rewrites of SmolLM2 the 7 endings below -6 were all such fragments and no sound
#: sentence ended below -5.3 (bench/bench_abstractive.py).
ENDING_FLOOR = -6.0
#: The longest sentence (in words) the model is asked to compress.
MAX_WORDS = 40
#: Compressions (model generation calls) per brief.
MAX_CALLS = 12
#: What the model reads before a sentence whose ending it scores.
_ENDING_CONTEXT = "Here is a sentence from a news report:"
_FINAL_STOP = re.compile(r"""[.!?…]+["'”’)\]]*$""")


# --------------------------------------------------------------------------- shared set-up


def _base_strategy(name: str | None) -> Strategy:
    from summarizer.strategies import DEFAULT_STRATEGY, get_strategy

    if name and name.startswith("abstractive"):
        raise InputError(f"the base of an abstractive strategy must be extractive, not {name!r}")
    return get_strategy(name or DEFAULT_STRATEGY)


def generation_settings(path: str | Path | None = None, **overrides: Any) -> "GenerationSettings":
    """The TOML file's settings (default ``configs/generation.toml``) with ``overrides``
    written over them (None keeps the file's value). Bad names or values are an InputError
    naming them: they come from a user's option, not from a bug."""
    from summarizer.models import GenerationSettings

    known = {f.name for f in dataclasses.fields(GenerationSettings)}
    unknown = sorted(set(overrides) - known)
    if unknown:
        raise InputError(f"unknown generation option(s): {', '.join(unknown)} "
                         f"(known: {', '.join(sorted(known))})")
    file = Path(path) if path is not None else DEFAULT_SETTINGS
    if path is not None and not file.is_file():
        raise InputError(f"generation settings file not found: {file}")
    try:
        if file.is_file():
            return GenerationSettings.from_toml(file, **overrides)
        return GenerationSettings().replace(**overrides)
    except ValueError as error:
        raise InputError(str(error)) from None


class _ModelStrategy(Strategy):
    """Shared set-up: a base extractive strategy, a model, generation settings, a guard.

    ``model``: what ``--model`` names (None = the shipped SmolLM2). ``base``: the extractive
    strategy that selects (default: the engine's default). ``settings``: a TOML file with a
    ``[generation]`` table. ``threads`` and the other keywords: GenerationSettings fields.
    """

    def __init__(self, model: str | None = None, base: str | None = None,
                 settings: str | Path | None = None, threads: int | None = None,
                 **generation: Any) -> None:
        from summarizer.guard import Guard

        self.model_name = model
        self.base = _base_strategy(base)
        self.settings = generation_settings(settings, threads=threads, **generation)
        self.guard: Guard = Guard()
        self._model: TextModel | None = None

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        return self.base.select(corpus, budget)

    def wording(self, corpus: Corpus, sentence_id: int) -> str:
        """The base strategy's text (what its selection was budgeted with) is the source."""
        return self.base.wording(corpus, sentence_id)

    def text_model(self) -> "TextModel":
        """Loaded on first use (and once per process: ``load_model`` caches the weights)."""
        if self._model is None:
            from summarizer.models import load_model

            self._model = load_model(self.model_name, self.settings)
        return self._model


def _same_text(a: str, b: str) -> bool:
    return " ".join(normalize(a).split()) == " ".join(normalize(b).split())


def _in_reading_order(corpus: Corpus, sentences: list[BriefSentence]) -> list[BriefSentence]:
    """Refilled sentences take their place in the story, as ``brief.reading_order`` does."""
    def key(item: tuple[int, BriefSentence]) -> tuple[float, int, int, int]:
        position, sentence = item
        if sentence.sentence_id is None:
            return (2.0, 0, 0, position)
        s = corpus.sentences[sentence.sentence_id]
        return (corpus.mean_position(s.id), s.doc, s.index, position)

    return [s for _, s in sorted(enumerate(sentences), key=key)]


# --------------------------------------------------------------------------- abstractive


class Abstractive(_ModelStrategy):
    """Deletion-only compression of each selected sentence, then refill the freed budget.

    ``min_ratio``/``max_ratio`` bound the share of a sentence's words a compression keeps.
    ``keep_shared``: besides the compressor's own protected words (negations, hedges,
    attributions, numbers, names), content words that at least this share of the reports
    use may not be deleted: what most reports say is the story, so deletions take detail
    fewer reports carry (0 turns this off). Chosen on every 5th DUC 2004 topic: without it
    ROUGE-2 fell 0.56 points below the extractive selection (40% of sentences rewritten),
    at 0.5 it held but only 20% were rewritten, at 0.7 it fell 0.29 with 33% rewritten;
    on all 50 topics 0.7 gives ROUGE-2 equal to the extractive selection's with 34%
    rewritten (bench/bench_abstractive.py).
    ``ending_floor``: see ENDING_FLOOR (None: no check).
    The generation budget is counted, never timed, so the same input gives the same brief:
    ``max_words`` is the longest sentence the model is asked to compress (constrained
    decoding over a long sentence is what makes a brief take minutes; a longer one keeps
    its source wording), ``max_new_tokens`` (from the generation settings) caps the tokens
    of one compression, and ``max_calls`` caps the compressions per brief (later sentences
    keep their source wording; refill stops).
    ``refill_attempts`` bounds the model calls spent looking for refill sentences (each is
    a few seconds on a CPU). ``restore``: when no further sentence fits the words left
    over, give rewritten sentences their dropped words back (those returning the most words
    first) instead of leaving the budget unused. Off by default: on DUC 2004 it adds only
    0.04 ROUGE-2 points and undoes a third of the rewrites.
    """

    name = "abstractive"

    def __init__(self, model: str | None = None, base: str | None = None,
                 settings: str | Path | None = None, threads: int | None = None,
                 min_ratio: float = 0.5, max_ratio: float = 0.9, refill: bool = True,
                 refill_attempts: int = 4, restore: bool = False, keep_shared: float = 0.7,
                 ending_floor: float | None = ENDING_FLOOR, max_words: int = MAX_WORDS,
                 max_calls: int = MAX_CALLS, **generation: Any) -> None:
        super().__init__(model, base, settings, threads, **generation)
        if max_words < 4 or max_calls < 0:
            raise InputError("max_words must be at least 4 and max_calls at least 0")
        self.max_words, self.max_calls = max_words, max_calls
        self.calls_spent = 0  # model calls of the last brief
        if not 0 < min_ratio <= max_ratio <= 1:
            raise InputError("need 0 < min_ratio <= max_ratio <= 1")
        if not 0 <= keep_shared <= 1:
            raise InputError("keep_shared is a share of the reports, from 0 to 1")
        self.min_ratio, self.max_ratio = min_ratio, max_ratio
        self.refill, self.refill_attempts, self.restore = refill, refill_attempts, restore
        self.keep_shared, self.ending_floor = keep_shared, ending_floor
        self._compressed: dict[tuple[str, frozenset[str]], Compression] = {}
        self._plans: dict[tuple[str, frozenset[str]], Plan] = {}

    def finish(self, corpus: Corpus, brief: Brief) -> Brief:
        context = _Compressing(self.text_model(), shared_stems(corpus, self.keep_shared))
        sentences = [self._rewrite(corpus, context, s) for s in brief.sentences]
        if self.refill:
            sentences = self._refill(corpus, context, brief.length, sentences)
        if self.restore:
            sentences = _restore(brief.length, sentences,
                                 lambda sentence: self.wording(corpus, sentence.sentence_id))
        self.calls_spent = context.calls
        if not brief.length.fits(s.text for s in sentences):  # every step checks; be sure
            raise AssertionError(f"abstractive exceeded the budget {brief.length}")
        brief.sentences = _in_reading_order(corpus, sentences)
        return brief

    def compress(self, text: str, context: "_Compressing") -> "Compression":
        """``compress_detailed``, once per distinct sentence and protection (refill and
        restore look at the same sentences again; the result is deterministic anyway).

        When the deletion rules allow no shorter sentence within the bounds, the compressor
        could only copy the source: that is answered here without a model call (about half
        of DUC's selected sentences, several seconds each on a CPU).
        """
        from summarizer.compress import Compression, compress_detailed

        text = " ".join(text.split())
        key = (text, context.keep)
        if key in self._compressed:
            return self._compressed[key]
        kept = tuple(range(len(text.split())))
        if len(kept) > self.max_words:
            result = Compression(text, text, kept, False, f"longer than {self.max_words} words")
        elif (plan := self.plan(text, context)) is not None and not _shorter_lengths(plan):
            result = Compression(text, text, kept, True, "")
        elif context.calls >= self.max_calls:  # the brief's budget, not the sentence's: no cache
            return Compression(text, text, kept, False, "the brief's generation budget is spent")
        else:
            context.calls += 1
            result = compress_detailed(text, context.model, context.protected, self.min_ratio,
                                       self.max_ratio,
                                       max_new_tokens=self.settings.max_new_tokens)
        self._compressed[key] = result
        return result

    def plan(self, text: str, context: "_Compressing") -> "Plan | None":
        """The compressor's plan for ``text`` (legal deletions and length bounds), or None
        for sentences too short to compress."""
        from summarizer.compress import build_plan

        text = " ".join(text.split())
        if not 4 <= len(text.split()) <= self.max_words:
            return None
        key = (text, context.keep)
        if key not in self._plans:
            model = context.model
            self._plans[key] = build_plan(text, model.tokenizer, model.eos_token_ids,
                                          context.protected, self.min_ratio, self.max_ratio)
        return self._plans[key]

    def _rewrite(self, corpus: Corpus, context: "_Compressing", sentence: BriefSentence) -> BriefSentence:
        """Compress one sentence; keep the source when compression or the guard refuses.

        ``guard`` records why a rewrite was refused: the guard's reason, or prefixed
        ``compression:`` when the compressor found no acceptable deletion (nothing reached
        the guard then), or ``ending:`` when the shortened sentence stops mid-phrase.
        """
        assert sentence.sentence_id is not None
        source = self.wording(corpus, sentence.sentence_id)
        result = self.compress(source, context)
        sentence.text, sentence.rewritten, sentence.guard = source, False, None
        if not result.accepted:
            sentence.guard = COMPRESSION_REFUSED + (result.reason or "refused")
            return sentence
        if _same_text(result.text, source):
            return sentence
        verdict = self.guard.check([source], result.text)
        if not verdict.accepted:
            sentence.guard = verdict.reason or "refused"
            return sentence
        if not self._ends_well(context.model, source, result.text):
            sentence.guard = ENDING_REFUSED + "the shortened sentence stops mid-phrase"
            return sentence
        sentence.text, sentence.rewritten = result.text, True
        return sentence

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

    def _refill(self, corpus: Corpus, context: "_Compressing", budget: Budget,
                chosen: list[BriefSentence]) -> list[BriefSentence]:
        """Spend the words compression freed on further sentences, best first.

        "Best" is the weight of the concepts (``ilp.concept_weights``: bigrams and words
        that several reports share, leads counting more) a sentence adds to what the brief
        *as compressed* covers, per word. A sentence is tried only when its shortest
        possible compression could fit; the compressed (or, when refused, the source)
        text must fit the budget, and it may not be a near-duplicate of a chosen one.
        """
        if budget.unit == "sentences":  # compression frees no sentences
            return chosen
        refill = _Refill(corpus, budget, chosen)
        for _ in range(self.refill_attempts):
            sentence_id = refill.best(lambda b, s: self._shortest(context, b, s))
            if sentence_id is None:
                break
            candidate = self._rewrite(corpus, context, BriefSentence(
                self.wording(corpus, sentence_id), sources_of(corpus, sentence_id), sentence_id))
            refill.offer(candidate)
        return refill.sentences

    def _shortest(self, context: "_Compressing", budget: Budget, sentence: Sentence) -> int:
        """The least the sentence can cost once compressed: its shortest legal deletion
        within the bounds (the whole sentence when there is none). Characters are
        estimated from the word share, since which words go is not known yet."""
        plan = self.plan(sentence.text, context)
        full = budget.cost(sentence.text)
        lengths = _shorter_lengths(plan) if plan is not None else []
        if plan is None or not lengths:
            return full
        if budget.unit == "words":
            return min(lengths)
        return math.floor(full * min(lengths) / len(plan.words))


def ending_logprob(model: "TextModel", text: str) -> float | None:
    """log P(the text's final stop | the words before it) under a causal model, in nats;
    None when the text has no final stop."""
    import torch

    match = _FINAL_STOP.search(text)
    if not match or not match.start():
        return None
    def encode(part: str) -> list[int]:
        return list(model.tokenizer(f"{_ENDING_CONTEXT} {part}", add_special_tokens=False)["input_ids"])

    body, ids = encode(text[:match.start()]), encode(text)
    # The stop's own tokens; the last token alone when BPE merged it with the word before.
    start = len(body) if ids[:len(body)] == body and len(body) < len(ids) else len(ids) - 1
    with torch.inference_mode():
        logits = model.model(torch.tensor([ids], dtype=torch.long)).logits[0].float()
    scores = torch.log_softmax(logits[start - 1:-1], dim=-1)
    return float(sum(scores[k, ids[start + k]] for k in range(len(ids) - start)))


@dataclass
class _Compressing:
    """What one brief's compressions share: the model, the stems protected in this corpus
    on top of ``compress.is_protected``, and the model calls spent so far."""

    model: "TextModel"
    keep: frozenset[str]
    calls: int = 0

    def protected(self, word: str) -> bool:
        from summarizer.compress import core, is_protected

        if is_protected(word):
            return True
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


def _shorter_lengths(plan: "Plan") -> list[int]:
    """Word counts below the source's that a legal deletion within the plan's bounds has."""
    n = len(plan.words)
    return sorted({c + 1 for k in plan.successors[0] for c in range(n)
                   if plan.tails[k] >> c & 1 and plan.min_words <= c + 1 <= min(plan.max_words, n - 1)})


class _Refill:
    """The state of one refill: the brief so far, what it covers, what was tried."""

    def __init__(self, corpus: Corpus, budget: Budget, chosen: list[BriefSentence]) -> None:
        from summarizer.strategies.ilp import Weighting, concept_weights

        self.corpus, self.budget = corpus, budget
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

    def gain(self, text: str) -> float:
        return sum(self.weights.get(c, 0.0) for c in self._concepts(text) - self.covered)

    def room(self) -> int:
        return self.budget.size - self.budget.used(s.text for s in self.sentences)

    def best(self, shortest: Callable[[Budget, Sentence], int]) -> int | None:
        """The untried, non-redundant candidate with the most new concept weight per word
        among those whose shortest compression could fit; None when there is none."""
        room, scored = self.room(), []
        for sentence in self.corpus.representatives():
            if sentence.id in self.tried or sentence.id in self.taken or not is_candidate(sentence):
                continue
            if shortest(self.budget, sentence) > room or redundant(self.corpus, sentence.id, self.taken):
                continue
            gain = self.gain(sentence.text)
            if gain > 0:
                scored.append((gain / max(self.budget.cost(sentence.text), 1), -sentence.id))
        if not scored:
            return None
        best = -max(scored)[1]
        self.tried.add(best)
        return best

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


def _restore(budget: Budget, sentences: list[BriefSentence],
             source_of: Callable[[BriefSentence], str]) -> list[BriefSentence]:
    """Give rewritten sentences their source text (``source_of``) back while the budget has
    room for it, those that return the most words first."""
    out = list(sentences)
    order = sorted((i for i, s in enumerate(out) if s.rewritten),
                   key=lambda i: budget.cost(out[i].text) - budget.cost(source_of(out[i])))
    for i in order:
        source = source_of(out[i])
        trial = [s.text for s in out[:i]] + [source] + [s.text for s in out[i + 1:]]
        if budget.fits(trial):
            out[i] = dataclasses.replace(out[i], text=source, rewritten=False, guard=None)
    return out


# --------------------------------------------------------------------------- abstractive-full


class AbstractiveFull(_ModelStrategy):
    """The model writes the brief from the selected sentences (map over chunks that fit its
    context, then reduce); every generated sentence is guarded.

    Seq2seq models (BART, PEGASUS) are summarizers: they get the sentences alone. Causal
    instruction models get them inside ``PROMPT``.
    """

    name = "abstractive-full"
    PROMPT = ("Summarize the following news sentences in {words} words or fewer. Use only facts "
              "stated in them.\n\n{text}")

    def finish(self, corpus: Corpus, brief: Brief) -> Brief:
        model = self.text_model()
        selected = [s for s in brief.sentences if s.sentence_id is not None]
        target = brief.length.size if brief.length.unit == "words" else 100
        chunks, left_out = _pack(model, [s.text for s in selected], self._prompt_for(model, target))
        if left_out:
            brief.warnings.append(_left_out_warning(corpus, model, [selected[i] for i in left_out]))
        drafts = [self._write(model, " ".join(selected[i].text for i in c), target) for c in chunks]
        draft = self._reduce(model, drafts, target, brief)
        sentences, dropped = self._guarded(selected, split_sentences(draft), brief.length)
        if dropped:
            brief.warnings.append(f"abstractive-full: {dropped} generated sentence(s) shared no "
                                  "content word with the selected sentences and were dropped")
        if not sentences:
            brief.warnings.append("abstractive-full: the model wrote nothing usable; "
                                  "the brief is the extractive selection")
            sentences = selected
        brief.sentences = sentences
        return brief

    def _prompt_for(self, model: "TextModel", target: int) -> Callable[[str], str]:
        if model.is_seq2seq:
            return lambda text: text
        return lambda text: self.PROMPT.format(words=target, text=text)

    def _write(self, model: "TextModel", text: str, target: int) -> str:
        return model.generate(self._prompt_for(model, target)(text))

    def _reduce(self, model: "TextModel", drafts: list[str], target: int, brief: Brief) -> str:
        """Summarize the partial summaries together until one remains. Drafts that cannot
        share a window with another are passed on as they are (and the guard judges them)."""
        prompt = self._prompt_for(model, target)
        while len(drafts) > 1:
            chunks, alone = _pack(model, drafts, prompt)
            if all(len(c) == 1 for c in chunks):
                brief.warnings.append(f"abstractive-full: {len(drafts)} partial summaries did not "
                                      "fit the model's context together; they were joined as written")
                return " ".join(drafts)
            merged = [self._write(model, " ".join(drafts[i] for i in c), target)
                      if len(c) > 1 else drafts[c[0]] for c in chunks]
            drafts = merged + [drafts[i] for i in alone]
        return drafts[0] if drafts else ""

    def _guarded(self, selected: list[BriefSentence], generated: list[str],
                 budget: Budget) -> tuple[list[BriefSentence], int]:
        """Each generated sentence, checked against the selected sentences; a refused one is
        replaced by the selected sentence closest to it (once). Near-duplicates and
        overflow are dropped. Returns the sentences and how many shared nothing."""
        sources = [s.text for s in selected]
        result: list[BriefSentence] = []
        used: set[int] = set()
        unrelated = 0
        for text in generated:
            closest = _closest(selected, text)
            if closest is None:
                unrelated += 1
                continue
            item = self._guarded_one(sources, selected, closest, text)
            if not item.rewritten and closest in used:
                continue
            texts = [s.text for s in result] + [item.text]
            if budget.fits(texts) and not any(_near_duplicate(item.text, s.text) for s in result):
                result.append(item)
                used.add(closest)
        return result, unrelated

    def _guarded_one(self, sources: list[str], selected: list[BriefSentence], closest: int,
                     text: str) -> BriefSentence:
        base = selected[closest]
        if _same_text(text, base.text):  # copied verbatim: not a rewrite
            return BriefSentence(base.text, list(base.sources), base.sentence_id)
        verdict = self.guard.check(sources, text)
        if not verdict.accepted:
            return BriefSentence(base.text, list(base.sources), base.sentence_id,
                                 guard=verdict.reason or "refused")
        return BriefSentence(text, _provenance(selected, closest, text), base.sentence_id,
                             rewritten=True)


def _near_duplicate(a: str, b: str) -> bool:
    return jaccard(frozenset(content_stems(a)), frozenset(content_stems(b))) >= NEAR_DUPLICATE_JACCARD


def _closest(selected: Sequence[BriefSentence], text: str) -> int | None:
    stems = frozenset(content_stems(text))
    scores = [jaccard(stems, frozenset(content_stems(s.text))) for s in selected]
    if not scores or max(scores) == 0:
        return None
    return max(range(len(scores)), key=scores.__getitem__)


def _provenance(selected: Sequence[BriefSentence], closest: int, text: str) -> list:
    """The closest sentence's sources, then those of every other selected sentence that
    contributes a content word the ones before it do not: a fused sentence cites all it used."""
    needed = set(content_stems(text))
    sources = list(selected[closest].sources)
    needed -= set(content_stems(selected[closest].text))
    for i, sentence in enumerate(selected):
        own = needed & set(content_stems(sentence.text))
        if i != closest and own:
            sources += [s for s in sentence.sources if s not in sources]
            needed -= own
    return sources


def _fits(model: "TextModel", prompt: str) -> bool:
    """Whether the model takes ``prompt`` whole (template included); seq2seq models would
    cut it silently (``prompt_ids``), so their length is checked here first."""
    from summarizer.models import PromptTooLongError

    if model.is_seq2seq:
        return len(model.tokenizer(prompt)["input_ids"]) <= model.context_tokens
    try:
        model.prompt_ids(prompt)
    except PromptTooLongError:
        return False
    return True


def _pack(model: "TextModel", texts: Sequence[str],
          prompt: Callable[[str], str]) -> tuple[list[list[int]], list[int]]:
    """Group consecutive texts into prompts that fit the model's context.

    Returns the chunks (indices into ``texts``) and the indices of texts too long to fit
    even alone: those are left out, never cut, and the caller says so.
    """
    chunks: list[list[int]] = []
    left_out: list[int] = []
    for i, text in enumerate(texts):
        if chunks and _fits(model, prompt(" ".join([texts[j] for j in chunks[-1]] + [text]))):
            chunks[-1].append(i)
        elif _fits(model, prompt(text)):
            chunks.append([i])
        else:
            left_out.append(i)
    return chunks, left_out


def _left_out_warning(corpus: Corpus, model: "TextModel", sentences: Sequence[BriefSentence]) -> str:
    """Names each left-out sentence by where it stands in the reports and its first words."""
    def name(sentence: BriefSentence) -> str:
        if sentence.sentence_id is not None:
            where = source_of(corpus, sentence.sentence_id)
            place = f"{where.document} sentence {where.sentence}"
        else:
            place = "unknown source"
        return f'{place} ("{" ".join(sentence.text.split()[:8])}...")'

    listed = "; ".join(name(s) for s in sentences)
    return (f"abstractive-full: {len(sentences)} selected sentence(s) longer than {model.name}'s "
            f"context ({model.context_tokens} tokens) were left out of the model's input: {listed}")
