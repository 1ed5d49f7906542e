"""What a run tells its reader: significance against a baseline, the table, JSON, a plot.

Every figure comes from one scorer (``eval.scorers``: ROUGE-1.5.5 recall by default, or
Google's rouge-score F1); the table's footnote and the JSON name it, and the scorer's
``measure`` is the figure the table leads with, ranks by and tests.

Significance is a paired randomization (sign-flip permutation) test over topics: under
the null hypothesis the two systems are exchangeable on every topic, so each per-topic
difference is equally likely to have either sign. It needs no normality assumption and
pairs the systems topic by topic, which is what makes small ROUGE differences testable
(topics vary far more than systems do).
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Sequence

import numpy as np

from summarizer.errors import InputError

from summarizer.eval.harness import PEER, STRATEGY, SystemEval
from summarizer.eval.scorers import ROUGE_155, SCORERS, ScorerInfo

DEFAULT_SCORER = SCORERS[ROUGE_155]
#: The default scorer's metrics in the table, the JSON and their short labels.
REPORTED = DEFAULT_SCORER.reported
#: Metrics tested against the baseline, the first decides the table's mark.
TESTED = DEFAULT_SCORER.tested
SIGNIFICANCE_LEVEL = 0.05
RESAMPLES = 10_000
SEED = 20040101  # fixed: the same run always prints the same marks
PREFERRED_BASELINE = "ICSISumm"


# --- significance -------------------------------------------------------------------------


@dataclass(frozen=True)
class Comparison:
    """One system against the baseline on one metric (per-topic recall, or F1)."""

    metric: str
    baseline: str
    difference: float  # mean per-topic figure (recall or F1) of the system minus the baseline's
    p: float
    exact: bool  # every sign assignment was enumerated (few topics)

    @property
    def significant(self) -> bool:
        return self.p < SIGNIFICANCE_LEVEL


def paired_permutation_test(a: Sequence[float], b: Sequence[float], resamples: int = RESAMPLES,
                            seed: int = SEED) -> tuple[float, bool]:
    """Two-sided p-value that paired samples ``a`` and ``b`` have the same mean.

    With n pairs there are 2**n sign assignments; when that is at most ``resamples`` they
    are all enumerated (an exact p), otherwise ``resamples`` random ones are drawn and
    p = (hits + 1) / (resamples + 1), which never claims p = 0 from a finite sample.
    Returns (p, exact).
    """
    diffs = np.asarray(b, dtype=np.float64) - np.asarray(a, dtype=np.float64)
    if diffs.size == 0:
        return 1.0, True
    observed = abs(diffs.mean())
    tolerance = 1e-12 * max(1.0, observed)  # equal means must count as "as extreme"
    if 2 ** diffs.size <= resamples:
        signs = np.array(list(itertools.product((1.0, -1.0), repeat=diffs.size)))
        hits = np.count_nonzero(np.abs(signs @ diffs / diffs.size) >= observed - tolerance)
        return float(hits / len(signs)), True
    rng = np.random.default_rng(seed)
    signs = rng.choice((1.0, -1.0), size=(resamples, diffs.size))
    hits = np.count_nonzero(np.abs(signs @ diffs / diffs.size) >= observed - tolerance)
    return float((hits + 1) / (resamples + 1)), False


def _figures(system: SystemEval, metric: str, topics: Sequence[str], measure: str) -> list[float]:
    return [getattr(system.per_topic[t][metric], measure) for t in topics]


def compare(systems: Sequence[SystemEval], baseline: SystemEval,
            metrics: Sequence[str] = TESTED, measure: str = "recall") -> dict[str, dict[str, Comparison]]:
    """system name -> metric -> Comparison, for every system but the baseline, on the
    per-topic ``measure`` (recall for ROUGE-1.5.5, f for rouge-score)."""
    topics = sorted(baseline.per_topic)
    result: dict[str, dict[str, Comparison]] = {}
    for system in systems:
        if system is baseline:
            continue
        result[system.name] = {}
        for metric in metrics:
            base = _figures(baseline, metric, topics, measure)
            other = _figures(system, metric, topics, measure)
            p, exact = paired_permutation_test(base, other)
            difference = round(float(np.mean(other) - np.mean(base)), 6) if topics else 0.0
            result[system.name][metric] = Comparison(metric, baseline.name, difference, p, exact)
    return result


def match_name(names: Sequence[str], requested: str) -> int:
    """Index of the requested system: the exact name, else the only case-insensitive
    match (a peer "Lead" and a strategy "lead" are told apart by case)."""
    if requested in names:
        return list(names).index(requested)
    loose = [i for i, name in enumerate(names) if name.lower() == requested.lower()]
    if len(loose) == 1:
        return loose[0]
    raise InputError(f"unknown --baseline {requested!r}; choose one of: {', '.join(names)}")


def choose_baseline(systems: Sequence[SystemEval], requested: str | None) -> SystemEval:
    """The named system (exact name first, then a unique case-insensitive match); by
    default the peer ICSISumm when the dataset has it, else our first strategy."""
    if requested:
        return systems[match_name([s.name for s in systems], requested)]
    for system in systems:
        if system.kind == PEER and system.name == PREFERRED_BASELINE:
            return system
    strategies = [s for s in systems if s.kind == STRATEGY]
    return (strategies or list(systems))[0]


# --- the table ----------------------------------------------------------------------------


def _points(value: float) -> str:
    return f"{100 * value:5.2f}"


def _interval_cell(system: SystemEval, metric: str, measure: str = "recall") -> str:
    score = system.averages[metric]
    low, high = getattr(score, f"{measure}_ci")
    return f"{_points(getattr(score, measure))} [{_points(low)}, {_points(high)}]"


def mark(system: SystemEval, baseline: SystemEval,
         comparisons: dict[str, dict[str, Comparison]], labels: dict[str, str] = REPORTED) -> str:
    """'better (R-2, R-1)', 'worse (R-2)', 'n.s.' or 'baseline'."""
    if system is baseline:
        return "baseline"
    tested = comparisons.get(system.name, {})
    better = [labels[m] for m, c in tested.items() if c.significant and c.difference > 0]
    worse = [labels[m] for m, c in tested.items() if c.significant and c.difference < 0]
    parts = []
    if better:
        parts.append(f"better ({', '.join(better)})")
    if worse:
        parts.append(f"worse ({', '.join(worse)})")
    return "; ".join(parts) or "n.s."


def _row(system: SystemEval, baseline: SystemEval, comparisons: dict[str, dict[str, Comparison]],
         scorer: ScorerInfo) -> list[str]:
    seconds = system.seconds_per_cluster
    return ([system.name, system.kind]
            + [_interval_cell(system, m, scorer.measure) for m in scorer.reported]
            + [_points(getattr(system.averages[m], scorer.other)) for m in scorer.reported]
            + [f"{seconds:.2f}" if seconds is not None else "-",
               mark(system, baseline, comparisons, scorer.reported)])


def ranked(systems: Sequence[SystemEval], measure: str = "recall") -> list[SystemEval]:
    """Best first by R-2 (the benchmark's headline figure), then R-1."""
    return sorted(systems, key=lambda s: (-getattr(s.averages["rouge-2"], measure),
                                          -getattr(s.averages["rouge-1"], measure), s.name))


def format_table(systems: Sequence[SystemEval], baseline: SystemEval,
                 comparisons: dict[str, dict[str, Comparison]],
                 scorer: ScorerInfo = DEFAULT_SCORER) -> str:
    """A plain-text table, the scorer's measure (recall, or F1) with its 95% interval, then
    the other measure, in ROUGE points (x100)."""
    labels = scorer.reported.values()
    header = (["system", "kind"] + [f"{label} {scorer.measure_label} [95% CI]" for label in labels]
              + [f"{scorer.other_label} {label}" for label in labels]
              + ["s/cluster", f"vs {baseline.name}"])
    rows = [header] + [_row(s, baseline, comparisons, scorer) for s in ranked(systems, scorer.measure)]
    widths = [max(len(row[i]) for row in rows) for i in range(len(header))]
    left = {0, 1, len(header) - 1}
    lines = ["  ".join(cell.ljust(w) if i in left else cell.rjust(w)
                       for i, (cell, w) in enumerate(zip(row, widths))).rstrip() for row in rows]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines) + "\n"


def footnote(topics: int, length: str, word_limit: int | None, baseline: SystemEval,
             scorer: ScorerInfo = DEFAULT_SCORER) -> str:
    """What the numbers mean and which scorer made them, wrapped under the table."""
    import textwrap

    return textwrap.fill(f"Scorer {scorer.name}: {scorer.describe(word_limit)}; {topics} topics, "
            f"length {length}; scores x100. s/cluster: the strategy's own time (reading and grouping "
            f"the cluster is shared). better/worse: paired randomization test against "
            f"{baseline.name} over topics on per-topic {scorer.measure_label}, {RESAMPLES:,} resamples, "
            f"p < {SIGNIFICANCE_LEVEL}.", width=100) + "\n"


# --- JSON ---------------------------------------------------------------------------------


def _score_dict(score: Any) -> dict[str, Any]:
    return {"recall": score.recall, "precision": score.precision, "f": score.f,
            "recall_ci": list(score.recall_ci), "precision_ci": list(score.precision_ci),
            "f_ci": list(score.f_ci)}


def _system_dict(system: SystemEval, baseline: SystemEval,
                 comparisons: dict[str, dict[str, Comparison]]) -> dict[str, Any]:
    entry: dict[str, Any] = {
        "name": system.name,
        "kind": system.kind,
        "scores": {m: _score_dict(s) for m, s in system.averages.items()},
        "seconds_per_cluster": system.seconds_per_cluster,
        "significance": None if system is baseline else {
            m: {"baseline": c.baseline, "difference": c.difference, "p": c.p,
                "significant": c.significant, "exact": c.exact}
            for m, c in comparisons.get(system.name, {}).items()},
    }
    if system.failures:
        entry["failures"] = dict(system.failures)
    return entry


def to_json(dataset: str, length: str, systems: Sequence[SystemEval], baseline: SystemEval,
            comparisons: dict[str, dict[str, Comparison]], scorer: ScorerInfo = DEFAULT_SCORER,
            **extra: Any) -> dict[str, Any]:
    """The contracted document: dataset, length, systems[name, kind, scores, seconds];
    scores are fractions as ROUGE prints them; ``scorer`` names what made them. Extra keys
    come after, never instead."""
    return {"dataset": dataset, "length": length,
            "systems": [_system_dict(s, baseline, comparisons) for s in systems],
            "baseline": baseline.name, "scorer": scorer.name,
            "significance_test": {"method": "paired randomization (sign flip) over topics",
                                  "metric": f"per-topic {scorer.measure}", "resamples": RESAMPLES,
                                  "seed": SEED, "level": SIGNIFICANCE_LEVEL},
            **extra}


# --- the plot -----------------------------------------------------------------------------


def plot_r2(systems: Sequence[SystemEval], baseline: SystemEval, path: Path, title: str,
            measure: str = "recall") -> None:
    """Every system's R-2 (recall, or the scorer's measure) with its 95% interval, best on
    top; written atomically."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    order = ranked(systems, measure)[::-1]
    recall = np.array([100 * getattr(s.averages["rouge-2"], measure) for s in order])
    low = np.array([100 * getattr(s.averages["rouge-2"], f"{measure}_ci")[0] for s in order])
    high = np.array([100 * getattr(s.averages["rouge-2"], f"{measure}_ci")[1] for s in order])
    figure, axes = plt.subplots(figsize=(7, 0.3 * len(order) + 1.5))
    positions = np.arange(len(order))
    for kind, color in ((STRATEGY, "tab:blue"), (PEER, "tab:gray")):
        mine = np.array([s.kind == kind for s in order], dtype=bool)
        if mine.any():
            axes.errorbar(recall[mine], positions[mine], fmt="o", color=color, capsize=3,
                          xerr=[recall[mine] - low[mine], high[mine] - recall[mine]], label=kind)
    axes.axvline(100 * getattr(baseline.averages["rouge-2"], measure), color="tab:red", lw=0.8, ls="--",
                 label=f"baseline: {baseline.name}")
    axes.set_yticks(positions, [f"{s.name} ({s.kind})" for s in order])
    axes.set_xlabel(f"ROUGE-2 {'F1' if measure == 'f' else measure} (x100), 95% interval")
    axes.set_title(title)
    axes.legend(loc="lower right", fontsize="small")
    figure.tight_layout()
    _save_figure(figure, path)
    plt.close(figure)


def _save_figure(figure: Any, path: Path) -> None:
    """Render in memory, then write atomically with the usual file mode."""
    import io

    from summarizer.output import write_atomically

    buffer = io.BytesIO()
    figure.savefig(buffer, format=path.suffix.lstrip(".").lower() or "png", dpi=120)
    write_atomically(path, buffer.getvalue())
