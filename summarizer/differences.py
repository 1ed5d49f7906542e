"""Where the reports differ: claims that aligned versions of one fact make differently.

Two kinds of evidence, both within one event (a death toll that grew between two meetings
is no disagreement):

* Versions of one fact are compared word by word (``difflib.SequenceMatcher`` on stems).
  A change is listed when it changes the claim: a *name* replaced by another name, a
  *content word* substituted for another at the same place in otherwise aligned sentences
  (loaded wording: "rebels" / "terrorists"), or a *negation* added or dropped. Moved words,
  inflections ("said" / "says"), related forms ("Syria" / "Syrian"), spelling variants of a
  name ("Sergei" / "Sergey"), attribution verbs and added or dropped details are phrasing,
  and are not listed.
* *Numbers* are compared as quantities (value, qualifier, unit), normalised so that "93,000"
  equals "93000"; a qualifier ("more than", "at least", "about") changes the claim. Two
  mentions are the same quantity when their sentences are one fact, or when they count the
  same unit in the same words elsewhere in the reports ("has claimed at least 93,000 lives"
  / "has claimed more than 93,000 lives").
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Any, Iterable, Sequence

from summarizer.align import CANDIDATE_JACCARD, Alignment, Fact
from summarizer.brief import Source, source_of
from summarizer.corpus import Corpus, Sentence
from summarizer.lexicon import LOADED_TERMS
from summarizer.text import is_number, is_stop_word, normalize_number, stem

#: Two versions are "otherwise aligned" when this share of their stems match in order
#: (SequenceMatcher ratio); below it they are paraphrases, whose word changes are rephrasing.
ALIGNED_RATIO = 0.8
#: A substitution "at the same place" replaces at most this many content words on each
#: side; longer replaced stretches are rewording, not a change of term.
MAX_SUBSTITUTION_WORDS = 3
#: Names this similar (difflib ratio, lower-case) are one name spelled two ways.
SPELLING_RATIO = 0.75
#: Words shown on each side of a difference, so a reader sees what it is about.
CONTEXT_WORDS = 3
#: Content words on each side of a number that describe what it counts.
QUANTITY_CONTEXT = 4
#: Outside aligned sentences, a number this large that two reports give for the same unit
#: with a shared context word is one quantity ("has claimed at least 93,000 lives" / "has
#: claimed more than 93,000 lives"); smaller counts ("two weeks") need two shared words.
SPECIFIC_NUMBER = 10

#: Sentences of two reports that are not one fact still tell one happening (for opposite
#: outcomes and loaded terms) when they share this many content words besides those.
ABOUT_ONE_THING_WORDS = 3

#: Order of kinds in the output: numbers first, they are what readers check.
KINDS = ("number", "claim", "name", "negation", "wording")

#: Qualifiers of a quantity, grouped into classes of one meaning ("approximately" = "about").
#: "over", "under", "above" are left out: as often as not they belong to a verb ("hand over
#: two suspects").
QUALIFIERS: dict[tuple[str, ...], str] = {
    **{q: "more than" for q in [("more", "than"), ("in", "excess", "of")]},
    **{q: "at most" for q in [("no", "more", "than"), ("at", "most"), ("up", "to"), ("as", "many", "as")]},
    **{q: "at least" for q in [("at", "least"), ("no", "fewer", "than"), ("no", "less", "than")]},
    **{q: "about" for q in [("about",), ("around",), ("approximately",), ("roughly",), ("some",),
                            ("an", "estimated"), ("estimated",)]},
    **{q: "nearly" for q in [("nearly",), ("almost",), ("close", "to"), ("just", "under")]},
    **{q: "less than" for q in [("less", "than"), ("fewer", "than")]},
}
#: Spelled-out numbers ("one" and "zero" are left out: "one of them" counts nothing).
NUMBER_WORDS = {w: n for n, w in enumerate(
    "_ _ two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen twenty".split()) if w != "_"}
NUMBER_WORDS |= {"thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
                 "eighty": 80, "ninety": 90, "dozen": 12, "dozens": 24, "hundreds": 200,
                 "thousands": 2000}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000}
MONTH_WORDS = frozenset(
    "january february march april may june july august september october november december "
    "jan feb mar apr jun jul aug sep sept oct nov dec".split())
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
NEGATIONS = frozenset("not no never none nobody nothing neither nor without".split())


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

    @property
    def documents(self) -> set[str]:
        return {s.document for v in self.variants for s in v.sources}

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "event": self.event,
                "variants": [v.to_dict() for v in self.variants]}


# --- tokens -------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Token:
    word: str
    key: str  # stem (numbers normalised)
    start: int  # character offsets in the sentence text
    end: int
    opens: bool  # first word of the sentence or of a quotation: capitalised by position

    @property
    def is_name(self) -> bool:
        return self.word[:1].isupper() and (not self.opens or self.word.isupper())

    @property
    def counts(self) -> bool:
        """A content word that can carry a substitution (numbers have their own rule)."""
        lower = self.word.lower()
        return not (is_stop_word(lower) or is_number(lower) or lower in NUMBER_WORDS
                    or lower in SCALES or lower in NEGATIONS)


def _opens(before: str) -> bool:
    """Whether a word after ``before`` starts a sentence or a quotation (so its capital
    letter says nothing about it being a name). A quote mark after a space opens a
    quotation; one after a word closes it ('wrong," Hans')."""
    if not before or before[-1] in "(:.!?":
        return True
    return before[-1] in "\"'" and (len(before) < 2 or before[-2] in " (")


@lru_cache(maxsize=50_000)
def _tokens_of(text: str, words: tuple[str, ...], stems: tuple[str, ...]) -> tuple[_Token, ...]:
    tokens = []
    cursor = 0
    for word, key in zip(words, stems):
        start = text.find(word, cursor)
        start = cursor if start < 0 else start
        end = start + len(word) if text.startswith(word, start) else start
        tokens.append(_Token(word, key, start, end, _opens(text[:start].rstrip())))
        cursor = end
    return tuple(tokens)


def tokens(sentence: Sentence) -> tuple[_Token, ...]:
    return _tokens_of(sentence.text, sentence.words, sentence.stems)


def _passage(sentence: Sentence, start: int, end: int) -> tuple[str, str, int]:
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


def _related(a: str, b: str) -> bool:
    """Forms of one word the stemmer keeps apart ("syria" / "syrian", "iran" / "iranian")."""
    short, long = sorted((a.lower(), b.lower()), key=len)
    return len(short) >= 4 and long.startswith(short)


def _unmatched(side: Sequence[_Token], other: Sequence[_Token], whole_other: set[str]) -> list[_Token]:
    """Content words of ``side`` that the other version does not have anywhere (moved words
    are not substitutions) and that are no related form of a word opposite."""
    return [t for t in side if t.counts and t.key not in whole_other
            and not any(_related(t.word, o.word) for o in other)]


def _abbreviation(a: str, b: str) -> bool:
    """One word abbreviates the other: same first letter, and the short one's letters appear
    in order in the long one ("kms" / "kilometers", "govt" / "government")."""
    short, long = sorted((a.lower().rstrip("."), b.lower().rstrip(".")), key=len)
    if not short or short[0] != long[0]:
        return False
    rest = iter(long)
    return all(ch in rest for ch in short)


def _same_word(a: str, b: str) -> bool:
    """One word written two ways (abbreviated, misspelt, or in another tense: "kms" /
    "kilometers", "immiment" / "imminent", "sank" / "sunk"), or two verb forms of one
    inflection ("pressed" / "pushed", "financing" / "funding"): an action reworded."""
    if _abbreviation(a, b) or SequenceMatcher(None, a.lower(), b.lower()).ratio() >= SPELLING_RATIO:
        return True
    return any(a.lower().endswith(end) and b.lower().endswith(end) for end in ("ed", "ing"))


def _verb_slot(toks: Sequence[_Token], start: int, end: int) -> bool:
    """Whether the stretch [start, end) sits where a verb goes: after an auxiliary ("is
    believed") or before its object's determiner or number ("won 64", "form a government").
    Loaded wording is about what a referent is called; a different verb is rephrasing."""
    before = toks[start - 1].word.lower() if start > 0 else ""
    after = toks[end].word.lower() if end < len(toks) else ""
    return before in AUXILIARIES or after in OBJECT_OPENERS or is_number(after)


def _spelling_variant(a: Sequence[_Token], b: Sequence[_Token]) -> bool:
    left, right = " ".join(t.word for t in a).lower(), " ".join(t.word for t in b).lower()
    return SequenceMatcher(None, left, right).ratio() >= SPELLING_RATIO


def _substitution(pivot: Sequence[_Token], version: Sequence[_Token], i1: int, i2: int,
                  j1: int, j2: int) -> str | None:
    """The kind of difference a replaced stretch makes, or None when it is phrasing."""
    removed = _unmatched(pivot[i1:i2], version[j1:j2], {t.key for t in version})
    added = _unmatched(version[j1:j2], pivot[i1:i2], {t.key for t in pivot})
    if not removed or not added or max(len(removed), len(added)) > MAX_SUBSTITUTION_WORDS:
        return None
    names = [t for t in removed if t.is_name], [t for t in added if t.is_name]
    if names[0] and names[1]:
        return None if _spelling_variant(*names) else "name"
    if all(t.key in ATTRIBUTION for t in removed + added):
        return None
    if len(removed) == len(added) == 1 and _same_word(removed[0].word, added[0].word):
        return None
    if _verb_slot(pivot, i1, i2) or _verb_slot(version, j1, j2):
        return None
    return "wording" if _loaded(removed) != _loaded(added) else None


def _loaded(side: Sequence[_Token]) -> bool:
    """The words take a stance on what they name (``lexicon.LOADED_TERMS``)."""
    return any(t.word.lower() in LOADED_TERMS for t in side)


def _negations(toks: Iterable[_Token]) -> int:
    return sum(1 for t in toks if t.word.lower() in NEGATIONS or t.word.lower().endswith("n't"))


def _ratio(a: Sentence, b: Sentence) -> float:
    return SequenceMatcher(None, a.stems, b.stems, autojunk=False).ratio()


def _negation_only(removed: Sequence[_Token], added: Sequence[_Token]) -> bool:
    """A negation added or dropped with nothing else of substance changed around it ("did
    discuss" / "did not discuss"); "short of" / "but not" is rephrasing."""
    if _negations(removed) == _negations(added):
        return False
    keys = {t.key for t in removed}, {t.key for t in added}
    content = [t for t in list(removed) + list(added) if t.counts and not (t.key in keys[0] and t.key in keys[1])]
    return not content


def _spots(pivot: Sequence[_Token], version: Sequence[_Token]) -> list[tuple[int, int, str]]:
    """(start, end, kind) in the pivot for every change that alters the claim."""
    matcher = SequenceMatcher(None, [t.key for t in pivot], [t.key for t in version], autojunk=False)
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
        text, changed, offset = _passage(sentence, j1, j2)
        variants.append(Variant(text, changed, tuple(source_of(corpus, i) for i in sorted(ids)),
                                sentence.text, offset))
    return Difference(kind, tuple(variants), event, fact.id)


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


# --- numbers ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Quantity:
    """A number in a sentence, with what qualifies it and what it counts."""

    sentence: int
    start: int  # token span, qualifier included
    end: int
    qualifier: str  # a QUALIFIERS class, or ""
    value: float
    unit: str  # stem of the counted noun; "month:jul" for a day of a month; "" unknown
    context: frozenset[str]

    @property
    def claim(self) -> tuple[str, float]:
        return self.qualifier, self.value


def _number_value(word: str) -> float | None:
    lower = word.lower()
    if is_number(lower):
        try:
            return float(normalize_number(lower))
        except ValueError:
            return None
    return float(NUMBER_WORDS[lower]) if lower in NUMBER_WORDS else None


def _qualifier(lower: Sequence[str], index: int) -> tuple[str, int]:
    """(qualifier class, its first token) for the words before ``index``."""
    for size in (3, 2, 1):
        phrase = tuple(lower[max(0, index - size):index])
        if len(phrase) == size and phrase in QUALIFIERS:
            return QUALIFIERS[phrase], index - size
    return "", index


def _unit(lower: Sequence[str], stems: Sequence[str], after: int, before: int) -> str:
    """What the number counts: the next content word, unless another number comes first
    ("64 of the 122 seats": the seats are the 122's); the month before a day."""
    if before > 0 and lower[before - 1].rstrip(".") in MONTH_WORDS:
        return "month:" + lower[before - 1][:3]
    for index in range(after, min(len(lower), after + 3)):
        word = lower[index]
        if _number_value(word) is not None:
            return ""
        if word in ("percent", "per", "%"):
            return "percent"
        if not is_stop_word(word):
            return stems[index]
    return ""


def _parenthetical(sentence: Sentence, index: int) -> bool:
    """A number right after an opening bracket restates the one before it in other units
    ("100 kilometers (60 miles)"): it makes no claim of its own."""
    toks = tokens(sentence)
    return sentence.text[:toks[index].start].rstrip().endswith("(")


def quantities(sentence: Sentence) -> list[Quantity]:
    """Every number in the sentence ("at least 93,000 lives", "2.5 million people", "July 2")."""
    lower = [w.lower() for w in sentence.words]
    found = []
    index = 0
    while index < len(lower):
        value = _number_value(lower[index])
        if value is None or _parenthetical(sentence, index):
            index += 1
            continue
        end = index + 1
        while end < len(lower) and lower[end] in SCALES:
            value *= SCALES[lower[end]]
            end += 1
        qualifier, start = _qualifier(lower, index)
        unit = _unit(lower, sentence.stems, end, index)
        window = range(max(0, start - QUANTITY_CONTEXT), min(len(lower), end + QUANTITY_CONTEXT + 1))
        context = frozenset(sentence.stems[i] for i in window if not (start <= i < end)
                            and not is_stop_word(lower[i]) and _number_value(lower[i]) is None)
        found.append(Quantity(sentence.id, start, end, qualifier, value, unit, context - {unit}))
        index = end
    return found


def _match_in_fact(first: Sequence[int], second: Sequence[int], mentions: Sequence[Quantity],
                   aligned: bool) -> Iterable[tuple[int, int]]:
    """Pairs of mentions in two versions of one fact: per unit, equal values first, then
    the rest in order ("from 4 to 3.5 percent" / "to 3.5 percent from 4 percent"). In
    versions that are only paraphrases, numbers of one unit may count different things
    ("served two years" / "20 years ago"): they pair only when their words overlap."""
    for unit in {mentions[i].unit for i in first}:
        left = [i for i in first if mentions[i].unit == unit]
        right = [j for j in second if mentions[j].unit == unit]
        for i in list(left):
            same = [j for j in right if mentions[j].value == mentions[i].value]
            if same:
                yield i, same[0]
                left.remove(i)
                right.remove(same[0])
        yield from ((i, j) for i, j in zip(left, right)
                    if aligned or mentions[i].context & mentions[j].context)


def _same_elsewhere(a: Quantity, b: Quantity) -> bool:
    """Mentions in sentences that are not one fact count the same thing when value and
    unit agree and their surrounding words overlap: one shared word for a specific number,
    two for a small count that many things share ("two weeks")."""
    if a.unit != b.unit or not a.unit or a.unit.startswith("month:") or a.value != b.value:
        return False
    return len(a.context & b.context) >= (1 if a.value >= SPECIFIC_NUMBER else 2)


def _quantity_pairs(corpus: Corpus, alignment: Alignment,
                    mentions: Sequence[Quantity]) -> Iterable[tuple[int, int]]:
    """Index pairs of mentions, from different reports, of one quantity."""
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        by_sentence[mention.sentence].append(index)
    ids = sorted(by_sentence)
    for n, first in enumerate(ids):
        for second in ids[n + 1:]:
            if corpus.sentences[first].doc == corpus.sentences[second].doc:
                continue
            if alignment.fact_of[first] == alignment.fact_of[second]:
                aligned = _ratio(corpus.sentences[first], corpus.sentences[second]) >= ALIGNED_RATIO
                yield from _match_in_fact(by_sentence[first], by_sentence[second], mentions, aligned)
            else:
                yield from ((i, j) for i in by_sentence[first] for j in by_sentence[second]
                            if _same_elsewhere(mentions[i], mentions[j]))


def _components(size: int, pairs: Iterable[tuple[int, int]]) -> list[list[int]]:
    parent = list(range(size))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in pairs:
        parent[find(a)] = find(b)
    groups: dict[int, list[int]] = defaultdict(list)
    for index in range(size):
        groups[find(index)].append(index)
    return [g for g in groups.values() if len(g) > 1]


def _quantity_difference(corpus: Corpus, mentions: Sequence[Quantity], event: int | None,
                         alignment: Alignment) -> Difference | None:
    by_claim: dict[tuple[str, float], list[Quantity]] = defaultdict(list)
    for mention in mentions:
        by_claim[mention.claim].append(mention)
    if len(by_claim) < 2:
        return None
    variants = []
    for group in by_claim.values():
        first = group[0]
        sentence = corpus.sentences[first.sentence]
        text, changed, offset = _passage(sentence, first.start, first.end)
        sources = tuple(source_of(corpus, i) for i in sorted({m.sentence for m in group}))
        variants.append(Variant(text, changed, sources, sentence.text, offset))
    facts = {alignment.fact_of[m.sentence] for m in mentions}
    difference = Difference("number", tuple(variants), event, facts.pop() if len(facts) == 1 else None)
    return difference if len(difference.documents) > 1 else None


def quantity_differences(corpus: Corpus, alignment: Alignment, documents: set[int] | frozenset[int],
                         event: int | None = None) -> list[Difference]:
    """Numbers the reports of one event give differently for the same quantity."""
    mentions = [q for s in corpus.sentences if s.doc in documents for q in quantities(s)]
    found = []
    for component in _components(len(mentions), _quantity_pairs(corpus, alignment, mentions)):
        difference = _quantity_difference(corpus, [mentions[i] for i in component], event, alignment)
        if difference:
            found.append(difference)
    return found


# --- incompatible accounts and loaded wording (summarizer.nlp.claims) --------------------


def _char_passage(sentence: Sentence, start: int, end: int) -> tuple[str, str, int]:
    """``_passage`` for the characters [start, end) of the sentence."""
    toks = tokens(sentence)
    inside = [n for n, t in enumerate(toks) if t.end > start and t.start < end]
    if not inside:
        return sentence.text, sentence.text[start:end], start
    return _passage(sentence, inside[0], inside[-1] + 1)


def _variants(corpus: Corpus, readings: dict[Any, list[tuple[int, int, int]]]) -> tuple[Variant, ...]:
    """One Variant per reading: (sentence id, start char, end char) of every sentence."""
    variants = []
    for key in sorted(readings, key=str):
        group = readings[key]
        first, start, end = group[0]
        sentence = corpus.sentences[first]
        text, changed, offset = _char_passage(sentence, start, end)
        sources = tuple(source_of(corpus, i) for i in sorted({g[0] for g in group}))
        variants.append(Variant(text, changed, sources, sentence.text, offset))
    return tuple(variants)


def _about_one_thing(corpus: Corpus, alignment: Alignment, a: int, b: int, ignore: set[str]) -> bool:
    """Two sentences speak of one happening: one fact, or, besides the words compared, at
    least ``ABOUT_ONE_THING_WORDS`` content words in common (related forms count: "march" /
    "marchers") making up ``align.CANDIDATE_JACCARD`` of their words."""
    if alignment.fact_of[a] == alignment.fact_of[b]:
        return True
    left = [w for w in corpus.sentences[a].content if w not in ignore]
    right = [w for w in corpus.sentences[b].content if w not in ignore]
    shared = sum(1 for w in left if any(w == o or _related(w, o) for o in right))
    union = len(left) + len(right) - shared
    return shared >= ABOUT_ONE_THING_WORDS and union > 0 and shared / union >= CANDIDATE_JACCARD


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
    difference = Difference("claim", _variants(corpus, readings), event)
    return [difference] if _distinct_reports(difference) else []


def _distinct_reports(difference: Difference) -> bool:
    """At least two readings come from reports that do not also give the other reading."""
    per_variant = [{s.document for s in v.sources} for v in difference.variants]
    return sum(1 for n, docs in enumerate(per_variant)
               if docs - set().union(*(d for m, d in enumerate(per_variant) if m != n))) >= 2


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
            difference = Difference(kind, _variants(corpus, readings), event)
            if _distinct_reports(difference):
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
    "claim" and "number"): a brief must not cite them for it. Reports that also give this
    sentence's account (an update that repeats the earlier figure) are not counted."""
    against: set[str] = set()
    for difference in differences:
        if difference.kind not in ("claim", "number"):
            continue
        own = [v for v in difference.variants
               if any(s.document == document and s.sentence == sentence for s in v.sources)]
        if not own:
            continue
        agreeing = {s.document for v in own for s in v.sources}
        against |= {s.document for v in difference.variants if v not in own for s in v.sources} - agreeing
    return against


# --- all differences ----------------------------------------------------------------------


def find_differences(corpus: Corpus, alignment: Alignment,
                     events: Sequence[tuple[int | None, Sequence[int]]]) -> list[Difference]:
    """Every difference within each event, given as (event id, report indices)."""
    found: list[Difference] = []
    for event, docs in events:
        members = frozenset(docs)
        found += quantity_differences(corpus, alignment, members, event)
        found += casualty_differences(corpus, members, event)
        found += outcome_differences(corpus, alignment, members, event)
        found += loaded_differences(corpus, alignment, members, event)
        for fact in alignment.shared():
            if len(members.intersection(fact.documents)) > 1:
                found += fact_differences(corpus, fact, members, event)
    return _unique(found)


def _unique(found: Sequence[Difference]) -> list[Difference]:
    """Without repeats: a difference whose sentences and changed words an earlier one of
    the same kind already shows (a loaded term found as a phrase, "illegal immigrants", and
    as a word, "illegal"; a death count found as a number and as a claim) is left out."""
    kept: list[tuple[str, frozenset[tuple[str, int]], set[str]]] = []
    out = []
    for difference in found:
        kind = "number" if difference.kind == "claim" else difference.kind
        where = frozenset((s.document, s.sentence) for v in difference.variants for s in v.sources)
        words = {w.lower() for v in difference.variants for w in v.changed.split()}
        if any(k == kind and w == where and words <= seen for k, w, seen in kept):
            continue
        kept.append((kind, where, words))
        out.append(difference)
    return out
