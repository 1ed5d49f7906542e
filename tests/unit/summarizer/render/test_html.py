"""The HTML brief (``summarize -f html``) and a batch's index page, read as markup.

What a browser does with them (clicking, keys, phone width) is in ``test_browser.py``."""

from __future__ import annotations

import re
from html import escape
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer.api import summarize
from summarizer.brief import Brief, BriefSentence, Source
from summarizer.budget import Budget
from summarizer.corpus import Corpus
from summarizer.ingest import Document
from summarizer.render.html import BatchEntry, render_batch_index, to_html

SEEDS = Path(__file__).resolve().parents[4] / "seeds"


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the page's text."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        self.text.append(data)


def parse(page: str) -> _Elements:
    parser = _Elements()
    parser.feed(page)
    return parser


@pytest.fixture(scope="module")
def seed_brief() -> Brief:
    return summarize(sorted(SEEDS.iterdir()), length="120w")


@pytest.fixture(scope="module")
def seed_page(seed_brief) -> str:
    return to_html(seed_brief)


def _self_contained(page: str) -> None:
    elements = parse(page)
    assert not [t for t, a in elements.tags if t in ("link", "img", "iframe", "object", "embed")]
    assert not [a for t, a in elements.tags if "src" in a]
    hrefs = [a["href"] for t, a in elements.tags if t == "a"]
    assert all(h.startswith("#") for h in hrefs), hrefs
    assert "http://" not in page.split("<main", 1)[0] and "https://" not in page.split("<main", 1)[0]


def test_the_page_is_self_contained_and_has_every_part(seed_brief, seed_page):
    assert seed_page.startswith("<!DOCTYPE html>")
    _self_contained(seed_page)
    text = " ".join("".join(parse(seed_page).text).split())
    assert seed_brief.headline and seed_brief.headline in text
    for heading in ("Brief", "Where the reports differ", "Sources"):
        assert heading in text
    total = len(seed_brief.documents)
    for sentence in seed_brief.sentences:
        assert sentence.text in text
        assert f"{len(sentence.support)} of {total} reports" in text
    if len(seed_brief.events) > 1:
        for event in seed_brief.events:
            assert event.label in text


def test_every_citation_is_a_button_that_controls_a_panel_with_the_cited_sentence(seed_brief, seed_page):
    elements = parse(seed_page)
    ids = {a.get("id") for _, a in elements.tags}
    buttons = [a for t, a in elements.tags if t == "button" and "cite" in (a.get("class") or "")]
    def shown(sentence):  # a disputed sentence is told as its accounts, each with its sources
        if sentence.disputed is None:
            return sentence.sources
        return [s for v in seed_brief.differences[sentence.disputed].variants for s in v.sources]

    cited = sum(len({s.document for s in shown(sentence)}) if sentence.disputed is not None
                else len(sentence.support) for sentence in seed_brief.sentences)
    assert len(buttons) == cited
    for button in buttons:
        assert button["aria-expanded"] == "false" and button["aria-controls"] in ids
    corpus = Corpus(seed_brief.documents)  # the sentences as the engine numbered them
    text_of = {(corpus.documents[s.doc].id, s.index): s.text for s in corpus.sentences}
    for sentence in seed_brief.sentences:
        for source in shown(sentence):
            quoted = text_of[(source.document, source.sentence)]
            assert f"<blockquote>{_escaped(quoted)}</blockquote>" in seed_page


def _escaped(value: str) -> str:
    import html

    return html.escape(value, quote=True)


def test_differences_stand_side_by_side_with_the_differing_words_marked(seed_brief, seed_page):
    assert seed_brief.differences, "the sample reports differ (93,000 'at least' vs 'more than')"
    variants = seed_page.count('<figure class="variant">')
    assert variants == sum(len(d.variants) for d in seed_brief.differences)
    for difference in seed_brief.differences:
        for variant in difference.variants:
            if variant.changed:
                assert f"<mark>{_escaped(variant.changed)}</mark>" in seed_page


def test_sources_list_each_report_with_outlet_title_and_date(seed_brief, seed_page):
    items = re.findall(r'<li id="source-(\d+)">(.*?)</li>', seed_page)
    assert [int(n) for n, _ in items] == list(range(1, len(seed_brief.documents) + 1))
    for (_, item), document in zip(items, seed_brief.documents):
        for part in (document.outlet, document.title, document.date, document.id):
            if part:
                assert _escaped(part) in item


def _brief(text: str, title: str, **sentence) -> Brief:
    documents = [Document(id="a.txt", path=None, paragraphs=(text,), title=title, outlet="O<b>",
                          date="May 1"),
                 Document(id="b.txt", path=None, paragraphs=("Another report says little.",))]
    sentences = [BriefSentence(sentence.pop("shown", text), [Source("a.txt", 0)], **sentence)]
    return Brief("test", Budget.parse("50w"), sentences, documents)


def test_markup_in_a_report_is_shown_as_text_never_run():
    evil = 'The mayor wrote <script>alert("x")</script> & left <img src=x onerror=alert(1)>.'
    brief = _brief(evil, "<script>bad()</script>")
    brief.headline, brief.headline_source = "<script>bad()</script>", "a.txt"
    page = to_html(brief)
    assert page.count("<script>") == 1  # the page's own
    assert "<img" not in page and "onerror=alert(1)>" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; left" in page
    assert "<title>&lt;script&gt;bad()&lt;/script&gt;</title>" in page
    assert '<li id="source-1">O&lt;b&gt;, &ldquo;&lt;script&gt;bad()' in page
    assert "O&lt;b&gt;" in page


def test_rewritten_and_refused_sentences_are_marked_with_their_sources():
    source = "The council voted on Monday to close the old bridge for repairs."
    rewritten = to_html(_brief(source, "T", shown="The council closed the bridge.", rewritten=True))
    assert '<span class="badge"' in rewritten and ">rewritten</span>" in rewritten
    assert f"<blockquote>{source}</blockquote>" in rewritten  # what the model rewrote
    assert "were written by a model" in rewritten
    kept = to_html(_brief(source, "T", guard="a number changed"))
    assert "rewrite was refused" in kept and 'title="a number changed"' in kept
    plain = to_html(_brief(source, "T"))
    assert "badge" not in plain.split("<main>", 1)[1]


def test_the_cli_writes_the_page(tmp_path):
    out = tmp_path / "brief.html"
    result = subprocess.run([sys.executable, "-m", "summarizer.cli", str(SEEDS / "004_17af0970cbd08303.txt"),
                             "-f", "html", "-l", "3s", "-o", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and "1 of 1 report" in page
    assert "There is one report only: nothing to compare." in page


def test_batch_index_lists_every_story_with_a_link_status_and_words():
    entries = [BatchEntry("story one", "ok", 98, "story one/brief.html", headline="Bridge <closed>"),
               BatchEntry("s2", "failed", None, None, message="no reports in s2/"),
               BatchEntry("s3", "ok", 101, "s3.html")]
    page = render_batch_index(entries, title="Run of May 1")
    _self_contained_except_links = [a["href"] for t, a in parse(page).tags if t == "a"]
    assert _self_contained_except_links == ["story%20one/brief.html", "s3.html"]
    rows = re.findall(r"<tr>(.*?)</tr>", page)[1:]
    assert len(rows) == 3
    assert "Bridge &lt;closed&gt;" in rows[0] and ">98<" in rows[0]
    assert ">failed<" in rows[1] and "no reports in s2/" in rows[1]
    assert "3 stories, 2 summarized" in page and "<title>Run of May 1</title>" in page


def test_a_disputed_sentence_is_told_as_the_accounts_with_their_citations():
    data = Path(__file__).resolve().parents[3] / "data" / "trust" / "contradiction_count"
    brief = summarize(data, embeddings=False)
    page = to_html(brief)
    item = re.search(r'<li class="sentence" id="sentence-1"><p>(.*?)</p>', page).group(1)
    button = ('<button type="button" class="cite" aria-expanded="false" aria-controls="s1-a{a}-r{n}" '
              'aria-label="Report {n}: {title}">{n}</button>')
    first, fourth = "Explosion at chemical plant", "Fourth worker dies after chemical plant explosion"
    assert item == ("Reports differ: " + button.format(a=1, n=1, title=first)
                    + f" says &ldquo;{escape(brief.sentences[0].text)}&rdquo; ("
                    + button.format(a=1, n=2, title=first) + " too, in other words); " + button.format(a=2, n=3, title=fourth)
                    + " says &ldquo;A fourth victim has died after the explosion at the Halvern chemical plant on the river"
                    " bank, the county coroner said.&rdquo;.")
    assert item.count("Three workers were killed") == 1  # only as reports 1 and 2's account
    for panel in ("s1-a1-r1", "s1-a1-r2", "s1-a2-r3"):
        assert f'id="{panel}" hidden' in page
    assert '<a href="#difference-1">reports differ in accounts</a>' in page
    assert '<h3>Claim</h3>' in page


def test_a_fused_sentence_is_marked_with_the_reports_it_was_made_from():
    import dataclasses

    source = "The council voted on Monday to close the old bridge for repairs."
    brief = _brief(source, "T", shown="The council voted to close the old bridge, officials said.",
                   rewritten=True)
    fused = dataclasses.replace(brief.sentences[0], operation="fused")
    page = to_html(dataclasses.replace(brief, sentences=[fused]))
    reports = len(fused.support)
    assert f">fused from {reports} report{'s' if reports != 1 else ''}</span>" in page
    assert f"<blockquote>{source}</blockquote>" in page  # the source it was made from
