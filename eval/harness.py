"""Strategies x clusters: run them (in parallel, cached on disk), then score everything.

Work is split by cluster, not by strategy: reading and grouping a cluster's reports
(``Corpus``) is the expensive shared step, so each worker builds it once and runs every
strategy on it. Strategies are reached only through the registry (``summarize_corpus``
with a name), never by importing a strategy module.

Each strategy object is made fresh for every cluster, so a stateful strategy (``random``
with its fixed seed) gives the same summary whichever worker runs the cluster and in
whatever order: results do not depend on ``--jobs``.
"""

from __future__ import annotations

import contextlib
import contextvars
import json
import logging
import multiprocessing
import time
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Iterator, Sequence

from summarizer.budget import Budget
from summarizer.errors import InputError

from summarizer.eval.datasets import Cluster, Dataset, read_summary

log = logging.getLogger("summarizer")

STRATEGY, PEER = "strategy", "peer"
MANIFEST = ".harness.json"  # hidden, so the outputs folder stays "<system>/<topic>.txt" only


# --- running strategies -------------------------------------------------------------------


@dataclass(frozen=True)
class Task:
    """What one worker does: summarize one cluster with some strategies."""

    topic: str
    docs: Path
    strategies: tuple[str, ...]
    length: str
    language: str | None = None  # read the reports in this language (None: detect it)


@dataclass
class ClusterResult:
    topic: str
    summaries: dict[str, list[str]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    corpus_seconds: float = 0.0


@dataclass
class StrategyRun:
    """One strategy's summaries over the dataset, with timings and failures per topic."""

    name: str
    summaries: dict[str, list[str]] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: dict[str, str] = field(default_factory=dict)
    reused: int = 0

    @property
    def seconds_per_cluster(self) -> float | None:
        """Mean time of the strategy alone (the shared Corpus is timed separately)."""
        return sum(self.seconds.values()) / len(self.seconds) if self.seconds else None


def summary_lines(brief: object) -> list[str]:
    """A brief as ROUGE wants a summary: one sentence a line, no line breaks inside."""
    lines = (" ".join(sentence.text.split()) for sentence in brief.sentences)  # type: ignore[attr-defined]
    return [line for line in lines if line]


def _error_text(error: BaseException) -> str:
    message = str(error).splitlines()[0] if str(error) else ""
    return f"{type(error).__name__}: {message}" if message else type(error).__name__


def run_cluster(task: Task) -> ClusterResult:
    """Worker body: build the cluster's Corpus once, run each strategy on it.

    Briefs are annotated without the sentence encoder (``embeddings=False``, the API's
    setting for batch runs): the evidence it adds is not scored, and loading and running it
    per brief would dominate the timings of the fast strategies.

    A failing strategy is recorded, not raised: one bad cluster must not throw away an
    hour of benchmark; the report shows the failures and the summary counts as empty.
    """
    from summarizer.api import summarize_corpus
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents
    from summarizer.strategies import get_strategy

    result = ClusterResult(task.topic)
    start = time.perf_counter()
    try:
        corpus = Corpus(load_documents(task.docs, task.language))
    except Exception as error:  # noqa: BLE001 - reported per strategy below
        result.failures = {name: _error_text(error) for name in task.strategies}
        return result
    result.corpus_seconds = time.perf_counter() - start
    for name in task.strategies:
        start = time.perf_counter()
        try:
            brief = summarize_corpus(corpus, get_strategy(name), task.length, embeddings=False)
        except Exception as error:  # noqa: BLE001
            result.failures[name] = _error_text(error)
            continue
        result.seconds[name] = time.perf_counter() - start
        result.summaries[name] = summary_lines(brief)
    return result


def _quiet_worker() -> None:
    """Workers keep the engine's notes to themselves: they would tear the progress bar,
    and every failure comes back in the ClusterResult anyway."""
    logging.getLogger("summarizer").setLevel(logging.ERROR)


def _run_in_process(tasks: Sequence[Task]) -> Iterator[ClusterResult]:
    logger = logging.getLogger("summarizer")
    level = logger.level
    _quiet_worker()
    try:
        for task in tasks:
            yield run_cluster(task)
    finally:
        logger.setLevel(level)


def _run_in_pool(tasks: Sequence[Task], jobs: int) -> Iterator[ClusterResult]:
    """A process pool over clusters. forkserver, not fork: the parent may hold threads
    (tqdm's monitor), and a clean server process forks cheap workers. The server imports
    the engine once for all workers, with NLTK: the text layer's stemmer and sumy both
    load it, and with SciPy it costs seconds per process (a missing module is skipped)."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["summarizer.api", "summarizer.eval.harness", "summarizer.text.porter"])
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context,
                             initializer=_quiet_worker) as pool:
        futures: list[Future[ClusterResult]] = [pool.submit(run_cluster, t) for t in tasks]
        try:
            for future in as_completed(futures):
                yield future.result()
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise


def execute(tasks: Sequence[Task], jobs: int) -> Iterator[ClusterResult]:
    """Results as clusters finish (any order); on Ray inside ``using_engine("ray")``."""
    if _ENGINE.get().name == "ray":
        return _run_on_ray(tasks, _ENGINE.get())
    jobs = max(1, min(jobs, len(tasks)))
    return _run_in_process(tasks) if jobs == 1 else _run_in_pool(tasks, jobs)


# --- on Ray (summarize eval --engine ray) -------------------------------------------------


@dataclass(frozen=True)
class Engine:
    """Where clusters run: ``local`` (the pool above) or ``ray`` (the batch's Ray engine,
    ``summarizer.batch.ray_engine``: one actor per worker, models loaded once per actor)."""

    name: str = "local"
    address: str | None = None  # a Ray cluster to join; None starts a local instance
    workers: int | None = None  # Ray actors; None: the cluster's CPUs


_ENGINE: contextvars.ContextVar[Engine] = contextvars.ContextVar("harness_engine", default=Engine())


@contextlib.contextmanager
def using_engine(name: str, address: str | None = None,
                 workers: int | None = None) -> Iterator[None]:
    """Run the harness's clusters on ``name`` within the block (the CLI's ``--engine``)."""
    token = _ENGINE.set(Engine(name, address, workers))
    try:
        yield
    finally:
        _ENGINE.reset(token)


def _cluster_runner():
    """What each Ray actor builds once: a quiet process that runs clusters."""
    _quiet_worker()
    return run_cluster


def _lost_cluster(task: Task, error: BaseException) -> ClusterResult:
    return ClusterResult(task.topic, failures={name: f"worker lost: {_error_text(error)}"
                                               for name in task.strategies})


def _run_on_ray(tasks: Sequence[Task], engine: Engine) -> Iterator[ClusterResult]:
    from summarizer.batch.ray_engine import run_on_ray
    from summarizer.batch.work import WORKER_ENV

    return run_on_ray(_cluster_runner, tasks, on_error=_lost_cluster, workers=engine.workers,
                      address=engine.address, env=WORKER_ENV)


# --- the outputs folder and its cache -----------------------------------------------------


class OutputStore:
    """``DIR/<system>/<topic>.txt``, one sentence a line, plus a hidden manifest that records,
    per system, the length and the language its summaries were made for and each topic's
    time. ``--reuse`` trusts a file only when the manifest lists it for the same length and
    language, so summaries made for another budget, read in another language (or left
    half-done by a crash) are never mixed in. ``language`` is the code given with
    ``--language``, None when each cluster's language was detected (entries written before
    the language was recorded count as detected)."""

    def __init__(self, root: Path, length: str, language: str | None = None) -> None:
        self.root = root.expanduser()
        self.length = length
        self.language = language
        if self.root.exists() and not self.root.is_dir():
            raise InputError(f"--outputs {root} is a file, not a folder")
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            raise InputError(f"cannot create {root}: {error.strerror or error}") from None
        self.systems = self._read_manifest()

    def _read_manifest(self) -> dict[str, dict]:
        try:
            data = json.loads((self.root / MANIFEST).read_text(encoding="utf-8"))
            systems = data["systems"]
        except (OSError, ValueError, KeyError, TypeError):
            return {}
        return {name: entry for name, entry in systems.items()
                if isinstance(entry, dict) and isinstance(entry.get("seconds"), dict)}

    def _made_here(self, entry: dict) -> bool:
        """Whether a manifest entry's summaries were made for this run's length and language."""
        return entry.get("length") == self.length and entry.get("language") == self.language

    def path(self, system: str, topic: str) -> Path:
        return self.root / system / f"{topic}.txt"

    def cached(self, system: str, topic: str) -> tuple[list[str], float | None] | None:
        """A summary made earlier for the same length and language, with its time."""
        entry = self.systems.get(system, {})
        path = self.path(system, topic)
        if not self._made_here(entry) or topic not in entry["seconds"] or not path.is_file():
            return None
        seconds = entry["seconds"][topic]
        return read_summary(path), seconds if isinstance(seconds, (int, float)) else None

    def save(self, result: ClusterResult) -> None:
        from summarizer.output import write_atomically

        for system, lines in result.summaries.items():
            entry = self.systems.get(system)
            if entry is None or not self._made_here(entry):
                entry = self.systems[system] = {"length": self.length, "language": self.language,
                                                "seconds": {}}
            (self.root / system).mkdir(exist_ok=True)
            write_atomically(self.path(system, result.topic), "".join(f"{line}\n" for line in lines))
            entry["seconds"][result.topic] = result.seconds[system]
        for system in result.failures:  # an old file must not stand in for a failed run
            self.path(system, result.topic).unlink(missing_ok=True)
            self.systems.get(system, {}).get("seconds", {}).pop(result.topic, None)
        manifest = {"format": 1, "systems": self.systems}
        write_atomically(self.root / MANIFEST, json.dumps(manifest, indent=1, sort_keys=True) + "\n")


# --- the run ------------------------------------------------------------------------------


@dataclass
class RunResult:
    runs: dict[str, StrategyRun]
    corpus_seconds: dict[str, float]  # topic -> time to read and group the cluster


def _plan(clusters: Iterable[Cluster], strategies: Sequence[str], length: str,
          store: OutputStore | None, reuse: bool,
          runs: dict[str, StrategyRun], language: str | None = None) -> list[Task]:
    """Tasks for what is not cached; cached summaries go straight into ``runs``."""
    tasks = []
    for cluster in clusters:
        todo = []
        for name in strategies:
            hit = store.cached(name, cluster.topic) if (store and reuse) else None
            if hit is None:
                todo.append(name)
                continue
            lines, seconds = hit
            runs[name].summaries[cluster.topic] = lines
            runs[name].reused += 1
            if seconds is not None:
                runs[name].seconds[cluster.topic] = seconds
        if todo:
            tasks.append(Task(cluster.topic, cluster.docs, tuple(todo), length, language))
    return tasks


def run_strategies(dataset: Dataset, strategies: Sequence[str], length: str, jobs: int = 1,
                   outputs: Path | None = None, reuse: bool = False,
                   progress: bool = True, language: str | None = None) -> RunResult:
    """Every strategy on every cluster; summaries saved to ``outputs`` as they arrive, so
    an interrupted run keeps what it finished (and ``reuse`` picks it up). ``language``:
    the reports are read in it (a code; None: each cluster's language is detected)."""
    from tqdm import tqdm

    if reuse and outputs is None:
        raise InputError("--reuse needs --outputs DIR (the folder that holds earlier summaries)")
    store = OutputStore(outputs, length, language) if outputs is not None else None
    runs = {name: StrategyRun(name) for name in strategies}
    tasks = _plan(dataset.clusters, strategies, length, store, reuse, runs, language)
    corpus_seconds: dict[str, float] = {}
    with tqdm(total=len(tasks), desc="clusters", unit="cluster", disable=not progress or not tasks,
              dynamic_ncols=True) as bar:  # tqdm writes to stderr
        for result in execute(tasks, jobs):
            _collect(result, runs, corpus_seconds)
            if store is not None:
                store.save(result)
            bar.update()
    return RunResult(runs, corpus_seconds)


def _collect(result: ClusterResult, runs: dict[str, StrategyRun],
             corpus_seconds: dict[str, float]) -> None:
    if result.corpus_seconds:
        corpus_seconds[result.topic] = result.corpus_seconds
    for name, lines in result.summaries.items():
        runs[name].summaries[result.topic] = lines
        runs[name].seconds[result.topic] = result.seconds[name]
    for name, message in result.failures.items():
        runs[name].failures[result.topic] = message


# --- scoring ------------------------------------------------------------------------------


@dataclass
class SystemEval:
    """One row of the report: a strategy of ours or a published peer, scored."""

    name: str
    kind: str  # STRATEGY or PEER
    averages: dict  # metric -> eval.rouge.SystemScore
    per_topic: dict  # topic -> metric -> eval.rouge.Score
    seconds_per_cluster: float | None = None
    failures: dict[str, str] = field(default_factory=dict)


def rouge_word_limit(length: str) -> int | None:
    """ROUGE's ``-l N`` follows a budget in words; other budgets are scored uncut."""
    budget = Budget.parse(length)
    return budget.size if budget.unit == "words" else None


def make_scorer(length: str, rouge: str | None = None, language: str | None = None):
    """The scorer named ``rouge`` (see ``eval.scorers``) for this length and language; by
    default, in English, the standard DUC scorer (-n 4 -2 4 -u -m -p 0.5 -c 95 -r 1000 -f A)."""
    from summarizer.eval.scorers import scorer_info

    info = scorer_info(rouge, language)
    return info.make(info.word_limit(rouge_word_limit(length)))


def score_all(dataset: Dataset, runs: dict[str, StrategyRun], length: str,
              rouge: str | None = None, language: str | None = None) -> list[SystemEval]:
    """Score our strategies, then the peers, with one scorer (references prepared once).

    A topic without a summary (a failure) is scored as an empty summary, so every system
    is averaged over the same topics.
    """
    scorer = make_scorer(length, rouge, language)
    references = dataset.references
    systems = []
    for run in runs.values():
        summaries = {t: run.summaries.get(t, []) for t in dataset.topics}
        result = scorer.evaluate(summaries, references)
        systems.append(SystemEval(run.name, STRATEGY, result.averages, result.per_topic,
                                  run.seconds_per_cluster, dict(run.failures)))
    for name, summaries in dataset.peers.items():
        result = scorer.evaluate(summaries, references)
        systems.append(SystemEval(name, PEER, result.averages, result.per_topic))
    return systems
