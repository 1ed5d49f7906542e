"""eval.evaluate: settings from a config file and flags, the checks made before a run, and
a run that scores a tiny dataset's summaries into a table and a JSON document."""

from __future__ import annotations

import json
import logging
import os
import shutil
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.eval.evaluate import (Settings, check_outputs, default_jobs, evaluate, language_code, load_config,
                                      merge, resolve_strategies)
from summarizer.strategies import DEFAULT_STRATEGY

from conftest import ROOT

TINY = ROOT / "tests" / "data" / "tiny_dataset"
TOPICS = ["t01_bridge", "t02_flood", "t03_election", "t04_vaccine", "t05_museum", "t06_strike"]


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# --- the config file --------------------------------------------------------------------------


def test_config_paths_resolve_against_its_folder_then_the_project_root(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", "")
    (tmp_path / "data" / "tiny").mkdir(parents=True)
    (tmp_path / "configs" / "local").mkdir(parents=True)
    config = write(tmp_path / "configs" / "run.toml",
                   '[eval]\ndataset = "data/tiny"\nlength = "50w"\nstrategies = ["lead", "mmr"]\n'
                   'json = "out/s.json"\njobs = 3\npeers = false\n')
    settings = load_config(config)
    assert settings.dataset == (tmp_path / "data" / "tiny").resolve()  # not under configs/: the root's
    assert settings.json == tmp_path / "out" / "s.json"  # outputs go under the project root
    assert (settings.length, settings.strategies, settings.jobs, settings.peers) == ("50w", ["lead", "mmr"], 3, False)
    assert settings.strict is False  # a config's strategies are a wish list
    write(tmp_path / "configs" / "local.toml", '[eval]\ndataset = "local"\n')
    assert load_config(tmp_path / "configs" / "local.toml").dataset == (tmp_path / "configs" / "local").resolve()


def test_a_config_without_strategies_stays_strict(tmp_path: Path) -> None:
    settings = load_config(write(tmp_path / "c.toml", '[eval]\nlength = "5s"\n'))
    assert settings == Settings(length="5s")


@pytest.mark.parametrize("text, message", [
    ("[eval]\njobs = true\n", "jobs must be a whole number"),
    ("[eval]\nlenght = \"100w\"\n", "unknown key 'lenght'"),
    ("[eval]\nstrategies = [\"lead\", 3]\n", "strategies must be a list of names"),
    ("[other]\nx = 1\n", "expected only an [eval] table, found other"),
    ("eval = 3\n", "expected only an [eval] table"),
    ("[eval\n", "malformed config"),
])
def test_a_malformed_config_is_an_input_error(tmp_path: Path, text: str, message: str) -> None:
    with pytest.raises(InputError, match=message.replace("[", r"\[")):
        load_config(write(tmp_path / "bad.toml", text))


def test_a_missing_config_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such config file"):
        load_config(tmp_path / "missing.toml")


# --- flags over config ------------------------------------------------------------------------


def test_flags_that_were_given_win() -> None:
    base = Settings(dataset=Path("d"), strategies=["lead"], strict=False, length="50w", jobs=2)
    merged = merge(base, length="80w", jobs=None, baseline="Oracle", unknown_flag=1)
    assert merged == Settings(dataset=Path("d"), strategies=["lead"], strict=False, length="80w", jobs=2,
                              baseline="Oracle")
    assert merge(base, strategies=["mmr"]).strict is True  # typed names must exist
    assert base.length == "50w"  # the config's settings are not changed


def test_resolve_strategies(caplog) -> None:
    assert resolve_strategies(Settings()) == ([DEFAULT_STRATEGY], [])
    assert resolve_strategies(Settings(strategies=["lead", "mmr", "lead", "ilp:trim=false"])) == (
        ["lead", "mmr", "ilp:trim=false"], [])
    with pytest.raises(InputError, match="unknown strategy 'nope'"):
        resolve_strategies(Settings(strategies=["lead", "nope"]))
    with caplog.at_level(logging.WARNING, logger="summarizer"):
        assert resolve_strategies(Settings(strategies=["nope", "lead"], strict=False)) == (["lead"], ["nope"])
    assert "strategy 'nope' is not registered in this installation: skipped" in caplog.text
    with pytest.raises(InputError, match="no registered strategy to run"):
        resolve_strategies(Settings(strategies=["nope"], strict=False))
    with pytest.raises(InputError, match="strategy 'mmr'"):  # options are checked before the run
        resolve_strategies(Settings(strategies=["mmr:balance=high"]))


# --- checks before the run --------------------------------------------------------------------


@pytest.mark.parametrize("change, message", [
    (lambda tmp: {"json": tmp / "missing" / "s.json"}, "cannot write --json .*: folder .* does not exist"),
    (lambda tmp: {"plot": tmp}, "cannot write --plot .*: it is a folder"),
    (lambda tmp: {"report": tmp / "page.txt"}, "--report .*page.txt: use a .html file name"),
    (lambda tmp: {"plot": tmp / "r2.gif"}, r"--plot .*r2.gif: use a .png, .svg, .pdf file name"),
    (lambda tmp: {"jobs": 0}, "--jobs must be at least 1, not 0"),
    (lambda tmp: {"rouge": "bleu"}, "unknown --rouge 'bleu'"),
    (lambda tmp: {"language": "de", "rouge": "rouge-155"}, "cannot score German"),
])
def test_outputs_and_options_are_checked_before_the_run(tmp_path: Path, change, message: str) -> None:
    with pytest.raises(InputError, match=message):
        check_outputs(Settings(**change(tmp_path)))


def test_good_outputs_pass(tmp_path: Path) -> None:
    check_outputs(Settings(json=tmp_path / "s.json", plot=tmp_path / "r2.svg", report=tmp_path / "r.HTML", jobs=1))


def test_language_and_jobs() -> None:
    assert language_code(Settings()) is None
    assert language_code(Settings(language="German")) == "de"
    with pytest.raises(InputError, match="not supported"):
        language_code(Settings(language="Klingon"))
    assert default_jobs() == len(os.sched_getaffinity(0))


# --- the run ----------------------------------------------------------------------------------


def test_no_dataset_and_an_unknown_baseline_fail_before_the_run(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no dataset"):
        evaluate(Settings())
    with pytest.raises(InputError, match="unknown --baseline 'Nobody'"):
        evaluate(Settings(dataset=TINY, strategies=["lead"], baseline="Nobody", outputs=tmp_path / "out",
                          jobs=1, progress=False))
    assert not (tmp_path / "out").exists()  # nothing was summarized


def _saved_oracle(folder: Path, length: str, seconds: float) -> Path:
    """An outputs folder in which "lead"'s summaries are the Oracle peer's files."""
    shutil.copytree(TINY / "peers" / "Oracle", folder / "lead")
    manifest = {"format": 1, "systems": {"lead": {"length": length, "language": None,
                                                  "seconds": {t: seconds for t in TOPICS}}}}
    write(folder / ".harness.json", json.dumps(manifest))
    return folder


def test_reused_summaries_are_scored_like_the_same_peer_files(tmp_path: Path) -> None:
    outputs = _saved_oracle(tmp_path / "out", "100w", 0.25)
    settings = Settings(dataset=TINY, strategies=["lead"], length="100", outputs=outputs, reuse=True,
                        json=tmp_path / "s.json", baseline="Oracle", jobs=1, progress=False)
    text = evaluate(settings)
    document = json.loads((tmp_path / "s.json").read_text())
    assert document["length"] == "100w" and document["topics"] == 6 and document["baseline"] == "Oracle"
    assert document["skipped_strategies"] == [] and document["corpus_seconds_per_cluster"] is None
    assert document["rouge"] == {"scorer": "rouge-155", "measure": "recall", "word_limit": 100,
                                 "options": "ROUGE-1.5.5 rules (-n 4 -2 4 -u -m -p 0.5 -c 95 -r 1000 -f A -l 100)"}
    by_name = {s["name"]: s for s in document["systems"]}
    assert list(by_name) == ["lead", "Oracle", "OracleCopy", "Tail"]
    assert by_name["lead"]["scores"] == by_name["Oracle"]["scores"] == by_name["OracleCopy"]["scores"]
    assert by_name["lead"]["seconds_per_cluster"] == 0.25
    assert by_name["lead"]["significance"]["rouge-2"] == {"baseline": "Oracle", "difference": 0.0, "p": 1.0,
                                                          "significant": False, "exact": True}
    tail = by_name["Tail"]["significance"]
    assert tail["rouge-2"]["difference"] < 0 and tail["rouge-2"]["p"] == 2 / 64  # worse on every topic
    rows = {line.split()[0]: line for line in text.splitlines()[2:6]}
    assert rows["lead"].endswith("0.25  n.s.") and rows["Tail"].endswith("worse (R-2, R-1)")
    assert rows["Oracle"].endswith("baseline")
    assert text.splitlines()[-1].startswith("Wall time ") and text.endswith(" s for 6 clusters.\n")


def test_summaries_saved_for_another_length_are_made_again(tmp_path: Path) -> None:
    """Reused files count only for the length they were made for: at 30 words lead runs, and
    its summaries (its own, within 30 words) replace the Oracle copies."""
    outputs = _saved_oracle(tmp_path / "out", "100w", 0.25)
    evaluate(Settings(dataset=TINY, strategies=["lead"], length="30w", outputs=outputs, reuse=True, peers=False,
                      json=tmp_path / "s.json", jobs=1, progress=False))
    document = json.loads((tmp_path / "s.json").read_text())
    assert [s["name"] for s in document["systems"]] == ["lead"] and document["baseline"] == "lead"
    assert document["corpus_seconds_per_cluster"] > 0
    for topic in TOPICS:
        lines = (outputs / "lead" / f"{topic}.txt").read_text().splitlines()
        assert lines and sum(len(line.split()) for line in lines) <= 30
        assert lines != (TINY / "peers" / "Oracle" / f"{topic}.txt").read_text().splitlines()
