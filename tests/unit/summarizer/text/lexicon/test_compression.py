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
