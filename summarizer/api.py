"""The Python API: one call from reports to a Brief; the CLI and the harness use it too."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from summarizer.brief import Brief, build_brief
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.strategies import DEFAULT_STRATEGY, get_strategy
from summarizer.strategies.base import Strategy


def summarize_corpus(corpus: Corpus, strategy: str | Strategy | None = None,
                     length: str | int | Budget = "100w", *, embeddings: bool = True,
                     **options: Any) -> Brief:
    """Summarize reports that are already read (the harness reuses one Corpus per cluster).

    Every brief, whatever the strategy, is annotated afterwards (``trust.annotate``): support
    per sentence, events, where the reports differ. ``embeddings=False`` aligns facts by
    shared words only, without loading the sentence encoder (faster, for batch runs).
    """
    from summarizer.trust import annotate

    budget = Budget.parse(length)
    chosen = strategy if isinstance(strategy, Strategy) else get_strategy(strategy, **options)
    name = chosen.name or (strategy if isinstance(strategy, str) else DEFAULT_STRATEGY)
    selected = chosen.select(corpus, budget)
    brief = build_brief(corpus, selected, name, budget, lambda i: chosen.wording(corpus, i))
    return annotate(corpus, chosen.finish(corpus, brief), embeddings=embeddings)


def summarize(inputs: Sequence[str | Path] | str | Path, strategy: str | Strategy | None = None,
              length: str | int | Budget = "100w", *, embeddings: bool = True,
              **options: Any) -> Brief:
    """Read the reports (paths, folders, ``-`` for stdin, or raw text strings) and write
    one consolidated brief with ``strategy`` within ``length``.

    ``length`` is "100w" (words), "5s" (sentences) or "600c" (characters); a bare number,
    ``100`` or ``"100"``, means words. ``strategy`` is a name or spec ("ilp:trim=false",
    see ``summarizer.strategies.parse_spec``) or a Strategy object; ``options`` go to its
    constructor. The length and the strategy are checked before any report is read, so a
    mistake there fails at once. Every error meant for the caller is a
    ``summarizer.errors.SummarizerError`` (``InputError``, ``ModelLoadError``).
    """
    budget = Budget.parse(length)
    chosen = strategy if isinstance(strategy, Strategy) else get_strategy(strategy, **options)
    return summarize_corpus(Corpus(load_documents(inputs)), chosen, budget,
                            embeddings=embeddings)
