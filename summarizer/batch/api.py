"""Many stories at once: ``summarize_many`` (Python) and ``run_batch`` (``summarize batch``).

Both go through ``execute``: the same ``StoryRunner`` in a process pool or in Ray actors,
each started with the same environment, so the engine changes the speed, never the briefs.
"""

from __future__ import annotations

import functools
import logging
import sys
import time
from contextlib import closing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from summarizer.batch.inputs import Story, read_stories, stories_from_api
from summarizer.batch.work import EXTENSIONS, WORKER_ENV, Job, Outcome, make_runner, one_line
from summarizer.errors import InputError, SummarizerError

log = logging.getLogger("summarizer")

ENGINES = ("local", "ray")


class StoryError(SummarizerError):
    """A story that could not be summarized; ``summarize_many`` yields it in place of a Brief."""

    def __init__(self, story_id: str, reason: str) -> None:
        super().__init__(reason)
        self.story_id = story_id
        self.reason = reason


def make_job(strategy: str | None, length: str, output_format: str | None, embeddings: bool,
             options: dict[str, Any]) -> Job:
    """The batch's settings, checked before any story runs (a typo is one error, not N)."""
    from summarizer.budget import Budget
    from summarizer.strategies import get_strategy

    Budget.parse(length)
    get_strategy(strategy, **options)
    if output_format is not None and output_format not in EXTENSIONS:
        raise InputError(f"unknown format {output_format!r}; choose from: {', '.join(EXTENSIONS)}")
    return Job(strategy, str(length), output_format, embeddings, tuple(sorted(options.items())))


def _lost(story: Story, error: BaseException) -> Outcome:
    return Outcome(story.id, error=f"worker lost: {one_line(error)}")


def execute(job: Job, stories: Sequence[Story], workers: int | None = None,
            engine: str = "local", ray_address: str | None = None) -> Iterator[Outcome]:
    """Outcomes as stories finish (completion order), from the chosen engine."""
    from summarizer.batch import local

    if engine not in ENGINES:
        raise InputError(f"unknown engine {engine!r}; choose from: {', '.join(ENGINES)}")
    if workers is not None and workers < 1:
        raise InputError(f"--workers must be at least 1, not {workers}")
    factory = functools.partial(make_runner, job)
    if engine == "ray":
        from summarizer.batch.ray_engine import run_on_ray

        return run_on_ray(factory, stories, on_error=_lost, workers=workers, address=ray_address,
                          env=WORKER_ENV)
    count = max(1, min(workers or local.cores(), len(stories)))
    return local.run_in_pool(factory, stories, count, _lost, WORKER_ENV)


def summarize_many(stories: Iterable[Any], strategy: str | None = None, length: str = "100w", *,
                   embeddings: bool = True, workers: int | None = None, engine: str = "local",
                   ray_address: str | None = None, **options: Any) -> Iterator[tuple[str, Any]]:
    """Summarize many stories; yields ``(id, Brief)`` or ``(id, StoryError)`` in story order.

    ``stories``: ``(id, reports)`` pairs (a folder, or a list of report texts or paths),
    dicts shaped like a JSON Lines story (``{"id":..., "documents": [{"text":...}]}``), or
    ``Story`` objects (``summarizer.batch.read_stories(path)`` reads a whole input).
    ``workers``: worker processes (default: the cores); ``engine="ray"`` runs them as Ray
    actors (``ray_address`` joins a cluster). A failing story does not stop the others.
    """
    job = make_job(strategy, length, None, embeddings, options)
    items = stories_from_api(stories)  # checked now, not at the first next()
    return _in_story_order(execute(job, items, workers, engine, ray_address),
                           [story.id for story in items])


def _in_story_order(outcomes: Iterator[Outcome], order: list[str]) -> Iterator[tuple[str, Any]]:
    finished: dict[str, Outcome] = {}
    position = 0
    with closing(outcomes):  # type: ignore[type-var]
        for outcome in outcomes:
            finished[outcome.id] = outcome
            while position < len(order) and order[position] in finished:
                done = finished.pop(order[position])
                position += 1
                yield done.id, done.brief if done.ok else StoryError(done.id, done.error or "")


# --- summarize batch ----------------------------------------------------------------------


@dataclass
class BatchResult:
    """What a batch did: stories run, skipped (already done), failed, and the wall time."""

    total: int
    skipped: int = 0
    done: int = 0
    failures: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def failed(self) -> int:
        return len(self.failures)

    def summary(self) -> str:
        rate = self.done / self.seconds if self.seconds > 0 else 0.0
        return (f"{self.total} stories: {self.done - self.failed} written, {self.failed} failed, "
                f"{self.skipped} already done; {self.seconds:.1f} s ({rate:.2f} stories/s)")


def _stories_outside(stories: list[Story], outdir: Path) -> list[Story]:
    """The output folder is never a story, and never inside one (its briefs would become
    reports of that story on the next run)."""
    target = outdir.resolve()
    kept = []
    for story in stories:
        folder = Path(story.folder).resolve() if story.folder else None
        if folder is not None and folder == target:
            continue
        if folder is not None and folder in target.parents:
            raise InputError(f"--output {outdir} is inside the reports of story {story.id}")
        kept.append(story)
    return kept


def run_batch(source: str | Path, outdir: str | Path, *, strategy: str | None = None,
              length: str = "100w", output_format: str = "text", embeddings: bool = True,
              workers: int | None = None, force: bool = False, engine: str = "local",
              ray_address: str | None = None, progress: bool = True,
              options: dict[str, Any] | None = None) -> BatchResult:
    """Summarize every story of ``source`` into ``outdir`` (see ``summarize batch --help``)."""
    from summarizer.batch.fingerprint import fingerprint
    from summarizer.batch.index import BatchIndex, prepare_outdir

    job = make_job(strategy, length, output_format, embeddings, options or {})
    if engine == "ray":
        from summarizer.batch.ray_engine import require_ray

        require_ray()
    stories = read_stories(source)
    folder = prepare_outdir(Path(outdir))
    stories = _stories_outside(stories, folder)
    index = BatchIndex(folder, [s.id for s in stories], EXTENSIONS[output_format])
    try:
        prints = {s.id: fingerprint(s, job.settings()) for s in stories}
        todo = [s for s in stories if force or not index.is_done(s.id, prints[s.id])]
        result = BatchResult(total=len(stories), skipped=len(stories) - len(todo))
        if result.skipped:
            log.info("%d of %d stories already done (--force redoes them)", result.skipped,
                     len(stories))
        started = time.perf_counter()
        _run(job, todo, workers, engine, ray_address, progress, index, prints, result)
        result.seconds = time.perf_counter() - started
        index.write()
        return result
    finally:
        index.close()


def _run(job: Job, todo: list[Story], workers: int | None, engine: str, ray_address: str | None,
         progress: bool, index: Any, prints: dict[str, str], result: BatchResult) -> None:
    from tqdm import tqdm

    if not todo:
        return
    with tqdm(total=len(todo), unit="story", desc="stories", disable=not progress,
              file=sys.stderr, dynamic_ncols=True) as bar, \
            closing(execute(job, todo, workers, engine, ray_address)) as outcomes:  # type: ignore[type-var]
        bar.set_postfix(failed=0, refresh=False)
        for outcome in outcomes:
            index.record(outcome.id, prints[outcome.id], outcome.seconds, outcome.rendered,
                         outcome.error, outcome.words, outcome.reports)
            result.done += 1
            if not outcome.ok:
                result.failures.append((outcome.id, outcome.error or ""))
                _report_failure(bar, outcome, progress)
                bar.set_postfix(failed=result.failed, refresh=False)
            bar.update()


def _report_failure(bar: Any, outcome: Outcome, progress: bool) -> None:
    message = f"story {outcome.id} failed: {outcome.error}"
    if progress:
        bar.write(f"error: {message}", file=sys.stderr)
    else:
        log.error(message)
