"""Details another report states in a structure of its own, turned into a constituent the
base can take (Barzilay & McKeown's paraphrase rules for fusion; Filippova & Strube's
insertion of a donor's constituent):

* a **predicate nominal** of a name as its appositive: the donor's "Ecevit is a former prime
  minister best remembered for ..." gives the base's bare "Ecevit" -> "Ecevit, a former
  prime minister," (the copula's noun phrase without the clauses hung on it);
* the **first item of a coordinated description**: "Brazil, the continent's largest economy
  and a potential bulwark against recession," gives "Brazil, the continent's largest
  economy," (each item, with its own determiner, describes the whole name; a list of plural
  nouns or of names is what something consists of, never taken);
* an **appositive of a common noun** both versions name alike ("Prodi's center-left
  coalition, Italy's second-longest serving government since World War II,");
* a **participial phrase** set off by a comma after a name or noun both name ("East Timor,
  occupied by Indonesia since 1975,");
* a **name** in apposition to a common noun both name alike ("last year's winner,
  Brindabella,");
* a short **phrase of place** after a noun both name bare ("13 and 11 years [in prison]").

Each is a span of the donor, verbatim, and an anchor in the base, written in with
``insertions.insert``; ``fusion._fusions_of`` applies the same checks to them as to every
insertion (short, no quotation, no pronoun reaching outside, nothing said twice), and the
guard judges the result against both sentences. Predicates another report joins to the
shared subject are ``predicates.py``'s.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.generation.anchors import (bare_definite, has_appositive, in_brackets, name_words, next_to, retitles,
                                           same_name)
from summarizer.generation.insertions import AMOUNTS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Forms of "be" whose predicate noun phrase says what the subject is (no other verb, no
#: modal: "could be a candidate" says no such thing; no past: "Spain was the biggest
#: investor in 1997" held then, and an appositive has no tense to say so).
COPULAS = frozenset({"is", "are"})
#: Determiners that open a description of one thing (a bare or quantified noun phrase
#: does not describe a name: "Brazil, countries", "Ecevit, some politician").
DESCRIBING = frozenset({"a", "an", "the"})
#: Dependents whose clause or phrase ends a predicate noun phrase taken as an appositive
#: (its own claim: "a former prime minister [best remembered for ...]").
CLAUSES = frozenset({"acl", "relcl", "advcl", "ccomp", "appos", "cc", "conj", "punct"})
#: Kinds found here.
APPOSITIVE, PARTICIPIAL = "appositive", "participial phrase"
#: Tags of a participle opening a non-restrictive phrase that may be moved: a past
#: participle says what befell the thing ("founded in 1994", "occupied since 1975"); a
#: present one says what it was doing at the donor's moment ("Braley, [speaking at a
#: fund-raiser], ..."), which holds only for the donor's own predicate.
PARTICIPLES = frozenset({"VBN"})
#: Tokens that close a phrase set off by commas (after them, no list goes on).
CLOSERS = frozenset({".", ";", "--", "—", "–", ")", "!", "?"})


def detail_insertions(base: "Doc", donor: "Doc") -> list[tuple[str, "Span", int]]:
    """(kind, donor span, base token index to insert after), as ``insertions.insertions``."""
    found = []
    for token in donor:
        if token.dep_ in ("attr",) and token.head.dep_ == "ROOT":
            found += _predicate_nominal(base, donor, token)
        elif token.dep_ == "appos":
            found += _first_item(base, donor, token) + _noun_appositive(base, donor, token) + \
                _naming(base, donor, token)
        elif token.dep_ == "acl" and token.tag_ in PARTICIPLES:
            found += _participial(base, donor, token)
        elif token.dep_ == "prep" and token.lower_ in WHERE and token.head.pos_ == "NOUN":
            found += _noun_place(base, donor, token)
    return [(kind, span, anchor) for kind, span, anchor in found if _open_after(base, anchor)]


#: Prepositions of a phrase that says where a thing is or was ("13 years [in prison]").
WHERE = frozenset({"in", "at", "near", "outside", "inside"})
#: Words such a phrase may have at most.
MAX_PLACE_WORDS = 5
#: Kind of such a phrase (the checks of a verb's prepositional phrase apply to it).
NOUN_PHRASE = "prepositional phrase"


def _noun_place(base: "Doc", donor: "Doc", prep: "Token") -> list[tuple[str, "Span", int]]:
    """A short phrase of place the donor gives a common noun that the base names with the
    same modifiers and leaves bare, written right after it ("sentenced them to 13 and 11
    years" + "to 13 and 11 years [in prison]"): no name of a person or a figure in it, and
    the noun ends its phrase in both versions where the donor's phrase follows it."""
    from summarizer.generation.anchors import same_noun

    noun, span = prep.head, donor[prep.i:prep.right_edge.i + 1]
    anchor = same_noun(base, noun)
    if anchor is None or prep.i != noun.i + 1 or len([t for t in span if not t.is_punct]) > MAX_PLACE_WORDS:
        return []
    if any(c.dep_ == "prep" for c in base[anchor].children) or \
            any(t.ent_type_ == "PERSON" or t.like_num or t.pos_ in ("PRON", "VERB", "AUX") or
                t.dep_ in ("cc", "conj", "relcl", "acl") for t in span):
        return []
    end = span.end
    if end < len(donor) and not (donor[end].is_punct or donor[end].dep_ == "npadvmod" or
                                 donor[end].head == noun.head or donor[end].head == noun):
        return []  # the phrase runs on into another one the parser hung elsewhere
    return [(NOUN_PHRASE, span, anchor)]


def _describes(noun: "Token") -> bool:
    """A singular common noun opened by "a", "an", "the" or a possessor: a description of
    one thing, not a list, an amount or a person, nor a bare "the leader" (which one is the
    donor's context: ``anchors.bare_definite``)."""
    return noun.pos_ == "NOUN" and noun.tag_ == "NN" and not bare_definite(noun) and \
        any(c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in DESCRIBING for c in noun.children)


def _clean(span: "Span", noun: "Token", comma: bool = False, verb: "Token | None" = None) -> bool:
    """No person, amount, quotation mark, negation or list in the description, and the
    donor's phrase ends where the span does: at a closing mark, or where a clause or item
    hung on ``noun`` (or on ``verb``, a copula the parser hangs it on) begins (cut on purpose); at a comma only when ``comma`` (an appositive
    closes there) or a clause of the noun follows it. Else the phrase is cut short ("a
    coalition of ethnic Tutsis[, disenchanted soldiers ...]": what something consists of)."""
    doc = span.doc
    cut = {c.left_edge.i for t in (noun, verb) if t is not None
           for c in t.children if c.i > noun.i and c.dep_ in CLAUSES and c.dep_ != "punct"}
    nxt = span.end
    closed = nxt == len(doc) or doc[nxt].text in CLOSERS or nxt in cut or \
        doc[nxt].text == "," and (comma or nxt + 1 in cut)
    return closed and not any(t.ent_type_ == "PERSON" or t.ent_type_ in AMOUNTS or t.dep_ in ("neg", "conj", "cc")
                              or t.text in ('"', "“", "”", "'") for t in span)


def _open_after(base: "Doc", anchor: int) -> bool:
    """Nothing after the base's anchor that sets off a phrase of its own (a dash or a
    bracket: "The rebels -- ethnic Tutsis ... --" describes them already)."""
    return anchor + 1 >= len(base) or base[anchor + 1].text not in ("--", "-", "(", "—", "–", ":")


def _name_anchor(base: "Doc", name: "Token", span: "Span") -> int | None:
    """The base's token for the name, when it stands bare (no appositive, clause, or title
    that says what ``span`` says: ``anchors.retitles``)."""
    anchor = same_name(base, name)
    if anchor is None or has_appositive(base[anchor], title_ok=True) or retitles(base[anchor], span):
        return None
    return anchor


def _noun_end(noun: "Token") -> int:
    """Where the noun phrase ends before the first clause, list or punctuation after the noun."""
    after = [c.left_edge.i for c in noun.children if c.i > noun.i and c.dep_ in CLAUSES]
    end = min(after, default=noun.right_edge.i + 1)
    while end > noun.i + 1 and noun.doc[end - 1].is_punct:
        end -= 1
    return end


def _predicate_nominal(base: "Doc", donor: "Doc", attr: "Token") -> list[tuple[str, "Span", int]]:
    """The donor's "NAME is a NOUN ...": the noun phrase as an appositive of the base's bare
    name. The copula is the donor's main verb, with no negation, modal or time of its own."""
    root = attr.head
    subjects = [c for c in root.children if c.dep_ == "nsubj"]
    if root.lower_ not in COPULAS or len(subjects) != 1 or subjects[0].pos_ != "PROPN" or \
            any(c.dep_ not in ("nsubj", "attr", "punct", "ccomp") for c in root.children) or not _describes(attr):
        return []  # a phrase of the copula's own ("To Turkey, Ocalan is ...", "in 1997") qualifies the claim
    span = donor[attr.left_edge.i:_noun_end(attr)]
    anchor = _name_anchor(base, subjects[0], span)
    if anchor is not None and subjects[0].left_edge.i == 0 and \
            len(name_words(subjects[0])) > len(name_words(base[anchor])):
        return []  # the sentence's first capital read as a first name ("Aboard Endeavour is a passageway")
    if any(c.lower_ == "the" for c in attr.children) and \
            any(c.dep_ in ("acl", "relcl") and c.i >= span.end for c in attr.children):
        return []  # "the general [who led the invasion]": a definite description needs its clause
    if anchor is None or not _clean(span, attr, verb=root) or any(t.ent_type_ in ("DATE", "TIME") for t in span):
        return []
    return [(APPOSITIVE, span, anchor)]


def _first_item(base: "Doc", donor: "Doc", appositive: "Token") -> list[tuple[str, "Span", int]]:
    """The first of two or more coordinated descriptions of a name ("Brazil, the
    continent's largest economy and a potential bulwark ...,"), each a description of one
    thing (``_describes``)."""
    items = [appositive, *(c for c in appositive.children if c.dep_ == "conj")]
    if len(items) < 2 or not all(_describes(t) for t in items) or appositive.head.pos_ != "PROPN" or \
            not next_to(appositive):
        return []
    span = donor[appositive.left_edge.i:_noun_end(appositive)]
    anchor = _name_anchor(base, appositive.head, span)
    return [(APPOSITIVE, span, anchor)] if anchor is not None and _clean(span, appositive) else []


def _noun_appositive(base: "Doc", donor: "Doc", appositive: "Token") -> list[tuple[str, "Span", int]]:
    """A description in apposition to a common noun the base names with the same modifiers
    ("Prodi's center-left coalition, Italy's second-longest serving government,")."""
    head = appositive.head
    if head.pos_ != "NOUN" or not _describes(appositive) or not next_to(appositive) or \
            sum(c.dep_ == "appos" for c in head.children) > 1:
        return []
    anchor = _same_bare_noun(base, head)
    span = donor[appositive.left_edge.i:_noun_end(appositive)]
    return [(APPOSITIVE, span, anchor)] if anchor is not None and _clean(span, appositive, comma=True) else []


#: Words a name set in apposition to a common noun may have at most ("Gen. Emile Lahoud").
MAX_NAME_WORDS = 4


def _naming(base: "Doc", donor: "Doc", name: "Token") -> list[tuple[str, "Span", int]]:
    """The name the donor sets in apposition to a common noun the base has alike and bare,
    with what says which one it is in front of it ("last year's winner[, Brindabella,]",
    "her aide[, Ruslan Linkov,]"): who the described one is. A bare "the winner" is not
    taken (which winner is the donor's context: ``anchors.bare_definite``)."""
    head = name.head
    if name.pos_ != "PROPN" or head.pos_ != "NOUN" or head.tag_ != "NN" or not next_to(name) or \
            sum(c.dep_ == "appos" for c in head.children) > 1 or bare_definite(head, before=name.i) or \
            not any(c.dep_ in ("poss", "amod", "compound") for c in head.children if c.i < head.i):
        return []
    span = donor[name.left_edge.i:name.right_edge.i + 1]
    nxt = span.end
    if len(span) > MAX_NAME_WORDS or any(t.pos_ != "PROPN" for t in span) or \
            nxt < len(donor) and donor[nxt].text not in CLOSERS | {","}:
        return []
    anchor = _same_bare_noun(base, head)
    return [(APPOSITIVE, span, anchor)] if anchor is not None else []


def _participial(base: "Doc", donor: "Doc", participle: "Token") -> list[tuple[str, "Span", int]]:
    """A participial phrase after a comma ("East Timor, [occupied by Indonesia since
    1975],") of a name or noun the base names alike and bare."""
    first = participle.left_edge.i
    if first == 0 or donor[first - 1].text != "," or not (first == participle.i or
                                                           donor[first].dep_ == "advmod"):
        return []
    from summarizer.text.lexicon import ATTRIBUTION_VERBS

    head = participle.head
    if participle.lemma_.lower() in ATTRIBUTION_VERBS or head.head.lemma_.lower() in ATTRIBUTION_VERBS:
        return []  # ("Braley, asked about it, said"): the moment of the donor's speech
    end = participle.right_edge.i + 1
    while end > participle.i + 1 and donor[end - 1].is_punct:
        end -= 1
    span = donor[first:end]
    anchor = _name_anchor(base, head, span) if head.pos_ == "PROPN" else _same_bare_noun(base, head)
    if anchor is not None and in_brackets(base, anchor):
        return []
    if anchor is None or not _clean(span, participle, comma=True) or any(t.dep_ in ("ccomp", "relcl") for t in span):
        return []
    return [(PARTICIPIAL, span, anchor)]


def _same_bare_noun(base: "Doc", noun: "Token") -> int | None:
    """The base's one common noun of the same lemma and the same modifiers as ``noun``,
    with nothing after it in its phrase and no appositive, clause or coordination."""
    def modifiers(token: "Token") -> list[str]:  # whole phrases: "[last year]'s winner"
        return [" ".join(t.lower_ for t in c.subtree) for c in token.children
                if c.dep_ in ("compound", "amod", "poss", "nummod")]

    hits = [t for t in base if t.pos_ == "NOUN" and t.lemma_ == noun.lemma_]
    if len(hits) != 1:
        return None
    mine = hits[0]
    if modifiers(mine) != modifiers(noun) or mine.dep_ in ("compound", "appos", "conj", "poss") or \
            any(c.i > mine.i and not c.is_punct or c.dep_ in ("appos", "relcl", "acl", "conj", "cc")
                for c in mine.children):
        return None
    return mine.i
