"""summarizer.text.lexicon.disputes: the words that decide whether two accounts are of one
thing, read through the lexicon."""

from summarizer.text import lexicon
from summarizer.text.lexicon import disputes


def test_the_lexicon_gives_the_same_lists():
    for name in ("PLACING_PREPOSITIONS", "OF_SOMEONE", "HEADING_VERBS", "LEGISLATURES", "CHAMBERS"):
        assert getattr(lexicon, name) is getattr(disputes, name)


def test_entries_are_lower_case_single_words():
    """They are compared with spaCy's lower-cased tokens and lemmas ("left" -> "leave")."""
    for words in (disputes.PLACING_PREPOSITIONS, disputes.OF_SOMEONE, disputes.HEADING_VERBS,
                  disputes.LEGISLATURES, disputes.CHAMBERS):
        assert words and all(w == w.lower() and " " not in w for w in words)
    assert "leave" in disputes.HEADING_VERBS and "left" not in disputes.HEADING_VERBS


def test_a_whole_legislature_is_no_chamber_of_itself():
    assert not disputes.LEGISLATURES & disputes.CHAMBERS
