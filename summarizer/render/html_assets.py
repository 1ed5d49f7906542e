"""What every HTML page of the project shares: the document shell, the base style sheet and
the one script that opens and closes panels.

Pages are self-contained (no external file, font or script, nothing fetched), readable at
phone width (nothing is wider than the screen: long words wrap, wide tables scroll inside
their own box) and print cleanly (controls hidden, every panel printed open).
"""

from __future__ import annotations

from html import escape

BASE_CSS = """
:root { --ink:#1d232a; --muted:#5a6570; --line:#d5dbe1; --soft:#f3f5f7; --accent:#1f5fa8;
        --mark:#fff0a6; --ours:#1f5fa8; --peer:#7a828a; --bad:#a8321f; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; color: var(--ink); background: #fff; line-height: 1.5;
       font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
main { max-width: 48rem; margin: 0 auto; padding: 1.25rem 1rem 3rem; overflow-wrap: break-word; }
main.wide { max-width: 90rem; }
h1 .ref, h3 .ref { font-size: .7em; font-weight: 400; }
h1 { font-size: 1.6rem; line-height: 1.25; margin: .25rem 0 .75rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 .75rem; padding-bottom: .25rem; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05rem; margin: 1.25rem 0 .5rem; }
p { margin: .4rem 0; }
.kicker, .muted { color: var(--muted); font-size: .9rem; }
button { font: inherit; cursor: pointer; }
button:focus-visible, summary:focus-visible, select:focus-visible, a:focus-visible {
  outline: 3px solid var(--accent); outline-offset: 2px; }
.scroll { overflow-x: auto; max-width: 100%; }
.note { background: var(--soft); border-left: 4px solid var(--line); padding: .5rem .75rem; margin: .75rem 0; }
svg { max-width: 100%; height: auto; display: block; }
@media print {
  body { font-size: 11pt; }
  main { max-width: none; padding: 0; }
  .no-print, select { display: none !important; }
  [hidden].print-open { display: block !important; }
  a { color: inherit; text-decoration: none; }
  h2, h3 { break-after: avoid; }
  li, tr, figure { break-inside: avoid; }
}
"""

#: Buttons with ``aria-controls`` open and close the panel they name; Enter and Space work
#: because they are real buttons. ``data-show`` selects which of a group of panels shows.
TOGGLE_JS = """
(function () {
  function toggle(button) {
    var panel = document.getElementById(button.getAttribute('aria-controls'));
    if (!panel) { return; }
    var open = button.getAttribute('aria-expanded') !== 'true';
    button.setAttribute('aria-expanded', open ? 'true' : 'false');
    panel.hidden = !open;
  }
  document.addEventListener('click', function (event) {
    var button = event.target.closest('button[aria-controls]');
    if (button) { toggle(button); }
  });
  document.addEventListener('change', function (event) {
    var select = event.target.closest('select[data-show]');
    if (!select) { return; }
    document.querySelectorAll(select.getAttribute('data-show')).forEach(function (panel) {
      panel.hidden = panel.getAttribute('data-key') !== select.value;
    });
  });
})();
"""


def page(title: str, body: str, css: str = "", script: str = "", wide: bool = False) -> str:
    """A whole HTML document. ``title`` is plain text (escaped here); ``body``, ``css`` and
    ``script`` are markup the caller built (and escaped) itself."""
    main = '<main class="wide">' if wide else "<main>"
    return ("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; "
            "style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n"
            f"<title>{escape(title)}</title>\n<style>{BASE_CSS}{css}</style>\n</head>\n<body>\n"
            f"{main}\n{body}\n</main>\n<script>{TOGGLE_JS}{script}</script>\n</body>\n</html>\n")


def text(value: object) -> str:
    """Any value as escaped HTML text (quotes too, so it is safe in attributes)."""
    return escape(str(value), quote=True)
