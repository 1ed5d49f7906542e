"""The two ROUGE scorers a run can report with, and what each one's figures mean.

``rouge-155`` (the default) is ``eval.rouge.Rouge155``: ROUGE-1.5.5 exactly, as the DUC
tables were made (recall, pooled over references, cut to the word budget).

``rouge-score`` is Google's ``rouge-score`` package the way most neural summarization
papers call it: F1 of rouge1, rouge2, rougeL and rougeLsum, Porter-stemmed
(``use_stemmer=True``), no length cut, rougeLsum with one sentence a line. Its rules are
the package's own, not ROUGE-1.5.5's: with several references ``score_multi`` keeps, per
metric, the reference with the highest F1; the average and its 95% interval come from
the same bootstrap as its ``BootstrapAggregator`` (1000 resamples of the topics; the
figure is the median of the resample means, the interval their 2.5th and 97.5th
percentiles), but with a fixed seed, so that a run always prints the same figures.

In a language other than English (``summarize eval --language``) only ``rouge-score`` is
offered: ROUGE-1.5.5 turns every non-ASCII byte into a blank, so Chinese, Russian or Greek
words vanish and German ones break apart. rouge-score's own tokenizer does the same (it keeps
only ``[a-z0-9]``), so it is given ``LanguageTokenizer``: the engine's words of that language
(jieba for Chinese, tinysegmenter for Japanese), lower-cased and stemmed with its stemmer.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any, Callable, Mapping, Protocol

import numpy as np

from summarizer.errors import InputError
from summarizer.language import ENGLISH, display_name

from summarizer.eval.rouge import Score, SystemResult, SystemScore

ROUGE_155, ROUGE_SCORE = "rouge-155", "rouge-score"
BOOTSTRAP_RESAMPLES = 1000
BOOTSTRAP_SEED = 20040101
CONFIDENCE = 0.95

#: rouge-score's metric names -> the names our table, JSON and tests use.
_PACKAGE_METRICS = {"rouge1": "rouge-1", "rouge2": "rouge-2", "rougeL": "rouge-l",
                    "rougeLsum": "rouge-lsum"}


class Scorer(Protocol):
    def evaluate(self, peers: Mapping[str, list[str]],
                 references: Mapping[str, list[list[str]]]) -> SystemResult: ...


@dataclass(frozen=True)
class ScorerInfo:
    """What a scorer's figures are: its metrics (key -> short label), the measure the table
    leads with, ranks by, tests and plots (``recall`` or ``f``), and how to say it."""

    name: str
    reported: dict[str, str]
    measure: str
    measure_label: str  # "recall", "F1"
    other: str  # the second measure shown, without interval
    other_label: str
    make: Callable[[int | None], Scorer]
    describe: Callable[[int | None], str]  # word limit -> one sentence for the footnote
    cuts_words: bool = True  # ROUGE-1.5.5's -l follows a budget in words; rouge-score never cuts

    def word_limit(self, budget_limit: int | None) -> int | None:
        """The cut this scorer applies, given the one a budget in words asks for."""
        return budget_limit if self.cuts_words else None

    @property
    def tested(self) -> tuple[str, ...]:
        """The metrics tested against the baseline; the first decides the table's mark."""
        return ("rouge-2", "rouge-1")

    def options(self, word_limit: int | None) -> dict[str, Any]:
        """The JSON's ``rouge`` entry."""
        return {"scorer": self.name, "measure": self.measure, "word_limit": word_limit,
                "options": self.describe(word_limit)}


# --- ROUGE-1.5.5 --------------------------------------------------------------------------


def _rouge155_options(word_limit: int | None) -> str:
    return "-n 4 -2 4 -u -m -p 0.5 -c 95 -r 1000 -f A" + (f" -l {word_limit}" if word_limit else "")


def _make_rouge155(word_limit: int | None) -> Scorer:
    from summarizer.eval.rouge import Rouge155

    return Rouge155(word_limit=word_limit)


# --- Google's rouge-score -----------------------------------------------------------------


def _bootstrap(values: np.ndarray) -> np.ndarray:
    """rows (figure, low, high) x columns, as ``BootstrapAggregator`` computes them."""
    if values.shape[0] == 0:
        return np.zeros((3, values.shape[1]))
    rng = np.random.default_rng(BOOTSTRAP_SEED)
    draws = rng.integers(0, values.shape[0], size=(BOOTSTRAP_RESAMPLES, values.shape[0]))
    means = values[draws].mean(axis=1)
    delta = 100 * (1 - CONFIDENCE) / 2
    low, mid, high = np.percentile(means, [delta, 50, 100 - delta], axis=0)
    return np.vstack([mid, low, high])


class LanguageTokenizer:
    """rouge-score's tokenizer for one language: the text layer's words (``text.words``),
    folded to lower case and stemmed with the language's stemmer (``language.resources``)."""

    def __init__(self, code: str) -> None:
        from summarizer.language.resources import stemmer

        self.code = code
        self._stem = stemmer(code)

    def tokenize(self, text: str) -> list[str]:
        from summarizer.language.resources import fold
        from summarizer.text import words

        return [self._stem(fold(word, self.code)) for word in words(text, self.code)]


class RougeScore:
    """Google's rouge-score: per topic ``score_multi`` over the references, F1 first.
    ``language`` other than English: words from ``LanguageTokenizer`` instead of the
    package's ASCII-only tokenizer."""

    metrics = tuple(_PACKAGE_METRICS.values())

    def __init__(self, language: str = ENGLISH) -> None:
        try:
            from rouge_score import rouge_scorer
        except ImportError:
            raise InputError("--rouge rouge-score needs the rouge-score package "
                             "(pip install rouge-score)") from None
        tokenizer = None if language == ENGLISH else LanguageTokenizer(language)
        self._scorer = rouge_scorer.RougeScorer(list(_PACKAGE_METRICS), use_stemmer=True,
                                                tokenizer=tokenizer)

    def score_topic(self, peer_lines: list[str], reference_lines: list[list[str]]) -> dict[str, Score]:
        prediction = "\n".join(peer_lines)  # rougeLsum: one sentence a line
        targets = ["\n".join(lines) for lines in reference_lines]
        best = self._scorer.score_multi(targets, prediction)
        return {ours: Score(float(best[theirs].recall), float(best[theirs].precision),
                            float(best[theirs].fmeasure))
                for theirs, ours in _PACKAGE_METRICS.items()}

    def aggregate(self, per_topic: Mapping[str, Mapping[str, Score]]) -> dict[str, SystemScore]:
        topics = sorted(per_topic)
        fields = ("recall", "precision", "f")
        values = np.array([[getattr(per_topic[t][m], f) for m in self.metrics for f in fields]
                           for t in topics], dtype=np.float64).reshape(len(topics), -1)
        stats = _bootstrap(values)
        out: dict[str, SystemScore] = {}
        for k, metric in enumerate(self.metrics):
            (r, p, f), (rl, pl, fl), (rh, ph, fh) = (
                [float(x) for x in stats[row, 3 * k:3 * k + 3]] for row in range(3))
            out[metric] = SystemScore(r, p, f, (rl, rh), (pl, ph), (fl, fh))
        return out

    def evaluate(self, peers: Mapping[str, list[str]],
                 references: Mapping[str, list[list[str]]]) -> SystemResult:
        missing = sorted(t for t in peers if t not in references)
        if missing:
            raise KeyError(f"no references for topics {missing[:5]}")
        per_topic = {t: self.score_topic(peers[t], references[t]) for t in sorted(peers)}
        return SystemResult(averages=self.aggregate(per_topic), per_topic=per_topic)


def _rouge_score_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("rouge-score")
    except PackageNotFoundError:
        return "not installed"


def _describe_rouge_score(word_limit: int | None) -> str:
    return (f"Google's rouge-score {_rouge_score_version()}: F1 of rouge1, rouge2, rougeL, "
            "rougeLsum (use_stemmer=True, no length cut, rougeLsum one sentence a line; "
            "several references: the best F1 per metric), bootstrap median and 95% interval "
            f"of {BOOTSTRAP_RESAMPLES} resamples, seed {BOOTSTRAP_SEED}")


SCORERS: dict[str, ScorerInfo] = {
    ROUGE_155: ScorerInfo(
        ROUGE_155, {"rouge-1": "R-1", "rouge-2": "R-2", "rouge-l": "R-L", "rouge-su4": "R-SU4"},
        "recall", "recall", "f", "F", _make_rouge155,
        lambda limit: f"ROUGE-1.5.5 rules ({_rouge155_options(limit)}"
                      f"{'' if limit else ', no word limit'})"),
    ROUGE_SCORE: ScorerInfo(
        ROUGE_SCORE, {"rouge-1": "R-1", "rouge-2": "R-2", "rouge-l": "R-L", "rouge-lsum": "R-Lsum"},
        "f", "F1", "recall", "recall", lambda _limit: RougeScore(), _describe_rouge_score,
        cuts_words=False),
}


def scorer_info(name: str | None, language: str | None = None) -> ScorerInfo:
    """The scorer called ``name`` for reports in ``language`` (a code; None: English).

    In English the default is rouge-155. In another language it is rouge-score with the
    language's tokenizer (its footnote says so); asking for rouge-155 there is the user's
    error, as ROUGE-1.5.5 would score the words it drops. An unknown name is an error too."""
    key = (name or (ROUGE_155 if language in (None, ENGLISH) else ROUGE_SCORE)).strip().lower()
    if key not in SCORERS:
        raise InputError(f"unknown --rouge {name!r}; choose one of: {', '.join(SCORERS)}")
    if language in (None, ENGLISH):
        return SCORERS[key]
    if key == ROUGE_155:
        raise InputError(f"--rouge rouge-155 cannot score {display_name(language)}: ROUGE-1.5.5 "
                         "drops every non-ASCII word; use --rouge rouge-score")
    return _in_language(SCORERS[key], language, chosen=name is not None)


def _in_language(info: ScorerInfo, code: str, chosen: bool) -> ScorerInfo:
    """rouge-score with ``LanguageTokenizer(code)``, described as such in the footnote."""
    why = "" if chosen else " (the default outside English: ROUGE-1.5.5 drops non-ASCII words)"

    def describe(word_limit: int | None) -> str:
        return (f"{_describe_rouge_score(word_limit)}; {display_name(code)} words from the "
                f"engine's tokenizer, lower-cased, Snowball-stemmed where it has a stemmer "
                f"(in place of the package's ASCII-only tokenizer){why}")

    return replace(info, make=lambda _limit: RougeScore(code), describe=describe)
