"""``summarizer.batch.work``: what a worker does with one story. The runner never raises for
a story, and a story's brief does not depend on what the worker ran before."""

from __future__ import annotations

import json
import logging

import pytest

from summarizer.batch.inputs import Record, Story
from summarizer.batch.work import EXTENSIONS, WARM_UP, WORKER_ENV, Job, Outcome, make_runner, one_line
from summarizer.brief import Brief
from summarizer.errors import InputError, ModelLoadError


def fire(place: str) -> Story:
    texts = [f"A fire destroyed a warehouse in {place} on Tuesday night. Firefighters fought the "
             "blaze for six hours. No one was hurt, the fire chief said.",
             f"Fire crews in {place} battled a warehouse fire for six hours on Tuesday. The "
             "building held paper and furniture. Nobody was injured in the fire."]
    return Story(place.lower(), records=tuple(Record(id=f"r{n}", text=t) for n, t in enumerate(texts, 1)))


@pytest.fixture(scope="module")
def runner():
    """A runner without the sentence encoder (the logger level it sets is put back)."""
    logger = logging.getLogger("summarizer")
    level = logger.level
    try:
        yield make_runner(Job("lead", "20w", "json", embeddings=False))
    finally:
        logger.setLevel(level)


def test_settings_are_what_a_fingerprint_covers():
    job = Job("ilp", "5s", "markdown", False, (("rules", "x"), ("trim", False)))
    assert job.settings() == {"strategy": "ilp", "length": "5s", "format": "markdown",
                              "embeddings": False, "options": [["rules", "x"], ["trim", False]]}
    assert Job().settings() == {"strategy": None, "length": "100w", "format": None,
                                "embeddings": True, "options": []}


@pytest.mark.parametrize("error, line", [
    (InputError("no reports\nsecond line"), "no reports"),
    (ModelLoadError("  cannot load m  "), "cannot load m"),
    (ValueError("bad value"), "ValueError: bad value"),
    (KeyError("k"), "KeyError: 'k'"),
    (RuntimeError(""), "RuntimeError"),
    (InputError(), "InputError"),
])
def test_one_line_keeps_user_errors_as_they_are_and_names_the_type_of_others(error, line):
    assert one_line(error) == line


def test_an_outcome_is_ok_without_an_error():
    assert Outcome("a").ok and not Outcome("a", error="x").ok


def test_the_worker_environment_pins_the_hash_seed_and_one_thread():
    assert WORKER_ENV["PYTHONHASHSEED"] == "0"
    assert {WORKER_ENV[k] for k in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS")} == {"1"}
    assert EXTENSIONS == {"text": "txt", "markdown": "md", "json": "json", "html": "html"}


def test_a_story_is_rendered_with_its_words_and_reports_counted(runner):
    outcome = runner(fire("Arlen"))
    assert outcome.ok and outcome.id == "arlen" and outcome.brief is None
    data = json.loads(outcome.rendered)
    assert data["strategy"] == "lead"
    text = " ".join(sentence["text"] for sentence in data["sentences"])
    assert outcome.words == len(text.split()) <= 20 and data["length"] == "20w"
    assert outcome.reports == len(data["documents"]) == 2 and outcome.seconds > 0
    assert "Arlen" in text


def test_a_brief_does_not_depend_on_what_the_worker_ran_before(runner):
    first = runner(fire("Brisk")).rendered
    runner(fire("Corvale"))
    runner(WARM_UP)
    assert runner(fire("Brisk")).rendered == first


def test_a_failing_story_is_an_outcome_with_one_line_never_an_exception(runner):
    outcome = runner(Story("bad", records=(Record(text="Menu | Login | Subscribe"),)))
    assert not outcome.ok and outcome.rendered is None and outcome.seconds > 0
    assert "\n" not in outcome.error and outcome.error
    missing = runner(Story("gone", folder="/nonexistent/story/folder"))
    assert not missing.ok and "/nonexistent/story/folder" in missing.error


def test_without_a_format_the_brief_itself_comes_back():
    logger = logging.getLogger("summarizer")
    level = logger.level
    try:
        runner = make_runner(Job("lead", "1s", None, embeddings=False))
    finally:
        logger.setLevel(level)
    outcome = runner(fire("Dunmore"))
    assert isinstance(outcome.brief, Brief) and outcome.rendered is None
    assert len(outcome.brief.sentences) == 1 and [d.id for d in outcome.brief.documents] == ["r1", "r2"]
    assert outcome.words == len(outcome.brief.text.split())
