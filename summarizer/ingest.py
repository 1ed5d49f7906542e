"""Reading reports: files, folders, stdin or raw strings, in any of the formats we accept.

The flow for one input is: bytes -> text (encoding detection) -> format (HTML, Markdown,
DUC/TREC SGML, plain text) -> paragraphs (hard-wrapped lines rejoined) -> metadata
(headline, dateline, outlet) -> clutter removed -> broken final sentence removed.

Clutter is recognised by general rules (see ``clutter.py``), never by the sample reports'
strings, so that any news page is cleaned the same way.
"""

from __future__ import annotations

import logging
import re
import sys
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

from summarizer import clutter
from summarizer.errors import InputError
from summarizer.text import ends_sentence, normalize, split_sentences, word_count

log = logging.getLogger("summarizer")

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".sgml", ".sgm", ".xml", ""}


@dataclass(frozen=True)
class Document:
    """One report: where it came from, what it says (clean paragraphs) and its metadata."""

    id: str
    path: str | None
    paragraphs: tuple[str, ...]
    title: str | None = None
    outlet: str | None = None
    date: str | None = None
    place: str | None = None
    truncated: bool = False  # the report ended mid-sentence; that sentence was dropped
    removed: tuple[str, ...] = field(default=(), repr=False)  # clutter lines, for inspection

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)


# --- bytes to text -----------------------------------------------------------------------

_BOMS = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe", "utf-16"),
    (b"\xfe\xff", "utf-16"),
)


def decode(data: bytes) -> str | None:
    """Text of a file's bytes, or None when the bytes are not text.

    A byte-order mark decides first; then strict UTF-8; then charset-normalizer's guess for
    legacy encodings (cp1252, latin-1, ...). NUL bytes without a UTF-16/32 BOM mean binary.
    """
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    if b"\x00" in data[:8192]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        return None
    text = str(best)
    control = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\r\n\t\f")
    return None if control > 4 else text


# --- formats -----------------------------------------------------------------------------


@dataclass
class _Raw:
    """A report before cleaning: paragraphs and whatever metadata the format gave."""

    id: str
    path: str | None
    paragraphs: list[str]
    title: str | None = None
    outlet: str | None = None
    date: str | None = None


_SGML_DOC_RE = re.compile(r"<DOC>(.*?)</DOC>", re.S | re.I)


def _sgml_field(doc: str, *tags: str) -> str | None:
    for tag in tags:
        match = re.search(rf"<{tag}[^>]*>(.*?)</{tag}>", doc, re.S | re.I)
        if match:
            value = re.sub(r"<[^>]+>", " ", match.group(1))
            return " ".join(value.split()) or None
    return None


def _parse_sgml(text: str, name: str, path: str | None) -> list[_Raw]:
    """DUC/TREC SGML: one file may hold several <DOC>s; the body is in <TEXT>."""
    docs = _SGML_DOC_RE.findall(text) or [text]
    raws = []
    for i, doc in enumerate(docs):
        body = re.search(r"<TEXT[^>]*>(.*?)</TEXT>", doc, re.S | re.I)
        if not body:
            continue
        content = re.sub(r"</?P>", "\n\n", body.group(1), flags=re.I)
        content = re.sub(r"<[^>]+>", " ", content)
        doc_id = _sgml_field(doc, "DOCNO") or (name if len(docs) == 1 else f"{name}#{i + 1}")
        raws.append(_Raw(
            id=doc_id, path=path, paragraphs=paragraphs_from_text(content),
            title=_sgml_field(doc, "HEADLINE", "HEADER", "TITLE"),
            date=_sgml_field(doc, "DATE_TIME", "DATE"),
        ))
    return raws


def _parse_html(text: str, name: str, path: str | None) -> list[_Raw]:
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
    return [_Raw(id=name, path=path, paragraphs=paragraphs, title=title,
                 outlet=extracted.sitename, date=extracted.date)]


def _parse_markdown(text: str, name: str, path: str | None) -> list[_Raw]:
    """Markdown: markdown-it parses it; headings, paragraphs and list items become text."""
    from markdown_it import MarkdownIt

    tokens = MarkdownIt("commonmark").parse(text)
    paragraphs: list[str] = []
    title = None
    in_heading = False
    for token in tokens:
        if token.type == "heading_open":
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
    return [_Raw(id=name, path=path, paragraphs=paragraphs, title=title)]


def _parse_plain(text: str, name: str, path: str | None) -> list[_Raw]:
    return [_Raw(id=name, path=path, paragraphs=paragraphs_from_text(text))]


def _detect_format(text: str, suffix: str) -> str:
    head = text[:2000].lstrip().lower()
    if re.search(r"<text[\s>]", head) or head.startswith("<doc>") or suffix in (".sgml", ".sgm"):
        return "sgml"
    if suffix in (".html", ".htm", ".xhtml") or head.startswith(("<!doctype html", "<html")):
        return "html"
    if suffix in (".md", ".markdown"):
        return "markdown"
    return "text"


_PARSERS = {"sgml": _parse_sgml, "html": _parse_html, "markdown": _parse_markdown, "text": _parse_plain}


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


# --- cleaning ----------------------------------------------------------------------------


def _drop_broken_ending(paragraphs: list[str]) -> tuple[list[str], bool]:
    """A report cut off mid-sentence must not contribute its broken last sentence."""
    if not paragraphs or ends_sentence(paragraphs[-1]):
        return paragraphs, False
    sentences = split_sentences(paragraphs[-1])
    kept = " ".join(sentences[:-1])
    return (paragraphs[:-1] + [kept]) if kept else paragraphs[:-1], True


def _clean(raw: _Raw, repeated: set[str]) -> Document:
    paragraphs = list(raw.paragraphs)
    title = raw.title
    if title is None:
        title, paragraphs = clutter.take_headline(paragraphs)
    meta = clutter.Metadata(outlet=raw.outlet, date=raw.date)
    body, removed = clutter.remove_clutter(paragraphs, repeated, meta)
    body, truncated = _drop_broken_ending(body)
    if truncated:
        log.info("%s ends mid-sentence: its last sentence was left out", raw.id)
    return Document(
        id=raw.id, path=raw.path, paragraphs=tuple(body), title=title,
        outlet=meta.outlet, date=meta.date, place=meta.place, truncated=truncated,
        removed=tuple(removed),
    )


# --- entry points ------------------------------------------------------------------------


def _read_path(path: Path) -> list[_Raw]:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {path}: {error.strerror or error}") from None
    text = decode(data)
    if text is None or not text.strip():
        log.warning("skipping %s: not a text file", path)
        return []
    parser = _PARSERS[_detect_format(text, path.suffix.lower())]
    return parser(text, path.name, str(path))


def _expand(inputs: Sequence[str | Path]) -> list[tuple[str, Path | str]]:
    """Each input as ("path", Path) or ("text", str); folders give their files, sorted."""
    items: list[tuple[str, Path | str]] = []
    for item in inputs:
        if isinstance(item, Path) or (isinstance(item, str) and _looks_like_path(item)):
            path = Path(item)
            if str(item) == "-":
                items.append(("text", sys.stdin.read()))
            elif path.is_dir():
                files = sorted(p for p in path.iterdir() if p.is_file() and not p.name.startswith("."))
                if not files:
                    raise InputError(f"folder {path} is empty")
                items.extend(("path", p) for p in files)
            elif path.is_file():
                items.append(("path", path))
            else:
                raise InputError(f"no such file or folder: {item}")
        else:
            items.append(("text", str(item)))
    return items


def _looks_like_path(item: str) -> bool:
    """A string names a file unless it is clearly prose (several lines or many words)."""
    return item == "-" or ("\n" not in item and len(item.split()) <= 3)


def load_documents(inputs: Sequence[str | Path] | str | Path) -> list[Document]:
    """Read reports from paths (files or folders), ``-`` (stdin) or raw text strings."""
    if isinstance(inputs, (str, Path)):
        inputs = [inputs]
    raws: list[_Raw] = []
    text_count = 0
    for kind, value in _expand(list(inputs)):
        if kind == "path":
            raws.extend(_read_path(value))  # type: ignore[arg-type]
        else:
            text_count += 1
            name = "stdin" if value is not None and inputs == ["-"] else f"text-{text_count}"
            raws.extend(_parse_plain_or_detect(str(value), name))
    raws = [r for r in raws if r.paragraphs]
    if not raws:
        raise InputError("no readable text in the input")
    repeated = clutter.repeated_lines([r.paragraphs for r in raws])
    documents = [_clean(raw, repeated) for raw in raws]
    documents = [d for d in documents if d.paragraphs]
    if not documents:
        raise InputError("no readable text in the input (only clutter was found)")
    return _unique_ids(documents)


def _parse_plain_or_detect(text: str, name: str) -> list[_Raw]:
    return _PARSERS[_detect_format(text, "")](text, name, None)


def _unique_ids(documents: Iterable[Document]) -> list[Document]:
    seen: dict[str, int] = {}
    result = []
    for doc in documents:
        count = seen.get(doc.id, 0)
        seen[doc.id] = count + 1
        result.append(doc if count == 0 else replace(doc, id=f"{doc.id}#{count + 1}"))
    return result


def total_words(documents: Sequence[Document]) -> int:
    return sum(word_count(p) for d in documents for p in d.paragraphs)
