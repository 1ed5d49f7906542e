"""Report formats: DUC/TREC SGML, HTML, Markdown and plain text, each parsed into paragraphs
with whatever metadata the format gives (headline, outlet, date); hard-wrapped lines are
rejoined so that every later rule sees whole paragraphs."""

from __future__ import annotations

import re
from dataclasses import dataclass

from summarizer.text import ends_sentence, normalize

@dataclass
class Raw:
    """A report before cleaning: paragraphs and whatever metadata the format gave."""

    id: str
    path: str | None
    paragraphs: list[str]
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    from_string: bool = False


_SGML_DOC_RE = re.compile(r"<DOC>(.*?)(?:</DOC>|(?=<DOC>)|\Z)", re.S | re.I)
#: The body; a file cut short (no ``</TEXT>``) still has one, up to the end of its <DOC>.
_SGML_TEXT_RE = re.compile(r"<TEXT[^>]*>(.*?)(?:</TEXT>|\Z)", re.S | re.I)


def _sgml_field(doc: str, *tags: str) -> str | None:
    for tag in tags:
        match = re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", doc, re.S | re.I)
        if match:
            value = re.sub(r"<[^>]+>", " ", match.group(1))
            return " ".join(value.split()) or None
    return None


def _parse_sgml(text: str, name: str, path: str | None) -> list[Raw]:
    """DUC/TREC SGML: one file may hold several <DOC>s; the body is in <TEXT>."""
    docs = _SGML_DOC_RE.findall(text) or [text]
    raws = []
    for i, doc in enumerate(docs):
        body = _SGML_TEXT_RE.search(doc)
        if not body:
            continue
        content = re.sub(r"</?P>", "\n\n", body.group(1), flags=re.I)
        content = re.sub(r"<[^>]+>", " ", content)
        doc_id = _sgml_field(doc, "DOCNO") or (name if len(docs) == 1 else f"{name}#{i + 1}")
        raws.append(Raw(
            id=doc_id, path=path, paragraphs=paragraphs_from_text(content),
            title=_sgml_field(doc, "HEADLINE", "HEADER", "TITLE"),
            date=_sgml_field(doc, "DATE_TIME", "DATE"),
        ))
    return raws


def _parse_html(text: str, name: str, path: str | None) -> list[Raw]:
    """HTML: trafilatura finds the article's main text and its metadata."""
    import trafilatura

    extracted = trafilatura.bare_extraction(text, with_metadata=True, include_comments=False,
                                            include_tables=False)
    if extracted is None or not (extracted.text or "").strip():
        return []
    paragraphs = [p for p in (line.strip() for line in extracted.text.split("\n")) if p]
    title = extracted.title
    if paragraphs and title and normalize(paragraphs[0]) == normalize(title):
        paragraphs = paragraphs[1:]
    return [Raw(id=name, path=path, paragraphs=paragraphs, title=title,
                 outlet=extracted.sitename, date=extracted.date)]


def _parse_markdown(text: str, name: str, path: str | None) -> list[Raw]:
    """Markdown: markdown-it parses it; headings, paragraphs and list items become text;
    tables are left out (their cells are not sentences)."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").enable("table").parse(text)
    paragraphs: list[str] = []
    title = None
    in_heading = in_table = False
    for token in tokens:
        if token.type in ("table_open", "table_close"):
            in_table = token.type == "table_open"  # tables are data, not prose: left out
        elif in_table:
            continue
        elif token.type == "heading_open":
            in_heading = True
        elif token.type == "heading_close":
            in_heading = False
        elif token.type == "inline":
            content = "".join(child.content for child in token.children or []
                              if child.type in ("text", "code_inline", "softbreak"))
            content = " ".join(content.split())
            if in_heading and title is None and not paragraphs:
                title = content
            elif content:
                paragraphs.append(content)
    return [Raw(id=name, path=path, paragraphs=paragraphs, title=title)]


def _parse_plain(text: str, name: str, path: str | None) -> list[Raw]:
    return [Raw(id=name, path=path, paragraphs=paragraphs_from_text(text))]


def detect_format(text: str, suffix: str) -> str:
    head = text[:2000].lstrip().lower()
    if re.search(r"<text[\s>]", head) or head.startswith("<doc>") or suffix in (".sgml", ".sgm"):
        return "sgml"
    if suffix in (".html", ".htm", ".xhtml") or head.startswith(("<!doctype html", "<html")):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "text"


PARSERS = {"sgml": _parse_sgml, "html": _parse_html, "markdown": _parse_markdown, "text": _parse_plain}


# --- hard-wrapped lines ------------------------------------------------------------------

#: A block whose longest line is at most this wide, and whose lines mostly reach near that
#: width, was hard-wrapped by its writer (DUC documents wrap at about 70 columns).
MAX_WRAP_WIDTH = 100


def _is_wrapped(lines: list[str]) -> bool:
    if len(lines) < 2:
        return False
    width = max(len(line.rstrip()) for line in lines)
    if width > MAX_WRAP_WIDTH:
        return False
    full = sum(1 for line in lines[:-1] if len(line.rstrip()) >= 0.6 * width)
    return full >= 0.6 * (len(lines) - 1)


def _unwrap(lines: list[str]) -> list[str]:
    """Rejoin a hard-wrapped block; an indented line or a short line that ends a sentence
    still ends a paragraph."""
    width = max(len(line.rstrip()) for line in lines)
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if paragraphs[-1] and line[:1] in ("\t", " ") and line.strip():
            paragraphs.append([])
        paragraphs[-1].append(line.strip())
        if len(line.rstrip()) < 0.6 * width and ends_sentence(line):
            paragraphs.append([])
    return [" ".join(p) for p in paragraphs if p]


def paragraphs_from_text(text: str) -> list[str]:
    """Paragraphs of plain text: blocks between blank lines, hard wraps rejoined first,
    so that every later rule sees whole paragraphs, never wrapped line fragments."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    paragraphs: list[str] = []
    for block in re.split(r"\n\s*\n", text):
        lines = [line for line in block.split("\n") if line.strip()]
        if not lines:
            continue
        if _is_wrapped(lines):
            paragraphs.extend(_unwrap(lines))
        else:
            paragraphs.extend(line.strip() for line in lines)
    return [normalize(p) for p in paragraphs if p.strip()]
