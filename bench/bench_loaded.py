"""Benchmark: loaded wording between aligned claims of real three-outlet coverage.

Over the basil-dev events (``../shared/data/basil-dev``; Fox / NYT / HuffPost), sorted by
folder name: even positions are the tuning half (the attack verbs of
``lexicon.PARTISAN_PAIRS`` were chosen after reading its annotators' marks), odd positions
are held out. For each half it prints:

* opportunities: pairs of sentences of two outlets that use the two terms of one pair
  (``nlp.claims.TERM_PAIRS``) in their own voice, and the events that have one;
* found: the "wording" differences ``find_differences`` lists, per event, split into those
  between versions of one aligned fact and those between sentences about one thing
  (``trust.claims.loaded_differences``); with ``--old``, what the earlier rule found
  (``LOADED_PAIRS`` only, sentences about one thing by the Jaccard share alone);
* marked: found differences whose changed words one of the BASIL annotators marked as
  loaded wording (``bias.json``, ``lex``) in that outlet's text (they mark few words, and
  mostly evaluative adjectives and verbs, so this is a floor, not a precision);
* every difference found on the held-out half (``--show-tuning`` for the tuning half too),
  for a reader to judge.

Then, per first-25 / last-25 half (events sorted by folder name; the voice rules of the
candidate policy, ``nlp.voice``, were tuned on the first 25 only), the share of default-brief
sentences (100 words, default strategy) that hold, outside quotation marks, a phrase the
annotators marked as loaded wording in that sentence's outlet. ``--without-voice`` measures
it with the voice rules switched off (the figure before them), ``--without-framing`` with the
framing rule alone switched off (``nlp.framing``); ``--brief-only`` prints this
figure alone; ``--show-marked`` lists the tuning half's marked sentences.

Usage: python bench/bench_loaded.py [--data DIR] [--no-embeddings] [--old] [--show-tuning]
                                    [--brief-only] [--show-marked] [--without-voice]
                                    [--without-framing]
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import re
import sys
import time
from collections import Counter
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
if str(REPO) not in sys.path:
    sys.path.insert(0, str(REPO))

from summarizer.api import summarize_corpus  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.ingest import load_documents  # noqa: E402
from summarizer.nlp.claims import loaded_terms  # noqa: E402
from summarizer.selection.candidates import DEFAULT_RULES  # noqa: E402
from summarizer.text.lexicon import LOADED_PAIRS  # noqa: E402
from summarizer.trust import claims  # noqa: E402
from summarizer.trust.align import align  # noqa: E402
from summarizer.trust.differences import find_differences  # noqa: E402
from summarizer.trust.events import find_events  # noqa: E402

DATA = REPO.parent / "shared" / "data" / "basil-dev"
TUNED = 25  # the brief figure: the first 25 events tune, the last 25 are held out
_QUOTED = re.compile(r'"[^"]*"')


def _plain(text: str) -> str:
    """Lower case, straight quotes and apostrophes."""
    return (text.replace("\u201c", '"').replace("\u201d", '"').replace("\u2019", "'")
            .replace("\u2018", "'").lower())


def _outlet(document: str) -> str:
    return document.split(".")[0].lower()


def _lex_marks(folder: Path) -> dict[str, list[str]]:
    """Outlet -> the phrases its annotators marked as loaded wording, lower-case."""
    marks = json.loads((folder / "bias.json").read_text(encoding="utf-8"))
    return {outlet.lower(): [m["txt"].strip("\u201c\u201d\"' ,.").lower() for m in found if m["bias"] == "lex"]
            for outlet, found in marks.items()}


def _opportunities(corpus: Corpus) -> int:
    """Sentence pairs of two outlets taking the two sides of one pair."""
    readings = [(s.doc, loaded_terms(s.text)) for s in corpus.sentences]
    return sum(1 for doc_a, a in readings for doc_b, b in readings if doc_a != doc_b
               for pair, (side, _) in a.items() if side == 0 and pair in b and b[pair][0] == 1)


def _old_rule(corpus: Corpus, alignment, documents) -> int:
    """What the earlier rule finds: ``LOADED_PAIRS`` only, no count of shared words."""
    def read(text: str) -> dict[int, tuple[int, str]]:
        return {n: v for n, v in loaded_terms(text).items() if n < len(LOADED_PAIRS)}
    return len(claims._paired_readings(corpus, alignment, documents, read, "wording", None))


def _marked(difference, marks: dict[str, list[str]]) -> bool:
    return any(mark and (mark in v.changed.lower() or v.changed.lower() in mark)
               for v in difference.variants for s in v.sources for mark in marks.get(_outlet(s.document), ()))


def _print(folder: Path, difference, marked: bool) -> None:
    where = "fact" if difference.fact is not None else "about one thing"
    print(f"\n  {folder.name[:8]} [{where}{', marked' if marked else ''}]")
    for variant in difference.variants:
        outlets = ",".join(sorted({_outlet(s.document) for s in variant.sources}))
        print(f"    {outlets:8s} {variant.changed!r}: {variant.sentence}")


def run(events: list[Path], embeddings: bool, old: bool, show: bool) -> Counter[str]:
    counts: Counter[str] = Counter()
    for folder in events:
        corpus = Corpus(load_documents(sorted(folder.glob("*.txt"))))
        alignment = align(corpus, embeddings)
        found_events = find_events(corpus, alignment)
        differences = find_differences(corpus, alignment, [(e.id, e.documents) for e in found_events])
        wording = [d for d in differences if d.kind == "wording"]
        marks = _lex_marks(folder)
        opportunities = _opportunities(corpus)
        counts["events"] += 1
        counts["opportunities"] += opportunities
        counts["events with an opportunity"] += opportunities > 0
        counts["found"] += len(wording)
        counts["found in a fact"] += sum(d.fact is not None for d in wording)
        counts["marked"] += sum(_marked(d, marks) for d in wording)
        if old:
            counts["old rule"] += sum(_old_rule(corpus, alignment, set(e.documents)) for e in found_events)
        for difference in wording if show else ():
            _print(folder, difference, _marked(difference, marks))
    return counts


def marked_outside_quotes(text: str, marks: list[str]) -> str | None:
    """The first mark that ``text`` holds outside its quoted words, or None."""
    own = _QUOTED.sub(" ", _plain(text))
    return next((m for m in marks if m and re.search(rf"(?<!\w){re.escape(_plain(m))}(?!\w)", own)), None)


#: The default rules without the voice rules (``--without-voice``).
WITHOUT_VOICE = dataclasses.replace(DEFAULT_RULES, drop_imperative=False, drop_evaluative=False,
                                    drop_hearsay=False, drop_framing=False)
#: The default rules without the framing rule alone (``--without-framing``).
WITHOUT_FRAMING = dataclasses.replace(DEFAULT_RULES, drop_framing=False)


def brief_figure(events: list[Path], embeddings: bool, show: bool, voice: bool = True,
                 framing: bool = True) -> tuple[int, int]:
    """(default-brief sentences, those holding a loaded-wording mark of their outlet outside
    quotation marks) over ``events``; ``voice=False``: the default strategy without the
    voice rules (the framing rule among them); ``framing=False``: without the framing rule."""
    sentences = marked = 0
    options = {} if voice and framing else {"rules": WITHOUT_VOICE if not voice else WITHOUT_FRAMING}
    for folder in events:
        corpus = Corpus(load_documents(sorted(folder.glob("*.txt"))))
        brief = summarize_corpus(corpus, None, "100w", embeddings=embeddings, **options)
        marks = _lex_marks(folder)
        for sentence in brief.sentences:
            outlet = _outlet(corpus.documents[corpus.sentences[sentence.sentence_id].doc].id
                             if sentence.sentence_id is not None else sentence.sources[0].document)
            mark = marked_outside_quotes(sentence.text, marks.get(outlet, []))
            sentences += 1
            marked += mark is not None
            if mark is not None and show:
                print(f"  {folder.name[:8]} {outlet} [{mark}] {sentence.text}")
    return sentences, marked


def print_brief_figure(events: list[Path], embeddings: bool, show: bool, voice: bool = True,
                       framing: bool = True) -> None:
    off = ", voice rules off" if not voice else ", framing rule off" if not framing else ""
    print(f"\ndefault brief (100 words{off}): sentences holding an "
          "annotated loaded phrase of their outlet outside quotation marks")
    for name, members in (("tuning (first 25)", events[:TUNED]), ("held out (last 25)", events[TUNED:])):
        start = time.perf_counter()
        sentences, marked = brief_figure(members, embeddings, show and name.startswith("tuning"), voice, framing)
        print(f"  {name:18s} {marked}/{sentences} = {marked / max(sentences, 1):.1%} "
              f"({time.perf_counter() - start:.0f} s)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=DATA)
    parser.add_argument("--no-embeddings", action="store_true")
    parser.add_argument("--old", action="store_true", help="also count what the earlier rule finds")
    parser.add_argument("--show-tuning", action="store_true", help="print the tuning half's differences too")
    parser.add_argument("--brief-only", action="store_true", help="print the default-brief figure only")
    parser.add_argument("--show-marked", action="store_true",
                        help="print the tuning half's marked brief sentences")
    parser.add_argument("--without-voice", action="store_true", help="the brief figure without the voice rules")
    parser.add_argument("--without-framing", action="store_true",
                        help="the brief figure without the framing rule alone")
    args = parser.parse_args()
    if not args.data.is_dir():
        sys.exit(f"error: no basil-dev data at {args.data}")
    events = sorted(p for p in args.data.iterdir() if p.is_dir())
    print(f"embeddings={not args.no_embeddings}")
    if not args.brief_only:
        _print_differences(events, args)
    print_brief_figure(events, not args.no_embeddings, args.show_marked, not args.without_voice,
                       not args.without_framing)


def _print_differences(events: list[Path], args: argparse.Namespace) -> None:
    halves = {"tuning (even)": events[0::2], "held out (odd)": events[1::2]}
    for name, members in halves.items():
        start = time.perf_counter()
        counts = run(members, not args.no_embeddings, args.old, args.show_tuning or name.startswith("held"))
        n = max(counts["events"], 1)
        print(f"\n{name}: {counts['events']} events, {time.perf_counter() - start:.0f} s")
        print(f"  opportunities   {counts['opportunities']} sentence pairs in "
              f"{counts['events with an opportunity']} events")
        print(f"  found           {counts['found']} ({counts['found'] / n:.2f} per event; "
              f"{counts['found in a fact']} in one fact, {counts['found'] - counts['found in a fact']} about one thing)")
        print(f"  marked by BASIL {counts['marked']}")
        if args.old:
            print(f"  old rule        {counts['old rule']} about one thing")


if __name__ == "__main__":
    main()
