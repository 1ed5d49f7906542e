"""Precision of the guard on the labeled SmolLM2 rewrites, and what it refuses.

Why: the guard is worth having only if what it lets through is true. Precision is
(accepted and faithful) / accepted; the cost side is how many faithful rewrites it refuses
(each one falls back to its source sentence, so the brief loses some compression).

    python bench/guard_precision.py                 # summary per batch and per prompt kind
    python bench/guard_precision.py --show refused  # every refusal with its reason
    python bench/guard_precision.py --show wrong    # false accepts and refused faithful items
    python bench/guard_precision.py --strictness lenient
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.guard import Guard, Verdict  # noqa: E402

DATA = ROOT / "tests" / "data" / "rewrites.jsonl"


@dataclass(frozen=True)
class Scores:
    """Counts for one group of labeled rewrites."""

    items: int
    faithful: int
    accepted: int
    accepted_faithful: int

    @property
    def precision(self) -> float:
        """Faithful share of what the guard accepted (1.0 when it accepted nothing)."""
        return self.accepted_faithful / self.accepted if self.accepted else 1.0

    @property
    def refused_faithful(self) -> int:
        return self.faithful - self.accepted_faithful

    @property
    def caught(self) -> int:
        """Unfaithful rewrites the guard refused."""
        return (self.items - self.faithful) - (self.accepted - self.accepted_faithful)

    def line(self, name: str) -> str:
        return (
            f"{name:<8} items={self.items:<4} faithful={self.faithful:<4} accepted={self.accepted:<4} "
            f"precision={self.precision:.3f}  refused_faithful={self.refused_faithful}/{self.faithful}  "
            f"caught_unfaithful={self.caught}/{self.items - self.faithful}"
        )


def load(path: Path = DATA) -> list[dict[str, Any]]:
    """Labeled items only (an item with ``faithful: null`` has not been read yet)."""
    items = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [item for item in items if item.get("faithful") is not None]


def judge(items: list[dict[str, Any]], guard: Guard) -> list[Verdict]:
    return [guard(item["sources"], item["rewrite"]) for item in items]


def score(items: list[dict[str, Any]], verdicts: list[Verdict]) -> Scores:
    pairs = list(zip(items, verdicts))
    return Scores(
        items=len(pairs),
        faithful=sum(bool(i["faithful"]) for i, _ in pairs),
        accepted=sum(v.accepted for _, v in pairs),
        accepted_faithful=sum(v.accepted and bool(i["faithful"]) for i, v in pairs),
    )


def report(items: list[dict[str, Any]], verdicts: list[Verdict], show: str | None) -> None:
    groups = list(dict.fromkeys(i.get("batch", "dev") for i in items))
    for group in groups + ["all"]:
        chosen = [(i, v) for i, v in zip(items, verdicts) if group in ("all", i.get("batch", "dev"))]
        print(score([i for i, _ in chosen], [v for _, v in chosen]).line(group))
    for kind in sorted({i["prompt_kind"] for i in items}):
        chosen = [(i, v) for i, v in zip(items, verdicts) if i["prompt_kind"] == kind]
        print(score([i for i, _ in chosen], [v for _, v in chosen]).line(kind))
    reasons = Counter(v.reason.split(":")[0] for v in verdicts if v.reason)
    print("refusal reasons:", ", ".join(f"{r} {n}" for r, n in reasons.most_common()))
    if show:
        _show(items, verdicts, show)


def _show(items: list[dict[str, Any]], verdicts: list[Verdict], show: str) -> None:
    for item, verdict in zip(items, verdicts):
        false_accept = verdict.accepted and not item["faithful"]
        refused_good = not verdict.accepted and item["faithful"]
        if show == "refused" and verdict.accepted:
            continue
        if show == "wrong" and not (false_accept or refused_good):
            continue
        tag = "FALSE ACCEPT" if false_accept else "refused faithful" if refused_good else (
            "accepted" if verdict.accepted else "refused")
        print(f"\n[{item['id']}] {tag}: {verdict.reason or ''}")
        for source in item["sources"]:
            print(f"  source : {source}")
        print(f"  rewrite: {item['rewrite']}")
        if item.get("note"):
            print(f"  label  : {'faithful' if item['faithful'] else 'unfaithful'} - {item['note']}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--strictness", choices=["strict", "lenient"], default="strict")
    parser.add_argument("--show", choices=["refused", "wrong", "all"])
    args = parser.parse_args()
    items = load(args.data)
    guard = Guard(strictness=args.strictness)
    guard(["Warm up the stemmer."], "Warm up.")  # the first stem imports NLTK's Porter code
    start = time.perf_counter()
    verdicts = judge(items, guard)
    elapsed = time.perf_counter() - start
    report(items, verdicts, args.show)
    print(f"{len(items)} labeled rewrites checked in {elapsed * 1000:.0f} ms")


if __name__ == "__main__":
    main()
