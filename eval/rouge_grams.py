"""Prepared texts, n-gram / skip-bigram keys and counts, and ROUGE-L's union LCS.

Part of ``eval.rouge``: each text is turned once into sorted gram keys and an LCS layout
(``PreparedText``); hits of a (model, peer) pair are read off those (ngramScore), and
ROUGE-L's union LCS runs as one numpy dynamic program over many pairs.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import numpy as np

_MODEL_GAP, _PEER_GAP, _MODEL_PAD, _PEER_PAD = -1, -2, -3, -4


@dataclass(frozen=True)
class PreparedText:
    """A summary read, cut, tokenized and counted once (token ids, not strings)."""

    length: int  # number of tokens = ROUGE-1 / ROUGE-L "_cn_"
    unigrams: Counter  # token id -> count (the LCS clip)
    ngram_totals: tuple[int, ...]
    skip_total: int
    layout: np.ndarray  # LCS row/column layout: a gap cell before each sentence's ids
    ends: np.ndarray  # layout index of the last token of each non-empty sentence
    vocabulary: np.ndarray  # its token ids, sorted and unique
    # per kind (n-grams 1..max_n, then skip bigrams): gram keys (``GramKeys``), sorted
    # and unique, and their counts
    keys: tuple[np.ndarray, ...]
    counts: tuple[np.ndarray, ...]


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


class GramKeys:
    """One uint64 key per gram, equal for equal grams across every text of a scorer.

    A gram whose ids are all below ``2**_BITS`` (every gram, in practice) is its ids as
    digits of ``_BITS + 1`` bits each (the -1 of a skip unigram (id, -1) is the digit
    ``2**_BITS``, only ever in the last of two digits): at most 4 x 16 = 64 bits, and below
    ``2**63`` because the first digit is an id below ``2**_BITS``. A gram with a larger id
    (and so is every gram longer than four words) is interned instead and keyed
    ``2**63 + its number``, so no two grams share a key however large the vocabulary grows.
    """

    _BITS = 15

    def __init__(self) -> None:
        self._interned: dict[tuple[int, ...], int] = {}

    def _keys(self, columns: list[np.ndarray]) -> np.ndarray:
        """The key of every gram (``columns``: one array per position), not yet unique."""
        shift = np.uint64(self._BITS + 1)
        keys = np.zeros(len(columns[0]), dtype=np.uint64)
        for column in columns:
            keys = (keys << shift) | np.where(column < 0, 1 << self._BITS, column).astype(np.uint64)
        too_wide = len(columns) > 64 // (self._BITS + 1)  # -n above 4: intern every gram
        if len(keys) and (too_wide or max(int(c.max()) for c in columns) >= 1 << self._BITS):
            large = np.any([c >= 1 << self._BITS for c in columns], axis=0) | too_wide
            for row in np.flatnonzero(large):
                gram = tuple(int(c[row]) for c in columns)
                keys[row] = np.uint64((1 << 63) + self._interned.setdefault(gram, len(self._interned)))
        return keys

    def all_kinds(self, ids: np.ndarray, grams: list[list[np.ndarray]],
                  skip: list[np.ndarray]) -> list[tuple[np.ndarray, np.ndarray]]:
        """Sorted unique keys and counts of every n-gram kind (``grams``: the columns of
        n = 1, 2, ...) and of the skip grams. With small ids an n-gram's key extends the
        (n-1)-gram's by one digit. The kinds other than 4-grams (at most 48 bits, or
        interned below ``2**63 + 2**56``) are tagged with their kind in bits 56-58 and made
        unique in one call; the tag is part of the key, the same in every text."""
        if len(grams) > 4 or (len(ids) and int(ids.max()) >= 1 << self._BITS):
            keys = [self._keys(columns) for columns in grams + [skip]]
        else:
            shift = np.uint64(self._BITS + 1)
            digits = ids.astype(np.uint64)
            keys, previous = [], digits
            for n in range(1, len(grams) + 1):
                if n > 1:
                    previous = (previous[:-1] << shift) | digits[n - 1:]
                keys.append(previous)
            second = np.where(skip[1] < 0, 1 << self._BITS, skip[1]).astype(np.uint64)
            keys.append((skip[0].astype(np.uint64) << shift) | second)
        apart = 3 if len(grams) == 4 else None  # 4-grams use all 64 bits: no room for a tag
        tagged = [k for k in range(len(keys)) if k != apart]
        unique, counts = np.unique(np.concatenate([keys[k] | np.uint64((k + 1) << 56) for k in tagged]),
                                   return_counts=True)
        kind = (unique >> np.uint64(56)) & np.uint64(7)
        out: dict[int, tuple[np.ndarray, np.ndarray]] = {
            k: (unique[kind == k + 1], counts[kind == k + 1].astype(np.int64)) for k in tagged}
        if apart is not None:
            four, four_counts = np.unique(keys[apart], return_counts=True)
            out[apart] = (four, four_counts.astype(np.int64))
        return [out[k] for k in range(len(keys))]


def lcs_layout(sentences: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """LCS layout: [gap, s1 ids..., gap, s2 ids..., ...] and sentence end cells."""
    cells: list[int] = []
    ends: list[int] = []
    for ids in sentences:
        cells.append(_MODEL_GAP)
        cells.extend(ids)
        if ids:
            ends.append(len(cells) - 1)
    return np.asarray(cells, dtype=np.int64), np.asarray(ends, dtype=np.int64)


def pair_hits(model: PreparedText, peer: PreparedText, kind: int) -> int:
    """ngramScore: clipped matches, sum over grams of min(peer count, model count), read
    off the two texts' sorted gram keys."""
    keys, counts = model.keys[kind], model.counts[kind]
    if not len(keys):
        return 0
    at = np.minimum(np.searchsorted(keys, peer.keys[kind]), len(keys) - 1)
    shared = keys[at] == peer.keys[kind]
    return int(np.minimum(counts[at[shared]], peer.counts[kind][shared]).sum())


# ---------------------------------------------------------------------------
# ROUGE-L: summary-level union LCS (computeLCSScore / lcs / lcs_inner / markLCS)
# ---------------------------------------------------------------------------

_CELL_BUDGET = 1 << 24  # DP cells per numpy batch (int32), bounds memory


def _lcs_tables(rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """LCS length tables of every (model sentence, peer sentence) block at once.

    ``rows``/``cols`` are batch x layout arrays; a negative cell is a gap or
    padding, which starts a fresh block with zero boundary (Perl's c[0][*],
    c[*][0]).  Row i uses c[i][j] = max over j' <= j of t[j'], where
    t[j'] = c[i-1][j'-1] + 1 on a token match and c[i-1][j'] otherwise; the
    running max restarts at each peer gap via per-block offsets.  Those are
    the standard LCS lengths, i.e. the Perl ``@c`` matrix.
    """
    batch, n_rows = rows.shape
    n_cols = cols.shape[1]
    col_gap = cols < 0
    # the narrowest integers that hold every offset plus an LCS length (less memory traffic)
    dtype = np.int16 if (n_cols + 1) * (n_cols + 2) < np.iinfo(np.int16).max else np.int32
    offset = (np.cumsum(col_gap, axis=1) * (n_cols + 1)).astype(dtype)
    table = np.zeros((batch, n_rows, n_cols), dtype=np.int32)
    prev = np.zeros((batch, n_cols), dtype=dtype)
    diag = np.zeros_like(prev)
    for i in range(1, n_rows):
        diag[:, 1:] = prev[:, :-1] + 1
        step = np.where(rows[:, i : i + 1] == cols, diag, prev)
        cur = np.maximum.accumulate(step + offset, axis=1) - offset
        cur[rows[:, i] < 0] = 0
        table[:, i] = cur
        prev = cur
    return table


def _mark_union(rows: np.ndarray, cols: np.ndarray, table: np.ndarray, starts: np.ndarray) -> np.ndarray:
    """markLCS for all blocks in lock step; returns the model hit mask.

    Perl's trace-back from (m, n) of each model/peer sentence pair: a token
    match always goes diagonal and marks the model position; otherwise it goes
    *up* when c[i-1][j] >= c[i][j-1] (ties go up) and left else.  The marks of
    one model sentence are OR-ed over all peer sentences (the union LCS).
    """
    batch, n_rows = rows.shape
    n_cols = cols.shape[1]
    flat_rows, flat_cols, flat_table = rows.ravel(), cols.ravel(), table.ravel()
    hit = np.zeros(batch * n_rows, dtype=bool)
    b, i, j = starts
    row = b * n_rows + i  # index into rows / hit
    col = b * n_cols + j  # index into cols
    cell = row * n_cols + j  # index into table
    while row.size:
        match = flat_rows[row] == flat_cols[col]
        hit[row[match]] = True
        up = match | (flat_table[cell - n_cols] >= flat_table[cell - 1])
        left = match | ~up
        row = row - up
        col = col - left
        cell = cell - up * n_cols - left
        alive = (flat_rows[row] >= 0) & (flat_cols[col] >= 0)
        row, col, cell = row[alive], col[alive], cell[alive]
    return hit.reshape(batch, n_rows)


def _lcs_batch(pairs: Sequence[tuple["_Rows", PreparedText]]) -> list[int]:
    """Clipped union-LCS hits of (model, peer) pairs, all in one DP batch."""
    n_rows = max(len(m.layout) for m, _ in pairs)
    n_cols = max(len(p.layout) for _, p in pairs)
    rows = np.full((len(pairs), n_rows), _MODEL_PAD, dtype=np.int64)
    cols = np.full((len(pairs), n_cols), _PEER_PAD, dtype=np.int64)
    starts: list[np.ndarray] = []
    for k, (model, peer) in enumerate(pairs):
        rows[k, : len(model.layout)] = model.layout
        cols[k, : len(peer.layout)] = np.where(peer.layout == _MODEL_GAP, _PEER_GAP, peer.layout)
        r, c = np.meshgrid(model.ends, peer.ends, indexing="ij")
        starts.append(np.stack([np.full(r.size, k), r.ravel(), c.ravel()]))
    start = np.concatenate(starts, axis=1) if starts else np.zeros((3, 0), dtype=np.int64)
    hit = _mark_union(rows, cols, _lcs_tables(rows, cols), start)
    return [_clip_lcs(rows[k][hit[k]], peer) for k, (_, peer) in enumerate(pairs)]


def _clip_lcs(marked: np.ndarray, peer: PreparedText) -> int:
    """ROUGE 1.4.1's clip: a marked model token scores only while unigram budget lasts.

    Perl walks the marked model tokens and counts one hit while both the
    model's and the peer's remaining unigram counts of that token are > 0,
    decrementing both.  The model count can never run out (a token is marked
    at most as often as it occurs), so the hits are sum over tokens of
    min(times marked, peer count).
    """
    unigrams = peer.unigrams
    return sum(min(n, unigrams.get(tok, 0)) for tok, n in Counter(marked.tolist()).items())


def _size_chunks(order: list[int], pairs: Sequence[tuple["_Rows", PreparedText]]) -> Iterable[list[int]]:
    """Group pairs (pre-sorted by size) so that a batch's DP tables stay within budget."""
    chunk: list[int] = []
    n_rows = n_cols = 0
    for k in order:
        rows = max(n_rows, len(pairs[k][0].layout))
        cols = max(n_cols, len(pairs[k][1].layout))
        if chunk and (len(chunk) + 1) * rows * cols > _CELL_BUDGET:
            yield chunk
            chunk, rows, cols = [], len(pairs[k][0].layout), len(pairs[k][1].layout)
        chunk.append(k)
        n_rows, n_cols = rows, cols
    if chunk:
        yield chunk


@dataclass(frozen=True)
class _Rows:
    """A model's LCS rows: its layout and sentence ends (see ``PreparedText``)."""

    layout: np.ndarray
    ends: np.ndarray


def _matched_rows(model: PreparedText, peer: PreparedText) -> tuple[np.ndarray, np.ndarray]:
    """The model without the tokens that occur nowhere in the peer: same LCS hits, a
    smaller DP. Such a token's row repeats the row above it (no match extends an LCS), and
    markLCS's trace-back always goes up through it (c[i-1][j] = c[i][j] >= c[i][j-1]) and
    never marks it, so dropping the row changes no value and no mark of another row."""
    vocabulary = peer.vocabulary
    at = np.minimum(np.searchsorted(vocabulary, model.layout), max(len(vocabulary) - 1, 0))
    keep = (model.layout < 0) | (vocabulary[at] == model.layout if len(vocabulary) else False)
    if keep.all():
        return model.layout, model.ends
    layout = model.layout[keep]
    following = np.append(layout[1:], _MODEL_GAP)
    return layout, np.flatnonzero((layout >= 0) & (following < 0))


def lcs_hits(pairs: Sequence[tuple[PreparedText, PreparedText]]) -> list[int]:
    """Clipped union-LCS hits of every (model, peer) pair, batched by size."""
    pairs = [(_Rows(*_matched_rows(model, peer)), peer) for model, peer in pairs]
    order = sorted(range(len(pairs)), key=lambda k: (len(pairs[k][0].layout), len(pairs[k][1].layout)))
    result = [0] * len(pairs)
    for chunk in _size_chunks(order, pairs):
        for k, value in zip(chunk, _lcs_batch([pairs[c] for c in chunk])):
            result[k] = value
    return result

