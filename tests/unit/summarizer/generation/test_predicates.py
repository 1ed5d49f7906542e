"""summarizer.generation.predicates: a predicate another report joins to the subject both
versions share, and a participial clause ending its version of the same predicate, written
into the base (exact answers on handmade sentences)."""

from __future__ import annotations

import pytest

from summarizer.generation.fusion import insertable
from summarizer.generation.predicates import conjoined_predicates, trailing_participles
from summarizer.nlp.load import parse


def test_a_second_predicate_of_the_same_subject_is_joined_before_the_shared_one() -> None:
    base = parse("The U.N. sanctions on Libya do not cover oil exports.")
    donor = parse("The U.N. sanctions ban air travel to and from the capital but do not cover oil exports.")
    assert conjoined_predicates(base, donor) == [
        ("predicate", "The U.N. sanctions on Libya ban air travel to and from the capital but do not cover oil exports.",
         "ban air travel to and from the capital")]


def test_a_predicate_is_not_joined_to_another_subject_or_a_verb_of_saying() -> None:
    donor = parse("The U.N. sanctions ban air travel to and from the capital but do not cover oil exports.")
    assert conjoined_predicates(parse("The embargo does not cover oil exports."), donor) == []
    assert conjoined_predicates(parse("The minister said the sanctions do not cover oil exports."), donor) == []


def test_a_predicate_after_the_shared_one_ends_the_sentence() -> None:
    base = parse("The group planned the bombing.")
    donor = parse("The group planned the bombing in the capital and threatened more attacks.")
    assert conjoined_predicates(base, donor) == [
        ("predicate", "The group planned the bombing and threatened more attacks.", "threatened more attacks")]
    # not when the shared verb has a phrase after it (the new predicate would end it)
    assert conjoined_predicates(parse("The group planned the bombing, police said."), donor) == []


def test_a_participial_clause_ending_the_donor_joins_the_same_predicate() -> None:
    # the donor states the base's predicate (of a pronoun) and what its subject did with it
    assert trailing_participles(
        parse("Marlow joined the harbor council in March."),
        parse("She joined the harbor council in March, drafting the group's rules for night fishing."),
        insertable) == [
        ("participial clause",
         "Marlow joined the harbor council in March, drafting the group's rules for night fishing.",
         "drafting the group's rules for night fishing")]


@pytest.mark.parametrize("base, donor", [
    # another predicate: the participle says what was done while joining, not while leaving
    ("Marlow left the harbor council in March.",
     "She joined the harbor council in March, drafting the group's rules for night fishing."),
    # the donor's clause says more than the base (the club): another fact
    ("Marlow joined the harbor council in March.",
     "She joined the harbor council and the rowing club in March, drafting the group's rules."),
    # another tense: "will join" is not "joined"
    ("Marlow will join the harbor council in March.",
     "She joined the harbor council in March, drafting the group's rules for night fishing."),
    # the base's verb phrase does not end the sentence: the clause would follow the speaker
    ("Marlow joined the harbor council in March, officials said.",
     "She joined the harbor council in March, drafting the group's rules for night fishing."),
    # a pronoun reaching outside the phrase, a word of the donor's context
    ("Marlow joined the harbor council in March.",
     "She joined the harbor council in March, drafting their rules for night fishing."),
    ("Marlow joined the harbor council in March.",
     "She joined the harbor council in March, again drafting rules for night fishing."),
])
def test_a_participial_clause_goes_only_to_the_same_predicate_ending_the_base(base: str, donor: str) -> None:
    assert trailing_participles(parse(base), parse(donor), insertable) == []
