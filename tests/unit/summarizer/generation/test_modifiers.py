"""summarizer.generation.modifiers: a title or modifier another report gives a noun the base
names bare, put in front of it (exact answers on handmade sentences)."""

from __future__ import annotations

from typing import TYPE_CHECKING

import pytest

from summarizer.generation.modifiers import modifier_fusions
from summarizer.nlp.load import parse

if TYPE_CHECKING:
    from spacy.tokens import Doc


def fused(base: str, donor: str) -> list[tuple[str, str, str]]:
    return modifier_fusions(parse(base), parse(donor))


def kinds(base: "Doc", donor: str) -> list[str]:
    """The kinds of the details ``donor`` lends the parsed ``base``."""
    return [kind for kind, _, _ in modifier_fusions(base, parse(donor))]


@pytest.mark.parametrize("base, donor, expected", [
    ("Hun Sen said the talks would resume.", "Prime Minister Hun Sen said on Monday the talks would resume.",
     ("title", "Prime Minister Hun Sen said the talks would resume.", "Prime Minister")),
    ("The vote was held.", "The secret-ballot vote was held among House Democrats.",
     ("modifier", "The secret-ballot vote was held.", "secret-ballot")),
    ("Yeltsin was hospitalized.", "The 67-year-old Yeltsin was hospitalized with pneumonia.",
     ("title", "67-year-old Yeltsin was hospitalized.", "67-year-old")),
    ("The leaders held talks.", "The leaders held two-hour talks.",
     ("modifier", "The leaders held two-hour talks.", "two-hour")),
    ("Pelosi won by a vote of 134 to 63.", "Pelosi was challenged in a secret-ballot vote.",
     ("modifier", "Pelosi won by a secret-ballot vote of 134 to 63.", "secret-ballot")),
])
def test_the_donors_words_in_front_of_a_shared_noun_are_added(base: str, donor: str,
                                                               expected: tuple[str, str, str]) -> None:
    assert fused(base, donor) == [expected]


def test_a_first_name_comes_with_a_title_but_is_no_detail_alone() -> None:
    assert fused("Mubarak met Assad.", "Egyptian President Hosni Mubarak met Assad.") == [
        ("title", "Egyptian President Hosni Mubarak met Assad.", "Egyptian President Hosni")]
    assert fused("Yeltsin was hospitalized.", "Boris Yeltsin was hospitalized.") == []


@pytest.mark.parametrize("base, donor", [
    ("Clinton met Yeltsin.", "Clinton aide Sidney Blumenthal met Yeltsin."),  # another person
    ("Turkey asked for his extradition.", "Southeastern Turkey asked for his extradition."),  # a place
    ("Former President Carter arrived.", "President Carter arrived."),  # the donor says less
    ("President Carter arrived.", "Former President Carter arrived."),  # a title already given
    ("The storm killed five people.", "The storm killed five people."),  # nothing to add
    ("The immigrants crossed the border.", "The illegal immigrants crossed the border."),  # a stance
    ("Blumenthal says he served.", "Exceedingly popular Blumenthal says he served."),  # a judgement
    ("He disputed a report.", "He disputed the explosive report."),  # "a explosive"
    ('Trump fired Flynn.', 'Trump tweeted: "I had to fire General Flynn."'),  # someone's words
    ("The Cambodian leader Hun Sen spoke in Cambodia.", "Cambodian Prime Minister Hun Sen spoke."),
    ("Kerry said the talks went well.", "His U.S. counterpart John Kerry said the talks went well."),  # whose?
])
def test_nothing_is_added_that_names_another_person_or_place_or_takes_a_stance(base: str, donor: str) -> None:
    assert fused(base, donor) == []


def test_a_second_figure_is_never_put_in_front_of_a_noun() -> None:
    assert fused("Five talks were held in 1998.", "Five two-hour talks were held.") == []


def test_a_verb_read_as_a_modifier_is_not_lent() -> None:
    """"arrested captured Kurdish rebel leader Ocalan": the parser's amod is a verb of the
    donor's clause; the title alone is lent."""
    from summarizer.generation.modifiers import modifier_fusions
    from summarizer.nlp.load import parse

    base = parse("Italian authorities captured Abdullah Ocalan at the airport.")
    assert modifier_fusions(base, parse("Police arrested captured Kurdish rebel leader Abdullah Ocalan.")) == []
    assert [words for _, _, words in modifier_fusions(
        base, parse("Italian police captured Kurdish rebel leader Abdullah Ocalan at the airport."))] == \
        ["Kurdish rebel leader"]


def test_a_number_word_in_front_of_a_shared_noun_is_a_detail() -> None:
    assert fused("The ferry took the climbers across the lake.",
                 "A ferry took the four climbers across the lake.") == [
        ("modifier", "The ferry took the four climbers across the lake.", "four")]


def test_a_capital_the_donor_had_only_for_opening_its_sentence_is_not_lent() -> None:
    assert fused("The video shows Donald Trump tied to a chair.",
                 "Real estate tycoon Donald Trump was tied to a chair in the video.") == [
        ("title", "The video shows real estate tycoon Donald Trump tied to a chair.", "Real estate tycoon")]
    assert fused("Assad met Mubarak in Cairo.", "Egyptian President Hosni Mubarak met Assad.") == [
        ("title", "Assad met Egyptian President Hosni Mubarak in Cairo.", "Egyptian President Hosni")]  # names stay
    assert fused("The talks with Hun Sen resumed.", "Prime Minister Hun Sen said the talks resumed.") == [
        ("title", "The talks with Prime Minister Hun Sen resumed.", "Prime Minister")]  # a title's own capitals stay
    assert fused("The trucks arrived, Ortarsen told a news conference.",  # set 33: "per-Olof Ortarsen told"
                 "Per-Olof Ortarsen of the emergency services said the call was hard to understand.") == [
        ("title", "The trucks arrived, Per-Olof Ortarsen told a news conference.", "Per-Olof")]


def test_a_noun_of_another_event_lends_nothing() -> None:
    # the donor's "hotel fire" is the fire of 1978, in a clause of its own (and the donor
    # names two fires): not the fire the base speaks of
    base = "The fire was the deadliest in modern Swedish history since 1978, when 20 people died."
    assert fused(base, "The worst previous fire disaster was in 1978, when 20 people died in a hotel fire.") == []
    assert fused(base, "The dance hall fire was the deadliest in modern Swedish history.") == [
        ("modifier", "The dance hall fire was the deadliest in modern Swedish history since 1978, when 20 people "
                     "died.", "dance hall")]


def test_a_title_the_donor_dates_to_its_own_moment_is_not_lent() -> None:
    """"then-Senator Obama" (2008) is no title for a sentence about President Obama in 2012."""
    base = parse("Obama, meanwhile, took on Ryan for the second straight day Tuesday.")
    assert modifier_fusions(base, parse("Two years prior, then-Senator Obama used identical language.")) == []
    assert kinds(base, "Two years prior, Senator Obama used identical language.") == ["title"]


def test_a_day_the_parser_reads_as_a_title_is_not_lent() -> None:
    """Set 31: "..., [Thursday] Primakov said the reports ..." from "Thursday Primakov convened a
    meeting": the day of another act, not who he is."""
    base = parse("Responding to media reports, Primakov said the reports were wrong.")
    assert modifier_fusions(base, parse("Thursday Primakov convened a meeting of top aides.")) == []
    assert kinds(base, "Prime Minister Primakov convened a meeting of top aides.") == ["title"]


def test_a_group_modifier_is_not_lent_to_a_noun_the_base_gives_an_owner() -> None:
    """Set 31: "the party's [Republican] nomination" says whose it is twice."""
    donor = "Whoever wins the Republican nomination for speaker must stand for election."
    assert fused("Whoever wins the party's nomination for speaker then stands for election.", donor) == []
    assert fused("Whoever wins the nomination for speaker then stands for election.", donor) == [
        ("modifier", "Whoever wins the Republican nomination for speaker then stands for election.", "Republican")]


def test_a_things_description_with_a_possessor_is_no_title() -> None:
    """Set 31: "Lebanon's pro-Syrian Parliament" gave "Pro-Syrian Parliament formally elected ...",
    a thing without its article."""
    base = parse("Parliament on Thursday formally elected Gen. Emile Lahoud as president.")
    assert modifier_fusions(base, parse("The election by Lebanon's pro-Syrian Parliament is a formality.")) == []


def test_a_capitalised_description_the_donor_gives_with_an_article_is_no_title() -> None:
    """"the Christian Lahoud" describes him; "from Christian Lahoud" names him Christian."""
    base = parse("There has been no announcement from Lahoud reappointing Hariri.")
    assert modifier_fusions(base, parse("The Christian Lahoud may have no objection to Hariri.")) == []
    assert kinds(base, "President Lahoud may have no objection to Hariri.") == ["title"]


def test_a_things_description_needs_its_article_and_a_frame_lends_no_title() -> None:
    """"the 41-foot Zarya" gives no "41-foot Zarya is designed"; "Added Hunter:" has no title."""
    zarya = parse("Zarya is designed to serve as a space tugboat.")
    assert modifier_fusions(zarya, parse("The arm had never handled an object as massive as the 41-foot Zarya.")) == []
    assert kinds(parse("Yeltsin was hospitalized."), "The 67-year-old Yeltsin was hospitalized with pneumonia.") == [
        "title"]
    hunter = parse("Hunter dismissed the league's latest proposal.")
    assert modifier_fusions(hunter, parse('Added Hunter: "Of course they do not expect much."')) == []
    assert kinds(hunter, "Union chief Hunter spoke on Friday.") == ["title"]


def test_a_place_a_group_or_a_name_of_unknown_kind_takes_no_title() -> None:
    """"inner-city Buffalo" is a part of the city; "six Republicans" a count from another
    sentence's hypothetical; the small model tags Buffalo nothing at all."""
    assert fused("Buffalo has been among a handful of hot spots for abortion protesters.",
                 "He remembered women from his residency in inner-city Buffalo.") == []
    assert fused("While Republicans tried to draw the distinction, they ignored the trap.",
                 "With the help of six Republicans, the 45 Democrats could end the trial.") == []
    assert fused("Currie positioned the Zarya module above Unity.",
                 "Colonel Currie is to reach out with the robot arm.") == [
        ("title", "Colonel Currie positioned the Zarya module above Unity.", "Colonel")]
