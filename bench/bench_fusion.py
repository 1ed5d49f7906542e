"""Guard precision on a labeled set of compressions (and fusions) of real report sentences.

    python bench/bench_fusion.py --labeled tests/data/grammar_labeled_frozen.jsonl

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

from summarizer.compress.constituents import render  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.guard import Guard  # noqa: E402
from summarizer.ingest import load_documents  # noqa: E402
from summarizer.nlp.load import parse  # noqa: E402

BASIL = ROOT.parent / "shared" / "data" / "basil-dev"
_corpora: dict[str, Corpus] = {}


def source_sentence(ref: dict) -> str:
    event = ref["event"]
    if event not in _corpora:
        folder = ROOT / "seeds" if event == "seeds" else BASIL / event
        _corpora[event] = Corpus(load_documents(sorted(p for p in folder.iterdir()
                                                       if p.suffix.lower() == ".txt")))
    corpus = _corpora[event]
    doc = next(i for i, d in enumerate(corpus.documents) if Path(d.id).name == ref["file"] or d.id == ref["file"])
    return " ".join(next(s.text for s in corpus.sentences if s.doc == doc and s.index == ref["sentence"]).split())


def rebuild(item: dict) -> tuple[list[str], str]:
    source = source_sentence(item["source"])
    return [source], item.get("text") or render(parse(source), item["kept"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labeled", type=Path, required=True)
    args = parser.parse_args()
    lines = [json.loads(x) for x in args.labeled.read_text().splitlines() if x.strip()]
    items = [x for x in lines if "label" in x]
    if not BASIL.is_dir():
        items = [x for x in items if x["source"]["event"] == "seeds"]
    for name, guard in (("guard (all rules)", Guard()), ("without grammar rule", Guard(check_grammar=False))):
        accepted = good_accepted = good = 0
        reasons: Counter[str] = Counter()
        wrong: Counter[str] = Counter()
        for item in items:
            sources, text = rebuild(item)
            verdict = guard.check(sources, text)
            ok = item["label"] == "yes"
            good += ok
            if verdict.accepted:
                accepted += 1
                good_accepted += ok
            else:
                reason = (verdict.reason or "?").split(":")[0] if verdict.reason and verdict.reason.startswith("grammar") else (verdict.reason or "?").split(" (")[0][:40]
                reasons[verdict.reason.split(" (")[0][:50] if verdict.reason else "?"] += 1
                if ok:
                    wrong[reason] += 1
        print(f"{name}: {len(items)} items ({good} labeled good); accepted {accepted}, "
              f"precision {good_accepted / max(accepted, 1):.1%}, recall {good_accepted / max(good, 1):.1%}")
        for reason, n in reasons.most_common():
            print(f"   refused {n:3d}  {reason}")
        print(f"   good items refused, by reason: {dict(wrong)}")


if __name__ == "__main__":
    main()
