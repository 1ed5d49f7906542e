"""summarizer.generation.details: details another report states in a structure of its own
(a predicate nominal, a coordinated description, an appositive of a common noun, a
participial phrase, a joined predicate), turned into a constituent of the base (exact
answers on handmade sentences)."""

from __future__ import annotations

import pytest

from summarizer.generation.details import conjoined_predicates, detail_insertions, trailing_participles
from summarizer.generation.insertions import insert
from summarizer.generation.fusion import insertable
from summarizer.nlp.load import parse


def fused(base: str, donor: str) -> list[tuple[str, str]]:
    """(kind, the base with the donor's detail written in) for every detail found."""
    b, d = parse(base), parse(donor)
    return [(kind, insert(b, anchor, kind, span.text)) for kind, span, anchor in detail_insertions(b, d)]


@pytest.mark.parametrize("base, donor, expected", [
    ("Ecevit needs the support of the center-right party.",
     "Ecevit is a former prime minister best remembered for ordering an invasion of Cyprus.",
     ("appositive", "Ecevit, a former prime minister, needs the support of the center-right party.")),
    ("Brazil has been caught up in the financial turmoil.",
     "Brazil, the continent's largest economy and a potential bulwark against recession, is waiting for a loan.",
     ("appositive", "Brazil, the continent's largest economy, has been caught up in the financial turmoil.")),
    ("Prodi's coalition lost a confidence vote on Friday.",
     "Prodi's coalition, Italy's second-longest serving government, lost the vote.",
     ("appositive", "Prodi's coalition, Italy's second-longest serving government, lost a confidence vote on Friday.")),
])
def test_each_structure_gives_its_detail_where_it_belongs(base: str, donor: str, expected: tuple[str, str]) -> None:
    assert fused(base, donor) == [expected]


def test_a_definite_description_is_not_cut_from_its_clause() -> None:
    # "Sharon, the general," would say nothing true on its own: which general is the clause
    assert fused("Many Arabs know Sharon for his role in the invasion.",
                 "Sharon is the general who led the invasion of Lebanon.") == []
    # an indefinite one says what he is without it
    assert fused("Many Arabs know Sharon for his role in the invasion.",
                 "Sharon is a retired general who led the invasion of Lebanon.") == [
        ("appositive", "Many Arabs know Sharon, a retired general, for his role in the invasion.")]


@pytest.mark.parametrize("donor", [
    "Ecevit is not a former prime minister.",  # negated
    "Ecevit was once a former prime minister.",  # an adverb of time on the copula
    "Ecevit could be a prime minister.",  # a modal
    "Ecevit is prime ministers.",  # no description of one thing
])
def test_a_predicate_nominal_is_taken_only_when_it_plainly_says_what_the_name_is(donor: str) -> None:
    assert fused("Ecevit needs the support of the center-right party.", donor) == []


def test_what_something_consists_of_is_never_cut_short() -> None:
    # the parser reads the list's items as two appositives: none is taken
    assert fused("The rebels took up arms in August.",
                 "The rebels -- a coalition of ethnic Tutsis, disenchanted soldiers in the army and "
                 "opposition politicians -- faced stiff resistance.") == []


def test_a_name_described_already_takes_no_second_description() -> None:
    assert fused("Brazil, Latin America's largest economy, has been caught up in the turmoil.",
                 "Brazil is a potential bulwark against recession.") == []


def test_a_participial_phrase_of_a_shared_name_follows_it() -> None:
    assert fused("Rebels say they have entered Kindu.",
                 "The rebels see Kindu, captured by the army on Sunday, as a major prize.") == [
        ("participial phrase", "Rebels say they have entered Kindu, captured by the army on Sunday.")]


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


def test_a_phrase_of_what_the_name_was_doing_at_the_donors_moment_is_not_moved() -> None:
    # "speaking at a fund-raiser" held while the donor's predicate did, not the base's
    assert fused("Braley went to law school in Iowa.",
                 "Braley, speaking at a fund-raiser in Texas, mocked the senator.") == []
    assert fused("Braley went to law school in Iowa.",
                 "Braley, asked about the remarks, said he was sorry.") == []


def test_a_description_is_taken_only_right_after_its_noun_and_without_a_qualifier() -> None:
    from spacy.tokens import Doc

    from summarizer.generation.details import _next_to
    from summarizer.nlp.load import parse as parse_

    # the parser may hang "the former research center" on "complex": it describes Yongbyon
    words = ["The", "complex", "is", "built", "near", "Yongbyon", ",", "the", "former", "center", "."]
    heads = [1, 3, 3, 3, 3, 4, 5, 9, 9, 1, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "det", "amod", "appos", "punct"]
    misparsed = Doc(parse_("x").vocab, words=words, heads=heads, deps=deps)
    assert not _next_to(misparsed[9])
    assert _next_to(parse_("Brazil, the continent's largest economy, is waiting.")[6])
    # "To Turkey" and "in 1997" qualify what the copula says; an appositive would drop them
    assert fused("Ocalan founded the party in 1978.", "To Turkey, Ocalan is the nation's most-wanted criminal.") == []
    assert fused("He hoped Pinochet would be extradited to Spain.",
                 "Spain was the biggest single investor in Chile in 1997.") == []


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


def test_a_place_a_donor_gives_a_bare_shared_noun_follows_it() -> None:
    assert fused("The court sentenced the two smugglers to 6 and 4 years for bribery.",
                 "A court sentenced the smugglers to 6 and 4 years in prison Friday for bribery.") == [
        ("prepositional phrase", "The court sentenced the two smugglers to 6 and 4 years in prison for bribery.")]


@pytest.mark.parametrize("base, donor", [
    # the base's noun has a phrase of its own already
    ("The judge sentenced the smugglers to six years of hard labour.",
     "A judge sentenced the smugglers to six years in prison."),
    # a person, a figure or a clause in the phrase; not a phrase of place
    ("The ferry left the harbor.", "The ferry left the harbor near Ada Voss's farm."),
    ("The ferry left the harbor.", "The ferry left the harbor at 40 knots."),
    ("The ferry left the harbor.", "The ferry left the harbor of the old town."),
])
def test_only_a_short_plain_place_goes_after_a_bare_noun(base: str, donor: str) -> None:
    assert [k for k, _ in fused(base, donor) if k == "prepositional phrase"] == []
