"""One happening placed in two places: two reports that place it differently ("signed the
bill in Seattle" / "in Bellingham", in sentences of one aligned fact) give accounts that
cannot both be true, and ``place_differences`` lists them as a claim, unless the places may
both be right: one name holds the other ("Washington" / "Washington state"), a report names
both (one may be where the other is), a report writes one with the other ("Bellingham,
Wash."), or the two are one name spelled two ways (``trust.spellings`` lists those).

Places are spaCy's entities (GPE, LOC, FAC, ``places.PLACE_LABELS``) after "in"/"at", each
tied to the word it places and that word's subject, as ``trust.dates`` ties a day.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from typing import TYPE_CHECKING, Iterable

from summarizer.corpus import Corpus, Sentence
from summarizer.text.lexicon import ATTRIBUTION_VERBS
from summarizer.trust.align import Alignment
from summarizer.trust.dates import actor, one_actor
from summarizer.trust.places import PLACE_LABELS
from summarizer.trust.spellings import spelling_variants
from summarizer.trust.stances import SPELLING_RATIO, abbreviation
from summarizer.trust.variants import Difference, distinct_reports, variants_of

if TYPE_CHECKING:
    from spacy.tokens import Doc


#: Prepositions that place a happening ("spoke in Seattle", "the rally at Gallup").
PLACING = frozenset({"in", "at"})
_PLACED_RE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?[A-Z]")


Placing = tuple[str, str, int, int, bool, frozenset[str]]


def placings(doc: "Doc") -> list[Placing]:
    """(place, lemma of the word it places, start char, end char, main verb or not, its
    clause's subject words: ``dates.actor``) for every place spaCy names (GPE, LOC, FAC)
    after "in"/"at" in the sentence: "Inslee spoke in Seattle" places "speak" in Seattle.
    A saying verb places no happening ("said in Seattle")."""
    from summarizer.nlp.load import with_entities

    found = []
    entities = [e for e in with_entities(doc).ents if e.label_ in PLACE_LABELS]
    for entity in entities:
        preposition = entity.root.head
        if entity.root.dep_ != "pobj" or preposition.lower_ not in PLACING:
            continue
        governor = preposition.head
        lemma = governor.lemma_.lower()
        if governor.pos_ not in ("VERB", "NOUN") or lemma in ATTRIBUTION_VERBS:
            continue
        verb = governor  # "signed the bill at a ceremony in Tulane": the signer's ceremony
        while verb.pos_ != "VERB" and verb.head.i != verb.i:
            verb = verb.head
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        found.append((entity.text, lemma, entity.start_char, entity.end_char, governor.dep_ == "ROOT",
                      actor(subject)))
    return found


def place_differences(corpus: Corpus, alignment: Alignment, documents: Iterable[int],
                      event: int | None = None) -> list[Difference]:
    """One happening placed in two places: sentences of two reports that are one aligned
    fact place the same word (or each its main verb) in two places ("spoke in Seattle" /
    "spoke in Bellingham"). Not when either report names the other's place anywhere (it may
    be where the other is), nor when a report of the event writes one with the other
    ("Bellingham, Wash."), nor when one place's name holds the other's."""
    from summarizer.nlp.load import parse_all

    members = sorted(documents)
    texts = {doc: " ".join(s.text for s in corpus.sentences_of(doc)) for doc in members}
    placed = [s for doc in members for s in corpus.sentences_of(doc) if _PLACED_RE.search(s.text)]
    by_fact: dict[int, list[Sentence]] = {}
    for sentence in placed:
        by_fact.setdefault(alignment.fact_of[sentence.id], []).append(sentence)
    groups = [g for g in by_fact.values() if len({s.doc for s in g}) > 1]
    worth = [s for g in groups for s in g]
    found_in = {s.id: placings(doc) for s, doc in zip(worth, parse_all(s.text for s in worth))}
    found = []
    for group in groups:
        group = [s for s in group if found_in[s.id]]
        for n, a in enumerate(group):
            for b in group[n + 1:]:
                if a.doc != b.doc:
                    found += _pair_differences(corpus, (a, found_in[a.id]), (b, found_in[b.id]), texts, event)
    return found


def _pair_differences(corpus: Corpus, first: tuple[Sentence, list[Placing]], second: tuple[Sentence, list[Placing]],
                      texts: dict[int, str], event: int | None) -> list[Difference]:
    """The place differences between two sentences of one fact, given their placings."""
    (a, placed_a), (b, placed_b) = first, second
    found = []
    for one in placed_a:
        for other in placed_b:
            if _other_places(one, other, texts[a.doc], texts[b.doc], texts.values()):
                readings = {one[0]: [(a.id, one[2], one[3])], other[0]: [(b.id, other[2], other[3])]}
                difference = Difference("claim", variants_of(corpus, readings), event)
                if distinct_reports(difference):
                    found.append(difference)
    return found


def _other_places(first: Placing, second: Placing, text_a: str, text_b: str, event_texts: Iterable[str]) -> bool:
    """Two placings of one happening, by one actor (their subjects share a word, or one has
    none), in places that cannot both be right (see ``place_differences``)."""
    (place_a, word_a, _, _, main_a, actor_a), (place_b, word_b, _, _, main_b, actor_b) = first, second
    if not (word_a == word_b or (main_a and main_b)) or (actor_a and actor_b and not one_actor(actor_a, actor_b)):
        return False
    if place_a.lower() in place_b.lower() or place_b.lower() in place_a.lower() or _spelt_alike(place_a, place_b):
        return False  # "Washington" / "Washington state"; "Norfolk" / "Norwalk" is ``spellings``'s
    if place_b in text_a or place_a in text_b:
        return False
    together = (f"{place_a}, {place_b}", f"{place_b}, {place_a}", f"{place_a} in {place_b}", f"{place_b} in {place_a}")
    return not any(pair in text for text in event_texts for pair in together)


def _spelt_alike(a: str, b: str) -> bool:
    """One name spelled two ways or abbreviated ("Norfolk" / "Norwalk", "Wash." / "Washington"):
    ``spellings`` lists such a pair as a name."""
    return (abbreviation(a, b) or spelling_variants(a, b)
            or SequenceMatcher(None, a.lower(), b.lower()).ratio() >= SPELLING_RATIO)
