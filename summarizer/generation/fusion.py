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

Versions whose details conflict are never fused: each holding a number the other lacks, or
each naming a person the other does not. The inserted words come from the donor verbatim;
the model ranks the candidates and the guard checks each against both sentences (the
strategy does both: ``strategies/abstractive/deletion.py``).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from summarizer.generation.compress.constituents import PROTECTED_WORDS, QUOTES
from summarizer.text.lexicon import ATTRIBUTION_VERBS, NAME_ENTITIES

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span as SpacySpan, Token

    from summarizer.trust.align import Alignment
    from summarizer.corpus import Corpus

#: Fusion candidates per brief sentence (over all its donors): a count, bounding the model.
MAX_FUSIONS = 6
#: Words an inserted constituent may have at most (longer ones carry a fact of their own).
MAX_INSERT_WORDS = 12


@dataclass(frozen=True)
class Fusion:
    """A fused sentence: the base with a constituent of the donor inserted."""

    text: str
    donor: int  # corpus sentence id of the donor
    kind: str  # "appositive", "prepositional phrase", "source"
    inserted: str


def donors(corpus: "Corpus", alignment: "Alignment", sentence_id: int) -> list[int]:
    """Other reports' versions of the sentence's fact, near-duplicates included (they often
    differ by just the detail worth adding)."""
    own = corpus.sentences[sentence_id].doc
    fact = set(alignment.fact(sentence_id).sentences) | {m.id for m in corpus.members(sentence_id)}
    return sorted(s for s in fact if corpus.sentences[s].doc != own)


def conflict(base: "Doc", donor: "Doc") -> str | None:
    """Why the two versions may not be fused, or None."""
    def numbers(doc: "Doc") -> set[str]:
        return {t.text.replace(",", "").lower() for t in doc if t.like_num}

    def names(doc: "Doc") -> set[str]:
        return {e.text.lower().split()[-1] for e in doc.ents if e.label_ in NAME_ENTITIES}

    for what, a, b in (("numbers", numbers(base), numbers(donor)), ("names", names(base), names(donor))):
        if a - b and b - a:
            return f"different {what}"
    return None


def fusions(base: "Doc", donor: "Doc", donor_id: int) -> list[Fusion]:
    """Candidate fusions of ``donor``'s details into ``base`` (none when they conflict)."""
    if conflict(base, donor) or _quoted(base.text) or not base.text.rstrip().endswith((".", "!", "?")):
        return []
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
    return not any(t.text in QUOTES or t.lower_ in PROTECTED_WORDS for t in span) or \
        span[0].lower_ == "according"


def _insertions(base: "Doc", donor: "Doc") -> list[tuple[str, "SpacySpan", int]]:
    """(kind, donor span, base token index to insert after; -1: before the final stop)."""
    found = []
    for token in donor:
        if token.dep_ == "appos":
            anchor = _same_name(base, token.head)
            if anchor is not None and not any(c.dep_ == "appos" for c in base[anchor].children):
                found.append(("appositive", donor[token.left_edge.i:token.right_edge.i + 1], anchor))
        elif token.dep_ == "prep" and token.lower_ == "according" and not _attributed(base):
            found.append(("source", donor[token.i:token.right_edge.i + 1], -1))
        elif token.dep_ == "prep" and token.head.pos_ == "VERB" and token.lower_ != "of":
            anchor = _same_verb(base, token.head, token.lower_)
            if anchor is not None:
                found.append(("prepositional phrase", donor[token.i:token.right_edge.i + 1], anchor))
    return found


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
        if len(rest) and rest[0].text == ",":
            return f"{before}, {words}{base[anchor + 1:].text_with_ws}".replace(" ,", ",")
        return f"{before}, {words}, {rest.text}".replace(" ,", ",")
    if len(rest) and rest[0].is_punct:
        return f"{before} {words}{rest.text}" if rest[0].text in ".,;:!?" else None
    return f"{before} {words} {rest.text}"
