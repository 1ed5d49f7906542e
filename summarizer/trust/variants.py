"""What every kind of difference is made of: a Variant (one way the reports put it, with
its sources) and a Difference (variants of one claim), and the passages cut around a run
of a sentence's word tokens (``summarizer.text.tokens``, with character offsets).
``differences`` (word changes within a fact), ``quantities`` (numbers) and ``claims``
(incompatible accounts, loaded terms) build on it.
"""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any

from summarizer.brief import Source, source_of
from summarizer.corpus import Corpus, Sentence
from summarizer.text import is_number, is_stop_word
from summarizer.language.numbers import ENGLISH_NUMBER_WORDS
from summarizer.language.digits import is_grouped_number
from summarizer.text.lexicon import NEGATIONS, SCALES as LEXICON_SCALES
from summarizer.text.tokens import Token, tokens_of

#: Two versions are "otherwise aligned" when this share of their stems match in order
#: (SequenceMatcher ratio); below it they are paraphrases, whose word changes are rephrasing.
ALIGNED_RATIO = 0.8
#: Words shown on each side of a difference, so a reader sees what it is about.
CONTEXT_WORDS = 3

#: Order of kinds in the output: numbers first, they are what readers check.
KINDS = ("number", "claim", "name", "negation", "wording")

#: Spelled-out English numbers that state a count, and the words that multiply them.
NUMBER_WORDS = ENGLISH_NUMBER_WORDS
SCALES = LEXICON_SCALES


@dataclass(frozen=True)
class Variant:
    """One way the reports put it: the passage, its differing words, who says it."""

    text: str  # the passage with a few words of context
    changed: str  # the words that differ (a substring of text; "" when they are absent)
    sources: tuple[Source, ...]
    sentence: str  # the whole sentence of the first source
    offset: int = 0  # where ``changed`` starts in ``text``

    def to_dict(self) -> dict[str, Any]:
        return {"text": self.text, "changed": self.changed,
                "sources": [s.to_dict() for s in self.sources], "sentence": self.sentence}


@dataclass(frozen=True)
class Difference:
    """A claim the reports make in different ways."""

    kind: str  # one of KINDS
    variants: tuple[Variant, ...]
    event: int | None = None
    fact: int | None = None  # the fact (alignment id) whose versions differ, if one
    #: Whether the versions cannot all be true ("three killed" / "four killed"); versions
    #: that differ but can (``at least 93,000`` / ``more than 93,000``) are listed, not disputed.
    conflicting: bool = True

    @property
    def documents(self) -> set[str]:
        return {s.document for v in self.variants for s in v.sources}

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "event": self.event,
                "variants": [v.to_dict() for v in self.variants]}


# --- tokens -------------------------------------------------------------------------------


def counts(token: Token) -> bool:
    """A content word that can carry a substitution (numbers have their own rule)."""
    lower = token.lower
    return not (is_stop_word(lower) or is_number(lower) or is_grouped_number(lower)
                or lower in NUMBER_WORDS or lower in SCALES or lower in NEGATIONS)


def tokens(sentence: Sentence) -> tuple[Token, ...]:
    """The sentence's words with offsets, keyed by the corpus's stems."""
    return tokens_of(sentence.text, sentence.words, sentence.stems)


def passage(sentence: Sentence, start: int, end: int) -> tuple[str, str, int]:
    """(passage, changed words, offset of the changed words) for tokens [start, end) with
    CONTEXT_WORDS of context on each side."""
    toks = tokens(sentence)
    if not toks:
        return sentence.text, "", 0
    left = toks[max(0, start - CONTEXT_WORDS)].start
    right = toks[min(len(toks), end + CONTEXT_WORDS) - 1].end
    text = sentence.text[left:right]
    if start >= end:
        return text, "", 0
    return text, sentence.text[toks[start].start:toks[end - 1].end], toks[start].start - left



def related(a: str, b: str) -> bool:
    """Forms of one word the stemmer keeps apart ("syria" / "syrian", "iran" / "iranian")."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    return len(short) >= 4 and long.startswith(short)



def ratio(a: Sentence, b: Sentence) -> float:
    """Share of the two sentences' stems that match in order (``ALIGNED_RATIO``)."""
    return SequenceMatcher(None, a.stems, b.stems, autojunk=False).ratio()


def char_passage(sentence: Sentence, start: int, end: int) -> tuple[str, str, int]:
    """``passage`` for the characters [start, end) of the sentence."""
    toks = tokens(sentence)
    inside = [n for n, t in enumerate(toks) if t.end > start and t.start < end]
    if not inside:
        return sentence.text, sentence.text[start:end], start
    return passage(sentence, inside[0], inside[-1] + 1)


def variants_of(corpus: Corpus, readings: dict[Any, list[tuple[int, int, int]]]) -> tuple[Variant, ...]:
    """One Variant per reading, given as (sentence id, start char, end char) of every
    sentence that reads so; variants in the order the reports first give them."""
    variants = []
    for key in sorted(readings, key=lambda k: (min(g[0] for g in readings[k]), str(k))):
        group = readings[key]
        first, start, end = min(group)
        sentence = corpus.sentences[first]
        text, changed, offset = char_passage(sentence, start, end)
        sources = tuple(source_of(corpus, i) for i in sorted({g[0] for g in group}))
        variants.append(Variant(text, changed, sources, sentence.text, offset))
    return tuple(variants)


def distinct_reports(difference: Difference) -> bool:
    """At least two readings come from reports that do not also give the other reading."""
    per_variant = [{s.document for s in v.sources} for v in difference.variants]
    return sum(1 for n, docs in enumerate(per_variant)
               if docs - set().union(*(d for m, d in enumerate(per_variant) if m != n))) >= 2

