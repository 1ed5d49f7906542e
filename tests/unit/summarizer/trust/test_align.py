"""Facts (``summarizer.trust.align``) on small handmade reports, aligned by shared words (no
encoder): which sentences join one fact, and which never do. (The encoder's part, the
pruning of candidate pairs, copies, and the claim rule are in tests/unit/summarizer/
test_trust.py and tests/unit/summarizer/trust/test_claims.py.)"""

from __future__ import annotations

from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.text import jaccard
from summarizer.trust.align import (
    MIN_PARAPHRASE_WORDS, PARAPHRASE_JACCARD, Fact, align, claim_candidates, numbers_of,
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
