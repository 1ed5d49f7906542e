"""trust.variants: word tokens with offsets (names, content words), the passages cut around
a difference, how aligned two versions are, and the Variant/Difference records."""

from __future__ import annotations

import pytest

from summarizer.brief import Source
from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.trust.variants import (ALIGNED_RATIO, Difference, Variant, char_passage, counts, distinct_reports,
                                       passage, ratio, related, tokens, variants_of)

REBELS = "Police said the Syrian rebels fired on the convoy near Homs on Monday."
TERRORISTS = "Police said the terrorists in Syria fired on the convoy near Homs on Monday."
QUOTE = 'He said: "The regime is wrong," Hans Weber told reporters.'
COUNTS = "NATO said the storm did not kill 3,000 people or twelve cows."


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return Corpus([Document(id="a.txt", path=None, paragraphs=(REBELS, QUOTE)),
                   Document(id="b.txt", path=None, paragraphs=(TERRORISTS, COUNTS)),
                   Document(id="c.txt", path=None, paragraphs=(REBELS,))])


def test_tokens_carry_their_character_offsets(corpus: Corpus) -> None:
    sentence = corpus.sentences[0]
    toks = tokens(sentence)
    assert [t.text for t in toks] == list(sentence.words)
    assert all(sentence.text[t.start:t.end] == t.text for t in toks)
    assert [(t.text, t.stem, t.start, t.end) for t in toks[3:5]] == [("Syrian", "syrian", 16, 22), ("rebels", "rebel", 23, 29)]


def test_names_are_capitalised_words_not_opening_a_sentence_or_quotation(corpus: Corpus) -> None:
    names = [t.text for t in tokens(corpus.sentences[1]) if t.is_name]
    assert names == ["Hans", "Weber"]  # not "He" (sentence) nor "The" (quotation); Hans follows its close
    assert [t.text for t in tokens(corpus.sentences[0]) if t.is_name] == ["Syrian", "Homs", "Monday"]
    assert [t.text for t in tokens(corpus.sentences[3]) if t.is_name] == ["NATO"]  # all capitals: a name anywhere


def test_numbers_negations_and_stop_words_carry_no_substitution(corpus: Corpus) -> None:
    toks = tokens(corpus.sentences[3])
    assert [t.text for t in toks if counts(t)] == ["NATO", "storm", "kill", "people", "cows"]
    assert next(t.stem for t in toks if t.text == "3,000") == "3000"


def test_passage_shows_three_words_each_side(corpus: Corpus) -> None:
    sentence = corpus.sentences[0]
    assert passage(sentence, 3, 5) == ("Police said the Syrian rebels fired on the", "Syrian rebels", 16)
    assert passage(sentence, 12, 13) == ("near Homs on Monday", "Monday", 13)
    assert passage(sentence, 5, 5) == ("the Syrian rebels fired on the", "", 0)  # nothing changed: absent words


def test_char_passage_finds_the_words_under_a_character_span(corpus: Corpus) -> None:
    sentence = corpus.sentences[0]
    assert char_passage(sentence, 16, 29) == passage(sentence, 3, 5)
    assert char_passage(sentence, 18, 25) == passage(sentence, 3, 5)  # partial words count
    assert char_passage(sentence, 69, 70) == (sentence.text, ".", 69)  # no word there


def test_ratio_tells_aligned_versions_from_paraphrases(corpus: Corpus) -> None:
    rebels, terrorists = corpus.sentences[0], corpus.sentences[2]
    assert ratio(rebels, corpus.sentences[4]) == 1.0
    assert ratio(rebels, terrorists) == pytest.approx(2 * 11 / 27) and ratio(rebels, terrorists) >= ALIGNED_RATIO
    assert ratio(rebels, corpus.sentences[1]) < ALIGNED_RATIO


@pytest.mark.parametrize("a, b, expected", [
    ("Syria", "syrian", True), ("iran", "Iranian", True), ("Iraq", "Iran", False),
    ("war", "wars", False),  # three letters are too few to tell
    ("Paris", "Parisian", True),
])
def test_related_forms_of_one_word(a: str, b: str, expected: bool) -> None:
    assert related(a, b) is expected and related(b, a) is expected


def test_variants_of_readings_in_report_order_with_their_sources(corpus: Corpus) -> None:
    found = variants_of(corpus, {"terrorists": [(2, 16, 35)], "rebels": [(4, 16, 29), (0, 16, 29)]})
    assert [(v.changed, [(s.document, s.sentence) for s in v.sources], v.offset) for v in found] == [
        ("Syrian rebels", [("a.txt", 0), ("c.txt", 0)], 16),
        ("terrorists in Syria", [("b.txt", 0)], 16)]
    assert found[0].text == "Police said the Syrian rebels fired on the" and found[0].sentence == REBELS
    assert found[0].to_dict() == {"text": "Police said the Syrian rebels fired on the", "changed": "Syrian rebels",
                                  "sources": [{"document": "a.txt", "sentence": 0}, {"document": "c.txt", "sentence": 0}],
                                  "sentence": REBELS}


def _variant(*documents: str) -> Variant:
    return Variant("text", "changed", tuple(Source(d, 0) for d in documents), "sentence")


def test_difference_documents_and_dict() -> None:
    difference = Difference("name", (_variant("a.txt", "b.txt"), _variant("c.txt")), event=2, fact=5)
    assert difference.documents == {"a.txt", "b.txt", "c.txt"}
    assert difference.conflicting
    assert difference.to_dict() == {"kind": "name", "event": 2,
                                    "variants": [_variant("a.txt", "b.txt").to_dict(), _variant("c.txt").to_dict()]}


def test_distinct_reports_needs_two_readings_from_reports_that_give_only_them() -> None:
    assert distinct_reports(Difference("wording", (_variant("a.txt"), _variant("b.txt"))))
    # b.txt gives both readings: only a.txt stands for one of them alone
    assert not distinct_reports(Difference("wording", (_variant("a.txt", "b.txt"), _variant("b.txt"))))
    assert distinct_reports(Difference("wording", (_variant("a.txt", "b.txt"), _variant("b.txt"), _variant("c.txt"))))
