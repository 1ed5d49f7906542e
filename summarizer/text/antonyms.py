"""Opposite predicates: lemmas whose use by two reports about one thing, both affirmed or
both negated, gives incompatible accounts ("the board approved the plan" / "the board
rejected the plan"; "the vote was legal" / "the vote was illegal").

A small curated list, not a lexical database: no WordNet is installed with the project
(spaCy ships none, and NLTK's corpus would be a download at run time). The pairs are
direct antonyms of the kind WordNet lists as such for verbs and adjectives of news
reporting; pairs whose two sides are one happening told from two sides ("won" /
"defeated", "confirmed" / "denied" by two parties) are left out, as in
``lexicon.OUTCOME_OPPOSITES``. Each side is a set of spaCy lemmas.
"""

from __future__ import annotations

from summarizer.text import stem


def _side(text: str) -> frozenset[str]:
    return frozenset(text.split())


#: (side 0, side 1): a lemma of one side and a lemma of the other are opposites.
ANTONYM_PAIRS: tuple[tuple[frozenset[str], frozenset[str]], ...] = tuple(
    (_side(a), _side(b)) for a, b in (
        ("accept", "reject refuse decline"),
        ("support back endorse favor", "oppose"),
        ("allow permit", "ban forbid prohibit bar block"),
        ("admit", "deny"),
        ("agree", "disagree"),
        ("include", "exclude"),
        ("increase raise expand", "decrease reduce cut lower"),
        ("rise grow", "fall shrink decline"),
        ("open", "close"),
        ("win", "lose"),
        ("succeed", "fail"),
        ("strengthen", "weaken"),
        ("lift", "impose"),
        ("praise welcome", "criticize condemn"),
        ("survive", "die"),
        ("arrive", "depart leave"),
        ("start begin", "end stop"),
        ("legal lawful", "illegal unlawful"),
        ("guilty", "innocent"),
        ("true accurate", "false inaccurate"),
        ("alive", "dead"),
        ("possible", "impossible"),
        ("likely", "unlikely"),
        ("willing", "unwilling reluctant"),
        ("safe", "unsafe dangerous"),
        ("constitutional", "unconstitutional"),
        ("present", "absent"),
    ))


def _index() -> dict[str, tuple[tuple[int, int], ...]]:
    found: dict[str, list[tuple[int, int]]] = {}
    for n, sides in enumerate(ANTONYM_PAIRS):
        for side, lemmas in enumerate(sides):
            for lemma in sorted(lemmas):
                found.setdefault(lemma, []).append((n, side))
    return {lemma: tuple(places) for lemma, places in found.items()}


_INDEX = _index()
#: Past forms of the irregular verbs above, which their stem does not reach.
IRREGULAR_FORMS = frozenset("won lost rose fell grew shrank began left forbade forbidden".split())
#: Stems of every word that may be a form of a lemma above: a sentence with none takes no
#: side of any pair (checked before parsing).
ANTONYM_STEMS = frozenset(stem(word) for word in sorted(set(_INDEX) | IRREGULAR_FORMS))


def opposite(a: str, b: str) -> bool:
    """The two lemmas (lower case) are on opposite sides of one pair."""
    return any((n, 1 - side) in _INDEX.get(b, ()) for n, side in _INDEX.get(a, ()))
