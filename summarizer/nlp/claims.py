"""What a sentence claims, for telling incompatible accounts apart (``differences``).

* ``casualty_counts``: how many people a sentence says died, read off spaCy's parse: a
  number modifying a noun that is the subject of "die"/"be killed" or the object of "kill"
  ("three workers were killed", "killed four people"), a number of deaths or victims ("the
  death toll rose to four" reads as 4), or an ordinal victim ("a fourth victim has died":
  at least 4).
* ``outcome_sides``: which side of each ``lexicon.OUTCOME_OPPOSITES`` pair a sentence's
  words take ("ended peacefully" / "clashed with police").
* ``loaded_terms``: the ``lexicon.LOADED_PAIRS`` terms a sentence uses.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.text.lexicon import CASUALTY_WORDS, LOADED_PAIRS, NUMBER_WORDS, ORDINALS, OUTCOME_OPPOSITES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

_DEATH_VERBS = frozenset({"kill", "die"})
_DEATH_NOUNS = frozenset({"death", "toll", "victim", "fatality", "dead"})


def might_count_casualties(text: str) -> bool:
    return any(w.strip(".,;:'\"").lower() in CASUALTY_WORDS for w in text.split())


def _value(token: "Token") -> int | None:
    word = token.lower_.replace(",", "")
    if word.isdigit():
        return int(word)
    if word in NUMBER_WORDS and NUMBER_WORDS[word] > 0:
        return NUMBER_WORDS[word]
    if word in ORDINALS:
        return ORDINALS.index(word) + 1
    return None


def _counts_deaths(noun: "Token") -> bool:
    """The noun names the dead: a death noun, the subject of "die"/passive "kill", or the
    object of "kill"."""
    if noun.lemma_.lower() in _DEATH_NOUNS:
        return True
    head = noun.head
    if head.lemma_.lower() == "die" and noun.dep_ == "nsubj":
        return True
    if head.lemma_.lower() == "kill" and noun.dep_ in ("nsubjpass", "dobj"):
        return True
    return noun.dep_ == "nsubj" and head.lemma_.lower() == "be" and any(
        c.lower_ == "dead" for c in head.children)


def casualty_counts(doc: "Doc") -> list[tuple[int, int, int]]:
    """(deaths, start char, end char) for each death count the sentence gives."""
    found = []
    for token in doc:
        value = _value(token)
        if value is None or (token.lower_ in ORDINALS and token.dep_ != "amod"):
            continue
        noun = token.head if token.dep_ in ("nummod", "amod", "quantmod") else None
        if token.dep_ == "pobj" and token.head.lower_ == "to" and token.head.head.lemma_ in ("rise", "climb", "reach"):
            noun = next((c for c in token.head.head.children if c.dep_ == "nsubj"), None)
        if token.dep_ in ("nsubj", "nsubjpass", "dobj") and not token.lower_ in ORDINALS:
            noun = token  # "three were killed", "killed three"
        if noun is not None and _counts_deaths(noun):
            found.append((value, token.idx, token.idx + len(token.text)))
    return found


def _words(text: str) -> list[str]:
    return re.findall(r"[a-z][a-z'-]*", text.lower())


def outcome_sides(text: str) -> dict[int, tuple[int, str]]:
    """Pair index -> (side 0 or 1, the word) for every outcome pair the sentence takes one
    side of (a sentence with words of both sides takes none)."""
    hits: dict[int, list[tuple[int, str]]] = {}
    for word in _words(text):
        for n, side in _OUTCOME_SIDES.get(word, ()):
            hits.setdefault(n, []).append((side, word))
    return {n: found[0] for n, found in sorted(hits.items()) if len({s for s, _ in found}) == 1}


def _outcome_index() -> dict[str, tuple[tuple[int, int], ...]]:
    """Word -> (pair index, side) for every side of an ``OUTCOME_OPPOSITES`` pair it is on:
    one lookup per word of a sentence instead of one test per pair and side."""
    index: dict[str, tuple[tuple[int, int], ...]] = {}
    for n, pair in enumerate(OUTCOME_OPPOSITES):
        for side in (0, 1):
            for word in pair[side]:
                index[word] = index.get(word, ()) + ((n, side),)
    return index


_OUTCOME_SIDES = _outcome_index()


def _term_pattern(term: str) -> str:
    """A loaded term as a whole word, with its plural or past ending ("riots", "slammed")."""
    return rf"\b{re.escape(term)}(?:s|es|ed|d)?\b"


#: One compiled pattern per term, and one alternation of all of them: most sentences use
#: no loaded term, and one search of the alternation tells (it matches wherever any single
#: pattern would), so only the few that do are searched term by term.
_TERM_RES = tuple(tuple(re.compile(_term_pattern(term)) for term in pair) for pair in LOADED_PAIRS)
_ANY_TERM_RE = re.compile("|".join(_term_pattern(term) for pair in LOADED_PAIRS for term in pair))


def loaded_terms(text: str) -> dict[int, tuple[int, str]]:
    """Pair index -> (side, the term as written) for each loaded-wording pair the sentence
    uses one term of."""
    lower = text.lower()
    found: dict[int, tuple[int, str]] = {}
    if not _ANY_TERM_RE.search(lower):
        return found
    for n, patterns in enumerate(_TERM_RES):
        hits = []
        for side, pattern in enumerate(patterns):
            match = pattern.search(lower)
            if match:
                hits.append((side, text[match.start():match.end()]))
        if len(hits) == 1:
            found[n] = hits[0]
    return found
