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

Layout: this module holds the scorer and its result types; the reading, word
cut and tokenizer are in ``eval.rouge_tokenize``, the prepared texts, gram
counting and ROUGE-L's LCS in ``eval.rouge_grams``, the rounding and the
bootstrap in ``eval.rouge_bootstrap``, and the runner of the Perl original
(used only by tests and the benchmark) in ``eval.rouge_perl``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from summarizer.eval.rouge_bootstrap import bootstrap, round5
from summarizer.eval.rouge_grams import (
    GramKeys,
    PreparedText,
    lcs_hits,
    lcs_layout,
    ngram_columns,
    pair_hits,
    skip_columns,
)
from summarizer.eval.rouge_porter import morph_stem
from summarizer.eval.rouge_tokenize import cut_words, load_lines, read_sentences, tokenize

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


def _score(hit: int, model_total: int, peer_total: int, alpha: float) -> Score:
    """Recall, precision and F of pooled counts, rounded the way ROUGE does.

    R and P are rounded to 5 decimals first and F is computed *from the
    rounded* R and P as P*R / ((1-alpha)*P + alpha*R), then rounded again.
    """
    recall = round5(hit / model_total) if model_total else 0.0
    precision = round5(hit / peer_total) if peer_total else 0.0
    denom = (1 - alpha) * precision + alpha * recall
    f = round5((precision * recall) / denom) if denom > 0 else 0.0
    return Score(recall, precision, f)



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
        self._gram_keys = GramKeys()
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

    def _prepare_text(self, lines: tuple[str, ...]) -> PreparedText:
        """Read, cut, tokenize, stem and count one summary (cached per text)."""
        sentences = [
            [self._token_id(t) for t in tokenize(s)]
            for s in cut_words(read_sentences(lines), self.word_limit)
        ]
        ids = [t for sentence in sentences for t in sentence]
        array = np.asarray(ids, dtype=np.int64)
        grams = [ngram_columns(array, n) for n in range(1, self.max_n + 1)]
        skip = ([np.zeros(0, dtype=np.int64)] * 2 if self.skip_distance is None
                else skip_columns(array, self.skip_distance, self.use_unigrams_in_skip))
        keyed = self._gram_keys.all_kinds(array, grams, skip)
        layout, ends = lcs_layout(sentences)
        return PreparedText(
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

    def _text(self, lines: Iterable[str]) -> PreparedText:
        return self._prepare(tuple(lines))

    # -- scoring -----------------------------------------------------------

    def _topic(self, peer: PreparedText, models: list[PreparedText], lcs_hits: list[int],
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
        lcs = lcs_hits(pairs) if models else []
        return self._topic(peer, models, lcs, self._gram_hits(pairs, [len(models)])[0])

    def _gram_hits(self, pairs: Sequence[tuple[PreparedText, PreparedText]],
                   per_topic: Sequence[int]) -> list[list[int]]:
        """Per topic (``per_topic`` consecutive pairs each), per gram kind: the hits pooled
        over the topic's models (-f A)."""
        out, start = [], 0
        for size in per_topic:
            chunk = pairs[start:start + size]
            out.append([sum(pair_hits(m, p, kind) for m, p in chunk) for kind in range(self.max_n + 1)])
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
        hits = iter(lcs_hits(pairs) if pairs else [])
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
        stats = bootstrap(values, self.resamples, self.confidence, self.seed)
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

