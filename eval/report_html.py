"""An evaluation run as one self-contained HTML page (``summarize eval --report FILE.html``).

The page shows the table (every column sortable), a chart of every system's R-1 and R-2
with its 95% interval (our strategies and the published peers told apart by colour and
shape), the significance marks against the baseline, a per-topic scatter of a chosen
strategy against the baseline, and the run's settings. All figures are the scorer's
(``eval.scorers``), named on the page; the charts are inline SVG drawn here, so the page
needs no network and prints as it shows.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Sequence

from summarizer.render.html_assets import page, text

from summarizer.eval.harness import PEER, STRATEGY, SystemEval
from summarizer.eval.report import (RESAMPLES, SIGNIFICANCE_LEVEL, Comparison, mark, ranked)
from summarizer.eval.scorers import ScorerInfo

CHARTED = ("rouge-1", "rouge-2")
KIND_STYLE = {STRATEGY: ("#1f5fa8", "circle", "our strategy"), PEER: ("#7a828a", "square", "published peer")}


@dataclass
class EvalReport:
    title: str
    systems: list[SystemEval]
    baseline: SystemEval
    comparisons: dict[str, dict[str, Comparison]]
    scorer: ScorerInfo
    topics: int
    word_limit: int | None = None
    settings: dict[str, Any] = field(default_factory=dict)
    focus: str | None = None  # the strategy the scatter shows first; default the best one


REPORT_CSS = """
table.scores { border-collapse: collapse; font-size: .9rem; }
.scores td { white-space: nowrap; }
.scores td:last-child, .scores th:last-child { white-space: normal; min-width: 9rem; text-align: left; }
.scores .ci { display: block; font-weight: 400; }
.scores th { vertical-align: bottom; }
.scores th, .scores td { padding: .3rem .5rem; border-bottom: 1px solid var(--line); text-align: right; }
.scores th:nth-child(-n+3), .scores td:nth-child(-n+3) { text-align: left; }
.scores th button { border: 0; background: none; font-weight: 700; padding: 0; color: inherit; }
.scores th[aria-sort="ascending"] button::after { content: " \\25B2"; }
.scores th[aria-sort="descending"] button::after { content: " \\25BC"; }
.scores tr.peer td { color: #444c54; }
.scores tr.baseline td { background: #fff7d6; }
.kind-strategy { color: #1f5fa8; font-weight: 600; }
.ci { color: var(--muted); font-size: .78rem; }
.better { color: #1f6b35; font-weight: 600; } .worse { color: var(--bad); font-weight: 600; }
.settings { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; }
.settings dt { font-weight: 600; } .settings dd { margin: 0; }
figure { margin: 1rem 0; }
.chart svg { min-width: 34rem; } figcaption { color: var(--muted); font-size: .88rem; }
label { font-weight: 600; margin-right: .5rem; }
"""

SORT_JS = """
document.querySelectorAll('table.scores th button').forEach(function (button) {
  button.addEventListener('click', function () {
    var th = button.parentNode, table = th.closest('table'), body = table.tBodies[0];
    var column = Array.prototype.indexOf.call(th.parentNode.children, th);
    var ascending = th.getAttribute('aria-sort') !== 'ascending';
    table.querySelectorAll('th').forEach(function (other) { other.removeAttribute('aria-sort'); });
    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
    var rows = Array.prototype.slice.call(body.rows);
    rows.sort(function (a, b) {
      var x = a.cells[column].getAttribute('data-sort'), y = b.cells[column].getAttribute('data-sort');
      var nx = parseFloat(x), ny = parseFloat(y), order;
      if (!isNaN(nx) && !isNaN(ny)) { order = nx - ny; } else { order = x < y ? -1 : x > y ? 1 : 0; }
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
  });
});
"""


def _points(value: float) -> str:
    return f"{100 * value:.2f}"


def nice_ticks(low: float, high: float, count: int = 5) -> list[float]:
    """Round tick values (1, 2 or 5 times a power of ten, in ROUGE points) covering
    [low, high] (fractions) with about ``count`` ticks."""
    import math

    span = max(100 * (high - low), 1.0)  # one point at least: never a zero-width scale
    raw = span / max(count - 1, 1)
    power = 10 ** math.floor(math.log10(raw))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= raw)
    ticks = [math.floor(100 * low / step) * step]
    while ticks[-1] < 100 * high - 1e-9:
        ticks.append(ticks[-1] + step)
    if len(ticks) == 1:
        ticks.append(ticks[0] + step)
    return [round(t, 6) / 100 for t in ticks]


def _tick(value: float) -> str:
    return f"{100 * value:.{0 if abs(100 * value - round(100 * value)) < 1e-6 else 1}f}"


# --- the table ----------------------------------------------------------------------------


def _mark_cell(report: EvalReport, system: SystemEval) -> str:
    label = mark(system, report.baseline, report.comparisons, report.scorer.reported)
    tested = report.comparisons.get(system.name, {})
    detail = "; ".join(f"{report.scorer.reported[m]} {100 * c.difference:+.2f}, p = {c.p:.4f}"
                       for m, c in tested.items())
    css = "better" if label.startswith("better") else "worse" if label.startswith("worse") else ""
    order = {"better": 2, "worse": 0}.get(css, 1)
    return (f'<td data-sort="{order}" class="{css}" title="{text(detail)}">{text(label)}'
            + (f'<span class="ci">{text(detail)}</span>' if detail else "") + "</td>")


def _row(report: EvalReport, rank: int, system: SystemEval) -> str:
    scorer = report.scorer
    classes = [system.kind] + (["baseline"] if system is report.baseline else [])
    cells = [f'<td data-sort="{rank}">{rank}</td>',
             f'<td data-sort="{text(system.name.lower())}">{text(system.name)}</td>',
             f'<td data-sort="{system.kind}" class="kind-{system.kind}">{system.kind}</td>']
    for metric in scorer.reported:
        score = system.averages[metric]
        value = getattr(score, scorer.measure)
        low, high = getattr(score, f"{scorer.measure}_ci")
        cells.append(f'<td data-sort="{value:.6f}">{_points(value)} '
                     f'<span class="ci">[{_points(low)}, {_points(high)}]</span></td>')
    for metric in scorer.reported:
        value = getattr(system.averages[metric], scorer.other)
        cells.append(f'<td data-sort="{value:.6f}">{_points(value)}</td>')
    seconds = system.seconds_per_cluster
    cells.append(f'<td data-sort="{seconds if seconds is not None else -1}">'
                 f"{f'{seconds:.2f}' if seconds is not None else '-'}</td>")
    cells.append(_mark_cell(report, system))
    return f'<tr class="{" ".join(classes)}">{"".join(cells)}</tr>'


def _table(report: EvalReport) -> str:
    scorer = report.scorer
    names = (["#", "system", "kind"]
             + [f"{label} {scorer.measure_label} [95% CI]" for label in scorer.reported.values()]
             + [f"{scorer.other_label} {label}" for label in scorer.reported.values()]
             + ["s/cluster", f"vs {report.baseline.name}"])
    sorted_by = ' aria-sort="ascending"'
    head = "".join(f'<th scope="col"{sorted_by if i == 0 else ""}>'
                   f'<button type="button">{text(name)}</button></th>' for i, name in enumerate(names))
    rows = "".join(_row(report, r, s)
                   for r, s in enumerate(ranked(report.systems, scorer.measure), start=1))
    return (f'<div class="scroll"><table class="scores"><thead><tr>{head}</tr></thead>'
            f"<tbody>{rows}</tbody></table></div>"
            '<p class="muted no-print">Click a column heading to sort by it.</p>')


# --- the interval chart -------------------------------------------------------------------


def _marker(kind: str, x: float, y: float) -> str:
    color, shape, _ = KIND_STYLE.get(kind, KIND_STYLE[PEER])
    if shape == "square":
        return f'<rect x="{x - 4:.1f}" y="{y - 4:.1f}" width="8" height="8" fill="{color}"/>'
    return f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4.5" fill="{color}"/>'


def _significance_symbol(report: EvalReport, system: SystemEval, metric: str) -> str:
    comparison = report.comparisons.get(system.name, {}).get(metric)
    if system is report.baseline:
        return "base"
    if comparison is None or not comparison.significant:
        return ""
    return "▲" if comparison.difference > 0 else "▼"


def _panel(report: EvalReport, order: Sequence[SystemEval], metric: str, left: float,
           width: float, top: float, row: float) -> str:
    measure = report.scorer.measure
    lows = [getattr(s.averages[metric], f"{measure}_ci")[0] for s in order]
    highs = [getattr(s.averages[metric], f"{measure}_ci")[1] for s in order]
    ticks = nice_ticks(min(lows), max(highs))
    low, high = ticks[0], ticks[-1]

    def x(v: float) -> float:
        return left + (v - low) / (high - low) * width
    bottom = top + row * len(order)
    parts = [f'<text x="{left + width / 2:.1f}" y="{top - 22:.1f}" text-anchor="middle" '
             f'font-weight="700">{text(report.scorer.reported[metric])} {text(report.scorer.measure_label)}</text>',
             f'<line x1="{left}" y1="{bottom}" x2="{left + width}" y2="{bottom}" stroke="#999"/>']
    for value in ticks:
        parts.append(f'<line x1="{x(value):.1f}" y1="{top - 8}" x2="{x(value):.1f}" y2="{bottom}" '
                     'stroke="#eee"/>')
        parts.append(f'<text x="{x(value):.1f}" y="{bottom + 16:.1f}" text-anchor="middle" '
                     f'font-size="11" fill="#555">{_tick(value)}</text>')
    base = getattr(report.baseline.averages[metric], measure)
    parts.append(f'<line x1="{x(base):.1f}" y1="{top - 8}" x2="{x(base):.1f}" y2="{bottom}" '
                 'stroke="#a8321f" stroke-dasharray="4 3"/>')
    for i, system in enumerate(order):
        y = top + row * (i + 0.5)
        score = system.averages[metric]
        ci_low, ci_high = getattr(score, f"{measure}_ci")
        color = KIND_STYLE.get(system.kind, KIND_STYLE[PEER])[0]
        parts.append(f'<line x1="{x(ci_low):.1f}" y1="{y:.1f}" x2="{x(ci_high):.1f}" y2="{y:.1f}" '
                     f'stroke="{color}" stroke-width="2"/>')
        parts.append(_marker(system.kind, x(getattr(score, measure)), y))
        symbol = _significance_symbol(report, system, metric)
        if symbol:
            parts.append(f'<text x="{left + width + 6:.1f}" y="{y + 4:.1f}" font-size="11" '
                         f'fill="{"#1f6b35" if symbol == "▲" else "#a8321f"}">{symbol}</text>')
    return "".join(parts)


def interval_chart(report: EvalReport) -> str:
    """R-1 and R-2 side by side, one row per system (best R-2 on top), dot and interval."""
    order = ranked(report.systems, report.scorer.measure)
    row, top, label_width, panel, gap = 22, 44, 190, 220, 50
    height = top + row * len(order) + 50
    total = label_width + 2 * panel + 2 * gap
    parts = []
    for i, system in enumerate(order):
        y = top + row * (i + 0.5) + 4
        weight = ' font-weight="700"' if system is report.baseline else ""
        parts.append(f'<text x="{label_width - 8}" y="{y:.1f}" text-anchor="end" font-size="12"'
                     f"{weight}>{text(system.name)}</text>")
    for k, metric in enumerate(CHARTED):
        parts.append(_panel(report, order, metric, label_width + k * (panel + gap), panel, top, row))
    legend_y = height - 12
    x = 10.0
    for kind, (color, _, name) in KIND_STYLE.items():
        parts.append(_marker(kind, x + 5, legend_y - 4))
        parts.append(f'<text x="{x + 14}" y="{legend_y:.1f}" font-size="12">{name}</text>')
        x += 130
    parts.append(f'<line x1="{x}" y1="{legend_y - 4}" x2="{x + 18}" y2="{legend_y - 4}" '
                 'stroke="#a8321f" stroke-dasharray="4 3"/>'
                 f'<text x="{x + 24}" y="{legend_y:.1f}" font-size="12">baseline '
                 f"{text(report.baseline.name)}; ▲▼ significantly better / worse</text>")
    return (f'<figure class="chart"><div class="scroll"><svg role="img" aria-labelledby="chart-title" viewBox="0 0 {total} {height}" '
            f'width="{total}" height="{height}" font-family="system-ui, sans-serif">'
            f'<title id="chart-title">{text(report.scorer.reported["rouge-1"])} and '
            f'{text(report.scorer.reported["rouge-2"])} of every system with 95% intervals</title>'
            f"{''.join(parts)}</svg></div><figcaption>Each system's average {report.scorer.measure_label} "
            "(x100) with its 95% interval; the dashed line is the baseline.</figcaption></figure>")


# --- the per-topic scatter ----------------------------------------------------------------


def _scatter_svg(report: EvalReport, system: SystemEval, metric: str = "rouge-2") -> str:
    measure = report.scorer.measure
    topics = sorted(report.baseline.per_topic)
    pairs = [(getattr(report.baseline.per_topic[t][metric], measure),
              getattr(system.per_topic[t][metric], measure)) for t in topics if t in system.per_topic]
    size, margin = 300, 44
    ticks = nice_ticks(0.0, max([0.01] + [max(p) for p in pairs]))
    top = ticks[-1]

    def at(v: float) -> float:
        return margin + v / top * size
    parts = [f'<rect x="{margin}" y="10" width="{size}" height="{size}" fill="none" stroke="#999"/>',
             f'<line x1="{margin}" y1="{10 + size}" x2="{margin + size}" y2="10" stroke="#bbb" '
             'stroke-dasharray="4 3"/>']
    for value in ticks:
        parts.append(f'<text x="{at(value):.1f}" y="{size + 26}" font-size="11" text-anchor="middle" '
                     f'fill="#555">{_tick(value)}</text>')
        parts.append(f'<text x="{margin - 6}" y="{14 + size - (at(value) - margin):.1f}" '
                     f'font-size="11" text-anchor="end" fill="#555">{_tick(value)}</text>')
    color = KIND_STYLE.get(system.kind, KIND_STYLE[PEER])[0]
    for topic, (bx, sy) in zip(topics, pairs):
        parts.append(f'<circle cx="{at(bx):.1f}" cy="{10 + size - (at(sy) - margin):.1f}" r="4" '
                     f'fill="{color}" fill-opacity=".7"><title>{text(topic)}: '
                     f"{_points(sy)} vs {_points(bx)}</title></circle>")
    label = f"{report.scorer.reported[metric]} {report.scorer.measure_label}"
    parts.append(f'<text x="{margin + size / 2}" y="{size + 44}" text-anchor="middle" font-size="12">'
                 f"{text(report.baseline.name)} (baseline), {text(label)}</text>")
    parts.append(f'<text x="12" y="{10 + size / 2}" text-anchor="middle" font-size="12" '
                 f'transform="rotate(-90 12 {10 + size / 2})">{text(system.name)}, {text(label)}</text>')
    above = sum(1 for b, s in pairs if s > b)
    below = sum(1 for b, s in pairs if s < b)
    return (f'<svg role="img" viewBox="0 0 {size + margin + 20} {size + 54}" width="{size + margin + 20}" '
            f'height="{size + 54}" font-family="system-ui, sans-serif"><title>{text(system.name)} '
            f"against {text(report.baseline.name)} per topic</title>{''.join(parts)}</svg>"
            f"<figcaption>{text(system.name)} is above the baseline on {above} of {len(pairs)} "
            f"topics and below on {below} (points above the diagonal).</figcaption>")


def _focus(report: EvalReport, choices: Sequence[SystemEval]) -> str:
    names = [s.name for s in choices]
    if report.focus in names:
        return report.focus
    strategies = [s.name for s in choices if s.kind == STRATEGY]
    return (strategies or names)[0]


def scatter_section(report: EvalReport) -> str:
    choices = [s for s in ranked(report.systems, report.scorer.measure) if s is not report.baseline]
    if not choices:
        return '<p class="muted">Only the baseline was scored: nothing to compare.</p>'
    focus = _focus(report, choices)
    options = "".join(f'<option value="{text(s.name)}"{" selected" if s.name == focus else ""}>'
                      f"{text(s.name)} ({s.kind})</option>" for s in choices)
    figures = "".join(f'<figure class="scatter" data-key="{text(s.name)}"'
                      f'{"" if s.name == focus else " hidden"}>{_scatter_svg(report, s)}</figure>'
                      for s in choices)
    return (f'<p class="no-print"><label for="scatter-choice">System</label>'
            f'<select id="scatter-choice" data-show=".scatter">{options}</select></p>{figures}')


# --- the page -----------------------------------------------------------------------------


def _settings(report: EvalReport) -> str:
    scorer = report.scorer
    rows = dict(report.settings)
    rows["scores"] = f"{scorer.describe(report.word_limit)}; shown x100"
    rows["significance"] = (f"paired randomization (sign flip) test over topics on per-topic "
                            f"{scorer.measure_label} against {report.baseline.name}, "
                            f"{RESAMPLES:,} resamples, p < {SIGNIFICANCE_LEVEL}")
    items = "".join(f"<dt>{text(k)}</dt><dd>{text(v)}</dd>" for k, v in rows.items())
    return f'<dl class="settings">{items}</dl>'


def render_report(report: EvalReport) -> str:
    """The whole page (deterministic: the same run gives the same bytes but for timings)."""
    scorer = report.scorer
    counts = {kind: sum(1 for s in report.systems if s.kind == kind) for kind in (STRATEGY, PEER)}
    header = (f'<p class="kicker">Evaluation &middot; {report.topics} topics &middot; scorer '
              f"{text(scorer.name)} ({text(scorer.measure_label)})</p>"
              f"<h1>{text(report.title)}</h1><p>{counts[STRATEGY]} strategies and "
              f"{counts[PEER]} published peers, tested against <strong>"
              f"{text(report.baseline.name)}</strong>.</p>")
    body = "\n".join([
        f"<header>{header}</header>",
        '<section><h2>Scores</h2>' + _table(report) + "</section>",
        '<section><h2>R-1 and R-2 with 95% intervals</h2>' + interval_chart(report) + "</section>",
        f"<section><h2>Per topic against {text(report.baseline.name)}</h2>"
        + scatter_section(report) + "</section>",
        "<section><h2>Settings</h2>" + _settings(report) + "</section>",
    ])
    return page(f"Evaluation: {report.title}", body, REPORT_CSS, SORT_JS, wide=True)
