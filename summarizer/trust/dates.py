"""When a happening took place, as two reports give it differently: another weekday ("she
apologized Friday" / "she apologized Saturday") or another date ("will debate on March 3" /
"will debate on March 5") for one happening.

A sentence's dates are read from spaCy's parse, only for sentences that name a weekday or a
month before a day: each date is tied to the word it dates (its *governor*: the verb of
"apologized Friday", the noun of "the debate on Tuesday", through a part of the day,
"Thursday night"; for a support verb, what it does: "issued an apology Saturday" dates
the apology, as "apologized Friday" does) and to how ("on", "by", "until": "by Friday" and
"on Friday" are different claims). Two reports' dates clash when they date the same word the same way in
sentences that state one claim (one fact, or about one thing: ``claims.about_one_thing``),
with no two different subjects ("Smith spoke Tuesday" / "Jones spoke Thursday"; "The
governor" and "Governor Marsh" share a word: one subject), and
neither report also gives the other's date for it ("apologized Friday and again
Saturday"). Saying verbs are not dated happenings: a statement repeated on two days is
no clash ("said Tuesday" / "said Wednesday"). Two sentences of one aligned fact that date
their main verbs, with one subject, date one happening whatever verb each uses ("The bill
was passed Tuesday" / "The bill was approved Thursday": ``MAIN``).

The difference is a *claim* (accounts that cannot both be true): a report that gives one
date is not cited for a sentence that gives the other.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Iterable

from summarizer.corpus import Corpus
from summarizer.text import stem
from summarizer.text.lexicon import ATTRIBUTION_VERBS, MONTH_WORDS, WEEKDAYS
from summarizer.trust.align import Alignment
from summarizer.trust.places import MONTH_NUMBERS
from summarizer.trust.variants import Difference, distinct_reports, related, variants_of

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Words that divide a day: "Thursday night" dates what the night dates.
PARTS_OF_DAY = frozenset("morning afternoon evening night".split())
#: Prepositions that put a happening on a day, as a bare weekday does ("on Friday", "Friday").
ON = frozenset({"on", "in", "at", "during"})
#: Dependencies of a date phrase that dates its head ("apologized Friday", "a Thursday
#: tweet", "Tuesday's shooting"); a date as subject or object ("Friday was chosen") dates
#: nothing.
DATING = frozenset({"npadvmod", "advmod", "nmod", "compound", "tmod", "obl", "poss"})
#: The slot of a date on a sentence's main verb: two sentences of one aligned fact that
#: date their main happening ("A video emerged Tuesday" / "The footage was posted online
#: Thursday") date one happening, whatever verb each uses.
MAIN = "<main>"

#: Dependencies of the common noun that names what a support verb does or undergoes ("issued
#: an apology", "the debate was held").
THING_DONE = frozenset({"dobj", "nsubjpass", "attr"})
#: Verbs whose object names the happening they date ("issued an apology Saturday" dates the
#: apology); another verb's object is a thing of its own ("requested his arrest Monday" does
#: not date the arrest).
SUPPORT_VERBS = frozenset("hold issue make give offer stage deliver conduct host be".split())

_CANDIDATE_RE = re.compile(r"\b(?:%s)\b|\b(?:%s)\.?\s+\d{1,2}\b" % (
    "|".join(WEEKDAYS), "|".join(sorted((w for w in MONTH_WORDS if w[:3] in MONTH_NUMBERS), key=len, reverse=True))),
    re.I)


@dataclass(frozen=True)
class Dating:
    """A date a sentence gives to one word."""

    value: str  # "friday", or "month day" ("3 5" for March 5)
    relation: str  # "on", or the preposition ("by", "until", "before")
    governor: str  # lemma of the word dated
    subject: str  # lemma of the governor's subject ("" when none or a pronoun)
    start: int  # characters of the date in the sentence
    end: int
    #: Stems of what is dated: the governor, or for a support verb the thing it does or
    #: undergoes ("issued an apology Saturday": apolog; "the debate will be held Thursday":
    #: debat; "held a rally" and "held a news conference" are two happenings).
    words: frozenset[str] = frozenset()
    #: Lemmas of the subject's head and its compounds ("Governor Marsh": governor, marsh; ``actor``).
    actor: frozenset[str] = frozenset()
    main: bool = False  # the word dated is the sentence's main verb

    def slots(self) -> list[tuple[str, str, bool]]:
        """(word dated, relation, weekday or not): two datings that share a slot date one
        thing; a dating of the main verb also has the ``MAIN`` slot."""
        words = sorted(self.words) + ([MAIN] if self.main else [])
        return [(word, self.relation, self.value.isalpha()) for word in words]


def _date_of(token: "Token") -> tuple[str, int, int] | None:
    """(value, start char, end char) when the token opens a weekday or a month-and-day."""
    lower = token.text.lower().rstrip(".")
    if lower in WEEKDAYS:
        return lower, token.idx, token.idx + len(token.text)
    if lower in MONTH_WORDS and lower[:3] in MONTH_NUMBERS and token.i + 1 < len(token.doc):
        day = token.doc[token.i + 1]
        if day.text.isdigit() and 1 <= int(day.text) <= 31:
            if token.dep_ == "appos" and token.head.text.lower() in WEEKDAYS:
                return None  # "Friday, June 5": the weekday is the date read
            return f"{MONTH_NUMBERS[lower[:3]]} {int(day.text)}", token.idx, day.idx + len(day.text)
    return None


def datings(doc: "Doc") -> list[Dating]:
    """The dates the sentence gives, each with the word it dates."""
    found = []
    for token in doc:
        date = _date_of(token)
        if date is None:
            continue
        head = token
        while head.dep_ in ("compound", "amod", "nmod") and head.head.lemma_.lower() in PARTS_OF_DAY:
            head = head.head
        if head.dep_ == "pobj" and head.head.dep_ in ("prep", "agent"):
            relation, governor = head.head.text.lower(), head.head.head
        elif head.dep_ in DATING:
            relation, governor = "on", head.head
        else:
            continue
        lemma = governor.lemma_.lower()
        if governor is head or lemma in ATTRIBUTION_VERBS or not governor.is_alpha:
            continue
        subject = next((c for c in governor.children if c.dep_ == "nsubj"), None)
        done = {stem(c.lemma_.lower()) for c in governor.children
                if lemma in SUPPORT_VERBS and c.dep_ in THING_DONE and c.pos_ == "NOUN"}
        if lemma in SUPPORT_VERBS and not done:
            continue  # "the rally was on Friday": the verb names no happening
        named = subject is not None and subject.pos_ != "PRON"
        who = actor(next((c for c in governor.children if c.dep_ in ("nsubj", "nsubjpass")), None))
        found.append(Dating(date[0], "on" if relation in ON else relation, lemma,
                            subject.lemma_.lower() if named else "", date[1], date[2],
                            frozenset(done or {stem(lemma)}), who, governor.dep_ == "ROOT"))
    return found


def actor(subject: "Token | None") -> frozenset[str]:
    """Lemmas of a subject's head and its compounds, active or passive ("Governor Marsh":
    governor, marsh; "the bill was approved": bill), the head first in a "head:" entry;
    none for a pronoun."""
    if subject is None or subject.pos_ == "PRON":
        return frozenset()
    head = subject.lemma_.lower()
    return frozenset({"head:" + head} | {t.lemma_.lower() for t in subject.children if t.dep_ == "compound"} | {head})


def one_actor(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two ``actor``s name one subject: one's head is a word of the other ("The governor" /
    "Governor Marsh"); a shared modifier is not enough ("Chechen police" / "Chechen
    security forces")."""
    heads = [w[5:] for w in a | b if w.startswith("head:")]
    return any(h in a and h in b for h in heads)


def _same_actor(a: Dating, b: Dating) -> bool:
    """No two different subjects: one is missing, or they share a word ("The governor" /
    "Governor Marsh") or a related form."""
    if not a.subject or not b.subject or one_actor(a.actor, b.actor):
        return True
    return a.subject == b.subject or related(a.subject, b.subject)


def _dates_named(text: str) -> frozenset[str]:
    """The weekdays and month-and-days a text names, as written (lower case)."""
    return frozenset(m.group(0).lower() for m in _CANDIDATE_RE.finditer(text))


def _date_words(dates: Iterable[str]) -> set[str]:
    """The stems of the date words: not counted as words two sentences share."""
    return {stem(w) for text in dates for w in re.findall(r"[a-z]+", text)}


def _worth_parsing(corpus: Corpus, alignment: Alignment, documents: Iterable[int]) -> list[int]:
    """The sentences that name a date and speak of one thing (``claims.about_one_thing``,
    the date words aside) with a sentence of another report that names another date: the
    only ones a clash can be read in, so the only ones parsed."""
    from summarizer.trust.claims import about_one_thing

    dated = {s.id: _dates_named(s.text) for doc in sorted(documents) for s in corpus.sentences_of(doc)}
    dated = {i: found for i, found in dated.items() if found}
    ids = sorted(dated)
    kept: set[int] = set()
    for n, a in enumerate(ids):
        for b in ids[n + 1:]:
            if (corpus.sentences[a].doc != corpus.sentences[b].doc and dated[a] != dated[b]
                    and not {a, b} <= kept):
                if about_one_thing(corpus, alignment, a, b, _date_words(dated[a] | dated[b])):
                    kept |= {a, b}
    return sorted(kept)


def date_differences(corpus: Corpus, alignment: Alignment, documents: Iterable[int],
                     event: int | None = None) -> list[Difference]:
    """Weekdays and dates the reports of one event give differently for one happening."""
    from summarizer.nlp.load import parse_all
    from summarizer.trust.claims import about_one_thing

    ids = _worth_parsing(corpus, alignment, documents)
    by_slot: dict[tuple[str, str, bool], list[tuple[int, Dating]]] = defaultdict(list)
    for sentence_id, doc in zip(ids, parse_all(corpus.sentences[i].text for i in ids)):
        for dating in datings(doc):
            for slot in dating.slots():
                by_slot[slot].append((sentence_id, dating))
    by_report: dict[tuple[tuple[str, str, bool], int], set[str]] = defaultdict(set)
    for slot, mentions in by_slot.items():
        for sentence_id, dating in mentions:
            by_report[(slot, corpus.sentences[sentence_id].doc)].add(dating.value)

    def given(report: int, dating: Dating) -> set[str]:
        """The dates the report gives any slot of ``dating`` ("apologized Friday and again Saturday")."""
        return {value for slot in dating.slots() for value in by_report.get((slot, report), ())}

    clashes = _Clashes()
    for slot in sorted(by_slot):
        mentions = by_slot[slot]
        for n, (a, first) in enumerate(mentions):
            for b, second in mentions[n + 1:]:
                doc_a, doc_b = corpus.sentences[a].doc, corpus.sentences[b].doc
                if (doc_a == doc_b or first.value == second.value or first.value in given(doc_b, second)
                        or second.value in given(doc_a, first) or not _same_actor(first, second)):
                    continue
                named = _dates_named(corpus.sentences[a].text) | _dates_named(corpus.sentences[b].text)
                if slot[0] == MAIN and (alignment.fact_of[a] != alignment.fact_of[b]
                                        or not one_actor(first.actor, second.actor)):
                    continue  # two facts, or two subjects ("Lind was arrested" / "the judge requested")
                if about_one_thing(corpus, alignment, a, b, _date_words(named)):
                    clashes.join((a, first), (b, second))
    found = []
    for readings in clashes.readings():
        difference = Difference("claim", variants_of(corpus, readings), event)
        if len(difference.variants) >= 2 and distinct_reports(difference):
            found.append(difference)
    return found


class _Clashes:
    """Clashing datings joined into one account per happening: datings linked by clashes,
    however many slots they share, give one difference."""

    def __init__(self) -> None:
        self.parent: dict[tuple[int, int], tuple[int, int]] = {}
        self.value: dict[tuple[int, int], tuple[str, int, int, int]] = {}

    def _find(self, node: tuple[int, int]) -> tuple[int, int]:
        while self.parent[node] != node:
            node = self.parent[node]
        return node

    def join(self, *mentions: tuple[int, Dating]) -> None:
        nodes = []
        for sentence, dating in mentions:
            node = (sentence, dating.start)
            self.parent.setdefault(node, node)
            self.value[node] = (dating.value, sentence, dating.start, dating.end)
            nodes.append(self._find(node))
        for node in nodes[1:]:
            self.parent[node] = nodes[0]

    def readings(self) -> list[dict[Any, list[tuple[int, int, int]]]]:
        """Per happening: date -> (sentence, start, end) of every dating that gives it."""
        groups: dict[tuple[int, int], dict[Any, list[tuple[int, int, int]]]] = defaultdict(lambda: defaultdict(list))
        for node in sorted(self.parent):
            value, sentence, start, end = self.value[node]
            groups[self._find(node)][value].append((sentence, start, end))
        return [groups[root] for root in sorted(groups)]
