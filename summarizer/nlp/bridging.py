"""A sentence that opens with a definite description of something only its own report
talks about ("The line was an unscripted addition to a speech", "The project inspired a
major march", "The cordiality dissipated"): the report introduced the thing a sentence or
a paragraph before, so "the" points at a mention a brief made of several reports does not
carry. Such a description needs no word list (``references.ANAPHORIC_NOUNS`` names the
things said or done any story has): what decides is whether the story is about it. A noun
no other report of the set uses is one report's thread; a noun another report uses too
("The shutdown left 800,000 federal employees without pay", "The storm killed 41 people")
is the story's, which a brief about the event introduces (``references`` leaves those alone).

A set of one report says nothing about which nouns are the story's: the rule needs two.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from summarizer.nlp.references import _opening_subject, _self_contained, _skip_opening

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


def one_reports_thing(doc: "Doc", used_elsewhere: Callable[[str], bool]) -> "Token | None":
    """The head of the definite description opening the sentence ("the" and a common noun
    that names nothing of its own: ``references._self_contained``) when ``used_elsewhere``
    (asked with the head's lower-case word and its lemma) says no other report of the set
    uses it; else None."""
    start = _skip_opening(doc)
    if start >= len(doc) or doc[start].lower_ != "the":
        return None
    head = _opening_subject(doc, start)
    if head is None or head.pos_ != "NOUN" or _self_contained(head):
        return None
    return None if any(used_elsewhere(w) for w in {head.lower_, head.lemma_.lower()}) else head
