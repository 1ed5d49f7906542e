"""``Rouge155``: ROUGE-1.5.5 (SPL input, -f A, -t 0) and its result types.

The package docstring (``eval.rouge``) names the Perl command line this reproduces and
why ``rouge-score`` is not used.

Speed: every text is read, cut, tokenized, stemmed (``lru_cache``) and turned
into one sorted array of gram keys once and cached, and the references of a
topic are merged once into one table, so they are prepared once for all
systems; ROUGE-L's union LCS runs as one numpy dynamic program over all
(topic, reference) pairs of a system.

Layout: this module holds the scorer and its result types; the reading, word
cut and tokenizer are in ``eval.rouge.tokenizer``, the prepared texts and gram
counting in ``eval.rouge.grams``, ROUGE-L's union LCS in ``eval.rouge.lcs``,
the rounding and the bootstrap in ``eval.rouge.bootstrap``, and the runner of
the Perl original (used only by tests and the benchmark) in ``eval.rouge.perl``.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

import numpy as np

from summarizer.eval.rouge.bootstrap import bootstrap, round5
from summarizer.eval.rouge.grams import GramKeys, GramTable, PreparedText, lcs_layout
from summarizer.eval.rouge.lcs import References, union_lcs_hits
from summarizer.eval.rouge.porter import morph_stem
from summarizer.eval.rouge.tokenizer import cut_words, read_sentences, tokenize_units

__all__ = ["METRICS", "Score", "SystemScore", "SystemResult", "Rouge155"]

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
        self._gram_keys = GramKeys(max_n, skip_distance, use_unigrams_in_skip)
        self._token_ids: dict[str, int] = {}  # raw token -> id of its stem
        self._prepare = lru_cache(maxsize=16384)(self._prepare_text)
        self._gram_table = lru_cache(maxsize=16)(GramTable.of)  # a job's references, merged
        self._references = lru_cache(maxsize=16)(References.of)  # ... and laid out for ROUGE-L

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

    def _ids(self, tokens: list[str]) -> list[int]:
        """``_token_id`` of each token; the known ones in one C-level pass."""
        ids = list(map(self._token_ids.get, tokens))
        if None in ids:
            ids = [self._token_id(t) if i is None else i for t, i in zip(tokens, ids)]
        return ids

    def _prepare_text(self, lines: tuple[str, ...]) -> PreparedText:
        """Read, cut, tokenize, stem and count one summary (cached per text)."""
        sentences = [self._ids(tokens)
                     for tokens in tokenize_units(cut_words(read_sentences(lines), self.word_limit))]
        ids = np.fromiter(chain.from_iterable(sentences), dtype=np.int64)
        grams = self._gram_keys.text_grams(ids)
        layout, ends = lcs_layout(sentences)
        return PreparedText(
            length=len(ids),
            ngram_totals=tuple(max(0, len(ids) - n + 1) for n in range(1, self.max_n + 1)),
            skip_total=grams.skip_total,
            layout=layout,
            ends=ends,
            vocabulary=grams.vocabulary,
            vocabulary_counts=grams.vocabulary_counts,
            keys=grams.keys,
            counts=grams.counts,
            kinds=grams.kinds,
        )

    def _text(self, lines: Iterable[str]) -> PreparedText:
        return self._prepare(tuple(lines))

    # -- scoring -----------------------------------------------------------

    def _topic(self, peer: PreparedText, models: Sequence[PreparedText], lcs_hits: int,
               gram_hits: Sequence[int]) -> dict[str, Score]:
        """computeNGramScore / computeLCSScore / computeSkipBigramScore with -f A.

        Model average (-f A) pools counts: hits and model totals are summed
        over the references, and the peer total is the peer's count once per
        reference; R and P are then single ratios of those sums.
        """
        k = len(models)
        out: dict[str, Score] = {}
        for n in range(1, self.max_n + 1):
            hit = gram_hits[n - 1]
            total = sum(m.ngram_totals[n - 1] for m in models)
            out[f"rouge-{n}"] = _score(hit, total, peer.ngram_totals[n - 1] * k, self.alpha)
        # ROUGE-L: base is the model length, peer total the peer's unigram count.
        out["rouge-l"] = _score(lcs_hits, sum(m.length for m in models), peer.length * k, self.alpha)
        if self.skip_distance is not None:
            hit = gram_hits[self.max_n]
            total = sum(m.skip_total for m in models)
            out[self.metrics[-1]] = _score(hit, total, peer.skip_total * k, self.alpha)
        return out

    def score_topic(self, peer_lines: list[str], reference_lines: list[list[str]]) -> dict[str, Score]:
        """Per-topic scores of one peer against its references (metric -> Score)."""
        return self._score_all([(self._text(peer_lines), tuple(self._text(r) for r in reference_lines))])[0]

    def _score_all(self, topics: Sequence[tuple[PreparedText, tuple[PreparedText, ...]]]) -> list[dict[str, Score]]:
        """Scores of (peer, references) topics, every topic at once: the references are
        merged and laid out once per job (cached: the same for every system)."""
        peers = [peer for peer, _ in topics]
        references = tuple(models for _, models in topics)
        lcs = union_lcs_hits(peers, self._references(references))
        grams = self._gram_table(references).hits(peers, self._gram_keys.kind_count)
        return [self._topic(peer, models, hits, gram_hits)
                for (peer, models), hits, gram_hits in zip(topics, lcs, grams)]

    def score_topics(
        self, peers: Mapping[str, list[str]], references: Mapping[str, list[list[str]]]
    ) -> dict[str, dict[str, Score]]:
        """Per-topic scores of one system, topics sorted (ROUGE's -d lines)."""
        topics = sorted(peers)
        missing = [t for t in topics if t not in references]
        if missing:
            raise KeyError(f"no references for topics {missing[:5]}")
        texts = [(self._text(peers[t]), tuple(self._text(r) for r in references[t])) for t in topics]
        return dict(zip(topics, self._score_all(texts)))

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

