"""summarizer/guard/form.py: the rewrite is a complete sentence of at least three words."""

from __future__ import annotations

from summarizer.guard import Support, _analyse_all
from summarizer.guard.form import rule_form


def form(sources: list[str], rewrite: str) -> str | None:
    src, rw = _analyse_all(sources, rewrite)
    return rule_form(src, [Support.of(a) for a in src], rw)


def test_a_complete_sentence_passes() -> None:
    assert form(["Kerry met Lavrov in Geneva."], "Kerry met Lavrov.") is None
    assert form(["Did Kerry meet Lavrov?"], "Did Kerry meet Lavrov?") is None


def test_a_cut_off_generation_is_incomplete() -> None:
    assert form(["Kerry met Lavrov in Geneva."], "Kerry met Lavrov in") == "incomplete sentence"


def test_two_words_state_no_fact() -> None:
    assert form(["Kerry met Lavrov."], "Kerry met.") == "too short to state a fact"
