"""Predicates another report states of the subject both versions share, joined to the base
(Barzilay & McKeown's union of compatible details, at the level of the clause):

* a **predicate joined** to the same subject ("The sanctions ban air travel [and] do not
  cover oil exports": the donor's other predicate goes before or after the shared one);
* a **participial clause** that ends the donor's version of the same predicate ("He became
  involved in the party in November[, organizing the group's branch in Beijing]").

Each returns (kind, the base with the predicate written in, the added words); the checks of
``fusion._fusions_of`` and the guard apply to them as to every insertion.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Conjunctions that join two predicates of one subject.
PREDICATE_JOINS = frozenset({"and", "but"})
#: A conjoined predicate may add at most this many words (a longer one is a fact of its own).
MAX_PREDICATE_WORDS = 12


def conjoined_predicates(base: "Doc", donor: "Doc") -> list[tuple[str, str, str]]:
    """(kind, text, added words): a predicate the donor joins to the verb both versions
    give the same subject ("The U.N. sanctions ban air travel [...] but do not cover oil
    exports" + "The U.N. sanctions on Libya do not cover oil exports" -> "The U.N. sanctions
    on Libya ban air travel [...] but do not cover oil exports"): Barzilay & McKeown's
    union of two clauses on one subject. Both verbs head their sentences' main clauses,
    the base's verb ends its sentence when the new predicate follows it, and no verb of
    saying is joined (what someone said stays with its speaker)."""
    from summarizer.text.lexicon import ATTRIBUTION_VERBS

    mine = next((t for t in base if t.dep_ == "ROOT"), None)
    theirs = next((t for t in donor if t.dep_ == "ROOT"), None)
    if mine is None or theirs is None or mine.pos_ != "VERB" or \
            {mine.lemma_.lower(), theirs.lemma_.lower()} & ATTRIBUTION_VERBS:
        return []
    subject, their_subject = _subject(mine), _subject(theirs)
    if subject is None or their_subject is None or subject.lemma_.lower() != their_subject.lemma_.lower():
        return []
    out = []
    for other in (c for c in theirs.children if c.dep_ == "conj" and c.pos_ == "VERB"):
        join = [c for c in theirs.children if c.dep_ == "cc" and theirs.i < c.i < other.i]
        if len(join) != 1 or join[0].lower_ not in PREDICATE_JOINS or _subject(other) is not None or \
                other.lemma_.lower() in ATTRIBUTION_VERBS:
            continue
        if other.lemma_ == mine.lemma_:  # the donor's first predicate goes before the base's
            found = _before(base, subject, donor[their_subject.right_edge.i + 1:other.left_edge.i])
        elif theirs.lemma_ == mine.lemma_:  # the donor's second predicate after it
            found = _after(base, mine, join[0], donor[other.left_edge.i:other.right_edge.i + 1])
        else:
            found = None
        if found is not None:
            out.append(found)
    return out


def _subject(verb: "Token") -> "Token | None":
    found = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return found[0] if len(found) == 1 and found[0].pos_ in ("NOUN", "PROPN") else None


def _predicate_ok(span: "Span") -> bool:
    """Short, whole (no comma-less run into another clause), no quotation, pronoun,
    negation, hedge or number."""
    from summarizer.generation.compress.constituents import QUOTES, is_protected_token

    words = [t for t in span if not t.is_punct]
    return 0 < len(words) <= MAX_PREDICATE_WORDS and not any(
        t.text in QUOTES or is_protected_token(t) or t.pos_ == "PRON" or t.like_num or t.dep_ == "neg"
        or t.ent_type_ in ("DATE", "TIME") for t in span)


def _before(base: "Doc", subject: "Token", span: "Span") -> tuple[str, str, str] | None:
    """The base with the donor's predicate and its conjunction (``span``: "ban air travel
    ... but") right after the base's subject phrase."""
    words = span.text.rstrip(" ,")
    verbs = [t for t in span if t.pos_ == "VERB"]
    if not verbs or span[0].dep_ not in ("aux", "auxpass", "ROOT") and span[0].pos_ != "VERB" or \
            span[-1].lower_ not in PREDICATE_JOINS or not _predicate_ok(span[:-1]):
        return None
    cut = subject.right_edge.i + 1
    if cut >= len(base) or base[cut].is_punct:
        return None
    text = base[:cut].text_with_ws + words + " " + base[cut:].text
    return PREDICATE, text, span[:-1].text.rstrip(" ,")


def _after(base: "Doc", verb: "Token", join: "Token", span: "Span") -> tuple[str, str, str] | None:
    """The base with the donor's second predicate ("and vowed more attacks") after the
    base's verb phrase, which ends the sentence."""
    last = len(base) - 1
    if not base[last].is_punct or verb.right_edge.i != last - 1 and not (
            verb.right_edge.i == last and base[last].text == ".") or not _predicate_ok(span):
        return None
    if any(c.dep_ == "conj" for c in verb.children):
        return None  # a list of predicates already: the new one would join the last
    text = base[:last].text + f" {join.lower_} {span.text}" + base[last].text
    return PREDICATE, text, span.text


#: Kind of a joined predicate.
PREDICATE = "predicate"


#: Kind of a participial clause the donor adds to the predicate both versions state.
PARTICIPIAL_CLAUSE = "participial clause"


def trailing_participles(base: "Doc", donor: "Doc",
                         insertable: "Callable[[Span], bool]") -> list[tuple[str, str, str]]:
    """(kind, text, added words): the participial clause that ends the donor's sentence
    after a comma ("He became openly involved in the party in November[, organizing the
    group's branch in Beijing]"), added to the base when both state the same predicate: the
    same main verb with the same auxiliaries and negation, of the same subject (or of the
    donor's pronoun), every content word of the donor's clause in the base, and the base's
    verb phrase ending its sentence. What the participle says its subject was doing holds
    of that predicate only, so no other one takes it; no verb of saying is either.
    ``insertable``: the test every inserted phrase passes (``fusion.insertable``)."""
    from summarizer.text.lexicon import ATTRIBUTION_VERBS

    mine = next((t for t in base if t.dep_ == "ROOT"), None)
    theirs = next((t for t in donor if t.dep_ == "ROOT"), None)
    if mine is None or theirs is None or mine.lemma_ != theirs.lemma_ or \
            mine.lemma_.lower() in ATTRIBUTION_VERBS or _auxiliaries(mine) != _auxiliaries(theirs):
        return []
    last = len(base) - 1
    if base[last].text != "." or mine.right_edge.i < last - 1 or \
            any(c.dep_ in ("advcl", "conj") and c.i > mine.i for c in mine.children):
        return []  # the base's verb phrase does not end its sentence, or has a clause already
    out = []
    for clause in (c for c in theirs.children if c.dep_ == "advcl" and c.tag_ == "VBG"):
        span = donor[clause.left_edge.i:clause.right_edge.i + 1]
        comma = span.start - 1
        if span[0] != clause or donor[comma].text != "," or span.end != len(donor) - 1 or \
                not donor[-1].is_punct or any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children):
            continue
        if _same_predicate(base, mine, donor[:comma], theirs) and _predicate_ok(span) and insertable(span):
            out.append((PARTICIPIAL_CLAUSE, f"{base[:last].text}, {span.text}{base[last].text}", span.text))
    return out


def _auxiliaries(verb: "Token") -> tuple[str, ...]:
    """The verb's auxiliaries and negation (a clause of "became" holds no more of "will become")."""
    return tuple(sorted(c.lower_ for c in verb.children if c.dep_ in ("aux", "auxpass", "neg")))


def _same_predicate(base: "Doc", mine: "Token", clause: "Span", theirs: "Token") -> bool:
    """The donor's clause before the participle states nothing the base lacks: its subject
    is the base's (same lemma) or a personal pronoun, and every content word of its
    predicate is in the base."""
    from summarizer.generation.splice import content

    subject, their_subject = _subject(mine), next(
        (c for c in theirs.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or their_subject is None:
        return False
    if their_subject.tag_ != "PRP" and their_subject.lemma_.lower() != subject.lemma_.lower():
        return False
    subject_words = {t.i for t in their_subject.subtree}
    have = {t.lemma_.lower() for t in base if content(t)}
    words = [t for t in clause if content(t) and t.i not in subject_words]
    return len(words) >= 2 and all(t.lemma_.lower() in have for t in words)
