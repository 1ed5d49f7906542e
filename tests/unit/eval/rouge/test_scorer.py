"""eval/rouge/scorer.py (``Rouge155``, imported through the ``eval.rouge`` API) against
ROUGE-1.5.5: published DUC 2004 tables, hand cases.

The DUC 2004 data is licensed for evaluation only and never copied into the
repository; those tests read it from ../shared/data/duc2004 and skip without it.
The tests of the modules the scorer is built of (and the comparison with the Perl
original on random inputs) are in tests/unit/eval/rouge/test_<module>.py.
"""

from __future__ import annotations

import csv

import pytest
from conftest import DUC2004 as DATA

from summarizer.eval.rouge import (
    METRICS,
    Rouge155,
    Score,
    SystemResult,
    SystemScore,
    load_lines,
)

TABLE_METRIC = {f"ROUGE-{k}": f"rouge-{k.lower()}" for k in ("1", "2", "3", "4", "L", "SU4")}
needs_duc = pytest.mark.skipif(not (DATA / "rouge-1.5.5" / "averages.tsv").is_file(), reason="DUC 2004 data absent")


# --------------------------------------------------------------------------
# The published ROUGE-1.5.5 tables (-n 4 -2 4 -u -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0)
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def duc_results() -> dict[str, SystemResult]:
    """All 13 systems x 50 topics scored once with the default settings."""
    topics = sorted(p.name for p in (DATA / "clusters").iterdir())
    references = {t: [load_lines(f) for f in sorted((DATA / "clusters" / t / "refs").glob("*.txt"))] for t in topics}
    scorer = Rouge155()
    results = {}
    for system_dir in sorted((DATA / "peers").iterdir()):
        peers = {t: load_lines(system_dir / f"{t}.txt") for t in topics}
        results[system_dir.name] = scorer.evaluate(peers, references)
    return results


def _table(name: str) -> list[dict[str, str]]:
    with open(DATA / "rouge-1.5.5" / name, newline="") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


@needs_duc
def test_duc2004_per_topic_equal_at_5_decimals(duc_results: dict[str, SystemResult]) -> None:
    rows = _table("per-topic.tsv")
    assert len(rows) == 13 * 50 * 6
    wrong = []
    for row in rows:
        score = duc_results[row["system"]].per_topic[row["topic"]][TABLE_METRIC[row["metric"]]]
        ours = (score.recall, score.precision, score.f)
        theirs = tuple(float(row[k]) for k in ("recall", "precision", "fscore"))
        if tuple(round(x, 5) for x in ours) != theirs:
            wrong.append((row["system"], row["metric"], row["topic"], ours, theirs))
    assert not wrong, f"{len(wrong)} per-topic rows differ, e.g. {wrong[:3]}"


@needs_duc
def test_duc2004_averages_and_intervals(duc_results: dict[str, SystemResult]) -> None:
    rows = _table("averages.tsv")
    assert len(rows) == 13 * 6
    wrong = []
    for row in rows:
        score = duc_results[row["system"]].averages[TABLE_METRIC[row["metric"]]]
        for ours, key in ((score.recall, "recall"), (score.precision, "precision"), (score.f, "fscore")):
            if round(ours, 5) != float(row[key]):
                wrong.append((row["system"], row["metric"], key, ours, row[key]))
        for ours, key in zip(score.recall_ci, ("recall_low", "recall_high")):
            if abs(ours - float(row[key])) > 0.0005:
                wrong.append((row["system"], row["metric"], key, ours, row[key]))
    assert not wrong, f"{len(wrong)} average values differ, e.g. {wrong[:3]}"


@needs_duc
def test_duc2004_result_shape(duc_results: dict[str, SystemResult]) -> None:
    result = duc_results["Lead"]
    assert tuple(result.averages) == METRICS
    score = result.averages["rouge-1"]
    assert isinstance(score, SystemScore)
    assert score.recall_ci[0] <= score.recall <= score.recall_ci[1]
    assert score.f_ci[0] <= score.f <= score.f_ci[1]
    assert len(result.per_topic) == 50 and list(result.per_topic) == sorted(result.per_topic)


# --------------------------------------------------------------------------
# Hand-computed cases
# --------------------------------------------------------------------------


def test_references_are_cut_too() -> None:
    # Peer cut to "cat dog", reference to "pig cow": no common unigram left.
    scorer = Rouge155(word_limit=2)
    assert scorer.score_topic(["cat dog cow pig"], [["pig cow dog cat"]])["rouge-1"] == Score(0.0, 0.0, 0.0)
    full = Rouge155(word_limit=None).score_topic(["cat dog cow pig"], [["pig cow dog cat"]])
    assert full["rouge-1"] == Score(1.0, 1.0, 1.0)


def test_su4_scores_skip_bigrams_and_all_but_last_unigram() -> None:
    # (the units themselves: tests/unit/eval/rouge/test_grams.py)
    scorer = Rouge155()
    # Model: 20 units; peer "cat dog cow": unigrams cat, dog + bigrams (cat dog), (cat cow), (dog cow).
    score = scorer.score_topic(["cat dog cow"], [["cat dog cow pig hen fox"]])["rouge-su4"]
    assert score == Score(0.25, 1.0, 0.4)
    # A one-token peer has no SU4 unit at all, although "cat" occurs in both.
    assert scorer.score_topic(["cat"], [["fox cat"]])["rouge-su4"] == Score(0.0, 0.0, 0.0)


def test_union_lcs_example_from_lins_paper() -> None:
    # Lin (2004), sec. 3.2: r = w1..w5, c1 = w1 w2 w6 w7 w8, c2 = w1 w3 w8 w9 w5.
    # LCS(r, c1) = w1 w2, LCS(r, c2) = w1 w3 w5, union = w1 w2 w3 w5: 4 of 5.
    score = Rouge155().score_topic(["w1 w2 w6 w7 w8", "w1 w3 w8 w9 w5"], [["w1 w2 w3 w4 w5"]])["rouge-l"]
    assert score == Score(0.8, 0.4, 0.53333)


def test_union_lcs_is_clipped_by_peer_unigram_counts() -> None:
    # Both model sentences match the single peer sentence, but the peer has
    # only one "cat" and one "dog": 2 hits, not 4 (ROUGE 1.4.1 clip).
    score = Rouge155().score_topic(["cat dog"], [["cat dog", "cat dog"]])["rouge-l"]
    assert score == Score(0.5, 1.0, 0.66667)


def test_model_average_pools_hits_over_references() -> None:
    # -f A: R = (1 + 1) / (2 + 4), not the mean of 1/2 and 1/4; P = 2 / (1 * 2).
    score = Rouge155().score_topic(["cat"], [["cat dog"], ["cat dog cow pig"]])["rouge-1"]
    assert score == Score(0.33333, 1.0, 0.5)


def test_stemming_only_for_tokens_longer_than_three() -> None:
    stemmed = Rouge155().score_topic(["dogs said"], [["dog say"]])["rouge-1"]
    assert stemmed == Score(1.0, 1.0, 1.0)  # dogs -> dog, said -> say (exception table)
    assert Rouge155(stem=False).score_topic(["dogs said"], [["dog say"]])["rouge-1"].recall == 0.0
    # "was" has 3 characters, so the exception table ("was" -> "be") is never consulted.
    assert Rouge155().score_topic(["was"], [["be"]])["rouge-1"].recall == 0.0


def test_bootstrap_average_is_mean_of_resamples() -> None:
    scorer = Rouge155(resamples=50)
    per_topic = {f"t{k}": {m: Score(k / 10, 0.5, 0.25) for m in scorer.metrics} for k in range(4)}
    result = scorer.aggregate(per_topic)["rouge-1"]
    assert result.precision == 0.5 and result.precision_ci == (0.5, 0.5)
    assert result.recall_ci[0] <= result.recall <= result.recall_ci[1]
    assert Rouge155(resamples=50, seed=0).aggregate(per_topic) == scorer.aggregate(per_topic)
    assert Rouge155(resamples=50, seed=7).aggregate(per_topic)["rouge-1"] != result  # other draws


def test_empty_texts_score_zero() -> None:
    scores = Rouge155().score_topic([], [["cat dog"], []])
    assert set(scores) == set(METRICS)
    assert all(s == Score(0.0, 0.0, 0.0) for s in scores.values())


def test_scores_do_not_depend_on_how_large_the_vocabulary_has_grown() -> None:
    # token ids past 2**15 are keyed by interning instead of arithmetic: same figures
    peer = ["the cat sat on the mat near the dog", "a dog barked at the cat"]
    models = [["the cat sat on a mat", "the dog barked"], ["a cat and a dog met on the mat"]]
    fresh = Rouge155()
    grown = Rouge155()
    for n in range(40_000):
        grown._vocab[f"filler{n}"] = n
    grown._vocab["cat"] = len(grown._vocab)  # one word with a large id, the others small
    assert grown.score_topic(peer, models) == fresh.score_topic(peer, models)


def test_five_grams_are_counted_too() -> None:
    # -n 5 keys grams longer than four words by interning; the figure is the one the
    # Counter-based scorer (before gram keys) gave for the same texts
    scorer = Rouge155(max_n=5, word_limit=None)
    score = scorer.score_topic(["a b c d e f"], [["a b c d e x", "b c d e f"]])
    assert score["rouge-5"] == Score(recall=0.28571, precision=1.0, f=0.44444)
    assert score["rouge-1"] == Rouge155(word_limit=None).score_topic(["a b c d e f"], [["a b c d e x", "b c d e f"]])["rouge-1"]
