"""The evaluation harness end to end on a tiny handmade dataset (tests/data/tiny_dataset).

One run with every output is shared by most tests. Runs use the process pool: its
forkserver imports the engine once for the whole session, so later runs start at once.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import numpy as np
import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.strategies import DEFAULT_STRATEGY
from summarizer.text import split_sentences

from summarizer.eval.evaluate import load_config
from summarizer.eval.harness import rouge_word_limit
from summarizer.eval.report import paired_permutation_test

TINY = Path(__file__).resolve().parents[2] / "data" / "tiny_dataset"
REPO = Path(__file__).resolve().parents[3]
STRATEGIES = ["lead", "lexrank"]
PEERS = ["Oracle", "OracleCopy", "Tail"]
TOPICS = sorted(p.name for p in (TINY / "clusters").iterdir())
CONTRACT_METRICS = ("rouge-1", "rouge-2", "rouge-l", "rouge-su4")
CONTRACT_SCORE = ("recall", "precision", "f", "recall_ci")


def invoke(*args: str):
    return CliRunner().invoke(app, ["eval", *args, "--no-progress"])


@pytest.fixture(scope="module")
def full_run(tmp_path_factory):
    """One run with every output, in a pool of two workers, against the Oracle peer."""
    folder = tmp_path_factory.mktemp("eval")
    args = [str(TINY), *[a for s in STRATEGIES for a in ("--strategy", s)], "--length", "100w",
            "--baseline", "Oracle", "--jobs", "2", "--json", str(folder / "scores.json"),
            "--outputs", str(folder / "out"), "--plot", str(folder / "r2.png")]
    result = invoke(*args)
    assert result.exit_code == 0, result.stderr
    document = json.loads((folder / "scores.json").read_text())
    return folder, result, document


def _system(document: dict, name: str) -> dict:
    return next(s for s in document["systems"] if s["name"] == name)


def test_json_has_the_contracted_keys(full_run):
    _, _, document = full_run
    assert {"dataset", "length", "systems"} <= set(document)
    assert document["length"] == "100w"
    assert [s["name"] for s in document["systems"]] == STRATEGIES + PEERS
    for system in document["systems"]:
        assert {"name", "kind", "scores", "seconds_per_cluster"} <= set(system)
        assert system["kind"] == ("strategy" if system["name"] in STRATEGIES else "peer")
        for metric in CONTRACT_METRICS:
            score = system["scores"][metric]
            assert set(CONTRACT_SCORE) <= set(score)
            low, high = score["recall_ci"]
            assert 0 <= low <= score["recall"] <= high <= 1  # fractions, as ROUGE prints them
        if system["kind"] == "strategy":
            assert system["seconds_per_cluster"] >= 0
        else:
            assert system["seconds_per_cluster"] is None


def test_outputs_hold_one_file_per_system_and_topic_one_sentence_a_line(full_run):
    folder, _, _ = full_run
    out = folder / "out"
    assert sorted(p.name for p in out.iterdir() if not p.name.startswith(".")) == sorted(STRATEGIES)
    for strategy in STRATEGIES:
        files = sorted(p.name for p in (out / strategy).iterdir())
        assert files == [f"{topic}.txt" for topic in TOPICS]
        for name in files:
            lines = (out / strategy / name).read_text().splitlines()
            assert lines and all(split_sentences(line) == [line] for line in lines)
            assert sum(len(line.split()) for line in lines) <= 100


def test_peers_are_scored_and_the_table_is_printed(full_run):
    _, result, document = full_run
    oracle = _system(document, "Oracle")["scores"]["rouge-2"]["recall"]
    tail = _system(document, "Tail")["scores"]["rouge-2"]["recall"]
    for strategy in STRATEGIES:
        assert tail < _system(document, strategy)["scores"]["rouge-2"]["recall"] < oracle
    header = result.stdout.splitlines()[0]
    for column in ("system", "kind", "R-1 recall", "R-2 recall", "R-L recall", "R-SU4 recall",
                   "F R-2", "s/cluster", "vs Oracle"):
        assert column in header
    for name in STRATEGIES + PEERS:
        assert any(line.startswith(name + " ") for line in result.stdout.splitlines())


def test_significance_flags_a_worse_system_and_not_an_identical_one(full_run):
    _, result, document = full_run
    assert document["baseline"] == "Oracle"
    assert _system(document, "Oracle")["significance"] is None
    same = _system(document, "OracleCopy")["significance"]["rouge-2"]
    assert same["p"] == 1.0 and not same["significant"]
    worse = _system(document, "Tail")["significance"]["rouge-2"]
    assert worse["significant"] and worse["difference"] < 0
    rows = {line.split()[0]: line for line in result.stdout.splitlines()[2:] if line.strip()}
    assert rows["OracleCopy"].endswith("n.s.") and "worse (R-2" in rows["Tail"]


def test_plot_is_a_png(full_run):
    folder, _, _ = full_run
    assert (folder / "r2.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"


def test_permutation_test_separates_better_from_identical():
    rng = np.random.default_rng(0)
    base = rng.uniform(0.05, 0.15, size=50)
    better = base + 0.02 + rng.normal(0, 0.01, size=50)
    p_better, exact = paired_permutation_test(base, better)
    assert p_better < 0.05 and not exact  # 2**50 assignments: sampled
    assert paired_permutation_test(base, base.copy()) == (1.0, False)
    noise = base + rng.normal(0, 0.01, size=50)
    assert paired_permutation_test(base, noise)[0] > 0.05
    assert paired_permutation_test(base, better) == (p_better, False)  # fixed seed
    # few topics: exact enumeration; 6 all-positive differences give 2/64
    assert paired_permutation_test([0.1] * 6, [0.2] * 6) == (2 / 64, True)


def test_reuse_takes_summaries_from_the_outputs_folder(full_run, tmp_path):
    folder, _, document = full_run
    out = tmp_path / "out"
    shutil.copytree(folder / "out", out)
    reference = (TINY / "clusters" / TOPICS[0] / "refs" / "a.txt").read_text()
    (out / "lead" / f"{TOPICS[0]}.txt").write_text(reference)  # a "cached" perfect summary
    result = invoke(str(TINY), "-s", "lead", "--outputs", str(out), "--reuse", "--no-peers",
                    "--json", str(tmp_path / "s.json"), "-j", "1")  # all cached: nothing runs
    assert result.exit_code == 0, result.stderr
    before = _system(document, "lead")["scores"]["rouge-2"]["recall"]
    after = _system(json.loads((tmp_path / "s.json").read_text()), "lead")["scores"]["rouge-2"]["recall"]
    assert after > before


def test_config_with_relative_dataset_unknown_strategy_and_flag_override(tmp_path):
    shutil.copytree(TINY, tmp_path / "data" / "tiny")
    (tmp_path / "pyproject.toml").write_text("")
    (tmp_path / "configs").mkdir()
    config = tmp_path / "configs" / "tiny.toml"
    config.write_text('[eval]\ndataset = "data/tiny"\nlength = "30w"\n'
                      'strategies = ["lead", "not-a-strategy"]\npeers = false\n')
    result = invoke("--config", str(config), "--length", "40w", "--json", str(tmp_path / "s.json"))
    assert result.exit_code == 0, result.stderr
    assert "not-a-strategy" in result.stderr  # warned and skipped
    document = json.loads((tmp_path / "s.json").read_text())
    assert document["length"] == "40w"  # the flag beats the config
    assert [s["name"] for s in document["systems"]] == ["lead"]


def test_no_strategy_means_the_default_strategy(tmp_path):
    result = invoke(str(TINY), "--no-peers", "--json", str(tmp_path / "s.json"))
    assert result.exit_code == 0, result.stderr
    document = json.loads((tmp_path / "s.json").read_text())
    assert [s["name"] for s in document["systems"]] == [DEFAULT_STRATEGY]


def test_a_strategy_with_options_is_its_own_system(tmp_path):
    """"ilp:trim=false" runs beside "ilp" under its own name, with its own summaries."""
    result = invoke(str(TINY), "--strategy", "ilp", "--strategy", "ilp:trim=false", "--no-peers",
                    "--length", "40w", "--json", str(tmp_path / "s.json"), "--outputs", str(tmp_path / "out"))
    assert result.exit_code == 0, result.stderr
    document = json.loads((tmp_path / "s.json").read_text())
    assert [s["name"] for s in document["systems"]] == ["ilp", "ilp:trim=false"]
    for topic in TOPICS:
        assert (tmp_path / "out" / "ilp:trim=false" / f"{topic}.txt").is_file()


def test_duc2004_config_points_at_the_shared_data():
    settings = load_config(REPO / "configs" / "duc2004.toml")
    assert settings.dataset == (REPO.parent / "shared" / "data" / "duc2004").resolve()
    assert settings.length == "100w"
    assert {"lead", "lexrank", "lsa", "textrank", "luhn", "kl", "sumbasic", "edmundson",
            "reduction", "random", "centroid", "mmr", "submodular", "ilp"} <= set(settings.strategies)


def test_word_limit_follows_a_budget_in_words_only():
    assert rouge_word_limit("100w") == 100
    assert rouge_word_limit("5s") is None and rouge_word_limit("600c") is None


def _bad_config(tmp_path: Path, text: str) -> str:
    path = tmp_path / "bad.toml"
    path.write_text(text)
    return str(path)


@pytest.mark.parametrize("make_args", [
    lambda tmp: [str(tmp / "missing")],
    lambda tmp: [str((tmp / "empty" / "clusters").mkdir(parents=True) or tmp / "empty")],
    lambda tmp: [str(TINY), "--strategy", "not-a-strategy"],
    lambda tmp: [str(TINY), "--strategy", "ilp:no_such_option=1"],
    lambda tmp: ["--config", _bad_config(tmp, "[eval\ndataset = 1")],
    lambda tmp: ["--config", _bad_config(tmp, '[eval]\ndatset = "x"\n')],
    lambda tmp: ["--config", _bad_config(tmp, '[eval]\nstrategies = "lead"\n')],
    lambda tmp: [str(TINY), "--length", "lots"],
    lambda tmp: [str(TINY), "--baseline", "nobody"],
    lambda tmp: [],
], ids=["missing-dataset", "no-clusters", "unknown-strategy", "unknown-option", "malformed-toml", "unknown-key",
        "wrong-type", "bad-length", "unknown-baseline", "no-dataset"])
def test_bad_input_is_one_line_and_exit_2(make_args, tmp_path):
    result = invoke(*make_args(tmp_path))
    assert result.exit_code == 2
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("error: ") and "Traceback" not in result.stderr
