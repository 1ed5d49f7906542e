"""Sentence fusion: one sentence carrying the compatible details of two reports' versions
of a fact.

In the manner of Filippova & Strube's base-and-insert fusion: the brief's sentence is the
base, and a constituent of another report's version of the same fact (``align.py``) that the
base lacks is inserted into it, one constituent per candidate (``insertions.py``: an
appositive of a shared name, a non-restrictive relative clause of a shared noun, a
prepositional phrase of the shared verb, a source); and, in the manner of Filippova's
word-graph multi-sentence compression (over parses, for two sentences), a **splice**: both
sentences as paths through shared content words, the base's path switching to the donor's
between two shared words (a detail inserted, or the base's detail replaced by the donor's
richer one) or for its ending.

Versions whose figures conflict (each states a figure the other lacks; dates and years are
not figures, as in ``trust.align.numbers_of``) are never fused, and a splice never replaces a
name, number or date of the base by another one. The inserted words come from the donor
verbatim; the model ranks the candidates and the guard checks each against both sentences
(the strategy does both: ``strategies/abstractive/fusing.py``).

Besides the alignment's facts, a donor may be any sentence of another report that shares
enough of the sentence's content words (``DONOR_JACCARD``, ``DONOR_SHARED``): splices need
shared words to anchor on, and the guard checks the result against both sentences; and any
sentence of another report that gives a name the base mentions bare an appositive
(``name_donors``), for that appositive only: who someone is ("Huckabee, a former Baptist
minister,") holds whichever fact the sentence states. For a brief whose budget is full, each
candidate is also built on the base's constituent compressions that delete non-restrictive
material only (``BASE_DELETIONS``), so a fusion can cost no more words than the sentence it
replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from summarizer.generation.compress.constituents import (CLOSING_QUOTES, DOUBLE_QUOTES, OPENING_QUOTES,
                                                       QUOTES, is_protected_token)
from summarizer.generation.insertions import insert, insertions

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

    from summarizer.trust.align import Alignment
    from summarizer.corpus import Corpus

#: Fusion candidates per brief sentence (over all its donors): a count, bounding the model.
MAX_FUSIONS = 6
#: Words an inserted constituent may have at most (longer ones carry a fact of their own).
MAX_INSERT_WORDS = 12
#: Words an inserted relative clause may have at most (a clause needs its own verb and subject).
MAX_CLAUSE_WORDS = 16
#: A sentence of another report outside the sentence's fact is a donor when their content
#: stems overlap at least this much (Jaccard) and share at least ``DONOR_SHARED`` stems.
DONOR_JACCARD = 0.3
DONOR_SHARED = 4
#: Donors tried per sentence (most similar first): a count, bounding the parses.
MAX_DONORS = 4
#: Sentences of other reports tried per brief sentence for an appositive of a name it
#: mentions bare (``name_donors``), first in corpus order: a count, bounding the parses.
MAX_NAME_DONORS = 3
#: What such a sentence may give: who someone is holds whichever fact the sentence states.
NAME_DETAILS = frozenset({"appositive"})
#: Words that point to where the donor was written from: never carried into another sentence.
DEICTIC = frozenset({"here"})
#: Constituent compressions of the base that fusions are also built on (shortest first).
COMPRESSED_BASES = 2
#: What those compressions may delete: non-restrictive material only, which leaves the
#: claim whole. An optional-looking phrase can carry it ("leave Hun Sen [as sole prime
#: minister]"), and these compressions are not ranked by the model as the strategy's are.
BASE_DELETIONS = frozenset({"appositive", "relative clause", "parenthetical"})
#: Dependencies a spliced phrase may not bear to a shared word: the base has its own subject
#: or object there ("Prodi's far-left ally, Communist Refoundation Party provoked").
CORE = frozenset({"nsubj", "nsubjpass", "csubj", "dobj", "attr", "ROOT"})
#: Function words a splice may not replace, though they carry no content: they frame the
#: clause (relative pronouns, subordinators, coordinators, auxiliaries).
STRUCTURE_TAGS = frozenset({"WDT", "WP", "WP$", "WRB"})
STRUCTURE_DEPS = frozenset({"mark", "cc", "aux", "auxpass", "neg", "case"})
#: Entity types a splice may not replace by another of the same type (a conflicting detail).
DETAIL_ENTITIES = frozenset({"PERSON", "ORG", "GPE", "LOC", "DATE", "TIME", "CARDINAL",
                             "MONEY", "PERCENT", "QUANTITY", "NORP", "ORDINAL"})


@dataclass(frozen=True)
class Fusion:
    """A fused sentence: the base with a constituent (or a word-graph splice) of the donor."""

    text: str
    donor: int  # corpus sentence id of the donor
    kind: str  # "appositive", "prepositional phrase", "source", "splice"
    inserted: str


def donors(corpus: "Corpus", alignment: "Alignment", sentence_id: int) -> list[int]:
    """Other reports' versions of the sentence's fact, near-duplicates included (they often
    differ by just the detail worth adding), and other reports' sentences sharing enough of
    its content words; at most ``MAX_DONORS``, most similar first, exact copies left out."""
    from summarizer.text import jaccard

    me = corpus.sentences[sentence_id]
    fact = set(alignment.fact(sentence_id).sentences) | {m.id for m in corpus.members(sentence_id)}
    found = {}
    for other in corpus.sentences:
        if other.doc == me.doc or " ".join(other.text.split()) == " ".join(me.text.split()):
            continue
        score = jaccard(me.content, other.content)
        if other.id in fact or (score >= DONOR_JACCARD and len(me.content & other.content) >= DONOR_SHARED):
            found[other.id] = score + (other.id in fact)
    return sorted(found, key=lambda s: (-found[s], s))[:MAX_DONORS]


def name_donors(corpus: "Corpus", sentence_id: int, base: "Doc", taken: Iterable[int] = ()) -> list[int]:
    """Sentences of other reports (not in ``taken``) that write a name ``base`` mentions bare
    followed by a comma, the mark of an appositive ("Yeltsin, 67,"): at most
    ``MAX_NAME_DONORS``, in corpus order. Only their appositives are fused (``NAME_DETAILS``)."""
    from summarizer.generation.insertions import has_appositive, same_name

    me, skip = corpus.sentences[sentence_id], set(taken)
    names = sorted({t.text for t in base if same_name(base, t) == t.i and not has_appositive(t)})
    found = [other.id for other in corpus.sentences if other.doc != me.doc and other.id not in skip
             and any(f"{name}, " in other.text for name in names)]
    return found[:MAX_NAME_DONORS]


def conflict(base: "Doc", donor: "Doc") -> str | None:
    """Why the two versions may not be fused, or None: each states a figure the other lacks
    (``trust.align.numbers_of``: "22 injured" / "19 wounded"; a year or a day of the month is
    no figure, so "surgery in 1996" / "Yeltsin, 67," may fuse). People the versions name
    differently are checked where a splice would swap them."""
    a, b = _figures(base), _figures(donor)
    return "different numbers" if a - b and b - a else None


def _figures(doc: "Doc") -> frozenset[str]:
    from types import SimpleNamespace

    from summarizer.text import words
    from summarizer.trust.align import numbers_of

    return numbers_of(SimpleNamespace(words=tuple(words(doc.text))))  # it reads only .words


def fusions(base: "Doc", donor: "Doc", donor_id: int, kinds: frozenset[str] | None = None) -> list[Fusion]:
    """Candidate fusions of ``donor``'s details into ``base`` and into its shortest
    constituent compressions (none when they conflict), without repeats, the base's own
    first; ``kinds``: only insertions of these kinds (no splices)."""
    from summarizer.generation.compress.constituents import candidates
    from summarizer.nlp.load import parse_all

    if conflict(base, donor) or _quoted(base.text) or not _ends(base.text):
        return []
    sound = [c for c in candidates(base) if all(span.kind in BASE_DELETIONS for span in c.deleted)]
    shorter = sorted(sound, key=lambda c: (len(c.text.split()), c.text))[:COMPRESSED_BASES]
    out: dict[str, Fusion] = {}
    for doc in [base, *parse_all([c.text for c in shorter])]:
        found = _fusions_of(doc, donor, donor_id, base)
        if kinds is None:
            found += splices(doc, donor, donor_id, base)
        for fusion in found:
            if kinds is None or fusion.kind in kinds:
                out.setdefault(fusion.text, fusion)
    return [f for f in out.values() if _draws_on_both(base, donor, f.text)]


def _draws_on_both(base: "Doc", donor: "Doc", text: str) -> bool:
    """The fused text has content words of each version that the other lacks: a detail of
    the donor, and something of the base (else it is just the donor's sentence)."""
    def lemmas(doc: "Doc") -> set[str]:
        return {t.lemma_.lower() for t in doc if _content(t)}

    from summarizer.nlp.load import parse

    mine = lemmas(parse(text))
    return bool(mine - lemmas(base)) and bool(mine - lemmas(donor))


def _ends(text: str) -> bool:
    return text.rstrip().endswith((".", "!", "?"))


def _fusions_of(base: "Doc", donor: "Doc", donor_id: int, full: "Doc") -> list[Fusion]:
    """Constituent insertions (``insertions.py``)."""
    have = {t.lemma_.lower() for t in base if not t.is_stop and not t.is_punct}
    out = []
    for kind, span, anchor in insertions(base, donor, full):
        words = [t for t in span if not t.is_punct]
        new = {t.lemma_.lower() for t in words if not t.is_stop}
        longest = MAX_CLAUSE_WORDS if kind == "relative clause" else MAX_INSERT_WORDS
        if not new or new <= have or len(words) > longest or not _insertable(span) or _in_quotation(span):
            continue
        if kind in ("prepositional phrase", "opening phrase") and (
                _has_known_object(span, have) or any(t.text == "," or t.dep_ == "conj" for t in span)):
            continue
        if _repeats(base, span, anchor):
            continue
        inserted = span.text if span[0].pos_ == "PROPN" else span.text[0].lower() + span.text[1:]
        text = insert(base, anchor, kind, inserted)
        if text is not None:
            out.append(Fusion(text, donor_id, kind, inserted))
    return out


def _in_quotation(span: "SpacySpan") -> bool:
    """The span stands inside a quotation of its sentence (an odd number of quotation marks
    before it, a quotation running on from an earlier sentence included): someone's words,
    never the brief's own ("Abedin, [Crooked Hillary Clinton's top aide,]")."""
    marks = DOUBLE_QUOTES | OPENING_QUOTES | CLOSING_QUOTES
    return sum(t.text in marks for t in span.doc[:span.start]) % 2 == 1


def _repeats(base: "Doc", span: "SpacySpan", anchor: int) -> bool:
    """The inserted words name a thing the base already names elsewhere ("Lahoud, [who won
    the backing of Syria,] has received the backing of Syria"): said twice, or two things
    wired together that the donor may not have meant."""
    named = {t.lemma_.lower() for t in base if t.pos_ in ("NOUN", "PROPN") and t.i != anchor}
    return any(t.pos_ in ("NOUN", "PROPN") and t.lemma_.lower() in named for t in span)


def _has_known_object(span: "SpacySpan", have: set[str]) -> bool:
    """The PP's object is already in the base (said differently elsewhere in it)."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in have for t in span)


def _quoted(text: str) -> bool:
    return any(q in text for q in QUOTES)


def _insertable(span: "SpacySpan") -> bool:
    """No quotation, negation, hedge or modal (a source's "according" aside), no pronoun
    whose antecedent is outside the phrase ("which [they] want as their capital": the donor's
    "they" means whom the donor named before), and no "here" (the donor's dateline)."""
    if any(t.tag_ in ("PRP", "PRP$") and not any(p.pos_ == "PROPN" for p in span[:t.i - span.start])
           for t in span) or any(t.lower_ in DEICTIC for t in span):
        return False
    return not any(t.text in QUOTES or is_protected_token(t) for t in span) or \
        span[0].lower_ == "according"


def splices(base: "Doc", donor: "Doc", donor_id: int, full: "Doc | None" = None) -> list[Fusion]:
    """Word-graph fusions of two sentences: both are paths through their shared content
    words (same word, same part of speech, once in each, in the same order); the base's path
    takes the donor's words between two consecutive shared words (or between the last one
    and the final stop) where the donor says more there. Each splice keeps every content
    word of the base's stretch it replaces (the union of both versions' details), adds at
    least one, moves whole constituents only and never a quotation, negation, hedge or a
    second date or figure (nor one ``full``, the sentence ``base`` was compressed from,
    has); when two or more splices apply, all of them together is one more candidate."""
    anchors = _anchors(base, donor)
    shared = {j for _, j in anchors}
    found: list[tuple[int, int, "SpacySpan"]] = []
    for (i1, j1), (i2, j2) in zip(anchors, anchors[1:]):
        gap = donor[j1 + 1:j2]
        if not len(gap) or (i1 < 0 and gap[0].pos_ == "ADV") or any(t.dep_ == "ROOT" for t in gap):
            continue  # nothing to add; an opening adverb ("Earlier Monday,") frames another
            # time; the donor's main verb ("Police said two men followed [Starovoitova]")
        outside = [t for t in gap if not j1 < t.head.i < j2]
        attached = all(t.head.i in shared and t.dep_ not in CORE for t in outside)
        if attached and _splice_ok(base, donor, base[i1 + 1:i2], gap, (j1 + 1, j2)) and \
                not _conflicting_detail(base if full is None else full, gap):
            found.append((i1, i2, gap))
    out = [Fusion(_spliced(base, [f]), donor_id, "splice", f[2].text) for f in found]
    if len(found) > 1:
        out.append(Fusion(_spliced(base, found), donor_id, "splice",
                          " ".join(f[2].text for f in found)))
    return out


def _content(token: "Token") -> bool:
    return not (token.is_stop or token.is_punct or token.is_space) and any(c.isalnum() for c in token.text)


def _anchors(base: "Doc", donor: "Doc") -> list[tuple[int, int]]:
    """Shared content words as (base index, donor index), the longest chain in the same
    order in both, opened by the two sentence starts (-1, -1) and closed by the two final
    stops."""
    def unique(doc: "Doc") -> dict[tuple[str, str], int]:
        seen: dict[tuple[str, str], list[int]] = {}
        for t in doc:
            if _content(t):
                seen.setdefault((t.lower_, t.pos_), []).append(t.i)
        return {k: v[0] for k, v in seen.items() if len(v) == 1}

    mine, theirs = unique(base), unique(donor)
    pairs = sorted((mine[k], theirs[k]) for k in mine.keys() & theirs.keys())
    chain = _increasing(pairs)
    if chain and base[-1].is_punct and donor[-1].is_punct:
        chain.append((len(base) - 1, len(donor) - 1))
    return [(-1, -1)] + chain if chain else []


def _increasing(pairs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The longest chain of pairs increasing in both indices (pairs sorted by the first)."""
    best: list[list[tuple[int, int]]] = []
    for pair in pairs:
        before = [c for c in best if c[-1][1] < pair[1]]
        best.append(max(before, key=len, default=[]) + [pair])
    return max(best, key=len, default=[])


def _splice_ok(base: "Doc", donor: "Doc", old: "SpacySpan", gap: "SpacySpan",
               bounds: tuple[int, int]) -> bool:
    """The donor's stretch may replace the base's: it adds content words, keeps the base's,
    is short, consists of whole constituents (each token's phrase ends by the next shared
    word), and carries no quotation, negation, hedge, nor a detail conflicting with one of
    the base's (another date, figure or amount)."""
    words = [t for t in gap if not t.is_punct]
    have = {t.lemma_.lower() for t in base if _content(t)}
    adds = {t.lemma_.lower() for t in gap if _content(t)} - have
    kept = {t.lemma_.lower() for t in old if _content(t)} <= {t.lemma_.lower() for t in gap}
    if not words or not adds or not kept or len(words) > MAX_INSERT_WORDS:
        return False
    if any(t.text in QUOTES or is_protected_token(t) for t in [*gap, *old]) or \
            any(t.lower_ in DEICTIC for t in gap):
        return False
    if any(t.tag_ in STRUCTURE_TAGS or t.dep_ in STRUCTURE_DEPS for t in old):
        return False  # "Ocalan, [whose] Kurdistan Workers Party has waged": the clause's frame
    elsewhere = {t.lemma_.lower() for t in base if _content(t) and not old.start <= t.i < old.end}
    if any(t.dep_ == "agent" for t in gap) or any(t.pos_ == "PROPN" and t.lemma_.lower() in have for t in gap) \
            or any(t.pos_ == "NOUN" and t.lemma_.lower() in elsewhere for t in gap):
        return False  # a passive's agent after the base's active verb; a name or a thing said twice
    if all(t.pos_ == "PROPN" or t.is_punct for t in gap):
        return False  # only more of a name ("Barack", "J."): nothing a reader needs
    if not _whole(gap, donor[bounds[1]]) or (len(old) and not _whole(old, old.doc[old.end])):
        return False
    if gap[0].is_punct and gap[0].text != "," or gap[-1].text in (",", ";", ":") and \
            bounds[1] == len(donor) - 1:
        return False
    return not _conflicting_detail(base, gap)


def _whole(span: "SpacySpan", anchor: "Token") -> bool:
    """Every token's phrase lies inside the span, or runs on into the next shared word
    ("off [the] coast": the phrase both versions have)."""
    return all(t.left_edge.i >= span.start and (t.right_edge.i < span.end or t.is_ancestor(anchor))
               for t in span)


#: Entity types of which a sentence should state one value: a second one inserted from another
#: report contradicts or confuses the first ("on Tuesday ... on Monday").
_ONE_VALUE = frozenset({"DATE", "TIME", "CARDINAL", "MONEY", "PERCENT", "QUANTITY"})


def _conflicting_detail(base: "Doc", gap: "SpacySpan") -> bool:
    labels = {e.label_ for e in base.ents if e.label_ in _ONE_VALUE}
    texts = {e.text.lower() for e in base.ents}
    return any(e.label_ in labels and e.text.lower() not in texts for e in gap.ents) or \
        any(t.like_num and t.pos_ == "NUM" for t in gap if t.ent_type_ not in _ONE_VALUE)


def _spliced(base: "Doc", found: list[tuple[int, int, "SpacySpan"]]) -> str:
    """The base with each (after, until, donor span) splice made, in order."""
    parts, at = [], 0
    for after, until, gap in sorted(found, key=lambda f: f[0]):
        parts.append(base[at:after + 1].text_with_ws)
        if after >= 0 and not base[after].whitespace_ and not gap[0].is_punct:
            parts.append(" ")
        parts.append(gap.text_with_ws)
        at = until
    rest = base[at:].text
    if at == 0 and base[0].pos_ != "PROPN" and base[0].text[:1].isupper():  # now mid-sentence
        rest = rest[0].lower() + rest[1:]
    parts.append(rest)
    return " ".join("".join(parts).split()).replace(" ,", ",").replace(" .", ".")
