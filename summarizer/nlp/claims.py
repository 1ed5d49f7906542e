"""What a sentence claims, for telling incompatible accounts apart (``differences``).

* ``casualty_counts``: how many people a sentence says died, read off spaCy's parse: a
  number modifying a noun that is the subject of "die"/"be killed" or the object of "kill"
  ("three workers were killed", "killed four people"), a number of deaths or victims ("the
  death toll rose to four" reads as 4), or an ordinal victim ("a fourth victim has died":
  at least 4).
* ``outcome_sides``: which side of each ``lexicon.OUTCOME_OPPOSITES`` pair a sentence's
  words take ("ended peacefully" / "clashed with police").
* ``loaded_terms``: the ``lexicon.LOADED_PAIRS`` and ``lexicon.PARTISAN_PAIRS`` terms a
  sentence uses in its own voice (a term inside quotation marks is the speaker's word).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.text.lexicon import (CASUALTY_WORDS, LOADED_PAIRS, NUMBER_WORDS, ORDINALS, OUTCOME_OPPOSITES,
                                     PARTISAN_PAIRS)

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


#: Every pair of terms for one thing, indexed as ``loaded_terms`` reports them.
TERM_PAIRS: tuple[tuple[str, str], ...] = LOADED_PAIRS + PARTISAN_PAIRS


def _term_pattern(term: str) -> str:
    """A loaded term as a whole word, with its plural or past ending ("riots", "slammed":
    a final consonant after a vowel doubles before "-ed")."""
    doubled = f"|{re.escape(term[-1])}ed" if re.search(r"[^aeiou][aeiou][bdglmnprt]$", term) else ""
    return rf"\b{re.escape(term)}(?:s|es|ed|d{doubled})?\b"


#: One compiled pattern per term, and one alternation of all of them: most sentences use
#: no loaded term, and one search of the alternation tells (it matches wherever any single
#: pattern would), so only the few that do are searched term by term.
_TERM_RES = tuple(tuple(re.compile(_term_pattern(term)) for term in pair) for pair in TERM_PAIRS)
_ANY_TERM_RE = re.compile("|".join(_term_pattern(term) for pair in TERM_PAIRS for term in pair))
def quoted_spans(text: str) -> list[tuple[int, int]]:
    """The character spans of the sentence inside quotation marks, straight or curly. A
    quotation may open in an earlier sentence or close in a later one: a sentence with an
    odd number of straight quotes that does not open with one, or whose first curly quote
    closes, begins inside a quotation ('There won't be amnesty in it."')."""
    straight = text.count('"')
    first_curly = next((ch for ch in text if ch in "\u201c\u201d"), "")
    inside = (straight % 2 == 1 and not text.lstrip().startswith('"')) or first_curly == "\u201d"
    spans, start = [], 0
    for i, ch in enumerate(text):
        if ch == '"' or (ch == "\u201c" and not inside) or (ch == "\u201d" and inside):
            if inside:
                spans.append((start, i + 1))
            inside, start = not inside, i
    if inside:
        spans.append((start, len(text)))
    return spans


def loaded_terms(text: str) -> dict[int, tuple[int, str]]:
    """Pair index (in ``TERM_PAIRS``) -> (side, the term as written) for each pair the
    sentence uses one term of, outside quotation marks: a quoted term is how the speaker
    put it, not the outlet's choice of words."""
    lower = text.lower()
    found: dict[int, tuple[int, str]] = {}
    if not _ANY_TERM_RE.search(lower):
        return found
    quoted = quoted_spans(text)
    for n, patterns in enumerate(_TERM_RES):
        hits = []
        for side, pattern in enumerate(patterns):
            match = next((m for m in pattern.finditer(lower)
                          if not any(a <= m.start() < b for a, b in quoted)), None)
            if match:
                hits.append((side, text[match.start():match.end()]))
        if len(hits) == 1:
            found[n] = hits[0]
    return found
