"""The evaluation report page (``summarize eval --report FILE.html``), read as markup.

What a browser does with it (sorting, choosing the scatter, phone width) is in
``test_browser.py``."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from summarizer.cli import app

from summarizer.eval.report_html import nice_ticks

TINY = Path(__file__).resolve().parents[2] / "data" / "tiny_dataset"
STRATEGIES = ["lead", "lexrank"]
PEERS = ["Oracle", "OracleCopy", "Tail"]


@pytest.fixture(scope="module")
def eval_run(tmp_path_factory):
    folder = tmp_path_factory.mktemp("report")
    result = CliRunner().invoke(app, [
        "eval", str(TINY), *[a for s in STRATEGIES for a in ("-s", s)], "--baseline", "Oracle",
        "--jobs", "1", "--json", str(folder / "scores.json"), "--report", str(folder / "report.html"),
        "--plot", str(folder / "r2.png"), "--no-progress"])
    assert result.exit_code == 0, result.stderr
    return ((folder / "report.html").read_text(encoding="utf-8"),
            json.loads((folder / "scores.json").read_text()), folder)


def _rows(page: str) -> list[str]:
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    return re.findall(r"<tr class=\"([^\"]+)\">(.*?)</tr>", body)


def test_the_page_is_self_contained_and_the_plot_stays(eval_run):
    page, _, folder = eval_run
    assert page.startswith("<!DOCTYPE html>")
    assert not re.search(r"<(link|img|iframe)\b|\ssrc=|href=\"(?!#)", page)
    assert (folder / "r2.png").read_bytes()[:4] == b"\x89PNG"


def test_the_table_has_every_system_ranked_with_kind_intervals_and_marks(eval_run):
    page, document, _ = eval_run
    rows = _rows(page)
    names = [re.findall(r"<td[^>]*>(.*?)</td>", cells)[1] for _, cells in rows]
    assert sorted(names) == sorted(STRATEGIES + PEERS)
    recall = {s["name"]: s["scores"]["rouge-2"]["recall"] for s in document["systems"]}
    assert [recall[n] for n in names] == sorted(recall.values(), reverse=True)
    kinds = {re.findall(r"<td[^>]*>(.*?)</td>", cells)[1]: classes.split()[0] for classes, cells in rows}
    assert all(kinds[n] == "strategy" for n in STRATEGIES) and all(kinds[n] == "peer" for n in PEERS)
    by_name = {re.findall(r"<td[^>]*>(.*?)</td>", cells)[1]: (classes, cells) for classes, cells in rows}
    assert "baseline" in by_name["Oracle"][0]
    low, high = next(s for s in document["systems"] if s["name"] == "lead")["scores"]["rouge-1"]["recall_ci"]
    lead = by_name["lead"][1]
    assert f"[{100 * low:.2f}, {100 * high:.2f}]" in lead
    assert "worse (R-2" in by_name["Tail"][1] and "n.s." in by_name["OracleCopy"][1]
    assert page.count('<th scope="col"') == 3 + 4 + 4 + 2  # every column has a sort button
    assert page.count("<button type=\"button\">") == 13


def test_the_chart_has_one_marker_per_system_and_panel_told_apart_by_kind(eval_run):
    page, _, _ = eval_run
    chart = page.split('<figure class="chart">', 1)[1].split("</figure>", 1)[0]
    # two panels: circles for strategies, squares for peers, plus one of each in the legend
    assert chart.count("<circle") == 2 * len(STRATEGIES) + 1
    assert chart.count("<rect") == 2 * len(PEERS) + 1
    assert "R-1 recall" in chart and "R-2 recall" in chart
    assert chart.count("▼") >= 2 + 1  # Tail is worse on R-2 and R-1 (plus the legend's)
    assert chart.count(">base<") == 2


def test_the_scatter_has_one_point_per_topic_for_every_system_but_the_baseline(eval_run):
    page, _, _ = eval_run
    figures = re.findall(r'<figure class="scatter" data-key="([^"]+)"( hidden)?>(.*?)</figure>', page)
    assert sorted(name for name, _, _ in figures) == sorted(STRATEGIES + PEERS[1:])
    shown = [name for name, hidden, _ in figures if not hidden]
    assert shown == ["lead"]  # the best strategy by default
    topics = len(list((TINY / "clusters").iterdir()))
    for _, _, svg in figures:
        assert svg.count("<circle") == topics
    copy = next(svg for name, _, svg in figures if name == "OracleCopy")
    assert f"above the baseline on 0 of {topics} topics and below on 0" in copy


def test_the_settings_name_the_scorer(eval_run):
    page, _, _ = eval_run
    settings = page.split("<h2>Settings</h2>", 1)[1]
    for expected in ("tiny_dataset", "100w", "rouge-155", "ROUGE-1.5.5 rules", "Oracle",
                     "lead, lexrank", "10,000 resamples"):
        assert expected in settings


def test_with_rouge_score_the_page_shows_f1(tmp_path):
    out = tmp_path / "r.html"
    result = CliRunner().invoke(app, ["eval", str(TINY), "-s", "lead", "--rouge", "rouge-score",
                                      "--jobs", "1", "--report", str(out), "--no-progress"])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert "R-Lsum F1 [95% CI]" in page and "R-2 F1</text>" in page
    assert "scorer rouge-score (F1)" in page and "Google&#x27;s rouge-score" in page


def test_a_report_that_is_not_html_is_refused_before_the_run(tmp_path):
    result = CliRunner().invoke(app, ["eval", str(TINY), "--report", str(tmp_path / "r.png"),
                                      "--no-progress"])
    assert result.exit_code == 2 and "use a .html file name" in result.stderr


def test_ticks_are_round_and_cover_the_range():
    assert nice_ticks(0.1749, 0.85) == [0.0, 0.2, 0.4, 0.6, 0.8, 1.0]
    assert nice_ticks(0.081, 0.119) == [0.08, 0.09, 0.1, 0.11, 0.12]
    low, high = nice_ticks(0.3, 0.3)[0], nice_ticks(0.3, 0.3)[-1]
    assert low <= 0.3 < high  # never a zero-width scale
