"""bench/bench_fusion.py: labeled items stored as references are rebuilt from the reports,
also when sentence splitting has moved the referenced sentence (on the sample reports in
seeds/, which ship with the repository)."""

from __future__ import annotations

import importlib.util

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_fusion", ROOT / "bench" / "bench_fusion.py")
bench_fusion = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(bench_fusion)

FILE = sorted(p.name for p in (ROOT / "seeds").iterdir() if p.suffix == ".txt")[0]


def _sentences() -> list[str]:
    return [s for s in (bench_fusion.source_sentence({"event": "seeds", "file": FILE, "sentence": k})
                        for k in range(40)) if s is not None]


def _item(index: int, kept: list[int]) -> dict:
    return {"kind": "compression", "source": {"event": "seeds", "file": FILE, "sentence": index}, "kept": kept}


def test_a_reference_one_sentence_off_is_found_by_its_kept_tokens() -> None:
    from summarizer.nlp.load import parse

    sentences = _sentences()
    sizes = [len(parse(s)) for s in sentences]
    k = next(k for k in range(1, len(sentences) - 1) if sizes[k] not in (sizes[k - 1], sizes[k + 1]))
    kept = list(range(sizes[k]))
    assert bench_fusion.rebuild(_item(k, kept)) == ([sentences[k]], bench_fusion.render(parse(sentences[k]), kept))
    moved = bench_fusion.rebuild(_item(k + 1, kept))  # stored before a split added a sentence
    assert moved is not None and moved[0] == [sentences[k]]


def test_a_reference_that_fits_no_nearby_sentence_is_left_out() -> None:
    assert bench_fusion.rebuild(_item(0, [500])) is None
