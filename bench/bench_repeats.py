"""Benchmark: does a default brief tell a fact twice?

For each basil-dev event (``../shared/data/basil-dev``; Fox / NYT / HuffPost) the default
brief at 150 words is made, and every pair of its sentences is keyed by the report
sentences they were selected as (event, the two "report:index" in sorted order). Pairs were
labelled by reading whole briefs (``bench/data/repeats_labeled.jsonl``, references only, no
text): ``repeat`` when the later sentence's main claim is one the earlier states, whatever
detail it adds (an editor would cut it or merge the two), ``different`` for every other pair
of a brief read. Events are split as in ``bench_citations.py`` (sorted folder names: even
positions the development half, odd held out); the held-out half's labels come from a
reading of its briefs on 7216d8f, before any rule was written from it, the development
half's from a second reader's reading of that half's briefs; the pairs of briefs that changed
after those readings were labelled by the lead.

Prints per half: briefs, sentences and pairs; the labelled pairs among them and the
repeats (pairs per brief, briefs with one); pairs not yet labelled (a brief that changed);
and how well the claim rule's score (``align.same_claim``: encoder cosine plus weighted word
overlap, the relation ``trust.repeats`` selects under at ``REPEAT_CLAIM_SCORE``) tells the
labelled repeats from the other pairs, as the area under its ROC curve (0.5: no better than
chance) with the repeats' range. ``--unlabeled`` prints the pairs to read. ``--position``
also scores each pair by the claim score less ``POSITION_WEIGHT`` times the later of the two
sentences' places in their reports (repeats are mostly two reports' opening sentences), a
weight chosen on the development labels, and prints how many repeats and other pairs each
threshold of it would separate: the test of whether that cue makes a usable rule.

Usage: python bench/bench_repeats.py [--data DIR] [--length 150w] [--half dev|held] [--unlabeled]
       [--position [--position-weight W]]
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import dataclass
from itertools import combinations
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from bench.bench_citations import DATA, halves  # noqa: E402  (the same events, split alike)
from summarizer.api import summarize_corpus  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.ingest import load_documents  # noqa: E402
from summarizer.trust.align import claim_embedder, term_weights, weighted_overlap  # noqa: E402

LABELS = REPO / "bench" / "data" / "repeats_labeled.jsonl"
#: Claim score lost per place of the later sentence in its report (``--position``): chosen on
#: the development half's labels, where the ROC area flattens from here on (``--half dev
#: --position --position-weight W``: 0.82 at 0.02, 0.86 at 0.05 and at 0.1).
POSITION_WEIGHT = 0.05
#: Thresholds of the position-weighted score at which ``--position`` counts the pairs.
POSITION_THRESHOLDS = (0.3, 0.4, 0.5, 0.6)


@dataclass(frozen=True)
class Pair:
    event: str
    a: str  # "report:index" of one sentence, the smaller of the two
    b: str
    score: float  # the claim rule's score: cosine plus weighted word overlap
    texts: tuple[str, str]  # printed only

    @property
    def key(self) -> tuple[str, str, str]:
        return self.event, self.a, self.b

    def placed(self, weight: float = POSITION_WEIGHT) -> float:
        """The claim score less ``weight`` per place of the later sentence."""
        later = max(int(self.a.rsplit(":", 1)[1]), int(self.b.rsplit(":", 1)[1]))
        return self.score - weight * later


def pairs(folder: Path, length: str, embed) -> tuple[list[Pair], int]:
    """Every pair of the event's brief sentences, and how many sentences the brief has."""
    corpus = Corpus(load_documents(sorted(folder.glob("*.txt"))))
    brief = summarize_corpus(corpus, None, length)
    own = [corpus.sentences[s.sentence_id] for s in brief.sentences if s.sentence_id is not None]
    vectors = embed([s.text for s in own])
    weights = term_weights(corpus)
    found = []
    for (i, x), (j, y) in combinations(enumerate(own), 2):
        keys = sorted((f"{corpus.documents[x.doc].id}:{x.index}", f"{corpus.documents[y.doc].id}:{y.index}"))
        score = float(vectors[i] @ vectors[j]) + weighted_overlap(x.content, y.content, weights)
        found.append(Pair(folder.name, keys[0], keys[1], score, (x.text, y.text)))
    return found, len(brief.sentences)


def load_labels(path: Path = LABELS) -> dict[tuple[str, str, str], str]:
    rows = [json.loads(line) for line in path.read_text().splitlines() if line.strip()] if path.exists() else []
    return {(r["event"], r["a"], r["b"]): r["label"] for r in rows}


def auc(positive: list[float], negative: list[float]) -> float:
    """The chance that a random repeat scores above a random other pair (ties count half)."""
    if not positive or not negative:
        return float("nan")
    wins = sum((p > n) + 0.5 * (p == n) for p in positive for n in negative)
    return wins / (len(positive) * len(negative))


def report(name: str, events: list[Path], labels: dict, length: str, embed, unlabeled: bool,
           position: float | None = None) -> None:
    rows, sentences = [], 0
    for folder in events:
        found, n = pairs(folder, length, embed)
        rows += found
        sentences += n
    judged = [(p, labels[p.key]) for p in rows if p.key in labels]
    repeats = [p for p, label in judged if label == "repeat"]
    others = [p.score for p, label in judged if label != "repeat"]
    briefs = len({p.event for p in repeats})
    print(f"\n{name}: {len(events)} briefs at {length}, {sentences} sentences, {len(rows)} pairs, "
          f"{len(judged)} labelled ({len(rows) - len(judged)} not)")
    print(f"  repeats        {len(repeats)} pairs ({len(repeats) / max(len(events), 1):.2f} per brief), "
          f"in {briefs} of {len(events)} briefs")
    if repeats:
        scores = sorted(p.score for p in repeats)
        print(f"  claim score    AUC {auc(scores, others):.2f} (repeats {scores[0]:.2f} to {scores[-1]:.2f}; "
              f"other pairs at or above the repeats' median: {sum(s >= scores[len(scores) // 2] for s in others)}"
              f" of {len(others)})")
    if position is not None and repeats:
        placed = [p.placed(position) for p, label in judged if label != "repeat"]
        mine = [p.placed(position) for p in repeats]
        print(f"  with position  AUC {auc(mine, placed):.2f} (weight {position}); at or above "
              + ", ".join(f"{t}: {sum(s >= t for s in mine)} repeats / {sum(s >= t for s in placed)} others"
                          for t in POSITION_THRESHOLDS))
    for p in rows:
        if unlabeled and p.key not in labels:
            print(f"\n  {p.event} {p.a} / {p.b} score {p.score:.2f}\n    1: {p.texts[0]}\n    2: {p.texts[1]}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--length", default="150w")
    parser.add_argument("--half", choices=("dev", "held"), default=None)
    parser.add_argument("--unlabeled", action="store_true", help="print the pairs not yet labelled")
    parser.add_argument("--position", action="store_true", help="also score pairs with the later sentence's place")
    parser.add_argument("--position-weight", type=float, default=POSITION_WEIGHT,
                        help="claim score lost per place of the later sentence (with --position)")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"error: no basil-dev data at {args.data}")
    embed = claim_embedder(True)
    if embed is None:
        sys.exit("error: the sentence encoder is not installed")
    labels = load_labels()
    for name, events in halves(args.data).items():
        if args.half in (None, name):
            title = "development (even positions)" if name == "dev" else "held out (odd positions)"
            report(title, events, labels, args.length, embed, args.unlabeled,
                   args.position_weight if args.position else None)


if __name__ == "__main__":
    main()
