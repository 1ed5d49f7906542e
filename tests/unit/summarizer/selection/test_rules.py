"""summarizer.selection.rules: the cheap candidate rules, on handmade sentences.

Each sentence is made into a one-report corpus so its words and counts are the ones the
strategies see; the answers are exact (the e2e tests only check them through ``passes``).
"""

from __future__ import annotations

import pytest

from summarizer.corpus import Sentence
from summarizer.selection import rules
from summarizer.selection.candidates import forget_judgements

from corpora import make_corpus


def sentence(text: str) -> Sentence:
    corpus = make_corpus([[text]])
    assert len(corpus.sentences) == 1, [s.text for s in corpus.sentences]
    return corpus.sentences[0]


def bare(text: str) -> Sentence:
    """A sentence with its text only, for rules that read nothing else (and texts the
    sentence splitter would cut in two)."""
    return Sentence(0, 0, 0, 0, text, (), (), frozenset(), 0.0)


# --- the word floor and incomplete endings -----------------------------------------------


@pytest.mark.parametrize("text, words", [
    ("Hun Sen, however, rejected that.", 5),
    ("The council approved the new budget for the city library on Monday.", 12),
])
def test_word_floor(text: str, words: int) -> None:
    s = sentence(text)
    assert s.word_count == words
    assert rules.too_short(s, words + 1)
    assert not rules.too_short(s, words)  # the floor itself passes


@pytest.mark.parametrize("text, expected", [
    ("The offer was rejected:", True),
    ("The army said it would stay,", True),
    ("The army said it would stay;", True),
    ("The army said it would stay.", False),
    # two sentences the report ran together (a lost period)
    ("Huckabee follows Carly Fiorina and Ben Carson, a retired neurosurgeon They join Ted Cruz.", True),
    ("The mayor said He would never forget the flood.", True),
    ("The senator, who said I would win, conceded.", False),  # "I" is capitalised anywhere
    ("He said They Might Be Giants would play.", False),  # a band's name: capitals follow
])
def test_incomplete_endings(text: str, expected: bool) -> None:
    assert rules.incomplete(sentence(text)) is expected


def test_incomplete_endings_are_a_parameter() -> None:
    assert not rules.incomplete(sentence("The army said it would stay,"), endings=(":",))


# --- questions ---------------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("Why did the warning system fail?", True),
    ('Who said "enough?"', True),  # closing quotes after the mark
    ("(Was it the last warning?)", True),
    ("Why it failed is not yet known.", False),
    ("The minister asked whether the dam would hold? No, officials said.", False),
])
def test_questions(text: str, expected: bool) -> None:
    assert rules.is_question(bare(text)) is expected


# --- quotations --------------------------------------------------------------------------


@pytest.mark.parametrize("text, fraction", [
    ('"We will rebuild," the governor said.', 3 / 6),
    ('The governor called the plan "reckless" on Monday.', 1 / 8),
    ('The governor called the plan "a shameful and reckless waste of public money" on Monday.', 8 / 15),
    ("No quotation at all here.", 0.0),
    ("", 0.0),
])
def test_quote_fraction(text: str, fraction: float) -> None:
    assert rules.quote_fraction(text) == pytest.approx(fraction)


@pytest.mark.parametrize("text, expected", [
    ('"We will rebuild," the governor said.', True),  # opens with a quote mark
    ('("Nothing," he said.)', True),  # ... after an opening bracket
    ('It is detrimental to the sovereignty of Cambodia," he said.', True),  # odd quote marks
    ('The governor called the plan "a shameful and reckless waste of public money" on Monday.', True),
    ('The governor called the plan "reckless" on Monday.', False),  # a word quoted
    ("The governor said the plan was a waste of public money.", False),  # reported speech
])
def test_quotations(text: str, expected: bool) -> None:
    assert rules.is_quotation(sentence(text)) is expected


def test_quoted_share_threshold_is_a_parameter() -> None:
    s = sentence('The governor called the plan "reckless" on Monday.')
    assert rules.is_quotation(s, max_quoted=0.1)
    assert not rules.is_quotation(s, max_quoted=0.125)  # strictly more than the share


# --- wire furniture: datelines and credit lines ------------------------------------------


@pytest.mark.parametrize("text", [
    "MOSCOW, Oct. 3 (Reuters) - Russia said the talks had failed.",  # strip leaves it
    "By John Smith",
    "John Smith, Associated Press Writer",
    "Jane Doe contributed to this report.",
    "Copyright 1998 The New York Times.",
    "(AP)",
    "Maria Lopez, Special Correspondent, reported from the border town.",
])
def test_wire_furniture(text: str) -> None:
    assert rules.is_wire_furniture(bare(text))


@pytest.mark.parametrize("text", [
    "WASHINGTON (AP) -- The Senate voted on the bill late on Monday night.",  # strip removes it
    "NAIROBI, Kenya _ Police fired tear gas at protesters in the capital.",
    "The Senate voted on the bill late on Monday night.",
    "By Monday the river had risen by two metres.",  # "By" opening a sentence, not a byline
    "The Associated Press reported the vote.",
])
def test_not_wire_furniture(text: str) -> None:
    assert not rules.is_wire_furniture(bare(text))


# --- pronoun openings --------------------------------------------------------------------


@pytest.mark.parametrize("text, expected", [
    ("He said the talks failed in Geneva yesterday.", True),
    ("They rejected the offer from the government.", True),
    ("The government rejected their offer.", False),  # a pronoun later is not an opening
])
def test_opens_with_pronoun(text: str, expected: bool) -> None:
    assert rules.opens_with_pronoun(sentence(text)) is expected


def test_a_sentence_without_words_opens_with_nothing() -> None:
    assert not rules.opens_with_pronoun(bare(""))


# --- the stripped text is computed once --------------------------------------------------


def test_stripped_text_is_remembered_until_judgements_are_forgotten() -> None:
    text = "WASHINGTON (AP) -- The Senate passed the farm bill by a wide margin."
    forget_judgements()
    assert rules.stripped.cache_info().currsize == 0
    first = rules.stripped(text)
    assert first == "The Senate passed the farm bill by a wide margin."
    hits = rules.stripped.cache_info().hits
    assert rules.stripped(text) is first
    assert rules.stripped.cache_info().hits == hits + 1
    forget_judgements()
    assert rules.stripped.cache_info().currsize == 0
    assert rules.stripped(text) == first
