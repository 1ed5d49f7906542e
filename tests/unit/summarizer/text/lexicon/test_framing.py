"""summarizer.text.lexicon.framing: the word lists of a reporter's framing."""

from summarizer.text.lexicon import framing


def test_every_entry_is_one_lower_case_word():
    lists = (framing.SPECULATION_ADVERBS, framing.SPECULATION_DEGREE, framing.ESTIMATE_WORDS, framing.MANNER_HEADS,
             framing.MOTIVE_NOUNS, framing.MOTIVE_QUALIFIERS, framing.SCHEMING_NOUNS, framing.SIGNIFICANCE_NOUNS,
             framing.EVIDENCE_NOUNS, framing.SIGNIFICANCE_VERBS, framing.COMMENT_VERBS, framing.DOUBTING_LABELS,
             framing.VIEW_VERBS, framing.ANONYMOUS_GROUPS, framing.REGARD_PARTICIPLES,
             framing.COMPARATIVE_PREFIXES, framing.NEWS_SENSE)
    for words in lists:
        assert words
        for word in words:
            assert word == word.lower() and " " not in word and word.replace("-", "").isalpha()


def test_the_narrower_lists_sit_inside_the_wider_ones():
    assert framing.SCHEMING_NOUNS <= framing.MOTIVE_NOUNS
    assert framing.EVIDENCE_NOUNS <= framing.SIGNIFICANCE_NOUNS


def test_wire_copys_plain_words_are_left_out():
    # forecasts and inferences of wire copy, a declared aim, an election's result, a term
    for word in ("probably", "likely", "apparently", "possibly"):
        assert word not in framing.SPECULATION_ADVERBS
    assert "victory" not in framing.SIGNIFICANCE_NOUNS and "defeat" not in framing.SIGNIFICANCE_NOUNS
    assert "so-called" not in framing.DOUBTING_LABELS
    assert {"deadly", "violent", "popular", "own", "crude"} <= framing.NEWS_SENSE


def test_thresholds_are_shares():
    assert 0 < framing.JUDGING_POLARITY <= 1 and 0 < framing.JUDGING_SUBJECTIVITY <= 1


def test_words_splits_on_white_space():
    assert framing._words("a  b\nc") == frozenset({"a", "b", "c"})
