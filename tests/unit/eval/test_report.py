"""eval.report: the paired randomization test, the baseline, the marks, and the shape of the
text table, the JSON document and the plot."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pytest

from summarizer.errors import InputError
from summarizer.eval.harness import PEER, STRATEGY, SystemEval
from summarizer.eval.report import (RESAMPLES, SEED, SIGNIFICANCE_LEVEL, Comparison, choose_baseline, compare,
                                    footnote, format_table, mark, match_name, paired_permutation_test, plot_r2,
                                    ranked, to_json)
from summarizer.eval.rouge import Score, SystemScore
from summarizer.eval.scorers import SCORERS

METRICS = ("rouge-1", "rouge-2", "rouge-l", "rouge-su4")
TOPICS = [f"t{n}" for n in range(1, 7)]


def system(name: str, kind: str, r1: list[float], r2: list[float], seconds: float | None = None,
           failures: dict[str, str] | None = None) -> SystemEval:
    """Per-topic recall as given (precision = recall / 2, f = recall / 1.5 for every metric but
    R-1 and R-2, which R-L and R-SU4 copy); the averages' intervals are the mean -/+ 0.01."""
    figures = {"rouge-1": r1, "rouge-2": r2, "rouge-l": r1, "rouge-su4": r2}
    per_topic = {t: {m: Score(figures[m][n], figures[m][n] / 2, figures[m][n] / 1.5) for m in METRICS}
                 for n, t in enumerate(TOPICS)}
    averages = {}
    for metric in METRICS:
        recall = round(float(np.mean(figures[metric])), 5)
        averages[metric] = SystemScore(recall, recall / 2, recall / 1.5, (recall - 0.01, recall + 0.01),
                                       (recall / 2 - 0.01, recall / 2 + 0.01), (recall / 1.5 - 0.01, recall / 1.5 + 0.01))
    return SystemEval(name, kind, averages, per_topic, seconds, failures or {})


def systems() -> list[SystemEval]:
    return [
        system("lead", STRATEGY, [0.30] * 6, [0.05] * 6, seconds=0.0123),
        system("ilp", STRATEGY, [0.35] * 6, [0.09, 0.10, 0.11, 0.09, 0.10, 0.11], seconds=0.5,
               failures={"t3": "model missing"}),
        system("Oracle", PEER, [0.30] * 6, [0.05, 0.05, 0.05, 0.05, 0.05, 0.06]),
    ]


# --- the significance test ------------------------------------------------------------------


def test_exact_p_values_for_few_topics() -> None:
    # six topics all better: only "all +" and "all -" are as extreme, 2 of 2**6
    assert paired_permutation_test([0.1] * 6, [0.2] * 6) == (2 / 64, True)
    assert paired_permutation_test([0.1] * 6, [0.1] * 6) == (1.0, True)
    assert paired_permutation_test([0.1] * 5, [0.2] * 5) == (2 / 32, True)  # five topics cannot reach 0.05
    assert paired_permutation_test([], []) == (1.0, True)
    # five topics better by 1, one worse by 1: the mean is 4/6; sign flips reaching |sum| >= 4
    # are, with the sixth sign kept, 0, 4 or 5 of the first five flipped (1 + 5 + 1), and as
    # many with it flipped (0, 1 or 5 flipped): 14 of 64
    assert paired_permutation_test([0.0] * 6, [1, 1, 1, 1, 1, -1]) == (14 / 64, True)


def test_many_topics_are_resampled_with_a_fixed_seed() -> None:
    a, b = [0.1] * 20, [0.2] * 20
    p, exact = paired_permutation_test(a, b)
    assert not exact and p == paired_permutation_test(a, b)[0]
    assert 1 / (RESAMPLES + 1) <= p < 0.001  # never 0 from a finite sample
    assert paired_permutation_test(a, a) == (1.0, False)


def test_compare_against_the_baseline() -> None:
    lead, ilp, oracle = systems()
    comparisons = compare([lead, ilp, oracle], lead)
    assert list(comparisons) == ["ilp", "Oracle"] and list(comparisons["ilp"]) == ["rouge-2", "rouge-1"]
    assert comparisons["ilp"]["rouge-2"] == Comparison("rouge-2", "lead", 0.05, 2 / 64, True)
    assert comparisons["ilp"]["rouge-2"].significant
    oracle_r2 = comparisons["Oracle"]["rouge-2"]
    assert oracle_r2.difference == round(0.01 / 6, 6) and oracle_r2.p == 1.0 and not oracle_r2.significant
    assert comparisons["Oracle"]["rouge-1"] == Comparison("rouge-1", "lead", 0.0, 1.0, True)
    assert SIGNIFICANCE_LEVEL == 0.05


# --- names, baseline, marks, ranking -------------------------------------------------------


def test_match_name_exact_then_unique_case_insensitive() -> None:
    assert match_name(["Lead", "lead", "ilp"], "lead") == 1
    assert match_name(["Lead", "ilp"], "LEAD") == 0
    with pytest.raises(InputError, match="unknown --baseline 'LEAD'; choose one of: Lead, lead"):
        match_name(["Lead", "lead"], "LEAD")
    with pytest.raises(InputError, match="unknown --baseline 'x'"):
        match_name(["lead"], "x")


def test_choose_baseline() -> None:
    lead, ilp, oracle = systems()
    assert choose_baseline([lead, ilp, oracle], "oracle") is oracle
    assert choose_baseline([lead, ilp, oracle], None) is lead  # no ICSISumm: the first strategy
    icsi = system("ICSISumm", PEER, [0.3] * 6, [0.05] * 6)
    assert choose_baseline([lead, ilp, oracle, icsi], None) is icsi
    assert choose_baseline([oracle, icsi], None) is icsi
    assert choose_baseline([oracle], None) is oracle


def test_marks() -> None:
    lead, ilp, oracle = systems()
    comparisons = compare([lead, ilp, oracle], lead)
    assert mark(lead, lead, comparisons) == "baseline"
    assert mark(ilp, lead, comparisons) == "better (R-2, R-1)"
    assert mark(oracle, lead, comparisons) == "n.s."
    assert mark(lead, ilp, compare([lead, ilp], ilp)) == "worse (R-2, R-1)"
    mixed = {"lead": {"rouge-2": Comparison("rouge-2", "x", 0.1, 0.01, True),
                      "rouge-1": Comparison("rouge-1", "x", -0.1, 0.01, True)}}
    assert mark(lead, ilp, mixed) == "better (R-2); worse (R-1)"


def test_ranked_by_r2_then_r1_then_name() -> None:
    lead, ilp, oracle = systems()
    assert [s.name for s in ranked([lead, ilp, oracle])] == ["ilp", "Oracle", "lead"]
    twin = system("Aardvark", PEER, [0.30] * 6, [0.05] * 6)
    assert [s.name for s in ranked([lead, twin])] == ["Aardvark", "lead"]


# --- the table and its footnote -------------------------------------------------------------


def test_the_text_table() -> None:
    """Ranked by R-2; recall with its interval, then F, in points; peers have no time."""
    lead, ilp, oracle = systems()
    table = format_table([lead, ilp, oracle], lead, compare([lead, ilp, oracle], lead))
    assert table == TABLE


TABLE = """\
system  kind       R-1 recall [95% CI]   R-2 recall [95% CI]   R-L recall [95% CI]  R-SU4 recall [95% CI]  F R-1  F R-2  F R-L  F R-SU4  s/cluster  vs lead
------  --------  --------------------  --------------------  --------------------  ---------------------  -----  -----  -----  -------  ---------  -----------------
ilp     strategy  35.00 [34.00, 36.00]  10.00 [ 9.00, 11.00]  35.00 [34.00, 36.00]   10.00 [ 9.00, 11.00]  23.33   6.67  23.33     6.67       0.50  better (R-2, R-1)
Oracle  peer      30.00 [29.00, 31.00]   5.17 [ 4.17,  6.17]  30.00 [29.00, 31.00]    5.17 [ 4.17,  6.17]  20.00   3.44  20.00     3.44          -  n.s.
lead    strategy  30.00 [29.00, 31.00]   5.00 [ 4.00,  6.00]  30.00 [29.00, 31.00]    5.00 [ 4.00,  6.00]  20.00   3.33  20.00     3.33       0.01  baseline
"""


def test_the_table_in_rouge_score_f1() -> None:
    lead, ilp, oracle = systems()
    scorer = SCORERS["rouge-score"]
    for s in (lead, ilp, oracle):
        s.averages["rouge-lsum"] = s.averages["rouge-l"]
        for topic in s.per_topic.values():
            topic["rouge-lsum"] = topic["rouge-l"]
    table = format_table([lead, ilp, oracle], lead, compare([lead, ilp, oracle], lead, scorer.tested, "f"), scorer)
    header = table.splitlines()[0]
    assert "R-1 F1 [95% CI]" in header and "R-Lsum F1 [95% CI]" in header and "recall R-2" in header
    assert table.splitlines()[2].startswith("ilp     strategy  23.33 [22.33, 24.33]")


def test_footnote_names_the_scorer_topics_length_and_test() -> None:
    lead = systems()[0]
    text = footnote(6, "100w", 100, lead)
    assert text.endswith("\n") and all(len(line) <= 100 for line in text.splitlines())
    flat = " ".join(text.split())
    assert flat.startswith("Scorer rouge-155: ROUGE-1.5.5 rules (-n 4 -2 4 -u -m -p 0.5 -c 95 -r 1000 -f A -l 100); "
                           "6 topics, length 100w; scores x100.")
    assert "paired randomization test against lead over topics on per-topic recall, 10,000 resamples, p < 0.05." in flat
    assert "no word limit" in " ".join(footnote(6, "5s", None, lead).split())


# --- JSON -----------------------------------------------------------------------------------


def test_the_json_document() -> None:
    lead, ilp, oracle = systems()
    comparisons = compare([lead, ilp, oracle], lead)
    document = to_json("/data/tiny", "100w", [lead, ilp, oracle], lead, comparisons, topics=6, wall_seconds=1.5)
    assert list(document) == ["dataset", "length", "systems", "baseline", "scorer", "significance_test",
                              "topics", "wall_seconds"]
    assert (document["dataset"], document["length"], document["baseline"], document["scorer"]) == (
        "/data/tiny", "100w", "lead", "rouge-155")
    assert document["significance_test"] == {"method": "paired randomization (sign flip) over topics",
                                             "metric": "per-topic recall", "resamples": RESAMPLES,
                                             "seed": SEED, "level": 0.05}
    first, second, third = document["systems"]
    assert [s["name"] for s in document["systems"]] == ["lead", "ilp", "Oracle"]  # the order given
    assert first["significance"] is None and "failures" not in first
    assert (first["kind"], first["seconds_per_cluster"]) == ("strategy", 0.0123)
    assert list(first["scores"]) == list(METRICS)
    assert first["scores"]["rouge-2"] == {"recall": 0.05, "precision": 0.025, "f": 0.05 / 1.5,
                                          "recall_ci": [0.04, 0.060000000000000005],
                                          "precision_ci": [0.025 - 0.01, 0.025 + 0.01],
                                          "f_ci": [0.05 / 1.5 - 0.01, 0.05 / 1.5 + 0.01]}
    assert second["failures"] == {"t3": "model missing"}
    assert second["significance"]["rouge-2"] == {"baseline": "lead", "difference": 0.05, "p": 2 / 64,
                                                 "significant": True, "exact": True}
    assert third["kind"] == "peer" and third["seconds_per_cluster"] is None
    assert json.loads(json.dumps(document)) == document  # plain JSON types only


# --- the plot -------------------------------------------------------------------------------


def test_the_plot_is_written(tmp_path: Path) -> None:
    lead, ilp, oracle = systems()
    plot_r2([lead, ilp, oracle], lead, tmp_path / "r2.png", "tiny, 100w")
    assert (tmp_path / "r2.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    plot_r2([lead, ilp, oracle], lead, tmp_path / "r2.svg", "tiny, 100w")
    assert b"<svg" in (tmp_path / "r2.svg").read_bytes()[:1000]
