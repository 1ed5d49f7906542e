"""strategies.lead: the reports' sentences taken round robin (first sentences first), within
the budget, skipping what repeats a chosen sentence."""

from __future__ import annotations

from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.strategies.lead import Lead

REPORTS = [
    ["The council approved a new budget for the city library on Monday evening.",  # 0: 13 words
     "The library will open on Sundays from next month under the budget.",  # 1: 12
     "Three new librarians will be hired to staff the extra hours."],  # 2
    ["Members of the city council voted to expand library hours across the city.",  # 3: 13
     "Parents had asked for weekend opening hours for several years."],  # 4
    ["Opening hours at the library have not changed since the old building reopened.",  # 5
     "The vote passed by seven votes to two after a long debate.",  # 6
     "A local bakery will sell coffee in the library entrance hall.",  # 7
     "The new hours start on the first Sunday of next month."],  # 8
]


def make_corpus(reports: list[list[str]]) -> Corpus:
    return Corpus([Document(id=f"r{k}", path=None, paragraphs=tuple(s)) for k, s in enumerate(reports)])


def test_round_robin_over_reports_of_different_lengths() -> None:
    corpus = make_corpus(REPORTS)
    assert Lead().select(corpus, Budget.parse("400w")) == [0, 3, 5, 1, 4, 6, 2, 7, 8]


def test_sentence_budget_takes_the_first_sentence_of_each_report() -> None:
    corpus = make_corpus(REPORTS)
    assert Lead().select(corpus, Budget.parse("3s")) == [0, 3, 5]
    assert Lead().select(corpus, Budget.parse("1s")) == [0]


def test_a_lead_that_does_not_fit_is_skipped_not_cut() -> None:
    corpus = make_corpus(REPORTS[:2])
    chosen = Lead().select(corpus, Budget.parse("25w"))
    assert chosen == [0, 1]  # 0 + 3 would be 26 words; 1 (12 words) still fits
    assert [corpus.sentences[i].text for i in chosen] == REPORTS[0][:2]


def test_a_reprinted_lead_is_taken_once() -> None:
    copy = "The city council approved a new budget for the library on Monday."
    corpus = make_corpus([REPORTS[0], [copy] + REPORTS[1]])
    # round robin 0, 3 (the copy: skipped), 1, 4
    assert Lead().select(corpus, Budget.parse("3s")) == [0, 1, 4]


def test_short_fragments_are_passed_over() -> None:
    corpus = make_corpus([["Breaking news.", REPORTS[0][0]], [REPORTS[1][0]]])
    assert Lead().select(corpus, Budget.parse("2s")) == [2, 1]


def test_no_reports_no_brief() -> None:
    assert Lead().select(make_corpus([]), Budget.parse("100w")) == []
