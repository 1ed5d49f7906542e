"""Reading reports: files, folders, stdin, bytes or raw strings, in any of the formats we accept.

The flow for one input is: input -> bytes (``sources.py``) -> text (``decode.py``: encoding,
not-text detection) -> format (HTML, Markdown, DUC/TREC SGML, plain text) -> paragraphs
(hard-wrapped lines rejoined) -> metadata (headline, dateline, outlet) -> clutter removed ->
broken final sentence removed (unless it is all the report has) -> exact copies read once.

Clutter is recognised by general rules (see ``clutter.py``), never by the sample reports'
strings, so that any news page is cleaned the same way. No report disappears silently: a
report left out (not text, in another language than the set's, no prose, a copy of another)
is named in ``Reading.warnings``, with the reason.

Languages: each report's language is detected offline (``language.detect``) unless the
caller names one; a run reads one language, the one most reports are in (English on a tie
with it, else the first report's), and names every report in another language as left out.
Each ``Document`` carries its ``language`` (ISO 639-1), and the clutter rules run in it.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Sequence

from summarizer import language as languages

from summarizer.ingest import clutter
from summarizer.ingest.decode import decode, decode_report  # noqa: F401  (decode: public helper)
from summarizer.errors import InputError
from summarizer.ingest.formats import PARSERS, Raw, detect_format, paragraphs_from_text  # noqa: F401  (public helper)
from summarizer.ingest.sources import Input, collect
from summarizer.text import ends_sentence, split_sentences

log = logging.getLogger("summarizer")

TEXT_SUFFIXES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml", ".sgml", ".sgm", ".xml", ""}
#: Marks the end of a report's unfinished last sentence when it was kept (see ``_ending``).
UNFINISHED_MARK = "..."


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
    truncated: bool = False  # the report ended mid-sentence
    unfinished_kept: bool = False  # ... and that sentence was all it had: kept, marked "..."
    duplicates: tuple[str, ...] = ()  # ids of exact copies of this report, read once
    removed: tuple[str, ...] = field(default=(), repr=False)  # clutter lines, for inspection
    language: str = languages.ENGLISH  # ISO 639-1 code of the language it is written in

    @property
    def text(self) -> str:
        return "\n\n".join(self.paragraphs)

    def sentences(self) -> list[str]:
        """The report's sentences as ``Corpus`` splits them (paragraph by paragraph), so
        ``sentences()[source.sentence]`` is the report's own words of a ``Source``."""
        return [s for p in self.paragraphs for s in split_sentences(p, self.language)]

    @property
    def sentence_count(self) -> int:
        """Sentences this report gives the corpus (split as ``Corpus`` splits them)."""
        return len(self.sentences())


@dataclass
class Reading:
    """What reading the inputs gave: the documents, and a warning for every input or report
    that was skipped, left out or merged; ``language``: the language they are read in."""

    documents: list[Document]
    warnings: list[str]
    language: str = languages.ENGLISH


# --- cleaning ----------------------------------------------------------------------------


def _ending(paragraphs: list[str]) -> tuple[list[str], bool, bool]:
    """(paragraphs, truncated, unfinished_kept). A report cut off mid-sentence must not
    contribute its broken last sentence, unless that sentence is all it has (teasers and
    excerpts): then it is kept, marked with "...", so the report does not vanish."""
    if not paragraphs or ends_sentence(paragraphs[-1]):
        return paragraphs, False, False
    sentences = split_sentences(paragraphs[-1])
    kept = " ".join(sentences[:-1])
    rest = (paragraphs[:-1] + [kept]) if kept else paragraphs[:-1]
    if rest:
        return rest, True, False
    return paragraphs[:-1] + [paragraphs[-1].rstrip(" ,;:-") + UNFINISHED_MARK], True, True


def _left_out_reason(raw: Raw, removed: list[tuple[str, str]]) -> str:
    """Why a report gave no prose, in words a user can act on."""
    if any(reason == clutter.NOTICE for _, reason in removed):
        return "an error page or cookie notice, not a report"
    if raw.from_string and len(raw.paragraphs) == 1 and len(raw.paragraphs[0].split()) <= 3 \
            and not ends_sentence(raw.paragraphs[0]):
        return "neither an existing file or folder nor a report's text"
    return "no prose found (only headlines, menus, captions, credits or tables)"


def _clean(raw: Raw, repeated: set[str], code: str) -> tuple[Document | None, str]:
    """The cleaned report, read in language ``code``, or (None, why it was left out)."""
    with languages.use(code):  # the clutter rules' words, stop words and sentence ends
        document, reason = _clean_in_language(raw, repeated)
    return (replace(document, language=code) if document else None), reason


def _clean_in_language(raw: Raw, repeated: set[str]) -> tuple[Document | None, str]:
    paragraphs = list(raw.paragraphs)
    title = raw.title
    if title is None:
        title, paragraphs = clutter.take_headline(paragraphs)
    meta = clutter.Metadata(outlet=raw.outlet, date=raw.date)
    body, removed = clutter.remove_clutter(paragraphs, repeated, meta)
    if not body:
        return None, _left_out_reason(raw, removed)
    body, truncated, unfinished_kept = _ending(body)
    if truncated:
        log.info("%s ends mid-sentence: %s", raw.id, "its only sentence was kept, marked"
                 if unfinished_kept else "its last sentence was left out")
    return Document(
        id=raw.id, path=raw.path, paragraphs=tuple(body), title=title,
        outlet=meta.outlet, date=meta.date, place=meta.place, truncated=truncated,
        unfinished_kept=unfinished_kept, removed=tuple(p for p, _ in removed),
    ), ""


def _merge_copies(documents: list[Document], warnings: list[str]) -> list[Document]:
    """Exact copies (the same clean text) are one report: the first keeps the others' ids in
    ``duplicates``, so they neither count as support nor crowd the brief."""
    first: dict[tuple[str, ...], int] = {}
    merged: list[Document] = []
    for doc in documents:
        if doc.paragraphs in first:
            index = first[doc.paragraphs]
            merged[index] = replace(merged[index], duplicates=merged[index].duplicates + (doc.id,))
        else:
            first[doc.paragraphs] = len(merged)
            merged.append(doc)
    for doc in merged:
        if doc.duplicates:
            copies = _listed(list(doc.duplicates))
            warnings.append(f"{len(doc.duplicates)} report{'s are exact copies' if len(doc.duplicates) > 1 else ' is an exact copy'} "
                            f"of {doc.id} ({copies}): read once")
    return merged


def _listed(names: list[str], limit: int = 3) -> str:
    return ", ".join(names[:limit]) + (f" and {len(names) - limit} more" if len(names) > limit else "")


def _left_out_summary(left_out: list[tuple[str, str]]) -> str:
    """'x.txt, y.txt: not English (Cyrillic script); z.txt: ...' grouped by reason."""
    by_reason: dict[str, list[str]] = {}
    for name, reason in left_out:
        by_reason.setdefault(reason, []).append(name)
    return "; ".join(f"{_listed(names)}: {reason}" for reason, names in by_reason.items())


# --- entry points ------------------------------------------------------------------------


def _parse(item: Input, warnings: list[str]) -> list[Raw]:
    """The reports in one input; an input that is not text is skipped with a warning."""
    if isinstance(item.content, bytes):
        text, what = decode_report(item.content)
        if text is None:
            warnings.append(f"skipping {item.path or item.name}: not a text file ({what})")
            return []
    else:
        text = item.content
    if not text.strip():
        warnings.append(f"skipping {item.path or item.name}: empty")
        return []
    raws = PARSERS[detect_format(text, item.suffix)](text, item.name, item.path)
    if not raws:
        warnings.append(f"skipping {item.path or item.name}: no report text found in it")
    return [replace(r, from_string=item.from_string) for r in raws]


def read_reports(inputs: Sequence[str | Path | bytes] | str | Path | bytes,
                 language: str | None = None) -> Reading:
    """Read reports from paths (files or folders), ``-`` (stdin), ``bytes`` or text strings.

    ``language``: a name or ISO code ("de", "German"): every report is read in it;
    without it each report's language is detected and the set's language is the majority's.
    Raises ``InputError`` when a named path does not exist, the language is unknown, or
    nothing readable is left; everything skipped or left out is named in the warnings."""
    if isinstance(inputs, (str, Path, bytes, bytearray)):
        inputs = [inputs]
    if not inputs:
        raise InputError("no reports given: name files or folders, - for stdin, or give text")
    warnings: list[str] = []
    raws = _unique_ids([r for item in collect(list(inputs), warnings) for r in _parse(item, warnings)])
    repeated = clutter.repeated_lines([r.paragraphs for r in raws])
    documents: list[Document] = []
    left_out: list[tuple[str, str]] = []
    code, other_language = _languages(raws, language)
    for raw in raws:
        if not raw.paragraphs:
            left_out.append((raw.id, "no text"))
            continue
        if raw.id in other_language:
            left_out.append((raw.id, other_language[raw.id]))
            continue
        document, reason = _clean(raw, repeated, code)
        if document is None:
            left_out.append((raw.id, reason))
        else:
            documents.append(document)
    warnings.extend(f"report {name}: {reason}, left out" for name, reason in left_out)
    if not documents:
        details = [_left_out_summary(left_out)] if left_out else []
        details += [w for w in warnings if w.startswith("skipping")]
        raise InputError("no readable text in the input" + (": " + "; ".join(details) if details else ""))
    return Reading(_merge_copies(documents, warnings), warnings, code)


def load_documents(inputs: Sequence[str | Path | bytes] | str | Path | bytes,
                   language: str | None = None) -> list[Document]:
    """``read_reports``' documents; its warnings go to the ``summarizer`` log."""
    reading = read_reports(inputs, language)
    for warning in reading.warnings:
        log.warning(warning)
    return reading.documents


def _languages(raws: Sequence[Raw], language: str | None) -> tuple[str, dict[str, str]]:
    """(the language the set is read in, {id: why it is left out} for reports in others)."""
    if language is not None:
        return languages.resolve(language), {}
    from summarizer.language.detect import choose, detect

    return choose({raw.id: detect(raw.paragraphs) for raw in raws if raw.paragraphs})


def _unique_ids(raws: Iterable[Raw]) -> list[Raw]:
    seen: dict[str, int] = {}
    result = []
    for raw in raws:
        count = seen.get(raw.id, 0)
        seen[raw.id] = count + 1
        result.append(raw if count == 0 else replace(raw, id=f"{raw.id}#{count + 1}"))
    return result
