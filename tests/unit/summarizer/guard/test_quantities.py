"""summarizer/guard/quantities.py: a number keeps the qualifier a source gives it."""

from __future__ import annotations

from summarizer.guard import Support, _analyse_all
from summarizer.guard.quantities import rule_quantities


def quantities(sources: list[str], rewrite: str) -> str | None:
    src, rw = _analyse_all(sources, rewrite)
    return rule_quantities(src, [Support.of(a) for a in src], rw)


def test_a_dropped_qualifier_is_refused() -> None:
    assert quantities(["More than 93,000 people died."], "93,000 people died.") == \
        "changed quantity: 93,000 (plain vs source >)"


def test_an_added_qualifier_is_refused() -> None:
    assert quantities(["93,000 people died."], "About 93,000 people died.") == \
        "changed quantity: 93,000 (~ vs source plain)"


def test_the_same_qualifier_with_the_number_written_otherwise_passes() -> None:
    assert quantities(["More than 93,000 people died."], "More than 93000 people died.") is None


def test_either_sources_qualifier_will_do_and_ordinals_are_not_quantities() -> None:
    assert quantities(["More than 93,000 people died.", "93,000 people died."], "93,000 people died.") is None
    assert quantities(["He came third of 93 runners."], "He came third.") is None


def test_a_qualifier_in_another_clause_does_not_qualify_the_number() -> None:
    assert quantities(["Police said nearly 40 came."], "Police said nearly, by noon, 40 came.") == \
        "changed quantity: 40 (plain vs source ~<)"
