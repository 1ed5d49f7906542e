"""summarizer/generation/compress/phrases.py: which prepositional phrases compression may
delete (exact answers on handmade sentences)."""

from __future__ import annotations

import pytest

from summarizer.generation.compress.phrases import optional_pp
from summarizer.nlp.load import parse


def optional(sentence: str, preposition: str) -> bool:
    doc = parse(sentence)
    return optional_pp(next(t for t in doc if t.lower_ == preposition and t.dep_ == "prep"))


def test_a_phrase_set_off_by_its_own_comma_is_optional() -> None:
    assert optional("The envoy met the minister, despite the objections.", "despite")
    assert optional("Despite the objections, the envoy met the minister.", "despite")
    assert not optional("The envoy met the minister despite the objections.", "despite")  # no comma of its own


@pytest.mark.parametrize("sentence, preposition", [
    ("The envoy met the minister, in Geneva.", "in"),  # a place
    ("The envoy met the minister, after the vote.", "after"),  # a time preposition
    ("The envoy met the minister, by lying to the press.", "by"),  # how or why
    ("In the poll, the senator led the field.", "in"),  # the claim's source
    ("At times, the senator led the field.", "at"),  # how often the claim holds
    ("The budget rose, along with another $2.5 billion.", "along"),  # an amount
])
def test_a_phrase_that_tells_part_of_the_claim_stays(sentence: str, preposition: str) -> None:
    assert not optional(sentence, preposition)


def test_a_phrase_naming_a_place_the_model_tags_otherwise_stays() -> None:
    """spaCy's small model tags La Ceiba an organisation; deleting the phrase left only the
    coast, as if the lines stood all along it."""
    sentence = "In La Ceiba, on Honduras' northern coast, people stood in long lines at filling stations."
    assert not optional(sentence, "in")
    assert optional("In the town, on Honduras' northern coast, people stood in long lines at filling stations.",
                    "in")


def test_the_occasion_of_what_was_said_stays() -> None:
    """"Yeltsin made rambling remarks" at a state dinner: where he made them is the story."""
    assert not optional("At a state dinner, Yeltsin made rambling remarks about the local stores.", "at")
    assert not optional("In a court appearance, Anwar said he had been beaten.", "in")
