"""Benchmark: does a "Reports differ" note quote each report as it wrote?

A claim the reports give incompatibly is printed as its note ('Reports differ: [1] says
"..."; [3] says "..."', ``render.accounts``). Each report a note names as saying quoted
words is an *attribution*; it is *verbatim* when those words (the note's passage, without
its "…") stand in the report sentence the attribution cites, as the report prints it
(``Document.sentences``; the note's own double quotation marks made single, as the note
prints them). A brief's printing may change a sentence's words (a name introduced, a
day trimmed, a fusion), and two reports rarely word one claim identically, so anything
short of 100% is a report given words it did not write.

Prints, per data set and length: the briefs with a note, the attributions, how many are
verbatim, and each one that is not. Reports: the basil-dev events (one folder each) or the
DUC 2004 clusters (their ``docs/`` folders), both read from ``../shared/data``.

``--tree DIR`` measures another checkout's code (``git worktree add /tmp/prev COMMIT``), e.g.
the release before this check, whose notes quoted the brief's words.

Usage: python bench/bench_quotes.py [--data basil|duc|both] [--length 100w,200w] [--strategy SPEC]
                                    [--tree DIR]
"""

from __future__ import annotations

import argparse
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", choices=("basil", "duc", "both"), default="both")
    parser.add_argument("--length", default="100w", help="comma-separated lengths")
    parser.add_argument("--strategy", default=None, help="default: the engine's default strategy")
    parser.add_argument("--tree", type=Path, default=REPO, help="the checkout whose code is measured")
    args = parser.parse_args(argv)
    names = ["basil", "duc"] if args.data == "both" else [args.data]
    for name in names:
        folders = SETS[name]()
        if not folders:
            print(f"{name}: no data under {SHARED}")
            continue
        for length in args.length.split(","):
            noted = total = verbatim = 0
            misquoted = []
            for folder in folders:
                brief = summarize([str(folder)], strategy=args.strategy, length=length)
                found = attributions(brief)
                noted += bool(found)
                total += len(found)
                verbatim += sum(ok for *_, ok in found)
                misquoted += [(folder.parent.name if name == "duc" else folder.name[:8], *f[:3]) for f in found if not f[3]]
            share = f"{verbatim / total:.1%}" if total else "-"
            print(f"{name} {length} code={TREE.name} strategy={args.strategy or 'default'}: {len(folders)} sets, {noted} with a note, "
                  f"{total} attributions, {verbatim} verbatim ({share})")
            for where, report, n, words in misquoted:
                print(f"  not verbatim: {where} {report}:{n} \"{words[:100]}\"")
    return 0


if __name__ == "__main__":
    sys.exit(main())
