"""The HTML pages in a real browser: Debian's chromium, driven headless by Playwright.

Nothing downloads a browser: Playwright's Python package launches the system's chromium
(``CHROMIUM`` names another binary). The tests skip when either is missing.

Screenshots are kept as test artifacts in ``outputs/test-artifacts/browser/`` (git-ignored;
``SUMMARIZER_ARTIFACTS`` names another folder).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

sync_api = pytest.importorskip("playwright.sync_api")

from summarizer.api import summarize  # noqa: E402
from summarizer.cli import app  # noqa: E402
from summarizer.corpus import Corpus  # noqa: E402
from summarizer.render.html import BatchEntry, render_batch_index, to_html  # noqa: E402

REPO = Path(__file__).resolve().parents[2]
SEEDS = REPO / "seeds"
TINY = REPO / "tests" / "data" / "tiny_dataset"
ARTIFACTS = Path(os.environ.get("SUMMARIZER_ARTIFACTS", REPO / "outputs" / "test-artifacts" / "browser"))
CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run"]
PHONE = {"width": 375, "height": 740}

pytestmark = pytest.mark.skipif(not Path(CHROMIUM).is_file(), reason=f"no chromium at {CHROMIUM}")


@pytest.fixture(scope="module")
def browser():
    with sync_api.sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS, headless=True)
        yield launched
        launched.close()


@pytest.fixture(scope="module")
def pages(tmp_path_factory):
    """The three pages: the brief of the sample reports, an eval report, a batch index."""
    folder = tmp_path_factory.mktemp("pages")
    brief = summarize(sorted(SEEDS.iterdir()), length="120w")
    (folder / "brief.html").write_text(to_html(brief), encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(TINY), "-s", "lead", "-s", "lexrank",
                                      "--baseline", "Oracle", "--jobs", "1", "--no-progress",
                                      "--report", str(folder / "report.html")])
    assert result.exit_code == 0, result.stderr
    entries = [BatchEntry("kerry-lavrov", "ok", len(brief.text.split()), "brief.html",
                          headline=brief.headline),
               BatchEntry("empty-story", "failed", message="no reports in empty-story/")]
    (folder / "index.html").write_text(render_batch_index(entries, "Batch"), encoding="utf-8")
    return folder, brief


class Opened:
    """A page in a fresh tab, collecting console errors and uncaught exceptions."""

    def __init__(self, browser, path: Path, viewport=None) -> None:
        self.page = browser.new_page(viewport=viewport or {"width": 1100, "height": 900})
        self.errors: list[str] = []
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))
        self.page.goto(path.as_uri())

    def screenshot(self, name: str) -> Path:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        target = ARTIFACTS / name
        self.page.screenshot(path=str(target), full_page=True)
        return target

    def overflow(self) -> int:
        """How far the page is wider than the screen (0: no horizontal scrolling)."""
        return self.page.evaluate(
            "document.documentElement.scrollWidth - document.documentElement.clientWidth")


@pytest.fixture
def opened(browser):
    tabs: list[Opened] = []

    def open_page(path: Path, viewport=None) -> Opened:
        tabs.append(Opened(browser, path, viewport))
        return tabs[-1]

    yield open_page
    for tab in tabs:
        tab.page.close()


def _cited_sources(brief, sentence):
    """The sources behind a sentence's buttons: a disputed sentence is told as its accounts,
    and its first button cites the first account's reports."""
    if sentence.disputed is not None:
        return brief.differences[sentence.disputed].variants[0].sources
    return sentence.sources


def _first_cited(brief):
    """A report sentence the first citation button shows: buttons are in report order."""
    sources = next(c for c in (_cited_sources(brief, s) for s in brief.sentences) if c)
    order = {doc.id: i for i, doc in enumerate(brief.documents)}
    source = min(sources, key=lambda c: order[c.document])
    corpus = Corpus(brief.documents)
    text_of = {(corpus.documents[s.doc].id, s.index): s.text for s in corpus.sentences}
    return text_of[(source.document, source.sentence)]


def test_clicking_a_citation_shows_the_cited_report_sentence(pages, opened):
    folder, brief = pages
    tab = opened(folder / "brief.html")
    button = tab.page.locator("button.cite").first
    panel = tab.page.locator(f"#{button.get_attribute('aria-controls')}")
    assert not panel.is_visible()
    button.click()
    assert button.get_attribute("aria-expanded") == "true" and panel.is_visible()
    assert _first_cited(brief) in panel.inner_text()
    tab.screenshot("brief-citation-open.png")
    button.click()
    assert button.get_attribute("aria-expanded") == "false" and not panel.is_visible()
    assert tab.errors == []


def test_citations_open_from_the_keyboard(pages, opened):
    folder, _ = pages
    tab = opened(folder / "brief.html")
    buttons = tab.page.locator("button.cite")
    second = buttons.nth(1)
    panel = tab.page.locator(f"#{second.get_attribute('aria-controls')}")
    second.focus()
    tab.page.keyboard.press("Enter")
    assert panel.is_visible() and second.get_attribute("aria-expanded") == "true"
    tab.page.keyboard.press("Space")
    assert not panel.is_visible()
    assert tab.errors == []


def test_print_shows_every_cited_sentence_and_hides_the_hint(pages, opened):
    folder, _ = pages
    tab = opened(folder / "brief.html")
    tab.page.emulate_media(media="print")
    panels = tab.page.locator(".evidence")
    assert panels.count() > 0 and all(panels.nth(i).is_visible() for i in range(panels.count()))
    assert not tab.page.locator(".no-print").first.is_visible()
    tab.page.pdf(path=str(folder / "brief.pdf"))  # prints without error
    assert (folder / "brief.pdf").read_bytes()[:4] == b"%PDF"


@pytest.mark.parametrize("name", ["brief.html", "report.html", "index.html"])
def test_phone_width_has_no_horizontal_overflow_and_no_console_error(pages, opened, name):
    folder, _ = pages
    tab = opened(folder / name, viewport=PHONE)
    assert tab.overflow() == 0
    tab.screenshot(name.replace(".html", "-phone.png"))
    assert tab.errors == []


def test_report_table_sorts_and_the_scatter_follows_the_choice(pages, opened):
    folder, _ = pages
    tab = opened(folder / "report.html")
    names = tab.page.locator("table.scores tbody tr td:nth-child(2)")
    ranked = names.all_inner_texts()
    tab.page.locator("table.scores th button", has_text="system").click()
    assert names.all_inner_texts() == sorted(ranked, key=str.lower)
    tab.page.locator("table.scores th button", has_text="system").click()
    assert names.all_inner_texts() == sorted(ranked, key=str.lower, reverse=True)
    assert tab.page.locator('figure.scatter[data-key="lead"]').is_visible()
    tab.page.select_option("#scatter-choice", "Tail")
    assert tab.page.locator('figure.scatter[data-key="Tail"]').is_visible()
    assert not tab.page.locator('figure.scatter[data-key="lead"]').is_visible()
    tab.page.select_option("#scatter-choice", "lead")
    tab.page.locator("table.scores th button", has_text="#").click()
    assert names.all_inner_texts() == ranked
    tab.screenshot("eval-report.png")
    assert tab.errors == []


def test_the_index_links_to_the_story_page(pages, opened):
    folder, brief = pages
    tab = opened(folder / "index.html")
    tab.page.locator("a", has_text="kerry-lavrov").click()
    tab.page.wait_for_load_state()
    assert tab.page.locator("h1").inner_text().startswith(brief.headline)
    assert tab.errors == []


def test_a_script_in_a_report_never_runs(tmp_path, opened):
    report = tmp_path / "evil.txt"
    report.write_text("Officials said <script>window.pwned = 1; console.error('ran')</script> the "
                      "bridge would reopen on Monday. Repairs cost $3 million, the council said.\n",
                      encoding="utf-8")
    (tmp_path / "evil.html").write_text(to_html(summarize([report], length="50w")), encoding="utf-8")
    tab = opened(tmp_path / "evil.html")
    assert tab.page.evaluate("typeof window.pwned") == "undefined"
    assert "said <script>window.pwned = 1;" in tab.page.locator("main").inner_text()
    assert tab.errors == []
