"""``summarizer.api``: ``summarize`` from reports to a Brief and ``summarize_corpus`` from read
reports. Settings are checked before any report is read; every user error is an InputError."""

from __future__ import annotations

import subprocess
import sys

import pytest

from summarizer.api import summarize, summarize_corpus
from summarizer.brief import Brief
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.errors import InputError
from summarizer.ingest import read_reports
from summarizer.strategies import get_strategy

from corpora import GERMAN, WAREHOUSE_FIRE as REPORTS


def test_texts_become_a_brief_within_its_length_made_of_the_reports_sentences():
    brief = summarize(REPORTS, strategy="lead", length="30w", embeddings=False)
    assert isinstance(brief, Brief) and brief.strategy == "lead" and brief.length == Budget(30, "words")
    assert 0 < len(brief.text.split()) <= 30
    assert [d.id for d in brief.documents] == ["text-1", "text-2", "text-3"]
    assert brief.sentences[0].text == "A fire destroyed a warehouse in Arlen on Tuesday night."
    assert all(any(s.text in report for report in REPORTS) and s.sources for s in brief.sentences)
    assert brief.warnings == []


@pytest.mark.parametrize("length", ["2s", 2, "2 S"])
def test_sentence_budgets_are_kept(length):
    if length == 2:
        length = Budget(2, "sentences")
    brief = summarize(REPORTS, strategy="lead", length=length, embeddings=False)
    assert brief.length == Budget(2, "sentences") and len(brief.sentences) == 2


def test_a_bare_number_means_words():
    assert summarize(REPORTS, strategy="lead", length=12, embeddings=False).length == Budget(12, "words")
    assert summarize(REPORTS, strategy="lead", length="12", embeddings=False).length == Budget(12, "words")


def test_the_same_input_gives_the_same_brief():
    first = summarize(REPORTS, strategy="centroid", length="40w", embeddings=False)
    again = summarize(list(REPORTS), strategy="centroid", length="40w", embeddings=False)
    assert again.to_json() == first.to_json()


def test_files_are_read_by_path_and_named_by_their_file_name(tmp_path):
    for n, text in enumerate(REPORTS):
        (tmp_path / f"r{n}.txt").write_text(text)
    from_folder = summarize(tmp_path, strategy="lead", length="2s", embeddings=False)
    from_paths = summarize(sorted(tmp_path.iterdir()), strategy="lead", length="2s", embeddings=False)
    assert [d.id for d in from_folder.documents] == ["r0.txt", "r1.txt", "r2.txt"]
    assert from_paths.text == from_folder.text


@pytest.mark.parametrize("kwargs, message", [
    ({"length": "0w"}, "malformed length"),
    ({"strategy": "nosuch"}, "nosuch"),
    ({"strategy": "mmr", "balance": "high"}, "option balance"),
])
def test_the_length_and_strategy_are_checked_before_any_report_is_read(kwargs, message):
    with pytest.raises(InputError, match=message):
        summarize(["/nonexistent/report.txt"], **kwargs)


def test_a_missing_report_is_an_input_error():
    with pytest.raises(InputError, match="/nonexistent/report.txt"):
        summarize(["/nonexistent/report.txt"], strategy="lead")


def test_a_budget_smaller_than_any_sentence_is_an_input_error():
    with pytest.raises(InputError, match="the length budget 3w is smaller than any sentence"):
        summarize(REPORTS, strategy="lead", length="3w", embeddings=False)


def test_options_and_strategy_objects_reach_the_strategy():
    spec = summarize(REPORTS, strategy="mmr:balance=0.2", length="30w", embeddings=False)
    option = summarize(REPORTS, strategy="mmr", length="30w", embeddings=False, balance=0.2)
    given = summarize(REPORTS, strategy=get_strategy("mmr", balance=0.2), length="30w", embeddings=False)
    assert spec.text == option.text == given.text
    assert given.strategy == "mmr"


def test_the_random_strategy_gives_the_same_brief_on_every_call_of_a_process():
    code = ("from summarizer.api import summarize\n"
            f"reports = {REPORTS!r}\n"
            "for _ in range(2): print(summarize(reports, strategy='random:seed=3', length='2s', "
            "embeddings=False).text)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    first, second = done.stdout.splitlines()
    assert first == second


def test_summarize_corpus_gives_what_summarize_gives_for_the_same_reports():
    corpus = Corpus(read_reports(REPORTS).documents)
    assert summarize_corpus(corpus, "lead", "30w", embeddings=False).to_json() == \
        summarize(REPORTS, strategy="lead", length="30w", embeddings=False).to_json()


@pytest.mark.skipif(not GERMAN, reason="no German sample reports")
def test_a_report_in_another_language_is_left_out_and_named_in_the_warnings():
    brief = summarize([*REPORTS, GERMAN[0]], strategy="lead", length="2s", embeddings=False)
    assert [d.id for d in brief.documents] == ["text-1", "text-2", "text-3"]
    assert any(GERMAN[0].name in w and "German" in w and "left out" in w for w in brief.warnings)


@pytest.mark.skipif(not GERMAN, reason="no German sample reports")
def test_other_languages_take_extractive_strategies_and_say_what_is_english_only():
    brief = summarize(GERMAN, strategy="lead", length="2s", language="de", embeddings=False)
    assert [d.id for d in brief.documents] == [p.name for p in GERMAN]
    assert brief.warnings and all(w.startswith("German: ") for w in brief.warnings)
    with pytest.raises(InputError, match="strategy 'abstractive' needs English-only models; "
                                         "reports in German take an extractive strategy"):
        summarize(GERMAN, strategy="abstractive", length="2s", embeddings=False)


def test_an_unknown_language_is_an_input_error():
    with pytest.raises(InputError, match="Klingon|klingon"):
        summarize(REPORTS, strategy="lead", language="Klingon")
