"""summarizer/strategies/abstractive/swaps.py: a candidate the selection passed over, fused
with a third report's detail, takes the place of a brief sentence no round could fuse
(ranked by the tiny random Llama of tests/tiny_models.py, accepted by the guard)."""

from __future__ import annotations

import pytest
from tiny_models import build_tiny_llama

from summarizer.brief import BriefSentence, sources_of
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.strategies.abstractive.deletion import Abstractive, Compressing
from summarizer.strategies.abstractive.outcome import FUSED, KEPT, operation_of, set_operation
from summarizer.strategies.abstractive.refill import Refill
from summarizer.strategies.abstractive.swaps import swap_for_fusions

#: Report 0's sentence (the brief's) names nobody: nothing to fuse. Report 1 tells the same
#: fact as Kerry's words, and report 2 says who Kerry is.
REPORTS = ["The talks in Geneva were delayed until August.",
           "Kerry said the talks in Geneva were delayed until August.",
           "Kerry, the secretary of state, met Lavrov in Geneva."]
SWAPPED = "Kerry, the secretary of state, said the talks in Geneva were delayed until August."


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(build_tiny_llama(tmp_path_factory.mktemp("swaps") / "llama"))


def _run(folder: str, reports: list[str], tolerance: float = 0.0, budget: str = "100w") -> list[BriefSentence]:
    corpus = Corpus([Document(f"r{k}.txt", None, (t,)) for k, t in enumerate(reports)])
    chosen = Abstractive(model=folder, base="lead", threads=1, margin=100.0)
    sentence = BriefSentence(corpus.sentences[0].text, sources_of(corpus, 0), 0)
    set_operation(sentence, KEPT)
    refill = Refill(corpus, Budget.parse(budget), [sentence], chosen.rules)
    swap_for_fusions(chosen, corpus, Compressing(chosen.text_model(), frozenset()), refill, tolerance, 4)
    return refill.sentences


def test_a_fusable_version_of_the_fact_takes_the_unfusable_sentences_place(folder: str) -> None:
    [out] = _run(folder, REPORTS)
    assert out.text == SWAPPED and operation_of(out) == FUSED
    assert {s.document for s in out.sources} >= {"r1.txt", "r2.txt"}


def test_no_swap_without_room_or_when_only_the_replaced_sentence_lends_the_detail(folder: str) -> None:
    [out] = _run(folder, REPORTS, budget="10w")  # the fusion (14 words) does not fit
    assert out.text == REPORTS[0] and operation_of(out) == KEPT
    lender = ["Kerry, the secretary of state, thought the talks in Geneva would be delayed.",
              "Kerry believed the talks in Geneva would be delayed.", "Lavrov left Geneva."]
    [out] = _run(folder, lender, tolerance=0.5)  # report 1 with report 0's appositive: report 0 reworded
    assert out.text == lender[0] and operation_of(out) == KEPT
