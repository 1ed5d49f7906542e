"""eval/rouge/grams.py: n-gram and skip-bigram units, their keys and counts, pooled hits."""

from __future__ import annotations

import numpy as np
import pytest
from rouge_support import prepared

from summarizer.eval.rouge.grams import (GAP, GramKeys, GramTable, _unique_counts, lcs_layout, ngram_columns,
                                         ragged, skip_columns)


def test_su4_counts_skip_bigrams_and_all_but_last_unigram() -> None:
    ids = np.array([1, 2, 3, 4, 5, 6])
    firsts, seconds = skip_columns(ids, 4, True)
    grams = set(zip(firsts.tolist(), seconds.tolist()))
    # Bigrams with up to 4 words in between: 5 + 4 + 3 + 2 + 1; unigrams (id, -1) for all but
    # the last token.
    assert len(firsts) == len(seconds) == 15 + 5
    assert (1, 6) in grams and (6, -1) not in grams and (5, -1) in grams


def test_skip_columns_distance_and_unigram_options() -> None:
    ids = np.array([7, 8, 9])
    pairs = lambda cols: list(zip(*(c.tolist() for c in cols)))  # noqa: E731
    assert pairs(skip_columns(ids, 0, False)) == [(7, 8), (8, 9)]  # S0: plain bigrams
    assert pairs(skip_columns(ids, -1, False)) == [(7, 8), (8, 9), (7, 9)]  # unlimited
    assert pairs(skip_columns(ids, 0, True)) == [(7, -1), (8, -1), (7, 8), (8, 9)]
    assert [len(c) for c in skip_columns(np.array([7]), 4, True)] == [0, 0]  # one token: no unit


def test_ngram_columns_run_across_the_whole_text() -> None:
    ids = np.array([1, 2, 3, 4])
    assert [c.tolist() for c in ngram_columns(ids, 3)] == [[1, 2], [2, 3], [3, 4]]
    assert [c.tolist() for c in ngram_columns(ids, 5)] == [[]] * 5


def test_text_grams_count_each_kind() -> None:
    grams = GramKeys(2, None, False).text_grams(np.array([1, 2, 1, 2]))
    # unigrams 1 x2, 2 x2; bigrams (1 2) x2, (2 1) x1
    assert grams.kinds.tolist() == [0, 0, 1, 1]
    assert sorted(zip(grams.kinds.tolist(), grams.counts.tolist())) == [(0, 2), (0, 2), (1, 1), (1, 2)]
    assert grams.vocabulary.tolist() == [1, 2] and grams.vocabulary_counts.tolist() == [2, 2]
    assert grams.skip_total == 0
    su = GramKeys(1, 4, True).text_grams(np.array([1, 2, 3]))
    assert su.skip_total == 2 + 3  # unigrams of all but the last, bigrams (1 2) (2 3) (1 3)
    assert sorted(su.kinds.tolist()) == [0, 0, 0, 1, 1, 1, 1, 1]


def test_keys_of_large_ids_and_long_grams_are_interned_with_the_same_counts() -> None:
    # ids past 2**15 (and n = 5) take the interning path: other keys, the same counts
    small = GramKeys(4, 4, True).text_grams(np.array([1, 2, 1, 2, 3]))
    large = GramKeys(4, 4, True).text_grams(np.array([1, 2, 1, 2, 1 << 20]))
    assert sorted(small.counts.tolist()) == sorted(large.counts.tolist())
    assert sorted(small.kinds.tolist()) == sorted(large.kinds.tolist())
    assert large.skip_total == small.skip_total
    five = GramKeys(5, None, False).text_grams(np.array([1, 2, 3, 4, 5, 1, 2, 3, 4, 5]))
    # 5-grams (1 2 3 4 5) twice, (2 3 4 5 1) (3 4 5 1 2) (4 5 1 2 3) (5 1 2 3 4) once
    assert sorted(five.counts[five.kinds == 4].tolist()) == [1, 1, 1, 1, 2]
    assert five.counts[five.kinds == 3].tolist().count(2) == 2  # (1 2 3 4), (2 3 4 5) twice


def test_keys_of_different_kinds_never_meet() -> None:
    keys = GramKeys(2, 0, False)
    # unigram 3, bigram (0 3) and skip bigram (0 3) are different units
    grams = keys.text_grams(np.array([0, 3]))
    assert len(grams.keys) == len(set(grams.keys.tolist())) == 2 + 1 + 1


def test_too_long_grams_are_refused() -> None:
    with pytest.raises(ValueError, match="max_n"):
        GramKeys(121, None, False)


def test_unique_counts() -> None:
    values, counts = _unique_counts(np.array([5, 1, 5, 3, 5], dtype=np.uint64))
    assert values.tolist() == [1, 3, 5] and counts.tolist() == [1, 1, 3]
    values, counts = _unique_counts(np.zeros(0, dtype=np.uint64))
    assert values.tolist() == [] and counts.tolist() == []


def test_lcs_layout_and_ragged() -> None:
    layout, ends = lcs_layout([[4, 5], [], [6]])
    assert layout.tolist() == [GAP, 4, 5, GAP, GAP, 6] and ends.tolist() == [2, 5]
    flat, owner, at, lengths = ragged([np.array([1, 2]), np.array([], dtype=np.int64), np.array([3])])
    assert flat.tolist() == [1, 2, 3] and owner.tolist() == [0, 0, 2]
    assert at.tolist() == [0, 1, 0] and lengths.tolist() == [2, 0, 1]


def test_gram_table_pools_clipped_hits_over_references() -> None:
    # peer 1 2 1 against references "1 2" and "1 1 3" (unigrams and bigrams):
    # unigrams min(2,1) + min(1,1) = 2 and min(2,2) = 2; bigrams (1 2) once, none
    peer = prepared([[1, 2, 1]], max_n=2, skip_distance=None)
    refs = (prepared([[1, 2]], max_n=2, skip_distance=None), prepared([[1, 1, 3]], max_n=2, skip_distance=None))
    other = prepared([[9]], max_n=2, skip_distance=None)
    table = GramTable.of((refs, (other,), ()))
    assert table.hits([peer, peer, peer], 2) == [[4, 1], [0, 0], [0, 0]]
    assert table.start.tolist() == [0, 6, 7, 7]  # keys: 1 2 3 (1 2) (1 1) (1 3); 9; none
