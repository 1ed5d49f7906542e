"""Sentence fusion: one sentence carrying the compatible details of two reports' versions
of a fact.

In the manner of Filippova & Strube's base-and-insert fusion: the brief's sentence is the
base, and a constituent of another report's version of the same fact (``align.py``) that the
base lacks is inserted into it, one constituent per candidate:

* an **appositive** of a name the base mentions bare ("Kerry" + "Kerry, the secretary of
  state," -> "Kerry, the secretary of state, said ...");
* a **prepositional phrase** of the verb both versions use, with a preposition the base's
  verb does not have ("met in Geneva" + "met on Tuesday" -> "met in Geneva on Tuesday");
* a **source** ("according to police") when the base attributes its claim to no one.

and, in the manner of Filippova's word-graph multi-sentence compression (over parses, for
two sentences), a **splice**: both sentences as paths through shared content
words, the base's path switching to the donor's between two shared words (a detail inserted,
or the base's detail replaced by the donor's richer one) or for its ending.

Versions whose numbers conflict (each holding a number the other lacks) are never fused, and
a splice never replaces a name, number or date of the base by another one. The inserted
words come from the donor verbatim; the model ranks the candidates and the guard checks each
against both sentences (the strategy does both: ``strategies/abstractive/fusing.py``).

Besides the alignment's facts, a donor may be any sentence of another report that shares
enough of the sentence's content words (``DONOR_JACCARD``, ``DONOR_SHARED``): splices need
shared words to anchor on, and the guard checks the result against both sentences. For a
brief whose budget is full, each candidate is also built on the base's constituent
compressions (``compress.constituents``), so a fusion can cost no more words than the
sentence it replaces.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.generation.compress.constituents import QUOTES, is_protected_token
from summarizer.text.lexicon import ATTRIBUTION_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

    from summarizer.trust.align import Alignment
    from summarizer.corpus import Corpus

#: Fusion candidates per brief sentence (over all its donors): a count, bounding the model.
MAX_FUSIONS = 6
#: Words an inserted constituent may have at most (longer ones carry a fact of their own).
MAX_INSERT_WORDS = 12
#: A sentence of another report outside the sentence's fact is a donor when their content
#: stems overlap at least this much (Jaccard) and share at least ``DONOR_SHARED`` stems.
DONOR_JACCARD = 0.3
DONOR_SHARED = 4
#: Donors tried per sentence (most similar first): a count, bounding the parses.
MAX_DONORS = 4
#: Constituent compressions of the base that fusions are also built on (shortest first).
COMPRESSED_BASES = 2
#: Dependencies of a verb heading a main clause (or reported speech): a phrase taken from one
#: report's verb goes only there ("until the government reopens [before any talks]" is not).
MAIN_CLAUSE = frozenset({"ROOT", "ccomp", "conj"})
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


def conflict(base: "Doc", donor: "Doc") -> str | None:
    """Why the two versions may not be fused, or None: each holds a number the other lacks.
    (People the versions name differently are checked where a splice would swap them.)"""
    def numbers(doc: "Doc") -> set[str]:
        return {t.text.replace(",", "").lower() for t in doc if t.like_num}

    a, b = numbers(base), numbers(donor)
    return "different numbers" if a - b and b - a else None


def fusions(base: "Doc", donor: "Doc", donor_id: int) -> list[Fusion]:
    """Candidate fusions of ``donor``'s details into ``base`` and into its shortest
    constituent compressions (none when they conflict), without repeats, the base's own
    first."""
    from summarizer.generation.compress.constituents import candidates
    from summarizer.nlp.load import parse_all

    if conflict(base, donor) or _quoted(base.text) or not _ends(base.text):
        return []
    shorter = sorted(candidates(base), key=lambda c: (len(c.text.split()), c.text))[:COMPRESSED_BASES]
    out: dict[str, Fusion] = {}
    for doc in [base, *parse_all([c.text for c in shorter])]:
        for fusion in _fusions_of(doc, donor, donor_id) + splices(doc, donor, donor_id):
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


def _fusions_of(base: "Doc", donor: "Doc", donor_id: int) -> list[Fusion]:
    """Constituent insertions (appositive, prepositional phrase, source)."""
    have = {t.lemma_.lower() for t in base if not t.is_stop and not t.is_punct}
    out = []
    for kind, span, anchor in _insertions(base, donor):
        words = [t for t in span if not t.is_punct]
        new = {t.lemma_.lower() for t in words if not t.is_stop}
        if not new or new <= have or len(words) > MAX_INSERT_WORDS or not _insertable(span):
            continue
        if kind == "prepositional phrase" and (_has_known_object(span, have) or
                                               any(t.text == "," or t.dep_ == "conj" for t in span)):
            continue
        inserted = span.text if span[0].pos_ == "PROPN" else span.text[0].lower() + span.text[1:]
        text = _insert(base, anchor, kind, inserted)
        if text is not None:
            out.append(Fusion(text, donor_id, kind, inserted))
    return out


def _has_known_object(span: "SpacySpan", have: set[str]) -> bool:
    """The PP's object is already in the base (said differently elsewhere in it)."""
    return any(t.dep_ == "pobj" and t.lemma_.lower() in have for t in span)


def _quoted(text: str) -> bool:
    return any(q in text for q in QUOTES)


def _insertable(span: "SpacySpan") -> bool:
    return not any(t.text in QUOTES or is_protected_token(t) for t in span) or \
        span[0].lower_ == "according"


def _insertions(base: "Doc", donor: "Doc") -> list[tuple[str, "SpacySpan", int]]:
    """(kind, donor span, base token index to insert after; -1: before the final stop)."""
    found = []
    for token in donor:
        if token.dep_ == "appos":
            anchor = _same_name(base, token.head)
            end = token.right_edge.i + 1
            while end > token.i + 1 and donor[end - 1].is_punct and donor[end - 1].text in ",;:":
                end -= 1
            span = donor[token.left_edge.i:end]
            if anchor is not None and not _has_appositive(base[anchor]) and \
                    not any(t.ent_type_ == "PERSON" for t in span):  # a list read as one
                found.append(("appositive", span, anchor))
        elif token.dep_ == "prep" and token.lower_ == "according" and not _attributed(base):
            found.append(("source", donor[token.i:token.right_edge.i + 1], -1))
        elif token.dep_ == "prep" and token.head.pos_ == "VERB" and token.lower_ != "of" and \
                token.head.dep_ in MAIN_CLAUSE:
            anchor = _same_verb(base, token.head, token.lower_)
            if anchor is not None and base[anchor].dep_ in MAIN_CLAUSE:
                found.append(("prepositional phrase", donor[token.i:token.right_edge.i + 1], anchor))
    return found


def _has_appositive(name: "Token") -> bool:
    """The name already has an appositive, or is one ("the leader, Deniz Baykal,"), is
    coordinated ("Brazil and the IMF": an appositive there reads as a third party), has a
    relative clause (it would then read as the appositive's), or has a title."""
    return name.dep_ in ("appos", "conj") or name.head.dep_ == "appos" or \
        any(c.dep_ in ("appos", "conj", "cc", "relcl") for c in name.children) or _titled(name)


def _titled(name: "Token") -> bool:
    """The name already carries a title ("Majority Whip Steve Scalise", "Former Rep. Jesse
    Jackson Jr."): an appositive would say it again."""
    return any(c.dep_ in ("compound", "amod") and c.i < name.i and not c.ent_type_ == "PERSON"
               for t in [name, *name.children] if t.ent_type_ == "PERSON" or t is name
               for c in t.children)


def _same_name(base: "Doc", head: "Token") -> int | None:
    if head.pos_ != "PROPN":
        return None
    hits = [t.i for t in base if t.text == head.text and t.pos_ == "PROPN"]
    return hits[0] if len(hits) == 1 and (hits[0] + 1 == len(base) or base[hits[0] + 1].pos_ != "PROPN") else None


def _same_verb(base: "Doc", verb: "Token", preposition: str) -> int | None:
    """The base's token after which a PP of ``verb`` goes: the end of the same verb's
    object, or the verb itself; None when the base's verb already has that preposition."""
    for token in base:
        if token.pos_ == "VERB" and token.lemma_ == verb.lemma_:
            if any(c.dep_ == "prep" and c.lower_ == preposition for c in token.children):
                return None
            if any(c.dep_ in ("xcomp", "ccomp") and c.i > token.i for c in token.children):
                return None  # a PP after a clause would attach to the clause's verb
            objects = [c for c in token.children if c.dep_ in ("dobj", "prt") and c.i > token.i]
            anchor = max((c.right_edge.i for c in objects), default=token.i)
            if any(c.i > anchor and not c.is_punct for c in token.children):
                return None  # "recognize claims [to East Timor]": the PP would split the phrase
            return anchor
    return None


def _attributed(doc: "Doc") -> bool:
    return any(t.lemma_.lower() in ATTRIBUTION_VERBS or t.lower_ == "according" for t in doc)


def _insert(base: "Doc", anchor: int, kind: str, words: str) -> str | None:
    """The base's text with ``words`` inserted after token ``anchor`` (or before the final
    stop), set off by commas for an appositive or a source."""
    if anchor < 0:
        last = len(base) - 1
        head = base[:last].text.rstrip(",")
        return f"{head}, {words}{base[last].text}"
    before = base[:anchor + 1].text
    rest = base[anchor + 1:]
    if kind == "appositive":
        if len(rest) == 1 and rest[0].is_punct:
            return f"{before}, {words}" + ("" if words.endswith(rest.text) else rest.text)
        if len(rest) and rest[0].text == ",":
            return f"{before}, {words}{base[anchor + 1:].text_with_ws}".replace(" ,", ",")
        return f"{before}, {words}, {rest.text}".replace(" ,", ",")
    if len(rest) and rest[0].is_punct:
        return f"{before} {words}{rest.text}" if rest[0].text in ".,;:!?" else None
    return f"{before} {words} {rest.text}"


def splices(base: "Doc", donor: "Doc", donor_id: int) -> list[Fusion]:
    """Word-graph fusions of two sentences: both are paths through their shared content
    words (same word, same part of speech, once in each, in the same order); the base's path
    takes the donor's words between two consecutive shared words (or between the last one
    and the final stop) where the donor says more there. Each splice keeps every content
    word of the base's stretch it replaces (the union of both versions' details), adds at
    least one, moves whole constituents only and never a quotation, negation, hedge or a
    second date or figure; when two or more splices apply, all of them together is one
    more candidate."""
    anchors = _anchors(base, donor)
    shared = {j for _, j in anchors}
    found: list[tuple[int, int, "SpacySpan"]] = []
    for (i1, j1), (i2, j2) in zip(anchors, anchors[1:]):
        gap = donor[j1 + 1:j2]
        if not len(gap) or (i1 < 0 and gap[0].pos_ == "ADV"):
            continue  # nothing to add; an opening adverb ("Earlier Monday,") frames another time
        outside = [t for t in gap if not j1 < t.head.i < j2]
        attached = all(t.head.i in shared and t.dep_ not in CORE for t in outside)
        if attached and _splice_ok(base, donor, base[i1 + 1:i2], gap, (j1 + 1, j2)):
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
    if any(t.text in QUOTES or is_protected_token(t) for t in [*gap, *old]):
        return False
    if any(t.tag_ in STRUCTURE_TAGS or t.dep_ in STRUCTURE_DEPS for t in old):
        return False  # "Ocalan, [whose] Kurdistan Workers Party has waged": the clause's frame
    if any(t.dep_ == "agent" for t in gap) or any(t.pos_ == "PROPN" and t.lemma_.lower() in have for t in gap):
        return False  # a passive's agent after the base's active verb; a name said twice
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
        any(t.like_num for t in gap if t.ent_type_ not in _ONE_VALUE)


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
