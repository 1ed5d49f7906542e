"""What the user named: each input as the bytes or text of one report, with its name.

An input is a path when it exists as a path (whatever its number of words), ``-`` for stdin,
``bytes`` (a report's bytes, decoded like a file), or else a report's text. A string that
looks like a path (it has a slash or a file suffix, on one line) but does not exist is an
error, not a one-line report. Folders give their files in name order; a folder of folders
is an error that says how to summarize several stories.

Data files in a folder (``.json``, ``.jsonl``, ``.csv``, ``.tsv``: annotations, metadata,
tables kept beside the articles) are not reports: they are skipped with a warning that names
them. A JSON file named on its own is an error (its text is never a report); a CSV or TSV
file named on its own is read as text, as the user asked.
"""

from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from summarizer.ingest.decode import display_name
from summarizer.errors import InputError
from summarizer.text import ends_sentence

#: Suffixes that make a one-line string a file name ("notes.txt", "page.html", "a.pdf").
FILE_SUFFIXES = frozenset(
    ".txt .text .md .markdown .html .htm .xhtml .sgml .sgm .xml .json .csv .tsv .pdf .doc "
    ".docx .odt .rtf .epub .eml .png .jpg .jpeg .gif .gz .zip .bz2 .xz .tar".split()
)
#: Data kept beside reports in a folder, never read as one.
DATA_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".csv", ".tsv"})
#: Data that is an error even when named on its own.
JSON_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson"})
#: Characters that (almost) never appear in a path but do in text or markup.
_NOT_IN_PATHS = re.compile(r'[<>"|*?]')
#: Strings longer than this are never taken as paths (the system would refuse them anyway).
MAX_PATH_LENGTH = 4096


@dataclass(frozen=True)
class Input:
    """One report as given: its name (valid UTF-8), path (if a file), suffix, content."""

    name: str
    path: str | None
    suffix: str
    content: bytes | str
    from_string: bool = False  # a text string given to the API (not a file, stdin or bytes)


def _exists(item: str) -> bool:
    if "\n" in item or len(item) > MAX_PATH_LENGTH:
        return False
    try:
        return os.path.lexists(item)
    except (ValueError, OSError):  # NUL bytes, names the system cannot represent
        return False


def looks_like_path(item: str) -> bool:
    """One line, not a sentence, with a slash or a known file suffix."""
    item = item.strip()
    if "\n" in item or ends_sentence(item) or len(item) > MAX_PATH_LENGTH or _NOT_IN_PATHS.search(item):
        return False
    suffix = re.search(r"\.[A-Za-z0-9]{1,8}$", item)
    return "/" in item or "\\" in item or bool(suffix and suffix.group(0).lower() in FILE_SUFFIXES)


def _read_stdin() -> bytes | str:
    """stdin's bytes (decoded later like a file's, whatever the locale says); text when a
    caller replaced ``sys.stdin`` with a text-only stream."""
    buffer = getattr(sys.stdin, "buffer", None)
    return buffer.read() if buffer is not None else sys.stdin.read()


def _read_file(path: Path) -> Input:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise InputError(f"cannot read {display_name(str(path))}: {error.strerror or error}") from None
    return Input(display_name(path.name), display_name(str(path)), path.suffix.lower(), data)


def _folder_entries(folder: Path, warnings: list[str]) -> tuple[list[Path], list[Path]]:
    """(files, subfolders) of a folder, hidden entries left aside; broken links and symlink
    loops are skipped with a warning."""
    try:
        entries = sorted(folder.iterdir())
    except OSError as error:
        raise InputError(f"cannot read folder {display_name(str(folder))}: {error.strerror or error}") from None
    files, folders = [], []
    for entry in entries:
        if entry.name.startswith("."):
            continue
        if entry.is_dir():
            folders.append(entry)
        elif entry.is_file():
            files.append(entry)
        else:
            warnings.append(f"skipping {display_name(str(entry))}: "
                            f"{'a symlink loop or broken link' if entry.is_symlink() else 'not a regular file'}")
    return files, folders


def _names(paths: Sequence[Path], limit: int = 3) -> str:
    shown = ", ".join(display_name(p.name) for p in paths[:limit])
    return shown + (f" and {len(paths) - limit} more" if len(paths) > limit else "")


def _from_folder(folder: Path, warnings: list[str]) -> list[Input]:
    before = len(warnings)
    files, folders = _folder_entries(folder, warnings)
    shown = display_name(str(folder))
    if not files and folders:
        raise InputError(
            f"folder {shown} holds only subfolders ({_names(folders)}), no reports: name the "
            f"story's folder itself; for one brief per subfolder use 'summarize batch {shown}', "
            f"to score strategies on a dataset use 'summarize eval {shown}'")
    if not files:
        raise InputError(f"folder {shown} is empty" if len(warnings) == before
                         else f"folder {shown} holds no readable files")
    if folders:
        warnings.append(f"folder {shown}: its subfolders are not read ({_names(folders)})")
    data = [f for f in files if f.suffix.lower() in DATA_SUFFIXES]
    if data:
        files = [f for f in files if f not in data]
        if not files:
            raise InputError(f"folder {shown} holds only data files ({_names(data, len(data))}), no reports")
        warnings.append(f"folder {shown}: skipping data files, not reports ({_names(data, len(data))})")
    return [_read_file(f) for f in files]


def _named_file(path: Path) -> Input:
    """A file named on its own; JSON (by suffix or content) is an error, not a report."""
    item = _read_file(path)
    if path.suffix.lower() in JSON_SUFFIXES or _is_json(item.content):
        raise InputError(f"{item.path} is JSON data, not a report: name the articles' text files")
    return item


def _is_json(content: bytes | str) -> bool:
    """A JSON object or array (the whole content, or its first line as in JSON Lines)."""
    text = content.decode("utf-8", "replace") if isinstance(content, bytes) else content
    text = text.lstrip("\ufeff \t\r\n")
    if not text[:1] in ("{", "["):
        return False
    for candidate in (text, text.split("\n", 1)[0]):
        try:
            return isinstance(json.loads(candidate), (dict, list))
        except ValueError:
            continue
    return False


def _from_path(path: Path, warnings: list[str]) -> list[Input]:
    if path.is_dir():
        return _from_folder(path, warnings)
    if path.exists():
        return [_named_file(path)]
    if path.is_symlink():
        warnings.append(f"skipping {display_name(str(path))}: a symlink loop or broken link")
        return []
    raise InputError(f"no such file or folder: {display_name(str(path))}")


def collect(inputs: Sequence[str | Path | bytes], warnings: list[str]) -> list[Input]:
    """Every report the inputs name, in order; ``warnings`` gets what was skipped."""
    items: list[Input] = []
    texts = 0
    for item in inputs:
        if isinstance(item, (bytes, bytearray)):
            texts += 1
            items.append(Input(f"text-{texts}", None, "", bytes(item)))
        elif isinstance(item, Path):
            items.extend(_from_path(item, warnings))
        elif not isinstance(item, str):
            raise InputError(f"a report must be a path, a text string or bytes, not {type(item).__name__}")
        elif item == "-":
            items.append(Input("stdin", None, "", _read_stdin()))
        elif not item.strip():
            raise InputError("an empty string is neither a file, a folder nor a report's text")
        elif _exists(item):
            items.extend(_from_path(Path(item), warnings))
        elif looks_like_path(item):
            raise InputError(f"no such file or folder: {display_name(item)}")
        else:
            texts += 1
            items.append(Input(f"text-{texts}", None, "", item, from_string=True))
    return items
