"""Where the event happened, when another report states it with another verb (Barzilay &
McKeown's union of compatible details across paraphrases): the donor opens with a phrase of
place ("In Rome, 1,500 Kurds massed for a second day of demonstrations outside the military
hospital ...") and the base tells the same people's doings there without saying where
("About 1,500 Kurds who spent the night outside a military hospital ... continued their
hunger strike") -> "In Rome, about 1,500 Kurds who spent the night ...".

``insertions._opening_phrase`` moves a donor's opening phrase only onto the same main verb;
here the verbs may differ, so the phrase must say where and nothing else (a preposition of
place and a name of a place, no time: two reports' "on Monday" may be two moments), both
main clauses must have the same subject (the same noun or name, with the same number, if
any), neither may report what someone said (where it was said is not where it happened),
and the base may name no place of its own. The donor is one ``fusion.donors`` found, so the
two sentences share most of their content words; the guard checks the result against both.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.generation.anchors import same_name
from summarizer.generation.compress.phrases import PLACE_ENTITIES
from summarizer.generation.insertions import OPENING, SUBJECT_SIDE
from summarizer.text.lexicon import ATTRIBUTION_VERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Prepositions of an opening phrase that says where.
WHERE = frozenset({"in", "at", "outside", "near"})
PLACES = PLACE_ENTITIES  # entity types that name a place
#: Words such a phrase may have at most ("In Rome", "Outside the London Clinic").
MAX_PLACE_WORDS = 5
#: Kind of the fusion (the strategy's checks of an opening phrase apply).
KIND = "opening phrase"


def opening_places(base: "Doc", donor: "Doc", full: "Doc | None" = None) -> list[tuple[str, "Span", int]]:
    """(kind, donor span, ``OPENING``): the donor's opening phrase of place, when the base's
    main clause has the donor's subject and names no place, nor does ``full`` (the sentence
    ``base`` was compressed from; see the module's docstring)."""
    span = _place_phrase(donor)
    mine = _root(base)
    theirs = _root(donor)
    if span is None or mine is None or theirs is None or mine.lemma_ == theirs.lemma_:
        return []  # (the same verb: ``insertions._opening_phrase``'s case)
    if _reports(mine) or _reports(theirs) or not _same_subject(base, mine, theirs):
        return []
    if any(e.label_ in PLACES for doc in (base, full or base) for e in doc.ents) or \
            any(c.i < mine.i and c.dep_ not in SUBJECT_SIDE for c in mine.children):
        return []  # a place of its own; or an opening phrase already
    return [(KIND, span, OPENING)]


def _place_phrase(donor: "Doc") -> "Span | None":
    """The donor's opening "In Rome," (a preposition of place on the main verb, its object a
    place's name, a comma after it), without the comma."""
    prep = donor[0]
    end = prep.right_edge.i + 1
    if prep.dep_ != "prep" or prep.lower_ not in WHERE or prep.head.dep_ != "ROOT" or \
            end >= len(donor) or donor[end].text != "," or end - prep.i > MAX_PLACE_WORDS:
        return None
    span = donor[prep.i:end]
    names = [t for t in span[1:] if t.pos_ == "PROPN"]
    if not names or any(t.ent_type_ not in PLACES for t in names) or \
            any(not (t.is_punct or t.pos_ in ("PROPN", "DET")) for t in span[1:]):
        return None  # ("In a statement", "In May", "At 82"): no place
    return span


def _reports(verb: "Token") -> bool:
    """The verb reports what someone said: a verb of saying with a clause it governs or a
    quotation in its sentence ("continued" reports in "'...,' he continued", not in "they
    continued their hunger strike")."""
    return verb.lemma_.lower() in ATTRIBUTION_VERBS and \
        (any(c.dep_ in ("ccomp", "parataxis") for c in verb.children) or any(t.is_quote for t in verb.doc))


def _root(doc: "Doc") -> "Token | None":
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    return root if root is not None and root.pos_ in ("VERB", "AUX") else None


def _same_subject(base: "Doc", mine: "Token", theirs: "Token") -> bool:
    """Both main verbs' subjects name one thing: the same name (``same_name``), or the same
    common noun with the same numbers before it ("1,500 Kurds" / "About 1,500 Kurds")."""
    a = [c for c in mine.children if c.dep_ in ("nsubj", "nsubjpass")]
    b = [c for c in theirs.children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(a) != 1 or len(b) != 1:
        return False
    if b[0].pos_ == "PROPN":
        return same_name(base, b[0]) == a[0].i
    numbers = [sorted(t.text for t in s.subtree if t.like_num and t.i < s.i) for s in (a[0], b[0])]
    return a[0].pos_ == b[0].pos_ == "NOUN" and a[0].lemma_ == b[0].lemma_ and \
        a[0].tag_ == b[0].tag_ and numbers[0] == numbers[1]
