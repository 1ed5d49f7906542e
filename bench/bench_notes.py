"""Benchmark: the "Reports differ" notes of the default briefs: is each a real disagreement,
and does it quote each report as it wrote?

A claim the reports give incompatibly is printed as its note ('Reports differ: [1] says
"..."; [3] says "..."', ``render.accounts``). Two figures per data set and length:

* **real**: each note is keyed by its set, the difference's kind and the differing words of
  its accounts ("d31022 number 60 / 65 / at least 60") and labelled by reading the accounts
  (``bench/data/disputes_labeled.jsonl``: hashed keys and labels only, no text): ``real`` when the
  reports disagree about one thing, ``false`` when the accounts are of different things
  (another year's toll, another person's years, a place and a country) or only spell one
  thing two ways; notes without a label are counted apart, to be read;
* **verbatim**: each report a note names as saying quoted words is an attribution; it is
  verbatim when those words (without the note's "…") stand in the report sentence it cites,
  as the report prints it (``Document.sentences``; double quotation marks made single, as
  the note prints them). A brief's printing may change a sentence's words (a name
  introduced, a day trimmed, a fusion), and two reports rarely word one claim identically,
  so anything short of 100% is a report given words it did not write.

Reports: the basil-dev events (one folder each) or the DUC 2004 clusters (their ``docs/``
folders), both read from ``../shared/data``. ``--tree DIR`` measures another checkout's code
(``git worktree add /tmp/prev COMMIT``), e.g. the release before these checks. ``--show``
prints every note's key and accounts (for labelling).

Usage: python bench/bench_notes.py [--data basil|duc|both] [--length 100w,200w] [--strategy SPEC]
                                   [--tree DIR] [--show]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
#: The code measured: this checkout's, or another's (``--tree``, read before the imports).
TREE = Path(sys.argv[sys.argv.index("--tree") + 1]).resolve() if "--tree" in sys.argv[:-1] else REPO
sys.path.insert(0, str(TREE))

from summarizer.api import summarize  # noqa: E402
from summarizer.brief import Brief  # noqa: E402
from summarizer.render import _inner, accounts  # noqa: E402
from summarizer.text import split_sentences  # noqa: E402

SHARED = REPO.parent / "shared" / "data"
LABELS = REPO / "bench" / "data" / "disputes_labeled.jsonl"
SETS = {"basil": lambda: sorted(p for p in (SHARED / "basil-dev").iterdir() if p.is_dir()),
        "duc": lambda: sorted(p / "docs" for p in (SHARED / "duc2004" / "clusters").iterdir() if p.is_dir())}


def attributions(brief: Brief) -> list[tuple[str, int, str, bool]]:
    """(report, sentence, quoted words, verbatim) for each report a note says quoted words of."""
    printed = {d.id: [_inner(s.strip()) for p in d.paragraphs for s in split_sentences(p, d.language)]
               for d in brief.documents}
    found = []
    for sentence in brief.sentences:
        if sentence.disputed is None:
            continue
        for account in accounts(brief, sentence):  # (sources, words, ...): any release's
            words = account[1].strip("…")
            for source in account[0]:
                own = printed.get(source.document, [])
                text = own[source.sentence] if 0 <= source.sentence < len(own) else ""
                found.append((source.document, source.sentence, account[1], bool(words) and words in text))
    return found


def note_keys(name: str, brief: Brief) -> list[tuple[str, str]]:
    """(key, accounts) of each note: "d31022 number 60 / 65 / at least 60" and the note's
    accounts with their reports, for ``--show``."""
    found = []
    for sentence in brief.sentences:
        if sentence.disputed is None:
            continue
        difference = brief.differences[sentence.disputed]
        words = " / ".join(sorted({v.changed for v in difference.variants}))
        told = "; ".join(f"{','.join(s.document for s in a[0])}: {a[1][:160]}" for a in accounts(brief, sentence))
        found.append((f"{name} {difference.kind} {words}", told))
    return found


def labels() -> dict[str, str]:
    """Hashed key -> label (the file holds no words of the reports: keys are hashed)."""
    with LABELS.open(encoding="utf-8") as lines:
        return {row["key"]: row["label"] for row in map(json.loads, lines) if row.get("key")}


def hashed(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", choices=("basil", "duc", "both"), default="both")
    parser.add_argument("--length", default="100w", help="comma-separated lengths")
    parser.add_argument("--strategy", default=None, help="default: the engine's default strategy")
    parser.add_argument("--tree", type=Path, default=REPO, help="the checkout whose code is measured")
    parser.add_argument("--show", action="store_true", help="print every note's key and accounts")
    args = parser.parse_args(argv)
    known = labels()
    for name in ["basil", "duc"] if args.data == "both" else [args.data]:
        folders = SETS[name]()
        if not folders:
            print(f"{name}: no data under {SHARED}")
            continue
        for length in args.length.split(","):
            notes, found = [], []
            for folder in folders:
                brief = summarize([str(folder)], strategy=args.strategy, length=length)
                where = folder.parent.name if name == "duc" else folder.name[:8]
                notes += note_keys(where, brief)
                found += [(where, *f) for f in attributions(brief)]
            read = [known.get(hashed(key)) for key, _ in notes]
            verbatim = sum(ok for *_, ok in found)
            share = f"{verbatim / len(found):.1%}" if found else "-"
            print(f"{name} {length} code={TREE.name} strategy={args.strategy or 'default'}: {len(folders)} sets, "
                  f"{len(notes)} notes: {read.count('real')} real, {read.count('false')} false, "
                  f"{read.count(None)} unlabelled; {len(found)} attributions, {verbatim} verbatim ({share})")
            for (key, told), label in zip(notes, read):
                if args.show or label != "real":
                    print(f"  {label or 'unlabelled'}: {key}" + (f"\n      {told}" if args.show else ""))
            for where, report, n, words, ok in found:
                if not ok:
                    print(f"  not verbatim: {where} {report}:{n} \"{words[:100]}\"")
    return 0


if __name__ == "__main__":
    sys.exit(main())
