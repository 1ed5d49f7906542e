"""What a sentence claims (``summarizer.nlp.claims``), read off spaCy's parse of real sentences:
death counts with where the number stands, which side of an outcome pair a sentence takes,
and loaded terms with their written form. (The equivalence of ``loaded_terms`` with a
term-by-term search, and the first reading of ``outcome_sides``, are in
tests/unit/summarizer/trust/test_claims.py.)"""

from __future__ import annotations

import pytest

from summarizer.nlp.claims import casualty_counts, loaded_terms, might_count_casualties, outcome_sides
from summarizer.nlp.load import parse
from summarizer.text.lexicon import LOADED_PAIRS, OUTCOME_OPPOSITES


def counts(text: str) -> list[tuple[int, str]]:
    """(deaths, the words the count is read from) for each death count of ``text``."""
    return [(value, text[start:end]) for value, start, end in casualty_counts(parse(text))]


@pytest.mark.parametrize("text,expected", [
    ("Three workers were killed in an explosion at the plant on Monday.", [(3, "Three")]),  # passive subject
    ("Gunmen killed four people and wounded 11 others.", [(4, "four")]),  # object of "kill"
    ("At least 1,200 people died in the floods.", [(1200, "1,200")]),  # subject of "die"
    ("The death toll rose to 12 on Tuesday.", [(12, "12")]),  # a toll rising to a number
    ("A fourth victim has died in hospital, officials said.", [(4, "fourth")]),  # an ordinal victim
    ("Two were killed.", [(2, "Two")]),  # the number alone as the subject
    ("Police killed two.", [(2, "two")]),  # ... and as the object
    ("Five people are dead after the storm.", [(5, "Five")]),  # "are dead"
])
def test_death_counts_are_read_from_the_parse(text, expected):
    assert might_count_casualties(text)
    assert counts(text) == expected


@pytest.mark.parametrize("text", [
    "Three workers were injured in an explosion.",  # hurt, not dead
    "He visited four villages.",
    "The first train left at 9.",
])
def test_numbers_that_count_no_deaths_give_no_count(text):
    assert not might_count_casualties(text)  # no casualty word: never parsed by ``differences``
    assert counts(text) == []


def test_a_casualty_word_alone_gives_no_count():
    text = "The killed soldier was buried in his village on Sunday."
    assert might_count_casualties(text)
    assert counts(text) == []


def test_casualty_words_are_found_through_punctuation_and_case():
    assert might_count_casualties('"Killed," the officer repeated.')
    assert might_count_casualties("The toll: unknown.")
    assert not might_count_casualties("The tollbooth was closed.")


def _pair_of(word: str) -> int:
    return next(n for n, pair in enumerate(OUTCOME_OPPOSITES) if word in pair[0] | pair[1])


def test_outcome_sides_read_each_pair_on_its_own():
    text = "The jury convicted him, and the protest outside ended peacefully."
    assert outcome_sides(text) == {_pair_of("peacefully"): (0, "peacefully"), _pair_of("convicted"): (1, "convicted")}
    # one pair taken both ways is dropped, the other kept
    assert outcome_sides("A calm rally turned violent before the bill passed.") == {_pair_of("passed"): (0, "passed")}
    assert outcome_sides("Nothing of the kind happened.") == {}


def test_loaded_terms_give_the_term_as_written_with_its_ending():
    pair = LOADED_PAIRS.index(("riot", "protest"))  # neither term is in any other pair
    assert loaded_terms("The Riots spread to the suburbs.") == {pair: (0, "Riots")}
    assert loaded_terms("Thousands protested downtown.") == {pair: (1, "protested")}
    assert loaded_terms("Protests turned into riots.") == {}  # both terms: neither side
    assert loaded_terms("The patriots won the game.") == {}  # a term inside a word is no term
