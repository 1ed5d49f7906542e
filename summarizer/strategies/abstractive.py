"""Abstractive strategies: a transformer model rewrites what the extractive side selected.

Small models invent facts when they write freely (measured on SmolLM2-135M: a free
compression was usable for 8 of 30 sentences). So the ``abstractive`` strategy only lets the
model *delete* words (``compress.py``: decoding constrained to a subsequence of the source,
with negations, hedges, attributions, numbers and names protected), and every rewrite still
passes the guard (``guard.py``); a refused rewrite falls back to its source sentence.
Words freed by compression are spent on further sentences, compressed the same way.

``abstractive-full`` lets the model write the whole brief from the selected sentences, for
models large enough to do that; long input is mapped over chunks that fit the model's
context and then reduced, and each generated sentence is guarded against the selected
sentences and replaced by the closest one when it fails.

torch and transformers are imported only inside ``finish`` (via ``models.load_model``).
"""

from __future__ import annotations

import logging
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.brief import Brief, BriefSentence, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.strategies.base import Strategy, is_candidate, redundant
from summarizer.text import jaccard, split_sentences, content_stems

if TYPE_CHECKING:
    from summarizer.models import TextModel

log = logging.getLogger("summarizer")

#: Generation settings shipped with the project (``configs/generation.toml``).
DEFAULT_SETTINGS = Path(__file__).resolve().parents[2] / "configs" / "generation.toml"


def _base_strategy(name: str | None) -> Strategy:
    from summarizer.strategies import DEFAULT_STRATEGY, get_strategy

    return get_strategy(name or DEFAULT_STRATEGY)


def _load(model: str | None, settings_path: str | Path | None, overrides: dict[str, Any]) -> "TextModel":
    from summarizer.models import GenerationSettings, load_model

    path = Path(settings_path) if settings_path else DEFAULT_SETTINGS
    settings = GenerationSettings.from_toml(path) if path.is_file() else GenerationSettings()
    if overrides:
        settings = settings.replace(**overrides)
    return load_model(model, settings)


class _ModelStrategy(Strategy):
    """Shared set-up: a base extractive strategy, a model, generation settings, a guard."""

    def __init__(self, model: str | None = None, base: str | None = None,
                 settings: str | Path | None = None, **generation: Any) -> None:
        from summarizer.guard import Guard

        self.model_name = model
        self.base = _base_strategy(base)
        self.settings_path = settings
        self.generation = generation
        self.guard = Guard()

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        return self.base.select(corpus, budget)

    def model(self) -> "TextModel":
        return _load(self.model_name, self.settings_path, self.generation)


class Abstractive(_ModelStrategy):
    """Deletion-only compression of each selected sentence, then refill the freed budget."""

    name = "abstractive"

    def __init__(self, model: str | None = None, base: str | None = None,
                 settings: str | Path | None = None, min_ratio: float = 0.5,
                 max_ratio: float = 0.9, **generation: Any) -> None:
        super().__init__(model, base, settings, **generation)
        self.min_ratio = min_ratio
        self.max_ratio = max_ratio

    def finish(self, corpus: Corpus, brief: Brief) -> Brief:
        model = self.model()
        sentences = [self._rewrite(corpus, model, s) for s in brief.sentences]
        sentences += self._refill(corpus, model, brief.length, sentences)
        brief.sentences = sentences
        return brief

    def _rewrite(self, corpus: Corpus, model: "TextModel", sentence: BriefSentence) -> BriefSentence:
        """Compress one sentence; keep the source when compression or the guard refuses."""
        from summarizer.compress import compress_detailed

        source = corpus.sentences[sentence.sentence_id].text
        result = compress_detailed(source, model, None, self.min_ratio, self.max_ratio)
        if not result.accepted or result.text == source:
            sentence.guard = f"compression: {result.reason}" if result.reason else None
            return sentence
        verdict = self.guard.check([source], result.text)
        if not verdict.accepted:
            sentence.guard = verdict.reason
            return sentence
        sentence.text, sentence.rewritten, sentence.guard = result.text, True, None
        return sentence

    def _refill(self, corpus: Corpus, model: "TextModel", budget: Budget,
                chosen: list[BriefSentence]) -> list[BriefSentence]:
        """Spend the words compression freed on the best remaining sentences: those that
        cover the most not-yet-covered content stems shared by several reports."""
        added: list[BriefSentence] = []
        taken = [s.sentence_id for s in chosen if s.sentence_id is not None]
        for sentence_id in _coverage_ranking(corpus, taken):
            texts = [s.text for s in chosen + added]
            if budget.unit == "sentences" and len(texts) >= budget.size:
                break
            if budget.size - budget.used(texts) < 8 and budget.unit == "words":
                break
            if redundant(corpus, sentence_id, taken):
                continue
            candidate = self._rewrite(corpus, model, BriefSentence(
                corpus.sentences[sentence_id].text, sources_of(corpus, sentence_id), sentence_id))
            if budget.fits(texts + [candidate.text]):
                added.append(candidate)
                taken.append(sentence_id)
        return added


def _coverage_ranking(corpus: Corpus, taken: list[int], limit: int = 12) -> list[int]:
    """Candidates best first by the weight of the content stems they add: a stem weighs the
    number of reports that use it, so facts many reports share come first."""
    weight = Counter(stem for d in range(len(corpus.documents))
                     for stem in {c for s in corpus.sentences if s.doc == d for c in s.content})
    covered = {c for i in taken for c in corpus.sentences[i].content}
    scored = []
    for sentence in corpus.representatives():
        if sentence.id in taken or not is_candidate(sentence):
            continue
        gain = sum(weight[c] for c in sentence.content - covered if weight[c] > 1)
        scored.append((gain / max(sentence.word_count, 1) ** 0.5, -sentence.id, sentence.id))
    return [i for *_, i in sorted(scored, reverse=True)[:limit]]


class AbstractiveFull(_ModelStrategy):
    """The model writes the brief from the selected sentences (map over chunks that fit its
    context, then reduce); every generated sentence is guarded."""

    name = "abstractive-full"
    PROMPT = ("Summarize the following news sentences in {words} words or fewer. Use only facts "
              "stated in them.\n\n{text}")

    def finish(self, corpus: Corpus, brief: Brief) -> Brief:
        model = self.model()
        selected = [s for s in brief.sentences if s.sentence_id is not None]
        chunks, left_out = _chunks(model, [s.text for s in selected], self.PROMPT)
        if left_out:
            brief.warnings.append(f"abstractive-full: {left_out} sentence(s) longer than the model's "
                                  "context were left out of the model's input")
        drafts = [self._generate(model, chunk, brief.length) for chunk in chunks]
        if len(drafts) > 1:
            drafts = [self._generate(model, " ".join(drafts), brief.length)]
        generated = split_sentences(" ".join(drafts))
        brief.sentences = self._guarded(corpus, selected, generated, brief.length)
        return brief

    def _generate(self, model: "TextModel", text: str, budget: Budget) -> str:
        words = budget.size if budget.unit == "words" else 100
        return model.generate(self.PROMPT.format(words=words, text=text))

    def _guarded(self, corpus: Corpus, selected: list[BriefSentence], generated: list[str],
                 budget: Budget) -> list[BriefSentence]:
        """Each generated sentence, checked against the selected sentences; a refused one is
        replaced by the selected sentence closest to it. Duplicates and overflow are dropped."""
        sources = [s.text for s in selected]
        result: list[BriefSentence] = []
        used: set[int] = set()
        for text in generated:
            closest = _closest(selected, text)
            if closest is None:
                continue
            verdict = self.guard.check(sources, text)
            if verdict.accepted:
                item = BriefSentence(text, list(selected[closest].sources), selected[closest].sentence_id,
                                     rewritten=True)
            elif closest in used:
                continue
            else:
                item = BriefSentence(selected[closest].text, list(selected[closest].sources),
                                     selected[closest].sentence_id, guard=verdict.reason)
            if budget.fits([s.text for s in result] + [item.text]) and \
                    all(jaccard(frozenset(content_stems(item.text)),
                                frozenset(content_stems(s.text))) < 0.6 for s in result):
                result.append(item)
                used.add(closest)
        return result or selected[:1]


def _closest(selected: list[BriefSentence], text: str) -> int | None:
    stems = frozenset(content_stems(text))
    scores = [jaccard(stems, frozenset(content_stems(s.text))) for s in selected]
    if not scores or max(scores) == 0:
        return None
    return max(range(len(scores)), key=scores.__getitem__)


def _chunks(model: "TextModel", texts: list[str], prompt: str) -> tuple[list[str], int]:
    """Group sentences into prompts that fit the model's context (never silently cut)."""
    limit = model.context_tokens - model.settings.max_new_tokens - model.count_tokens(prompt) - 16
    chunks: list[list[str]] = [[]]
    left_out = 0
    for text in texts:
        size = model.count_tokens(text)
        if size > limit:
            left_out += 1
            continue
        if chunks[-1] and model.count_tokens(" ".join(chunks[-1] + [text])) > limit:
            chunks.append([])
        chunks[-1].append(text)
    return [" ".join(c) for c in chunks if c], left_out
