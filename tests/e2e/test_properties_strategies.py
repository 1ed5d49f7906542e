"""Property-based tests (hypothesis) over budgets and every extractive strategy: for any
Unicode reports and any budget the engine returns a brief within the budget whose sources
point at real sentences, with valid JSON, or raises an InputError; never anything else."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import summarize
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.ingest import load_documents
from summarizer.strategies import names

EXTRACTIVE = names("extractive")
LEXICAL = [name for name in EXTRACTIVE if not name.endswith("-emb")]

WORDS = st.sampled_from(["flood", "river", "Velmora", "mayor", "families", "rain", "the", "on",
                         "Sunday", "sports", "hall", "200", "Núñez", "Zürich", "said", "a"])
SENTENCE = st.lists(WORDS, min_size=3, max_size=14).map(lambda w: " ".join(w).capitalize() + ".")
NEWSY_REPORT = st.lists(SENTENCE, min_size=1, max_size=5).map(" ".join)
ANY_REPORT = st.text(min_size=1, max_size=300)
REPORT = st.one_of(NEWSY_REPORT, NEWSY_REPORT, ANY_REPORT)
REPORTS = st.lists(REPORT, min_size=1, max_size=4)
BUDGET = st.builds(Budget, st.integers(min_value=1, max_value=150),
                   st.sampled_from(["words", "sentences", "characters"]))
FAST = settings(max_examples=40, deadline=None, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow])


def check_brief(reports: list[str], strategy: str, budget: Budget) -> None:
    try:
        brief = summarize(reports, strategy=strategy, length=budget)
    except InputError:
        return
    assert budget.fits(s.text for s in brief.sentences)
    corpus = Corpus(load_documents(reports))  # the same reading the brief was made from
    sentences = {(corpus.documents[s.doc].id, s.index): s.text for s in corpus.sentences}
    for sentence in brief.sentences:
        assert sentence.sources
        assert all((source.document, source.sentence) in sentences for source in sentence.sources)
        chosen = corpus.sentences[sentence.sentence_id]
        assert (corpus.documents[chosen.doc].id, chosen.index) in {
            (source.document, source.sentence) for source in sentence.sources}
        # printed as in the report, or trimmed (ilp: relative dates, opening connectives)
        assert set(sentence.text.lower().split()) <= set(chosen.text.lower().split()) or \
            strategy == "ilp" and sentence.text[1:].lower() in chosen.text.lower()
    assert json.loads(brief.to_json())["strategy"] == strategy


@pytest.mark.parametrize("strategy", LEXICAL)
@FAST
@given(reports=REPORTS, budget=BUDGET)
def test_any_reports_and_budget_give_a_brief_or_an_input_error(strategy, reports, budget) -> None:
    check_brief(reports, strategy, budget)


@pytest.mark.slow
@pytest.mark.parametrize("strategy", [name for name in EXTRACTIVE if name not in LEXICAL])
@settings(max_examples=10, deadline=None, derandomize=True)
@given(reports=REPORTS, budget=BUDGET)
def test_embedding_strategies_too(strategy, reports, budget) -> None:
    check_brief(reports, strategy, budget)


@FAST
@given(spec=st.one_of(st.integers(min_value=-5, max_value=10_000).map(str),
                      st.text(max_size=8), st.from_regex(r"\s*\d{1,4}\s*[wscWSC]?\s*", fullmatch=True)))
def test_a_budget_parses_or_is_an_input_error(spec: str) -> None:
    try:
        budget = Budget.parse(spec)
    except InputError:
        return
    assert budget.size > 0 and Budget.parse(str(budget)) == budget
