"""Compression by deleting whole constituents of the spaCy parse.

A constituent is deletable when dropping it leaves a grammatical sentence that says less,
never something else: appositives, non-restrictive relative clauses (set off by a comma),
optional prepositional and adverbial modifiers of a verb, and parentheticals in brackets or
dashes. A span is never deletable when it holds the main verb, a subject of the main clause,
a negation, a hedge or modal, a condition, a speaker or reporting verb, or a quotation mark
(so quotes stay balanced); nor is the description of a speaker, nor a participial clause
("..., alleging widespread fraud", "..., trying to paint his opponent as ...", "...,
serving as a rear base for the attack"): readers of such deletions found the sentence had
lost its point (why someone acted, what a place was for).

The grammatical candidates are subsets of the deletable spans (:func:`candidates`, at most
``MAX_CANDIDATES``); the model ranks them (``rank.py``) instead of choosing words freely.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import combinations
from typing import TYPE_CHECKING, Sequence

from summarizer.generation.compress.commas import QUOTES, SUBJECTS, dash_closes_a_phrase, with_commas
from summarizer.generation.compress.phrases import (CIRCUMSTANCE_ENTITIES, PLACE_ENTITIES, adverb_stays,
                                                    answers_how_or_why, limits_the_claim, optional_pp,
                                                    says_there, states_a_plan)
from summarizer.text.lexicon import (ADDING_OPENERS, APPROXIMATORS, ASPECT_ADVERBS, CONDITION_WORDS, CONDITIONALS,
                                     DASHES, FOCUS_ADVERBS, FREQUENCY_ADVERBS, HEDGE_ADVERBS, HEDGE_VERBS, MODALS,
                                     NEAR_NEGATIONS, NEGATING_FORMS, NEGATIONS, OPEN_UNITS, PERSON_PRONOUNS,
                                     PLACE_NOUNS, REPORTING_VERBS, RESTRICTIVE_RELATIVES, SETTLEMENT_NOUNS,
                                     WHEN_OPENERS)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Candidates (subsets of deletable spans) generated per sentence: a count, so the model's
#: work per sentence is bounded.
MAX_CANDIDATES = 12
#: Deletable spans considered per sentence (the longest ones); 2**MAX_SPANS subsets at most.
MAX_SPANS = 6
#: Words that set how far or when a claim holds ("[nearly] completed", "[only] complied",
#: "[still] searching"): deleted alone they change it; deleted with what they qualify they
#: take nothing else with them ("the city[, with about 400,000 people,]").
SCOPE_WORDS = ASPECT_ADVERBS | APPROXIMATORS | FOCUS_ADVERBS | FREQUENCY_ADVERBS
#: Words whose presence makes a span undeletable: dropping them changes what is asserted.
PROTECTED_WORDS = (NEGATIONS | NEGATING_FORMS | NEAR_NEGATIONS | HEDGE_ADVERBS | HEDGE_VERBS
                   | MODALS | CONDITIONALS | CONDITION_WORDS | SCOPE_WORDS | frozenset({"according", "n't", "pending"}))
#: Verbs that name a speaker's act ("said", "told"): protected when used as verbs.
SPEAKER_VERBS = REPORTING_VERBS


def is_protected_token(token: "Token", carried: bool = False) -> bool:
    """A parsed word constituent deletion and fusion must keep (``PROTECTED_WORDS``, as
    written or by its lemma; a modal only when used as one: "in May" is a month, not "may").
    ``carried``: the word is lent inside a phrase of another report's (fusion), where an
    approximator or a focus adverb travels with the phrase it qualifies ("Goteborg, Sweden's
    second-largest city with about 435,000 people,") and changes nothing of the base's claim.
    The word-deletion compressor's test on plain words is ``plan.is_protected``."""
    forms = {token.lower_, token.lemma_.lower()}
    if token.tag_ != "MD":
        forms -= MODALS
    if carried:
        forms -= APPROXIMATORS | FOCUS_ADVERBS
    return not forms.isdisjoint(PROTECTED_WORDS)
#: Quotation marks as spaCy tokenises them: undirected, opening, closing. A single opening
#: mark counts ("said: `Most of my friends ..."); a single closing one is as often an
#: apostrophe, so a quotation it closes cannot be told and the whole sentence counts as quoted.
DOUBLE_QUOTES = frozenset({'"'})
OPENING_QUOTES = frozenset({"“", "``", "`", "‘"})
CLOSING_QUOTES = frozenset({"”", "''"})
#: Tags of a wh-word (relative pronoun or adverb): one opens a non-restrictive relative clause
#: (an infinitive the parser hung as a clause does not); ``anchors`` and ``splice`` read it too.
WH_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
#: Tags of an adverb that opens its clause ("[when] the boat rolled"): never an optional adverbial.
SUBORDINATORS = frozenset({"WRB", "WDT", "WP"})
#: Entity types of a name that, standing as an appositive, stays.
NAMED = frozenset({"PERSON", "ORG"})
#: Marks before a noun that set it off as an aside or a list's item itself.
SET_OFF = frozenset({","}) | DASHES
#: Nouns a place's description is headed by ("Goma[, a small town]"); a description headed by
#: another noun says who or what the name is (``_describes_a_name``).
PLACES = PLACE_NOUNS | SETTLEMENT_NOUNS


@dataclass(frozen=True)
class Span:
    """Tokens ``start`` to ``end`` (exclusive) of the parse, and what kind of constituent."""

    start: int
    end: int
    kind: str

    def tokens(self) -> range:
        return range(self.start, self.end)


@dataclass(frozen=True)
class Candidate:
    """A compression: the kept token indices of the parse, its text, the spans deleted."""

    kept: tuple[int, ...]
    text: str
    deleted: tuple[Span, ...]


def deletable_spans(doc: "Doc") -> list[Span]:
    """The constituents of ``doc`` that may be deleted, longest first, without duplicates;
    none when the parse has no finite main verb (``_misread_root``)."""
    found: dict[tuple[int, int], Span] = {}
    if _misread_root(doc):
        return []
    for token in doc:
        kind = _kind(token)
        if kind is None:
            continue
        bounds = with_commas(doc, token.left_edge.i, token.right_edge.i + 1)
        span = Span(*bounds, kind) if bounds is not None else None
        if span is not None and _safe(doc, span):
            found.setdefault((span.start, span.end), span)
    for span in _parentheticals(doc):
        if _safe(doc, span) and not _gives_the_unit(doc, span) and not limits_the_claim(doc[span.start:span.end].text) \
                and doc[span.start + 1].lower_ not in WHEN_OPENERS | ADDING_OPENERS:
            found.setdefault((span.start, span.end), span)
    return sorted(found.values(), key=lambda s: (-(s.end - s.start), s.start))


def _misread_root(doc: "Doc") -> bool:
    """The parse's main verb is a past participle with no auxiliary, or its root is no verb
    at all: the parser took a participial phrase for the clause ("Shepard, the gay student
    who was beaten in the dead of night, [tied] to a fence and left to die alone, was
    mourned"), or the predicate for an appositive ("Recipients of the Nobel Prize, ..., often
    profess surprise": "profess" read as an adjective), so its constituents are not the
    sentence's (deleting them left "Shepard tied to a fence ..., was mourned" and
    "Recipients of the Nobel Prize, including some who have lobbied for it for years.")."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    if root is None:
        return False
    participle = root.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in root.children)
    return participle or root.pos_ not in ("VERB", "AUX")


def _kind(token: "Token") -> str | None:
    head, dep = token.head, token.dep_
    if dep == "appos":  # non-restrictive only: set off by a comma or a bracket
        left = token.left_edge.i
        if left == 0 or token.doc[left - 1].text not in (",", "(") or _says_who(token) or _not_one_aside(token) or \
                _describes_a_name(token):
            return None
        return "appositive"
    if dep == "relcl" and token.left_edge.i > 0 and token.doc[token.left_edge.i - 1].text == "," \
            and token.doc[token.left_edge.i].tag_ in WH_TAGS \
            and token.doc[token.left_edge.i].lower_ not in RESTRICTIVE_RELATIVES and not _describes_a_name(token) \
            and not _describes_a_speaker(token):
        return "relative clause"  # (an infinitive the parser hung as one is a purpose: "a consumption
        # tax, which is similar to a sales tax, [to replace the existing federal taxes]"; a "that"
        # clause restricts, comma or not: "a cable, which has not been made public, [that summarized ...]")
    if head.pos_ != "VERB" or head.i == token.i:
        return None
    if dep == "prep" and token.lower_ not in {"of", "according", "per"} and optional_pp(token):
        return "prepositional phrase"
    if dep in {"advmod", "npadvmod"} and token.i == token.right_edge.i == token.left_edge.i \
            and token.tag_ not in SUBORDINATORS and not adverb_stays(token):
        return "adverbial"
    return None


def _says_who(appositive: "Token") -> bool:
    """The appositive is a name ("One[, Diana Durand of Houston,] was charged", "the next
    highest vote-getter[, Ammar Campa-Najjar,]", "Grimm's lawyer[, William McGinley,] said"):
    who acts, not a detail of them, so it stays; so does who a speaker is ("said Ken
    Davies[, the WFP's country director]"): the reader weighs the claim by it. A description of
    any named person or organisation stays too (``_describes_a_name``)."""
    words = [appositive, *(c for c in appositive.children if c.dep_ in ("compound", "appos"))]
    return _describes_a_speaker(appositive) or any(t.pos_ == "PROPN" and t.ent_type_ in NAMED for t in words)


def _describes_a_speaker(description: "Token") -> bool:
    """The appositive, or a relative clause of "to be", says who or what a speaker is ("said
    Ken Davies[, the WFP's country director]", "said the paper[, which is close to the
    Foreign Ministry]"; not "The envoy[, who arrived on Tuesday,] said": what the speaker did)."""
    copula = description.dep_ != "relcl" or description.lemma_ == "be"
    return copula and description.head.dep_ in ("nsubj", "nsubjpass") and is_speaker_verb(description.head.head)


def _describes_a_name(description: "Token") -> bool:
    """The appositive or clause says who or what a named person or organisation is ("Michael
    Flynn[, Mr. Trump's first national security adviser,]", "Third Way[, a moderate Democratic
    group ...]"): it stays. Readings found nearly every such deletion lost what a reader wants.
    So does a role with no article, which describes a person whatever the small model tags the
    name ("Rivera[, president of the largest union in New York City,]", tagged a place), and an
    appositive of a name of any other kind ("Cecil[, a lion beloved in Zimbabwe,]"): what it is,
    as is one whose noun names no place though the model tags the name one ("Suharto[,
    Indonesia's iron-fisted ruler]")."""
    head = description.head
    role = description.dep_ == "appos" and description.pos_ == "NOUN" and \
        not any(c.dep_ in ("det", "poss") for c in description.children)
    other = description.dep_ == "appos" and (head.ent_type_ not in CIRCUMSTANCE_ENTITIES or
                                              description.pos_ == "NOUN" and description.lemma_.lower() not in PLACES)
    return head.pos_ == "PROPN" and (head.ent_type_ in NAMED or role or other)


def _not_one_aside(appositive: "Token") -> bool:
    """The parse shows no single aside: its head has another appositive, is in a list or
    stands after a comma itself, or the appositive holds a coordination ("..., over $300 at
    Build-A-Bear[, $3,544.00 at Mariel's Boutique, and $5,687.75 on ...]" is a list's end;
    "the next highest vote-getter, Ammar Campa-Najjar[, a Democrat,] took": which comma
    closes what cannot be told; "whatever was at hand -- a sodden piece of cardboard[, a plastic
    shopping bag]": after a dash, the next item of a list)."""
    head, doc = appositive.head, appositive.doc
    return sum(c.dep_ == "appos" for c in head.children) > 1 or head.dep_ == "conj" or \
        any(c.dep_ in ("conj", "cc") for c in [*head.children, *appositive.children]) or \
        any(t.dep_ == "conj" and t.pos_ == "VERB" for t in appositive.subtree) or \
        (head.left_edge.i > 0 and doc[head.left_edge.i - 1].text in SET_OFF)


def _under_negation(inside: list["Token"]) -> bool:
    """The span modifies a negated verb: deleting it widens what is denied."""
    heads = {t.head for t in inside if t.head not in inside}
    return any(c.dep_ == "neg" for head in heads for c in head.children)


def _safe(doc: "Doc", span: Span) -> bool:
    """No main verb, main-clause subject, protected word or quotation mark inside; something
    of the sentence is left."""
    words = [t for t in doc if not t.is_punct]
    inside = [doc[i] for i in span.tokens()]
    if len([t for t in inside if not t.is_punct]) >= len(words) - 2:
        return False
    for token in inside:
        if token.dep_ == "ROOT" or token.text in QUOTES or is_protected_token(token) and not _goes_with_its_head(token, span):
            return False
        if is_speaker_verb(token) or states_a_plan(token):
            return False
        if token.dep_ in SUBJECTS and token.head.dep_ == "ROOT":
            return False
    if any(t.head.i in span.tokens() and t.i not in span.tokens() and not t.is_punct for t in doc):
        return False  # a word outside depends on one inside ("a challenger[,] Marie Newman, in March")
    if _under_negation(inside):
        return False  # "did not attack the town on Sunday" is no "did not attack the town"
    if _counts(doc, span):
        return False  # "the attack[, which killed four Americans,]": how many was the news
    if answers_how_or_why(doc, span.start, span.end):
        return False  # "the theory about how the company discriminated [-- through ... --]"
    if _antecedent_of_what_follows(doc, span):
        return False  # "Krstic[, who was transferred to The Hague,] is the 35th suspect taken there"
    if _inside_word(doc, span):
        return False  # "the Republican-controlled chamber": part of a hyphenated word
    if any(i in quoted(doc) for i in span.tokens()):
        return False  # a deletion inside a quotation would misquote the speaker
    if span.start > 0 and span.end < len(doc):  # the whole inside of quotes or brackets
        pair = doc[span.start - 1].text + doc[span.end].text
        if pair == "()" or (doc[span.start - 1].text in QUOTES and doc[span.end].text in QUOTES):
            return False
    return True


def _counts(doc: "Doc", span: Span) -> bool:
    """The span holds a number ("[which killed four Americans]", "[-- including one IOC
    member --]", "[a $20 billion dam]"): readers found the sentence had lost its point without
    it, and the word-deletion compressor protects numbers too (``plan.is_protected``). A
    conversion in brackets states no figure of its own ("the [(725-mile)] border"); a bare
    figure in brackets is one ("Sweden, 0.1 [(2.7)]": last year's rate). An aside listing what a
    counted noun counts stays with it ("two pillars [-- his record and his judgment --]")."""
    inside = doc[span.start:span.end]
    conversion = inside[0].text == "(" and any(t.is_alpha and t.lower_ not in ("percent", "pct") for t in inside)
    listed = any(t.dep_ == "appos" and any(c.dep_ == "nummod" for c in t.head.children) for t in inside)
    return not conversion and (listed or any(t.pos_ == "NUM" or t.like_num for t in inside))


def _antecedent_of_what_follows(doc: "Doc", span: Span) -> bool:
    """The span names what the sentence points to after it: a place it later calls "there",
    the one name a later "him" or "her" can stand for ("legislators[, who gave their
    support to Hariri,] did not name him"), or a thing the sentence names again after it,
    the later mention leaning on the first ("Saramago[, whose sense of literary freedom is
    evident ...,] displays a different form of freedom"; "[when America Online chose ...]
    the online service")."""
    inside, after = doc[span.start:span.end], doc[span.end:]
    if _keys(inside) & _keys(after):
        return True
    if any(t.ent_type_ in PLACE_ENTITIES for t in inside) and says_there(after):
        return True
    outside = [t for t in doc if t.pos_ == "PROPN" and not span.start <= t.i < span.end]
    return any(t.pos_ == "PROPN" for t in inside) and not outside and \
        any(t.lower_ in PERSON_PRONOUNS for t in after)


def _keys(tokens: "Span | Doc") -> set[str]:
    """Lemmas and stems of the content words (nouns, names, verbs, adjectives)."""
    from summarizer.text import stem

    return {key for t in tokens if t.pos_ in ("NOUN", "PROPN", "VERB", "ADJ") and t.is_alpha and not t.is_stop
            for key in (t.lemma_.lower(), stem(t.lower_))}


def _goes_with_its_head(token: "Token", span: Span) -> bool:
    """A scope word (``SCOPE_WORDS``) deleted together with the word it qualifies."""
    return bool({token.lower_, token.lemma_.lower()} & SCOPE_WORDS) and token.head.i in span.tokens() \
        and token.head != token


def _inside_word(doc: "Doc", span: Span) -> bool:
    """The span is joined to a neighbour by a hyphen written without spaces."""
    before = span.start > 0 and doc[span.start - 1].text == "-" and not doc[span.start - 2].whitespace_ \
        if span.start > 1 else False
    after = span.end < len(doc) and doc[span.end].text == "-" and not doc[span.end - 1].whitespace_
    return before or after


def quoted(doc: "Doc") -> frozenset[int]:
    """Indices of the tokens inside a quotation, the marks included. Straight double quotes
    pair up in order; when a sentence holds an odd number of them (a quotation spanning
    sentences) or curly ones that do not pair, which part is quoted cannot be told, and the
    whole sentence counts as quoted."""
    marks = [t.i for t in doc if t.text in DOUBLE_QUOTES]
    opening = [t.i for t in doc if t.text in OPENING_QUOTES]
    closing = [t.i for t in doc if t.text in CLOSING_QUOTES]
    if not marks and not opening and not closing:
        return frozenset()
    pairs = list(zip(marks[::2], marks[1::2])) + list(zip(opening, closing))
    if len(marks) % 2 or len(opening) != len(closing) or any(a > b for a, b in pairs):
        return frozenset(range(len(doc)))
    return frozenset(i for a, b in pairs for i in range(a, b + 1))


def is_speaker_verb(token: "Token") -> bool:
    return token.pos_ in ("VERB", "AUX") and (token.lower_ in SPEAKER_VERBS
                                              or token.lemma_.lower() in SPEAKER_VERBS)


def _gives_the_unit(doc: "Doc", span: Span) -> bool:
    """The brackets convert a measure whose unit the words before leave open ("600 degrees
    [(1,100 F)]": the conversion says the degrees are Celsius)."""
    return span.start > 0 and doc[span.start - 1].lower_ in OPEN_UNITS


def _parentheticals(doc: "Doc") -> list[Span]:
    """Text in brackets, or between two dashes, with the marks themselves."""
    spans, opened = [], None
    for token in doc:
        if token.text == "(":
            opened = token.i
        elif token.text == ")" and opened is not None:
            spans.append(Span(opened, token.i + 1, "parenthetical"))
            opened = None
    dashes = [t.i for t in doc if t.text in DASHES]
    for a, b in zip(dashes[::2], dashes[1::2]):
        if not dash_closes_a_phrase(doc, a, b):
            spans.append(Span(a, b + 1, "parenthetical"))
    return spans


def render(doc: "Doc", kept: Sequence[int]) -> str:
    """The kept tokens with their own spacing, tidied where a deletion met punctuation."""
    parts: list[str] = []
    for position, i in enumerate(kept):
        token = doc[i]
        text = token.text
        if position == 0 and i > 0 and text[:1].islower() and token.pos_ != "PROPN":
            text = text[0].upper() + text[1:]
        nxt = kept[position + 1] if position + 1 < len(kept) else None
        space = token.whitespace_ if nxt == i + 1 or nxt is None else " "
        if nxt is not None and doc[nxt].is_punct and doc[nxt].text not in QUOTES | DASHES | {"("} \
                and nxt != i + 1 and not _spaced_dash(doc, nxt):
            space = ""
        parts.append(text + space)
    text = "".join(parts).strip()
    for bad, good in ((" ,", ","), (",,", ","), (",.", "."), (" .", "."), ("( ", "("), (" )", ")")):
        text = text.replace(bad, good)
    if text.endswith("..") and not text.endswith("..."):  # "the C.I.A.[, which ...]." ends once
        text = text[:-1]
    return text


def _spaced_dash(doc: "Doc", i: int) -> bool:
    """A hyphen written as a dash, with a space before it ("a young man - as a camera")."""
    return doc[i].text == "-" and i > 0 and bool(doc[i - 1].whitespace_)


def candidates(doc: "Doc", min_kept: float = 0.5, max_kept: float = 0.95,
               limit: int = MAX_CANDIDATES) -> list[Candidate]:
    """Compressions of ``doc`` that delete one or more deletable spans, keeping between
    ``min_kept`` and ``max_kept`` of its words; at most ``limit``, those deleting more first
    among subsets of equal size, deterministic."""
    spans = deletable_spans(doc)[:MAX_SPANS]
    words = sum(1 for t in doc if not t.is_punct) or 1
    seen: set[tuple[int, ...]] = set()
    out: list[Candidate] = []
    for size in range(1, len(spans) + 1):
        for subset in combinations(spans, size):
            gone = {i for span in subset for i in span.tokens()}
            kept = tuple(i for i in range(len(doc)) if i not in gone)
            share = sum(1 for i in kept if not doc[i].is_punct) / words
            if kept in seen or not min_kept <= share <= max_kept:
                continue
            seen.add(kept)
            out.append(Candidate(kept, render(doc, kept), tuple(sorted(subset, key=lambda s: s.start))))
            if len(out) >= limit:
                return out
    return out
