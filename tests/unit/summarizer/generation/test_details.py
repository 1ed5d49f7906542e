"""summarizer.generation.details: details another report states in a structure of its own
(a predicate nominal, a coordinated description, an appositive of a common noun, a
participial phrase, a joined predicate), turned into a constituent of the base (exact
answers on handmade sentences)."""

from __future__ import annotations

import pytest

from summarizer.generation.details import detail_insertions
from summarizer.generation.insertions import insert
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


def test_a_phrase_of_what_the_name_was_doing_at_the_donors_moment_is_not_moved() -> None:
    # "speaking at a fund-raiser" held while the donor's predicate did, not the base's
    assert fused("Braley went to law school in Iowa.",
                 "Braley, speaking at a fund-raiser in Texas, mocked the senator.") == []
    assert fused("Braley went to law school in Iowa.",
                 "Braley, asked about the remarks, said he was sorry.") == []


def test_a_description_is_taken_only_right_after_its_noun_and_without_a_qualifier() -> None:
    from spacy.tokens import Doc

    from summarizer.generation.anchors import next_to
    from summarizer.nlp.load import parse as parse_

    # the parser may hang "the former research center" on "complex": it describes Yongbyon
    words = ["The", "complex", "is", "built", "near", "Yongbyon", ",", "the", "former", "center", "."]
    heads = [1, 3, 3, 3, 3, 4, 5, 9, 9, 1, 3]
    deps = ["det", "nsubjpass", "auxpass", "ROOT", "prep", "pobj", "punct", "det", "amod", "appos", "punct"]
    misparsed = Doc(parse_("x").vocab, words=words, heads=heads, deps=deps)
    assert not next_to(misparsed[9])
    assert next_to(parse_("Brazil, the continent's largest economy, is waiting.")[6])
    # "To Turkey" and "in 1997" qualify what the copula says; an appositive would drop them
    assert fused("Ocalan founded the party in 1978.", "To Turkey, Ocalan is the nation's most-wanted criminal.") == []
    assert fused("He hoped Pinochet would be extradited to Spain.",
                 "Spain was the biggest single investor in Chile in 1997.") == []


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


def test_a_name_a_donor_sets_beside_a_shared_noun_says_who_it_is() -> None:
    base = "The American maxi Sayonara was narrowly ahead of last year's winner and expected to cross the line."
    assert fused(base, "The American maxi Sayonara was narrowly ahead of last year's winner, Brindabella.") == [
        ("appositive", "The American maxi Sayonara was narrowly ahead of last year's winner, Brindabella, "
                       "and expected to cross the line.")]
    # a bare "the winner" is the donor's winner, which may not be the base's
    assert fused("Sayonara was narrowly ahead of the winner and expected to cross the line.",
                 "Sayonara was narrowly ahead of the winner, Brindabella.") == []
    # another noun, or the same one said of another holder, names no one the base names
    assert fused(base, "Sayonara was narrowly ahead of last year's champion, Brindabella.") == []
    assert fused(base, "Sayonara was narrowly ahead of this year's winner, Brindabella.") == []


def test_a_subject_the_parser_reads_with_more_than_the_name_gives_no_predicate_noun() -> None:
    # "Aboard Endeavour is a passageway": the passageway is aboard the shuttle, not the shuttle
    assert fused("A last-minute alarm halted the launching of the space shuttle Endeavour.",
                 "Aboard Endeavour is an American-made connecting passageway named Unity.") == []
