"""ROUGE-L of ROUGE-1.5.5: the summary-level union LCS (computeLCSScore / lcs / markLCS).

Part of ``eval.rouge``. For every (reference, peer) pair of a system, each reference
sentence is matched against each peer sentence with Perl's LCS table and trace-back; the
reference tokens marked by any of those trace-backs are the union LCS, clipped by the
peer's unigram counts. All pairs of a system run as one numpy program: each table row of
every pair is a few bit operations on 64-bit words (``_moves``), and the trace-backs of
all sentence pairs step together (``_mark``). The references are laid out once per job
(``References``), so a system only adds its peers.

numpy's indexing by a boolean mask is slow when the mask is irregular: np.compress, or
np.flatnonzero and an index array, is several times faster on these arrays.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass

import numpy as np

from summarizer.eval.rouge.grams import GAP, PreparedText, ragged

_PAD = -2  # cells past the end of a shorter layout
_CELL_BUDGET = 1 << 24  # DP cells per batch, bounds memory
_ID_BITS = np.int64(32)  # token ids are below 2**32: (index << 32) + id is a joint key


@dataclass(frozen=True, eq=False)
class References:
    """The references of a job's topics laid out once, for every system scored on them:
    their layouts concatenated, one (topic, reference) pair after the other."""

    pair_topic: np.ndarray  # topic of each pair
    cells: np.ndarray  # every reference layout, concatenated
    cell_pair: np.ndarray  # pair of each cell
    cell_word: np.ndarray  # index of each cell's token in ``words``; len(words) for a gap
    words: np.ndarray  # (topic << 32) + id of the references' tokens, sorted and unique

    @classmethod
    def of(cls, topics: tuple[tuple[PreparedText, ...], ...]) -> References:
        models = [m for refs in topics for m in refs]
        pair_topic = np.repeat(np.arange(len(topics)), [len(refs) for refs in topics])
        cells, cell_pair, _, _ = ragged([m.layout for m in models])
        joint = (pair_topic[cell_pair] << _ID_BITS) + cells
        words = np.unique(np.compress(cells >= 0, joint))
        cell_word = np.where(cells >= 0, np.searchsorted(words, joint), len(words))
        return cls(pair_topic, cells, cell_pair, cell_word, words)


@dataclass(frozen=True)
class _Pairs:
    """The (reference, peer) pairs of a system, references without the rows that cannot
    match (see ``_gather``); one entry per pair unless said otherwise."""

    topic: np.ndarray  # topic index of each pair
    rows: np.ndarray  # all reference layouts, concatenated
    row_pair: np.ndarray  # pair of each of those cells
    row_at: np.ndarray  # its position in its pair's layout
    row_count: np.ndarray  # cells per pair
    row_peer_count: np.ndarray  # how often the pair's peer has the cell's token (ROUGE-L's clip)
    row_match: np.ndarray  # where the pair's peer has the cell's token: ``_bits`` of its layout
    ends: np.ndarray  # indices into ``rows`` of sentence ends
    cols: np.ndarray  # peer layouts: one column per topic, _PAD below
    peer_ends: np.ndarray  # every peer's sentence ends, concatenated
    peer_end_start: np.ndarray  # per topic: its first entry in ``peer_ends``
    peer_end_count: np.ndarray  # per topic


def _peer_words(peers: Sequence[PreparedText], references: References) -> tuple[np.ndarray, np.ndarray]:
    """How often each topic's peer has each of ``references.words`` (0 past them), and the
    index in ``references.words`` of each of the peers' vocabulary entries (or past them)."""
    words, topic, _, _ = ragged([p.vocabulary for p in peers])
    query = (topic << _ID_BITS) + words  # sorted, as ``references.words`` is: a fast search
    counts = np.zeros(len(references.words) + 1, dtype=np.int64)
    index = np.full(len(words), len(references.words))
    if len(references.words):
        at = np.minimum(np.searchsorted(references.words, query), len(references.words) - 1)
        found = np.flatnonzero(references.words[at] == query)
        counts[at[found]] = np.concatenate([p.vocabulary_counts for p in peers])[found]
        index[found] = at[found]
    return counts, index


def _peer_bits(peers: Sequence[PreparedText], references: References, vocabulary_index: np.ndarray,
               words: int) -> np.ndarray:
    """For each of ``references.words`` (and a zero row past them): the peer cells (of its
    topic's peer) that hold it, as ``_bits``."""
    flat, topic, at, _ = ragged([p.layout for p in peers])
    lengths = np.array([len(p.vocabulary) for p in peers], dtype=np.int64)
    own = np.concatenate([np.searchsorted(p.vocabulary, p.layout) for p in peers])
    token = np.flatnonzero(flat >= 0)
    word = vocabulary_index[(np.cumsum(lengths) - lengths)[topic[token]] + own[token]]
    bits = np.zeros((len(references.words) + 1, words), dtype=np.uint64)
    position = at[token].astype(np.uint64)
    np.bitwise_or.at(bits, (word, at[token] >> 6), np.uint64(1) << (position & np.uint64(63)))
    bits[-1] = 0  # the peers' tokens that no reference has
    return bits


def _gather(peers: Sequence[PreparedText], references: References) -> _Pairs:
    """The pairs of a system, each reference without the tokens its peer lacks.

    Such a token gives a row that repeats the row above it (no match extends an LCS), and
    markLCS's trace-back always goes up through it (c[i-1][j] = c[i][j] >= c[i][j-1]) and
    never marks it, so dropping the row changes no value and no mark of another row: the
    same hits from a smaller table.
    """
    counts, vocabulary_index = _peer_words(peers, references)
    cell_count = counts[references.cell_word]
    keep = np.flatnonzero((references.cells < 0) | (cell_count > 0))
    rows, row_pair = references.cells[keep], references.cell_pair[keep]
    row_count = np.bincount(row_pair, minlength=len(references.pair_topic))
    row_at = np.arange(len(rows)) - np.repeat(np.cumsum(row_count) - row_count, row_count)
    following = np.append(rows[1:], GAP)
    last = np.append(row_pair[1:] != row_pair[:-1], True)
    flat, owner, at, lengths = ragged([p.layout for p in peers])
    cols = np.full((int(lengths.max(initial=0)), len(peers)), _PAD, dtype=np.int32)
    cols[at, owner] = flat
    bits = _peer_bits(peers, references, vocabulary_index, max(1, -(-cols.shape[0] // 64)))
    peer_ends, _, _, end_count = ragged([p.ends for p in peers])
    return _Pairs(
        topic=references.pair_topic, rows=rows, row_pair=row_pair, row_at=row_at,
        row_count=row_count, row_peer_count=cell_count[keep],
        row_match=bits[references.cell_word[keep]],
        ends=np.flatnonzero((rows >= 0) & ((following < 0) | last)),
        cols=cols, peer_ends=peer_ends, peer_end_start=np.cumsum(end_count) - end_count,
        peer_end_count=end_count)


def _chunks(pairs: _Pairs) -> Iterator[np.ndarray]:
    """Pairs grouped (by size) so that a batch's DP table stays within the cell budget."""
    peer_length = np.count_nonzero(pairs.cols != _PAD, axis=0)[pairs.topic]
    total = len(pairs.topic) * int(pairs.row_count.max(initial=0)) * int(peer_length.max(initial=0))
    if total <= _CELL_BUDGET:
        yield np.arange(len(pairs.topic))
        return
    order = np.lexsort((peer_length, pairs.row_count))
    chunk: list[int] = []
    n_rows = n_cols = 0
    for k in order.tolist():
        rows, cols = max(n_rows, int(pairs.row_count[k])), max(n_cols, int(peer_length[k]))
        if chunk and (len(chunk) + 1) * rows * cols > _CELL_BUDGET:
            yield np.array(chunk)
            chunk, rows, cols = [], int(pairs.row_count[k]), int(peer_length[k])
        chunk.append(k)
        n_rows, n_cols = rows, cols
    if chunk:
        yield np.array(chunk)


# markLCS's moves, one byte per table cell: STOP outside a block (a gap row or column)
_STOP, _LEFT, _UP, _DIAGONAL = 0, 1, 2, 3


def _bits(mask: np.ndarray, words: int) -> np.ndarray:
    """A boolean array's last axis as ``words`` little-endian uint64 words (column j is bit
    j % 64 of word j // 64)."""
    packed = np.packbits(mask, axis=-1, bitorder="little")
    padded = np.zeros(mask.shape[:-1] + (words * 8,), dtype=np.uint8)
    padded[..., : packed.shape[-1]] = packed
    return padded.view(np.uint64)


def _unbits(words: np.ndarray, count: int) -> np.ndarray:
    """The inverse of ``_bits``: one uint8 0/1 per column."""
    return np.unpackbits(words.view(np.uint8), axis=-1, count=count, bitorder="little")


def _carry(total: np.ndarray, first: np.ndarray) -> None:
    """Carry between the words of ``total`` = ``first`` + another number, summed word by
    word (batch x words, little-endian), in place."""
    over = total < first
    for w in range(1, total.shape[1]):
        carry = over[:, w - 1]
        total[:, w] += carry
        over[:, w] |= carry & (total[:, w] == 0)


def _moves(rows: np.ndarray, cols: np.ndarray, match: np.ndarray) -> np.ndarray:
    """markLCS's move at every cell of Perl's LCS tables of every (reference sentence,
    peer sentence) block at once (rows x batch x cols).

    ``rows``: reference layouts (layout x batch); ``cols``: peer layouts (batch x layout);
    ``match``: where each row's token is in its peer's layout (``_bits``, rows x batch x
    words). A negative row is a gap or padding and starts a fresh zero row (Perl's
    c[0][*]); a negative column starts a fresh block (c[*][0]).

    Each table row is computed bit-parallel (Allison and Dix; Hyyro): bit j of V is 0
    where c[i][j] = c[i][j-1] + 1. With U = V & match, the row below is
    V' = (V + U) | (V & ~match): the carry of each match runs up to the next increment
    and moves it there. The carries' path marks where the row grew (c[i][j-1] =
    c[i-1][j-1] + 1 exactly where a carry enters bit j), so markLCS's test
    c[i-1][j] >= c[i][j-1] fails, and the trace goes LEFT, exactly where bit j of V is 1
    (no increment above), a carry enters it, and it is no match. Bits of the negative
    columns stay 0, which stops every carry at the end of its block.
    """
    n_rows, batch = rows.shape
    n_cols = cols.shape[1]
    words = match.shape[2]
    token = cols >= 0
    zero_row = _bits(token, words)  # batch x words: no increment anywhere
    fresh = zero_row * (rows < 0)[:, :, None]  # a gap or padding row: back to zero_row
    left = np.zeros_like(match)
    v = zero_row.copy()  # row 0 is a gap row in every layout
    for i in range(1, n_rows):
        m = match[i]
        u = v & m
        total = v + u
        if words > 1:
            _carry(total, v)
        not_m = ~m
        np.bitwise_and(v & (total ^ v ^ u), not_m, out=left[i])
        v = ((v & not_m) | total) & zero_row
        v |= fresh[i]
    moves = _unbits(match, n_cols)  # DIAGONAL = UP + match, LEFT = UP - left
    moves += _UP
    moves -= _unbits(left, n_cols)
    moves *= token.view(np.uint8)  # (a boolean factor would make numpy cast: much slower)
    moves *= (rows >= 0).view(np.uint8)[:, :, None]
    return moves


def _mark(moves: np.ndarray, start: np.ndarray) -> np.ndarray:
    """markLCS from every start cell in lock step; returns the marked (row, batch) cells as
    sorted flat indices into a rows x batch array.

    Perl's trace-back from (m, n) of each reference/peer sentence pair: a token match
    always goes diagonal and marks the reference position; otherwise it goes *up* when
    c[i-1][j] >= c[i][j-1] (ties go up) and left else, until it leaves the block. A trace
    that left stays on its STOP cell; the finished ones are dropped every few steps.
    """
    n_rows, batch, n_cols = moves.shape
    up = batch * n_cols
    step = np.array([0, 1, up, up + 1], dtype=np.int64)  # by move
    flat = moves.ravel()
    visited, moved = [], []
    cell = start
    code = flat[cell]
    while cell.size:
        for _ in range(8):
            visited.append(cell)
            moved.append(code)
            cell = cell - step[code]
            code = flat[cell]
        alive = code != _STOP
        cell, code = np.compress(alive, cell), np.compress(alive, code)
    marked = np.compress(np.concatenate(moved) == _DIAGONAL, np.concatenate(visited))
    hit = np.zeros(n_rows * batch, dtype=bool)  # the union over peer sentences
    hit[marked // n_cols] = True
    return np.flatnonzero(hit)


def _starts(pairs: _Pairs, chunk: np.ndarray, local: np.ndarray, n_cols: int) -> np.ndarray:
    """Flat table cells (row, batch, col) of every (reference sentence end, peer sentence
    end) of the chunk's pairs."""
    ends = np.compress(local[pairs.row_pair[pairs.ends]] >= 0, pairs.ends)
    pair = pairs.row_pair[ends]
    topic = pairs.topic[pair]
    per_end = pairs.peer_end_count[topic]
    which = np.repeat(np.arange(len(ends)), per_end)
    within = np.arange(len(which)) - np.repeat(np.cumsum(per_end) - per_end, per_end)
    col = pairs.peer_ends[pairs.peer_end_start[topic[which]] + within]
    row = pairs.row_at[ends[which]]
    return (row * len(chunk) + local[pair[which]]) * n_cols + col


def _chunk_hits(pairs: _Pairs, chunk: np.ndarray) -> np.ndarray:
    """Clipped union-LCS hits of the chunk's pairs, per topic (pooled over references)."""
    local = np.full(len(pairs.topic), -1, dtype=np.int64)
    local[chunk] = np.arange(len(chunk))
    mine = np.flatnonzero(local[pairs.row_pair] >= 0)
    batch = len(chunk)
    shape = (int(pairs.row_count[chunk].max(initial=0)), batch)
    where = (pairs.row_at[mine], local[pairs.row_pair[mine]])
    rows = np.full(shape, _PAD, dtype=np.int32)
    rows[where] = pairs.rows[mine]
    match = np.zeros(shape + pairs.row_match.shape[1:], dtype=np.uint64)
    match[where] = pairs.row_match[mine]
    cols = pairs.cols.T[pairs.topic[chunk]]
    start = _starts(pairs, chunk, local, cols.shape[1])
    if not start.size:
        return np.zeros(pairs.cols.shape[1])
    marked = _mark(_moves(rows, cols, match), start)
    # ROUGE 1.4.1's clip: a marked token scores while the peer's count of it lasts, so a
    # pair's hits are the sum over tokens of min(times marked, peer count)
    peer_count = np.zeros(shape, dtype=np.int64)
    peer_count[where] = pairs.row_peer_count[mine]
    pair = chunk[marked % batch]
    joint = (pair << _ID_BITS) + rows.ravel()[marked]
    order = np.argsort(joint, kind="stable")
    joint = joint[order]
    first = np.flatnonzero(np.append(True, joint[1:] != joint[:-1]))
    times = np.diff(np.append(first, len(joint)))
    clipped = np.minimum(times, peer_count.ravel()[marked[order[first]]])
    return np.bincount(pairs.topic[pair[order[first]]], weights=clipped, minlength=pairs.cols.shape[1])


def union_lcs_hits(peers: Sequence[PreparedText], references: References) -> list[int]:
    """ROUGE-L hits of each topic's peer against its references, pooled over them (-f A)."""
    if not len(references.pair_topic):
        return [0] * len(peers)
    pairs = _gather(peers, references)
    total = np.zeros(len(peers))
    for chunk in _chunks(pairs):
        total += _chunk_hits(pairs, chunk)
    return total.astype(np.int64).tolist()
