"""``summarize eval`` (``summarizer.cli.eval``): flags over a config file, the table on
stdout, and bad input (engine, config, dataset, outputs) as one ``error:`` line, exit code 2."""

from __future__ import annotations

import json
import shutil

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

from conftest import ROOT

TINY = ROOT / "tests" / "data" / "tiny_dataset"


def evaluate(*args: str):
    return CliRunner().invoke(app, ["eval", *args])


@pytest.fixture
def dataset(tmp_path):
    """Two clusters of the tiny synthetic dataset, no peers."""
    for topic in ("t01_bridge", "t02_flood"):
        shutil.copytree(TINY / "clusters" / topic, tmp_path / "data" / "clusters" / topic)
    return tmp_path / "data"


def test_flags_win_over_the_config_and_the_scores_are_printed_and_saved(dataset, tmp_path):
    config = tmp_path / "run.toml"
    config.write_text(f'[eval]\ndataset = "{dataset}"\nstrategies = ["lead"]\nlength = "20w"\n'
                      f'peers = false\njobs = 1\n')
    scores = tmp_path / "scores.json"
    result = evaluate("-c", str(config), "-l", "30w", "--json", str(scores), "--no-progress")
    assert result.exit_code == 0, result.output
    table = result.stdout.splitlines()
    assert table[0].lower().split()[:2] == ["system", "kind"]
    assert [line.split()[0] for line in table[2:3]] == ["lead"]
    assert "2 topics" in result.stdout and "length 30w" in result.stdout
    data = json.loads(scores.read_text())
    assert (data["dataset"], data["length"]) == (str(dataset), "30w")
    assert [s["name"] for s in data["systems"]] == ["lead"]
    assert 0 < data["systems"][0]["scores"]["rouge-1"]["recall"] <= 1


@pytest.mark.parametrize("args, message", [
    (["{data}", "--engine", "spark"], "error: unknown --engine 'spark'; choose local or ray"),
    (["{data}", "--ray-address", "auto"], "error: --ray-address needs --engine ray"),
    (["{data}", "-s", "nosuch"], "error: unknown strategy 'nosuch'"),
    (["{data}", "-l", "0w"], "error: malformed length"),
    (["{data}", "-c", "{data}/none.toml"], "error: no such config file: "),
    (["{data}", "--report", "{data}/report.txt"], "error: --report "),
    (["{data}", "--plot", "{data}/plot.gif"], "error: --plot "),
    (["{data}", "--json", "{data}/missing/scores.json"], "error: cannot write --json "),
    (["{data}", "-j", "0"], "error: --jobs must be at least 1, not 0"),
    (["{data}/clusters/none"], "error: "),
])
def test_bad_input_is_one_error_line_and_exit_code_2(dataset, args, message):
    result = evaluate(*[a.format(data=dataset) for a in args], "--no-progress")
    assert result.exit_code == 2, result.output
    assert result.stderr.startswith(message) and len(result.stderr.strip().splitlines()) == 1, result.stderr
    assert result.stdout == ""


def test_a_malformed_config_names_the_problem(tmp_path):
    config = tmp_path / "bad.toml"
    config.write_text("[eval]\nlenght = \"100w\"\n")
    result = evaluate("-c", str(config))
    assert result.exit_code == 2
    assert result.stderr.startswith(f"error: malformed config {config}: unknown key 'lenght'")


def test_help_names_every_flag():
    result = evaluate("--help")
    assert result.exit_code == 0
    for flag in ("--strategy", "--length", "--config", "--baseline", "--json", "--outputs", "--plot",
                 "--report", "--rouge", "--language", "--reuse", "--jobs", "--peers", "--progress",
                 "--engine", "--ray-address"):
        assert flag in result.stdout, flag
