"""An evaluation run: settings (config file and flags) in, one table (and JSON, summaries, plot) out.

The CLI command (``summarizer/cli/eval.py``) is thin over ``evaluate``; this module imports
nothing heavy at module level: the harness, the scorer, tqdm and matplotlib load only when a
run starts.

A config file (``--config configs/duc2004.toml``) holds an ``[eval]`` table with the same
settings as the flags; a flag given on the command line wins over the config. Relative
paths in a config resolve against the config file's folder, then the project root (the
nearest folder above it with ``pyproject.toml`` or ``.git``), so ``../shared/data/duc2004``
works whether it was written for the repo root or for ``configs/``.
"""

from __future__ import annotations

import logging
import os
import time
import tomllib
from dataclasses import dataclass, fields, replace
from pathlib import Path
from typing import Any, Iterable

from summarizer.errors import InputError

log = logging.getLogger("summarizer")

PLOT_FORMATS = (".png", ".svg", ".pdf")


@dataclass
class Settings:
    """One evaluation run, from the config file and the flags (flags win)."""

    dataset: Path | None = None
    strategies: list[str] | None = None  # None: the engine's default strategy
    strict: bool = True  # unknown strategy names are errors (flags), or skipped (config)
    length: str = "100w"
    baseline: str | None = None
    json: Path | None = None
    outputs: Path | None = None
    plot: Path | None = None
    report: Path | None = None  # the HTML report page
    rouge: str | None = None  # the scorer (see eval.scorers); None: rouge-155, or
    # rouge-score with the language's tokenizer outside English
    language: str | None = None  # read and score the reports in it (None: detect, English scoring)
    reuse: bool = False
    jobs: int | None = None  # None: every core this process may use
    peers: bool = True
    progress: bool = True


# --- the config file ----------------------------------------------------------------------

_CONFIG_TYPES: dict[str, type] = {
    "dataset": str, "length": str, "strategies": list, "baseline": str, "json": str,
    "outputs": str, "plot": str, "reuse": bool, "jobs": int, "peers": bool,
    "report": str, "rouge": str, "language": str,
}
_PATH_KEYS = ("dataset", "json", "outputs", "plot", "report")


def _project_root(start: Path) -> Path | None:
    for folder in (start, *start.parents):
        if (folder / "pyproject.toml").is_file() or (folder / ".git").exists():
            return folder
    return None


def _resolve_input(value: str, bases: list[Path], fallback: Path) -> Path:
    """The first base under which the path exists; else the reading under ``fallback``,
    so that the error message names a concrete path."""
    path = Path(value).expanduser()
    if path.is_absolute():
        return path
    found = next((base / path for base in bases if (base / path).exists()), fallback / path)
    return found.resolve()


def _read_table(path: Path) -> dict[str, Any]:
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise InputError(f"no such config file: {path}") from None
    except OSError as error:
        raise InputError(f"cannot read config {path}: {error.strerror or error}") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:
        raise InputError(f"malformed config {path}: {error}") from None
    extra = sorted(set(data) - {"eval"})
    if extra or not isinstance(data.get("eval"), dict):
        raise InputError(f"malformed config {path}: expected only an [eval] table"
                         + (f", found {', '.join(extra)}" if extra else ""))
    return data["eval"]


#: How a config error names the type a key needs.
_TYPE_NAMES = {int: "a whole number", float: "a number", str: "a string", bool: "true or false",
               list: "a list"}


def _check_types(table: dict[str, Any], path: Path) -> None:
    """Unknown keys and wrong types are errors: a typo must not silently become a default."""
    for key, value in table.items():
        expected = _CONFIG_TYPES.get(key)
        if expected is None:
            known = ", ".join(_CONFIG_TYPES)
            raise InputError(f"malformed config {path}: unknown key {key!r} (known: {known})")
        if not isinstance(value, expected) or (expected is int and isinstance(value, bool)):
            kind = _TYPE_NAMES.get(expected, expected.__name__)
            raise InputError(f"malformed config {path}: {key} must be {kind}")
    strategies = table.get("strategies", [])
    if not all(isinstance(s, str) for s in strategies):
        raise InputError(f"malformed config {path}: strategies must be a list of names")


def load_config(path: Path) -> Settings:
    """Settings from an ``[eval]`` table; strategies from a config are a wish list (names
    not registered in this installation are skipped with a warning)."""
    path = path.expanduser()
    table = _read_table(path)
    _check_types(table, path)
    folder = path.resolve().parent
    root = _project_root(folder)
    bases = [folder] + ([root] if root and root != folder else []) + [Path.cwd()]
    output_base = root or folder
    values: dict[str, Any] = dict(table)
    for key in _PATH_KEYS:
        if key in values:
            values[key] = (_resolve_input(values[key], bases, output_base) if key == "dataset"
                           else output_base / Path(values[key]).expanduser())
    if "strategies" in values:
        values["strict"] = False
    return Settings(**values)


# --- flags over config --------------------------------------------------------------------


def merge(base: Settings, **flags: Any) -> Settings:
    """The config's settings with every flag that was given (not None) on top."""
    given = {k: v for k, v in flags.items() if v is not None}
    if "strategies" in given:
        given["strict"] = True
    names = {f.name for f in fields(Settings)}
    return replace(base, **{k: v for k, v in given.items() if k in names})


def resolve_strategies(settings: Settings) -> tuple[list[str], list[str]]:
    """(registered names to run, unknown names skipped), in order, duplicates dropped.
    Unknown names are an error when typed on the command line, a warning from a config."""
    from summarizer.strategies import DEFAULT_STRATEGY, available, get_strategy, parse_spec

    known = [name for name, _ in available()]
    wanted = list(dict.fromkeys(settings.strategies or [DEFAULT_STRATEGY]))
    unknown = [spec for spec in wanted if parse_spec(spec)[0] not in known]
    if unknown and settings.strict:
        raise InputError(f"unknown strategy {unknown[0]!r}; choose from: {', '.join(known)}")
    for name in unknown:
        log.warning("strategy %r is not registered in this installation: skipped", name)
    chosen = [spec for spec in wanted if spec not in unknown]
    if not chosen:
        raise InputError("no registered strategy to run (see 'summarize strategies')")
    for spec in chosen:  # options are checked before an hour of benchmark, not in a worker
        get_strategy(spec)
    return chosen, unknown


def _check_output(path: Path | None, flag: str) -> None:
    """Fail before an hour of summarizing, not after it."""
    if path is None:
        return
    parent = path.expanduser().parent
    if not parent.is_dir():
        raise InputError(f"cannot write {flag} {path}: folder {parent} does not exist")
    if path.expanduser().is_dir():
        raise InputError(f"cannot write {flag} {path}: it is a folder")


def check_outputs(settings: Settings) -> None:
    _check_output(settings.json, "--json")
    _check_output(settings.plot, "--plot")
    _check_output(settings.report, "--report")
    if settings.report is not None and settings.report.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"--report {settings.report}: use a .html file name")
    from summarizer.eval.scorers import scorer_info

    scorer_info(settings.rouge, language_code(settings))  # a wrong scorer fails before the run
    if settings.plot is not None and settings.plot.suffix.lower() not in PLOT_FORMATS:
        raise InputError(f"--plot {settings.plot}: use a {', '.join(PLOT_FORMATS)} file name")
    if settings.jobs is not None and settings.jobs < 1:
        raise InputError(f"--jobs must be at least 1, not {settings.jobs}")


def language_code(settings: Settings) -> str | None:
    """The ISO code of ``settings.language`` (None when not given); unknown is an error."""
    from summarizer.language import resolve

    return resolve(settings.language) if settings.language else None


def default_jobs() -> int:
    """The cores this process may run on (a container may allow fewer than the machine has)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


# --- the run ------------------------------------------------------------------------------


def evaluate(settings: Settings) -> str:
    """Check everything, run, score, write the files; returns the text to print."""
    from summarizer.budget import Budget

    from summarizer.eval import harness, report
    from summarizer.eval.datasets import load_dataset
    from summarizer.eval.scorers import scorer_info

    if settings.dataset is None:
        raise InputError("no dataset: name a DATASET folder or a --config that has one")
    length = str(Budget.parse(settings.length))
    check_outputs(settings)
    language = language_code(settings)
    dataset = load_dataset(settings.dataset, with_peers=settings.peers)
    strategies, skipped = resolve_strategies(settings)
    if settings.baseline is not None:  # fail before the run, not after it
        report.match_name(strategies + list(dataset.peers), settings.baseline)
    started = time.perf_counter()
    run = harness.run_strategies(dataset, strategies, length, settings.jobs or default_jobs(),
                                 settings.outputs, settings.reuse, settings.progress, language)
    _warn_failures(run.runs.values(), len(dataset.clusters))
    scorer = scorer_info(settings.rouge, language)
    systems = harness.score_all(dataset, run.runs, length, scorer.name, language)
    baseline = report.choose_baseline(systems, settings.baseline)
    comparisons = report.compare(systems, baseline, scorer.tested, scorer.measure)
    wall = time.perf_counter() - started
    word_limit = scorer.word_limit(harness.rouge_word_limit(length))
    if settings.json is not None:
        document = report.to_json(
            str(dataset.root.resolve()), length, systems, baseline, comparisons,
            scorer=scorer, topics=len(dataset.clusters), rouge=scorer.options(word_limit),
            corpus_seconds_per_cluster=_mean(run.corpus_seconds.values()),
            wall_seconds=round(wall, 3), skipped_strategies=skipped)
        _write_json(settings.json, document)
    if settings.plot is not None:
        report.plot_r2(systems, baseline, settings.plot, f"{dataset.name}, {length}", scorer.measure)
    if settings.report is not None:
        _write_report(settings, dataset, length, word_limit, systems, baseline, comparisons, scorer)
    return (report.format_table(systems, baseline, comparisons, scorer)
            + report.footnote(len(dataset.clusters), length, word_limit, baseline, scorer)
            + f"Wall time {wall:.1f} s for {len(dataset.clusters)} clusters.\n")


def _write_json(path: Path, document: dict[str, Any]) -> None:
    import json

    from summarizer.output import write_atomically

    write_atomically(path, json.dumps(document, indent=2) + "\n")


def _warn_failures(runs: Any, clusters: int) -> None:
    for run in runs:
        if run.failures:
            topic, message = next(iter(sorted(run.failures.items())))
            log.warning("strategy %s failed on %d of %d clusters (first: %s: %s); those score zero",
                        run.name, len(run.failures), clusters, topic, message)


def _write_report(settings: Settings, dataset: Any, length: str, word_limit: int | None,
                  systems: Any, baseline: Any, comparisons: Any, scorer: Any) -> None:
    """The HTML page (``eval.report_html``): table, chart, scatter and this run's settings."""
    from summarizer.eval.report_html import EvalReport, render_report
    from summarizer.output import write_atomically

    shown = {"dataset": dataset.name, "topics": len(dataset.clusters), "length": length,
             "scorer": scorer.name, "baseline": baseline.name,
             "strategies": ", ".join(s.name for s in systems if s.kind == "strategy"),
             "peers": "yes" if settings.peers else "no",
             "language": settings.language or "detected per cluster"}
    page = EvalReport(title=f"{dataset.name}, {length}", systems=list(systems), baseline=baseline,
                      comparisons=comparisons, scorer=scorer, topics=len(dataset.clusters),
                      word_limit=word_limit, settings=shown)
    write_atomically(settings.report, render_report(page))


def _mean(values: Iterable[float]) -> float | None:
    values = list(values)
    return sum(values) / len(values) if values else None
