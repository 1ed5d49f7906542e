"""summarizer/text/tokens.py: the one word-token type, with offsets, stems, clause marks and
whether a word's position explains its capital letter."""

from __future__ import annotations

import re

import pytest

from summarizer import language
from summarizer.text import normalize, stem, words
from summarizer.text.tokens import Token, opens_at, tokenize, tokens_of

QUOTE = 'He said: "The regime is wrong," Hans Weber told reporters.'


def test_tokenize_gives_words_stems_and_offsets_into_the_normalised_text() -> None:
    text = "Police said  3,000 people fled\u2014 the “rebels” won."
    normal = normalize(text)
    toks = tokenize(text)
    assert [t.text for t in toks] == words(text)
    assert all(normal[t.start:t.end] == t.text for t in toks)
    assert [t.stem for t in toks] == [stem(w) for w in words(text)]
    assert [(t.lower, t.stem) for t in toks[:3]] == [("police", "polic"), ("said", "said"), ("3,000", "3000")]
    assert [t.index for t in toks] == list(range(len(toks)))


def test_a_word_opens_at_a_sentence_start_a_stop_a_colon_a_bracket_or_an_opening_quote() -> None:
    toks = tokenize(QUOTE)
    assert [t.text for t in toks if t.opens] == ["He", "The"]
    assert [t.text for t in toks if t.is_name] == ["Hans", "Weber"]  # Hans follows a closing quote
    assert [t.text for t in tokenize("Kerry left. Then (Putin) spoke.") if t.opens] == ["Kerry", "Then", "Putin"]
    assert opens_at("U.S. Embassy", 5) and not opens_at("the Embassy", 4)
    assert opens_at('said "Well', 6) and not opens_at('wrong" Well', 7)


def test_the_first_word_of_every_sentence_opens_it_whatever_comes_before() -> None:
    assert [t.opens for t in tokenize("-- Police said it. Then -- Kerry left.")] == \
        [True, False, False, True, False, False]
    assert [t.is_name for t in tokenize("-Police met NATO and Kerry.")] == [False, False, True, False, True]


def test_a_caller_keys_words_its_own_way_and_cuts_clauses() -> None:
    toks = tokenize("Two men, in Kabul, left; three stayed.", str.upper, re.compile(r"[,;]"))
    assert [(t.stem, t.clause) for t in toks] == [
        ("TWO", 0), ("MEN", 0), ("IN", 1), ("KABUL", 1), ("LEFT", 2), ("THREE", 3), ("STAYED", 3)]
    assert [t.clause for t in tokenize("One. Two, three.", clauses=re.compile(","))] == [0, 1, 2]
    assert [t.clause for t in tokenize("One, two. Three.")] == [0, 0, 1]  # without: sentences


def test_tokens_of_places_a_sentences_own_words_and_stems() -> None:
    cut = tuple(words(QUOTE))
    placed = tokens_of(QUOTE, cut, tuple(w.upper() for w in cut))
    assert placed == tuple(t for t in _restemmed(tokenize(QUOTE)))
    # a word the text does not hold as written (a segmenter changed it) gets an empty span
    odd = tokens_of("Hans left.", ("Hans", "gone", "left"), ("h", "g", "l"))
    assert [(t.start, t.end) for t in odd] == [(0, 4), (4, 4), (5, 9)]


def _restemmed(toks: tuple[Token, ...]) -> list[Token]:
    return [Token(t.text, t.lower, t.text.upper(), t.index, t.start, t.end, t.opens) for t in toks]


@pytest.mark.parametrize("text", ["", "   ", "...", "--"])
def test_a_text_without_words_has_no_tokens(text: str) -> None:
    assert tokenize(text) == ()


def test_the_current_language_cuts_the_words_and_each_language_is_cached_apart() -> None:
    text = "Er sagte, 3,5 Millionen."
    assert [t.text for t in tokenize(text)][2:4] == ["3", "5"]
    with language.use("de"):
        assert [(t.text, t.stem) for t in tokenize(text)][2:3] == [("3,5", "3.5")]
    assert [t.text for t in tokenize(text)][2:4] == ["3", "5"]
