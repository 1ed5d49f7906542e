"""Facts (``summarizer.trust.align``) on small handmade reports, aligned by shared words (no
encoder): which sentences join one fact, and which never do. (The encoder's part, the
pruning of candidate pairs, copies, and the claim rule are in tests/unit/summarizer/
test_trust.py and tests/unit/summarizer/trust/test_claims.py.)"""

from __future__ import annotations

import math

import numpy as np
import pytest

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.text import jaccard
from summarizer.trust.claims import ONE_THING_SHARED_WORDS
from summarizer.trust.align import (
    CLAIM_MIN_SHARED, CLAIM_SCORE, MIN_PARAPHRASE_WORDS, PARAPHRASE_JACCARD, Fact, align,
    claim_candidates, claim_matches, numbers_of, same_claim, term_weights, weighted_overlap,
)

#: Report 0: the airport (0) and the banks (1). Report 1: two rewrites of the airport
#: sentence (2: Jaccard 0.44 with 0; 3: 0.56) and the banks again (4). Report 2: a near-copy
#: of sentence 0 (5).
REPORTS = [
    "Rebels seized the main airport near the capital after heavy fighting. Banks closed early.",
    "Rebels seized the main airport on Sunday morning. Heavy fighting near the capital left the "
    "main airport damaged. Banks stayed closed all week.",
    "Rebels seized the main airport near the capital after heavy fighting, officials said on Monday.",
]


def corpus() -> Corpus:
    return Corpus(load_documents(REPORTS))


def test_a_fact_takes_one_version_per_report_the_closest_first():
    reports = corpus()
    assert [(s.doc, s.index) for s in reports.sentences] == [(0, 0), (0, 1), (1, 0), (1, 1), (1, 2), (2, 0)]
    words = [s.content for s in reports.sentences]
    assert PARAPHRASE_JACCARD <= jaccard(words[0], words[2]) < jaccard(words[0], words[3])
    alignment = align(reports, embeddings=False)
    # 5 is a near-copy of 0; of report 1's two rewrites only the closer one (3) joins: a
    # fact never holds two versions from one report
    assert alignment.facts == (Fact(0, (0, 3, 5), (0, 1, 2)), Fact(1, (1,), (0,)), Fact(2, (2,), (1,)),
                               Fact(3, (4,), (1,)))
    assert alignment.fact_of == (0, 1, 2, 0, 3, 0)
    assert alignment.embedded == 0


def test_sentences_with_few_words_join_only_as_near_duplicates():
    reports = corpus()
    banks, stayed = reports.sentences[1], reports.sentences[4]
    assert min(len(banks.content), len(stayed.content)) < MIN_PARAPHRASE_WORDS
    assert jaccard(banks.content, stayed.content) >= PARAPHRASE_JACCARD  # enough shared words...
    alignment = align(reports, embeddings=False)
    assert alignment.fact_of[banks.id] != alignment.fact_of[stayed.id]  # ...but too few words


def test_a_fact_knows_its_reports_and_the_shared_facts_are_listed():
    alignment = align(corpus(), embeddings=False)
    assert alignment.fact(5) is alignment.facts[0] and alignment.fact(5).support == 3
    assert [fact.id for fact in alignment.shared()] == [0]
    assert [fact.support for fact in alignment.facts] == [3, 1, 1, 1]


def test_claim_candidates_are_other_reports_sentences_sharing_two_words():
    reports = corpus()
    assert claim_candidates(reports, 0) == {1: [2, 3], 2: [5]}  # never 1 (its own report) or 4
    assert claim_candidates(reports, 1) == {1: [4]}  # "banks", "close"
    assert claim_candidates(reports, 4) == {0: [1]}


def test_figures_are_normalised_and_dates_left_out():
    sentence = Corpus(load_documents([
        "In March 2011, 1,500 people fled and 2.5 million were displaced by July 4 in 2012 (about 12 percent).",
    ])).sentences[0]
    assert numbers_of(sentence) == {"1500", "2.5", "12"}


#: One story, three reports: Warner's warning (0), Warner's ultimatum (3: same people, same
#: summit, another claim) and the warning again in other words (5). "Trump" and "Putin"
#: are in six of the seven sentences: they tell the story, not the claim.
SUMMIT = [
    "Senator Mark Warner said Putin would take full advantage of an unprepared Trump at the summit. "
    "Trump will meet Putin in Helsinki on Monday. Warner leads the Democrats on the intelligence committee.",
    "Senator Mark Warner gave Trump an ultimatum before the summit with Putin: raise the election hacking "
    "or cancel the meeting. Trump and Putin will meet in Helsinki on Monday.",
    "Putin will take full advantage of an ill-prepared Trump, Senator Mark Warner warned. Trump meets Putin in Helsinki.",
]


def test_words_every_sentence_repeats_weigh_nothing_and_rare_ones_most():
    reports = Corpus(load_documents(SUMMIT))
    weights = term_weights(reports)
    total = len(reports.sentences)
    assert total == 7
    assert weights["trump"] == weights["putin"] == pytest.approx(math.log(7 / 6))  # six sentences
    assert weights["helsinki"] == pytest.approx(math.log(7 / 3))
    assert weights["ultimatum"] == pytest.approx(math.log(7))  # one sentence


def test_weighted_overlap_is_a_jaccard_counting_each_word_by_its_weight():
    weights = {"a": 1.0, "b": 2.0, "c": 3.0, "d": 0.0}
    assert weighted_overlap(frozenset("ab"), frozenset("bc"), weights) == pytest.approx(2 / 6)
    assert weighted_overlap(frozenset("ad"), frozenset("bd"), weights) == 0.0  # only a weightless word shared
    assert weighted_overlap(frozenset("d"), frozenset("d"), weights) == 0.0  # nothing to weigh
    assert weighted_overlap(frozenset("abc"), frozenset("abc"), weights) == 1.0


@pytest.mark.parametrize("cosine,shared,overlap,expected", [
    (CLAIM_SCORE, CLAIM_MIN_SHARED, 0.0, True),
    (CLAIM_SCORE - 0.3, CLAIM_MIN_SHARED, 0.31, True),
    (CLAIM_SCORE - 0.31, CLAIM_MIN_SHARED + 9, 0.29, False),  # many shared words, little weight
    (0.99, CLAIM_MIN_SHARED - 1, 0.5, False),  # blocked: too few words in common
])
def test_the_claim_rule_adds_the_weighted_overlap_to_the_cosine(cosine, shared, overlap, expected):
    assert same_claim(cosine, shared, overlap) is expected


def test_sentences_sharing_only_the_story_words_are_not_one_claim_however_alike_the_encoder_finds_them():
    reports = Corpus(load_documents(SUMMIT))
    warning, ultimatum, again = reports.sentences[0], reports.sentences[3], reports.sentences[5]
    assert (ultimatum.doc, again.doc) == (1, 2)
    # an encoder that rates every other sentence naming Warner as alike to the warning
    # (cosine 0.65, as all-MiniLM-L6-v2 rates the ultimatum), all others unrelated
    def vector(text):
        if text == warning.text:
            return [1.0, 0.0]
        return [0.65, math.sqrt(1 - 0.65 ** 2)] if "Warner" in text else [0.0, 1.0]

    def encoder(texts):
        return np.array([vector(t) for t in texts], dtype=np.float32)
    weights = term_weights(reports)
    assert len(warning.content & ultimatum.content) >= ONE_THING_SHARED_WORDS  # a word count would take it
    assert weighted_overlap(warning.content, ultimatum.content, weights) == pytest.approx(0.186, abs=0.001)
    assert weighted_overlap(warning.content, again.content, weights) == pytest.approx(0.417, abs=0.001)
    assert claim_matches(reports, warning.id, encoder) == {2: again.id}


@pytest.mark.slow
def test_real_encoder_keeps_apart_two_claims_about_the_same_people():
    reports = Corpus(load_documents(SUMMIT))
    warning, ultimatum = reports.sentences[0], reports.sentences[3]
    # as many shared words as a restatement: names and the summit
    assert len(warning.content & ultimatum.content) >= ONE_THING_SHARED_WORDS
    assert claim_matches(reports, warning.id, _real_encoder()) == {2: 5}


def _real_encoder():
    from summarizer.generation.embeddings import embed
    return embed


def test_a_claim_match_sharing_only_a_side_clause_is_dropped():
    from summarizer.trust.support import claim_matches as carried_claims

    reports = Corpus(load_documents([
        "Town officials were furious that the bridge closure was announced by the state engineer on Friday.",
        "The state engineer announced the bridge closure on Friday.",
    ]))
    texts = {s.text for s in reports.sentences}

    def encoder(texts_in):  # the two whole sentences alike (one claim by the rule), any part unrelated
        return np.array([[1.0, 0.0] if t in texts else [0.0, 1.0] for t in texts_in], dtype=np.float32)
    # by the alignment alone the two state one claim; with the main-claim test
    # (support.claim_matches) the fury is not stated by the announcement, while the
    # announcement is, by the fury's clause
    assert claim_matches(reports, 0, encoder) == {1: 1}
    assert carried_claims(reports, 0, encoder) == {}
    assert carried_claims(reports, 1, encoder) == {0: 0}
