"""The rouge-score path of the harness (``--rouge rouge-score``): Google's package as neural
papers call it, chosen per run, and named in the table and the JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

from summarizer.eval.scorers import ROUGE_155, ROUGE_SCORE, RougeScore, scorer_info

rouge_scorer = pytest.importorskip("rouge_score.rouge_scorer")

TINY = Path(__file__).resolve().parents[2] / "data" / "tiny_dataset"
PACKAGE_TYPES = ["rouge1", "rouge2", "rougeL", "rougeLsum"]


def test_a_topic_scores_as_the_package_scores_newline_joined_texts():
    peer = ["The storm closed the old bridge on Monday.", "Repairs will take three weeks."]
    refs = [["A storm shut the bridge on Monday.", "Engineers said repairs take weeks."],
            ["The bridge closed after the storm.", "It reopens in three weeks."]]
    ours = RougeScore().score_topic(peer, refs)
    package = rouge_scorer.RougeScorer(PACKAGE_TYPES, use_stemmer=True)
    best = package.score_multi(["\n".join(r) for r in refs], "\n".join(peer))
    for theirs, mine in zip(PACKAGE_TYPES, ("rouge-1", "rouge-2", "rouge-l", "rouge-lsum")):
        assert ours[mine].f == pytest.approx(best[theirs].fmeasure)
        assert ours[mine].recall == pytest.approx(best[theirs].recall)
    assert 0 < ours["rouge-2"].f < ours["rouge-1"].f < 1


def test_rouge_lsum_reads_one_sentence_a_line_and_rouge_l_does_not():
    scorer = RougeScore()
    reference = [["alpha beta gamma", "delta epsilon zeta"]]
    crossed = scorer.score_topic(["delta epsilon zeta", "alpha beta gamma"], reference)
    # rougeL sees one sequence (only half of it in order); rougeLsum matches each sentence.
    assert crossed["rouge-lsum"].f == pytest.approx(1.0)
    assert crossed["rouge-l"].f == pytest.approx(0.5)


def test_no_length_cut_unlike_rouge_155():
    reference = [[" ".join(f"w{i}" for i in range(100))]]
    summary = [" ".join(f"x{i}" for i in range(50)), reference[0][0]]  # 150 words
    assert RougeScore().score_topic(summary, reference)["rouge-1"].recall == pytest.approx(1.0)
    cut = scorer_info(ROUGE_155).make(100).score_topic(summary, reference)
    assert cut["rouge-1"].recall == pytest.approx(0.5)  # -l 100 keeps the first 100 words


def test_average_and_interval_are_seeded_and_bracket_the_figure():
    scorer = RougeScore()
    per_topic = {f"t{i}": scorer.score_topic([f"a b c d{i}"], [[f"a b x d{i}"], ["a y z"]])
                 for i in range(8)}
    per_topic["t9"] = scorer.score_topic(["nothing shared"], [["a b c"]])
    first, second = scorer.aggregate(per_topic), RougeScore().aggregate(per_topic)
    assert first == second
    for score in first.values():
        low, high = score.f_ci
        assert low <= score.f <= high and low < high


def test_unknown_scorer_is_a_one_line_error():
    result = CliRunner().invoke(app, ["eval", str(TINY), "--rouge", "bleu", "--no-progress"])
    assert result.exit_code == 2
    assert result.stderr.strip().splitlines() == [
        "error: unknown --rouge 'bleu'; choose one of: rouge-155, rouge-score"]


@pytest.fixture(scope="module")
def rouge_score_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("rouge_score")
    result = CliRunner().invoke(app, [
        "eval", str(TINY), "--strategy", "lead", "--baseline", "Oracle", "--jobs", "1",
        "--rouge", "rouge-score", "--json", str(folder / "scores.json"), "--no-progress"])
    assert result.exit_code == 0, result.stderr
    return result, json.loads((folder / "scores.json").read_text())


def test_the_json_and_the_table_name_the_scorer(rouge_score_run):
    result, document = rouge_score_run
    assert document["scorer"] == ROUGE_SCORE
    assert document["rouge"]["scorer"] == ROUGE_SCORE and document["rouge"]["word_limit"] is None
    assert document["significance_test"]["metric"] == "per-topic f"
    header = result.stdout.splitlines()[0]
    for column in ("R-1 F1 [95% CI]", "R-2 F1", "R-L F1", "R-Lsum F1", "recall R-2"):
        assert column in header
    assert "Scorer rouge-score: Google's rouge-score" in " ".join(result.stdout.split())
    scores = {s["name"]: s["scores"] for s in document["systems"]}
    assert set(scores["lead"]) == {"rouge-1", "rouge-2", "rouge-l", "rouge-lsum"}
    # the Oracle peer is reference "a" itself: its best-reference F1 is perfect on every topic
    assert scores["Oracle"]["rouge-1"]["f"] == pytest.approx(1.0)
    assert scores["Tail"]["rouge-2"]["f"] < scores["lead"]["rouge-2"]["f"] < 1.0


def test_default_scorer_is_rouge_155_and_says_so(tmp_path):
    result = CliRunner().invoke(app, [
        "eval", str(TINY), "--strategy", "lead", "--no-peers", "--jobs", "1",
        "--json", str(tmp_path / "s.json"), "--no-progress"])
    assert result.exit_code == 0, result.stderr
    document = json.loads((tmp_path / "s.json").read_text())
    assert document["scorer"] == ROUGE_155 and document["rouge"]["word_limit"] == 100
    assert "Scorer rouge-155: ROUGE-1.5.5 rules" in " ".join(result.stdout.split())
