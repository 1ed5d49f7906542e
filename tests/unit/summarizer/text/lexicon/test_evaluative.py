"""summarizer.text.lexicon.evaluative: the words of judgement, read through the lexicon."""

from summarizer.text import lexicon
from summarizer.text.lexicon import evaluative


def test_the_lexicon_gives_the_same_lists():
    assert lexicon.EVALUATIVE_WORDS is evaluative.EVALUATIVE_WORDS
    assert lexicon.HEARSAY_WORDS is evaluative.HEARSAY_WORDS
    assert lexicon.LABELLING_VERBS is evaluative.LABELLING_VERBS


def test_every_evaluative_word_is_one_lower_case_word_of_one_kind_list():
    kinds = (evaluative.CONTEMPT, evaluative.OUTBURST, evaluative.OVERSTATEMENT, evaluative.COMMENT_ADVERBS)
    assert evaluative.EVALUATIVE_WORDS == frozenset().union(*kinds)
    for word in evaluative.EVALUATIVE_WORDS:
        assert word == word.lower() and " " not in word and word.replace("-", "").isalpha()


def test_words_with_a_plain_factual_sense_in_news_are_left_out():
    # "a powerful earthquake", "a devastating flood", "the blast", "a radical change"
    for word in ("powerful", "devastating", "blast", "controversial", "radical", "deadly", "massive"):
        assert word not in evaluative.EVALUATIVE_WORDS
    assert {"tirade", "silliest", "bombastic", "slammed"} <= evaluative.EVALUATIVE_WORDS


def test_words_splits_on_white_space():
    assert evaluative._words("a  b\nc") == frozenset({"a", "b", "c"})
