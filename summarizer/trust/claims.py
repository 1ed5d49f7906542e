"""Incompatible accounts and loaded terms between reports, however each report words them.

* *claim*: death counts that disagree ("three workers were killed" / "a fourth victim has
  died") and opposite outcomes of one happening ("ended peacefully" / "clashed with police");
* *claim* and *name*: opposite stances on one claim ("will close the plant" / "will not
  close the plant", "supports" / "opposes") and different names in one slot ("the meeting in
  Dover" / "the Denton meeting"), read by ``trust.stances`` (``stance_differences``);
* *wording*: one outlet's term for what another names otherwise ("illegal immigrants" /
  "undocumented immigrants").

What a sentence claims is read by ``summarizer.nlp.claims`` (spaCy); here the readings of
sentences about one thing are paired across reports. ``contradicted_by`` tells the brief
which reports must not be cited for a sentence.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache
from typing import Any, Iterable

from summarizer.trust.align import CANDIDATE_JACCARD, Alignment
from summarizer.corpus import Corpus, Sentence
from summarizer.text import content_stems
from summarizer.text.antonyms import ANTONYM_STEMS
from summarizer.text.lexicon import CASUALTY_WORDS, NEGATIONS
from summarizer.trust.stances import name_clash, read, stance_clash
from summarizer.trust.variants import Difference, distinct_reports, related, variants_of

#: Sentences of two reports that are not one fact still tell one happening (for opposite
#: outcomes and loaded terms) when they share this many content words besides those.
ABOUT_ONE_THING_WORDS = 3
#: Two sentences that name one thing by different terms are about it when they share this
#: many content words besides the terms, whatever share of their words that is:
#: outlets that frame a happening apart tell it in long sentences that share a whole
#: clause ("a state plan that gives children of illegal immigrants in-state tuition" /
#: "a law that allows undocumented immigrants ... in-state tuition") and little else.
ONE_THING_SHARED_WORDS = 6
#: A word occurring in more sentences of an event than this is not used to pair sentences
#: for ``stance_differences`` (keeps pairing near linear on large events; such words do not
#: make two sentences one claim).
COMMON_WORD_SENTENCES = 200
#: Kinds of difference whose accounts cannot both be true: a report giving one is never
#: cited for the other. A "wording" difference names one thing two ways; a "negation"
#: within one fact's versions is listed (its versions may differ in a side clause).
DISPUTING_KINDS = ("claim", "number", "name")


def about_one_thing(corpus: Corpus, alignment: Alignment, a: int, b: int, ignore: set[str],
                     enough: int | None = None) -> bool:
    """Two sentences speak of one happening: one fact, or, besides the words compared, at
    least ``ABOUT_ONE_THING_WORDS`` content words in common (related forms count: "march" /
    "marchers") making up ``align.CANDIDATE_JACCARD`` of their words, or, given ``enough``,
    at least that many words in common whatever their share."""
    if alignment.fact_of[a] == alignment.fact_of[b]:
        return True
    left = [w for w in corpus.sentences[a].content if w not in ignore]
    right = corpus.sentences[b].content
    buckets = _by_prefix(right)
    shared = sum(1 for w in left if any(o not in ignore and (w == o or related(w, o))
                                        for o in buckets.get(_prefix(w), ())))
    union = len(left) + len(right - ignore) - shared
    if shared < ABOUT_ONE_THING_WORDS or union <= 0:
        return False
    return shared / union >= CANDIDATE_JACCARD or (enough is not None and shared >= enough)


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


def _sentences_in(corpus: Corpus, documents: frozenset[int] | set[int]) -> list[Sentence]:
    """The sentences of ``documents`` in corpus order, read report by report (an event's
    reports, not the whole corpus once per event)."""
    return [s for doc in sorted(documents) for s in corpus.sentences_of(doc)]


def casualty_differences(corpus: Corpus, alignment: Alignment, documents: frozenset[int] | set[int],
                         event: int | None = None) -> list[Difference]:
    """Death counts the reports of one event give differently ("three workers were killed"
    / "a fourth victim has died"): one claim, told two ways. A count is an account of it
    only where a count of another value, in another report, tells one happening with it
    (``about_one_thing``, the death words aside): "at least 231 deaths [in Honduras]" and
    "the storm killed more than 10,000" count different dead. Only sentences that name a
    casualty word are parsed."""
    from summarizer.nlp.claims import casualty_counts, might_count_casualties
    from summarizer.nlp.load import parse_all

    ids = [s.id for s in _sentences_in(corpus, documents) if might_count_casualties(s.text)]
    readings: dict[Any, list[tuple[int, int, int]]] = defaultdict(list)
    places: dict[int, frozenset[str]] = {}
    for sentence_id, doc in zip(ids, parse_all(corpus.sentences[i].text for i in ids)):
        for value, start, end in casualty_counts(doc):
            readings[value].append((sentence_id, start, end))
        places[sentence_id] = frozenset(e.text for e in doc.ents if e.label_ in ("GPE", "LOC"))
    readings = _counts_of_one_happening(corpus, alignment, readings, places)
    if len(readings) < 2:
        return []
    difference = Difference("claim", variants_of(corpus, readings), event)
    return [difference] if distinct_reports(difference) else []


def _counts_of_one_happening(corpus: Corpus, alignment: Alignment, readings: dict[Any, list[tuple[int, int, int]]],
                             places: dict[int, frozenset[str]]) -> dict[Any, list[tuple[int, int, int]]]:
    """The readings that a reading of another value, in another report, is about one
    thing with (the casualty words are what differ, not words in common), unless the two
    sentences name different places (the dead "in Kenya" / "in Kenya and Tanzania")."""
    ignore = set(content_stems(" ".join(sorted(CASUALTY_WORDS))))
    entries = [(value, reading) for value in sorted(readings) for reading in readings[value]]

    def opposed(value: Any, a: int) -> bool:
        return any(other != value and corpus.sentences[a].doc != corpus.sentences[b].doc
                   and not (places[a] and places[b] and places[a] != places[b])
                   and about_one_thing(corpus, alignment, a, b, ignore) for other, (b, _, _) in entries)

    kept: dict[Any, list[tuple[int, int, int]]] = defaultdict(list)
    for value, reading in entries:
        if opposed(value, reading[0]):
            kept[value].append(reading)
    return kept


def _paired_readings(corpus: Corpus, alignment: Alignment, documents: frozenset[int] | set[int],
                     read, kind: str, event: int | None, enough: int | None = None) -> list[Difference]:
    """Differences where sentences of different reports about one thing take opposite sides
    of one pair (``read(text)`` -> pair index -> (side, word); ``enough`` as in
    ``about_one_thing``)."""
    ids = [s.id for s in _sentences_in(corpus, documents)]
    read_once: dict[str, dict[int, tuple[int, str]]] = {}  # a text repeated is read once
    for i in ids:
        if corpus.sentences[i].text not in read_once:
            read_once[corpus.sentences[i].text] = read(corpus.sentences[i].text)
    sides = {i: read_once[corpus.sentences[i].text] for i in ids}
    found = []
    for pair in sorted({p for found_sides in sides.values() for p in found_sides}):
        takers = [i for i in ids if pair in sides[i]]
        opposed = _opposed(corpus, alignment, takers, {i: sides[i][pair] for i in takers}, enough)
        readings: dict[Any, list[tuple[int, int, int]]] = defaultdict(list)
        for a in takers:
            if a in opposed:
                side, word = sides[a][pair]
                start = _own_use(corpus.sentences[a].text, word)
                readings[side].append((a, start, start + len(word)))
        if len(readings) == 2:
            difference = Difference(kind, variants_of(corpus, readings), event)
            if distinct_reports(difference):
                found.append(difference)
    return found


def _own_use(text: str, word: str) -> int:
    """Where the sentence uses the word read off it: its first use outside quotation marks
    (``loaded_terms`` reads no quoted term), else its first use."""
    from summarizer.nlp.claims import quoted_spans

    spans = quoted_spans(text)
    starts = [m.start() for m in re.finditer(re.escape(word.lower()), text.lower())]
    return next((i for i in starts if not any(a <= i < b for a, b in spans)), starts[0] if starts else 0)


def _opposed(corpus: Corpus, alignment: Alignment, takers: list[int],
             taken: dict[int, tuple[int, str]], enough: int | None = None) -> set[int]:
    """The takers (sentences taking side ``taken[i][0]`` of one pair, by the word
    ``taken[i][1]``) that a sentence of another report about one thing (``about_one_thing``)
    opposes. Blocked, not every pair of takers: copies of a sentence (the same text in one
    fact) are judged once, and a sentence is compared only with those of the other side in
    its fact or sharing one of its rarer word buckets (``_blocked``)."""
    classes: dict[tuple[str, frozenset[str], int], list[int]] = {}
    for i in takers:
        sentence = corpus.sentences[i]
        classes.setdefault((sentence.text, sentence.content, alignment.fact_of[i]), []).append(i)
    members = list(classes.values())
    first = [m[0] for m in members]
    words = [_bucket_counts(corpus.sentences[i].content - _term_stems(taken[i][1])) for i in first]
    by_bucket: dict[tuple[int, str], list[int]] = defaultdict(list)
    by_fact: dict[tuple[int, int], list[int]] = defaultdict(list)
    for n, i in enumerate(first):
        by_fact[(taken[i][0], alignment.fact_of[i])].append(n)
        for key in words[n]:
            by_bucket[(taken[i][0], key)].append(n)
    opposed: set[int] = set()
    for n, a in enumerate(first):
        other = 1 - taken[a][0]
        docs: set[int] = set()
        for m in _blocked(n, words, by_bucket, other, by_fact.get((other, alignment.fact_of[a]), [])):
            b = first[m]
            ignore = _term_stems(taken[a][1]) | _term_stems(taken[b][1])
            if about_one_thing(corpus, alignment, a, b, ignore, enough):
                docs |= {corpus.sentences[i].doc for i in members[m]}
                if len(docs) > 1:
                    break
        opposed |= {i for i in members[n] if docs - {corpus.sentences[i].doc}}
    return opposed


def _term_stems(term: str) -> set[str]:
    """The content stems of a term as written ("Illegal immigrants" -> illeg, immigr): the
    words compared, not counted as words in common."""
    return set(content_stems(term))


def _bucket_counts(words: frozenset[str]) -> dict[str, int]:
    """How many of the words fall in each ``_prefix`` bucket."""
    counts: dict[str, int] = defaultdict(int)
    for word in words:
        counts[_prefix(word)] += 1
    return dict(counts)


def _blocked(n: int, words: list[dict[str, int]], by_bucket: dict[tuple[int, str], list[int]],
             other: int, same_fact: list[int]) -> list[int]:
    """The classes of side ``other`` that class ``n`` may be about one thing with: those of
    its fact, then those that could share ``ABOUT_ONE_THING_WORDS`` words with it. A shared
    word (or related form) lies in a bucket both have, so the shared count is at most the
    sum of n's words in the buckets they have in common: n's most common buckets holding
    fewer words than needed are not looked up (prefix filtering), and a candidate is kept
    only when the sum over all common buckets reaches the count."""
    own = words[n]
    common = sorted(own, key=lambda key: (-len(by_bucket.get((other, key), ())), key))
    skipped: list[str] = []
    while common and sum(own[k] for k in skipped) + own[common[0]] < ABOUT_ONE_THING_WORDS:
        skipped.append(common.pop(0))
    bound: dict[int, int] = defaultdict(int)
    for key in common:
        for m in by_bucket.get((other, key), ()):
            bound[m] += own[key]
    for m in bound:
        bound[m] += sum(own[k] for k in skipped if k in words[m])
    return list(dict.fromkeys(same_fact + sorted(m for m, total in bound.items()
                                                  if total >= ABOUT_ONE_THING_WORDS)))


def outcome_differences(corpus: Corpus, alignment: Alignment, documents: frozenset[int] | set[int],
                        event: int | None = None) -> list[Difference]:
    """Opposite outcomes of one happening ("ended peacefully" / "clashed with police")."""
    from summarizer.nlp.claims import outcome_sides
    return _paired_readings(corpus, alignment, documents, outcome_sides, "claim", event)


def loaded_differences(corpus: Corpus, alignment: Alignment, documents: frozenset[int] | set[int],
                       event: int | None = None) -> list[Difference]:
    """One outlet's term for what another names otherwise ("illegal immigrants" /
    "undocumented immigrants"), between sentences about one thing, however worded
    (``ONE_THING_SHARED_WORDS`` words in common suffice)."""
    from summarizer.nlp.claims import loaded_terms
    return _paired_readings(corpus, alignment, documents, loaded_terms, "wording", event,
                            ONE_THING_SHARED_WORDS)


def contradicted_by(differences: Iterable[Difference], document: str, sentence: int) -> set[str]:
    """Reports that give another account of what this report's sentence claims (kinds
    "claim", "number" and "name", when the accounts cannot both be true): a brief must not
    cite them for it. Reports that also give this
    sentence's account (an update that repeats the earlier figure) are not counted."""
    against: set[str] = set()
    for difference in differences:
        if difference.kind not in DISPUTING_KINDS or not difference.conflicting:
            continue
        own = [v for v in difference.variants
               if any(s.document == document and s.sentence == sentence for s in v.sources)]
        if not own:
            continue
        agreeing = {s.document for v in own for s in v.sources}
        against |= {s.document for v in difference.variants if v not in own for s in v.sources} - agreeing
    return against


# --- opposite stances and different names (``stances``) -----------------------------------


def _pairs(corpus: Corpus, alignment: "Alignment", ids: list[int]) -> dict[str, list[tuple[int, int]]]:
    """Kind -> pairs (a, b), a < b, of sentences with different texts, from different
    reports, about one thing, whose words allow a clash of that kind (``_may_oppose``,
    ``_may_rename``); a text repeated is paired once, by its first sentence (``_copies``
    gives the others)."""
    first = list(dict.fromkeys({corpus.sentences[i].text: i for i in reversed(ids)}.values()))
    docs = _copies(corpus, ids)
    holders: dict[str, list[int]] = defaultdict(list)
    for i in sorted(first):
        for word in sorted(corpus.sentences[i].content):
            holders[word].append(i)
    shared: dict[tuple[int, int], int] = defaultdict(int)
    for word in sorted(holders):
        members = holders[word]
        if len(members) > COMMON_WORD_SENTENCES:
            continue
        for n, a in enumerate(members):
            for b in members[n + 1:]:
                shared[(a, b)] += 1
    found: dict[str, list[tuple[int, int]]] = {"claim": [], "name": []}
    for (a, b), count in sorted(shared.items()):
        if count < ABOUT_ONE_THING_WORDS or len(_documents(corpus, docs[a]) | _documents(corpus, docs[b])) < 2:
            continue
        kinds = [kind for kind, worth in (("claim", _may_oppose), ("name", _may_rename)) if worth(corpus, a, b)]
        if kinds and about_one_thing(corpus, alignment, a, b, set()):
            for kind in kinds:
                found[kind].append((a, b))
    return found


def _copies(corpus: Corpus, ids: list[int]) -> dict[int, list[int]]:
    """First sentence of each text -> every sentence with that text."""
    by_text: dict[str, list[int]] = defaultdict(list)
    for i in ids:
        by_text[corpus.sentences[i].text].append(i)
    return {found[0]: found for found in by_text.values()}


def _documents(corpus: Corpus, ids: Iterable[int]) -> set[int]:
    return {corpus.sentences[i].doc for i in ids}


def _may_oppose(corpus: Corpus, a: int, b: int) -> bool:
    """Whether the words alone allow opposite stances, before anything is parsed: a
    negation in one sentence only, or a word of ``antonyms`` in each."""
    left, right = corpus.sentences[a], corpus.sentences[b]
    return (_negated(left.words) != _negated(right.words)
            or bool(left.content & ANTONYM_STEMS and right.content & ANTONYM_STEMS))


def _may_rename(corpus: Corpus, a: int, b: int) -> bool:
    """Whether the words alone allow different names: in each sentence a capitalised word
    (not the first) that the other lacks."""
    left, right = corpus.sentences[a].words, corpus.sentences[b].words
    return bool(_capitalised(left) - set(right)) and bool(_capitalised(right) - set(left))


def _negated(words: Iterable[str]) -> bool:
    return any(w.lower() in NEGATIONS or w.lower().endswith("n't") for w in words)


def _capitalised(words: tuple[str, ...]) -> set[str]:
    return {w for w in words[1:] if w[:1].isupper()}


def stance_differences(corpus: Corpus, alignment: "Alignment", documents: Iterable[int],
                       event: int | None = None) -> list[Difference]:
    """Opposite stances ("claim") and different names in one slot ("name") between
    sentences of different reports of one event that speak of one thing."""
    from summarizer.nlp.load import parse_all

    ids = [s.id for doc in sorted(documents) for s in corpus.sentences_of(doc)]
    copies = _copies(corpus, ids)
    groups: dict[str, _Groups] = {"claim": _Groups(), "name": _Groups()}
    for kind, pairs in _pairs(corpus, alignment, ids).items():
        involved = sorted({i for pair in pairs for i in pair})
        docs = parse_all((corpus.sentences[i].text for i in involved), entities=kind == "name")
        readings = {i: read(doc) for i, doc in zip(involved, docs)}
        for a, b in pairs:
            clash = (stance_clash(readings[a], readings[b]) if kind == "claim" else
                     name_clash(readings[a], readings[b], corpus.sentences[a].text, corpus.sentences[b].text))
            if clash is not None:
                groups[kind].add([(i, *clash[0]) for i in copies[a]], [(i, *clash[1]) for i in copies[b]])
    found = []
    for kind in ("claim", "name"):
        for sides in groups[kind].sides():
            difference = Difference(kind, variants_of(corpus, sides), event)
            if distinct_reports(difference):
                found.append(difference)
    return found


class _Groups:
    """Clashing pairs joined into two-sided accounts: a sentence that clashes with two
    others gives one difference, the two others on the other side."""

    def __init__(self) -> None:
        self.side_of: dict[int, tuple[int, int]] = {}  # sentence -> (group, side)
        self.members: list[list[list[tuple[int, int, int]]]] = []

    def add(self, a: list[tuple[int, int, int]], b: list[tuple[int, int, int]]) -> None:
        """Two clashing readings, each as (sentence, start, end) of every copy of its text."""
        placed = self.side_of.get(a[0][0]) or self.side_of.get(b[0][0])
        if placed is None:
            self.members.append([[], []])
            group, a_side = len(self.members) - 1, 0
        elif a[0][0] in self.side_of:
            group, a_side = placed
        else:
            group, a_side = placed[0], 1 - placed[1]
        for copies, side in ((a, a_side), (b, 1 - a_side)):
            for sentence, start, end in copies:
                if sentence not in self.side_of:
                    self.side_of[sentence] = (group, side)
                    self.members[group][side].append((sentence, start, end))

    def sides(self) -> list[dict[Any, list[tuple[int, int, int]]]]:
        return [{0: first, 1: second} for first, second in self.members if first and second]
