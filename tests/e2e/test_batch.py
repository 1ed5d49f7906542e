"""``summarize batch`` and ``summarize_many`` with the local engine: inputs, the output folder
and its index, resuming, failures, exit codes, and a run killed part-way.

Runs use lexical support counting (``--no-embeddings``) so that each worker starts quickly.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.batch import Record, Story, StoryError, read_stories, summarize_many
from summarizer.batch.index import INDEX, TIMINGS
from summarizer.batch.inputs import documents_from_records
from summarizer.cli import app
from summarizer.errors import InputError

from batch_workers import runner_that_dies_on_3
from conftest import ROOT, run_summarize

TINY = ROOT / "tests" / "data" / "tiny_dataset"
TOPICS = sorted(p.name for p in (TINY / "clusters").iterdir())

PLACES = ["Arlen", "Brisk", "Corvale", "Dunmore", "Eastwick", "Fairholt", "Glenrock", "Harwell",
          "Ivers", "Jasper", "Kelton", "Lorne", "Marrow", "Northby"]


def story_reports(place: str) -> list[str]:
    """Three short reports of one made-up event, overlapping as wire copy does."""
    return [
        f"A fire destroyed a warehouse in {place} on Tuesday night. Firefighters fought the blaze "
        f"for six hours. No one was hurt, the fire chief of {place} said. The cause of the fire "
        "is not yet known. The warehouse stored paper and furniture.",
        f"Fire crews in {place} battled a warehouse fire for six hours on Tuesday. The building "
        "held paper and furniture and was destroyed. Nobody was injured. Investigators are "
        f"looking for the cause. The mayor of {place} thanked the firefighters.",
        f"The warehouse fire in {place} is under investigation. It burned for six hours before "
        "crews put it out. No injuries were reported. The owner said he would rebuild. The "
        "warehouse had stored paper and furniture for a local shop.",
    ]


def jsonl(stories: dict[str, list[str]]) -> str:
    return "".join(json.dumps({"id": sid, "documents": [{"id": f"r{n}", "text": text}
                                                      for n, text in enumerate(texts, 1)]}) + "\n"
                   for sid, texts in stories.items())


def index_lines(folder: Path) -> list[dict]:
    return [json.loads(line) for line in (folder / INDEX).read_text().splitlines()]


def batch(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, ["batch", *args], input=stdin)


# --- inputs -------------------------------------------------------------------------------


def test_duc_layout_gives_one_story_per_cluster_in_name_order():
    stories = read_stories(TINY)
    assert [s.id for s in stories] == TOPICS
    assert all(Path(s.folder).name == "docs" for s in stories)


def test_story_folders_and_the_output_folder_is_never_a_story(tmp_path):
    for name in ("b", "a"):
        (tmp_path / name).mkdir()
        (tmp_path / name / "r.txt").write_text(story_reports(name)[0])
    assert [s.id for s in read_stories(tmp_path)] == ["a", "b"]


def test_jsonl_paths_are_relative_to_the_file_and_metadata_is_kept(tmp_path):
    (tmp_path / "reports").mkdir()
    (tmp_path / "reports" / "one.txt").write_text(story_reports("Arlen")[0])
    line = {"id": 7, "documents": [{"path": "reports/one.txt", "outlet": "Wire"},
                                   {"id": "w", "text": story_reports("Arlen")[1],
                                    "title": "Warehouse burns", "date": "2024-05-02"}]}
    (tmp_path / "in.jsonl").write_text(json.dumps(line) + "\n\n")
    (story,) = read_stories(tmp_path / "in.jsonl")
    assert story.id == "7" and story.records[0].path == str(tmp_path / "reports" / "one.txt")
    docs = documents_from_records(story.records)
    assert [d.id for d in docs] == ["one.txt", "w"]
    assert docs[0].outlet == "Wire"
    assert (docs[1].title, docs[1].date) == ("Warehouse burns", "2024-05-02")
    assert docs[1].paragraphs[0].startswith("Fire crews in Arlen")


def test_a_short_text_is_a_report_not_a_path():
    docs = documents_from_records([Record(text="notes.txt"), Record(text=story_reports("Ivers")[0])])
    assert docs[-1].paragraphs[0].startswith("A fire destroyed a warehouse in Ivers")


@pytest.mark.parametrize("line, message", [
    ("{not json", "line 1: not JSON"),
    ('{"id": "a"}', '"documents" must be a non-empty list'),
    ('{"id": "../x", "documents": [{"text": "t"}]}', "cannot name a file"),
    ('{"id": "a", "documents": [{"text": "t", "path": "p"}]}', 'exactly one of "text" or "path"'),
    ('{"id": "a", "documents": [{"text": "t"}]}\n{"id": "a", "documents": [{"text": "u"}]}',
     "appears twice"),
])
def test_bad_jsonl_is_an_input_error_naming_the_problem(tmp_path, line, message):
    (tmp_path / "in.jsonl").write_text(line + "\n")
    with pytest.raises(InputError, match=message.replace("(", r"\(").replace('"', '"')):
        read_stories(tmp_path / "in.jsonl")


# --- the command --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def tiny_run(tmp_path_factory):
    """One batch over the tiny DUC-layout dataset in a pool of two workers, JSON output."""
    data = tmp_path_factory.mktemp("data") / "tiny"
    import shutil

    shutil.copytree(TINY, data)
    out = tmp_path_factory.mktemp("out")
    result = batch(str(data), "-o", str(out), "-f", "json", "--workers", "2", "--no-embeddings", "-q")
    return data, out, result


def test_batch_writes_one_brief_per_story_and_an_index_in_story_order(tiny_run):
    data, out, result = tiny_run
    assert result.exit_code == 0, result.output
    lines = index_lines(out)
    assert [line["id"] for line in lines] == TOPICS
    for line in lines:
        assert line["status"] == "ok" and line["error"] is None and line["reports"] == 3
        brief = json.loads((out / f"{line['id']}.json").read_text())
        assert line["output"] == f"{line['id']}.json"
        assert 0 < line["words"] <= 100
        assert len(brief["documents"]) == 3
    timings = [json.loads(t) for t in (out / TIMINGS).read_text().splitlines()]
    assert [t["id"] for t in timings] == TOPICS and all(t["seconds"] > 0 for t in timings)
    assert "seconds" not in lines[0]  # timings stay out of the index (engines compare it)


def test_a_second_run_skips_finished_stories_and_redoes_changed_ones(tiny_run):
    data, out, _ = tiny_run
    before = {p.name: p.stat().st_ino for p in out.glob("*.json")}
    changed = data / "clusters" / TOPICS[1] / "docs" / "N1.txt"
    changed.write_text(changed.read_text() + "\n\nThe city said repairs would start soon.\n")
    result = batch(str(data), "-o", str(out), "-f", "json", "--workers", "2", "--no-embeddings")
    assert result.exit_code == 0, result.output
    assert "5 already done" in result.output and "1 written" in result.output
    after = {p.name: p.stat().st_ino for p in out.glob("*.json")}
    rewritten = sorted(name for name in before if before[name] != after[name])
    assert rewritten == [f"{TOPICS[1]}.json"]  # os.replace gives a rewritten file a new inode


def test_force_redoes_every_story(tiny_run):
    data, out, _ = tiny_run
    result = batch(str(data), "-o", str(out), "-f", "json", "--workers", "2", "--no-embeddings",
                   "--force")
    assert result.exit_code == 0 and f"{len(TOPICS)} written" in result.output


def test_a_failing_story_is_recorded_the_others_written_exit_code_1(tmp_path):
    stories = {"good": story_reports("Brisk"), "empty": ["Home | News | Sport", "Share this"],
               "fine": story_reports("Corvale")}
    out = tmp_path / "out"
    result = batch("-", "-o", str(out), "--workers", "2", "--no-embeddings", stdin=jsonl(stories))
    assert result.exit_code == 1
    lines = {line["id"]: line for line in index_lines(out)}
    assert list(lines) == ["good", "empty", "fine"]
    assert lines["empty"]["status"] == "error" and "\n" not in lines["empty"]["error"]
    assert "no readable text" in lines["empty"]["error"]
    assert not (out / "empty.txt").exists()
    assert "Corvale" in (out / "fine.txt").read_text() and "Brisk" in (out / "good.txt").read_text()
    assert "error: story empty failed" in result.output


@pytest.mark.parametrize("args, message", [
    (["missing-folder", "-o", "OUT"], "no such file or folder: missing-folder"),
    ([str(TINY), "-o", "OUT", "-l", "ten words"], ""),
    ([str(TINY), "-o", "OUT", "-s", "nosuch"], "unknown strategy"),
    ([str(TINY), "-o", "OUT", "--ray-address", "auto"], "--ray-address needs --engine ray"),
])
def test_bad_input_is_one_error_line_exit_2_and_nothing_written(tmp_path, args, message):
    args = [str(tmp_path / "out") if a == "OUT" else a for a in args]
    result = batch(*args)
    assert result.exit_code == 2
    assert result.output.startswith("error: ") and result.output.count("\n") == 1
    assert message in result.output
    assert not (tmp_path / "out").exists()


def test_engine_ray_without_ray_is_one_error_line(tmp_path, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray now raises ImportError
    result = batch(str(TINY), "-o", str(tmp_path / "out"), "--engine", "ray")
    assert result.exit_code == 2
    assert result.output == 'error: --engine ray needs Ray, which is not installed (pip install -e ".[ray]")\n'


# --- the Python API -----------------------------------------------------------------------


def test_summarize_many_yields_briefs_and_errors_in_story_order():
    stories = [("b", story_reports("Dunmore")), ("a", ["Menu | Login"]),
               ("c", TINY / "clusters" / TOPICS[0] / "docs")]
    results = list(summarize_many(stories, length="40w", embeddings=False, workers=2))
    assert [sid for sid, _ in results] == ["b", "a", "c"]
    assert "Dunmore" in results[0][1].text and len(results[0][1].text.split()) <= 40
    assert isinstance(results[1][1], StoryError) and results[1][1].story_id == "a"
    assert {d.id for d in results[2][1].documents} == {"N1.txt", "N2.txt", "N3.txt"}


# --- workers that die ---------------------------------------------------------------------


def test_a_worker_that_dies_fails_only_the_story_it_was_running():
    from summarizer.batch.local import run_in_pool

    results = list(run_in_pool(runner_that_dies_on_3, list(range(8)), 2,
                               lambda item, error: ("lost", item)))
    assert [r for r in results if isinstance(r, tuple)] == [("lost", 3)]
    assert sorted(r for r in results if not isinstance(r, tuple)) == [0, 10, 20, 40, 50, 60, 70]


# --- interrupted runs ---------------------------------------------------------------------


def _wait_for_lines(path: Path, count: int, process: subprocess.Popen, timeout: float = 240) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and process.poll() is None:
        if path.is_file() and len(path.read_text().splitlines()) >= count:
            return
        time.sleep(0.05)
    raise AssertionError(f"the batch did not finish {count} stories in time")


def test_a_killed_run_keeps_every_finished_story_and_the_rerun_does_the_rest_once(tmp_path):
    stories = {place.lower(): story_reports(place) for place in PLACES}
    source = tmp_path / "stories.jsonl"
    source.write_text(jsonl(stories))
    out = tmp_path / "out"
    command = [sys.executable, "-m", "summarizer.cli", "batch", str(source), "-o", str(out),
               "--workers", "1", "--no-embeddings", "-q"]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for_lines(out / INDEX, 2, process)
        process.send_signal(signal.SIGKILL)  # the driver only, as an out-of-memory kill would
        process.wait(timeout=30)
    finally:
        try:
            os.killpg(process.pid, signal.SIGKILL)  # its orphaned worker, if still there
        except ProcessLookupError:
            pass
    kept = {line["id"]: line for line in index_lines(out)}
    assert 2 <= len(kept) < len(stories)
    inodes = {sid: (out / f"{sid}.txt").stat().st_ino for sid in kept}

    rerun = run_summarize("batch", str(source), "-o", str(out), "--workers", "1", "--no-embeddings")
    assert rerun.returncode == 0, rerun.stderr
    assert (f"{len(stories) - len(kept)} written, 0 failed, {len(kept)} already done"
            in rerun.stderr)
    assert [line["id"] for line in index_lines(out)] == list(stories)
    assert {sid: (out / f"{sid}.txt").stat().st_ino for sid in kept} == inodes  # not redone
    names = sorted(p.name for p in out.iterdir())
    assert names == sorted([INDEX, TIMINGS, ".batch.lock"] + [f"{sid}.txt" for sid in stories])


def test_sigterm_stops_the_batch_with_finished_stories_kept(tmp_path):
    stories = {place.lower(): story_reports(place) for place in PLACES[:8]}
    source = tmp_path / "stories.jsonl"
    source.write_text(jsonl(stories))
    out = tmp_path / "out"
    command = [sys.executable, "-m", "summarizer.cli", "batch", str(source), "-o", str(out),
               "--workers", "1", "--no-embeddings", "-q"]
    process = subprocess.Popen(command, cwd=ROOT, start_new_session=True, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    _wait_for_lines(out / INDEX, 1, process)
    process.send_signal(signal.SIGTERM)
    _, stderr = process.communicate(timeout=60)
    assert process.returncode == 130 and stderr.strip().splitlines()[-1] == "error: interrupted"
    lines = index_lines(out)
    assert lines and all((out / line["output"]).is_file() for line in lines)
    assert not [p for p in out.iterdir() if p.name.endswith(".tmp")]


def test_html_batch_writes_a_page_per_story_and_an_index_linking_them(tmp_path):
    out = tmp_path / "pages"
    result = batch(str(TINY), "-o", str(out), "-f", "html", "--workers", "1", "--no-embeddings", "-q")
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.glob("*.html")) == sorted([f"{t}.html" for t in TOPICS] + ["index.html"])
    index = (out / "index.html").read_text(encoding="utf-8")
    assert all(f'href="{t}.html"' in index for t in TOPICS)
    assert [line["output"] for line in index_lines(out)] == [f"{t}.html" for t in TOPICS]
