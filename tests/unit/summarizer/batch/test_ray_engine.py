"""The Ray engine gives the local engine's output folder, byte for byte (timings aside).

One small local Ray instance (two CPUs, not the deprecated local mode) serves every test
of the module; the batch and the harness find it initialised and leave it running.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.batch import summarize_many
from summarizer.batch.index import TIMINGS
from summarizer.cli import app

from e2e.test_batch import PLACES, TINY, TOPICS, jsonl, story_reports

ray = pytest.importorskip("ray")


@pytest.fixture(scope="module", autouse=True)
def ray_instance():
    started = not ray.is_initialized()
    if started:
        ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield
    if started:
        ray.shutdown()


def folder_bytes(folder: Path) -> dict[str, bytes]:
    """Every file a batch writes, except the one that holds machine-dependent seconds."""
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())
            if p.is_file() and p.name not in (TIMINGS, ".batch.lock")}


def run_both(tmp_path: Path, *args: str, stdin: str | None = None) -> tuple[dict, dict]:
    outputs = []
    for engine in ("local", "ray"):
        out = tmp_path / engine
        result = CliRunner().invoke(app, ["batch", *args, "-o", str(out), "--workers", "2",
                                          "--engine", engine, "-q"], input=stdin)
        assert result.exit_code in (0, 1), result.output
        outputs.append(folder_bytes(out))
    return outputs[0], outputs[1]


def test_ray_writes_the_local_engines_folder_on_a_duc_dataset(tmp_path):
    local, on_ray = run_both(tmp_path, str(TINY), "-f", "json", "--no-embeddings")
    assert sorted(local) == sorted([f"{t}.json" for t in TOPICS] + ["index.jsonl"])
    assert on_ray == local


def test_ray_matches_local_with_embeddings_and_a_failing_story(tmp_path):
    stories = {p.lower(): story_reports(p) for p in PLACES[:4]}
    stories["broken"] = ["Subscribe | Log in"]
    local, on_ray = run_both(tmp_path, "-", "-f", "markdown", stdin=jsonl(stories))
    index = [json.loads(line) for line in local["index.jsonl"].decode().splitlines()]
    assert [line["status"] for line in index] == ["ok"] * 4 + ["error"]
    assert on_ray == local


def test_summarize_many_on_ray_gives_the_same_briefs():
    stories = [(p.lower(), story_reports(p)) for p in PLACES[4:7]]
    local = [(sid, brief.to_json()) for sid, brief in
             summarize_many(stories, length="50w", embeddings=False, workers=2)]
    on_ray = [(sid, brief.to_json()) for sid, brief in
              summarize_many(stories, length="50w", embeddings=False, engine="ray")]
    assert on_ray == local and [sid for sid, _ in local] == ["eastwick", "fairholt", "glenrock"]


def test_eval_scores_through_ray_as_through_the_local_pool(tmp_path):
    scores, summaries = [], []
    for engine in ("local", "ray"):
        path, outputs = tmp_path / f"{engine}.json", tmp_path / engine
        result = CliRunner().invoke(app, ["eval", str(TINY), "-s", "lead", "-j", "2", "--no-peers",
                                          "--no-progress", "--engine", engine, "--json", str(path),
                                          "--outputs", str(outputs)])
        assert result.exit_code == 0, result.output
        scores.append([(s["name"], s["scores"]) for s in json.loads(path.read_text())["systems"]])
        summaries.append(folder_bytes(outputs / "lead"))
    assert scores[1] == scores[0]
    assert summaries[1] == summaries[0] and len(summaries[0]) == len(TOPICS)
