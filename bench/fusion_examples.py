"""Fused (or compressed) sentences of ``abstractive`` briefs of basil-dev events (or DUC 2004
clusters, whose reports sit in ``docs/``), each with the report sentences it draws on and
their outlets, in Markdown (for a careful reader to judge, and for the README's examples).

    python bench/fusion_examples.py --output /tmp/fusion_examples.md            # all 50 events
    python bench/fusion_examples.py --events held-out --length 200w --limit 20 --output /tmp/x.md
    python bench/fusion_examples.py --operation compressed --output /tmp/compressed.md
    python bench/fusion_examples.py --data ../shared/data/duc2004/clusters --length 200w --output /tmp/d.md
    python bench/fusion_examples.py --length 600w --unlisted-in /tmp/fusion_examples.md --output /tmp/new.md

Per event (sorted by folder name; ``tuned`` = the first 25, ``held-out`` = the last 25, or a
slice ``a:b``): the default selection, then ``Abstractive.finish`` (compression, fusion,
refill), as ``bench/bench_abstractive.py`` runs it, without the trust annotation that adds
citations of its own, so each fused sentence's sources are the report sentences the fusion
drew on: the brief's sentence first, then each donor. basil-dev is licensed for evaluation
only: the output quotes it, so it is written outside the repository (a path inside is refused).
"""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summarizer.brief import BriefSentence, Source
    from summarizer.corpus import Corpus

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

BASIL = ROOT.parent / "shared" / "data" / "basil-dev"
TUNED = 25  # the first 25 events (sorted) are the half rules are developed on
OUTLETS = {"fox": "Fox News", "nyt": "The New York Times", "hpo": "HuffPost"}


@dataclass
class Example:
    """One rewritten brief sentence and the report sentences it cites."""

    event: str
    text: str
    sources: list[tuple[str, int, str]]  # outlet, sentence index, report sentence


def select_events(data: Path, which: str) -> list[Path]:
    """``tuned``, ``held-out``, ``all`` or a slice ``a:b`` of the sorted event folders."""
    from summarizer.errors import InputError

    events = sorted(p for p in data.iterdir() if p.is_dir())
    if which in ("all", "tuned", "held-out"):
        return {"all": events, "tuned": events[:TUNED], "held-out": events[TUNED:]}[which]
    try:
        start, stop = (int(x) if x else None for x in which.split(":"))
    except ValueError:
        raise InputError(f"--events takes all, tuned, held-out or a slice a:b, not {which!r}") from None
    return events[start:stop]


def report_files(folder: Path, reports: str = "all") -> list[Path]:
    """The event's report files (basil-dev: in the folder; DUC 2004: in ``docs/``), sorted
    by name, all of them or a part: ``odd`` / ``even`` (the 1st, 3rd, ... / 2nd, 4th, ...
    report in natural order, D2 before D10), ``first`` / ``second`` (the first half in
    natural order, the middle one of an odd count with it, / the rest) or outlets by name
    (``fox,nyt``, case ignored).
    A part of an event is another set of real reports of it: sentences no earlier reading saw."""
    from summarizer.errors import InputError

    files = sorted(folder.glob("*.txt")) or sorted((folder / "docs").glob("*.txt"))  # read in this order
    if reports == "all":
        return files
    natural = sorted(files, key=lambda p: [int(t) if t.isdigit() else t for t in re.split(r"(\d+)", p.name)])
    if reports in ("odd", "even"):
        return sorted(natural[reports == "even"::2])
    if reports in ("first", "second"):
        middle = (len(natural) + 1) // 2
        return sorted(natural[:middle] if reports == "first" else natural[middle:])
    wanted = {name.strip().lower() for name in reports.split(",")}
    chosen = [p for p in files if p.stem.lower() in wanted]
    if len(chosen) != len(wanted):
        raise InputError(f"--reports {reports!r}: {folder.name} has {', '.join(p.stem for p in files)}")
    return chosen


def rewritten_sentences(folder: Path, length: str, strategy: object,
                        operation: str = "fused", reports: str = "all") -> tuple[list[Example], int]:
    """The event's brief sentences of ``operation`` (``fused`` or ``compressed``) and how
    many sentences its brief has (``reports``: which of its reports, ``report_files``)."""
    from summarizer.brief import build_brief
    from summarizer.budget import Budget
    from summarizer.corpus import Corpus
    from summarizer.ingest import load_documents
    from summarizer.strategies.abstractive.outcome import operation_of

    corpus = Corpus(load_documents(report_files(folder, reports)))
    budget = Budget.parse(length)
    selected = strategy.select(corpus, budget)  # type: ignore[attr-defined]
    brief = build_brief(corpus, selected, strategy.name, budget,  # type: ignore[attr-defined]
                        lambda i: strategy.wording(corpus, i))  # type: ignore[attr-defined]
    brief = strategy.finish(corpus, brief)  # type: ignore[attr-defined]
    texts = {(corpus.documents[s.doc].id, s.index): " ".join(s.text.split()) for s in corpus.sentences}
    out = []
    for sentence in brief.sentences:
        if operation_of(sentence) != operation:
            continue
        sources = [(_outlet(c.document), c.sentence, texts.get((c.document, c.sentence), "?"))
                   for c in base_first(corpus, sentence)]
        out.append(Example(folder.name, " ".join(sentence.text.split()), sources))
    return out, len(brief.sentences)


def base_first(corpus: "Corpus", sentence: "BriefSentence") -> list["Source"]:
    """The sentence's citations with the one it was written from first (a fused sentence's
    base, a compressed sentence's source), the others in the brief's order: a reader compares
    the rewrite with that one. A citation list follows report order, so without this a
    fusion built on another report's wording of the same fact shows that report first."""
    if sentence.sentence_id is None:
        return list(sentence.sources)
    own = corpus.sentences[sentence.sentence_id]
    key = (corpus.documents[own.doc].id, own.index)
    return sorted(sentence.sources, key=lambda c: (c.document, c.sentence) != key)


def _outlet(document: str) -> str:
    stem = Path(document).stem
    return OUTLETS.get(stem.lower(), stem)


def listed_in(paths: list[Path]) -> set[tuple[str, str]]:
    """(event prefix, sentence) of every sentence earlier outputs of this script list: a
    reading set of sentences no earlier list held leaves them out (``--unlisted-in``)."""
    from summarizer.errors import InputError

    found: set[tuple[str, str]] = set()
    for path in paths:
        try:
            lines = path.read_text(encoding="utf-8").splitlines()
        except OSError as error:
            raise InputError(f"--unlisted-in {path}: {error.strerror or error}") from None
        event = ""
        for line in lines:
            if line.startswith("### ") and " event " in line:
                event = line.rsplit(" event ", 1)[1].strip()
            elif match := re.match(r"\*\*(?:Fused|Compressed):\*\* (.*)$", line):
                found.add((event, match.group(1)))
    return found


def markdown(examples: list[Example], header: str, operation: str = "fused") -> str:
    lines = [header, ""]
    for n, example in enumerate(examples, 1):
        lines += [f"### {n}. event {example.event[:8]}", "", f"**{operation.capitalize()}:** {example.text}", ""]
        lines += [f"- {outlet} (sentence {index}): {text}" for outlet, index, text in example.sources]
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=BASIL)
    parser.add_argument("--events", default="all", help="all, tuned (first 25), held-out (last 25) or a:b")
    parser.add_argument("--length", default="100w",
                        help="brief length per event (default 100w); several, comma-separated, list "
                             "each sentence once, in the order the lengths are given")
    parser.add_argument("--limit", type=int, default=0, help="print at most this many sentences")
    parser.add_argument("--operation", choices=("fused", "compressed"), default="fused",
                        help="which rewritten sentences to list (default fused)")
    parser.add_argument("--reports", default="all",
                        help="all, odd, even (every other report), first, second (halves) or outlets such as fox,nyt (default all)")
    parser.add_argument("--model", default=None, help="a model for --model (default SmolLM2)")
    parser.add_argument("--unlisted-in", type=Path, nargs="+", default=[], metavar="MARKDOWN",
                        help="leave out sentences these earlier outputs of this script list")
    parser.add_argument("--output", type=Path, required=True,
                        help="Markdown file to write, outside the repository")
    args = parser.parse_args(argv)
    from summarizer.errors import InputError

    try:
        run(args)
    except InputError as error:
        print(f"error: {error}", file=sys.stderr)
        sys.exit(2)


def run(args: argparse.Namespace) -> None:
    from summarizer.budget import Budget
    from summarizer.errors import InputError
    from summarizer.output import write_atomically
    from summarizer.strategies.abstractive import Abstractive

    if not args.data.is_dir():
        raise InputError(f"no basil-dev data at {args.data}")
    if args.output.resolve().is_relative_to(ROOT):
        raise InputError("--output must be outside the repository: the examples quote basil-dev")
    lengths = [length.strip() for length in args.length.split(",")]
    for length in lengths:
        Budget.parse(length)  # a bad length fails before anything loads
    events = select_events(args.data, args.events)
    logging.getLogger("summarizer").setLevel(logging.ERROR)
    strategy = Abstractive(model=args.model, threads=1)
    examples: list[Example] = []
    sentences = 0
    start = time.perf_counter()
    seen: set[tuple[str, str]] = set()
    earlier = listed_in(args.unlisted_in)
    for length in lengths:
        for n, folder in enumerate(events, 1):
            found, count = rewritten_sentences(folder, length, strategy, args.operation, args.reports)
            new = [e for e in found if (e.event, e.text) not in seen and (e.event[:8], e.text) not in earlier]
            seen |= {(e.event, e.text) for e in new}
            examples += new
            sentences += count
            print(f"[{n}/{len(events)}] {folder.name[:8]} {length}: {len(found)} {args.operation} of {count}"
                  f" ({len(new)} not listed at an earlier length or in --unlisted-in)", file=sys.stderr, flush=True)
    shown = examples[: args.limit] if args.limit else examples
    data = "basil-dev" if args.data == BASIL else args.data.name
    header = (f"# {args.operation.capitalize()} sentences of `abstractive` briefs, {data} events "
              f"{args.events} ({len(events)} events, {args.length})\n\n"
              f"{len(examples)} {args.operation} (each once) of {sentences} brief sentences "
              f"({len(examples) / max(sentences, 1):.0%}); {len(shown)} shown. "
              f"Command: `python bench/fusion_examples.py --events {args.events} --length {args.length}"
              f"{f' --data {args.data}' if args.data != BASIL else ''}"
              f"{f' --operation {args.operation}' if args.operation != 'fused' else ''}"
              f"{f' --reports {args.reports}' if args.reports != 'all' else ''}"
              f"{f' --limit {args.limit}' if args.limit else ''}"
              f"{' --unlisted-in ' + ' '.join(str(p) for p in args.unlisted_in) if args.unlisted_in else ''}`.")
    write_atomically(args.output, markdown(shown, header, args.operation) + "\n")
    print(f"{len(examples)} {args.operation} of {sentences} brief sentences in {len(events)} events "
          f"({time.perf_counter() - start:.0f} s) -> {args.output}")


if __name__ == "__main__":
    main()
