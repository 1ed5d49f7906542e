"""The Python API: one call from reports to a Brief; the CLI and the harness use it too."""

from __future__ import annotations

from pathlib import Path
from typing import Any, Sequence

from summarizer.brief import Brief, build_brief
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.ingest import read_reports
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
    from summarizer import language
    from summarizer.language import support
    from summarizer.trust import annotate, prepare

    budget = Budget.parse(length)
    chosen = strategy if isinstance(strategy, Strategy) else get_strategy(strategy, **options)
    name = chosen.name or (strategy if isinstance(strategy, str) else DEFAULT_STRATEGY)
    with language.use(language.of_documents(corpus.documents)) as code:
        if not support.strategy_available(name, code):
            raise InputError(f"strategy {name!r} needs English-only models; reports in "
                             f"{language.display_name(code)} take an extractive strategy")
        encoder = embeddings and support.uses_english_models(code)
        prepare(corpus, embeddings=encoder)  # the alignment proceeds while the strategy selects
        selected = chosen.select(corpus, budget)
        brief = build_brief(corpus, selected, name, budget, lambda i: chosen.wording(corpus, i))
        brief = chosen.finish(corpus, brief)
        brief = annotate(corpus, brief, embeddings=encoder)
        brief.warnings.extend(support.notes(code))
        return brief


def summarize(inputs: Sequence[str | Path | bytes] | str | Path | bytes,
              strategy: str | Strategy | None = None, length: str | int | Budget = "100w", *,
              language: str | None = None, embeddings: bool = True, **options: Any) -> Brief:
    """Read the reports (paths, folders, ``-`` for stdin, or raw text strings) and write
    one consolidated brief with ``strategy`` within ``length``.

    ``length`` is "100w" (words), "5s" (sentences) or "600c" (characters); a bare number,
    ``100`` or ``"100"``, means words. ``strategy`` is a name or spec ("ilp:trim=false",
    see ``summarizer.strategies.parse_spec``) or a Strategy object; ``options`` go to its
    constructor. ``language`` is a name or ISO code ("de", "German"); without it each report's
    language is detected and the set is read in the majority's (reports in another language
    are left out, and named in ``brief.warnings`` like everything else skipped). The length
    and the strategy are checked before any report is read, so a mistake there fails at once.
    Every error meant for the caller is a
    ``summarizer.errors.SummarizerError`` (``InputError``, ``ModelLoadError``).
    """
    budget = Budget.parse(length)
    chosen = strategy if isinstance(strategy, Strategy) else get_strategy(strategy, **options)
    reading = read_reports(inputs, language=language)
    brief = summarize_corpus(Corpus(reading.documents), chosen, budget, embeddings=embeddings)
    brief.warnings[:0] = reading.warnings
    return brief
