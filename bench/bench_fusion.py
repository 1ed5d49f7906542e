"""Guard precision on a labeled set of compressions (and fusions) of real report sentences.

    python bench/bench_fusion.py --labeled tests/data/grammar_labeled_frozen.jsonl
    python bench/bench_fusion.py --labeled bench/data/guard_dev2.jsonl     # the development set
    python bench/bench_fusion.py --generate out.jsonl --fusions --events 20:50

basil-dev items are stored as references (event, outlet file, sentence index, kept spaCy
token indices) and rebuilt here from ../shared/data (never copied); seeds/ items carry
their text. Prints, for the guard (all rules) and for the grammar rule alone: how many
candidates it accepts, the share of accepted ones labeled good (precision), the share of
good ones it accepts (recall), and refusals by reason.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from summarizer.generation.compress.constituents import render  # noqa: E402
from summarizer.generation.fusion import NAME_DETAILS, donors, fusions, name_donors  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.guard import Guard  # noqa: E402
from summarizer.ingest import load_documents  # noqa: E402
from summarizer.nlp.load import parse  # noqa: E402

BASIL = ROOT.parent / "shared" / "data" / "basil-dev"
_corpora: dict[str, Corpus] = {}


#: Sentence index shifts tried, nearest first, when a stored reference no longer fits the
#: ingested report (sentence splitting and headline detection have changed since labeling).
SHIFTS = (0, -1, 1, -2, 2)


def source_sentence(ref: dict, shift: int = 0) -> str | None:
    """The referenced sentence (``shift`` sentences away from its stored index), or None."""
    event = ref["event"]
    if event not in _corpora:
        folder = ROOT / "seeds" if event == "seeds" else BASIL / event
        _corpora[event] = Corpus(load_documents(sorted(p for p in folder.iterdir()
                                                       if p.suffix.lower() == ".txt")))
    corpus = _corpora[event]
    doc = next(i for i, d in enumerate(corpus.documents) if Path(d.id).name == ref["file"] or d.id == ref["file"])
    found = [s.text for s in corpus.sentences if s.doc == doc and s.index == ref["sentence"] + shift]
    return " ".join(found[0].split()) if found else None


def rebuild(item: dict) -> tuple[list[str], str] | None:
    """The item's sources and candidate text; None for a fusion the current
    ``fusion.fusions`` no longer proposes (stored by its text's hash only) or an item whose
    sentence is no longer found. A stored index that no longer fits is tried a sentence or
    two away: a fusion must rebuild its hash; a deletion's kept indices must end on the
    sentence's final token (they nearly all keep the stop), else fit inside it."""
    if item.get("kind") == "fusion":
        for a in SHIFTS:
            source = source_sentence(item["source"], a)
            for b in SHIFTS if source else ():
                donor = source_sentence(item["donor"], b)
                texts = [f.text for f in fusions(parse(source), parse(donor), 0)] if donor else []
                text = next((t for t in texts if _digest(t) == item["sha1"]), None)
                if text is not None:
                    return [source, donor], text
        return None
    if item.get("text"):  # a deletion stored with its text: the sentence holding its words
        for shift in SHIFTS:
            source = source_sentence(item["source"], shift)
            if source is not None and set(item["text"].split()) <= set(source.split()):
                return [source], item["text"]
        return None
    fitting = []
    for shift in SHIFTS:
        source = source_sentence(item["source"], shift)
        if source is not None and max(item["kept"]) < len(parse(source)):
            fitting.append(source)
            if max(item["kept"]) == len(parse(source)) - 1:
                return [source], render(parse(source), item["kept"])
    return ([fitting[0]], render(parse(fitting[0]), item["kept"])) if fitting else None


def _digest(text: str) -> str:
    import hashlib

    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def generate_fusions(events: list[str], budget: str) -> list[dict]:
    """Unlabeled fusion candidates (references and a hash of the text, never the text): for
    each event, the default selection at ``budget``, each selected sentence's donors
    (``fusion.donors``; and ``fusion.name_donors``, for the details they may give, as the
    strategy takes them) and every candidate of ``fusion.fusions``."""
    from summarizer.budget import Budget
    from summarizer.strategies import get_strategy
    from summarizer.trust.align import align

    strategy, items = get_strategy("ilp"), []
    for event in events:
        folder = ROOT / "seeds" if event == "seeds" else BASIL / event
        corpus = _corpora.setdefault(event, Corpus(load_documents(sorted(
            p for p in folder.iterdir() if p.suffix.lower() == ".txt"))))
        alignment = align(corpus)

        def ref(sid: int) -> dict:
            s = corpus.sentences[sid]
            return {"event": event, "file": Path(corpus.documents[s.doc].id).name, "sentence": s.index}

        for sid in strategy.select(corpus, Budget.parse(budget)):
            base = parse(" ".join(corpus.sentences[sid].text.split()))
            facts = donors(corpus, alignment, sid)
            names = name_donors(corpus, sid, base, facts)
            for d in facts + names:
                donor = parse(" ".join(corpus.sentences[d].text.split()))
                for fusion in fusions(base, donor, d, NAME_DETAILS if d in names else None):
                    items.append({"kind": "fusion", "fusion_kind": fusion.kind, "source": ref(sid),
                                  "donor": ref(d), "sha1": _digest(fusion.text)})
    return items


def generate(events: list[str], per_report: int, seed: int) -> list[dict]:
    """Unlabeled candidates from the given events (references only): per report, up to
    ``per_report`` sentences of 12-40 words, each giving its best-kept constituent
    compression (``compression``) and one deletion of a random parse subtree
    (``raw-deletion``), the label left to a careful reader."""
    import random

    from summarizer.generation.compress.constituents import candidates

    rng = random.Random(seed)
    items = []
    for event in events:
        folder = ROOT / "seeds" if event == "seeds" else BASIL / event
        corpus = _corpora.setdefault(event, Corpus(load_documents(sorted(
            p for p in folder.iterdir() if p.suffix.lower() == ".txt"))))
        for d, document in enumerate(corpus.documents):
            pool = [s for s in corpus.sentences if s.doc == d and 12 <= len(s.text.split()) <= 40]
            for sentence in rng.sample(pool, min(per_report, len(pool))):
                ref = {"event": event, "file": Path(document.id).name, "sentence": sentence.index}
                doc = parse(" ".join(sentence.text.split()))
                found = candidates(doc)
                if found:
                    items.append({"kind": "compression", "source": ref, "kept": list(rng.choice(found).kept)})
                heads = [t for t in doc if t.dep_ not in ("ROOT", "punct") and t.i != t.right_edge.i]
                if heads:
                    t = rng.choice(heads)
                    kept = [i for i in range(len(doc)) if not t.left_edge.i <= i <= t.right_edge.i]
                    items.append({"kind": "raw-deletion", "source": ref, "kept": kept})
    return items


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labeled", type=Path, help="a labeled set to measure the guard on")
    parser.add_argument("--generate", type=Path, help="write unlabeled candidates here")
    parser.add_argument("--events", default="9:20", help="basil-dev events (slice of the sorted list)")
    parser.add_argument("--per-report", type=int, default=1)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--fusions", action="store_true",
                        help="with --generate: fusion candidates of the default selection at 200 words")
    args = parser.parse_args()
    if args.generate and args.fusions:
        start, stop = (int(x) for x in args.events.split(":"))
        events = sorted(p.name for p in BASIL.iterdir() if p.is_dir())[start:stop]
        items = generate_fusions(events, "200w")
        args.generate.write_text("".join(json.dumps(x) + "\n" for x in items))
        print(f"{len(items)} unlabeled fusion candidates -> {args.generate}")
        return
    if args.generate:
        start, stop = (int(x) for x in args.events.split(":"))
        events = sorted(p.name for p in BASIL.iterdir() if p.is_dir())[start:stop] + ["seeds"]
        items = generate(events, args.per_report, args.seed)
        args.generate.write_text("".join(json.dumps(x) + "\n" for x in items))
        print(f"{len(items)} unlabeled candidates -> {args.generate}")
        return
    if args.labeled is None:
        parser.error("--labeled or --generate")
    lines = [json.loads(x) for x in args.labeled.read_text().splitlines() if x.strip()]
    items = [x for x in lines if "label" in x]
    if not BASIL.is_dir():
        items = [x for x in items if x["source"]["event"] == "seeds"]
    for name, guard in (("guard (all rules)", Guard()), ("without grammar rule", Guard(check_grammar=False))):
        accepted = good_accepted = good = 0
        reasons: Counter[str] = Counter()
        wrong: Counter[str] = Counter()
        by_kind: dict[str, list[int]] = {}
        stale = 0
        for item in items:
            rebuilt = rebuild(item)
            if rebuilt is None:
                stale += 1
                continue
            sources, text = rebuilt
            verdict = guard.check(sources, text)
            ok = item["label"] == "yes"
            row = by_kind.setdefault(item.get("kind", "?"), [0, 0, 0, 0])
            row[0] += 1
            row[1] += ok
            row[2] += verdict.accepted
            row[3] += verdict.accepted and ok
            good += ok
            if verdict.accepted:
                accepted += 1
                good_accepted += ok
            else:
                reason = (verdict.reason or "?").split(":")[0] if verdict.reason and verdict.reason.startswith("grammar") else (verdict.reason or "?").split(" (")[0][:40]
                reasons[verdict.reason.split(" (")[0][:50] if verdict.reason else "?"] += 1
                if ok:
                    wrong[reason] += 1
        print(f"{name}: {len(items) - stale} items ({good} labeled good); accepted {accepted}, "
              f"precision {good_accepted / max(accepted, 1):.1%}, recall {good_accepted / max(good, 1):.1%}")
        for kind, (n, ok_n, acc, acc_ok) in sorted(by_kind.items()):
            print(f"   {kind}: {n} items ({ok_n} good); accepted {acc}, precision "
                  f"{acc_ok / max(acc, 1):.1%}, recall {acc_ok / max(ok_n, 1):.1%}")
        for reason, n in reasons.most_common():
            print(f"   refused {n:3d}  {reason}")
        print(f"   good items refused, by reason: {dict(wrong)}")
        if stale:
            print(f"   {stale} items not rebuilt (left out): a fusion fusion.fusions no longer proposes, "
                  "or a sentence reference that fits no sentence near it")


if __name__ == "__main__":
    main()
