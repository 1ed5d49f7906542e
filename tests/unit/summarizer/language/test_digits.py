"""summarizer.language.digits: grouped thousands, decimal commas and Arabic-Indic digits."""

from __future__ import annotations

import pytest

from summarizer.language.digits import is_grouped_number, normalize_number


@pytest.mark.parametrize("token", [
    "1 500", "1 500 000", "3 000,5", "1\u00a0500", "1\u202f500", "1\u2009500", "٣ ٥٠٠",
])
def test_grouped_numbers(token: str) -> None:
    assert is_grouped_number(token)


@pytest.mark.parametrize("token", [
    "1500",  # no group
    "2019 500",  # a first group of four digits: a year, then a number
    "1 5000", "12 34",  # later groups have exactly three digits
    "1  500",  # one space, not two
    "1 500.000",  # a group, then something else
    "A 500",
])
def test_not_grouped_numbers(token: str) -> None:
    assert not is_grouped_number(token)


@pytest.mark.parametrize("token, code, value", [
    ("1 500", "de", "1500"),
    ("1\u00a0500 000", "fr", "1500000"),
    ("3,5", "de", "3.5"),
    ("3,50", "de", "3.5"),
    ("1.500", "de", "1500"),  # dotted thousands
    ("1.500.000", "es", "1500000"),
    ("1.5", "de", "1.5"),  # not groups of three: a decimal point after all
    ("1 500,25", "fr", "1500.25"),
    ("1,500", "en", "1500"),  # English: the comma groups thousands
    ("1.500", "en", "1.5"),
    ("2.0", "en", "2"),
    ("100", "en", "100"),  # trailing zeros of a whole number stay
    ("٣٥", "ar", "35"),  # Arabic-Indic digits
    ("٣٫٥", "ar", "3.5"),  # the Arabic decimal separator
    ("١٬٥٠٠", "ar", "1500"),  # the Arabic thousands separator
    ("1,500", "zh", "1500"),
])
def test_normalize_number(token: str, code: str, value: str) -> None:
    assert normalize_number(token, code) == value
