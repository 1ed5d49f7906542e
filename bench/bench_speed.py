"""End-to-end speed and memory of `summarize`, per cluster size, with ratios to slower peers.

    python bench/bench_speed.py                       # sizes 25 100 500 2000
    python bench/bench_speed.py --sizes 25 100        # a quick run
    python bench/bench_speed.py --sizes 25 --clusters-only   # one cluster size alone

Every figure comes from a fresh subprocess (wall seconds, peak RSS via RUSAGE_CHILDREN):
- `summarize seeds/` end to end (default strategy, full trust annotation) against `summarize
  seeds/ -s lead` and `python -c pass`, a second brief of the same reports in the same
  process (and which heavy modules - torch, transformers, nltk, sklearn - it imported), and
  `summarize --help`;
- the encoder on the seeds' sentences: onnxruntime (default) against the torch reference;
- clusters of N reports sampled from DUC 2004 (read at run time from ../shared/data; sizes
  beyond the 500 documents reuse documents with a seeded share of sentences dropped, so
  they are near-copies that reprint many sentences, as wire stories do, not exact copies
  merged away; "read" counts the reports left after exact copies are merged), each
  summarized end to end through the API (wall time and peak RSS per size, and the growth:
  the time ratio to the previous size over its sentence ratio), and the near-duplicate pairing of their sentences,
  blocked (corpus.near_duplicate_pairs) against the comparison of every pair that shares a
  word (the former method), with a check that both find the same pairs.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DUC_DOCS = ROOT.parent / "shared" / "data" / "duc2004" / "clusters"
DROP_SHARE = 0.3


def sample_texts(count: int, seed: int = 0) -> list[str]:
    """``count`` report texts from DUC 2004: every document once before any repeats; a
    repeat keeps a seeded random 70% of its sentences (DUC documents are one paragraph), so
    no two reports are identical and none is merged away as an exact copy."""
    paths = sorted(DUC_DOCS.glob("*/docs/*"))
    rng = random.Random(seed)
    order = rng.sample(paths, len(paths))
    texts = []
    for n in range(count):
        text = order[n % len(order)].read_text(encoding="utf-8", errors="replace")
        if n >= len(order):
            text = _variant(text, set(texts), rng)
        texts.append(text)
    return texts


def _variant(text: str, seen: set[str], rng: random.Random, tries: int = 20) -> str:
    """``text`` without a seeded random ``DROP_SHARE`` of its sentences, unlike any text in
    ``seen`` when a few draws allow it (a short report may have few variants)."""
    from summarizer.text import split_sentences

    sentences = split_sentences(" ".join(text.split()))
    variant = text
    for _ in range(tries):
        kept = [s for s in sentences if rng.random() >= DROP_SHARE]
        variant = " ".join(kept if 0 < len(kept) < len(sentences) else sentences[1:] or sentences)
        if variant not in seen:
            break
    return variant


def run(code: str, *args: str, timeout: float = 900) -> tuple[float, float, str]:
    """(wall seconds, peak RSS MB, stdout) of ``python -c code args`` in a fresh process."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code), *args], capture_output=True,
                          text=True, cwd=ROOT, timeout=timeout)
    seconds = time.perf_counter() - start
    if done.returncode:
        raise RuntimeError(done.stderr[-2000:])
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    # ru_maxrss of children is the largest child so far: measure the biggest run last
    return seconds, max(peak, before) / 1024, done.stdout


def rss_of(argv: list[str], timeout: float = 900) -> tuple[float, float]:
    """Wall seconds and peak RSS (MB) of a command, through /usr/bin/time -v."""
    seconds, peak, _ = timed_command(argv, timeout)
    return seconds, peak


def timed_command(argv: list[str], timeout: float = 900) -> tuple[float, float, str]:
    """Wall seconds, peak RSS (MB) and stdout of a command, through /usr/bin/time -v."""
    start = time.perf_counter()
    # a session of its own, so a timeout ends the measured program too, not only time(1)
    with subprocess.Popen(["/usr/bin/time", "-v", *argv], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                          text=True, cwd=ROOT, start_new_session=True) as process:
        try:
            stdout, stderr = process.communicate(timeout=timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
    seconds = time.perf_counter() - start
    if process.returncode:
        raise RuntimeError(stderr[-2000:])
    line = next(l for l in stderr.splitlines() if "Maximum resident set size" in l)
    return seconds, int(line.split()[-1]) / 1024, stdout


SEEDS_TWICE = """
import sys, time
from summarizer.api import summarize
start = time.perf_counter(); summarize('seeds/')
middle = time.perf_counter(); summarize('seeds/')
heavy = [m for m in ('torch', 'transformers', 'nltk', 'sklearn') if m in sys.modules]
print(middle - start, time.perf_counter() - middle, ','.join(heavy) or '-')
"""

ENCODER = """
import sys, time
from summarizer.corpus import Corpus
from summarizer.generation.embeddings import Embedder
from summarizer.ingest import load_documents
texts = [s.text for s in Corpus(load_documents('seeds/')).sentences]
start = time.perf_counter(); Embedder(backend=sys.argv[1]).embed(texts)
print(time.perf_counter() - start, len(texts))
"""

CLUSTER = """
import json, sys, time
sys.path.insert(0, 'bench')
from bench_speed import sample_texts
from summarizer.api import summarize_corpus
from summarizer.corpus import Corpus
from summarizer.ingest import load_documents
texts = sample_texts(int(sys.argv[1]))
start = time.perf_counter()
corpus = Corpus(load_documents(texts))
built = time.perf_counter()
brief = summarize_corpus(corpus)
print(json.dumps({"sentences": len(corpus.sentences), "read": len(corpus.documents),
                  "corpus": built - start, "brief": time.perf_counter() - built}))
"""

PAIRING = """
import json, sys, time
from collections import defaultdict
sys.path.insert(0, 'bench')
from bench_speed import sample_texts
from summarizer.corpus import Corpus, near_duplicate_pairs
from summarizer.ingest import load_documents

def every_sharing_pair(sets, threshold):  # the former method: all pairs that share a word
    index = defaultdict(list)
    for i, items in enumerate(sets):
        for item in items:
            index[item].append(i)
    for i, items in enumerate(sets):
        overlap = defaultdict(int)
        for item in items:
            for j in index[item]:
                if j > i:
                    overlap[j] += 1
        for j, shared in overlap.items():
            union = len(items) + len(sets[j]) - shared
            if union and shared / union >= threshold:
                yield i, j

sets = [s.content for s in Corpus(load_documents(sample_texts(int(sys.argv[1])))).sentences]
result = {}
for threshold in (0.25, 0.6):
    start = time.perf_counter(); blocked = sorted(near_duplicate_pairs(sets, threshold))
    middle = time.perf_counter(); former = sorted(every_sharing_pair(sets, threshold))
    result[threshold] = [middle - start, time.perf_counter() - middle, blocked == former, len(blocked)]
print(json.dumps(result))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="*", default=[25, 100, 500, 2000])
    parser.add_argument("--pairing-max", type=int, default=500,
                        help="largest size at which the former pairing is timed too")
    parser.add_argument("--timeout", type=float, default=900,
                        help="seconds one cluster size may take before it is reported as timed out")
    parser.add_argument("--clusters-only", action="store_true",
                        help="only the cluster sizes and pairing (no seeds, --help or encoder figures)")
    args = parser.parse_args()

    run("from summarizer.generation.embeddings import embed; embed(['Warm the ONNX export cache.'])")
    if not args.clusters_only:
        seeds_figures()
    clusters(args)


def seeds_figures() -> None:
    """`summarize seeds/` and its peers, each in a fresh process."""
    python_s, _ = rss_of([sys.executable, "-c", "pass"])
    help_s, help_mb = rss_of([sys.executable, "-m", "summarizer.cli", "--help"])
    seeds_s, seeds_mb = rss_of([sys.executable, "-m", "summarizer.cli", "seeds/"])
    lead_s, lead_mb = rss_of([sys.executable, "-m", "summarizer.cli", "seeds/", "-s", "lead"])
    _, _, out = run(SEEDS_TWICE)
    first, second, heavy = out.split()
    first, second = float(first), float(second)
    print(f"python -c pass (start-up)    {python_s:6.2f} s")
    print(f"summarize --help             {help_s:6.2f} s  {help_mb:6.0f} MB   (target < 0.3 s; "
          f"{help_s / python_s:.1f}x a bare Python start-up)")
    print(f"summarize seeds/ (fresh)     {seeds_s:6.2f} s  {seeds_mb:6.0f} MB   (target <= 2.5 s, <= 400 MB)")
    print(f"summarize seeds/ -s lead     {lead_s:6.2f} s  {lead_mb:6.0f} MB   (default/lead "
          f"{seeds_s / lead_s:.2f}x time, {seeds_mb / lead_mb:.2f}x memory)")
    print(f"seeds via API: first {first:.2f} s, second {second:.3f} s (target <= 0.3 s; second/first "
          f"{second / first:.3f}); heavy modules imported: {heavy}")
    onnx_s = float(run(ENCODER, "onnx")[2].split()[0])
    torch_s = float(run(ENCODER, "torch")[2].split()[0])
    print(f"encoder load+embed seeds: onnx {onnx_s:.2f} s, torch {torch_s:.2f} s (torch/onnx {torch_s / onnx_s:.1f}x)")


def clusters(args: argparse.Namespace) -> None:
    """End to end per cluster size, then the near-duplicate pairing."""
    if not DUC_DOCS.is_dir():
        print("DUC 2004 not found: cluster sizes skipped")
        return
    print("targets: 25 reports < 4 s; 500 < 30 s and < 1.5 GB; 2000 < 120 s and < 3 GB; growth about "
          "linear in sentences (time ratio / sentence ratio near 1)")
    print(f"{'reports':>7} {'read':>5} {'sentences':>9} {'corpus s':>8} {'brief s':>8} {'wall s':>7} "
          f"{'peak MB':>8} {'growth':>7}")
    previous = None
    for size in sorted(args.sizes):
        # one fresh process per size: wall time, peak RSS of that run alone, its own figures
        try:
            wall, peak, out = timed_command([sys.executable, "-c", textwrap.dedent(CLUSTER), str(size)],
                                            args.timeout)
        except subprocess.TimeoutExpired:
            print(f"{size:7d} timed out after {args.timeout:.0f} s")
            continue
        figures = json.loads(out)
        growth = ""
        if previous:  # time ratio over sentence ratio against the previous size
            growth = f"{(wall / previous[0]) / (figures['sentences'] / previous[1]):7.2f}"
        print(f"{size:7d} {figures['read']:5d} {figures['sentences']:9d} {figures['corpus']:8.2f} "
              f"{figures['brief']:8.2f} {wall:7.2f} {peak:8.0f} {growth:>7}")
        previous = (wall, figures["sentences"])
    for size in sorted(s for s in args.sizes if s <= args.pairing_max):
        figures = json.loads(run(PAIRING, str(size))[2])
        for threshold, (blocked, former, same, pairs) in figures.items():
            print(f"pairing {size:5d} reports @ {threshold}: blocked {blocked:.2f} s, former {former:.2f} s "
                  f"(former/blocked {former / max(blocked, 1e-9):.1f}x), {pairs} pairs, identical: {same}")


if __name__ == "__main__":
    main()
