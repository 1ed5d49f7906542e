"""What both abstractive strategies share: a base extractive strategy that selects, a model
loaded on first use, generation settings read from the shipped TOML file, and a guard.

Settings come from ``configs/generation.toml`` (read as package data) or ``settings=PATH``;
any :class:`~summarizer.generation.models.GenerationSettings` field given to the constructor wins over
the file (``threads=1`` for one thread per harness worker). They are checked when the
strategy is made, so a typo fails before any model is loaded. torch and transformers are
imported only when the model is first needed (``models.load_model``).
"""

from __future__ import annotations

import dataclasses
import importlib.resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

from summarizer.brief import BriefSentence
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.strategies import DEFAULT_STRATEGY
from summarizer.strategies.base import Strategy
from summarizer.text import normalize

if TYPE_CHECKING:
    from summarizer.guard import Guard
    from summarizer.generation.models import GenerationSettings, TextModel
    from summarizer.selection.candidates import CandidateRules

#: Generation settings shipped with the project (``configs/generation.toml``).
DEFAULT_SETTINGS = Path(str(importlib.resources.files("summarizer.configs") / "generation.toml"))


def _base_strategy(spec: str) -> Strategy:
    """The extractive strategy that selects (a name or spec); its entry's kind decides."""
    from summarizer.strategies import get_strategy, strategy_entry

    if strategy_entry(spec).abstractive:
        raise InputError(f"the base of an abstractive strategy must be extractive, not {spec!r}")
    return get_strategy(spec)


def generation_settings(path: str | Path | None = None, **overrides: Any) -> "GenerationSettings":
    """The TOML file's settings (default ``configs/generation.toml``) with ``overrides``
    written over them (None keeps the file's value). Bad names or values are an InputError
    naming them: they come from a user's option, not from a bug."""
    from summarizer.generation.models import GenerationSettings

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


class ModelStrategy(Strategy):
    """Shared set-up: a base extractive strategy, a model, generation settings, a guard.

    ``model``: what ``--model`` names (None = the shipped SmolLM2). ``base``: the extractive
    strategy that selects (default: the engine's default); its candidate policy is this
    strategy's ``rules``. ``settings``: a TOML file with a ``[generation]`` table (None = the
    shipped one). ``threads`` and the other keywords: GenerationSettings fields.
    """

    def __init__(self, model: str | None = None, base: str = DEFAULT_STRATEGY,
                 settings: str | Path | None = None, threads: int | None = None,
                 **generation: Any) -> None:
        from summarizer.guard import Guard

        self.model_name = model
        self.base = _base_strategy(base)
        self.settings = generation_settings(settings, threads=threads, **generation)
        self.guard: Guard = Guard()
        self._model: TextModel | None = None

    @property
    def rules(self) -> "CandidateRules":
        """The base strategy's candidate policy: what it selects by, the refill chooses by."""
        return self.base.rules

    def select(self, corpus: Corpus, budget: Budget) -> list[int]:
        return self.base.select(corpus, budget)

    def wording(self, corpus: Corpus, sentence_id: int) -> str:
        """The base strategy's text (what its selection was budgeted with) is the source."""
        return self.base.wording(corpus, sentence_id)

    def text_model(self) -> "TextModel":
        """Loaded on first use (and once per process: ``load_model`` caches the weights)."""
        if self._model is None:
            from summarizer.generation.models import load_model

            self._model = load_model(self.model_name, self.settings)
        return self._model


def same_text(a: str, b: str) -> bool:
    return " ".join(normalize(a).split()) == " ".join(normalize(b).split())


def in_reading_order(corpus: Corpus, sentences: list[BriefSentence]) -> list[BriefSentence]:
    """Refilled sentences take their place in the story, as ``brief.reading_order`` does."""
    def key(item: tuple[int, BriefSentence]) -> tuple[float, int, int, int]:
        position, sentence = item
        if sentence.sentence_id is None:
            return (2.0, 0, 0, position)
        s = corpus.sentences[sentence.sentence_id]
        return (corpus.mean_position(s.id), s.doc, s.index, position)

    return [s for _, s in sorted(enumerate(sentences), key=key)]
