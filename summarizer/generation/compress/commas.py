"""Which commas go with a deleted constituent (``constituents.deletable_spans``): a span set
off by two commas takes one of them, and the other stays when it also closes something the
span does not (an opening phrase, an outer aside, an appositive before it); a comma on one
side only, mid-sentence, is a list or a clause joint, and nothing is deleted there.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from summarizer.text.lexicon import JOINING_ADVERBS

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: Subject dependencies of the main clause: never deleted (``constituents``), and the comma
#: before one, after an opening phrase, stays.
SUBJECTS = frozenset({"nsubj", "nsubjpass", "csubj", "csubjpass", "expl"})
#: Quotation marks as spaCy tokenises them (a span ending before one keeps no comma of its
#: own; ``constituents`` deletes nothing holding one).
QUOTES = frozenset({'"', "\u201c", "\u201d", "``", "''", "\u2018", "\u2019"})
#: Phrases a comma sets off, or a clause that goes before the main one ("While inflation is
#: at its lowest levels in decades, unemployment ..."): the comma or dash after one closes it.
CLOSABLE = frozenset({"appos", "acl", "relcl", "advcl", "prep"})
#: Asides a comma opens and closes inside a clause: an appositive, a relative clause, a
#: participial phrase.
ASIDES = frozenset({"appos", "relcl", "acl"})


def with_commas(doc: "Doc", start: int, end: int) -> tuple[int, int] | None:
    """Extend a span over the commas that set it off: both when it sits between two commas,
    the one before when it ends the clause, the one after when it opens the sentence;
    (start, end) of the span to delete, or None where its commas show no aside."""
    before = start > 0 and doc[start - 1].text == ","
    after = end < len(doc) and doc[end].text == ","
    if before and after and _opens_an_adjunct(doc, start, end + 1):
        return None  # the clause after it may be the aside's own ("trophy hunting[, which has
        # faced increased scrutiny,] especially after a dentist killed Cecil": spaCy hung it on the verb)
    if before and after and (_opens_main_clause(doc, end + 1) or _closes_outer(doc, start, end) or
                             closes_an_aside(doc, start - 1) or
                             end + 1 < len(doc) and doc[end + 1].lower_ in ("who", "whose", "whom", "which")):
        return (start - 1, end)  # "In questioning by Connolly[, a Democrat], Shulman"
    if before and (after or end == len(doc) or doc[end].is_punct and doc[end].text not in QUOTES):
        return (start - 1, end + 1 if after else end)
    if start == 0 and after:
        if end + 2 < len(doc) and doc[end + 1].lower_ in JOINING_ADVERBS and doc[end + 2].text == ",":
            return None  # "[At the end of last month,] though, Trump signed": a joint left opening
        if _leaves_a_noun_phrase(doc, end + 1):
            return None  # "[Unlike his first address,] a prime-time broadcast ..., Mr. Trump"
        return (start, end + 1)
    if before or after:  # a comma on one side only, mid-sentence: a list or a clause joint
        return None
    return (start, end)


def closes_an_aside(doc: "Doc", comma: int, kinds: frozenset[str] = frozenset({"appos"})) -> bool:
    """The comma closes an aside of one of ``kinds`` a comma opened: an appositive
    ("Mahathir, 72[, who is a medical doctor,] fostered": the deleted span's own closing
    comma must take its place), or (``ASIDES``) a relative clause or participial phrase
    ("Hunter had blamed his wife, who acted as a campaign manager, [for many of the improper
    charges]": the phrase after it has no comma of its own and may complete the verb), or an
    alternative name ("serve as a connecting passageway, or vestibule, [for future modules]")."""
    last = doc[comma - 1] if comma > 0 else None
    return last is not None and any(a.dep_ in kinds and a.right_edge.i in (comma - 1, comma) and  # (the parse
                                    _after_a_comma(doc, a) for a in [last, *last.ancestors])  # may hang it)


def _after_a_comma(doc: "Doc", aside: "Token") -> bool:
    """A comma opens the aside, or a comma and the conjunction spaCy hangs on the first
    conjunct ("a connecting passageway[, or] vestibule,")."""
    left = aside.left_edge.i
    return left > 0 and doc[left - 1].text == "," or \
        aside.dep_ == "conj" and left > 1 and doc[left - 1].dep_ == "cc" and doc[left - 2].text == ","


def _closes_outer(doc: "Doc", start: int, end: int) -> bool:
    """The comma at ``end`` also closes a phrase set off by a comma that holds the span
    ("Blumenthal, once thought a shoo-in for the seat of Sen. Chris Dodd[, D-CT], finds";
    "Exxon and Chevron, along with IBM[, which rose 3, to 170], were"): it must stay."""
    return any(a.dep_ in CLOSABLE and a.i < start and a.left_edge.i > 0 and
               doc[a.left_edge.i - 1].text == "," and a.right_edge.i == end - 1
               for a in doc[end - 1].ancestors)


#: A clause a comma sets off after an aside ("..., especially after an American dentist
#: killed Cecil"): the parser may hang it on the verb when it is the aside's own. (A
#: prepositional phrase after a deleted clause takes no comma: "He met Smith[, who leads the
#: party,] in Paris".)
ADJUNCTS = frozenset({"advcl"})
#: What may follow an opening phrase once it goes: the main clause's subject or another
#: opening phrase or clause, not a noun phrase of its own.
OPENERS = frozenset({"prep", "advcl", "advmod", "npadvmod", "mark", "cc"})


def _phrase_at(doc: "Doc", i: int) -> "Token":
    """The head of the largest phrase that starts at token ``i``."""
    phrase = doc[i]
    while phrase.head.i != phrase.i and phrase.head.left_edge.i == i:  # (a root is its own head)
        phrase = phrase.head
    return phrase


def _opens_an_adjunct(doc: "Doc", start: int, i: int) -> bool:
    """The phrase at token ``i`` is an adverbial clause the parse hangs on a word before the
    span, right after the span's closing comma ("restrictions on trophy hunting[, which has
    faced increased scrutiny], especially after an American dentist killed Cecil"): it may
    be the aside's own (the scrutiny grew after Cecil's death), so the aside stays."""
    if i >= len(doc):
        return False
    phrase = _phrase_at(doc, i)
    return phrase.dep_ in ADJUNCTS and phrase.head.i < start


def _leaves_a_noun_phrase(doc: "Doc", i: int) -> bool:
    """After the opening phrase that goes, the sentence would open with a noun phrase that is
    not the main clause's subject, or with something that is not another opening phrase: a
    description of something in the deleted phrase ("Unlike his first address, [a prime-time
    broadcast from the Oval Office ...,] Mr. Trump seemed", which spaCy parses as an adverbial
    clause) would describe the subject instead."""
    if i >= len(doc) or _opens_main_clause(doc, i):
        return False
    phrase = _phrase_at(doc, i)
    noun = phrase.pos_ in ("NOUN", "PROPN", "PRON", "NUM")  # whatever the parse hung it on
    return phrase.dep_ not in SUBJECTS and (noun or phrase.dep_ not in OPENERS)


def _opens_main_clause(doc: "Doc", i: int) -> bool:
    """Token ``i`` starts the main clause after an opening phrase: it is (or begins) the
    subject of a verb that comes after it, the sentence's root or, where the parser hung the
    main clause lower, another ("Yet by the time Schumer said ... the shutdown[, in exchange
    for ...,] Schumer's support had turned"); the comma before it must stay."""
    if i >= len(doc):
        return False
    return any(t.dep_ in SUBJECTS and t.left_edge.i == i and t.head.i > i and t.head.pos_ in ("VERB", "AUX")
               for t in doc[i:])



def dash_closes_a_phrase(doc: "Doc", dash: int, closing: int) -> bool:
    """The aside between the dashes at ``dash`` and ``closing`` ends a phrase a comma opened
    ("The measures, aimed at curbing the budget deficit [-- equal to about 7 percent of GDP
    --] are expected") or a clause before the main one ("While inflation is at its lowest
    levels in decades [-- just 1 percent --] unemployment ..."): the closing dash punctuates
    it, and deleting the aside would leave it open; or it stands between two noun phrases,
    which the closing dash keeps apart ("attacks on the British ambassador [-- which forced
    the closure of the U.K. operation --] the International Red Cross and United Nations")."""
    if dash == 0:
        return False
    last = doc[dash - 1]
    if _noun_phrases_meet(doc, dash - 1, closing + 1):
        return True
    return any(a.dep_ in CLOSABLE and (
        (a.right_edge.i == dash - 1 and a.left_edge.i > 0 and doc[a.left_edge.i - 1].text == ",") or
        (a.dep_ == "advcl" and a.right_edge.i < closing < a.head.i)) for a in [last, *last.ancestors])


def _noun_phrases_meet(doc: "Doc", last: int, first: int) -> bool:
    """A noun ends at ``last`` and a noun phrase starts at ``first``."""
    return first < len(doc) and doc[last].pos_ in ("NOUN", "PROPN") and \
        _phrase_at(doc, first).pos_ in ("NOUN", "PROPN") and \
        doc[first].pos_ in ("DET", "NOUN", "PROPN", "ADJ", "NUM")
