"""eval/rouge/bootstrap.py: ROUGE-1.5.5's rounding, drand48 draws and bootstrap averages."""

from __future__ import annotations

import numpy as np
import pytest

from summarizer.eval.rouge.bootstrap import _interval, _perl_instance_order, bootstrap, perl_srand_indices, round5


def test_perl_drand48_draws_and_instance_order() -> None:
    # perl -e 'srand($s); print join(",", map {int(rand(50))} 1..6)' for s = 0, 1, 999
    draws = perl_srand_indices(50, 1000, None)
    assert draws[0, :6].tolist() == [8, 37, 4, 43, 28, 39]
    assert draws[1, :6].tolist() == [2, 22, 41, 16, 28, 0]
    assert draws[999, :6].tolist() == [5, 31, 40, 46, 38, 26]
    # Keys "<id>.<peer>" are sorted as strings: 1, 10, 11, 12, 2, ...
    assert _perl_instance_order(12) == [0, 9, 10, 11, 1, 2, 3, 4, 5, 6, 7, 8]


def test_seed_shifts_the_srand_seeds() -> None:
    # resample r seeds srand(seed + r): seed 1's first resample is ROUGE's second one
    assert perl_srand_indices(50, 1, 1)[0, :6].tolist() == [2, 22, 41, 16, 28, 0]
    assert perl_srand_indices(50, 2, 998)[1, :6].tolist() == [5, 31, 40, 46, 38, 26]
    assert perl_srand_indices(50, 1, 0).tolist() == perl_srand_indices(50, 1, None).tolist()


def test_cached_draws_are_read_only() -> None:
    draws = perl_srand_indices(5, 3, None)
    assert draws.shape == (3, 5) and draws.min() >= 0 and draws.max() < 5
    with pytest.raises(ValueError):
        draws[0, 0] = 1


def test_round5_rounds_like_sprintf() -> None:
    assert round5(1 / 3) == 0.33333
    assert round5(2 / 3) == 0.66667
    assert round5(0.5) == 0.5
    assert round5(1.0) == 1.0


def test_interval_interpolates_between_ranked_means() -> None:
    # R = 10, cf = 95: delta = 0.25, lower index 0, upper index int(8.75) = 8, ratio 0.75
    ranked = np.arange(10, dtype=np.float64)[:, None]
    lower, upper = _interval(ranked, 10, 95)
    assert lower.tolist() == [0.75] and upper.tolist() == [8.75]
    # cf = 100: the lowest and the highest mean; a[R] past the end reads as 0 (times ratio 0)
    lower, upper = _interval(ranked, 10, 100)
    assert lower.tolist() == [0.0] and upper.tolist() == [9.0]


def test_bootstrap_of_equal_topics_is_that_value() -> None:
    values = np.array([[0.25, 0.5]] * 4)
    assert bootstrap(values, 50, 95, None).tolist() == [[0.25, 0.5]] * 3


def test_bootstrap_of_two_topics_with_one_resample() -> None:
    # srand(0) draws int(2 * rand) = 0, then 1 (the n = 50 draws above: 8/50, 37/50), so the
    # one resample holds both topics: mean 0.3. With R = 1 and cf = 95, delta = 0.025 and
    # both bounds are a[0] + (a[1] - a[0]) * -0.025, a[1] reading 0: 0.3075.
    out = bootstrap(np.array([[0.2], [0.4]]), 1, 95, None)
    assert out.tolist() == [[0.3], [0.3075], [0.3075]]


def test_bootstrap_of_no_topics_is_zero() -> None:
    assert bootstrap(np.zeros((0, 3)), 1000, 95, None).tolist() == [[0.0] * 3] * 3
