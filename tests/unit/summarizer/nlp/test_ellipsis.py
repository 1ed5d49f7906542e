"""A verb phrase a sentence leaves out (``nlp.ellipsis``): pro-verbs and verbs that stand for
a view told before, on invented sentences; and the candidate policy refusing such a sentence."""

import pytest

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.nlp import dependence
from summarizer.nlp.ellipsis import elided
from summarizer.nlp.load import parse
from summarizer.selection.candidates import refusal


def verb(text: str) -> str | None:
    token = elided(parse(text))
    return None if token is None else token.text


@pytest.mark.parametrize("text, token", [
    ("Dana Whitfield, the daughter of a harbor pilot, could relate.", "relate"),
    ("Several other mayors followed suit on Tuesday.", "followed"),
    ("Officials said Mayor Ruiz did so to avoid a trial.", "did"),
    ("Mayor Ruiz did the same in Arvena.", "did"),
    ("The harbor workers did likewise.", "did"),
    ("Most members of the harbor board agreed.", "agreed"),
    ("The two harbor unions agreed on Friday.", "agreed"),  # a time says nothing of what
])
def test_a_verb_phrase_left_out_is_found(text, token):
    assert verb(text) == token


@pytest.mark.parametrize("text", [
    "Mayor Ruiz promised to resign and did so on Friday.",  # the sentence's own verb before it
    "Ray Dalton resigned, and Mayor Ruiz followed suit.",
    "Mayor Ruiz agreed to pay the harbor fine.",  # what he agreed to
    "Many harbor workers could relate to her story.",
    "Both unions agreed with the harbor board's plan.",
    '"We could not agree," Mayor Ruiz said.',  # the speaker's words
    "The harbor board did not say so on Friday.",  # "say so" is no pro-verb
])
def test_a_sentence_that_says_what_its_verb_is_about_is_not_flagged(text):
    assert verb(text) is None


def test_ellipsis_is_an_outside_reference_no_earlier_sentence_excuses():
    earlier = [parse("Ray Dalton resigned from the harbor board on Monday.")]
    assert dependence.dependent_reference(parse("Several other mayors followed suit on Tuesday."), earlier).text == "followed"
    assert dependence.suppliers(parse("Mayor Ruiz did the same in Arvena."), earlier) == []


def test_the_candidate_policy_refuses_a_sentence_that_leaves_its_verb_phrase_out():
    c = Corpus(load_documents([
        "Governor Ellen Marsh of Arvena banned state travel to Velmar on Monday over its new harbor law. "
        "Several other governors followed suit on Tuesday, citing the harbor law of Velmar."]))
    assert [refusal(c, s.id) for s in c.sentences] == [None, "reference"]
