"""Deletion-only sentence compression with a language model.

The model never writes text: it only chooses which words of the source sentence to drop.
Decoding is constrained token by token so that the output is the source's words, in order,
with some left out. Words that carry the sentence's truth (negations, hedges, attribution,
numbers, names) may never be left out, so a compressed sentence cannot say more, or
something other, than its source did.

How the constraint works: the source is split on whitespace into words. Each word is
tokenized the way it appears in the output (first word: as at the start of a text; later
words: after a space, which gives "Ġword" for byte-level BPE and "▁word" for
sentencepiece). A small automaton follows the generated tokens: at a word boundary the
allowed tokens are the first tokens of the words that may come next (any later word, as
long as no protected word is skipped on the way) and EOS (only when no protected word is
left); inside a word, only that word's next token. Length bounds and a few grammar rules
are part of the same automaton, so every path the model can take is acceptable.
"""


from __future__ import annotations

from summarizer.generation.compress.decode import (
    Automaton,
    Compression,
    check,
    compress,
    compress_detailed,
    render,
)
from summarizer.generation.compress.plan import Plan, build_plan, core, is_protected
from summarizer.generation.compress.vocabulary import (
    ATTRIBUTION,
    DEFAULT_PROMPT,
    HEDGES,
    NEGATIONS,
    NUMBER_WORDS,
)

__all__ = [
    "ATTRIBUTION", "Automaton", "Compression", "DEFAULT_PROMPT", "HEDGES", "NEGATIONS",
    "NUMBER_WORDS", "Plan", "build_plan", "check", "compress", "compress_detailed", "core",
    "is_protected", "render",
]
