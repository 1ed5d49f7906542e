"""ROUGE-1.5.5's rounding and bootstrap (computeAverages / bootstrapResampling).

Part of ``eval.rouge``: Perl's drand48 draws and its summation order are reproduced so
that every average and interval rounds exactly like the Perl output.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np

__all__ = ["round5", "perl_srand_indices", "bootstrap"]


def round5(x: float) -> float:
    """sprintf("%7.5f") and back to a number: ROUGE keeps every figure this way."""
    return float(f"{x:.5f}")


_DRAND48_A, _DRAND48_C, _DRAND48_MASK = 0x5DEECE66D, 0xB, (1 << 48) - 1


@lru_cache(maxsize=16)
def perl_srand_indices(n: int, resamples: int, seed: int | None) -> np.ndarray:
    """Bootstrap draws of ROUGE: resample r does srand(r), then n x int(rand(n)).

    Perl >= 5.20 has its own drand48: srand(s) sets x = (s mod 2**32) << 16 |
    0x330E, each rand steps x = (0x5DEECE66D x + 11) mod 2**48 and returns
    n * x / 2**48.  ROUGE re-seeds with the resample number (0..999) before
    every resample, so the draws are fixed.  ``seed`` (our extension) shifts
    those seeds to seed + r; None keeps ROUGE's own 0..resamples-1.
    """
    base = 0 if seed is None else seed
    seeds = (np.arange(resamples, dtype=np.uint64) + np.uint64(base % 2**32)) % np.uint64(2**32)
    state = (seeds << np.uint64(16)) | np.uint64(0x330E)
    draws = np.empty((resamples, n), dtype=np.intp)
    for k in range(n):
        state = (state * np.uint64(_DRAND48_A) + np.uint64(_DRAND48_C)) & np.uint64(_DRAND48_MASK)
        draws[:, k] = (n * (state.astype(np.float64) * 2.0**-48)).astype(np.intp)
    draws.flags.writeable = False  # shared through the cache
    return draws


def _perl_instance_order(n: int) -> list[int]:
    """Positions of eval ids in ROUGE's ``sort(keys %ROUGEScores)``.

    The keys are "<evalID>.<peerID>" sorted as *strings*, so the bootstrap
    indexes topics in the order 1, 10, 11, ..., 19, 2, 20, ... (0-based here).
    """
    return sorted(range(n), key=lambda k: f"{k + 1}.")


def _interval(ranked: np.ndarray, resamples: int, confidence: float) -> tuple[np.ndarray, np.ndarray]:
    """ROUGE's CI bounds from the sorted resample means (with its interpolation).

    delta = R * (100 - cf) / 2 / 100; lower = a[int(delta)] + (a[+1] - a[..]) * ratio,
    upper likewise from int(R - delta - 1); a missing a[R] reads as 0 like Perl's undef.
    """
    delta = resamples * ((100 - confidence) / 2.0) / 100.0
    upper_a = int(resamples - delta - 1)
    lower_a = int(delta)
    ratio = resamples - delta - 1 - upper_a
    padded = np.vstack([ranked, np.zeros((2, ranked.shape[1]))])
    lower = padded[lower_a] + (padded[lower_a + 1] - padded[lower_a]) * ratio
    upper = padded[upper_a] + (padded[upper_a + 1] - padded[upper_a]) * ratio
    return lower, upper


def bootstrap(values: np.ndarray, resamples: int, confidence: float, seed: int | None) -> np.ndarray:
    """Average + CI of per-topic figures; returns rows (mean, low, high) x columns.

    ROUGE reports the *mean of its bootstrap resample means*, not the plain
    mean of the topics.  Sums are accumulated in Perl's order (draw order
    within a resample, ascending order over the sorted resample means) so
    that the float results round identically.
    """
    n, width = values.shape
    if n == 0:
        return np.zeros((3, width))
    draws = perl_srand_indices(n, resamples, seed)
    ordered = values[_perl_instance_order(n)]
    sums = ordered[draws[:, 0]].copy()
    for k in range(1, n):
        sums += ordered[draws[:, k]]
    ranked = np.sort(sums / n, axis=0)
    mean = np.cumsum(ranked, axis=0)[-1] / resamples
    lower, upper = _interval(ranked, resamples, confidence)
    return np.vectorize(round5)(np.vstack([mean, lower, upper]))
