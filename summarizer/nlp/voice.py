"""Whose voice a sentence speaks in: sentences a brief must not print as its own statement.

A brief states what happened in a neutral voice; the reports it quotes also carry other
voices, and a sentence lifted out of them can print one as the brief's own:

* an order (``imperative``): "Dress like you deserve respect." is a line of an embedded post
  or a speech; a brief gives no orders. Kept when the sentence names its speaker. An
  opening verb the small model reads as a subject ("Act like being in the White House
  matters to you") is read again as an order would be written (``_order_read_as_subject``).
* a judgement (``judgement``): "his tirade against the tech companies", "one of America's
  silliest traditions": a word of ``lexicon.EVALUATIVE_WORDS`` outside quotation marks and
  outside what a verb of saying or labelling governs ("critics called it a fiasco") is one
  outlet's framing stated as fact.
* hearsay (``unsourced_hearsay``): "Officials were reportedly furious": "reportedly" with no
  source in the sentence leaves the reader nobody to weigh.

Each decision has a cheap test on the text (``might_be_imperative``, ``evaluative_words``,
``might_be_hearsay``) so that only the sentences it lets through are parsed.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summarizer.nlp.attribution import quoted_mask, speaker
from summarizer.text.lexicon import (ATTRIBUTION_VERBS, BELIEF_VERBS, CONJUNCTIONS, DATA_SOURCES, DETERMINERS,
                                     EVALUATIVE_WORDS, HEARSAY_WORDS, LABELLING_VERBS, PREPOSITIONS,
                                     PRONOUNS, REPORTING_VERBS, SUBJECT_PRONOUNS, SUBORDINATORS,
                                     VOICING_NOUNS)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Dependencies that give a verb a subject: with one, the verb is no order.
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Dependents only a noun takes: a "verb" with one is a mis-tagged name ("Trump then
#: pivoted": "Trump" VB with the clause as its ``acl``).
NOMINAL_DEPS = frozenset({"acl", "relcl", "amod", "det", "compound", "poss", "nummod", "appos"})
#: Dependencies of a word that fills a noun's slot: an opening "verb" in one is a name.
NOUN_SLOTS = frozenset({"nsubj", "nsubjpass", "compound", "poss", "dobj", "pobj", "appos", "npadvmod"})
#: Verbs whose complement is someone's words or view, not the report's.
VOICING_VERBS = REPORTING_VERBS | ATTRIBUTION_VERBS | BELIEF_VERBS | LABELLING_VERBS
#: Dependencies by which a verb of ``VOICING_VERBS`` governs what the speaker says or calls.
VOICED_DEPS = frozenset({"ccomp", "xcomp", "oprd", "attr", "acomp"})
#: Words that, opening a sentence, rule out an order at once (its subject, a preposition
#: or clause opener before the main clause): ``might_be_imperative`` skips the parse.
NOT_AN_ORDER_OPENERS = (DETERMINERS | SUBJECT_PRONOUNS | PRONOUNS | PREPOSITIONS | CONJUNCTIONS
                        | SUBORDINATORS) - frozenset({"do", "let", "please"})
_QUOTED_RE = re.compile(r'"[^"]*"|\u201c[^\u201d]*\u201d')
_WORD_RE = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")  # letters of any alphabet ("clichés")


def _own_words(text: str) -> list[str]:
    """The lower-case words of ``text`` outside its (closed) quotations."""
    return [w.lower() for w in _WORD_RE.findall(_QUOTED_RE.sub(" ", text))]


def might_be_imperative(text: str) -> bool:
    """False when the first word shows the sentence is no order (a determiner, a pronoun,
    a preposition, a conjunction, a number, a possessive): no parse is needed."""
    first = re.match(r"[\"'(\u201c\s]*([A-Za-z]+)\b", text)
    return first is not None and first.group(1).lower() not in NOT_AN_ORDER_OPENERS


def _is_order(verb: "Token") -> bool:
    """A bare infinitive governing no subject, modal or "to" ("Dress like...", "Don't
    make faces"), or "Let's"/"Let us" + verb."""
    if verb.tag_ != "VB" or any(c.dep_ in NOMINAL_DEPS for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if verb.lower_ == "let":
        return not subjects or all(s.lower_ in ("'s", "us") for s in subjects)
    return not subjects and not any(c.dep_ == "aux" and c.tag_ in ("MD", "TO") for c in verb.children)


def imperative(doc: "Doc") -> bool:
    """The sentence gives an order outside quotation marks (its main verb, or the verb it
    opens with, is one: the small model often hangs an opening "Dress like ..." or "Stay
    tuned" under another word) and names no speaker (``attribution.speaker``)."""
    mask = quoted_mask(doc)
    verbs = [t for t in doc if t.dep_ == "ROOT" and not mask[t.i]]
    opening = _opening(doc)
    if opening is not None and not mask[opening.i] and opening.dep_ not in NOUN_SLOTS:
        verbs.append(opening)
    order = any(_is_order(verb) for verb in verbs) or (
        opening is not None and not mask[opening.i] and _order_read_as_subject(opening))
    return order and speaker(doc) is None


#: What a re-parse puts before an opening verb to read it as an order (``_order_read_as_subject``).
_POLITE = "Please "


def _order_read_as_subject(opening: "Token") -> bool:
    """The opening word is a bare verb the parser hung in a noun's slot ("Act like being in
    the White House matters to you": "Act like ..." read as the subject of "matters"): the
    sentence is parsed again as an order would be written to a person ("Please act like
    ..."), and it is one when that parse makes the same word the main verb and an order.
    A name the tagger took for a verb ("Trump then pivoted") does not become the main verb
    there, and stays a subject."""
    from summarizer.nlp.load import parse

    if opening.tag_ != "VB" or opening.dep_ not in NOUN_SLOTS:
        return False
    rest = opening.doc[opening.i:].text
    again = parse(_POLITE + rest[:1].lower() + rest[1:], entities=False)
    verb = again[len(_POLITE.split())]
    return verb.dep_ == "ROOT" and _is_order(verb)


def _opening(doc: "Doc") -> "Token | None":
    """The first word after opening adverbs, interjections, "do"/"n't" and punctuation."""
    for token in doc:
        if token.is_punct or token.tag_ in ("RB", "UH") or (token.lower_ == "do" and token.dep_ == "aux"):
            continue
        return token
    return None


def evaluative_words(text: str) -> list[str]:
    """The words of ``lexicon.EVALUATIVE_WORDS`` that ``text`` uses outside quotation marks,
    in order."""
    return [w for w in _own_words(text) if w in EVALUATIVE_WORDS]


def voiced(token: "Token") -> bool:
    """The token stands in what a verb of saying, believing or labelling governs ("critics
    said the plan was a fiasco", "she called it a farce", "described it as a debacle"), in
    the "that" clause of a noun of saying or thinking ("complaints that the conditions are
    inhumane"), or in a clause with a parenthetical speaker ("The plan, one aide noted, is a
    fiasco"), or the sentence gives its source ("according to ..."): the words are that
    source's, unless the source gives figures, not views ("a staggering 55 percent ...,
    according to a poll": ``DATA_SOURCES``)."""
    doc = token.doc
    if any(_according_to_someone(t) for t in doc):
        return True
    node, labelled = token, False  # labelled: the word stands in an "as ..." phrase
    while True:
        if any(c.dep_ == "parataxis" and _voicing(c) and any(g.dep_ == "nsubj" for g in c.children)
               for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        head = node.head
        labelled = labelled or (node.dep_ == "prep" and node.lower_ == "as")
        if (node.dep_ in VOICED_DEPS or labelled) and _voicing(head):
            return True
        if node.dep_ in ("acl", "ccomp") and head.pos_ == "NOUN" and head.lemma_.lower() in VOICING_NOUNS:
            return True
        node = head


def _according_to_someone(token: "Token") -> bool:
    """"According to" a source that can hold a view (not a poll, a survey, figures)."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return False
    objects = [t for t in doc[token.i + 1].children if t.dep_ == "pobj"]
    return not any(t.lemma_.lower() in DATA_SOURCES or t.lower_ in DATA_SOURCES for t in objects)


def _voicing(verb: "Token") -> bool:
    return verb.lemma_.lower() in VOICING_VERBS or verb.lower_ in VOICING_VERBS


def judging_words(doc: "Doc") -> list["Token"]:
    """The evaluative words the sentence says in its own voice: outside quotation marks and
    not governed by a verb of saying, believing or labelling (``voiced``)."""
    mask = quoted_mask(doc)
    return [t for t in doc if not mask[t.i] and _evaluative(t) and not voiced(t)]


def _evaluative(token: "Token") -> bool:
    """The token, or the hyphenated word it opens ("jaw" of "jaw-dropping"), is evaluative."""
    if token.lower_ in EVALUATIVE_WORDS:
        return True
    doc, i = token.doc, token.i
    word = token.lower_
    while i + 2 < len(doc) and doc[i + 1].text == "-" and not doc[i].whitespace_ and not doc[i + 1].whitespace_:
        word, i = f"{word}-{doc[i + 2].lower_}", i + 2
        if word in EVALUATIVE_WORDS:
            return True
    return False


def judgement(doc: "Doc") -> bool:
    """Evaluative wording in the sentence's own voice (``judging_words``)."""
    return bool(judging_words(doc))


def might_be_hearsay(text: str) -> bool:
    """A word of ``HEARSAY_WORDS`` outside quotation marks (the cheap test)."""
    return any(w in HEARSAY_WORDS for w in _own_words(text))


def unsourced_hearsay(doc: "Doc") -> bool:
    """"Reportedly" with no source in the sentence (a speaker, "according to")."""
    return might_be_hearsay(doc.text) and speaker(doc) is None
