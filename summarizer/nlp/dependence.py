"""Sentences that depend on something outside them beyond their opening, and the whole
outside-reference test the candidate rules and the brief use.

A sentence can depend on something outside it elsewhere than at its opening
(``dependent_reference``): a demonstrative ("Asked about those remarks", "that line"), a
description of a thing said or done that nothing says which ("the Kennedy statements"), an
additive particle whose other item is missing ("... also round out the list", "another"),
an opener that points at the sentence before ("In response,", "At the time,"). Each is
excused when the sentence itself, or an earlier sentence of the brief, uses the word it
stands on. ``opens_with_reference`` (the candidate rule, which knows no brief) counts these
too, beside the opening references of ``summarizer.nlp.references``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Mapping, Sequence

from summarizer.nlp.ellipsis import antecedent_in_sentence, elided
from summarizer.nlp.offices import ambiguous_role
from summarizer.nlp.references import (SUBJECTS, _introduced, _names, _points_back, _skip_opening, definite_reference,
                                        introduced_before, opening_reference)
from summarizer.text.lexicon import (ADDITIVE_PARTICLES, ANAPHORIC_NOUNS, ATTRIBUTION_VERBS, BACK_VERBS,
                                     BARE_ELLIPTICAL_VERBS, DEICTIC_NOUNS, DEMONSTRATIVES, EVEN_PHRASE_OPENERS,
                                     OCCASION_PREPOSITIONS, OTHER_IDIOM_NOUNS, OWN_POSSESSIVES, PARTITIVES, PLACE_NOUNS,
                                     POINTING_OPENERS, PRO_VERB_COMPLEMENTS, PRONOUNS, RELATIVE_TIME_ENDS,
                                     RELATIVE_TIME_STARTS, REPLY_NOUNS, REPLY_VERBS, SENTENCE_RELATIVES,
                                     SUBORDINATORS)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def outside_reference(doc: "Doc", earlier: Sequence["Doc"] = (),
                      holders: Mapping[str, frozenset[str]] | None = None) -> "Token | None":
    """``opening_reference``, unless it is a definite description that ``earlier`` (the
    brief's sentences printed before this one) introduces; else ``dependent_reference``;
    else, given the reports' office holders (``offices.holders_of``), an office that
    does not say which of them it means (``offices.ambiguous_role``)."""
    token = opening_reference(doc)
    definite = definite_reference(doc)
    if token is not None and definite is not None and token.i == definite.i \
            and introduced_before(definite, earlier):
        token = None
    found = token or dependent_reference(doc, earlier)
    return found if found is not None or not holders else ambiguous_role(doc, holders, earlier)


def opens_with_reference(doc: "Doc", holders: Mapping[str, frozenset[str]] | None = None) -> bool:
    """The sentence points outside itself, at its opening or anywhere
    (``dependent_reference`` with no brief before it): a candidate sentence cannot count on
    the brief giving what it needs. Given the reports' office holders, "the governor" of a
    story with two governors points outside too (``offices.ambiguous_role``)."""
    return (opening_reference(doc) is not None or dependent_reference(doc) is not None
            or (bool(holders) and ambiguous_role(doc, holders or {}) is not None))


#: Words of a closing attribution ("..., two of the people said.") the cheap test reads.
_CLOSING_WORDS = 8


def might_open_with_reference(text: str) -> bool:
    """A cheap test before parsing: a pronoun, demonstrative or "the" among the first words,
    or in a short closing clause after the last comma (where a speaker stands); a pointing
    opener; a partitive or "which" first ("One, Diana Durand ...", "Which is why ..."); or
    anywhere a word ``dependent_reference`` reads."""
    pointing = PRONOUNS | DEMONSTRATIVES | {"the"}
    words = [w.strip(",.;:'\"()").lower() for w in text.split()]
    closing = text.rsplit(",", 1)[-1].split() if "," in text else []
    last = [w.strip(",.;:'\"()").lower() for w in closing] if len(closing) <= _CLOSING_WORDS else []
    anywhere = set(re.findall(r"[a-z]+", text.lower()))  # "that's" holds "that"
    return bool(set(words[:6]) & pointing or set(last) & pointing or anywhere & _DEPENDENT_WORDS
                or any(w.startswith(_REPLY_STEMS) for w in anywhere)
                or bool(words) and words[0] in PARTITIVES | SENTENCE_RELATIVES
                or " ".join(words[:4]).startswith(POINTING_OPENERS)
                or bool(set(words[1:6]) & RELATIVE_TIME_ENDS) or " ".join(words[:2]) in RELATIVE_TIME_STARTS)


_DEMONSTRATIVE_WORDS = frozenset({"this", "that", "these", "those"})


#: Words anywhere in a sentence that make the cheap test parse it (``dependent_reference``).
_DEPENDENT_WORDS = DEMONSTRATIVES | ADDITIVE_PARTICLES | {"another", "other", "others", "well", "fellow", "own", "back",
                                                          "referring", "suit", "then"} | ANAPHORIC_NOUNS \
    | PRO_VERB_COMPLEMENTS | BARE_ELLIPTICAL_VERBS
#: Words after "even" that make it part of a clause's opening, not an additive particle.
_EVEN_CLAUSE_OPENERS = SUBORDINATORS | EVEN_PHRASE_OPENERS
#: How the forms of ``REPLY_VERBS`` and ``REPLY_NOUNS`` begin ("replied", "retorts"), for the cheap test.
_REPLY_STEMS = tuple(sorted(v[:-1] if v.endswith("y") else v for v in REPLY_VERBS | REPLY_NOUNS))


def dependent_reference(doc: "Doc", earlier: Sequence["Doc"] = ()) -> "Token | None":
    """The token through which the sentence depends on something that neither it nor
    ``earlier`` (the brief's sentences printed before it) gives, wherever it stands: a bare
    opener that points at the sentence before ("In response, ..."); a demonstrative ("those
    remarks", "that line", "such claims") or a back-pointing description ("the Kennedy
    statements") whose noun nothing before it uses; an additive particle ("also", "too",
    "as well", "again", "another", "the other") whose other item nothing before it gives;
    what someone "was referring to" with words the sentence does not give; what came "then"
    after an event it does not tell (``_sequel``); a verb phrase it
    leaves out ("followed suit", "could relate": ``nlp.ellipsis``, which ``earlier`` never
    excuses). None when the sentence stands on what it and ``earlier`` say."""
    return (_pointing_opener(doc) or _subject_after_opener(doc, earlier) or _demonstrative(doc, earlier)
            or _back_description(doc, earlier) or _additive(doc, earlier) or _reply(doc, earlier)
            or _referring(doc) or _sequel(doc) or elided(doc))


def suppliers(doc: "Doc", others: Sequence["Doc"]) -> list[int]:
    """Indices of the ``others`` that each, printed before ``doc``, give all it depends on
    beyond its opening (``dependent_reference``): the choices a selection (an ILP constraint
    "x_doc <= sum of x_supplier") has for keeping ``doc``. Empty when none does, or when
    ``doc`` depends on nothing (nothing to supply)."""
    if dependent_reference(doc) is None:
        return []
    return [k for k, other in enumerate(others)
            if other is not doc and dependent_reference(doc, [other]) is None]


def _subject_after_opener(doc: "Doc", earlier: Sequence["Doc"]) -> "Token | None":
    """"After a few seconds, the congressman grabs ...": after an opening phrase, the main
    clause's subject is a definite description that points back (``_points_back``) and
    ``earlier`` does not introduce (``introduced_before``)."""
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None) if root is not None else None
    if subject is None or subject.left_edge.i <= _skip_opening(doc) or subject.left_edge.lower_ != "the":
        return None
    points_back = _points_back(subject, opening=True) and not introduced_before(subject, earlier)
    return subject if points_back else None


def _pointing_opener(doc: "Doc") -> "Token | None":
    """"In response, ...", "As a result, ...", "Which is why ..." (not a question), or an
    opening clause whose object is a pronoun ("Asked about it, ...")."""
    words = [t.lower_ for t in doc[:6]]
    if words and words[0] in SENTENCE_RELATIVES and doc[0].dep_ != "det" and doc[-1].text != "?":
        return doc[0]
    for phrase in POINTING_OPENERS:
        n = len(phrase.split())
        if words[:n] == phrase.split() and n < len(doc) and doc[n].text == ",":
            return doc[0]
    if "," in words[1:]:  # "A few days later, ...", "The next day, ...": counted from what?
        opening = words[:words.index(",", 1)]
        if opening[-1] in RELATIVE_TIME_ENDS and len(opening) > 1 or \
                " ".join(opening[:2]) in RELATIVE_TIME_STARTS:
            return doc[0]
    root = next((t for t in doc if t.dep_ == "ROOT"), None)
    subject = next((c for c in root.children if c.dep_ in SUBJECTS), None) if root is not None else None
    if subject is None:
        return None
    openers = [c for c in root.children
               if c.dep_ in ("advcl", "prep") and c.right_edge.i < subject.left_edge.i]
    return next((t for c in openers for t in c.subtree
                 if t.dep_ in ("pobj", "dobj") and _bare_pronoun(t)), None)


def _bare_pronoun(t: "Token") -> bool:
    """"it", "them", "that", "those": a pronoun with nothing after it that says what it is
    ("those on the field", "those who")."""
    pronoun = (t.tag_ == "PRP" and t.lower_ in PRONOUNS) or \
        (t.tag_ == "DT" and t.lower_ in _DEMONSTRATIVE_WORDS)
    return pronoun and not any(d.dep_ in ("prep", "relcl", "acl") for d in t.children)


def _used(lemma: str, doc: "Doc", before: int, earlier: Sequence["Doc"]) -> bool:
    """A word of ``lemma`` stands in the sentence before token ``before``, or in ``earlier``."""
    return (any(t.lemma_.lower() == lemma for t in doc[:before])
            or any(t.lemma_.lower() == lemma for d in earlier for t in d))


def _demonstrative(doc: "Doc", earlier: Sequence["Doc"]) -> "Token | None":
    """"this/that/these/those" (outside a quotation) or "such" on a noun nothing before it
    uses, not a time ("this week") nor a place the sentence named ("in that state"), with no
    relative clause or apposition that says which; or one standing alone ("He denied that")."""
    for t in doc:
        demonstrative = t.lower_ in _DEMONSTRATIVE_WORDS and t.tag_ == "DT" and not _quoted(t)
        if not (demonstrative or _pointing_such(t)) or _clause_before(t):
            continue
        if t.dep_ not in ("det", "amod", "predet"):  # a pronoun: "He denied that."
            if t.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj") and t.i > 0 and _bare_pronoun(t):
                return t
            continue
        noun = t.head
        lemma = noun.lemma_.lower()
        if noun.pos_ not in ("NOUN", "PROPN") or lemma in DEICTIC_NOUNS \
                or any(c.dep_ in ("relcl", "appos") for c in noun.children):
            continue  # "that line removed from ..." still asks which line; "those who ..." does not
        if lemma in PLACE_NOUNS and _names(doc[:t.i]):
            continue
        if not _used(lemma, doc, t.i, earlier):
            return t
    return None


def _clause_before(t: "Token") -> bool:
    """A clause of the sentence before ``t`` says what it may point at ("Farenthold said he
    would repay the money, but has not made good on that promise"): a verb with an object
    or complement, not a verb of saying, of which ``t`` is no argument."""
    chain = list(t.ancestors)  # nearest first

    def joined(verb: "Token") -> bool:
        """``t`` stands outside the verb's arguments, in a clause joined to it (or its own)."""
        if verb not in chain:
            return True
        return any(a.dep_ in ("advcl", "conj") for a in [t] + chain[:chain.index(verb)])

    return any(v.pos_ == "VERB" and v.lemma_.lower() not in ATTRIBUTION_VERBS and joined(v)
               and any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr") for c in v.children)
               for v in t.doc[:t.i])


def _pointing_such(t: "Token") -> bool:
    """"such claims", "such a meeting"; not "such groups as ..." nor "such a big day"."""
    if t.lower_ != "such" or t.head.pos_ != "NOUN" or any(c.lower_ == "as" for c in t.head.children):
        return False
    return t.dep_ == "amod" or (t.dep_ == "predet" and not any(c.dep_ == "amod" for c in t.head.children))


def _quoted(token: "Token") -> bool:
    """Inside quotation marks: a speaker's "this" points at the speaker's own scene."""
    return sum(t.text in ('"', "“", "”") for t in token.doc[:token.i]) % 2 == 1


def _back_description(doc: "Doc", earlier: Sequence["Doc"]) -> "Token | None":
    """"the <name> statements": "the" and a noun of a thing said or done before, with
    nothing that says which (``_introduced``, a prepositional phrase other than an occasion's,
    an adjective, a number, a possessor, a common-noun compound: "the budget plan"),
    wherever it stands; a name as a modifier does not say which ("the Kennedy statements")."""
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in ANAPHORIC_NOUNS or noun.i == 0:
            continue
        if not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
            continue
        if _introduced(noun) or any(_says_which(c) for c in noun.children):
            continue
        if not _used(noun.lemma_.lower(), doc, noun.left_edge.i, earlier):
            return noun
    return None


def _says_which(modifier: "Token") -> bool:
    """A modifier that tells which thing a description means: a possessor, an adjective, a
    number, a common noun ("the budget plan"), a prepositional phrase not an occasion's."""
    if modifier.dep_ == "prep":
        return modifier.lower_ not in OCCASION_PREPOSITIONS
    noun_compound = modifier.dep_ == "compound" and modifier.pos_ == "NOUN"
    return noun_compound or modifier.dep_ in ("poss", "amod", "nummod")


def _additive(doc: "Doc", earlier: Sequence["Doc"]) -> "Token | None":
    """An additive particle whose other item nothing before it gives: for "also", "too",
    "as well", "again" the verb it adds to (or its object) used before, or an earlier
    verb it is coordinated with; for "another"/"the other" + noun, the noun used before, and
    so for "Other" + noun opening the sentence ("Other senators appeared worried"), for
    "fellow" ("Fellow Tea Party organizer Dana Loesch": a fellow of someone), for "the
    same" + noun (``_same_as_before``) and for a noun "of its own" (``_of_ones_own``); "Others"
    opening it is the rest of a set only the report's sentence before names ("Others
    appeared worried")."""
    for t in doc:
        if t.i == 0 and t.lower_ == "others" and t.dep_ in ("nsubj", "nsubjpass"):
            return t
        if t.dep_ == "det" and t.lower_ == "another" or t.dep_ == "amod" and t.lower_ == "other" and (
                t.i == 0 or any(c.lower_ == "the" for c in t.head.children)) or \
                t.lower_ == "fellow" and t.dep_ in ("amod", "compound") or _same_as_before(t) or _of_ones_own(t):
            noun = t.head
            if noun.lemma_.lower() in DEICTIC_NOUNS | OTHER_IDIOM_NOUNS:
                continue
            if not _used(noun.lemma_.lower(), doc, noun.left_edge.i, earlier):
                return t
            continue
        if not _is_additive_particle(t):
            continue
        verb = t.head
        if verb.dep_ == "conj" or any(c.dep_ == "conj" and c.i < t.i for c in verb.children):
            continue  # "... and also ...": the other item stands in the sentence
        words = [verb] + [c for c in verb.children if c.dep_ in ("dobj", "attr", "xcomp", "ccomp")]
        if not any(_used(w.lemma_.lower(), doc, verb.left_edge.i, earlier) for w in words):
            return t
    return None


def _same_as_before(t: "Token") -> bool:
    """"the same argument" with no "as ..." after it: the same as something the report said
    before ("Obama made the same argument on the stump", after a McCain ad the brief lacks;
    printed after another claim, it reads as that claim's)."""
    return (t.lower_ == "same" and t.dep_ == "amod" and any(c.lower_ == "the" for c in t.head.children)
            and not any(w.lower_ == "as" for w in t.doc[t.i + 1:]))


def _of_ones_own(t: "Token") -> bool:
    """"of" in "an ad of its own", "a resolution of their own": the thing stands beside
    someone else's (the rival campaign's ad), which the sentence does not give. Read from
    the words, not the parse ("its own Tuesday" is parsed as one noun phrase)."""
    words = [w.lower_ for w in t.doc[t.i:t.i + 3]]
    return len(words) == 3 and words[0] == "of" and words[1] in OWN_POSSESSIVES and words[2] == "own" \
        and t.head.pos_ in ("NOUN", "PROPN")


def _reply(doc: "Doc", earlier: Sequence["Doc"]) -> "Token | None":
    """A verb of replying ("retorted", "responded", "fired back") or a reply's noun ("Then
    there was Menendez's response"), outside a quotation, that names nothing it answers
    ("responded to the report", "countered the claim"): it answers a statement, which only
    an ``earlier`` sentence reporting what someone said can give."""
    for t in doc:
        lemma = t.lemma_.lower()
        back = lemma in BACK_VERBS and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "back"
        replying = t.pos_ == "VERB" and (lemma in REPLY_VERBS or back) or \
            t.pos_ == "NOUN" and lemma in REPLY_NOUNS and t.dep_ != "compound"  # "response times"
        if not replying or _quoted(t):
            continue
        if any(c.dep_ == "dobj" or (c.dep_ == "prep" and c.lower_ == "to") for c in t.children):
            continue
        if not any(w.lemma_.lower() in ATTRIBUTION_VERBS for d in earlier for w in d):
            return t
    return None


def _referring(doc: "Doc") -> "Token | None":
    """"Trump was referring to U.S. Navy sailor Kristian Saucier": what he said when he
    referred to him stood in the report's sentence before (a tweet never quoted here), and
    no brief sentence but that one gives it. Unless the sentence itself says it ("when he
    used the word 'theology' he was referring to ...", a clause of time on the verb) or it
    is quoted."""
    for t in doc:
        if t.lemma_.lower() != "refer" or t.tag_ != "VBG" or _quoted(t):
            continue
        if not any(c.dep_ == "aux" and c.lemma_ == "be" for c in t.children):
            continue  # "referring to the report, he said ...": a participle
        if not any(c.dep_ == "advcl" for c in t.children):
            return t
    return None


def _sequel(doc: "Doc") -> "Token | None":
    """"Lerner then left the hearing room", "Etheridge is then seen trying to snatch ...":
    "then" on a verb tells what came next after an event only the report's sentence before
    gives; printed after another sentence of the brief it puts the two in an order no report
    does. Not when the sentence tells the earlier event itself ("was charged, then brought
    to court", "If ..., then ...": ``ellipsis.antecedent_in_sentence``), nor in a quotation,
    nor "then" before a noun ("then the director of the C.I.A.") or listing what there was
    ("Then there was Menendez's response", which ``_reply`` judges)."""
    for t in doc:
        if t.lower_ != "then" or t.dep_ != "advmod" or t.head.pos_ not in ("VERB", "AUX") or _quoted(t):
            continue
        if not any(c.dep_ == "expl" for c in t.head.children) and not antecedent_in_sentence(t):
            return t
    return None


def _is_additive_particle(t: "Token") -> bool:
    """"also", "again", "too", "even" on a verb (not "too big"), "as well" (not "as well
    as"); not "even" before a clause's opening word ("even though", "even as": spaCy hangs
    it on that clause's verb) nor after a negation ("did not even attend": the least
    expected act, which needs no other)."""
    if t.dep_ != "advmod":
        return False
    nxt = t.nbor(1).lower_ if t.i + 1 < len(t.doc) else ""
    if t.lower_ == "well" and t.i > 0 and t.nbor(-1).lower_ == "as":
        return nxt != "as" and t.head.pos_ in ("VERB", "AUX")
    if t.lower_ == "even" and (nxt in _EVEN_CLAUSE_OPENERS or t.i > 0 and t.nbor(-1).dep_ == "neg"):
        return False
    return t.lower_ in ADDITIVE_PARTICLES and t.head.pos_ in ("VERB", "AUX")
