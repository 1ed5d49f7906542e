"""summarizer.generation.insertions: the one constituent another report's version adds, and
where it goes in the base (exact answers on handmade sentences)."""

from __future__ import annotations

import pytest

from summarizer.generation.insertions import insert, insertions
from summarizer.nlp.load import parse


def fused(base: str, donor: str) -> list[tuple[str, str]]:
    """(kind, the base with the donor's constituent inserted) for every insertion found."""
    b, d = parse(base), parse(donor)
    return [(kind, insert(b, anchor, kind, span.text)) for kind, span, anchor in insertions(b, d)]


@pytest.mark.parametrize("base, donor, expected", [
    ("Kerry said the talks would resume in Geneva.",
     "Kerry, the secretary of state, said the talks would resume.",
     ("appositive", "Kerry, the secretary of state, said the talks would resume in Geneva.")),
    ("Israel will build homes in east Jerusalem.",
     "Israel will build 1,000 homes in east Jerusalem, which Palestinians want as their capital.",
     ("relative clause", "Israel will build homes in east Jerusalem, which Palestinians want as their capital.")),
    ("The storm killed five people.", "The storm killed five people, according to police.",
     ("source", "The storm killed five people, according to police.")),
    ("They agreed to reopen the government.",
     "After a three-month impasse, they agreed to reopen the government.",
     ("opening phrase", "After a three-month impasse, they agreed to reopen the government.")),
])
def test_each_kind_of_detail_is_inserted_where_it_belongs(base: str, donor: str, expected: tuple[str, str]) -> None:
    assert fused(base, donor) == [expected]


def test_a_source_vouches_only_for_what_its_report_states() -> None:
    """AusSAR could not identify the dead: it is no source for "both Australians"."""
    donor = "The two dead were found on the vessel off Merimbula, according to the rescue center."
    assert fused("The two dead, both Australians, were found on the vessel off Merimbula.", donor) == []
    assert fused("The two dead were found on the vessel off Merimbula.", donor) == [
        ("source", "The two dead were found on the vessel off Merimbula, according to the rescue center.")]


def test_a_claim_with_its_own_source_takes_no_other() -> None:
    assert fused("The storm killed five people, officials said.",
                 "The storm killed five people, according to police.") == []


def test_an_appositive_of_a_name_the_base_does_not_mention_is_not_taken() -> None:
    assert fused("The talks would resume in Geneva.",
                 "Kerry, the secretary of state, said the talks would resume.") == []


@pytest.mark.parametrize("base", [
    "Executives of Netscape are government witnesses at the Microsoft trial.",  # a compound
    "Ocalan's lawyers asked for political asylum.",  # a possessive
])
def test_a_name_that_modifies_another_noun_takes_no_appositive(base: str) -> None:
    donor = ("Microsoft, the dominant player in software, denies the charges."
             if "Microsoft" in base else "Ocalan, the rebel leader, asked for political asylum.")
    assert [kind for kind, _ in fused(base, donor)] == []
    # the same name standing on its own takes it
    bare = "Lawyers for Microsoft said the trial would resume." if "Microsoft" in base else \
        "Lawyers said Ocalan asked for political asylum."
    assert [kind for kind, _ in fused(bare, donor)] == ["appositive"]


def test_a_phrase_of_the_shared_verb_goes_before_a_clause_that_or_to_opens() -> None:
    base = "Demirel warned Damascus that Turkey would not allow its neighbor to shelter rebels."
    donor = "Demirel warned Damascus in a televised speech that Turkey would not let its neighbor shelter rebels."
    assert fused(base, donor) == [("prepositional phrase",
                                   "Demirel warned Damascus in a televised speech that Turkey would not allow "
                                   "its neighbor to shelter rebels.")]
    # a clause the parser hangs on the phrase's noun stays out of it
    assert fused("Kerry met Lavrov to discuss Syria.", "Kerry met Lavrov in Geneva to discuss the war.") == [
        ("prepositional phrase", "Kerry met Lavrov in Geneva to discuss Syria.")]
    # with no "that" the phrase would open the clause ("warned Damascus in a speech Turkey")
    assert fused("Demirel warned Turkey would not allow it.",
                 "Demirel warned in a televised speech that Turkey would not allow it.") == []


def test_a_score_the_parser_reads_as_an_appositive_is_not_one() -> None:
    assert fused("Obama was cheered by the offensive.",
                 "The poll showed Romney edging Obama, 46 percent to 45 percent.") == []
    assert ("appositive", "Yeltsin, 67, was hospitalized.") in fused(
        "Yeltsin was hospitalized.", "Yeltsin, 67, was hospitalized with pneumonia.")


def test_a_noun_that_looks_like_a_verb_of_saying_attributes_nothing() -> None:
    """"state town", "Business Post Naiad": nouns, not an attribution; the claim takes a source."""
    assert fused("The two dead were found off the New South Wales state town of Merimbula.",
                 "The two dead were found off the New South Wales state town of Merimbula, according to "
                 "the rescue center.") == \
        [("source", "The two dead were found off the New South Wales state town of Merimbula, according to "
                    "the rescue center.")]


def test_a_noun_a_wh_word_governs_is_no_description_of_the_name() -> None:
    """"whatever the issue, Huckabee, also an author,": the parser hangs the name on "issue"."""
    assert fused("During his announcement, Huckabee said that he would protect Social Security.",
                 "But whatever the issue, Huckabee, also an author, wraps his appeal as a pitch to voters.") == []
    assert [kind for kind, _ in fused("During his announcement, Huckabee said that he would protect Social Security.",
                                      "The former governor, Huckabee, wraps his appeal as a pitch to voters.")] == \
        ["appositive"]


def test_a_relative_clause_is_taken_whole_and_only_of_the_noun_it_describes() -> None:
    """The clause must end where the donor's phrase ends, agree with the base's noun, and
    not hang on the object of another noun's preposition (either noun may be meant)."""
    base = "Anwar was fired by the prime minister."
    assert fused(base, "Anwar, who pleaded innocent to five charges, was fired.") == [
        ("relative clause", "Anwar, who pleaded innocent to five charges, was fired by the prime minister.")]
    # "who were": the plural clause belongs to another noun the parser passed over
    assert fused(base, "Police freed Anwar, who were arrested last week in protests.") == []
    # "the report by the Commission, which was due for release": the report's, not the Commission's
    assert fused("The Commission said it would withhold parts of the report.",
                 "The report by the Commission, which was due for release Thursday, runs 3,500 pages.") == []


def test_a_relative_clause_holding_an_amount_is_not_lent() -> None:
    """A market value is the donor's day's; the base may speak of another day."""
    base = "Mobil faces severe pressure to find new reserves of oil."
    assert fused(base, "Mobil, which has a market value of $61.1 billion, has a history of independence.") == []
    assert fused(base, "Mobil, which was founded in New York, has a history of independence.") == [
        ("relative clause", "Mobil, which was founded in New York, faces severe pressure to find new reserves of oil.")]


def test_no_clause_inside_brackets_nor_after_a_description_the_base_has() -> None:
    from summarizer.generation.anchors import described_after

    assert fused("The crew captured Zarya (Russian for Sunrise) with the robot arm.",
                 "Sunrise, which Russia launched on Nov. 20, is the first module.") == []
    base = parse("Shepard, a 21-year-old freshman, had dreamed of working for human rights.")
    assert described_after(base, 0)
    assert not described_after(parse("Shepard had dreamed of working for human rights."), 0)


def test_a_name_that_modifies_another_noun_takes_no_relative_clause() -> None:
    assert fused("AARP policy director David Certner said there was some miscommunication.",
                 "The newspaper reported that the AARP, which opposed the push to privatize pensions, "
                 "has decided to accept cuts.") == []


def test_which_of_a_person_is_a_clause_of_another_noun() -> None:
    base = "Abdullah Ocalan founded the party in 1978."
    assert fused(base, "Turkey is fighting the party of Abdullah Ocalan, which is seeking Kurdish autonomy.") == []
    assert fused(base, "Turkey has long sought rebel leader Abdullah Ocalan, which is seeking Kurdish autonomy.") == []
    assert fused(base, "Turkey has long sought rebel leader Abdullah Ocalan, who is seeking Kurdish autonomy.") == [
        ("relative clause", "Abdullah Ocalan, who is seeking Kurdish autonomy, founded the party in 1978.")]


def test_a_bare_definite_description_is_not_lent_to_a_name() -> None:
    """"the leader" names Romney in the donor's polls only, not in 2008."""
    base = "Arpaio endorsed Mitt Romney in 2008."
    assert fused(base, "Perry is polling far behind the leader, Mitt Romney.") == []
    assert fused(base, "Perry is polling far behind the Republican leader, Mitt Romney.") == [
        ("appositive", "Arpaio endorsed Mitt Romney, the Republican leader, in 2008.")]


def test_a_phrase_of_a_verb_completing_the_main_one_follows_the_phrases_the_donor_puts_first() -> None:
    base = parse("The heron is thought to be nesting in the marsh.")
    donor = parse("The heron is thought to be nesting in the marsh under the old railway bridge.")
    found = [(kind, insert(base, anchor, kind, span.text)) for kind, span, anchor in insertions(base, donor)]
    assert found == [("prepositional phrase",
                      "The heron is thought to be nesting in the marsh under the old railway bridge.")]
    # the donor puts its phrase before the base's: where it goes, the base's phrase is split off
    other = parse("The heron is thought to be nesting under the old railway bridge in the marsh.")
    assert [kind for kind, _, _ in insertions(parse("The heron is thought to be nesting in the marsh."), other)] == []
    # what a verb of another clause did is not what a verb completing "plans" will do
    planned = parse("The council plans to open the bridge.")
    assert insertions(planned, parse("The council opened the bridge in October.")) == []
    assert insertions(parse("The council opened the bridge."), parse("The council plans to open the bridge in October.")) == []


def test_a_measure_in_front_of_a_name_is_no_title() -> None:
    # "the 36-foot Unity" says how big it is, not what it is: an appositive may say that
    assert fused("The 36-foot, 25,000-pound Unity will serve as a connecting passageway.",
                 "The 36-foot, 25,000-pound Unity, the first American-made component, will serve as a vestibule.") == [
        ("appositive", "The 36-foot, 25,000-pound Unity, the first American-made component, will serve as a "
                       "connecting passageway.")]


def test_an_appositive_parted_from_its_name_is_not_lent() -> None:
    # the parser hangs "a formidable opponent" on Ryan; the words between say it describes her
    donor = ("She picks her deputies from that group, making her a powerful ally and, for those like Mr. Ryan "
             "who have challenged her, a formidable opponent.")
    assert [t.head.text for t in parse(donor) if t.dep_ == "appos"] == ["Ryan"]  # the misreading
    assert fused("Ryan told reporters the race did not turn out as he wanted.", donor) == []


def test_a_titled_name_takes_a_description_its_title_does_not_give() -> None:
    base = "Prime Minister Rafik Hariri has declined an invitation to form the next government."
    assert fused(base, "Prime Minister Rafik Hariri, a business tycoon, said Monday he was bowing out.") == [
        ("appositive", "Prime Minister Rafik Hariri, a business tycoon, has declined an invitation to form the next "
                       "government.")]
    # the title says it already: who he is, said twice
    assert fused("President Carlos Flores declared the storm had set back the country.",
                 "Carlos Flores, the Honduran president, said the storm was terrible.") == []


def test_an_appositive_that_sums_up_the_donors_clause_is_not_lent() -> None:
    """", a fact that ..." is about Ocalan facing death in Turkey, not about Turkey."""
    base = "The rebels carried out bomb attacks on civilians in Turkey."
    assert fused(base, "Ocalan faces the death penalty in Turkey, a fact that has heightened opposition in Italy "
                       "to his extradition.") == []
    assert fused(base, "Ocalan faces the death penalty in Turkey, a country that has long fought the rebels.") == [
        ("appositive", "The rebels carried out bomb attacks on civilians in Turkey, a country that has long "
                       "fought the rebels.")]


def test_a_description_of_a_group_is_not_lent() -> None:
    """"the main victims" of the wars are not the main victims of one man's crimes."""
    base = "Tadic was sentenced to 20 years for killing and torturing Muslims in 1992."
    assert fused(base, "In the wars, the main victims, the Muslims, avenged World War II massacres.") == []
    # a group's name may describe a person
    assert fused("Durbin voted against the bill.", "Durbin, a Democrat from Illinois, spoke first.") == [
        ("appositive", "Durbin, a Democrat from Illinois, voted against the bill.")]


def test_a_count_or_a_part_before_a_name_is_no_description_of_it() -> None:
    """Electricity reached "only half the capital, Pyongyang": half the capital is not what Pyongyang is."""
    base = "More than 100 Westerners live in Pyongyang, and many say the hunger is apparent there."
    assert fused(base, "Electricity was supplied to only half the North Korean capital, Pyongyang, at a time.") == []
    assert fused(base, "Electricity was supplied to the North Korean capital, Pyongyang, at a time.") == [
        ("appositive", "More than 100 Westerners live in Pyongyang, the North Korean capital, and many say the "
                       "hunger is apparent there.")]
