"""Benchmark: eval.rouge vs Perl ROUGE-1.5.5 vs rouge-score on DUC 2004 (13 systems x 50 topics).

Times, on the same peers and references:
  (a) eval.rouge.Rouge155: ROUGE-1..4, L, SU4, -l 100, stemming, bootstrap (cold caches);
  (b) the original ROUGE-1.5.5.pl with the same options, one run per system
      (inputs and file lists written to a temp dir), if perl + XML::DOM exist;
  (c) rouge-score's RougeScorer for rouge1, rouge2, rougeLsum (Porter stemmer),
      score_multi over the references of each peer.

Usage: python bench/bench_rouge.py [--data DIR] [--no-perl] [--no-rouge-score] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from summarizer.eval.rouge import Rouge155, SystemResult, load_lines  # noqa: E402
from summarizer.eval.rouge.bootstrap import perl_srand_indices  # noqa: E402
from summarizer.eval.rouge.perl import PerlRouge155, perl_rouge_available  # noqa: E402
from summarizer.eval.rouge.porter import load_exceptions, morph_stem, porter_stem  # noqa: E402

Peers = dict[str, dict[str, list[str]]]  # system -> topic -> lines
References = dict[str, list[list[str]]]  # topic -> references -> lines


def load_duc(data: Path) -> tuple[Peers, References]:
    """Peers of every system and the references of every topic, as lines."""
    topics = sorted(p.name for p in (data / "clusters").iterdir())
    references = {t: [load_lines(f) for f in sorted((data / "clusters" / t / "refs").glob("*.txt"))] for t in topics}
    peers = {
        d.name: {t: load_lines(d / f"{t}.txt") for t in topics} for d in sorted((data / "peers").iterdir())
    }
    return peers, references


def timed(label: str, job: Callable[[], object]) -> tuple[float, object]:
    """Run ``job`` once and print its wall-clock time."""
    start = time.perf_counter()
    result = job()
    seconds = time.perf_counter() - start
    print(f"{label:<58s} {seconds:8.2f} s", flush=True)
    return seconds, result


def run_ours(peers: Peers, references: References) -> dict[str, SystemResult]:
    """Cold start: empty stem and bootstrap-draw caches and a fresh scorer, as in a new
    process."""
    for cache in (load_exceptions, morph_stem, porter_stem, perl_srand_indices):
        cache.cache_clear()
    scorer = Rouge155()
    return {system: scorer.evaluate(by_topic, references) for system, by_topic in peers.items()}


def run_perl(peers: Peers, references: References) -> dict[str, SystemResult]:
    """ROUGE-1.5.5.pl once per system (-z SPL, eval ids = sorted topics)."""
    with tempfile.TemporaryDirectory(prefix="rouge155-") as workdir:
        perl = PerlRouge155(Rouge155(), workdir)
        return {system: perl.evaluate(system, by_topic, references) for system, by_topic in peers.items()}


def run_rouge_score(peers: Peers, references: References) -> int:
    """rouge-score rouge1 / rouge2 / rougeLsum with stemming, best over references."""
    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge1", "rouge2", "rougeLsum"], use_stemmer=True)
    targets = {t: ["\n".join(ref) for ref in refs] for t, refs in references.items()}
    count = 0
    for by_topic in peers.values():
        for topic, lines in by_topic.items():
            scorer.score_multi(targets[topic], "\n".join(lines))
            count += 1
    return count


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=REPO.parent / "shared/data/duc2004")
    parser.add_argument("--no-perl", action="store_true")
    parser.add_argument("--repeat", type=int, default=3, help="cold runs of eval.rouge (median)")
    parser.add_argument("--no-rouge-score", action="store_true")
    args = parser.parse_args()
    if not (args.data / "clusters").is_dir():
        sys.exit(f"DUC 2004 data not found at {args.data}")
    peers, references = load_duc(args.data)
    print(f"{len(peers)} systems x {len(references)} topics, {sum(map(len, references.values()))} references")

    # ours takes seconds, so a burst of load on a shared machine can double one run: the
    # median of --repeat cold runs (Perl, minutes long, averages such bursts out by itself)
    runs = [timed("(a) eval.rouge  R-1..4, L, SU4 + bootstrap", lambda: run_ours(peers, references))
            for _ in range(args.repeat)]
    ours_s, ours = sorted(runs, key=lambda run: run[0])[len(runs) // 2]
    print(f"    median of {len(runs)} cold runs: {ours_s:.2f} s")
    if not args.no_perl and perl_rouge_available():
        perl_s, perl = timed("(b) ROUGE-1.5.5.pl  same job", lambda: run_perl(peers, references))
        same = all(ours[s] == perl[s] for s in peers)
        print(f"    identical output (all per-topic and average values): {'yes' if same else 'NO'}")
        print(f"    ratio ours / Perl = {ours_s / perl_s:.4f}  (Perl is {perl_s / ours_s:.1f}x slower)")
    else:
        print("(b) ROUGE-1.5.5.pl  skipped (perl with XML::DOM not installed or --no-perl)")
    if not args.no_rouge_score:
        rs_s, _ = timed("(c) rouge-score  rouge1, rouge2, rougeLsum (score_multi)", lambda: run_rouge_score(peers, references))
        print(f"    ratio ours / rouge-score = {ours_s / rs_s:.4f}  (rouge-score is {rs_s / ours_s:.1f}x slower)")


if __name__ == "__main__":
    main()
