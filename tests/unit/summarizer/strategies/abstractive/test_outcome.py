"""summarizer/strategies/abstractive/outcome.py: what happened to each sentence of an
``abstractive`` brief, and the note logged when nothing was rewritten."""

from __future__ import annotations

import logging

import pytest

from summarizer.brief import BriefSentence, Source
from summarizer.strategies.abstractive.outcome import (COMPRESSED, FUSED, KEPT, note_outcome, operation_of,
                                                       set_operation)


def sentence(rewritten: bool = False, guard: str | None = None, operation: str | None = None) -> BriefSentence:
    made = BriefSentence("Kerry met Lavrov.", [Source("a.txt", 0)], 0, rewritten=rewritten, guard=guard)
    if operation is not None:
        set_operation(made, operation)
    return made


def test_set_operation_is_what_operation_of_reads() -> None:
    for operation in (KEPT, COMPRESSED, FUSED):
        assert operation_of(sentence(rewritten=operation != KEPT, operation=operation)) == operation
    assert sentence().operation == KEPT  # the field's default


def test_a_rewritten_sentence_without_a_named_operation_counts_as_compressed() -> None:
    assert operation_of(sentence(rewritten=True)) == COMPRESSED
    assert operation_of(sentence(rewritten=True, operation=FUSED)) == FUSED


def test_note_outcome_counts_and_logs_what_was_done(caplog: pytest.LogCaptureFixture) -> None:
    done = [sentence(True, operation=COMPRESSED), sentence(True, operation=FUSED),
            sentence(True, operation=COMPRESSED), sentence(guard="compression: nothing to delete")]
    with caplog.at_level(logging.INFO, logger="summarizer"):
        counts = note_outcome(done)
    assert counts == {COMPRESSED: 2, FUSED: 1, KEPT: 1}
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.INFO, "abstractive: 2 compressed, 1 fused, 1 kept")]


def test_note_outcome_warns_with_the_refusals_when_nothing_was_rewritten(
        caplog: pytest.LogCaptureFixture) -> None:
    kept = [sentence(guard="compression: the brief's generation budget is spent"),
            sentence(guard="ending: the shortened sentence stops mid-phrase"),
            sentence(guard="compression: longer than 80 words"), sentence()]
    with caplog.at_level(logging.INFO, logger="summarizer"):
        counts = note_outcome(kept, strategy="abstractive-x")
    assert counts == {KEPT: 4}
    # refusals by the part of the reason before ":", sorted by that part
    assert [(r.levelno, r.getMessage()) for r in caplog.records] == [
        (logging.WARNING, "abstractive-x rewrote nothing: every sentence keeps the report's words "
                          "(refused candidates: compression 2, ending 1)")]
    caplog.clear()
    with caplog.at_level(logging.INFO, logger="summarizer"):
        note_outcome([sentence()])
    assert caplog.records[0].getMessage().endswith("(no shorter or fused candidate)")
