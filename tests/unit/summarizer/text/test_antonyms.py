from __future__ import annotations

import pytest

from summarizer.text.antonyms import ANTONYM_PAIRS, opposite


@pytest.mark.parametrize("a,b,expected", [
    ("support", "oppose", True), ("oppose", "support", True), ("legal", "illegal", True),
    ("accept", "refuse", True), ("support", "back", False), ("win", "defeat", False), ("say", "deny", False),
])
def test_opposite(a, b, expected):
    assert opposite(a, b) is expected


def test_no_lemma_is_on_both_sides_of_a_pair():
    assert all(not first & second for first, second in ANTONYM_PAIRS)
