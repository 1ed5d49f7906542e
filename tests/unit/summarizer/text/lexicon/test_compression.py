"""summarizer.text.lexicon.compression: the words that decide what a compression may delete,
read through the lexicon."""

from summarizer.text import lexicon
from summarizer.text.lexicon import compression


def test_the_lexicon_gives_the_same_lists():
    assert lexicon.COMPLEMENT_PREPOSITIONS is compression.COMPLEMENT_PREPOSITIONS
    assert lexicon.TIME_PREPOSITIONS is compression.TIME_PREPOSITIONS
    assert lexicon.ASPECT_ADVERBS is compression.ASPECT_ADVERBS
    assert lexicon.APPROXIMATORS is compression.APPROXIMATORS


def test_a_preposition_heads_either_a_complement_or_a_time_never_both():
    assert not compression.COMPLEMENT_PREPOSITIONS & compression.TIME_PREPOSITIONS
    assert "as" in compression.COMPLEMENT_PREPOSITIONS and "after" in compression.TIME_PREPOSITIONS


def test_the_person_pronouns_are_pronouns_of_one_person():
    assert compression.PERSON_PRONOUNS <= lexicon.PRONOUNS
    assert not {"it", "they", "them", "their"} & compression.PERSON_PRONOUNS


def test_an_aside_telling_when_opens_with_a_time_preposition_or_subordinator():
    assert compression.TIME_PREPOSITIONS <= compression.WHEN_OPENERS
    assert not compression.WHEN_OPENERS & compression.ADDING_OPENERS
