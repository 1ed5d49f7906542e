"""A Brief as one self-contained HTML page, and the index page of a batch of briefs.

The page carries the same evidence as the Markdown (``render.py``): the headline, the brief
grouped by event, each sentence's support ("3 of 5 reports"), where the reports differ and
the sources. What HTML adds: every citation mark is a button that opens, in place, the
sentences of that report the brief sentence stands on (with outlet, title and date), and
the variants of a difference stand side by side with their differing words highlighted.
Sentences a model rewrote are marked, with the report sentences they came from.

Everything from the reports is escaped: a report that contains ``<script>`` shows it as text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable, Sequence
from urllib.parse import quote

from summarizer.ingest import Document
from summarizer.render import _KIND_NAMES, ALSO, _inner, accounts, ellipses
from summarizer.render.html_assets import page, text

if TYPE_CHECKING:  # brief.py renders through this package: no import back at run time
    from summarizer.brief import Brief, BriefSentence, Source
    from summarizer.trust.differences import Difference, Variant

BRIEF_CSS = """
.sentences { list-style: none; padding: 0; margin: 0; }
.sentence { margin: 0 0 1rem; }
.sentence > p { margin: 0; }
.cite { border: 1px solid var(--accent); color: var(--accent); background: #fff; border-radius: 4px;
        padding: 0 .35rem; margin-left: .15rem; font-size: .8rem; line-height: 1.4; vertical-align: .1em; }
.cite[aria-expanded="true"] { background: var(--accent); color: #fff; }
.support { color: var(--muted); font-size: .88rem; }
.badge { display: inline-block; font-size: .75rem; padding: 0 .4rem; border-radius: 3px;
         background: #e8eef8; color: #1d3f6e; margin-right: .3rem; }
.badge.kept { background: #f4ece1; color: #6b4513; }
.evidence { margin: .5rem 0 .25rem; padding: .5rem .75rem; background: var(--soft);
            border-left: 3px solid var(--accent); }
.evidence blockquote { margin: .25rem 0; }
.evidence .from { font-size: .85rem; color: var(--muted); }
.differences { list-style: none; padding: 0; }
.difference { margin: 0 0 1.25rem; }
.variants { display: grid; grid-template-columns: repeat(auto-fit, minmax(13rem, 1fr)); gap: .5rem; }
.variant { border: 1px solid var(--line); border-radius: 4px; padding: .5rem .6rem; margin: 0; }
.variant blockquote { margin: 0 0 .3rem; }
mark { background: var(--mark); padding: 0 .1em; }
.sources li { margin-bottom: .35rem; }
@media print { .cite { border: none; padding: 0; } .evidence { border-left-width: 2px; } }
"""


class _Context:
    """What every part of the page needs: the report numbers and their sentences."""

    def __init__(self, brief: Brief) -> None:
        self.brief = brief
        self.number = {d.id: n for n, d in enumerate(brief.documents, start=1)}
        self.by_id = {d.id: d for d in brief.documents}
        self._sentences: dict[str, list[str]] = {}

    def sentence(self, source: Source) -> str | None:
        if source.document not in self._sentences:
            document = self.by_id.get(source.document)
            self._sentences[source.document] = document.sentences() if document else []
        found = self._sentences[source.document]
        return found[source.sentence] if 0 <= source.sentence < len(found) else None


def _plural(count: int, word: str) -> str:
    return f"{count} {word}{'' if count == 1 else 's'}"


def _document_label(document: Document) -> str:
    """Outlet, "Title", date (file) as escaped HTML."""
    parts = [text(document.outlet)] if document.outlet else []
    if document.title:
        parts.append(f"&ldquo;{text(document.title)}&rdquo;")
    if document.date:
        parts.append(text(document.date))
    label = ", ".join(parts)
    return f"{label} ({text(document.id)})" if label else text(document.id)


def _marks(ctx: _Context, documents: Iterable[str]) -> str:
    """Plain links to the sources list: [1][3]."""
    numbers = sorted({ctx.number[d] for d in documents if d in ctx.number})
    return "".join(f'<a class="ref" href="#source-{n}">[{n}]</a>' for n in numbers)


# --- the brief ----------------------------------------------------------------------------


def _evidence(ctx: _Context, panel_id: str, document: str, sources: Sequence[Source]) -> str:
    doc = ctx.by_id.get(document)
    quotes = []
    for source in sorted(sources, key=lambda s: s.sentence):
        said = ctx.sentence(source)
        quotes.append(f"<blockquote>{text(said) if said else '(sentence not found)'}</blockquote>"
                      f'<p class="from">sentence {source.sentence + 1}</p>')
    label = _document_label(doc) if doc else text(document)
    return (f'<div class="evidence print-open" id="{panel_id}" hidden>'
            f'<p class="from"><a href="#source-{ctx.number.get(document, 0)}">'
            f"[{ctx.number.get(document, '?')}]</a> {label}</p>{''.join(quotes)}</div>")


def _status(sentence: BriefSentence) -> str:
    if sentence.operation == "fused":
        reports = len(sentence.support)
        return ('<span class="badge" title="A model fused this sentence from several reports; the '
                f'cited report sentences are what it was made from">fused from {reports} '
                f'report{"s" if reports != 1 else ""}</span>')
    if sentence.rewritten:
        return ('<span class="badge" title="A model rewrote or fused this sentence; the cited '
                'report sentences are what it was made from">rewritten</span>')
    if sentence.guard:
        return (f'<span class="badge kept" title="{text(sentence.guard)}">report\'s own words: '
                f"the model's rewrite was refused</span>")
    return ""


def _citations(ctx: _Context, prefix: str, sources: Sequence[Source]) -> tuple[list[str], list[str]]:
    """A citation button per cited report, each opening a panel (id ``prefix-rN``) with the
    cited sentences of that report."""
    by_document: dict[str, list[Source]] = {}
    for source in sources:
        by_document.setdefault(source.document, []).append(source)
    buttons, panels = [], []
    for document in sorted(by_document, key=lambda d: ctx.number.get(d, 0)):
        n = ctx.number.get(document, 0)
        panel_id = f"{prefix}-r{n}"
        doc = ctx.by_id.get(document)
        name = doc.outlet or doc.title or doc.id if doc else document
        buttons.append(f'<button type="button" class="cite" aria-expanded="false" '
                       f'aria-controls="{panel_id}" aria-label="Report {n}: {text(name)}">{n}</button>')
        panels.append(_evidence(ctx, panel_id, document, by_document[document]))
    return buttons, panels


def _dispute(ctx: _Context, index: int, sentence: BriefSentence) -> tuple[str, list[str]]:
    """The note told in place of a disputed sentence, as ``render.dispute_note`` words it,
    each account followed by the citation buttons of its reports; and their panels."""
    told, panels = [], []
    for k, account in enumerate(accounts(ctx.brief, sentence)):
        buttons, opened = _citations(ctx, f"s{index + 1}-a{k + 1}", account.sources)
        verb = "says" if len(buttons) == 1 else "say"
        told.append(f"{''.join(buttons)} {verb} &ldquo;{text(account.words)}&rdquo;")
        panels += opened
        if account.also:
            buttons, opened = _citations(ctx, f"s{index + 1}-a{k + 1}", account.also)
            told[-1] += f" ({''.join(buttons)} {ALSO})"
            panels += opened
    return "Reports differ: " + "; ".join(told) + ".", panels


def _sentence_item(ctx: _Context, index: int, sentence: BriefSentence) -> str:
    total = len(ctx.brief.documents)
    if sentence.disputed is not None and 0 <= sentence.disputed < len(ctx.brief.differences):
        body, panels = _dispute(ctx, index, sentence)
    else:
        buttons, panels = _citations(ctx, f"s{index + 1}", sentence.sources)
        body = f"{text(sentence.text)} {''.join(buttons)}"
    support = f"{len(sentence.support)} of {_plural(total, 'report')}"
    kinds = {ctx.brief.differences[i].kind for i in sentence.differences
             if 0 <= i < len(ctx.brief.differences)}
    if kinds:
        named = " and ".join(_KIND_NAMES[k] for k in _KIND_NAMES if k in kinds)
        first = min(sentence.differences)
        support += f'; <a href="#difference-{first + 1}">reports differ in {named}</a>'
    return (f'<li class="sentence" id="sentence-{index + 1}"><p>{_status(sentence)}'
            f"{body}</p>"
            f'<p class="support">{support}</p>{"".join(panels)}</li>')


def _sentence_list(ctx: _Context, indices: Sequence[int]) -> str:
    items = "".join(_sentence_item(ctx, i, ctx.brief.sentences[i]) for i in indices)
    return f'<ol class="sentences">{items}</ol>'


def _brief_section(ctx: _Context) -> str:
    brief = ctx.brief
    parts = ['<section aria-labelledby="brief-title"><h2 id="brief-title">Brief</h2>']
    if len(brief.events) <= 1:
        parts.append(_sentence_list(ctx, range(len(brief.sentences))))
    else:
        for event in brief.events:
            if event.sentences:
                parts.append(f'<section class="event"><h3>{text(event.label)} '
                             f'{_marks(ctx, event.documents)}</h3>'
                             f"{_sentence_list(ctx, event.sentences)}</section>")
        untold = [e for e in brief.events if not e.sentences]
        if untold:
            names = "; ".join(f"{text(e.label)} {_marks(ctx, e.documents)}" for e in untold)
            parts.append(f'<p class="muted">Not covered by this brief: {names}.</p>')
    parts.append("</section>")
    return "".join(parts)


# --- differences, sources, headline -------------------------------------------------------


def _variant(ctx: _Context, variant: "Variant") -> str:
    passage = _inner(variant.text)  # the quotation marks drawn around it stay balanced
    if variant.changed:
        end = variant.offset + len(variant.changed)
        shown = (f"{text(passage[:variant.offset])}<mark>{text(variant.changed)}</mark>"
                 f"{text(passage[end:])}")
    else:
        shown = text(passage)
    lead, tail = ellipses(variant)
    documents = [s.document for s in variant.sources]
    outlets = ", ".join(text(ctx.by_id[d].outlet or ctx.by_id[d].id)
                        for d in dict.fromkeys(documents) if d in ctx.by_id)
    return (f'<figure class="variant"><blockquote>&ldquo;{lead}{shown}{tail}&rdquo;</blockquote>'
            f'<figcaption class="from">{_marks(ctx, documents)} {outlets}</figcaption></figure>')


def _difference_item(ctx: _Context, index: int, difference: "Difference") -> str:
    where = ""
    if len(ctx.brief.events) > 1 and difference.event is not None \
            and 0 <= difference.event < len(ctx.brief.events):
        where = f" ({text(ctx.brief.events[difference.event].label)})"
    variants = "".join(_variant(ctx, v) for v in difference.variants)
    return (f'<li class="difference" id="difference-{index + 1}"><h3>'
            f"{text(difference.kind.capitalize())}{where}</h3>"
            f'<div class="variants">{variants}</div></li>')


def _differences_section(ctx: _Context) -> str:
    brief = ctx.brief
    if len(brief.documents) < 2:
        inner = '<p class="muted">There is one report only: nothing to compare.</p>'
    elif not brief.differences:
        inner = ('<p class="muted">No differences in numbers, names or wording were found '
                 "between the reports.</p>")
    else:
        items = "".join(_difference_item(ctx, i, d) for i, d in enumerate(brief.differences))
        inner = f'<ol class="differences">{items}</ol>'
    return ('<section aria-labelledby="differences-title"><h2 id="differences-title">'
            f"Where the reports differ</h2>{inner}</section>")


def _sources_section(ctx: _Context) -> str:
    items = []
    for n, document in enumerate(ctx.brief.documents, start=1):
        note = ' <span class="muted">(ended mid-sentence)</span>' if document.truncated else ""
        items.append(f'<li id="source-{n}">{_document_label(document)}{note}</li>')
    return ('<section aria-labelledby="sources-title"><h2 id="sources-title">Sources</h2>'
            f'<ol class="sources">{"".join(items)}</ol></section>')


def headline_text(brief: Brief) -> str:
    """The page's title: a report's headline, else "Brief of N reports"."""
    return brief.headline or f"Brief of {_plural(len(brief.documents), 'report')}"


def _header(ctx: _Context) -> str:
    brief = ctx.brief
    mark = _marks(ctx, [brief.headline_source]) if brief.headline and brief.headline_source else ""
    lines = [f'<p class="kicker">Brief of {_plural(len(brief.documents), "report")} &middot; '
             f"strategy {text(brief.strategy)} &middot; length {text(brief.length)}</p>",
             f"<h1>{text(headline_text(brief))} {mark}</h1>"]
    if len(brief.events) > 1:
        covered = "; ".join(f"{text(e.label)} {_marks(ctx, e.documents)}" for e in brief.events)
        lines.append(f"<p>The reports describe {len(brief.events)} events: {covered}.</p>")
    if any(s.rewritten for s in brief.sentences):
        lines.append('<p class="note">Sentences marked <span class="badge">rewritten</span> were '
                     "written by a model from the report sentences they cite; open a citation "
                     "to read them.</p>")
    lines += [f'<p class="note">{text(w)}</p>' for w in brief.warnings]
    lines.append('<p class="muted no-print">The numbered buttons open the report sentences '
                 "each line stands on.</p>")
    return f"<header>{''.join(lines)}</header>"


def to_html(brief: Brief) -> str:
    """The whole page: headline, brief (by event), where the reports differ, sources."""
    ctx = _Context(brief)
    body = "\n".join([_header(ctx), _brief_section(ctx), _differences_section(ctx),
                      _sources_section(ctx)])
    return page(headline_text(brief), body, BRIEF_CSS)


# --- a batch's index ----------------------------------------------------------------------


@dataclass(frozen=True)
class BatchEntry:
    """One story of a batch: its id, how it went, the brief's length in words and the
    page's path relative to the index (None when there is no page, e.g. a failure)."""

    id: str
    status: str  # "ok", "failed", "skipped", ...
    words: int | None = None
    href: str | None = None
    headline: str | None = None
    message: str | None = None  # why it failed


INDEX_CSS = """
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: .35rem .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
td.num, th.num { text-align: right; }
.status-ok { color: #1f6b35; } .status-failed { color: var(--bad); }
"""


def _index_row(entry: BatchEntry) -> str:
    name = text(entry.id)
    if entry.href:
        name = f'<a href="{text(quote(entry.href))}">{name}</a>'
    about = text(entry.headline or "") + (f'<br><span class="muted">{text(entry.message)}</span>'
                                          if entry.message else "")
    status = text(entry.status)
    words = "" if entry.words is None else str(entry.words)
    return (f'<tr><td>{name}</td><td class="status-{text(entry.status.lower())}">{status}</td>'
            f'<td class="num">{words}</td><td>{about}</td></tr>')


def render_batch_index(entries: Sequence[BatchEntry], title: str = "Briefs") -> str:
    """The batch's ``index.html``: one row per story (id linked to its page, status, words,
    headline or error), in the order given."""
    done = sum(1 for e in entries if e.status.lower() == "ok")
    rows = "".join(_index_row(e) for e in entries)
    stories = f"{len(entries)} {'story' if len(entries) == 1 else 'stories'}"
    body = (f'<h1>{text(title)}</h1><p class="kicker">{stories}, {done} summarized</p>'
            '<div class="scroll"><table><thead><tr><th>Story</th>'
            '<th>Status</th><th class="num">Words</th><th>Headline</th></tr></thead>'
            f"<tbody>{rows}</tbody></table></div>")
    return page(title, body, INDEX_CSS)
