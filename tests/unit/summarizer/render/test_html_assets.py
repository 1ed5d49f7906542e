"""``summarizer.render.html_assets``: the shared page shell is self-contained, escapes its
title, readable on a phone, printable, and its one script toggles panels."""

from __future__ import annotations

import os
import re
import shutil
from html.parser import HTMLParser
from pathlib import Path

import pytest

from summarizer.render.html_assets import BASE_CSS, TOGGLE_JS, page, text


class _Tags(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.title = ""
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))
        self._in_title = tag == "title"

    def handle_endtag(self, tag):
        self._in_title = False

    def handle_data(self, data):
        if self._in_title:
            self.title += data


def _parse(html: str) -> _Tags:
    parser = _Tags()
    parser.feed(html)
    return parser


def test_the_title_is_escaped_and_the_body_css_and_script_are_inserted_as_given():
    html = page('Fire & "smoke" <2024>', "<p id=x>Body &amp; text</p>", css=".x{color:red}",
                script="var y = 1;")
    parsed = _parse(html)
    assert parsed.title == 'Fire & "smoke" <2024>'
    assert "<title>Fire &amp; &quot;smoke&quot; &lt;2024&gt;</title>" in html
    assert "<main>\n<p id=x>Body &amp; text</p>\n</main>" in html
    assert f"<style>{BASE_CSS}.x{{color:red}}</style>" in html
    assert f"<script>{TOGGLE_JS}var y = 1;</script>" in html
    assert html.startswith("<!DOCTYPE html>\n<html lang=\"en\">") and html.endswith("</html>\n")


def test_wide_pages_get_the_wide_main():
    assert '<main class="wide">' in page("t", "", wide=True)
    assert '<main class="wide">' not in page("t", "")
    assert "main.wide" in BASE_CSS


def test_the_page_fetches_nothing_and_forbids_fetching():
    html = page("t", "<p>x</p>")
    tags = _parse(html).tags
    policy = next(a["content"] for t, a in tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert policy.startswith("default-src 'none';")
    assert not [t for t, a in tags if "src" in a or "href" in a]  # no external script, style, font
    assert not re.search(r"url\(|@import|https?://", html)


def test_phone_width_and_print_rules():
    html = page("t", "")
    viewport = [a for t, a in _parse(html).tags if t == "meta" and a.get("name") == "viewport"]
    assert viewport == [{"name": "viewport", "content": "width=device-width, initial-scale=1"}]
    assert "overflow-wrap: break-word" in BASE_CSS and ".scroll { overflow-x: auto" in BASE_CSS
    printed = BASE_CSS[BASE_CSS.index("@media print"):]
    assert ".no-print, select { display: none !important; }" in printed
    assert "[hidden].print-open { display: block !important; }" in printed


def test_the_script_toggles_the_panel_a_button_controls():
    assert "button[aria-controls]" in TOGGLE_JS and "aria-expanded" in TOGGLE_JS
    assert "panel.hidden = !open" in TOGGLE_JS
    assert "select[data-show]" in TOGGLE_JS


def test_text_escapes_markup_and_both_quotes_for_attributes():
    assert text('<a href="x">Tom\'s & co</a>') == "&lt;a href=&quot;x&quot;&gt;Tom&#x27;s &amp; co&lt;/a&gt;"
    assert text(42) == "42" and text(None) == "None"


# --- in a real browser (Debian's chromium through Playwright; skipped without them) ---------

CHROMIUM = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
BODY = ('<button aria-controls="panel" aria-expanded="false">More</button>'
        '<div id="panel" class="print-open" hidden>Details</div>'
        '<select data-show=".choice"><option value="a">A</option><option value="b">B</option></select>'
        '<div class="choice" data-key="a">Panel A</div><div class="choice" data-key="b" hidden>Panel B</div>'
        '<p>' + "Unbreakable" * 40 + '</p>')


@pytest.fixture(scope="module")
def browser_page(tmp_path_factory):
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).is_file():
        pytest.skip(f"no chromium at {CHROMIUM}")
    path = tmp_path_factory.mktemp("assets") / "page.html"
    path.write_text(page("Panels", BODY), encoding="utf-8")
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, headless=True,
                                             args=["--no-sandbox", "--disable-gpu"])
        tab = browser.new_page(viewport={"width": 375, "height": 740})
        tab.goto(path.as_uri())
        yield tab
        browser.close()


def test_in_a_browser_a_button_opens_and_closes_its_panel(browser_page):
    button, panel = browser_page.locator("button"), browser_page.locator("#panel")
    assert not panel.is_visible() and button.get_attribute("aria-expanded") == "false"
    button.click()
    assert panel.is_visible() and button.get_attribute("aria-expanded") == "true"
    button.focus()
    browser_page.keyboard.press("Enter")
    assert not panel.is_visible() and button.get_attribute("aria-expanded") == "false"


def test_in_a_browser_a_select_shows_one_panel_of_its_group(browser_page):
    browser_page.select_option("select", "b")
    assert browser_page.locator('[data-key="b"]').is_visible()
    assert not browser_page.locator('[data-key="a"]').is_visible()


def test_in_a_browser_nothing_is_wider_than_a_phone_and_print_opens_panels(browser_page):
    assert browser_page.evaluate("document.documentElement.scrollWidth") <= 375
    browser_page.evaluate("document.getElementById('panel').hidden = true")
    browser_page.emulate_media(media="print")
    try:
        assert browser_page.locator("#panel").is_visible()
        assert not browser_page.locator("select").is_visible()
    finally:
        browser_page.emulate_media(media="screen")
