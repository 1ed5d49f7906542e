"""What a worker does with one story, the same in every engine (in process, process pool, Ray).

A worker is set up once (``StoryRunner(job)``: models loaded once per process or actor) and
then summarizes stories one by one. It returns an ``Outcome``, never raises for a story:
a failing story is recorded and the batch goes on.

Outputs must not depend on which worker ran a story, nor on what it ran before: the
strategy object is made fresh per story (``random`` keeps its fixed seed) and the sentence
encoder's vector cache is emptied before each story (vectors computed in another batch
composition can differ in the last bits).
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass
from typing import Any

from summarizer.batch.inputs import Record, Story
from summarizer.render import FORMATS, render

#: The environment of every worker process, in every engine. A fixed hash seed makes any
#: iteration over a set of strings the same in every worker, so no engine or worker can
#: change a brief even where the pipeline forgot to sort a set. One thread per worker for
#: the numeric libraries, as Ray gives a one-CPU actor: the cores are shared by processes,
#: and threads on top would only contend for them.
WORKER_ENV = {"PYTHONHASHSEED": "0", "OMP_NUM_THREADS": "1", "OPENBLAS_NUM_THREADS": "1",
              "MKL_NUM_THREADS": "1"}
#: Output formats and their file extensions (one table, in summarizer.render).
EXTENSIONS = FORMATS


#: A small story each worker summarizes once when it starts (its outcome is dropped).
WARM_UP = Story("warm-up", records=tuple(Record(id=f"r{n}", text=text) for n, text in enumerate((
    "The city council approved a new budget on Monday after a long debate. The plan adds money "
    "for schools and roads. Council members voted seven to two in favor of the measure.",
    "A new city budget passed on Monday. The council voted seven to two. The plan puts more "
    "money into schools, roads and public parks, the mayor said in a statement.",
    "After hours of debate, the council passed the budget. Schools and roads get more money "
    "under the plan. Two members voted against it, citing higher costs for residents."), 1)))


@dataclass(frozen=True)
class Job:
    """The settings every story of a batch is summarized with."""

    strategy: str | None = None
    length: str = "100w"
    output_format: str | None = None  # None: return the Brief itself (the Python API)
    embeddings: bool = True
    options: tuple[tuple[str, Any], ...] = ()  # strategy constructor options (e.g. model)

    def settings(self) -> dict[str, Any]:
        """What a fingerprint covers."""
        return {"strategy": self.strategy, "length": self.length, "format": self.output_format,
                "embeddings": self.embeddings, "options": [list(o) for o in self.options]}


@dataclass
class Outcome:
    """One story's result: a brief (or its rendering), or a one-line error."""

    id: str
    brief: Any = None
    rendered: str | None = None
    error: str | None = None
    seconds: float = 0.0
    words: int | None = None
    reports: int | None = None

    @property
    def ok(self) -> bool:
        return self.error is None


def one_line(error: BaseException) -> str:
    """An error as the index and the CLI show it: one line, the type for non-user errors."""
    from summarizer.errors import SummarizerError

    message = str(error).splitlines()[0].strip() if str(error).strip() else ""
    if isinstance(error, SummarizerError) and message:
        return message
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


class StoryRunner:
    """A worker (its own process): loads what the job needs once, then
    ``runner(story) -> Outcome``."""

    def __init__(self, job: Job) -> None:
        self.job = job
        # a worker process's notes would tear the driver's progress bar; failures come back
        logging.getLogger("summarizer").setLevel(logging.ERROR)
        self._load_models()

    def _load_models(self) -> None:
        from summarizer.strategies import get_strategy

        if self.job.embeddings:
            from summarizer.generation.embeddings import get_embedder

            embedder = get_embedder()
            embedder.threads = 1  # processes, not threads, share the cores in a batch
            try:
                embedder.dimension  # loads the encoder now, once
            except Exception:  # noqa: BLE001 - align.py falls back to lexical, per story
                pass
        strategy = get_strategy(self.job.strategy, **dict(self.job.options))
        loader = getattr(strategy, "text_model", None)  # abstractive: the model, once
        if callable(loader):
            loader()
        self(WARM_UP)  # the libraries a brief loads lazily (spaCy, the solver) load now


    def __call__(self, story: Story) -> Outcome:
        start = time.perf_counter()
        try:
            outcome = self._summarize(story)
        except Exception as error:  # noqa: BLE001 - recorded, the batch goes on
            outcome = Outcome(story.id, error=one_line(error))
        outcome.seconds = time.perf_counter() - start
        return outcome

    def _summarize(self, story: Story) -> Outcome:
        from summarizer.api import summarize_corpus
        from summarizer.batch.inputs import documents
        from summarizer.corpus import Corpus
        from summarizer.text import word_count

        if self.job.embeddings:
            from summarizer.generation.embeddings import get_embedder

            get_embedder().cache.clear()
        corpus = Corpus(documents(story))
        brief = summarize_corpus(corpus, self.job.strategy, self.job.length,
                                 embeddings=self.job.embeddings, **dict(self.job.options))
        outcome = Outcome(story.id, words=word_count(brief.text), reports=len(brief.documents))
        if self.job.output_format is None:
            outcome.brief = brief
        else:
            outcome.rendered = render(brief, self.job.output_format)
        return outcome


def make_runner(job: Job) -> StoryRunner:
    """The factory engines call in each worker process or actor (picklable by reference)."""
    return StoryRunner(job)
