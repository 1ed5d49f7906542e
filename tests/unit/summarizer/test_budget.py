"""``summarizer.budget``: parsing "100w" / "5s" / "600c", and how a brief's use is counted."""

from __future__ import annotations

import pytest

from summarizer.budget import Budget
from summarizer.errors import InputError


@pytest.mark.parametrize("spec, size, unit", [
    ("100w", 100, "words"), ("5s", 5, "sentences"), ("600c", 600, "characters"),
    ("100", 100, "words"), (100, 100, "words"), (" 7 S ", 7, "sentences"), ("12C", 12, "characters"),
])
def test_parse_reads_size_and_unit_and_a_bare_number_means_words(spec, size, unit):
    assert Budget.parse(spec) == Budget(size, unit)


def test_parse_returns_a_budget_unchanged():
    budget = Budget(3, "sentences")
    assert Budget.parse(budget) is budget


@pytest.mark.parametrize("spec", ["0w", "-5w", "10x", "w", "", "ten words", "1.5w", True, None, "5 w s"])
def test_a_malformed_length_is_an_input_error_naming_it(spec):
    with pytest.raises(InputError, match=r"malformed length .*e\.g\. 100w, 5s, 600c"):
        Budget.parse(spec)


@pytest.mark.parametrize("spec, shown", [("100w", "100w"), ("5S", "5s"), (600, "600w"), ("9c", "9c")])
def test_str_is_the_canonical_spec(spec, shown):
    assert str(Budget.parse(spec)) == shown


def test_cost_counts_whitespace_separated_words_one_sentence_or_characters():
    text = "Kerry met  Lavrov in Brunei, on Tuesday."
    assert Budget.parse("10w").cost(text) == 7
    assert Budget.parse("10s").cost(text) == 1
    assert Budget.parse("10c").cost(text) == len(text) == 40


def test_characters_used_count_the_spaces_joining_sentences():
    texts = ["One two.", "Three."]
    assert Budget.parse("100c").used(texts) == len("One two. Three.") == 15
    assert Budget.parse("100w").used(texts) == 3
    assert Budget.parse("100s").used(texts) == 2
    assert Budget.parse("100w").used([]) == 0
    assert Budget.parse("100c").used([]) == 0


def test_fits_is_inclusive_at_the_budget_and_false_one_unit_over():
    texts = ["One two.", "Three."]
    assert Budget.parse("15c").fits(texts) and not Budget.parse("14c").fits(texts)
    assert Budget.parse("3w").fits(texts) and not Budget.parse("2w").fits(texts)
    assert Budget.parse("2s").fits(iter(texts)) and not Budget.parse("1s").fits(iter(texts))
