"""Benchmark: are the reports a brief cites for a sentence the ones that state it?

For each basil-dev event (``../shared/data/basil-dev``; Fox / NYT / HuffPost), the default
brief at 100 words lists, per brief sentence, its sources: the sentence it was selected as
(its own report) and the sentences of other reports the engine aligned to it (the same fact,
``trust.align.align``, or the same claim in other wording, ``trust.align.claim_matches``) that
state its main claim, not only a side clause or background they share (``trust.support``).
Every source in another report than the sentence's own is a *citation*: (event, brief
sentence index, cited report, cited report sentence index).

Citations were labelled by reading the two sentences (``bench/data/citations_labeled.jsonl``,
references only, no text: event, brief sentence index, the report and sentence it was taken
from, the cited report and sentence, label): ``correct`` when the cited sentence states the brief sentence's
claim, in any wording; ``wrong`` otherwise (same topic but another claim, only part of it, a
different figure or actor). Events are split by sorted folder name: even positions are the
development half (rules tuned there), odd positions are held out.

Prints per half: citations, how many are labelled, precision over the labelled ones, the
wrong ones (with the rule that made them), and the share of brief sentences carried by at
least two outlets. ``--dump`` prints every citation with both texts (for labelling; the
texts are never stored).

Usage: python bench/bench_citations.py [--data DIR] [--dump] [--unlabeled] [--half dev|held] [--strategy SPEC]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from summarizer.api import summarize_corpus  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.ingest import load_documents  # noqa: E402
from summarizer.trust import evidence  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "basil-dev"
LABELS = REPO / "bench" / "data" / "citations_labeled.jsonl"


@dataclass(frozen=True)
class Citation:
    event: str
    sentence: int  # index of the brief sentence
    own: str  # the report the brief sentence was taken from
    own_sentence: int
    report: str  # the cited report
    report_sentence: int
    rule: str  # "fact" (aligned fact), "claim" (claim_matches), or "fact+claim"
    text: str  # the brief sentence (printed only)
    cited: str  # the cited sentence (printed only)

    @property
    def key(self) -> tuple[str, str, int, str, int]:
        """The brief sentence by the report sentence it was selected as (stable when a change
        of the alignment reorders the brief), and the cited sentence."""
        return self.event, self.own, self.own_sentence, self.report, self.report_sentence


def halves(data: Path) -> dict[str, list[Path]]:
    events = sorted(p for p in data.iterdir() if p.is_dir())
    return {"dev": events[0::2], "held": events[1::2]}


def citations(folder: Path, strategy: str | None = None) -> tuple[list[Citation], int, int]:
    """The event's citations, its brief sentences and how many of them >= 2 outlets carry."""
    corpus = Corpus(load_documents(sorted(folder.glob("*.txt"))))
    brief = summarize_corpus(corpus, strategy, "100w")
    known = evidence(corpus, True)
    by_key = {(corpus.documents[s.doc].id, s.index): s for s in corpus.sentences}
    found, supported = [], 0
    for k, sentence in enumerate(brief.sentences):
        supported += len(sentence.support) >= 2
        own = corpus.sentences[sentence.sentence_id]
        own_doc = corpus.documents[own.doc].id
        fact = set(known.alignment.fact(own.id).sentences)
        claims = set(known.claims.get(own.id, {}).values())
        for source in sentence.sources:
            if source.document == own_doc:
                continue
            cited = by_key[(source.document, source.sentence)]
            rule = "+".join(name for name, ids in (("fact", fact), ("claim", claims)) if cited.id in ids)
            found.append(Citation(folder.name, k, own_doc, own.index, source.document, source.sentence,
                                  rule or "other", sentence.text, cited.text))
    return found, len(brief.sentences), supported


def load_labels(path: Path = LABELS) -> dict[tuple[str, str, int, str, int], str]:
    if not path.exists():
        return {}
    labels = {}
    for line in path.read_text().splitlines():
        if line.strip():
            row = json.loads(line)
            key = (row["event"], row["own"], row["own_sentence"], row["report"], row["report_sentence"])
            labels[key] = row["label"]
    return labels


def report(name: str, events: list[Path], labels: dict, dump: bool, unlabeled: bool,
           strategy: str | None = None) -> None:
    start = time.perf_counter()
    rows, sentences, supported = [], 0, 0
    for folder in events:
        found, n, s = citations(folder, strategy)
        rows += found
        sentences += n
        supported += s
    judged = [(c, labels[c.key]) for c in rows if c.key in labels]
    wrong = [c for c, label in judged if label == "wrong"]
    correct = len(judged) - len(wrong)
    precision = correct / len(judged) if judged else float("nan")
    print(f"\n{name}: {len(events)} events, {sentences} brief sentences, {len(rows)} citations, "
          f"{len(judged)} labelled, {time.perf_counter() - start:.0f} s")
    print(f"  precision      {precision:6.1%} ({correct}/{len(judged)} labelled citations correct; "
          f"{len(rows) - len(judged)} unlabelled)")
    print(f"  supported      {supported / max(sentences, 1):6.1%} of brief sentences (>= 2 outlets)")
    for c in wrong:
        print(f"  wrong: {c.event[:8]} s{c.sentence} ({c.own}:{c.own_sentence}) -> {c.report}:{c.report_sentence} [{c.rule}]")
    for c in rows:
        if dump or (unlabeled and c.key not in labels):
            print(f"\n  {c.event} s{c.sentence} {c.own}:{c.own_sentence} -> {c.report}:{c.report_sentence} "
                  f"[{c.rule}] label={labels.get(c.key, '?')}\n    B: {c.text}\n    R: {c.cited}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--dump", action="store_true", help="print every citation with both texts")
    parser.add_argument("--unlabeled", action="store_true", help="print the citations not yet labelled")
    parser.add_argument("--half", choices=("dev", "held"), default=None)
    parser.add_argument("--strategy", default=None, help="a strategy spec (default: the engine's default), e.g. ilp:support_weight=2")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"error: no basil-dev data at {args.data}")
    labels = load_labels()
    for name, events in halves(args.data).items():
        if args.half in (None, name):
            title = "development (even positions)" if name == "dev" else "held out (odd positions)"
            report(title, events, labels, args.dump, args.unlabeled, args.strategy)


if __name__ == "__main__":
    main()
