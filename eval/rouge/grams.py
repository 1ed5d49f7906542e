"""Prepared texts, and n-gram / skip-bigram keys, counts and hits (ngramScore).

Part of ``eval.rouge``: each text is turned once into one sorted array of gram keys, every
kind (n = 1..max_n, then skip bigrams) together, with counts (``PreparedText``). The
references of a topic are merged once into one table (``ModelTable``), so the hits of a
peer against all of them are read off with one ``searchsorted``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

GAP = -1  # the cell before each sentence in an LCS layout (``lcs_layout``)


@dataclass(frozen=True, eq=False)  # identity hash: a cache key of ``ModelTable``
class PreparedText:
    """A summary read, cut, tokenized and counted once (token ids, not strings)."""

    length: int  # number of tokens = ROUGE-1 / ROUGE-L "_cn_"
    ngram_totals: tuple[int, ...]
    skip_total: int
    layout: np.ndarray  # LCS layout: a GAP cell before each sentence's ids
    ends: np.ndarray  # layout index of the last token of each non-empty sentence
    vocabulary: np.ndarray  # its token ids, sorted and unique
    vocabulary_counts: np.ndarray  # how often each occurs (ROUGE-L's clip)
    keys: np.ndarray  # gram keys of every kind (``GramKeys``), sorted and unique
    counts: np.ndarray  # how often each gram occurs
    kinds: np.ndarray  # each key's kind: n - 1 for n-grams, max_n for skip bigrams


def ngram_columns(ids: np.ndarray, n: int) -> list[np.ndarray]:
    """createNGram: the contiguous n-grams of the whole cut text, as n columns (column j
    holds every n-gram's j-th id).

    The n-grams run across sentence boundaries because readText joins the
    units with blanks before counting.
    """
    count = max(0, len(ids) - n + 1)
    return [ids[j:j + count] for j in range(n)]


def skip_columns(ids: np.ndarray, distance: int, unigrams: bool) -> list[np.ndarray]:
    """createSkipBigram: skip bigrams with at most ``distance`` words in between, as two
    columns.

    For token i the partners are i+1 .. i+distance+1 (all later ones when
    distance < 0).  With -u each token i is also counted as a unigram, but the
    loop runs only for i < last index, so the *last* token never counts as a
    unigram and a one-token text has no units at all.  A unigram is the pair
    (id, -1), so it cannot equal a bigram (ids are >= 0).
    """
    last = len(ids) - 1
    reach = last if distance < 0 else min(distance + 1, last)
    firsts = [ids[:last]] if unigrams and last > 0 else []
    seconds = [np.full(last, -1, dtype=np.int64)] if firsts else []
    firsts += [ids[:-gap] for gap in range(1, reach + 1)]
    seconds += [ids[gap:] for gap in range(1, reach + 1)]
    if not firsts:
        return [np.zeros(0, dtype=np.int64)] * 2
    return [np.concatenate(firsts), np.concatenate(seconds)]


@dataclass(frozen=True)
class TextGrams:
    """The grams of one text: every kind's keys (``GramKeys``), sorted and unique, with
    counts and kinds; the skip-bigram total; its token ids, sorted and unique, with counts."""

    keys: np.ndarray
    counts: np.ndarray
    kinds: np.ndarray
    skip_total: int
    vocabulary: np.ndarray
    vocabulary_counts: np.ndarray


def _unique_counts(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Sorted unique values and how often each occurs (``np.unique`` without its overhead)."""
    ordered = np.sort(values)
    first = np.flatnonzero(np.concatenate(([True], ordered[1:] != ordered[:-1])))[: len(ordered)]
    return ordered[first], np.diff(np.append(first, len(ordered)))


_BITS = 15  # bits of a digit: ``GramKeys``
_DIGIT, _SKIP_DIGIT, _TOP_BYTE = np.uint64(_BITS), np.uint64(_BITS + 1), np.uint64(56)
_SKIP_UNIGRAM = np.uint64(1 << _BITS)  # the second digit of a skip unigram (id, -1)
_ABOVE_UNIGRAMS = np.uint64(2 << 60)  # the tag of bigrams: every unigram key is below


class GramKeys:
    """One uint64 key per gram, equal for equal grams across every text of a scorer.

    A gram of at most four ids, all below ``2**_BITS`` (every gram, in practice), is its
    ids as ``_BITS``-bit digits (a skip bigram: the first id above a 16-bit digit holding
    the second, or ``2**_BITS`` for the -1 of a skip unigram) under a tag in bits 60-62: n
    for n-grams, ``_SKIP_TAG`` for skip bigrams. Any other gram (a larger id, or more than
    four words) is interned: bit 63, its kind + 1 in bits 56-62 and its number below. So
    keys of different kinds never meet, the kinds sort apart (unigrams first), and no two
    grams share a key however large the vocabulary grows.

    ``skip_distance`` None: no skip bigrams; otherwise as ``skip_columns``.
    """

    _BITS = _BITS
    _SKIP_TAG = 5

    def __init__(self, max_n: int, skip_distance: int | None, skip_unigrams: bool) -> None:
        if max_n > 120:
            raise ValueError("max_n above 120 is not supported")
        self.max_n = max_n
        self.skip_distance = skip_distance
        self.skip_unigrams = skip_unigrams
        self.kind_count = max_n + (0 if skip_distance is None else 1)
        self._interned: dict[tuple[int, ...], int] = {}
        # kind of a key from its top byte (digits: the tag in bits 60-62; interned: bits 56-62)
        top = np.arange(256)
        kind = np.where(top >= 128, top - 129, (top >> 4) - 1)
        kind[(top < 128) & (top >> 4 == self._SKIP_TAG)] = max_n
        self._kind_of_top = kind.astype(np.intp)
        self._tags = [self._tag(k) for k in range(max_n + 1)]

    def _tag(self, kind: int) -> np.uint64:
        return np.uint64((self._SKIP_TAG if kind == self.max_n else kind + 1) << 60)

    def _interned_keys(self, columns: list[np.ndarray], kind: int, rows: np.ndarray) -> np.ndarray:
        base = (1 << 63) | ((kind + 1) << 56)
        grams = zip(*(c[rows].tolist() for c in columns))
        interned = self._interned
        return np.array([base | interned.setdefault((kind, *g), len(interned)) for g in grams],
                        dtype=np.uint64)

    def _kind_keys(self, columns: list[np.ndarray], kind: int) -> np.ndarray:
        """Keys of one kind's grams (``columns``: one array per position), not yet unique."""
        if len(columns) > 4:
            return self._interned_keys(columns, kind, np.arange(len(columns[0])))
        skip = kind == self.max_n
        keys = np.zeros(len(columns[0]), dtype=np.uint64)
        for k, column in enumerate(columns):
            shift = np.uint64(16 if skip and k else self._BITS)
            keys = (keys << shift) | np.where(column < 0, 1 << self._BITS, column).astype(np.uint64)
        keys |= self._tag(kind)
        large = np.any([c >= 1 << self._BITS for c in columns], axis=0) if len(keys) else []
        if np.any(large):
            keys[large] = self._interned_keys(columns, kind, np.flatnonzero(large))
        return keys

    def _small_keys(self, ids: np.ndarray) -> tuple[list[np.ndarray], int]:
        """All ids below ``2**_BITS`` and n <= 4: an n-gram's digits extend the (n-1)-gram's,
        and the skip bigrams are read off the ids as ``skip_columns`` lists them."""
        digits = ids.astype(np.uint64)
        out, previous = [], digits
        for n in range(1, self.max_n + 1):
            if n > 1:
                previous = (previous[:-1] << _DIGIT) | digits[n - 1:]
            out.append(previous | self._tags[n - 1])
        if self.skip_distance is None:
            return out, 0
        last = len(ids) - 1
        reach = last if self.skip_distance < 0 else min(self.skip_distance + 1, last)
        first = (digits << _SKIP_DIGIT) | self._tags[self.max_n]
        skips = [first[:last] | _SKIP_UNIGRAM] if self.skip_unigrams and last > 0 else []
        skips += [first[:-gap] | digits[gap:] for gap in range(1, reach + 1)]
        return out + skips, sum(len(k) for k in skips)

    def text_grams(self, ids: np.ndarray) -> TextGrams:
        """Every gram of a text (its token ids), keyed and counted."""
        small = self.max_n <= 4 and (not len(ids) or int(ids.max()) < 1 << self._BITS)
        if small:
            parts, skip_total = self._small_keys(ids)
        else:
            parts = [self._kind_keys(ngram_columns(ids, n), n - 1) for n in range(1, self.max_n + 1)]
            skip_total = 0
            if self.skip_distance is not None:
                skip = skip_columns(ids, self.skip_distance, self.skip_unigrams)
                parts.append(self._kind_keys(skip, self.max_n))
                skip_total = len(skip[0])
        keys, counts = _unique_counts(np.concatenate(parts) if parts else np.zeros(0, dtype=np.uint64))
        kinds = self._kind_of_top[(keys >> _TOP_BYTE).astype(np.intp)]
        if small and self.max_n:  # the unigram keys come first: tag 1 over the id
            unigrams = int(np.searchsorted(keys, _ABOVE_UNIGRAMS))
            vocabulary = (keys[:unigrams] - self._tags[0]).astype(np.int64)
            vocabulary_counts = counts[:unigrams]
        else:
            vocabulary, vocabulary_counts = _unique_counts(ids)
        return TextGrams(keys, counts, kinds, skip_total, vocabulary, vocabulary_counts)


def lcs_layout(sentences: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """LCS layout: [GAP, s1 ids..., GAP, s2 ids..., ...] and sentence end cells."""
    cells: list[int] = []
    ends: list[int] = []
    for ids in sentences:
        cells.append(GAP)
        cells.extend(ids)
        if ids:
            ends.append(len(cells) - 1)
    return np.asarray(cells, dtype=np.int64), np.asarray(ends, dtype=np.int64)


def ragged(arrays: Sequence[np.ndarray]) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Concatenation of ``arrays``, each element's array index and position, the lengths."""
    lengths = np.array([len(a) for a in arrays], dtype=np.int64)
    flat = np.concatenate(arrays) if len(arrays) else np.zeros(0, dtype=np.int64)
    owner = np.repeat(np.arange(len(arrays)), lengths)
    at = np.arange(len(flat)) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    return flat, owner, at, lengths


def _merged(models: Sequence[PreparedText], width: int) -> tuple[np.ndarray, np.ndarray]:
    """One topic's references merged: every gram key of any of them, sorted and unique,
    with each reference's count of it (0 where it lacks it; ``width`` columns)."""
    if not models:
        return np.zeros(0, dtype=np.uint64), np.zeros((0, width), dtype=np.int64)
    keys, where = np.unique(np.concatenate([m.keys for m in models]), return_inverse=True)
    counts = np.zeros((len(keys), width), dtype=np.int64)
    owner = np.repeat(np.arange(len(models)), [len(m.keys) for m in models])
    counts[where, owner] = np.concatenate([m.counts for m in models])
    return keys, counts


@dataclass(frozen=True, eq=False)
class GramTable:
    """The references of a job's topics merged topic by topic (``_merged``), one topic
    after the other, once for every system scored on them."""

    keys: np.ndarray
    counts: np.ndarray  # keys x (most references of a topic)
    start: np.ndarray  # each topic's first key, then the end

    @classmethod
    def of(cls, topics: tuple[tuple[PreparedText, ...], ...]) -> GramTable:
        width = max((len(models) for models in topics), default=0)
        merged = [_merged(models, width) for models in topics]
        start = np.cumsum([0] + [len(keys) for keys, _ in merged])
        if not merged:
            return cls(np.zeros(0, dtype=np.uint64), np.zeros((0, width), dtype=np.int64), start)
        return cls(np.concatenate([k for k, _ in merged]), np.concatenate([c for _, c in merged]), start)

    def hits(self, peers: Sequence[PreparedText], kinds: int) -> list[list[int]]:
        """ngramScore pooled over each topic's references (-f A), per topic and kind: the
        sum over references and grams of min(peer count, reference count). (Topic by topic:
        small arrays that stay in cache beat one pass over all topics.)"""
        out = []
        bounds = self.start.tolist()
        for topic, peer in enumerate(peers):
            first, end = bounds[topic], bounds[topic + 1]
            if first == end or not len(peer.keys):
                out.append([0] * kinds)
                continue
            keys = self.keys[first:end]
            at = np.minimum(np.searchsorted(keys, peer.keys), end - first - 1)
            shared = np.flatnonzero(keys[at] == peer.keys)  # faster than a boolean mask
            counts = self.counts[at[shared] + first]
            clipped = np.minimum(counts, peer.counts[shared][:, None]).sum(axis=1)
            out.append(np.bincount(peer.kinds[shared], weights=clipped, minlength=kinds).astype(np.int64).tolist())
        return out
