"""summarizer.selection.trim: relative day names and opening connectives go, nothing else does."""

from __future__ import annotations

import pytest

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.text import words
from summarizer.selection.trim import trim, trimmed_sentence

try:
    from conftest import SEEDS, is_deletion
except ImportError:  # pytest run with --import-mode=importlib
    from tests.conftest import SEEDS, is_deletion

CASES = [
    # a connective set off by commas after the first words points at the sentence before too
    ("Progressives, however, are already eyeing Schumer as a target.",
     "Progressives are already eyeing Schumer as a target."),
    ("Asked, for instance, whether he would back the bill, Gibbs said no.",
     "Asked whether he would back the bill, Gibbs said no."),
    ("The visit, though, has further challenged the relationship.",
     "The visit has further challenged the relationship."),
    ("But on Monday, he said the talks, however, had stalled.", "He said the talks had stalled."),
    ("At the end of last month, though, Trump signed the package.",
     "At the end of last month, Trump signed the package."),
    ("Clinton restated his support for the policy, though, saying there were hopeful signs.",  # set 32: no
     "Clinton restated his support for the policy, saying there were hopeful signs."),  # "the policy saying"
    ("Prime Minister Yevgeny Primakov said Saturday that the crisis would not end privatization.",
     "Prime Minister Yevgeny Primakov said that the crisis would not end privatization."),
    ("British sailor Glyn Charles was swept off the boat on Sunday night when it rolled.",
     "British sailor Glyn Charles was swept off the boat when it rolled."),
    ("A rescue team flew to the spot early Monday morning.", "A rescue team flew to the spot."),
    ("Rescuers said, on Sunday, that 30 people died.", "Rescuers said that 30 people died."),
    ("Kharrazi called his Syrian counterpart, Farouk al-Sharaa, on Sunday, said the paper.",  # the appositive's
     "Kharrazi called his Syrian counterpart, Farouk al-Sharaa, said the paper."),  # closing comma stays
    ("The agency reported Friday, quoting central bank figures.",
     "The agency reported, quoting central bank figures."),
    ("The army said today it would stay.", "The army said it would stay."),
    ("But NATO said Yugoslavia had not met the conditions.",
     "NATO said Yugoslavia had not met the conditions."),
    ("However, Kerry said the two countries agreed.", "Kerry said the two countries agreed."),
    ("Meanwhile, the talks resumed in Geneva late Tuesday.", "The talks resumed in Geneva."),
    ("In addition, the group held a conference in Benghazi.", "The group held a conference in Benghazi."),
    ("In addition to attacks in Benghazi, the group held a conference.",  # a preposition, not a connective
     "In addition to attacks in Benghazi, the group held a conference."),
    ("Last week, Philippine President Joseph Estrada said he might stay away.",
     "Philippine President Joseph Estrada said he might stay away."),
    ("Earlier this week, Anwar appeared in court.", "Anwar appeared in court."),
    ("But on Monday, the talks resumed.", "The talks resumed."),
    ("Mahathir Mohamad said last week he could drop dead at any time.",
     "Mahathir Mohamad said he could drop dead at any time."),
    ("He won the first round, and the party met last week to plan the second.",
     "He won the first round, and the party met to plan the second."),  # another clause
    ("The league Tuesday canceled the first two weeks of the season.",
     "The league canceled the first two weeks of the season."),
    ("Microsoft argued in federal court Monday that the deal undermined the case.",
     "Microsoft argued in federal court that the deal undermined the case."),
    # the preposition governing the phrase goes with it: alone it would dangle ("By, Mitch's")
    ("By late Sunday, Mitch's winds had dropped to near 30 mph.", "Mitch's winds had dropped to near 30 mph."),
    ("Prices have been unchanged since last Tuesday.", "Prices have been unchanged."),
    ("The vote was delayed until early Sunday, officials said.", "The vote was delayed, officials said."),
    ("But Clinton left South Korea early Monday and met Obuchi on Tuesday.", "Clinton left South Korea and met Obuchi."),
    ("But Clinton will return to Washington Monday night, officials said.",  # the connective still goes
     "Clinton will return to Washington Monday night, officials said."),
    # a connective closing the sentence contrasts with the sentence before it too
    ("The attack on the senator's accounting was part of the assault nonetheless.",
     "The attack on the senator's accounting was part of the assault."),
    ("The plan was popular with voters, though.", "The plan was popular with voters."),
    ("Then, two spacewalkers will hook up the cables.", "Two spacewalkers will hook up the cables."),
]

UNCHANGED = [
    "At the end of last month Trump signed a short-term spending package.",  # "of" would dangle
    "The vote was set for next week by the leaders.",
    "He said, however that it would pass.",  # no closing comma: not set off
    "The bill, too, was delayed.",  # an additive particle stays (nlp.dependence reads it)
    "Monday's vote was close.",  # the day is the subject
    "Black Monday hit the markets hard.",
    "The vote on Monday's proposal was delayed.",  # possessive: part of a name
    "Still photos show the damage.",  # an adverb of the clause, not a connective
    "Yet another storm hit the coast.",
    "Then-Governor Marsh closed the harbor.",  # a title of the time, not a connective
    "The talks ran from Monday to Friday.",
    "By Friday, it was over.",  # a bare day after a preposition stays whole
    "Black Monday ended a long rally.",  # a name, even before a past-tense verb
    "The Monday meeting ended early.",
    "And so.",  # too short to stand without its connective
    "Nothing to do here , really.",  # untouched sentences keep their spacing
    '"It was popular with voters, though."',  # a speaker's connective stays in the quotation
    # a period that restricts a count: without it the claim is false
    "Huckabee is the third Republican this week to announce a White House bid.",
    "It was the only vote this month that passed.",
    "The Senate cast the most votes last week since 1990.",
    # a day the clause denies, or one an "as" phrase says was set: without it the claim changes
    "Netanyahu said he would not withdraw troops from the West Bank on Friday, as stipulated by the accord.",
    "Joe Biden did everything President Barack Obama did not last week, and a good bit more.",
    '"I have no reason to believe they will on Thursday," Granik said.',
    "The first module was launched on Friday, as scheduled.",
    # a day the rules leave ("Monday night") is read against the others: none goes
    "Clinton planned to leave South Korea early Monday and return to Washington Monday night.",
]


@pytest.mark.parametrize("text, expected", CASES)
def test_drops_relative_days_and_connectives(text: str, expected: str) -> None:
    assert trim(text) == expected


@pytest.mark.parametrize("text", UNCHANGED)
def test_leaves_other_sentences_alone(text: str) -> None:
    assert trim(text) == text


def test_every_trim_of_the_seeds_only_deletes_words() -> None:
    corpus = Corpus(load_documents([str(SEEDS)]))
    changed = 0
    for sentence in corpus.sentences:
        trimmed = trimmed_sentence(sentence)
        assert is_deletion(sentence.text, trimmed.text), (sentence.text, trimmed.text)
        assert trimmed.id == sentence.id and trimmed.doc == sentence.doc
        assert trimmed.words == tuple(words(trimmed.text))
        if trimmed is not sentence:
            changed += 1
            assert trimmed.text != sentence.text
            assert trimmed.text[0] == sentence.text[0] or trimmed.text[0].isupper()
    assert changed  # the seeds carry relative days ("said Tuesday") and connectives


def test_the_first_letter_is_capitalised_past_an_opening_quotation_mark() -> None:
    assert trim('But "birthers" have demanded more proof from the governor.') == (
        '"Birthers" have demanded more proof from the governor.')
