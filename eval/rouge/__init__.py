"""A Python ROUGE scorer that reproduces Perl ROUGE-1.5.5 exactly.

Target command line (what the DUC 2004 reference tables were made with)::

    ROUGE-1.5.5.pl -n 4 -2 4 -u -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d -z SPL

i.e. ROUGE-1..4, ROUGE-L and ROUGE-SU4, Porter stemming (ROUGE's own variant,
see ``eval.rouge.porter``), no stop-word removal, peers *and* references cut to
their first 100 words, model-average scoring over all references, and a 95%
bootstrap interval from 1000 resamples.

Why not just ``rouge-score``: its tokenizer, stemmer (NLTK Porter, no WordNet
exceptions), multi-reference rule (best reference, not pooled hits), missing
SU4 and word cut, and its bootstrap all differ from ROUGE-1.5.5, and every one
of them moves the fifth decimal.  Nothing of it is reused here; each rule of
the Perl script is re-implemented and the comment at each place names the
Perl sub it mirrors.

Layout (one small module per step, like rouge-score's package):

- ``scorer``: ``Rouge155`` and its result types (``Score``, ``SystemScore``,
  ``SystemResult``);
- ``tokenizer``: reading SPL lines, the word cut (-l N) and the tokenizer;
- ``porter``: ROUGE's Porter variant and its WordNet exception table;
- ``grams``: the prepared texts, n-gram and skip-bigram keys and pooled counts;
- ``lcs``: ROUGE-L's summary-level union LCS;
- ``bootstrap``: the rounding and the bootstrap averages;
- ``perl``: the runner of the Perl original (only tests and the benchmark use it;
  not imported here).

This package re-exports the public API: ``from summarizer.eval.rouge import Rouge155``.
"""

from __future__ import annotations

from summarizer.eval.rouge.scorer import METRICS, Rouge155, Score, SystemResult, SystemScore
from summarizer.eval.rouge.tokenizer import cut_words, load_lines, read_sentences, tokenize

__all__ = [
    "METRICS",
    "Score",
    "SystemScore",
    "SystemResult",
    "Rouge155",
    "load_lines",
    "read_sentences",
    "cut_words",
    "tokenize",
]
