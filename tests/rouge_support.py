"""Helpers shared by the tests of the ``eval.rouge`` modules (tests/unit/eval/rouge/)."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer.eval.rouge.grams import GramKeys, PreparedText, lcs_layout
from summarizer.eval.rouge.perl import perl_rouge_available

needs_perl = pytest.mark.skipif(not perl_rouge_available(), reason="perl with XML::DOM / DB_File not installed")


def prepared(sentences: list[list[int]], max_n: int = 4, skip_distance: int | None = 4,
             skip_unigrams: bool = True) -> PreparedText:
    """A PreparedText of token ids given sentence by sentence, as ``Rouge155`` builds it
    (without reading, cutting or stemming text)."""
    ids = np.array([i for s in sentences for i in s], dtype=np.int64)
    grams = GramKeys(max_n, skip_distance, skip_unigrams).text_grams(ids)
    layout, ends = lcs_layout(sentences)
    return PreparedText(
        length=len(ids),
        ngram_totals=tuple(max(0, len(ids) - n + 1) for n in range(1, max_n + 1)),
        skip_total=grams.skip_total, layout=layout, ends=ends,
        vocabulary=grams.vocabulary, vocabulary_counts=grams.vocabulary_counts,
        keys=grams.keys, counts=grams.counts, kinds=grams.kinds)
