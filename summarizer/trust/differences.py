"""Where the reports differ: claims that aligned versions of one fact make differently.

All evidence is read within one event (a death toll that grew between two meetings
is no disagreement):

* Versions of one fact are compared word by word (``difflib.SequenceMatcher`` on stems).
  A change is listed when it changes the claim: a *name* replaced by another name, a
  *content word* substituted for another at the same place in otherwise aligned sentences
  (loaded wording: "rebels" / "terrorists"), or a *negation* added or dropped. Moved words,
  inflections ("said" / "says"), related forms ("Syria" / "Syrian"), attribution verbs and
  added or dropped details are phrasing, and are not listed here; a name spelled two ways
  ("Sergei" / "Sergey") is listed by ``trust.spellings`` (when each report keeps to its
  spelling), another day by ``trust.dates``.

A name swapped within one fact's versions is listed, not disputed (it is as often one party
named two ways, "GOP" / "Republican Party"); a different name in one slot of two sentences
about one claim (``trust.stances``) disputes it.

Numbers are compared as quantities (``summarizer.trust.quantities``); incompatible accounts
(death counts, outcomes, stances, names) and loaded terms between sentences that are not
one fact are found by ``summarizer.trust.claims``, other days or dates for one happening by
``summarizer.trust.dates`` and one name spelled two ways by ``summarizer.trust.spellings``.
``find_differences`` runs them all, event by event.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from typing import Any, Iterable, Sequence

from summarizer.trust.align import Alignment, Fact
from summarizer.brief import source_of
from summarizer.trust.claims import (casualty_differences, contradicted_by, loaded_differences, outcome_differences,
                                     stance_differences)
from summarizer.corpus import Corpus
from summarizer.text.lexicon import CALENDAR_WORDS, LOADED_TERMS
from summarizer.trust.dates import date_differences
from summarizer.trust.place_claims import place_differences
from summarizer.trust.quantities import Quantity, quantities, quantity_differences
from summarizer.trust.spellings import one_per_name, spelling_differences
from summarizer.trust.stances import SPELLING_RATIO, abbreviation, one_name
from summarizer.text import is_number, stem
from summarizer.text.tokens import Token
from summarizer.trust.variants import (ALIGNED_RATIO, KINDS, NEGATIONS, Difference, Variant, counts,
                                       distinct_reports, passage, related, tokens)

__all__ = ["KINDS", "Difference", "Quantity", "Variant", "contradicted_by", "fact_differences",
           "find_differences", "quantities"]

#: A substitution "at the same place" replaces at most this many content words on each
#: side; longer replaced stretches are rewording, not a change of term.
MAX_SUBSTITUTION_WORDS = 3
#: Verbs that attribute a statement: swapping one for another ("said" / "added") is style.
ATTRIBUTION = frozenset(stem(w) for w in (
    "said says added stated noted told explained declared insisted stressed remarked commented "
    "announced reported according acknowledged observed continued argued asserted "
    "affirmed reaffirmed confirmed indicated").split())
AUXILIARIES = frozenset(
    "is are was were be been being am has have had will would shall should can could may might "
    "must do does did".split())
OBJECT_OPENERS = frozenset("the a an this that these those his her their its our my your some "
                           "any every him them it us me".split())


# --- word-level differences within one fact -----------------------------------------------


@dataclass(frozen=True)
class _Version:
    sentences: tuple[int, ...]  # corpus ids of the sentences that read this way
    documents: frozenset[int]


def _versions(corpus: Corpus, ids: Iterable[int]) -> list[_Version]:
    """Sentences grouped by their stem sequence: inflection and punctuation are one version.
    The version most reports share comes first (the pivot the others are compared to)."""
    grouped: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for sentence_id in ids:
        grouped[corpus.sentences[sentence_id].stems].append(sentence_id)
    versions = [_Version(tuple(g), frozenset(corpus.sentences[i].doc for i in g)) for g in grouped.values()]
    return sorted(versions, key=lambda v: (-len(v.documents), v.sentences[0]))



def _unmatched(side: Sequence[Token], other: Sequence[Token], whole_other: set[str]) -> list[Token]:
    """Content words of ``side`` that the other version does not have anywhere (moved words
    are not substitutions) and that are no related form of a word opposite."""
    return [t for t in side if counts(t) and t.stem not in whole_other
            and not any(related(t.text, o.text) for o in other)]


def _same_word(a: str, b: str) -> bool:
    """One word written two ways (abbreviated, misspelt, or in another tense: "kms" /
    "kilometers", "immiment" / "imminent", "sank" / "sunk"), or two verb forms of one
    inflection ("pressed" / "pushed", "financing" / "funding"): an action reworded."""
    if abbreviation(a, b) or SequenceMatcher(None, a.lower(), b.lower()).ratio() >= SPELLING_RATIO:
        return True
    return any(a.lower().endswith(end) and b.lower().endswith(end) for end in ("ed", "ing"))


def _verb_slot(toks: Sequence[Token], start: int, end: int) -> bool:
    """Whether the stretch [start, end) sits where a verb goes: after an auxiliary ("is
    believed") or before its object's determiner or number ("won 64", "form a government").
    Loaded wording is about what a referent is called; a different verb is rephrasing."""
    before = toks[start - 1].lower if start > 0 else ""
    after = toks[end].lower if end < len(toks) else ""
    return before in AUXILIARIES or after in OBJECT_OPENERS or is_number(after)


def _spelling_variant(a: Sequence[Token], b: Sequence[Token]) -> bool:
    left, right = " ".join(t.text for t in a).lower(), " ".join(t.text for t in b).lower()
    return SequenceMatcher(None, left, right).ratio() >= SPELLING_RATIO


def _substitution(pivot: Sequence[Token], version: Sequence[Token], i1: int, i2: int,
                  j1: int, j2: int) -> str | None:
    """The kind of difference a replaced stretch makes, or None when it is phrasing."""
    removed = _unmatched(pivot[i1:i2], version[j1:j2], {t.stem for t in version})
    added = _unmatched(version[j1:j2], pivot[i1:i2], {t.stem for t in pivot})
    if not removed or not added or max(len(removed), len(added)) > MAX_SUBSTITUTION_WORDS:
        return None
    if all(t.lower.rstrip(".") in CALENDAR_WORDS for t in removed + added):
        return None  # another day for one happening is read by ``trust.dates``
    names = [t for t in removed if t.is_name], [t for t in added if t.is_name]
    if names[0] and names[1]:
        return None if _spelling_variant(*names) or one_name(*(" ".join(t.text for t in n) for n in names)) else "name"
    if all(t.stem in ATTRIBUTION for t in removed + added):
        return None
    if len(removed) == len(added) == 1 and _same_word(removed[0].text, added[0].text):
        return None
    if _verb_slot(pivot, i1, i2) or _verb_slot(version, j1, j2):
        return None
    return "wording" if _loaded(removed) != _loaded(added) else None


def _loaded(side: Sequence[Token]) -> bool:
    """The words take a stance on what they name (``lexicon.LOADED_TERMS``)."""
    return any(t.lower in LOADED_TERMS for t in side)


def _negations(toks: Iterable[Token]) -> int:
    return sum(1 for t in toks if t.lower in NEGATIONS or t.lower.endswith("n't"))




def _negation_only(removed: Sequence[Token], added: Sequence[Token]) -> bool:
    """A negation added or dropped with nothing else of substance changed around it ("did
    discuss" / "did not discuss"); "short of" / "but not" is rephrasing."""
    if _negations(removed) == _negations(added):
        return False
    keys = {t.stem for t in removed}, {t.stem for t in added}
    content = [t for t in list(removed) + list(added) if counts(t) and not (t.stem in keys[0] and t.stem in keys[1])]
    return not content


def _spots(pivot: Sequence[Token], version: Sequence[Token]) -> list[tuple[int, int, str]]:
    """(start, end, kind) in the pivot for every change that alters the claim."""
    matcher = SequenceMatcher(None, [t.stem for t in pivot], [t.stem for t in version], autojunk=False)
    if matcher.ratio() < ALIGNED_RATIO:
        return []
    spots = []
    negation_changed = _negations(pivot) != _negations(version)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if negation_changed and _negation_only(pivot[i1:i2], version[j1:j2]):
            spots.append((i1, max(i2, min(i1 + 1, len(pivot))), "negation"))
        elif tag == "replace":
            kind = _substitution(pivot, version, i1, i2, j1, j2)
            if kind:
                spots.append((i1, i2, kind))
    return spots


def _project(opcodes: Sequence[tuple[str, int, int, int, int]], start: int, end: int) -> tuple[int, int]:
    """The stretch of the other version that corresponds to pivot tokens [start, end)."""
    def position(index: int, closing: bool) -> int:
        for tag, i1, i2, j1, j2 in opcodes:
            inside = i1 < index <= i2 if closing else i1 <= index < i2
            if inside or (i1 == i2 == index):
                if tag == "equal":
                    return j1 + (index - i1)
                return j2 if closing else j1
        return opcodes[-1][4] if opcodes else 0
    return position(start, False), position(end, True)


def _merge_spots(spots: Iterable[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    merged: list[list[Any]] = []
    for start, end, kind in sorted(spots):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
            merged[-1][2] = min(merged[-1][2], kind, key=KINDS.index)
        else:
            merged.append([start, end, kind])
    return [(s, e, k) for s, e, k in merged]


def _spot_difference(corpus: Corpus, versions: Sequence[_Version], spot: tuple[int, int, str],
                     fact: Fact, event: int | None) -> Difference | None:
    """Every version's reading of one pivot stretch, grouped by wording."""
    start, end, kind = spot
    pivot = corpus.sentences[versions[0].sentences[0]]
    readings: dict[tuple[str, ...], list[tuple[_Version, int, int]]] = defaultdict(list)
    readings[tuple(pivot.stems[start:end])].append((versions[0], start, end))
    for version in versions[1:]:
        sentence = corpus.sentences[version.sentences[0]]
        matcher = SequenceMatcher(None, pivot.stems, sentence.stems, autojunk=False)
        if matcher.ratio() >= ALIGNED_RATIO:  # paraphrases have no reading of one stretch
            j1, j2 = _project(matcher.get_opcodes(), start, end)
            readings[tuple(sentence.stems[j1:j2])].append((version, j1, j2))
    if len(readings) < 2:
        return None
    variants = []
    for group in readings.values():
        version, j1, j2 = group[0]
        ids = [i for v, _, _ in group for i in v.sentences]
        sentence = corpus.sentences[version.sentences[0]]
        text, changed, offset = passage(sentence, j1, j2)
        variants.append(Variant(text, changed, tuple(source_of(corpus, i) for i in sorted(ids)),
                                sentence.text, offset))
    # a name swapped in otherwise aligned versions is listed, not disputed: it is as often
    # one party named two ways ("GOP" / "Republican Party") as two accounts
    return Difference(kind, tuple(variants), event, fact.id, conflicting=kind != "name")


def fact_differences(corpus: Corpus, fact: Fact, documents: frozenset[int] | set[int],
                     event: int | None = None) -> list[Difference]:
    """Differences between the versions of one fact given by ``documents`` (one event)."""
    ids = [i for i in fact.sentences if corpus.sentences[i].doc in documents]
    versions = _versions(corpus, ids)
    if len(versions) < 2 or len({d for v in versions for d in v.documents}) < 2:
        return []
    pivot = tokens(corpus.sentences[versions[0].sentences[0]])
    spots = [s for v in versions[1:] for s in _spots(pivot, tokens(corpus.sentences[v.sentences[0]]))]
    found = (_spot_difference(corpus, versions, spot, fact, event) for spot in _merge_spots(spots))
    return [d for d in found if d is not None and len(d.documents) > 1]



# --- all differences ----------------------------------------------------------------------


def find_differences(corpus: Corpus, alignment: Alignment,
                     events: Sequence[tuple[int | None, Sequence[int]]], stances: bool = True) -> list[Difference]:
    """Every difference within each event, given as (event id, report indices); ``stances``:
    opposite stances and names (``claims.stance_differences``), other days for one
    happening (``dates``), other places for one happening (``place_claims``) and names spelled two
    ways (``spellings``) too, the checks that
    parse sentences of pairs of reports."""
    found: list[Difference] = []
    facts_of_report: dict[int, list[Fact]] = defaultdict(list)
    for fact in alignment.shared():
        for doc in fact.documents:
            facts_of_report[doc].append(fact)
    for event, docs in events:
        members = frozenset(docs)
        found += quantity_differences(corpus, alignment, members, event)
        found += casualty_differences(corpus, alignment, members, event)
        found += outcome_differences(corpus, alignment, members, event)
        found += loaded_differences(corpus, alignment, members, event)
        found += stance_differences(corpus, alignment, members, event) if stances else []
        found += date_differences(corpus, alignment, members, event) if stances else []
        found += place_differences(corpus, alignment, members, event) if stances else []
        found += spelling_differences(corpus, alignment, members, event) if stances else []
        touched = {fact.id: fact for doc in members for fact in facts_of_report.get(doc, ())}
        for fact_id in sorted(touched):  # the facts the event's reports state, in fact order
            if len(members.intersection(touched[fact_id].documents)) > 1:
                found += fact_differences(corpus, touched[fact_id], members, event)
    return one_per_name(_unique(_outlets_choice(corpus, _in_reports_voice(corpus, found))))


def _outlets_choice(corpus: Corpus, found: Sequence[Difference]) -> list[Difference]:
    """Without a difference of wording that sets a report apart by a term it also writes
    the other way in its own voice (outside quotation marks): a report that writes both
    "illegal immigrants" and "undocumented immigrants" chose neither. Its accounts are
    left out; the difference stays while two reports still word it differently. A term is
    read with the word after it (``_term``): a report calling Assad's rule a "regime" may
    write "government" of another country's, but not "government of" Syria."""
    import re

    from summarizer.nlp.claims import quoted_spans

    index = {d.id: k for k, d in enumerate(corpus.documents)}

    def own_voice(document: str, variant: Variant) -> bool:
        pattern = re.compile(r"(?<!\w)" + re.escape(_term(variant).lower()) + r"(?!\w)")
        for sentence in corpus.sentences_of(index[document]):
            spans = quoted_spans(sentence.text)
            if any(not any(a <= m.start() < b for a, b in spans) for m in pattern.finditer(sentence.text.lower())):
                return True
        return False

    out = []
    for difference in found:
        if difference.kind == "wording":
            kept = tuple(v for v in difference.variants if not any(
                own_voice(s.document, other) for s in v.sources[:1] for other in difference.variants
                if other is not v and _term(other) and s.document in index))
            if len(kept) < 2:
                continue
            difference = replace(difference, variants=kept)
            if not distinct_reports(difference):
                continue
        out.append(difference)
    return out


def _term(variant: Variant) -> str:
    """The variant's changed words, a single one with the word after it ("undocumented
    immigrants", "government of"), which says what it is used of; "" when nothing follows."""
    if len(variant.changed.split()) >= 2:
        return variant.changed
    after = variant.text[variant.offset + len(variant.changed):].split()[:1]
    word = after[0].strip(".,;:!?\"'()") if after else ""
    return f"{variant.changed} {word}" if variant.changed and word else ""


def _in_reports_voice(corpus: Corpus, found: Sequence[Difference]) -> list[Difference]:
    """Without a difference one of whose accounts quotes a sentence that is someone else's
    words: inside a quotation an earlier sentence opened, or an item of a bulleted list a
    colon opens (``selection.context``). HuffPost printed a campaign's talking points after
    a colon ("-Here are the facts: ... Dick Blumenthal voluntarily joined the Marine Corps
    Reserves in 1970 ..."); a note saying "hpo.txt says" that would give the campaign's
    words as the outlet's."""
    from summarizer.selection.context import context

    inside = context(corpus).inside_quote
    ids = {(corpus.documents[s.doc].id, s.index): s.id for s in corpus.sentences}

    def quoted(variant: Variant) -> bool:  # the sentence the note quotes is its first source's
        first = (variant.sources[0].document, variant.sources[0].sentence) if variant.sources else None
        return first in ids and inside[ids[first]]

    return [d for d in found if not any(quoted(v) for v in d.variants)]


def _unique(found: Sequence[Difference]) -> list[Difference]:
    """Without repeats: a difference whose sentences and changed words an earlier one of
    the same kind already shows (a loaded term found as a phrase, "illegal immigrants", and
    as a word, "illegal"; a death count found as a number and as a claim; a negation found
    as an opposite stance and as a word dropped) is left out."""
    kept: list[tuple[str, frozenset[tuple[str, int]], set[str]]] = []
    out = []
    for difference in found:
        kind = "number" if difference.kind in ("claim", "negation") else difference.kind
        where = frozenset((s.document, s.sentence) for v in difference.variants for s in v.sources)
        words = {w.lower() for v in difference.variants for w in v.changed.split()}
        if any(k == kind and w == where and words <= seen for k, w, seen in kept):
            continue
        kept.append((kind, where, words))
        out.append(difference)
    return out

