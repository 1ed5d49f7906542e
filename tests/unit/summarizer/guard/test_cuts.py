"""summarizer/guard/cuts.py: which source tokens a deletion keeps, and what it may not cut
(judged on the source's spaCy parse)."""

from __future__ import annotations

from summarizer.guard.cuts import (BROKEN_COORDINATION, DANGLING_PREPOSITION, MISQUOTE, NO_OBJECT, NO_SUBJECT,
                                   RUN_TOGETHER, alignment, kept_tokens, lost)
from summarizer.nlp.load import parse


def cut(rewrite: str, source: str, quoted: frozenset[int] = frozenset()) -> str | None:
    return lost(parse(rewrite), parse(source), quoted)


def test_the_alignment_maps_each_kept_word_to_its_source_token() -> None:
    source = parse("Kerry met Lavrov in Geneva on Tuesday.")
    assert alignment(parse("Kerry met Lavrov on Tuesday."), source) == [0, 1, 2, 5, 6, 7]
    assert kept_tokens(parse("Kerry met Lavrov on Tuesday."), source) == {0, 1, 2, 5, 6, 7}
    assert alignment(parse("Lavrov met Kerry."), source) is None  # no deletion: words moved
    assert kept_tokens(parse("Lavrov met Kerry."), source) is None


def test_the_alignment_takes_the_fewest_runs_of_deleted_words_then_the_leftmost() -> None:
    source = parse("Officials said the talks in the city ended.")
    # the first "the" would leave two deleted runs ("Officials said", "talks in")
    assert alignment(parse("The city ended."), source) == [5, 6, 7, 8]
    # either "of" leaves one deleted run ("the panel of" / "of the panel"): the leftmost
    source = parse("The report of the panel of experts was published.")
    assert alignment(parse("The report of experts was published."), source) == [0, 1, 2, 6, 7, 8, 9]


def test_whole_constituents_may_go() -> None:
    assert cut("Kerry met Lavrov on Tuesday.", "Kerry met Lavrov in Geneva on Tuesday.") is None
    assert cut("Lavrov met Kerry.", "Kerry met Lavrov.") is None  # no deletion: not this rule's business


def test_a_head_may_not_lose_what_it_needs() -> None:
    source = "Officials said the talks were delayed."
    assert cut("Said the talks were delayed.", source) == NO_SUBJECT
    assert cut("Officials said.", source) == NO_OBJECT
    assert cut("He was banned because of.", "He was banned because of doping.") == DANGLING_PREPOSITION
    assert cut("Kerry Lavrov met.", "Kerry and Lavrov met.") == BROKEN_COORDINATION


def test_names_may_not_touch_and_a_quotation_may_not_lose_words() -> None:
    assert cut("The bill by Gerald Connolly Mr. Shulman offered.",
               "The bill, by Gerald Connolly, Mr. Shulman offered.") == RUN_TOGETHER
    source = 'He said "we will win the war" yesterday.'
    assert cut('He said "we will win" yesterday.', source, frozenset({3, 4, 5, 6, 7})) == MISQUOTE
