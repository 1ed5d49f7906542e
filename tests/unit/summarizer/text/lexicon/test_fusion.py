"""summarizer.text.lexicon.fusion: the words that decide what a fusion may lend, read through
the lexicon."""

from summarizer.text import lexicon
from summarizer.text.lexicon import fusion


def test_the_lexicon_gives_the_same_lists():
    assert lexicon.SUMMING_NOUNS is fusion.SUMMING_NOUNS
    assert lexicon.NAMING_VERBS is fusion.NAMING_VERBS
    assert lexicon.LONG_AGO_UNITS is fusion.LONG_AGO_UNITS


def test_entries_are_lower_case_lemmas():
    """The lists are compared with spaCy lemmas ("called" -> "call", "facts" -> "fact")."""
    for word in fusion.SUMMING_NOUNS | fusion.NAMING_VERBS:
        assert word == word.lower() and " " not in word
    assert {"fact", "call"} <= fusion.SUMMING_NOUNS | fusion.NAMING_VERBS
    assert not {"called", "facts"} & (fusion.SUMMING_NOUNS | fusion.NAMING_VERBS)
