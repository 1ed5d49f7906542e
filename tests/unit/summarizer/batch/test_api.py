"""``summarizer.batch.api``: settings checked before any story runs, ``summarize_many`` in
story order with failures as ``StoryError``, and ``run_batch``'s output folder and resuming.

Workers use lexical support (``embeddings=False``) and one process, to start quickly."""

from __future__ import annotations

import json

import pytest

from summarizer.batch.api import BatchResult, StoryError, _in_story_order, execute, make_job, run_batch, summarize_many
from summarizer.batch.index import INDEX
from summarizer.batch.inputs import Record, Story
from summarizer.batch.work import Job, Outcome
from summarizer.brief import Brief
from summarizer.errors import InputError, SummarizerError


def reports(place: str) -> list[str]:
    return [f"A fire destroyed a warehouse in {place} on Tuesday night. Firefighters fought the "
            "blaze for six hours. No one was hurt, the fire chief said.",
            f"Fire crews in {place} battled a warehouse fire for six hours on Tuesday. The "
            "building held paper and furniture. Nobody was injured in the fire."]


def test_make_job_checks_and_keeps_the_settings_options_sorted():
    job = make_job("mmr", "5s", "markdown", False, {"vectors": "tfidf", "balance": 0.5})
    assert job == Job("mmr", "5s", "markdown", False, (("balance", 0.5), ("vectors", "tfidf")))


@pytest.mark.parametrize("args, message", [
    (("lead", "0w", "text", True, {}), "malformed length"),
    (("nosuch", "100w", "text", True, {}), "nosuch"),
    (("mmr", "100w", "text", True, {"balance": "high"}), "option balance"),
    (("lead", "100w", "pdf", True, {}), "unknown format 'pdf'; choose from: text, markdown, json, html"),
])
def test_make_job_refuses_a_bad_setting_before_any_story(args, message):
    with pytest.raises(InputError, match=message):
        make_job(*args)


@pytest.mark.parametrize("kwargs, message", [
    ({"engine": "spark"}, "unknown engine 'spark'; choose from: local, ray"),
    ({"workers": 0}, "--workers must be at least 1, not 0"),
])
def test_execute_refuses_an_unknown_engine_or_no_workers(kwargs, message):
    with pytest.raises(InputError, match=message):
        execute(Job("lead"), [Story("a", records=(Record(text="t"),))], **kwargs)


def test_summarize_many_checks_everything_when_called_not_when_iterated():
    with pytest.raises(InputError, match="malformed length"):
        summarize_many([("a", reports("Arlen"))], "lead", "many")
    with pytest.raises(InputError, match="appears twice"):
        summarize_many([("a", reports("Arlen")), ("a", reports("Brisk"))], "lead")


def test_outcomes_come_out_in_story_order_failures_as_story_errors():
    finished = (o for o in [Outcome("c", brief="C"), Outcome("a", error="no text"), Outcome("b", brief="B")])
    results = list(_in_story_order(finished, ["a", "b", "c"]))
    assert [(sid, type(r).__name__) for sid, r in results] == [("a", "StoryError"), ("b", "str"), ("c", "str")]
    error = results[0][1]
    assert isinstance(error, SummarizerError) and (error.story_id, error.reason, str(error)) == ("a", "no text", "no text")


def test_summarize_many_yields_briefs_and_errors_in_story_order():
    stories = [("b", reports("Dunmore")), {"id": "a", "documents": [{"text": "Menu | Login"}]},
               Story("c", records=tuple(Record(id=f"c{n}", text=t) for n, t in enumerate(reports("Kelton"))))]
    results = list(summarize_many(stories, "lead", "25w", embeddings=False, workers=1))
    assert [sid for sid, _ in results] == ["b", "a", "c"]
    (_, first), (_, failed), (_, third) = results
    assert isinstance(first, Brief) and "Dunmore" in first.text and len(first.text.split()) <= 25
    assert isinstance(failed, StoryError) and failed.story_id == "a" and failed.reason
    assert [d.id for d in third.documents] == ["c0", "c1"] and "Kelton" in third.text


def test_the_summary_line_counts_written_failed_and_skipped():
    result = BatchResult(total=5, skipped=1, done=4, failures=[("x", "why")], seconds=2.0)
    assert result.failed == 1
    assert result.summary() == "5 stories: 3 written, 1 failed, 1 already done; 2.0 s (2.00 stories/s)"
    assert BatchResult(total=0).summary() == "0 stories: 0 written, 0 failed, 0 already done; 0.0 s (0.00 stories/s)"


def test_run_batch_writes_the_folder_skips_itself_and_resumes(tmp_path):
    source = tmp_path / "stories"
    for place in ("Arlen", "Brisk"):
        (source / place.lower()).mkdir(parents=True)
        for n, text in enumerate(reports(place)):
            (source / place.lower() / f"r{n}.txt").write_text(text)
    (source / "junk").mkdir()
    (source / "junk" / "r.txt").write_text("Menu | Login")
    out = source / "out"  # inside the input: never a story itself
    result = run_batch(source, out, strategy="lead", length="20w", output_format="markdown",
                       embeddings=False, workers=1, progress=False)
    assert (result.total, result.done, result.skipped, result.failed) == (3, 3, 0, 1)
    assert [sid for sid, _ in result.failures] == ["junk"]
    lines = [json.loads(line) for line in (out / INDEX).read_text().splitlines()]
    assert [(e["id"], e["status"], e["output"]) for e in lines] == [
        ("arlen", "ok", "arlen.md"), ("brisk", "ok", "brisk.md"), ("junk", "error", None)]
    assert "Brisk" in (out / "brisk.md").read_text() and not (out / "junk.md").exists()

    again = run_batch(source, out, strategy="lead", length="20w", output_format="markdown",
                      embeddings=False, workers=1, progress=False)
    assert (again.total, again.done, again.skipped, again.failed) == (3, 1, 2, 1)
    assert [json.loads(line) for line in (out / INDEX).read_text().splitlines()] == lines


def test_run_batch_refuses_an_output_folder_inside_a_story(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "r.txt").write_text(reports("Arlen")[0])
    with pytest.raises(InputError, match="--output .* is inside the reports of story a"):
        run_batch(tmp_path, tmp_path / "a" / "out", strategy="lead", embeddings=False, progress=False)
    assert not (tmp_path / "a" / "out" / INDEX).exists()
