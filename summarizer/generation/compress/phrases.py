"""Which prepositional phrases compression may delete: one set off by a comma of its own
that tells no time, place, source, reason, amount or limit of the claim (readers of
compressions found each of these carried part of what the report says); and which one-word
adverbs stay (``adverb_stays``). What names a place
or a time, and a "there" pointing to a place, are decided here for fusion too."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.generation.compress.commas import ASIDES, closes_an_aside
from summarizer.text import is_year
from summarizer.text.lexicon import (ABSOLUTE_PREPOSITIONS, COMPLEMENT_PREPOSITIONS, EXCHANGE_NOUNS,
                                     MANNER_QUESTIONS, QUALIFYING_PHRASES, REASON_PREPOSITIONS, SOURCE_NOUNS,
                                     TIME_PREPOSITIONS)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

#: Entity types that name a place (compression, fusion's anchors, modifiers and places read them).
PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
#: Entity types of a PP's object that mark it as a circumstance (when, where): never deleted.
CIRCUMSTANCE_ENTITIES = PLACE_ENTITIES | frozenset({"DATE", "TIME"})


def says_there(tokens: "Span") -> bool:
    """A "there" among the tokens that points to a place ("taken there"), not the one of
    "there is": whatever names that place must stay, and nothing may be set before it."""
    return any(t.lower_ == "there" and t.dep_ != "expl" for t in tokens)


def limits_the_claim(text: str) -> bool:
    """The words hold a phrase that limits how often or when a claim holds
    (``QUALIFYING_PHRASES``) as whole words: "-- [at least for now] --" is as much a limit
    as "for now" alone, and deleting it makes the claim general."""
    padded = f" {' '.join(text.lower().strip(' -–—()').split())} "
    return any(f" {phrase} " in padded for phrase in QUALIFYING_PHRASES)


def optional_pp(prep: "Token") -> bool:
    """A PP is optional when it is set off by a comma that opens it, does not open the
    sentence (an opening phrase sets the frame of the whole claim: "[Through ticket sales
    alone,] the league would lose $35 million", "[In Conservative government days,] Pinochet
    was welcomed", "[Inside the labor camp,] Liu once started a hunger strike"; readings found
    most such deletions lost it), does not give the claim's source ("[In the
    poll,]": ``SOURCE_NOUNS``), does not tell how or why
    (``REASON_PREPOSITIONS``: "[By lying under oath,] Clinton made it necessary"), states no
    fact of its own (``states_a_fact``) and does
    not tell when or where (a time preposition, or a date or place in it: "[At one Atlanta
    location,] the restaurant was packed", "Trump asserted [in January]", "got his start
    [before becoming a casino magnate]": the moment or place is part of what the report says). A verb's object does
    not make any other PP optional: many verbs take a PP as a second complement ("landed
    the White House [in hot water]", "calling [on the IRS] to review")."""
    verb, doc = prep.head, prep.doc
    follower = prep.right_edge.i + 1
    if follower < len(doc) and doc[follower].dep_ == "prep" and doc[follower].head == verb:
        return False  # the next PP would seem to attach to what precedes the deletion
    if follower < len(doc) and (doc[follower].pos_ in ("VERB", "AUX") or doc[follower].lower_ == "to"):
        return False  # "as high winds smash ...": a clause the parser took for a PP; "on X to review"
    if prep.lower_ in COMPLEMENT_PREPOSITIONS | REASON_PREPOSITIONS or _anchors_a_fact(prep) or \
            _tells_when_or_where(prep) or _sources_or_limits(prep) or states_a_fact(prep):
        return False
    if any(c.dep_ == "mark" and c.i < prep.i for c in verb.children):
        return False  # after the comma that closes an "if" or "when" clause the phrase is the main
        # clause's, however the parser hangs it ("can obtain an abortion from their gynecologists,
        # or if a gynecologist has an objection, [through a referral to a colleague]")
    left = prep.left_edge.i
    return left > 0 and doc[left - 1].text == "," and \
        not closes_an_aside(doc, left - 1, ASIDES | {"advmod", "conj"})  # "blamed his wife, who ..., [for
        # the charges]", "shines a light, usually deservedly, [on wonderful writers]", "a passageway,
        # or vestibule, [for future modules]": it completes the verb


def _sources_or_limits(prep: "Token") -> bool:
    """The phrase gives the claim's source ("[In the poll,]": ``SOURCE_NOUNS``), limits how
    often or when it holds ("[At times,]": ``QUALIFYING_PHRASES``) or on what terms ("[in
    exchange for ...]": ``EXCHANGE_NOUNS``)."""
    words = prep.doc[prep.left_edge.i:prep.right_edge.i + 1].text.lower()
    terms = prep.lower_ == "in" and any(c.dep_ == "pobj" and c.lower_ in EXCHANGE_NOUNS and
                                        any(g.lower_ == "for" for g in c.children) for c in prep.children)
    return words in QUALIFYING_PHRASES or terms or any(c.dep_ == "pobj" and c.lemma_.lower() in SOURCE_NOUNS
                                                       for c in prep.children)


def _tells_when_or_where(prep: "Token") -> bool:
    """A time preposition, or a date, time, place or any name in the phrase's own object ("[in a
    February interview]", "[at one Atlanta location]", "[In La Ceiba,]": the small model tags
    that town an organisation, and a named place or body is where, whoever tags it; not one in
    a phrase nested in it: "with two-thirds of children under age seven suffering
    malnourishment" tells neither)."""
    if prep.lower_ in TIME_PREPOSITIONS:
        return True
    if prep.left_edge.i == 0 and any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
        return True  # an opening phrase dates the whole claim ("[In a CNN interview in January,] Mr. Trump")
    stack = [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]
    while stack:
        token = stack.pop()
        if token.ent_type_ in CIRCUMSTANCE_ENTITIES or token.pos_ == "PROPN":
            return True
        stack += [c for c in token.children if c.dep_ not in ("prep", "relcl", "acl", "advcl")]
    return False


def states_a_fact(prep: "Token") -> bool:
    """An absolute phrase: "with" or "without" and a noun a participle tells of ("[with much of
    the money coming from a campaign account]", "[with the roofs of homes torn off]"): a clause
    of its own in all but form, stating a fact, often the sentence's point. A past participle
    the parser hangs on a noun describes it ("with the help of a group [founded] in 1990")."""
    return prep.lower_ in ABSOLUTE_PREPOSITIONS and \
        any(t.tag_ == "VBG" and t.dep_ == "acl" or t.tag_ in ("VBG", "VBN") and
            any(c.dep_ in ("nsubj", "nsubjpass") for c in t.children) for t in prep.subtree)


def states_a_plan(token: "Token") -> bool:
    """A "be" with a "to" infinitive ("which [is to start] late Saturday"): what is planned, as
    a modal says it, so it stays as a modal does; deleted, the sentence's event may seem under
    way ("Clinton's visit to the region[, which is to start late Saturday,] is fomenting unrest")."""
    return token.lemma_ == "be" and any(c.dep_ == "xcomp" and any(a.dep_ == "aux" and a.lower_ == "to"
                                                                  for a in c.children) for c in token.children)


def answers_how_or_why(doc: "Doc", start: int, end: int) -> bool:
    """Tokens ``start``..``end`` tell how or why of a "how" or "why" clause: they modify its
    verb, or follow that clause's last word ("the theory about how the company discriminated
    [-- through a central policy conferring local discretion --] was inconsistent"): what the
    clause asks is what they answer."""
    before = start - 1
    while before >= 0 and doc[before].is_punct:
        before -= 1
    heads = {t.head for t in doc[start:end] if not start <= t.head.i < end}
    if before >= 0:
        heads |= {v for v in (doc[before], *doc[before].ancestors) if v.right_edge.i == before}
    return any(c.dep_ == "advmod" and c.lower_ in MANNER_QUESTIONS for v in heads for c in v.children)


def _anchors_a_fact(prep: "Token") -> bool:
    """The phrase holds a year or an amount, or is a duration: it dates the claim ("HuffPost
    reported [in November 2012]"), adds to a figure ("$3.6 billion [along with another $2.5
    billion]") or limits it ("[for six months]"): a part of what is said, not a circumstance."""
    if prep.lower_ == "for" and any(t.ent_type_ in ("DATE", "TIME") for t in prep.subtree):
        return True  # a duration limits the claim ("finance [for six months] the departments")
    return any(t.ent_type_ in ("MONEY", "PERCENT", "QUANTITY") or
               is_year(t.text) for t in prep.subtree)


def adverb_stays(adverb: "Token") -> bool:
    """An adverb right after its verb (or its one-word object), not one in -ly, completes it
    ("went [online]", "came [forward] to accuse", "wading [deeper]", "giving it [away]"):
    without it the verb says something else. One in
    -ly says how, which can be the claim ("charged with [illegally] funneling", "complied
    when [legally] bound"), or tells a time or date ("[Tuesday]"): it stays too, and so
    does a "here" of a matter (``_here_of_a_matter``)."""
    return adverb.lower_.endswith("ly") or adverb.ent_type_ in ("DATE", "TIME") or \
        adverb.i == adverb.head.i + 1 or _after_its_object(adverb) or _here_of_a_matter(adverb)


#: Bare nouns of "at work", "at stake", "at play", "at issue", "at hand": with "here" after them the
#: phrase says "in this matter" (``_here_of_a_matter``).
MATTER_NOUNS = frozenset({"work", "stake", "play", "issue", "hand"})


def _here_of_a_matter(adverb: "Token") -> bool:
    """A "here" right after "at work", "at stake" ("a bigger issue at work here", "what is
    at stake here") means "in this matter", not the dateline's place: without it the phrase
    reads otherwise ("at work": at the workplace)."""
    before = adverb.doc[adverb.i - 2:adverb.i] if adverb.i >= 2 else None
    return adverb.lower_ == "here" and before is not None and before[0].lower_ == "at" and \
        before[1].lower_ in MATTER_NOUNS


def _after_its_object(adverb: "Token") -> bool:
    """The adverb follows its verb's one-word object: the particle of a phrasal verb
    ("giving it [away] free", "turned it [down]")."""
    between = adverb.doc[adverb.head.i + 1:adverb.i]
    return len(between) == 1 and between[0].dep_ == "dobj" and between[0].head == adverb.head
