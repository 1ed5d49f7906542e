"""strategies.base: the Strategy interface, the redundancy rule and the budgeted greedy fill."""

from __future__ import annotations

import pytest

from summarizer.brief import Brief
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.selection.candidates import GREEDY_RULES
from summarizer.strategies.base import Strategy, greedy_fill, redundant, trusted
from summarizer.strategies.lead import Lead

LEAD = "The council approved a new budget for the city library on Monday evening."
REPORTS = [
    [LEAD,  # 0
     '"We will open the library on Sundays from next month," the mayor said.',  # 1
     '"We will open the library on Sundays from next month."',  # 2: nobody says it
     "Click here to subscribe to our newsletter.",  # 3: page furniture
     "Read more"],  # 4: furniture, and too short
    ["The city council approved a new budget for the library on Monday.",  # 5: copy of 0
     "The council approved the budget.",  # 6: nothing 0 does not say
     "Firefighters rescued a cat from a tall tree near the station."],  # 7
]


def make_corpus(reports: list[list[str]]) -> Corpus:
    return Corpus([Document(id=f"r{k}", path=None, paragraphs=tuple(s)) for k, s in enumerate(reports)])


@pytest.fixture(scope="module")
def corpus() -> Corpus:
    return make_corpus(REPORTS)


def test_the_name_is_the_registry_name() -> None:
    assert Lead().name == "lead"


def test_the_base_class_selects_nothing_by_itself(corpus: Corpus) -> None:
    with pytest.raises(NotImplementedError):
        Strategy().select(corpus, Budget.parse("10w"))


def test_wording_is_the_report_sentence_and_finish_keeps_the_brief(corpus: Corpus) -> None:
    assert Lead().wording(corpus, 0) == LEAD
    brief = Brief(strategy="lead", length=Budget.parse("10w"), sentences=[], documents=corpus.documents)
    assert Lead().finish(corpus, brief) is brief


def test_redundant_covers_copies_and_contained_sentences(corpus: Corpus) -> None:
    assert corpus.group_of[5] == corpus.group_of[0]
    assert redundant(corpus, 5, [0])  # a near-duplicate of a chosen one
    assert redundant(corpus, 6, [0]) and redundant(corpus, 0, [6])  # one inside the other
    assert not redundant(corpus, 7, [0, 1])
    assert not redundant(corpus, 7, [])


def test_trusted_refuses_an_unattributed_quotation_and_furniture(corpus: Corpus) -> None:
    assert trusted(corpus, 0, GREEDY_RULES)
    assert trusted(corpus, 1, GREEDY_RULES)  # the quotation names its speaker
    assert not trusted(corpus, 2, GREEDY_RULES)
    assert not trusted(corpus, 3, GREEDY_RULES)


def test_greedy_fill_keeps_trusted_new_sentences_in_ranking_order(corpus: Corpus) -> None:
    ranked = list(range(len(corpus.sentences)))
    assert greedy_fill(corpus, ranked, Budget.parse("100w"), GREEDY_RULES) == [0, 1, 7]
    assert greedy_fill(corpus, ranked[::-1], Budget.parse("100w"), GREEDY_RULES) == [7, 6, 1]


def test_greedy_fill_skips_what_does_not_fit_and_takes_a_shorter_one_later(corpus: Corpus) -> None:
    # 0 and 1 have 13 words each, 7 has 11: after 0, 1 does not fit but 7 does
    assert greedy_fill(corpus, [0, 1, 7], Budget.parse("25w"), GREEDY_RULES) == [0, 7]
    assert greedy_fill(corpus, [0, 1, 7], Budget.parse("12w"), GREEDY_RULES) == [7]
    assert greedy_fill(corpus, [0, 1, 7], Budget.parse("10w"), GREEDY_RULES) == []


def test_greedy_fill_stops_at_the_sentence_count(corpus: Corpus) -> None:
    assert greedy_fill(corpus, [7, 1, 0], Budget.parse("2s"), GREEDY_RULES) == [7, 1]
    assert greedy_fill(corpus, [7, 1, 0], Budget.parse("1s"), GREEDY_RULES) == [7]


def test_greedy_fill_of_nothing_is_nothing(corpus: Corpus) -> None:
    assert greedy_fill(corpus, [], Budget.parse("100w"), GREEDY_RULES) == []
    assert greedy_fill(make_corpus([]), [], Budget.parse("100w"), GREEDY_RULES) == []
