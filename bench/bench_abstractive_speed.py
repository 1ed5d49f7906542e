"""Seconds per ``abstractive`` brief on three full-length articles of one event.

    python bench/bench_abstractive_speed.py                  # first basil-dev event, 100w
    python bench/bench_abstractive_speed.py --event 0c78e748-efbf-417c-a8c1-beeb6480147f
    python bench/bench_abstractive_speed.py --skip-unbounded --event A --event B  # max over events

Why: constrained decoding over long sentences once made one brief take minutes. The
strategy's generation budget is counted, not timed (``max_words``, ``max_tokens`` scored per
brief, ``max_calls``, ``max_new_tokens``); this prints seconds per brief with the defaults and with the budget lifted
(the previous, unbounded path), both measured here in one run, and their ratio. The model
is loaded once before timing (the process-wide cache), so both figures are the strategy's
own work: select + compress + guard + refill. Trust annotation is not timed. basil-dev is
read in place from ../shared/data and never copied.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.brief import build_brief  # noqa: E402
from summarizer.budget import Budget  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.ingest import load_documents  # noqa: E402
from summarizer.strategies import get_strategy  # noqa: E402

BASIL = ROOT.parent / "shared" / "data" / "basil-dev"
UNBOUNDED = {"max_words": 10**6, "max_calls": 10**6, "max_tokens": 10**9, "max_new_tokens": 10**6}


def brief_seconds(corpus: Corpus, length: str, **options: object) -> tuple[float, int, int]:
    """Seconds for one brief (select + finish), sentences rewritten, model calls spent."""
    strategy = get_strategy("abstractive", threads=1, **options)
    strategy.text_model()  # loaded once per process: not part of the brief's time
    budget = Budget.parse(length)
    start = time.perf_counter()
    selected = strategy.select(corpus, budget)
    brief = build_brief(corpus, selected, "abstractive", budget,
                        lambda i: strategy.wording(corpus, i))
    brief = strategy.finish(corpus, brief)
    seconds = time.perf_counter() - start
    return seconds, sum(s.rewritten for s in brief.sentences), strategy.calls_spent


def event_corpus(event: Path) -> tuple[Corpus, int]:
    """The event's three articles (file names are lower- or upper-case) and their words."""
    files = sorted(p for p in event.iterdir() if p.suffix.lower() == ".txt")
    return Corpus(load_documents(files)), sum(len(p.read_text(encoding="utf-8").split()) for p in files)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--event", action="append",
                        help="basil-dev folder name, repeatable (default: the first, sorted)")
    parser.add_argument("--length", default="100w")
    parser.add_argument("--skip-unbounded", action="store_true")
    args = parser.parse_args()
    if not BASIL.is_dir():
        sys.exit(f"error: {BASIL} not found")
    events = ([BASIL / name for name in args.event] if args.event
              else sorted(p for p in BASIL.iterdir() if p.is_dir())[:1])
    worst = 0.0
    for event in events:
        corpus, words = event_corpus(event)
        print(f"event {event.name}: 3 articles, {words} words, {len(corpus.sentences)} sentences")
        bounded, rewritten, calls = brief_seconds(corpus, args.length)
        worst = max(worst, bounded)
        print(f"  bounded (defaults)  {bounded:7.1f} s per brief  rewritten={rewritten}  model calls={calls}")
        if args.skip_unbounded:
            continue
        unbounded, rewritten, calls = brief_seconds(corpus, args.length, **UNBOUNDED)
        print(f"  unbounded (before)  {unbounded:7.1f} s per brief  rewritten={rewritten}  model calls={calls}")
        print(f"  ratio unbounded / bounded: {unbounded / max(bounded, 1e-9):.1f}x")
    if len(events) > 1:
        print(f"max bounded over {len(events)} events: {worst:.1f} s per brief")


if __name__ == "__main__":
    main()
