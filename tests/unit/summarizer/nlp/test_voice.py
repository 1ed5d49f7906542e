"""summarizer.nlp.voice: orders, judgements and hearsay a brief must not print as its own."""

import pytest

from summarizer.nlp import voice
from summarizer.nlp.load import parse


def _doc(text: str):
    return parse(text, entities=False)


@pytest.mark.parametrize("text", [
    "Certainly don't wear sandals to a job interview at a bank.",
    "Dress like you mean business, not like you are going to the beach.",
    "Never leave a dog alone in a hot car in the summer.",
    "Let's get the budget passed before the winter recess.",
    "Stay tuned for more updates on this developing story.",
])
def test_an_order_in_the_sentences_own_voice_is_imperative(text):
    assert voice.might_be_imperative(text)
    assert voice.imperative(_doc(text))


@pytest.mark.parametrize("text", [
    "Officials said the storm would reach the coast on Friday.",
    "Thousands of people marched through the capital on Sunday.",
    'Mayor Ann Lee wrote: "Dress like you mean business, not like you are going to the beach."',
    "Never leave a dog alone in a hot car, the fire chief said on Monday.",
    "Trump then pivoted to Clinton, apparently referring to the inquiry into her email server.",
    "The council will vote on the budget next week.",
])
def test_a_statement_or_an_order_with_its_speaker_is_not(text):
    assert not voice.imperative(_doc(text))


@pytest.mark.parametrize("text, expected", [
    ("The senator went on the radio on Friday.", False),
    ("In Ohio, the senator went on the radio.", False),
    ("He went on the radio on Friday.", False),
    ("2010 was a hard year for the town.", False),
    ("Never go there.", True),
    ('"Go home," he said.', True),
    ("Obama's plan failed in the House.", True),  # a name: the parse decides
])
def test_the_cheap_test_skips_the_parse_only_when_the_first_word_rules_out_an_order(text, expected):
    assert voice.might_be_imperative(text) is expected


def test_evaluative_words_are_read_outside_quotation_marks_in_order():
    assert voice.evaluative_words("The senator's tirade was, frankly, a farce.") == ["tirade", "frankly", "farce"]
    assert voice.evaluative_words('The senator called the plan "a farce" on Friday.') == []
    assert voice.evaluative_words("It was a jaw-dropping moment for the team.") == ["jaw-dropping"]
    assert voice.evaluative_words("The senator spoke on the radio on Friday.") == []


@pytest.mark.parametrize("text, judging", [
    ("The senator launched a tirade against the tech companies on Tuesday.", ["tirade"]),
    ("The parade is one of the silliest traditions of the town.", ["silliest"]),
    ("It was a jaw-dropping moment for the home team.", ["jaw"]),
    ("The governor, moving to calm a growing firestorm over the law, said he would amend it.", ["firestorm"]),
    ("He denied the shameful allegations on Monday.", ["shameful"]),
    ("Critics said the plan was a debacle.", []),
    ("The mayor described the response as a fiasco.", []),
    ("The senator called the bill a farce on Tuesday.", []),
    ("According to aides, the meeting was an embarrassing failure.", []),
    # a poll gives the figure, not the writer's word for it
    ("Now, a staggering 55 percent of voters cannot envision voting for him, according to a poll.", ["staggering"]),
    ('The senator called the plan "a silly stunt" on Friday.', []),
    ("The storm destroyed more than two hundred houses.", []),
])
def test_judging_words_are_those_the_sentence_says_in_its_own_voice(text, judging):
    doc = _doc(text)
    assert [t.text for t in voice.judging_words(doc)] == judging
    assert voice.judgement(doc) is bool(judging)


@pytest.mark.parametrize("text, expected", [
    ("White House officials were reportedly furious about the leak.", True),
    ("White House officials were reportedly furious, according to the newspaper.", False),
    ("Officials were reportedly furious, two aides told reporters.", False),
    ('"They were reportedly furious," the aide said.', False),
    ("Officials were furious about the leak on Monday.", False),
])
def test_reportedly_needs_a_source_in_the_sentence(text, expected):
    assert voice.might_be_hearsay(text) is ('"' not in text and "reportedly" in text)
    assert voice.unsourced_hearsay(_doc(text)) is expected


@pytest.mark.parametrize("text, order", [
    # the small model reads "Act like ..." as the subject of "matters": parsed again as an order
    ("Act like being in the White House matters to you.", True),
    ("Act like being in the White House matters to you, Trump wrote.", False),
    ("Trump then pivoted to the economy on Friday.", False),  # a name the tagger took for a verb
    ("Bruning, a Republican, blamed the farm bill.", False),
    ("Running for office matters to him.", False),
])
def test_an_opening_verb_parsed_as_a_subject_is_read_again_as_an_order(text, order):
    assert voice.imperative(_doc(text)) is order


def test_words_of_any_alphabet_are_read_whole():
    assert voice.evaluative_words("Without a text, the governor descended into clichés.") == ["clichés"]
    assert voice.judgement(_doc("Without a text, the governor frequently descended into clichés."))


@pytest.mark.parametrize("text", [
    "Lawyers filed complaints that the jail conditions are inhumane and a farce.",
    "The plan, one aide noted, was a fiasco from the start.",
    "Some perceived the election as a debacle for the conservatives.",
    "Human rights groups denounced the release as a cynical stunt.",
])
def test_a_judgement_in_a_complaint_a_parenthetical_or_a_view_is_someones(text):
    assert voice.evaluative_words(text)
    assert not voice.judgement(_doc(text))
