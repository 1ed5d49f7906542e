"""Whether two reports' accounts of one quantity can both be true: a qualifier makes an
interval of the stated figure ("at least 93,000" and "more than 93,000" can, "three killed"
and "four killed" cannot), and a figure rounded or given as an approximation is the same
figure ("roughly 35" / "35", "$43,000" / "$43,350"). ``quantities`` reads the accounts."""

from __future__ import annotations

from typing import Sequence

#: A figure ending in this many zeros or more may be another report's figure rounded
#: ("$43,000" / "$43,350"); "120" / "123 killed" are two counts.
ROUNDED_ZEROS = 3


def one_figure(claims: Sequence[tuple[str, float]]) -> bool:
    """All accounts give one value, bare, as an approximation ("about", "roughly",
    "estimated") or rounded ("$43,000" / "$43,350", ``rounding``), or as a bound that the
    bare figure meets ("more than $250,000" / "$250,000": a lower bound is compatible with
    its own value): phrasing, not a difference. Two bounds with no bare figure ("at least
    93,000" / "more than 93,000") are two claims, listed (not disputed)."""
    values = sorted({value for _, value in claims})
    if not all(rounding(a, b) or rounding(b, a) for n, a in enumerate(values) for b in values[n + 1:]):
        return False
    if all(q in ("", "about") for q, _ in claims):
        return True
    bare = [claim for claim in claims if claim[0] == ""]
    return bool(bare) and all(compatible(claim, figure) for claim in claims for figure in bare)


def rounding(rounded: float, precise: float) -> bool:
    """``rounded`` is ``precise`` written to fewer digits: it ends in at least
    ``ROUNDED_ZEROS`` zeros, keeps two significant digits or more ("43,000", not "40" or
    "2,000", where one digit is a count of its own) and is ``precise`` rounded at its last
    one ("$43,350" -> "$43,000")."""
    if rounded == precise:
        return True
    if rounded <= 0 or rounded != int(rounded):
        return False
    digits = str(int(rounded))
    zeros = len(digits) - len(digits.rstrip("0"))
    step = 10 ** zeros
    return zeros >= ROUNDED_ZEROS and len(digits) - zeros >= 2 and abs(precise - rounded) <= step / 2


#: What each qualifier says of the true value x, as an interval around the stated number n
#: (as a factor of n): "at least 93,000" and "more than 93,000" can both be true, "three
#: killed" and "four killed" cannot. "about"/"nearly" allow a tenth either way.
_RANGES: dict[str, tuple[float, float]] = {
    "": (1.0, 1.0), "only": (1.0, 1.0), "more than": (1.0, float("inf")),
    "at least": (1.0, float("inf")), "at most": (0.0, 1.0), "less than": (0.0, 1.0),
    "about": (0.9, 1.1), "nearly": (0.9, 1.0),
}


def _interval(qualifier: str, value: float) -> tuple[float, float]:
    low, high = _RANGES.get(qualifier, (0.9, 1.1))
    return low * value, high * value


def compatible(a: tuple[str, float], b: tuple[str, float]) -> bool:
    """Whether two (qualifier, value) accounts of one quantity can both be true."""
    (a_low, a_high), (b_low, b_high) = _interval(*a), _interval(*b)
    return a_low <= b_high and b_low <= a_high
