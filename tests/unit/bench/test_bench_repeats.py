"""bench/bench_repeats.py: the ROC area it reports, and its labels file's shape."""

from __future__ import annotations

import importlib.util
import sys

from conftest import ROOT

_spec = importlib.util.spec_from_file_location("bench_repeats", ROOT / "bench" / "bench_repeats.py")
bench_repeats = importlib.util.module_from_spec(_spec)
sys.modules["bench_repeats"] = bench_repeats  # its dataclass looks its module up
_spec.loader.exec_module(bench_repeats)


def test_the_roc_area_is_the_chance_a_repeat_outscores_another_pair() -> None:
    assert bench_repeats.auc([0.9, 0.8], [0.1, 0.2]) == 1.0
    assert bench_repeats.auc([0.1], [0.9]) == 0.0
    assert bench_repeats.auc([0.5, 0.9], [0.5, 0.1]) == 0.875  # a tie counts half
    assert bench_repeats.auc([], [0.3]) != bench_repeats.auc([], [0.3])  # nan: nothing to rank


def test_labels_key_each_pair_once_in_sorted_order_and_hold_no_text() -> None:
    labels = bench_repeats.load_labels()
    assert labels and set(labels.values()) == {"repeat", "different"}
    for event, a, b in labels:
        assert a < b and ":" in a and ":" in b
        assert len(event) == 36  # a basil-dev folder name, no text of the reports


def test_the_position_weighted_score_takes_the_later_sentence_place() -> None:
    pair = bench_repeats.Pair("e" * 36, "fox.txt:2", "nyt.txt:10", 0.8, ("", ""))
    assert abs(pair.placed() - (0.8 - bench_repeats.POSITION_WEIGHT * 10)) < 1e-12
