"""Definite descriptions that point outside the brief (issue 13, point 2), with exact answers
on handmade sentences and report sets (invented people and places)."""

import pytest

from summarizer.api import summarize_corpus
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.nlp import dependence, references
from summarizer.nlp.load import parse
from summarizer.selection.candidates import CandidateRules, refusal


def flagged(text: str) -> str | None:
    """The head of the definite description ``text`` opens with, if it points back."""
    token = references.definite_reference(parse(text))
    return None if token is None else token.text


@pytest.mark.parametrize("text, head", [
    ("The congressman said he would vote against the dam project next week.", "congressman"),
    ("But the official said the plan for the harbor had been dropped in May.", "official"),
    ("The newspaper reported that the harbor plan would cost more than expected.", "newspaper"),
    ("Two of the people said the meeting at the harbor office was tense.", "Two"),
    ("One of them pleaded not guilty to the fraud charges in federal court.", "One"),
    ("Two of his fund-raisers have already been charged with wire fraud.", "Two"),
    ("None of the money will come from the harbor fund, the mayor said.", "None"),
    ("The spot featured an old photo of the candidate at the county fair.", "spot"),
    ("The congressman repeatedly declined to say whether the photo showed him.", "congressman"),
    ("The young man is not identified in the video from the harbor.", "man"),
    # the speaker a sentence depends on, where it is not the opening subject
    ("The charges were expected to include wire fraud, two of the people said.", "two"),
    ("After the vote, the congressman said the harbor bill was dead.", "congressman"),
    # the parser heads this phrase with "other" or with the name, by context
    ("The other, Dana Whitfield, pleaded guilty to visa fraud charges.", "other|Whitfield"),
])
def test_a_definite_description_that_points_back_is_flagged(text, head):
    assert flagged(text) in head.split("|")
    assert dependence.opens_with_reference(parse(text))


@pytest.mark.parametrize("text", [
    "The storm killed 41 people in the coastal province of Arvena.",  # the event itself
    "The White House said the talks with Velmar would resume on Monday.",  # a name
    "The Senate passed the harbor bill by a vote of 60 to 40.",
    "The president said the harbor would reopen within a month.",  # an office the story fixes
    "The congressman, Ray Dalton, said he would vote against the dam project.",  # named there
    "The man who shot the guard at the harbor was arrested on Friday.",  # introduced there
    "Mayor Ruiz's proposal was met with disdain from the council members.",  # a named possessor
    "Ten of the 11 countries adopting the new currency cut their rates.",  # counted set
    "One of the most significant warnings came in a classified cable in May.",  # superlative
    "The charges were expected to include wire fraud, Attorney General Ray Dalton said.",
    "The charges were expected to include wire fraud, a spokesman for the prosecutors said.",
])
def test_a_self_contained_definite_description_is_not_flagged(text):
    assert flagged(text) is None
    assert not dependence.opens_with_reference(parse(text))


def test_a_description_introduced_earlier_in_the_brief_stays():
    sentence = parse("The congressman said he would vote against the dam project next week.")
    introducing = parse("A congressman from Arvena, Ray Dalton, toured the dam site on Friday.")
    unrelated = parse("The storm killed 41 people in the coastal province of Arvena.")
    assert dependence.outside_reference(sentence, [introducing]) is None
    assert dependence.outside_reference(sentence, [unrelated]).text == "congressman"
    assert dependence.outside_reference(sentence, []).text == "congressman"
    # "the other" needs the one before it, which its own word never introduces
    other = parse("The other, Dana Whitfield, pleaded guilty to visa fraud charges.")
    assert dependence.outside_reference(other, [parse("Other aides were not charged.")]) is not None
    # a pronoun is not a definite description: no earlier sentence of the brief excuses it
    pronoun = parse("He said he would vote against the dam project next week.")
    assert dependence.outside_reference(pronoun, [introducing]).text == "He"


#: Three reports of one invented event: the sentences that open with a description pointing
#: back carry the event's main words, so a strategy would take them if they were allowed.
REPORTS = [
    "Two aides to Governor Ellen Marsh of Arvena were charged with fraud over the harbor contract "
    "on Tuesday. One, Mark Ellison, pleaded not guilty to the harbor fraud charges in federal court. "
    "The other, Dana Whitfield, pleaded guilty to a lesser charge of visa fraud on Wednesday. "
    "The congressman said the harbor fraud charges showed the harbor contract was rigged.",
    "Federal prosecutors charged two aides to Governor Ellen Marsh with fraud over the harbor "
    "contract. Two of the people said the harbor fraud charges surprised the aides in federal court. "
    "The harbor contract, worth $40 million, was awarded to a company owned by a friend of the aides.",
    "The harbor fraud charges against two aides to Governor Ellen Marsh were filed in federal court "
    "on Tuesday. The congressman, Ray Dalton, said the harbor fraud charges proved the contract "
    "was rigged. The governor has not been charged with any crime in the harbor case.",
]
DANGLING = ("The other, Dana", "The congressman said", "Two of the people")


def test_refusal_of_the_dangling_sentences_of_a_handmade_set():
    c = Corpus(load_documents(REPORTS))
    refused = {s.text[:20]: refusal(c, s.id) for s in c.sentences}
    assert [k for k, v in refused.items() if v == "reference"] == [
        "One, Mark Ellison, p", "The other, Dana Whit", "The congressman said", "Two of the people sa"]
    assert refused["The congressman, Ray"] is None  # named in the sentence
    assert refused["The harbor contract,"] is None  # introduced in the sentence


@pytest.mark.parametrize("strategy", ["ilp", "lead", "centroid"])
def test_no_brief_prints_a_dangling_description(strategy):
    brief = summarize_corpus(Corpus(load_documents(REPORTS)), strategy, "100w", embeddings=False)
    texts = [s.text for s in brief.sentences]
    assert texts
    assert not any(t.startswith(DANGLING) for t in texts)


def test_a_greedy_strategy_prints_the_description_rewritten_with_its_name():
    # lead repairs what its report resolves (``CandidateRules.resolve_references``)
    c = Corpus(load_documents(REPORTS))
    other = next(s.id for s in c.sentences if s.text.startswith("The other"))
    assert refusal(c, other, CandidateRules(resolve_references=True)) is None
    brief = summarize_corpus(c, "lead", "100w", embeddings=False)
    assert "Dana Whitfield pleaded guilty to a lesser charge of visa fraud on Wednesday." in [
        s.text for s in brief.sentences]


def test_a_sentence_that_depends_on_a_speaker_pointing_back_is_refused():
    c = Corpus(load_documents([
        "Federal prosecutors charged two aides to Governor Ellen Marsh with fraud over the harbor "
        "contract on Tuesday in a case that has shaken the state capital. The charges were expected "
        "to include mail fraud and wire fraud over the harbor contract, two of the people said. The "
        "charges were expected to include bribery over the harbor contract, prosecutor Ann Leigh said."]))
    assert [refusal(c, s.id) for s in c.sentences] == [None, "reference", None]


def test_a_day_or_month_before_the_pronoun_subject_is_no_antecedent():
    assert references.opening_reference(parse("But on Thursday, he said the harbor would reopen.")).text == "he"
    assert references.opening_reference(parse("In March, she said the harbor would reopen.")).text == "she"
    assert references.opening_reference(parse("After meeting Ellen Marsh, he said the harbor would reopen.")) is None


def test_an_organisation_or_place_before_a_persons_pronoun_is_no_antecedent():
    """DUC 2004 d31032: "In an interview with the British Broadcasting Corp., he stopped short
    of calling on Yeltsin to step down." says nowhere who he is."""
    text = "In an interview with the British Broadcasting Corp., he stopped short of calling on Yeltsin to resign."
    assert references.opening_reference(parse(text)).text == "he"
    assert references.opening_reference(parse("At Microsoft, she led the team for a decade.")).text == "she"
    # a group's pronoun may stand for an organisation; a person's for a person named there
    assert references.opening_reference(parse("After the vote in the Senate, they left the chamber.")) is None
    assert references.opening_reference(parse("Since Obama took office, he has doubled the debt.")) is None


# --- a person described, not named: by age, by a nominalised adjective, by a hyphenated modifier

@pytest.mark.parametrize("text, head", [
    ("The 52-year-old said he would return to the harbor office on Monday.", "old"),
    # the small model parses this as one noun phrase with no verb: the age is found at the opening
    ("The 49-year-old teaches at Arvena College, a small school north of the harbor.", "old"),
    ("The 61-year-old engineer said the dam had cracked in two places.", "engineer"),
    ("The accused denied every charge in the federal court on Friday.", "accused"),
    # a hyphenated modifier describes the person; it is no role compound ("the county fire chief")
    ("The second-term congressman represents the district that includes the harbor.", "congressman"),
    ("The tea party-backed candidate attributed his victory to grassroots efforts.", "candidate"),
])
def test_a_person_described_by_age_or_description_points_back(text, head):
    assert flagged(text) == head
    assert dependence.opens_with_reference(parse(text))


@pytest.mark.parametrize("text", [
    "The 49-year-old Dana Whitfield won the primary on Tuesday.",  # named there
    "The 72-year-old president said the harbor would reopen within a month.",  # an office
    "The county fire chief said the blaze at the harbor was out by noon.",  # a role compound
    "The 49-year-old who won the primary teaches at Arvena College.",  # introduced there
])
def test_a_described_person_named_or_introduced_there_is_not_flagged(text):
    assert flagged(text) is None


def test_age_reads_the_hyphenated_age_only():
    doc = parse("The 49-year-old met a five-year-old and an old friend.")
    assert [doc[t.i - 4:t.i + 1].text for t in doc if references.age(t)] == ["49-year-old", "five-year-old"]


@pytest.mark.parametrize("text, speaker", [
    ('By lifting the ban, she said, the council was "inviting trouble at the harbor."', "she"),
    ("Ray Dalton, she said, was wrong about the harbor ban.", "she"),  # the name is not the speaker
    ("The harbor plan, they said, would cost $40 million.", "they"),
])
def test_a_pronoun_speaking_in_an_aside_points_outside(text, speaker):
    doc = parse(text)
    assert references.opening_reference(doc).text == speaker


@pytest.mark.parametrize("text", [
    "The harbor ban, Ann Lee said, was wrong from the start.",
    'Ann Lee said: "The harbor ban, she said, was wrong."',  # inside the quotation: the speaker's own
    "The harbor ban, it said, was lifted on Monday.",
])
def test_an_aside_with_a_named_speaker_or_inside_a_quotation_does_not(text):
    assert references.opening_reference(parse(text)) is None


@pytest.mark.parametrize("text, points_back", [
    # a part of a set standing alone for its set: which set, only the sentence before said
    ("Many said they showed up to support the company.", True),
    ("One, Diana Durand of Houston, was charged with making illegal contributions.", True),
    ("Many Americans said they showed up to support the company.", False),
    # one member of a party standing for a person the sentence does not name
    ("The New York Democrat said he would not resign.", True),
    ("The Republican from Kentucky said the bill was dead.", True),
    ("The Democrats won control of the House.", False),  # a party, no one person
    ("The Texas Republican, Sen. Ted Cruz, said the bill was dead.", False),  # named there
])
def test_bare_partitives_and_party_members_point_back(text: str, points_back: bool) -> None:
    assert (dependence.opens_with_reference(parse(text))) is points_back


@pytest.mark.parametrize("text, pronoun", [
    # basil-dev's Scalise brief: "his" is Scalise, named in the report's sentence before
    ("Doctors said his condition was critical but improving.", "his"),
    ("Police said he was shot twice in the harbor parking lot.", "he"),
    ("Aides said she would not return to the harbor office.", "she"),
])
def test_a_pronoun_opening_what_a_plural_or_unnamed_speaker_reports_points_outside(text, pronoun):
    assert references.opening_reference(parse(text)).text == pronoun


@pytest.mark.parametrize("text", [
    "A spokeswoman said she could not comment on the harbor plan.",  # the speaker may be meant
    "Officials said they would appeal the harbor ruling.",  # the speakers are meant
    "Aides to Ann Lee said she would not run for mayor.",  # a name before the pronoun
    "Doctors said the condition of the harbor master was improving.",
])
def test_a_reported_pronoun_the_sentence_may_resolve_does_not(text):
    assert references.opening_reference(parse(text)) is None


def test_a_name_the_pronoun_is_compared_with_is_not_its_antecedent():
    """basil-dev b5eefefb: "Unlike Obama a week ago, he let few points go unchallenged." (he
    is Biden, named in the report's sentence before)."""
    assert references.opening_reference(parse("Unlike Ray Dalton a week ago, she let few points go.")).text == "she"
    assert references.opening_reference(parse("Like his father, he joined the harbor police.")).text == "he"
    assert references.opening_reference(parse("Unlike his rivals, Ann Lee said she would stay.")) is None
