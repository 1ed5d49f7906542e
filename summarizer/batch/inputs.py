"""Stories to summarize, from a folder of story folders, a DUC-layout dataset or JSON Lines.

A *story* is one set of reports that becomes one brief. The three inputs:

- a folder with one subfolder of reports per story (the ``summarize`` input rules apply
  inside each subfolder); the story id is the subfolder's name;
- a DUC-layout dataset, ``DATASET/clusters/<id>/docs``;
- a JSON Lines file (``-`` for stdin), one story a line::

      {"id": "s1", "documents": [{"id": "a", "text": "...", "title": "...", "outlet": "...",
                                  "date": "..."}, {"path": "reports/b.html"}]}

  A document's ``path`` is relative to the JSON Lines file's folder (to the working
  folder for stdin).

Stories come out in input order: sorted folder names, or line order. The driver only reads
the layout (and, for fingerprints, the bytes); reports are parsed in the worker that
summarizes the story (``documents``).
"""

from __future__ import annotations

import json
import logging
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable, Sequence

from summarizer.errors import InputError

log = logging.getLogger("summarizer")

CLUSTERS, DOCS = "clusters", "docs"
STDIN = "-"
#: A story id names its output file: no path separators, no leading dot, not too long.
_ID_RE = re.compile(r"^[^/\\\x00.][^/\\\x00]{0,199}$")
_META = ("title", "outlet", "date")


@dataclass(frozen=True)
class Record:
    """One report of a JSON Lines story: inline ``text`` or a ``path``, with metadata."""

    id: str | None = None
    text: str | None = None
    path: str | None = None  # absolute
    title: str | None = None
    outlet: str | None = None
    date: str | None = None


@dataclass(frozen=True)
class Story:
    """What one worker needs to summarize one story: a folder of reports or records."""

    id: str
    folder: str | None = None  # absolute path of a folder of reports
    records: tuple[Record, ...] = ()


def _visible_dirs(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def check_id(value: Any, where: str) -> str:
    """A story id as a string, or an InputError when it cannot name a file."""
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise InputError(f"{where}: \"id\" must be a string or a number")
    text = str(value)
    if not _ID_RE.match(text):
        raise InputError(f"{where}: story id {text!r} cannot name a file "
                         "(no '/', no leading '.', at most 200 characters)")
    return text


def _folder_stories(root: Path) -> list[Story]:
    clusters = root / CLUSTERS
    if clusters.is_dir():  # DUC layout
        return [Story(check_id(p.name, str(p)), folder=str((p / DOCS).resolve()))
                for p in _visible_dirs(clusters)]
    return [Story(check_id(p.name, str(p)), folder=str(p.resolve())) for p in _visible_dirs(root)]


def _optional_text(document: dict, key: str, where: str) -> str | None:
    value = document.get(key)
    if value is not None and not isinstance(value, str):
        raise InputError(f"{where}: \"{key}\" must be a string")
    return value


def _record(document: Any, base: Path, where: str) -> Record:
    if not isinstance(document, dict):
        raise InputError(f"{where}: each document must be an object")
    text, path = (_optional_text(document, key, where) for key in ("text", "path"))
    if (text is None) == (path is None):
        raise InputError(f"{where}: a document needs exactly one of \"text\" or \"path\"")
    doc_id = document.get("id")
    meta = {key: _optional_text(document, key, where) for key in _META}
    resolved = str((base / Path(path).expanduser()).resolve()) if path is not None else None
    return Record(id=None if doc_id is None else str(doc_id), text=text, path=resolved, **meta)


def _story_line(line: str, number: int, base: Path, name: str) -> Story:
    where = f"{name} line {number}"
    try:
        data = json.loads(line)
    except ValueError as error:
        raise InputError(f"{where}: not JSON ({error})") from None
    if not isinstance(data, dict) or "id" not in data:
        raise InputError(f"{where}: expected an object with \"id\" and \"documents\"")
    documents = data.get("documents")
    if not isinstance(documents, list) or not documents:
        raise InputError(f"{where}: \"documents\" must be a non-empty list")
    records = tuple(_record(d, base, where) for d in documents)
    return Story(check_id(data["id"], where), records=records)


def jsonl_stories(lines: Iterable[str], base: Path, name: str) -> list[Story]:
    """Stories from JSON Lines (blank lines skipped); every line is checked before any work."""
    return [_story_line(line, number, base, name)
            for number, line in enumerate(lines, 1) if line.strip()]


def _unique(stories: list[Story], source: str) -> list[Story]:
    seen: set[str] = set()
    for story in stories:
        if story.id in seen:
            raise InputError(f"{source}: story id {story.id!r} appears twice")
        seen.add(story.id)
    if not stories:
        raise InputError(f"{source}: no stories found (expected story folders, "
                         f"{CLUSTERS}/<id>/{DOCS}, or JSON Lines)")
    return stories


def read_stories(source: str | Path) -> list[Story]:
    """The stories of an INPUT: a folder (of story folders, or a DUC dataset), a JSON Lines
    file, or ``-`` for JSON Lines on stdin."""
    text = str(source)
    if text == STDIN:
        return _unique(jsonl_stories(sys.stdin.read().splitlines(), Path.cwd(), "stdin"), "stdin")
    path = Path(source).expanduser()
    if path.is_dir():
        return _unique(_folder_stories(path), text)
    if not path.is_file():
        raise InputError(f"no such file or folder: {text}")
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as error:
        raise InputError(f"cannot read {text}: {getattr(error, 'strerror', None) or error}") from None
    return _unique(jsonl_stories(lines, path.resolve().parent, text), text)


def stories_from_api(stories: Iterable[Any]) -> list[Story]:
    """What ``summarize_many`` accepts: Story objects, ``(id, inputs)`` pairs where inputs is
    a folder path or a list of report texts/paths, or JSON-Lines-shaped dicts."""
    result = []
    for number, item in enumerate(stories, 1):
        if isinstance(item, Story):
            result.append(item)
        elif isinstance(item, dict):
            result.append(_story_line(json.dumps(item), number, Path.cwd(), "story"))
        elif isinstance(item, (tuple, list)) and len(item) == 2:
            result.append(_pair_story(item[0], item[1], f"story {number}"))
        else:
            raise InputError(f"story {number}: expected (id, reports), a dict or a Story")
    return _unique(result, "stories")


def _pair_story(story_id: Any, reports: Any, where: str) -> Story:
    story_id = check_id(story_id, where)
    if isinstance(reports, (str, Path)) and Path(reports).expanduser().is_dir():
        return Story(story_id, folder=str(Path(reports).expanduser().resolve()))
    items = [reports] if isinstance(reports, (str, Path)) else list(reports)
    records = []
    for item in items:
        path = Path(item).expanduser() if isinstance(item, (str, Path)) else None
        if isinstance(item, Path) or (path is not None and "\n" not in str(item) and path.is_file()):
            records.append(Record(path=str(path.resolve())))
        elif isinstance(item, str):
            records.append(Record(text=item))
        else:
            raise InputError(f"{where}: a report must be a text or a path")
    if not records:
        raise InputError(f"{where}: no reports")
    return Story(story_id, records=tuple(records))


def documents(story: Story) -> list:
    """The story's reports as Documents (run in the worker)."""
    from summarizer.ingest import load_documents

    if story.folder is not None:
        return load_documents([Path(story.folder)])
    return documents_from_records(story.records)


def documents_from_records(records: Sequence[Record]) -> list:
    """Documents from JSON Lines records, read by ``read_reports`` exactly as files are
    (texts are passed as bytes, so a short text is never taken for a path), then given
    each record's id and metadata.

    The metadata is set after cleaning, because ``read_reports`` has no way to take it:
    a record's outlet and date do not help the clutter rules as a dateline in the text
    would. A public ingest function taking reports with metadata would fix that."""
    from dataclasses import replace

    from summarizer.ingest import read_reports

    reading = read_reports([Path(r.path) if r.path is not None else (r.text or "").encode("utf-8")
                            for r in records])
    for warning in reading.warnings:
        log.warning(warning)
    given = dict(zip(_report_names(records), records))
    documents = []
    for document in reading.documents:
        record = given.get(document.id)
        fields = {key: getattr(record, key) for key in ("id", *_META)
                  if record is not None and getattr(record, key) is not None}
        documents.append(replace(document, **fields))
    return documents


def _report_names(records: Sequence[Record]) -> list[str]:
    """The id ``read_reports`` gives each record's report: ``text-N`` for the N-th text, the
    file name for a path, ``#2``... for a name seen before."""
    names, seen, texts = [], {}, 0
    for record in records:
        if record.path is None:
            texts += 1
            name = f"text-{texts}"
        else:
            name = Path(record.path).name
        seen[name] = seen.get(name, 0) + 1
        names.append(name if seen[name] == 1 else f"{name}#{seen[name]}")
    return names
