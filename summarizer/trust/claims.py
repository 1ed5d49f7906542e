"""Incompatible accounts and loaded terms between reports, however each report words them.

* *claim*: death counts that disagree ("three workers were killed" / "a fourth victim has
  died") and opposite outcomes of one happening ("ended peacefully" / "clashed with police");
* *wording*: one outlet's term for what another names otherwise ("illegal immigrants" /
  "undocumented immigrants").

What a sentence claims is read by ``summarizer.nlp.claims`` (spaCy); here the readings of
sentences about one thing are paired across reports. ``contradicted_by`` tells the brief
which reports must not be cited for a sentence.
"""

from __future__ import annotations

from collections import defaultdict
from functools import lru_cache
from typing import Any, Iterable

from summarizer.trust.align import CANDIDATE_JACCARD, Alignment
from summarizer.corpus import Corpus
from summarizer.text import stem
from summarizer.trust.variants import Difference, distinct_reports, related, variants_of

#: Sentences of two reports that are not one fact still tell one happening (for opposite
#: outcomes and loaded terms) when they share this many content words besides those.
ABOUT_ONE_THING_WORDS = 3


def _about_one_thing(corpus: Corpus, alignment: Alignment, a: int, b: int, ignore: set[str]) -> bool:
    """Two sentences speak of one happening: one fact, or, besides the words compared, at
    least ``ABOUT_ONE_THING_WORDS`` content words in common (related forms count: "march" /
    "marchers") making up ``align.CANDIDATE_JACCARD`` of their words."""
    if alignment.fact_of[a] == alignment.fact_of[b]:
        return True
    left = [w for w in corpus.sentences[a].content if w not in ignore]
    right = corpus.sentences[b].content
    buckets = _by_prefix(right)
    shared = sum(1 for w in left if any(o not in ignore and (w == o or related(w, o))
                                        for o in buckets.get(_prefix(w), ())))
    union = len(left) + len(right - ignore) - shared
    return shared >= ABOUT_ONE_THING_WORDS and union > 0 and shared / union >= CANDIDATE_JACCARD


def _prefix(word: str) -> str:
    """The bucket of a word: equal words and related forms (``variants.related``: the
    shorter, of four letters or more, begins the longer) always share it."""
    return word.lower()[:4] if len(word) >= 4 else "=" + word


@lru_cache(maxsize=50_000)
def _by_prefix(words: frozenset[str]) -> dict[str, tuple[str, ...]]:
    """A sentence's content words by ``_prefix`` (only words in one bucket are compared)."""
    buckets: dict[str, list[str]] = defaultdict(list)
    for word in sorted(words):
        buckets[_prefix(word)].append(word)
    return {key: tuple(found) for key, found in buckets.items()}


def casualty_differences(corpus: Corpus, documents: frozenset[int] | set[int],
                         event: int | None = None) -> list[Difference]:
    """Death counts the reports of one event give differently ("three workers were killed"
    / "a fourth victim has died"): one claim, told two ways. Only sentences that name a
    casualty word are parsed."""
    from summarizer.nlp.claims import casualty_counts, might_count_casualties
    from summarizer.nlp.load import parse_all

    ids = [s.id for s in corpus.sentences if s.doc in documents and might_count_casualties(s.text)]
    readings: dict[Any, list[tuple[int, int, int]]] = defaultdict(list)
    for sentence_id, doc in zip(ids, parse_all(corpus.sentences[i].text for i in ids)):
        for value, start, end in casualty_counts(doc):
            readings[value].append((sentence_id, start, end))
    if len(readings) < 2:
        return []
    difference = Difference("claim", variants_of(corpus, readings), event)
    return [difference] if distinct_reports(difference) else []


def _paired_readings(corpus: Corpus, alignment: Alignment, documents: frozenset[int] | set[int],
                     read, kind: str, event: int | None) -> list[Difference]:
    """Differences where sentences of different reports about one thing take opposite sides
    of one pair (``read(text)`` -> pair index -> (side, word))."""
    ids = [s.id for s in corpus.sentences if s.doc in documents]
    sides = {i: read(corpus.sentences[i].text) for i in ids}
    found = []
    for pair in sorted({p for found_sides in sides.values() for p in found_sides}):
        takers = [i for i in ids if pair in sides[i]]
        readings: dict[Any, list[tuple[int, int, int]]] = defaultdict(list)
        for a in takers:
            opposite = [b for b in takers if corpus.sentences[b].doc != corpus.sentences[a].doc
                        and sides[b][pair][0] != sides[a][pair][0]
                        and _about_one_thing(corpus, alignment, a, b,
                                             {stem(sides[a][pair][1]), stem(sides[b][pair][1])})]
            if opposite:
                word = sides[a][pair][1]
                start = corpus.sentences[a].text.lower().find(word.lower())
                readings[sides[a][pair][0]].append((a, max(start, 0), max(start, 0) + len(word)))
        if len(readings) == 2:
            difference = Difference(kind, variants_of(corpus, readings), event)
            if distinct_reports(difference):
                found.append(difference)
    return found


def outcome_differences(corpus: Corpus, alignment: Alignment, documents: frozenset[int] | set[int],
                        event: int | None = None) -> list[Difference]:
    """Opposite outcomes of one happening ("ended peacefully" / "clashed with police")."""
    from summarizer.nlp.claims import outcome_sides
    return _paired_readings(corpus, alignment, documents, outcome_sides, "claim", event)


def loaded_differences(corpus: Corpus, alignment: Alignment, documents: frozenset[int] | set[int],
                       event: int | None = None) -> list[Difference]:
    """One outlet's term for what another names otherwise ("illegal immigrants" /
    "undocumented immigrants"), between sentences about one thing, however worded."""
    from summarizer.nlp.claims import loaded_terms
    return _paired_readings(corpus, alignment, documents, loaded_terms, "wording", event)


def contradicted_by(differences: Iterable[Difference], document: str, sentence: int) -> set[str]:
    """Reports that give another account of what this report's sentence claims (kinds
    "claim" and "number", when the accounts cannot both be true): a brief must not cite them
    for it. Reports that also give this
    sentence's account (an update that repeats the earlier figure) are not counted."""
    against: set[str] = set()
    for difference in differences:
        if difference.kind not in ("claim", "number") or not difference.conflicting:
            continue
        own = [v for v in difference.variants
               if any(s.document == document and s.sentence == sentence for s in v.sources)]
        if not own:
            continue
        agreeing = {s.document for v in own for s in v.sources}
        against |= {s.document for v in difference.variants if v not in own for s in v.sources} - agreeing
    return against

