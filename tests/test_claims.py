"""Claims, not sentences: paraphrases across reports count as support (the calibrated rule
of ``align.same_claim``), a report is never cited for a claim it contradicts, and a claim the
reports give incompatible accounts of is told as "Reports differ", each account with its
sources, in every rendering. Handmade sets with exact answers (tests/data/trust/)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from summarizer.trust.align import CLAIM_COSINE, CLAIM_COSINE_WITH_WORDS, CLAIM_SHARED_WORDS, claim_matches, same_claim
from summarizer.api import summarize_corpus
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
from summarizer.render import to_text

DATA = Path(__file__).parent / "data" / "trust"


def brief_of(name: str):
    corpus = Corpus(load_documents(DATA / name))
    return summarize_corpus(corpus, "lead", "400w", embeddings=False)


def test_a_later_death_toll_is_told_as_two_accounts():
    brief = brief_of("contradiction_count")
    disputed = [s for s in brief.sentences if s.disputed is not None]
    assert len(disputed) == 1
    difference = brief.differences[disputed[0].disputed]
    assert difference.kind == "claim"
    assert [(v.changed, [s.document for s in v.sources]) for v in difference.variants] == [
        ("Three", ["a.txt", "b.txt"]), ("fourth", ["c.txt"])]
    assert disputed[0].support == ["a.txt", "b.txt"]  # c.txt contradicts it: not cited
    markdown = brief.to_markdown()
    assert ('- Reports differ: [1][2] say "Three workers were killed…"; [3] says "A fourth victim '
            'has died…". (see below)') in markdown
    assert "- Claim: " in markdown.split("## Where the reports differ")[1]
    assert "Three workers were killed in an explosion" not in markdown.split("## Where")[0]


def test_opposite_outcomes_are_told_as_two_accounts():
    brief = brief_of("contradiction_outcome")
    disputed = [s for s in brief.sentences if s.disputed is not None]
    assert len(disputed) == 1  # the second account is not a sentence of its own
    assert not any("clashed" in s.text for s in brief.sentences if s.disputed is None)
    text = to_text(brief)
    assert ('Reports differ: a.txt says "The march ended peacefully outside the parliament…"; '
            'b.txt says "Marchers clashed with police outside…".') in text
    data = json.loads(brief.to_json())
    note = next(s for s in data["sentences"] if s["disputed"] is not None)
    assert note["note"] in data["summary"] and "ended peacefully outside the parliament building" not in data["summary"]
    assert data["differences"][note["disputed"]]["kind"] == "claim"


def test_agreeing_reports_are_not_disputed():
    brief = brief_of("word_order")
    assert all(s.disputed is None for s in brief.sentences)
    assert "Reports differ" not in brief.to_markdown()


@pytest.mark.parametrize("cosine,shared,expected", [
    (CLAIM_COSINE, 2, True), (CLAIM_COSINE - 0.01, 2, False), (0.99, 1, False),
    (CLAIM_COSINE_WITH_WORDS, CLAIM_SHARED_WORDS, True),
    (CLAIM_COSINE_WITH_WORDS - 0.01, CLAIM_SHARED_WORDS + 5, False),
    (CLAIM_COSINE_WITH_WORDS, CLAIM_SHARED_WORDS - 1, False),
])
def test_the_claim_rule(cosine, shared, expected):
    assert same_claim(cosine, shared) is expected


def test_claim_matches_take_the_best_passing_sentence_per_report_and_embed_only_candidates():
    corpus = Corpus(load_documents([
        "Rebels seized the airport after two days of heavy fighting near the capital.",
        "After a two-day battle, insurgents took control of the airport near the capital. "
        "The weather near the capital was mild for the season, forecasters said.",
        "Bakers sold bread.",
    ]))
    seen: list[str] = []

    def encoder(texts):
        seen.extend(texts)
        rows = [[1.0, 0.0] if "airport" in t else [0.0, 1.0] for t in texts]
        return np.array(rows, dtype=np.float32)

    found = claim_matches(corpus, 0, encoder)
    assert found == {1: 1}
    assert "Bakers sold bread." not in seen  # shares no words: never embedded


@pytest.mark.slow
def test_real_encoder_aligns_a_paraphrase_across_reports():
    corpus = Corpus(load_documents([
        "The central bank raised its key interest rate by half a point on Tuesday, citing inflation.",
        "On Tuesday the central bank lifted its key interest rate by half a percentage point as inflation rose.",
    ]))
    brief = summarize_corpus(corpus, "lead", "20w")
    assert brief.sentences[0].support and len(brief.sentences[0].support) == 2


# --- numbers that can both be true are listed, not disputed ---------------------------------

def test_qualified_figures_that_can_both_be_true_are_compatible():
    from summarizer.trust.quantities import compatible

    assert compatible(("at least", 93000.0), ("more than", 93000.0))
    assert compatible(("about", 100.0), ("", 95.0))
    assert not compatible(("", 3.0), ("", 4.0))
    assert not compatible(("more than", 100.0), ("less than", 90.0))


def test_a_brief_states_a_figure_two_reports_qualify_differently_without_a_dispute():
    from summarizer import summarize

    reports = [
        "The civil war in Syria has claimed at least 93,000 lives in two years, the United Nations "
        "said on Thursday. Talks on a peace conference stalled again in Geneva this week.",
        "The civil war in Syria has claimed more than 93,000 lives in two years, the United Nations "
        "said on Thursday. Diplomats expect the peace conference to open in Geneva next month.",
    ]
    brief = summarize(reports, strategy="lead", length="40w")
    assert [s.disputed for s in brief.sentences] == [None] * len(brief.sentences)
    numbers = [d for d in brief.differences if d.kind == "number"]
    assert numbers and not any(d.conflicting for d in numbers)


def test_a_report_with_another_figure_does_not_support_the_claim():
    from summarizer.trust.align import numbers_agree, numbers_of
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents

    corpus = Corpus(load_documents([
        "The conflict began in March 2011 and has claimed more than 93,000 lives.",
        "The conflict has claimed more than 70,000 lives since March 2011.",
        "Since March 2011 the conflict has claimed more than 93,000 lives.",
    ]))
    first, second, third = (numbers_of(s) for s in corpus.sentences)
    assert first == {"93000"} and second == {"70000"}  # dates are not figures
    assert not numbers_agree(first, second) and numbers_agree(first, third)
