"""Score strategies on DUC 2004 (or any dataset in the DUC layout) with ROUGE-1.5.5 rules.

    python bench/duc_eval.py ilp centroid submodular --halves
    python bench/duc_eval.py ilp --options '{"min_reports": 2}' --halves
    python bench/duc_eval.py --peers ICSISumm DPP          # the published systems' files

Summaries are written one sentence per line (what ROUGE reads); each strategy runs on a
prebuilt Corpus per cluster. Each line also gives the summaries' mean length in words
before ROUGE's 100-word cut. ``--halves`` also scores the even- and odd-indexed topics
(sorted order) separately: settings are chosen on one half and checked on the other, never
on the references of all topics at once. The data is read in place and never copied.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any, Callable, Mapping

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DUC2004 = ROOT.parent / "shared" / "data" / "duc2004"
METRICS = ("rouge-1", "rouge-2", "rouge-su4")


def topics(data: Path = DUC2004) -> list[str]:
    return sorted(p.name for p in (data / "clusters").iterdir() if (p / "docs").is_dir())


def load_corpora(data: Path = DUC2004, names: list[str] | None = None) -> dict[str, Any]:
    """topic -> Corpus of its documents."""
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents

    return {t: Corpus(load_documents([str(data / "clusters" / t / "docs")])) for t in names or topics(data)}


def load_references(data: Path = DUC2004, names: list[str] | None = None) -> dict[str, list[list[str]]]:
    from summarizer.eval.rouge import load_lines

    return {t: [load_lines(p) for p in sorted((data / "clusters" / t / "refs").glob("*.txt"))]
            for t in names or topics(data)}


def run_strategy(strategy, corpora: Mapping[str, Any], length: str = "100w") -> tuple[dict[str, list[str]], list[float]]:
    """Summaries (topic -> lines) and the select() time of each cluster."""
    from summarizer.budget import Budget

    budget = Budget.parse(length)
    peers, seconds = {}, []
    for topic, corpus in corpora.items():
        start = time.perf_counter()
        chosen = strategy.select(corpus, budget)
        seconds.append(time.perf_counter() - start)
        peers[topic] = [strategy.wording(corpus, i) for i in sorted(chosen)]
    return peers, seconds


def score(peers: Mapping[str, list[str]], references: Mapping[str, list[list[str]]],
          resamples: int = 1000):
    """ROUGE-1.5.5 result of one system: ``.averages`` (metric -> SystemScore with its 95%
    bootstrap interval) and ``.per_topic`` (topic -> metric -> Score)."""
    from summarizer.eval.rouge import Rouge155

    scorer = Rouge155(word_limit=100, resamples=resamples)
    return scorer.evaluate(dict(peers), {t: references[t] for t in peers})


def halves(names: list[str]) -> dict[str, list[str]]:
    """Even- and odd-indexed topics of the sorted list: the tuning and the checking half."""
    names = sorted(names)
    return {"even": names[0::2], "odd": names[1::2]}


def mean_recall(per_topic: Mapping[str, Mapping[str, Any]], names: list[str], metric: str) -> float:
    return sum(per_topic[t][metric].recall for t in names) / len(names)


def describe(label: str, peers: Mapping[str, list[str]], references, split: bool) -> str:
    result = score(peers, references)
    scores = result.averages
    cells = [f"{scores[m].recall:.5f} [{scores[m].recall_ci[0]:.4f}-{scores[m].recall_ci[1]:.4f}]"
             for m in METRICS]
    words = sum(len(" ".join(lines).split()) for lines in peers.values()) / len(peers)
    line = f"{label:<28} " + "  ".join(cells) + f"  {words:.1f} words"
    if split:
        for half, names in halves(list(peers)).items():
            line += (f"  {half}: R1 {mean_recall(result.per_topic, names, 'rouge-1'):.4f}"
                     f" R2 {mean_recall(result.per_topic, names, 'rouge-2'):.4f}")
    return line


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("strategies", nargs="*", help="registered strategy names")
    parser.add_argument("--options", default="{}", help="JSON constructor options for every strategy")
    parser.add_argument("--peers", nargs="*", default=[], help="published systems under peers/")
    parser.add_argument("--length", default="100w")
    parser.add_argument("--halves", action="store_true", help="also score even/odd topics")
    parser.add_argument("--data", type=Path, default=DUC2004)
    parser.add_argument("--embedding-cache", type=Path, help="an .npz written by Embedder.save_cache")
    parser.add_argument("--write", type=Path, help="write summaries to DIR/<strategy>/<topic>.txt")
    args = parser.parse_args(argv)

    from summarizer.eval.rouge import load_lines
    from summarizer.strategies import get_strategy

    if args.embedding_cache and args.embedding_cache.exists():
        from summarizer.generation.embeddings import get_embedder

        get_embedder().load_cache(args.embedding_cache)
    references = load_references(args.data)
    header = f"{'system':<28} " + "  ".join(f"{m.upper():<24}" for m in METRICS)
    print(header)
    for peer in args.peers:
        peers = {t: load_lines(args.data / "peers" / peer / f"{t}.txt") for t in references}
        print(describe(f"[published] {peer}", peers, references, args.halves), flush=True)
    if not args.strategies:
        return
    corpora = load_corpora(args.data)
    options: Callable[[], dict] = lambda: json.loads(args.options)
    for name in args.strategies:
        summaries, seconds = run_strategy(get_strategy(name, **options()), corpora, args.length)
        if args.write:
            for topic, lines in summaries.items():
                out = args.write / name / f"{topic}.txt"
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        median = sorted(seconds)[len(seconds) // 2]
        print(describe(name, summaries, references, args.halves) + f"  ({median * 1000:.0f} ms/cluster)",
              flush=True)


if __name__ == "__main__":
    main()
