"""Speed of the strategies per DUC 2004 cluster, as ratios to sumy's LexRank in the same run.

    python bench/bench_strategies.py                      # lexical strategies, all clusters
    python bench/bench_strategies.py --embedding --clusters 10
    python bench/bench_strategies.py centroid ilp lexrank

What is timed is ``strategy.select(corpus, budget)`` on a Corpus built beforehand (Corpus
building, the same for every strategy, is reported separately). The machine is shared, so
absolute times drift with other people's load: strategies run round-robin on each cluster
(every strategy sees the same load at nearly the same moment) and each one's median is
compared with LexRank's median from this same run. Each strategy runs once before timing
(imports, lazy model loading). Every strategy starts every cluster with no spaCy parse and no
trust verdict cached, so its time includes the parses its trust rules need. Embedding strategies start every cluster with an empty vector
cache, so their times include encoding the cluster's sentences.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from bench.duc_eval import DUC2004, topics  # noqa: E402

LEXICAL = ["lead", "centroid", "mmr", "submodular", "ilp", "lexrank"]
EMBEDDING = ["centroid-emb", "submodular-emb"]
#: Requirements from the project's issues: default under 0.5 s and >= 5x faster than
#: LexRank; the ILP solves every cluster within 2 s.
DEFAULT_MAX_SECONDS, DEFAULT_MIN_SPEEDUP, ILP_MAX_SECONDS = 0.5, 5.0, 2.0


def build_corpora(names: list[str]):
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents

    corpora, seconds = {}, []
    for name in names:
        start = time.perf_counter()
        corpora[name] = Corpus(load_documents([str(DUC2004 / "clusters" / name / "docs")]))
        seconds.append(time.perf_counter() - start)
    return corpora, seconds


def clear_parses() -> None:
    """Forget spaCy parses and trust verdicts: every strategy pays for the parses its
    trust rules need, whatever ran before it on the same cluster."""
    from summarizer.selection.candidates import forget_judgements
    from summarizer.nlp.load import clear

    clear()
    forget_judgements()


def clear_embedding_cache() -> None:
    from summarizer.generation import embeddings

    for embedder in embeddings._EMBEDDERS.values():
        embedder.cache.clear()


def time_strategies(names: list[str], corpora: dict, length: str) -> tuple[dict[str, list[float]], dict]:
    """Per-strategy select() seconds per cluster (round-robin), and the ILP solver's record:
    status counts and its wall-clock and CPU seconds per cluster."""
    from summarizer.budget import Budget
    from summarizer.strategies import get_strategy

    budget = Budget.parse(length)
    strategies = {name: get_strategy(name) for name in names}
    first = next(iter(corpora.values()))
    for strategy in strategies.values():  # warm-up: imports, model loading
        strategy.select(first, budget)
    seconds: dict[str, list[float]] = {name: [] for name in names}
    solver: dict = {"status": {}, "wall": [], "cpu": []}
    for corpus in corpora.values():
        for name, strategy in strategies.items():
            if name.endswith("-emb"):
                clear_embedding_cache()
            clear_parses()
            start = time.perf_counter()
            strategy.select(corpus, budget)
            seconds[name].append(time.perf_counter() - start)
            if name == "ilp":
                solver["status"][strategy.last_status] = solver["status"].get(strategy.last_status, 0) + 1
                solver["wall"].append(strategy.last_solve_seconds)
                solver["cpu"].append(strategy.last_solve_cpu_seconds)
    return seconds, solver


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("strategies", nargs="*", help=f"default: {' '.join(LEXICAL)}")
    parser.add_argument("--embedding", action="store_true", help=f"also {' '.join(EMBEDDING)}")
    parser.add_argument("--clusters", type=int, default=0, help="only the first N clusters")
    parser.add_argument("--length", default="100w")
    args = parser.parse_args(argv)

    from summarizer.strategies import DEFAULT_STRATEGY

    names = list(args.strategies or LEXICAL) + (EMBEDDING if args.embedding else [])
    for needed in ("lexrank", DEFAULT_STRATEGY):
        if needed not in names:
            names.append(needed)
    clusters = topics()[: args.clusters or None]
    corpora, build = build_corpora(clusters)
    print(f"{len(clusters)} DUC 2004 clusters, budget {args.length}; Corpus building: median "
          f"{statistics.median(build) * 1000:.0f} ms, max {max(build) * 1000:.0f} ms per cluster")
    seconds, solver = time_strategies(names, corpora, args.length)
    lexrank = statistics.median(seconds["lexrank"])
    print(f"{'strategy':<16} {'median ms':>10} {'max ms':>9} {'LexRank / it':>13}")
    for name in names:
        median = statistics.median(seconds[name])
        marker = "  (default)" if name == DEFAULT_STRATEGY else ""
        print(f"{name:<16} {median * 1000:>10.1f} {max(seconds[name]) * 1000:>9.1f} "
              f"{lexrank / median:>12.1f}x{marker}")
    default = statistics.median(seconds[DEFAULT_STRATEGY])
    print(f"default {DEFAULT_STRATEGY}: median {default:.3f} s (limit {DEFAULT_MAX_SECONDS} s), "
          f"{lexrank / default:.1f}x faster than LexRank (needs {DEFAULT_MIN_SPEEDUP}x)")
    if "ilp" in seconds:
        print(f"ilp: slowest cluster {max(seconds['ilp']):.3f} s (limit {ILP_MAX_SECONDS} s); "
              f"solver status per cluster: {solver['status']}")
        print(f"ilp solver (HiGHS) alone: median {statistics.median(solver['wall']) * 1000:.1f} ms, "
              f"max {max(solver['wall']) * 1000:.1f} ms wall-clock; CPU median "
              f"{statistics.median(solver['cpu']) * 1000:.1f} ms, max {max(solver['cpu']) * 1000:.1f} ms")


if __name__ == "__main__":
    main()
