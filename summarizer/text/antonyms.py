"""Opposite predicates: lemmas whose use by two reports about one thing, both affirmed or
both negated, gives incompatible accounts ("the board approved the plan" / "the board
rejected the plan"; "the vote was legal" / "the vote was illegal").

The pairs are ``lexicon.ANTONYM_PAIRS``: a small curated list, not a lexical database: no WordNet is installed with the project
(spaCy ships none, and NLTK's corpus would be a download at run time). The pairs are
direct antonyms of the kind WordNet lists as such for verbs and adjectives of news
reporting; pairs whose two sides are one happening told from two sides ("won" /
"defeated", "confirmed" / "denied" by two parties) are left out, as in
``lexicon.OUTCOME_OPPOSITES``. Each side is a set of spaCy lemmas.
"""

from __future__ import annotations

from summarizer.text import stem
from summarizer.text.lexicon import ANTONYM_PAIRS, IRREGULAR_FORMS


def _index() -> dict[str, tuple[tuple[int, int], ...]]:
    found: dict[str, list[tuple[int, int]]] = {}
    for n, sides in enumerate(ANTONYM_PAIRS):
        for side, lemmas in enumerate(sides):
            for lemma in sorted(lemmas):
                found.setdefault(lemma, []).append((n, side))
    return {lemma: tuple(places) for lemma, places in found.items()}


_INDEX = _index()
#: Stems of every word that may be a form of a lemma above: a sentence with none takes no
#: side of any pair (checked before parsing).
ANTONYM_STEMS = frozenset(stem(word) for word in sorted(set(_INDEX) | IRREGULAR_FORMS))


def opposite(a: str, b: str) -> bool:
    """The two lemmas (lower case) are on opposite sides of one pair."""
    return any((n, 1 - side) in _INDEX.get(b, ()) for n, side in _INDEX.get(a, ()))
