"""trust.accounts: whether two accounts of one quantity can both be true, and which
figures are one figure rounded or approximated."""

from __future__ import annotations

import pytest

from summarizer.trust.accounts import ROUNDED_ZEROS, compatible, one_figure, rounding


@pytest.mark.parametrize("rounded, precise, expected", [
    (43000, 43350, True),  # to the thousand
    (43000, 43500, True),  # half a step still rounds to it
    (43000, 43600, False),
    (1_500_000, 1_520_000, True),
    (2000, 2400, False),  # one significant digit: a count of its own
    (40, 41, False),  # too few zeros: two counts
    (120, 123, False),
    (43350, 43000, False),  # the precise figure is no rounding of the round one
    (7, 7, True),
])
def test_rounding(rounded: float, precise: float, expected: bool) -> None:
    assert rounding(rounded, precise) is expected


def test_rounding_needs_the_documented_zeros() -> None:
    step = 10 ** ROUNDED_ZEROS
    assert rounding(43 * step, 43 * step + step // 4)
    assert not rounding(43 * step // 10, 43 * step // 10 + step // 40)


def test_one_figure_bare_approximated_or_rounded() -> None:
    assert one_figure([("", 35.0), ("about", 35.0)])
    assert one_figure([("", 43000.0), ("", 43350.0)])
    assert not one_figure([("", 43000.0), ("", 44350.0)])
    assert one_figure([("more than", 250000.0), ("", 250000.0)])  # a lower bound meets its own value
    assert one_figure([("at least", 93000.0), ("", 93000.0), ("more than", 93000.0)])
    assert not one_figure([("more than", 30.0), ("", 31.0)])  # another value: listed, not disputed
    assert not one_figure([("at least", 93000.0), ("more than", 93000.0)])  # two bounds: two claims
    assert not one_figure([("less than", 35.0), ("", 41.0)])
    assert not one_figure([("", 41.0), ("", 45.0)])


def test_compatible_bounds() -> None:
    assert compatible(("at least", 93000), ("more than", 93000))
    assert not compatible(("", 41), ("", 45))
