"""bench/fusion_examples.py: which reports of an event a run reads (``--reports``), which sentences it
lists (each once; none an earlier output lists, ``--unlisted-in``)."""

from __future__ import annotations

import importlib.util
import sys

import pytest

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("fusion_examples", ROOT / "bench" / "fusion_examples.py")
fusion_examples = importlib.util.module_from_spec(_spec)
sys.modules["fusion_examples"] = fusion_examples  # its dataclass looks its module up
_spec.loader.exec_module(fusion_examples)


def test_every_other_report_in_natural_order_or_outlets_by_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from summarizer.errors import InputError

    cluster = tmp_path / "d30001" / "docs"
    cluster.mkdir(parents=True)
    for n in (1, 2, 3, 10):
        (cluster / f"D{n}.txt").write_text("A report.")
    names = [p.name for p in fusion_examples.report_files(tmp_path / "d30001", "odd")]
    assert names == ["D1.txt", "D3.txt"]  # the 2nd and 4th are D2 and D10 (read in name order)
    assert [p.name for p in fusion_examples.report_files(tmp_path / "d30001", "even")] == ["D10.txt", "D2.txt"]
    (cluster / "D4.txt").write_text("A report.")  # five reports: the middle one goes with the first half
    assert [p.name for p in fusion_examples.report_files(tmp_path / "d30001", "first")] == ["D1.txt", "D2.txt", "D3.txt"]
    assert [p.name for p in fusion_examples.report_files(tmp_path / "d30001", "second")] == ["D10.txt", "D4.txt"]
    event = tmp_path / "e1"
    event.mkdir()
    for outlet in ("FOX", "nyt", "hpo"):
        (event / f"{outlet}.txt").write_text("A report.")
    assert [p.name for p in fusion_examples.report_files(event, "fox,nyt")] == ["FOX.txt", "nyt.txt"]
    with pytest.raises(InputError):
        fusion_examples.report_files(event, "fox,bbc")


def test_several_lengths_list_each_sentence_once_in_the_order_given(tmp_path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    import argparse
    import logging

    import summarizer.strategies.abstractive as abstractive

    for name in ("e1", "e2"):
        (tmp_path / "data" / name).mkdir(parents=True)
    briefs = {("e1", "400w"): ["A fused.", "B fused."], ("e1", "450w"): ["B fused.", "C fused."],
              ("e2", "400w"): [], ("e2", "450w"): ["A fused."]}  # the same text in another event counts

    def rewritten(folder, length, strategy, operation, reports):  # type: ignore[no-untyped-def]
        texts = briefs[(folder.name, length)]
        return [fusion_examples.Example(folder.name, text, []) for text in texts], 5

    monkeypatch.setattr(fusion_examples, "rewritten_sentences", rewritten)
    monkeypatch.setattr(abstractive, "Abstractive", lambda **options: object())
    out = tmp_path / "out.md"
    logger = logging.getLogger("summarizer")
    level = logger.level
    try:  # run() quiets the engine's log for the whole process, as the script's own run should
        fusion_examples.run(argparse.Namespace(data=tmp_path / "data", events="all", length="400w, 450w",
                                               operation="fused", reports="all", model=None, limit=0, output=out,
                                               unlisted_in=[]))
    finally:
        logger.setLevel(level)  # later tests read the engine's warnings
    listed = [line.split("** ", 1)[1] for line in out.read_text().splitlines() if line.startswith("**Fused:**")]
    assert listed == ["A fused.", "B fused.", "C fused.", "A fused."]
    assert "4 fused (each once) of 20 brief sentences" in out.read_text()


def test_sentences_an_earlier_output_lists_are_left_out_by_event_and_text(tmp_path) -> None:  # type: ignore[no-untyped-def]
    from summarizer.errors import InputError

    earlier = tmp_path / "earlier.md"
    earlier.write_text(fusion_examples.markdown([fusion_examples.Example("e1234567-x", "A fused.", []),
                                                 fusion_examples.Example("e7654321-y", "B fused.", [])], "# x") +
                       fusion_examples.markdown([fusion_examples.Example("e1234567-x", "C cut.", [])], "# y",
                                                "compressed"))
    assert fusion_examples.listed_in([earlier]) == {("e1234567", "A fused."), ("e7654321", "B fused."),
                                                    ("e1234567", "C cut.")}
    with pytest.raises(InputError):
        fusion_examples.listed_in([tmp_path / "missing.md"])


def test_the_sentence_a_rewrite_was_written_from_is_listed_first() -> None:
    from types import SimpleNamespace

    from summarizer.brief import BriefSentence, Source

    corpus = SimpleNamespace(documents=[SimpleNamespace(id="D2"), SimpleNamespace(id="D3")],
                             sentences=[SimpleNamespace(doc=0, index=0), SimpleNamespace(doc=1, index=3)])
    cited = [Source("D2", 0), Source("D3", 3), Source("D2", 7)]
    fused = BriefSentence("Prodi's government ...", list(cited), sentence_id=1)
    assert fusion_examples.base_first(corpus, fused) == [Source("D3", 3), Source("D2", 0), Source("D2", 7)]
    assert fused.sources == cited  # the brief's own order is left alone
    assert fusion_examples.base_first(corpus, BriefSentence("x", list(cited))) == cited
