"""Numbers the reports give differently for one quantity.

*Numbers* are compared as quantities (value, qualifier, unit), normalised so that "93,000"
equals "93000" (and "1.500", "1 500" in the languages that write them so), and a number
joined to its unit reads as the two words ("48-page" as "48 pages"); a qualifier
("more than", "at least", "about"; "mehr als", "超过") changes the claim, and whether two
accounts can both be true is ``accounts``'s to say. Two mentions are
the same quantity when their sentences are one fact, or when they count the same unit in
the same words elsewhere in the reports ("has claimed at least 93,000 lives" / "has claimed
more than 93,000 lives"). Outside English, where no encoder joins paraphrases into facts,
mentions of close values followed by the same words ("zwölf Menschen kamen ums Leben" /
"15 Menschen sind ums Leben gekommen") are one quantity too (``_pairs_by_signature``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Sequence

from summarizer import language as languages
from summarizer.trust.accounts import compatible, one_figure
from summarizer.trust.align import Alignment
from summarizer.brief import source_of
from summarizer.corpus import Corpus, Sentence
from summarizer.language.numbers import (key, number_value, qualifier_after, qualifier_before,
                                         reads_qualifiers, vocabulary)
from summarizer.language.support import uses_english_models
from summarizer.text import is_stop_word, is_year, of_other_years, stem
from summarizer.text.lexicon import MONTH_WORDS
from summarizer.trust.variants import ALIGNED_RATIO, Difference, Variant, passage, ratio, tokens

#: Content words on each side of a number that describe what it counts.
QUANTITY_CONTEXT = 4
#: Outside aligned sentences, a number this large that two reports give for the same unit
#: with a shared context word is one quantity ("has claimed at least 93,000 lives" / "has
#: claimed more than 93,000 lives"); smaller counts ("two weeks") need two shared words.
SPECIFIC_NUMBER = 10
#: Words after a number that say what it counts (its *signature*: "31 Fahrgäste wurden
#: verletzt" -> Fahrgast, verletzt), for languages without the sentence encoder.
SIGNATURE_WORDS = 4
#: Two accounts of one count rarely differ by more than this factor ("12" / "15 dead",
#: "1.200" / "1.650 hectares"); numbers further apart that share a counted word ("2 Menschen
#: starben" / "1.500 Menschen flohen") count different things.
MAX_ACCOUNT_RATIO = 2.0
#: Units of joined numbers that many things of one story share ("a 10-year sentence", "a
#: 12-year-old boy"): such a number describes one thing only within one fact.
SPAN_UNITS = frozenset(stem(w) for w in "year month week day hour minute".split())


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
    #: Content stems of the words right after the number (what it counts), for languages
    #: without the encoder; empty in English.
    signature: frozenset[str] = field(default=frozenset())
    #: For a number joined to its unit ("48-page indictment"), the stem of the noun it
    #: describes ("indict"); "" otherwise.
    thing: str = ""

    @property
    def claim(self) -> tuple[str, float]:
        return self.qualifier, self.value


def _unit(lower: Sequence[str], stems: Sequence[str], after: int, before: int,
          code: str = languages.ENGLISH) -> str:
    """What the number counts: the next content word, unless another number comes first
    ("64 of the 122 seats": the seats are the 122's); the month before a day (in English,
    "July 2") or the month or hour after it (elsewhere, "3. Mai", "12日")."""
    if code == languages.ENGLISH:
        if before > 0 and lower[before - 1].rstrip(".") in MONTH_WORDS:
            return "month:" + lower[before - 1][:3]
    elif after < len(lower) and lower[after] in vocabulary(code).dates:
        return "month:" + lower[after]
    for index in range(after, min(len(lower), after + 3)):
        word = lower[index]
        if number_value(word, code) is not None:
            return ""
        if word in ("percent", "per", "%"):
            return "percent"
        if not is_stop_word(word, code):
            return stems[index]
    return ""


def _signature(lower: Sequence[str], stems: Sequence[str], end: int, code: str) -> frozenset[str]:
    """The content stems of the ``SIGNATURE_WORDS`` words after a number, up to the next number."""
    found = set()
    for index in range(end, min(len(lower), end + SIGNATURE_WORDS)):
        if number_value(lower[index], code) is not None:
            break
        if not is_stop_word(lower[index], code):
            found.add(stems[index])
    return frozenset(found)


def attached(word: str) -> tuple[float, str, str] | None:
    """(value, qualifier, unit stem) of a number joined by a hyphen to what it counts, in
    English ("48-page", "250,000-a-year", "10-year-old", "60-plus"): the figure is read like
    "48 pages". Only digits open one ("one-sided" counts nothing), and a word must follow
    the hyphen ("2-1" is a score, "31-April" a range of dates)."""
    head, _, rest = word.partition("-")
    value = number_value(head) if head[:1].isdigit() else None
    if value is None or not rest[:1].isalpha() or not rest[:1].islower():
        return None
    parts = [p for p in rest.split("-") if p]
    if parts == ["plus"]:
        return value, "at least", ""
    unit = next((p for p in parts if not is_stop_word(p) and p.isalpha()), "")
    if not unit or unit in MONTH_WORDS:
        return None
    return value, "", stem(unit)


def _parenthetical(sentence: Sentence, index: int) -> bool:
    """A number right after an opening bracket restates the one before it in other units
    ("100 kilometers (60 miles)"): it makes no claim of its own."""
    toks = tokens(sentence)
    return sentence.text[:toks[index].start].rstrip().endswith("(")


def quantities(sentence: Sentence, code: str | None = None) -> list[Quantity]:
    """Every number in the sentence ("at least 93,000 lives", "2.5 million people", "July 2";
    "mehr als 20.000 Sandsäcke", "超过30人"), read in language ``code`` (None: the current one)."""
    code = code or languages.current()
    english = code == languages.ENGLISH
    lower = [w.lower() for w in sentence.words] if english else [key(w, code) for w in sentence.words]
    scales = vocabulary(code).scales
    found = []
    index = 0
    while index < len(lower):
        value = number_value(lower[index], code)
        joined = attached(lower[index]) if value is None and english else None
        if joined is not None and not _parenthetical(sentence, index):
            found.append(_attached_quantity(sentence, lower, index, *joined))
            index += 1
            continue
        if value is None or _parenthetical(sentence, index):
            index += 1
            continue
        end = index + 1
        while end < len(lower) and lower[end] in scales:
            value *= scales[lower[end]]
            end += 1
        if not english and end < len(lower) and lower[end][:1] in scales and end == index + 1:
            value *= scales[lower[end][:1]]  # Chinese "8000万元": the scale opens the unit's word
        qualifier, start = qualifier_before(lower, index, code)
        after = end
        if not qualifier and not english:
            qualifier, after = qualifier_after(lower, end, code)
        if english and "ago" in lower[end:end + 3]:  # "20 years ago": a moment (``dates``), no count
            index = end
            continue
        unit = _unit(lower, sentence.stems, after, index, code)
        window = range(max(0, start - QUANTITY_CONTEXT), min(len(lower), end + QUANTITY_CONTEXT + 1))
        context = frozenset(sentence.stems[i] for i in window if not (start <= i < end)
                            and not is_stop_word(lower[i], code) and number_value(lower[i], code) is None)
        signature = frozenset() if english else _signature(lower, sentence.stems, after, code)
        found.append(Quantity(sentence.id, start, end, qualifier, value, unit, context - {unit}, signature))
        index = end
    return found


def _attached_quantity(sentence: Sentence, lower: Sequence[str], index: int, value: float,
                       qualifier: str, unit: str) -> Quantity:
    """The Quantity of an ``attached`` number at token ``index`` (its unit read off the word;
    "60-plus votes" counts the votes)."""
    start = qualifier_before(lower, index)[1] if not qualifier else index
    qualifier = qualifier or qualifier_before(lower, index)[0]
    unit = unit or _unit(lower, sentence.stems, index + 1, index)
    window = range(max(0, start - QUANTITY_CONTEXT), min(len(lower), index + QUANTITY_CONTEXT + 2))
    context = frozenset(sentence.stems[i] for i in window if i != index and not is_stop_word(lower[i])
                        and number_value(lower[i]) is None)
    after = index + 1
    thing = sentence.stems[after] if after < len(lower) and not is_stop_word(lower[after]) else ""
    return Quantity(sentence.id, start, index + 1, qualifier, value, unit, context - {unit}, thing=thing)


def _match_in_fact(first: Sequence[int], second: Sequence[int], mentions: Sequence[Quantity],
                   aligned: bool) -> Iterable[tuple[int, int]]:
    """Pairs of mentions in two versions of one fact: per unit, equal values first, then
    the rest in order ("from 4 to 3.5 percent" / "to 3.5 percent from 4 percent"). In
    versions that are only paraphrases, numbers of one unit may count different things
    ("served two years" / "20 years ago"): they pair only when their words overlap; spans of
    time, which many things of a story share, only when two words do, even in close versions
    ("Wang, who spent two years in prison" / "Qin, a campaigner for 20 years, and Wang"). A
    joined number describes its noun ("the 115-yacht fleet"): it pairs only with joined
    numbers of that noun, not with a count of the unit ("37 yachts")."""
    for unit in sorted({(mentions[i].unit, mentions[i].thing) for i in first}):
        left = [i for i in first if (mentions[i].unit, mentions[i].thing) == unit]
        right = [j for j in second if (mentions[j].unit, mentions[j].thing) == unit]
        for i in list(left):
            same = [j for j in right if mentions[j].value == mentions[i].value]
            if same:
                yield i, same[0]
                left.remove(i)
                right.remove(same[0])
        shared = 2 if unit[0] in SPAN_UNITS else 1
        yield from ((i, j) for i, j in zip(left, right)
                    if (aligned and shared == 1) or len(mentions[i].context & mentions[j].context) >= shared)


def _same_elsewhere(a: Quantity, b: Quantity) -> bool:
    """Mentions in sentences that are not one fact count the same thing when value and
    unit agree and their surrounding words overlap: one shared word for a specific number,
    two for a small count that many things share ("two weeks")."""
    if a.unit != b.unit or not a.unit or a.unit.startswith("month:") or a.value != b.value:
        return False
    return len(a.context & b.context) >= (1 if a.value >= SPECIFIC_NUMBER else 2)


def _quantity_pairs(corpus: Corpus, alignment: Alignment,
                    mentions: Sequence[Quantity]) -> Iterable[tuple[int, int]]:
    """Index pairs of mentions, from different reports, of one quantity. Only sentences of
    one fact, and mentions of one value and unit, are compared (never all pairs); versions
    of a fact naming different years ("last year" / "this year") give two years' figures
    (but "since 2002" / "since 2003" differ in the year)."""
    by_sentence: dict[int, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        by_sentence[mention.sentence].append(index)
    by_fact: dict[int, list[int]] = defaultdict(list)
    for sentence_id in sorted(by_sentence):
        by_fact[alignment.fact_of[sentence_id]].append(sentence_id)
    for ids in by_fact.values():
        for n, first in enumerate(ids):
            for second in ids[n + 1:]:
                one, other = corpus.sentences[first], corpus.sentences[second]
                if one.doc != other.doc:
                    aligned = ratio(one, other) >= ALIGNED_RATIO
                    years_apart = of_other_years(one.words, other.words)  # a year is itself a figure
                    yield from ((i, j) for i, j in _match_in_fact(by_sentence[first], by_sentence[second], mentions,
                                aligned) if not years_apart or is_year(f"{mentions[i].value:g}"))
    yield from _pairs_elsewhere(corpus, alignment, mentions)


def _pairs_elsewhere(corpus: Corpus, alignment: Alignment,
                     mentions: Sequence[Quantity]) -> Iterable[tuple[int, int]]:
    """Pairs of mentions in sentences of different reports and facts that count one thing
    (``_same_elsewhere``): only mentions of one value and unit can, so only they are compared."""
    same_count: dict[tuple[str, float], list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        if mention.unit and not mention.unit.startswith("month:"):
            same_count[(mention.unit, mention.value)].append(index)
    yield from _described_alike(corpus, alignment, mentions)
    yield from _across_facts(corpus, alignment, mentions, same_count.values(), _same_elsewhere)


def _across_facts(corpus: Corpus, alignment: Alignment, mentions: Sequence[Quantity],
                  groups: Iterable[list[int]], alike: Callable[[Quantity, Quantity], bool]) -> Iterable[tuple[int, int]]:
    """Pairs of mentions in one group, of two reports and two facts, that ``alike`` joins."""
    for indices in groups:
        for n, i in enumerate(indices):
            first = corpus.sentences[mentions[i].sentence]
            for j in indices[n + 1:]:
                second = corpus.sentences[mentions[j].sentence]
                if (first.doc != second.doc and alignment.fact_of[first.id] != alignment.fact_of[second.id]
                        and alike(mentions[i], mentions[j])):
                    yield i, j


def _described_alike(corpus: Corpus, alignment: Alignment,
                     mentions: Sequence[Quantity]) -> Iterable[tuple[int, int]]:
    """Joined numbers of two reports that describe one thing in the same words ("a 48-page
    indictment" / "the 47-page indictment"), in sentences of different facts: one quantity
    when the values are close enough to be two accounts of it (``MAX_ACCOUNT_RATIO``)."""
    described: dict[tuple[str, str], list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        if mention.thing and mention.unit not in SPAN_UNITS:
            described[(mention.unit, mention.thing)].append(index)
    yield from _across_facts(corpus, alignment, mentions, described.values(), _one_thing)


def _close(a: float, b: float) -> bool:
    return a > 0 and b > 0 and max(a, b) <= MAX_ACCOUNT_RATIO * min(a, b)


def _one_thing(a: Quantity, b: Quantity) -> bool:
    """Two joined numbers describe one thing: the same unit and noun, not a span of time,
    and values close enough to be two accounts of it."""
    return bool(a.thing) and (a.unit, a.thing) == (b.unit, b.thing) and a.unit not in SPAN_UNITS \
        and _close(a.value, b.value)


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
        text, changed, offset = passage(sentence, first.start, first.end)
        sources = tuple(source_of(corpus, i) for i in sorted({m.sentence for m in group}))
        variants.append(Variant(text, changed, sources, sentence.text, offset))
    facts = {alignment.fact_of[m.sentence] for m in mentions}
    claims = list(by_claim)
    # Unread qualifiers ('più di 10' against '12') would make compatible figures look
    # conflicting: listed as a difference, never stated as one account against another.
    conflicting = reads_qualifiers(languages.current()) and any(
        not compatible(a, b) for i, a in enumerate(claims) for b in claims[i + 1:])
    if one_figure(claims):
        return None  # "roughly 35" / "35", "$43,000" / "$43,350": one figure, one of them rounded
    difference = Difference("number", tuple(variants), event,
                            facts.pop() if len(facts) == 1 else None, conflicting)
    return difference if len(difference.documents) > 1 and not _report_on_both_sides(difference) else None


def _report_on_both_sides(difference: Difference) -> bool:
    """A report that gives two of the versions does not differ from the others about them."""
    seen: set[str] = set()
    for variant in difference.variants:
        documents = {s.document for s in variant.sources}
        if documents & seen:
            return True
        seen |= documents
    return False


def _counts(mention: Quantity) -> bool:
    """A mention that can be compared with another report's by what it counts: not a day or
    an hour, and followed by words that say what it counts."""
    return bool(mention.signature) and not mention.unit.startswith("month:")


def _pairs_by_signature(corpus: Corpus, alignment: Alignment, mentions: Sequence[Quantity],
                        paired: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Outside English, mentions in two reports that count one thing although their
    sentences are not one fact. In English the encoder joins paraphrases that share few
    words into one fact (``align``), and ``_match_in_fact`` pairs their numbers; the encoder
    is English-only, so elsewhere paraphrased reports ("zwölf Menschen kamen ums Leben" /
    "15 Menschen sind ums Leben gekommen") give no fact, and their numbers are paired here
    instead: by the words after the number, for values close enough to be accounts of one
    count. Within two reports each mention pairs once, the best-matching pairs first."""
    by_doc: dict[int, list[int]] = defaultdict(list)
    for index, mention in enumerate(mentions):
        if _counts(mention):
            by_doc[corpus.sentences[mention.sentence].doc].append(index)
    doc_of = [corpus.sentences[m.sentence].doc for m in mentions]
    found: list[tuple[int, int]] = []
    docs = sorted(by_doc)
    for n, first in enumerate(docs):
        for second in docs[n + 1:]:
            used = {k for i, j in paired if {doc_of[i], doc_of[j]} == {first, second} for k in (i, j)}
            ranked = sorted(
                (-len(a.signature & b.signature), a.unit != b.unit, -len(a.context & b.context), i, j)
                for i in by_doc[first] for j in by_doc[second]
                for a, b in [(mentions[i], mentions[j])]
                if alignment.fact_of[a.sentence] != alignment.fact_of[b.sentence]
                and a.signature & b.signature and _close(a.value, b.value))
            for *_, i, j in ranked:
                if i not in used and j not in used:
                    used.update((i, j))
                    found.append((i, j))
    return found


def quantity_differences(corpus: Corpus, alignment: Alignment, documents: set[int] | frozenset[int],
                         event: int | None = None) -> list[Difference]:
    """Numbers the reports of one event give differently for the same quantity."""
    code = languages.of_documents(corpus.documents)
    # the event's reports only (not a scan of the whole corpus per event), in corpus order
    mentions = [q for doc in sorted(documents) for s in corpus.sentences_of(doc) for q in quantities(s, code)]
    pairs = list(_quantity_pairs(corpus, alignment, mentions))
    if not uses_english_models(code):
        pairs += _pairs_by_signature(corpus, alignment, mentions, pairs)
    found = []
    for component in _components(len(mentions), pairs):
        difference = _quantity_difference(corpus, [mentions[i] for i in component], event, alignment)
        if difference:
            found.append(difference)
    return found
