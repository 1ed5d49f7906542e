"""The output folder of a batch: ``<id>.<ext>`` per story, ``index.jsonl``, ``timings.jsonl``.

``index.jsonl`` has one line per finished story, in the input's story order: id, status
(``ok`` or ``error``), the one-line error, words, reports, the output file and the
fingerprint of input and settings. It holds nothing that depends on the machine or the
engine, so the local and Ray engines write byte-identical indexes; the seconds each story
took are in ``timings.jsonl`` (same order). Both are rewritten atomically after every story,
after the story's own file: a killed run loses at most the stories in flight.

A second batch on the same folder at the same time is refused (an advisory lock, released
by the kernel even when the process is killed), so cleaning up temporary files that a killed
run left behind can never touch a live run's files.
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any, Iterable

from summarizer.errors import InputError
from summarizer.output import write_atomically

INDEX, TIMINGS, LOCK = "index.jsonl", "timings.jsonl", ".batch.lock"
HTML_INDEX = "index.html"  # with -f html: a page listing the stories
OK, ERROR = "ok", "error"
#: ``write_atomically``'s temporary names: ``.<name>.<random>.tmp``.
_TEMPORARY = re.compile(r"^\.(?P<name>.+)\.[A-Za-z0-9_]+\.tmp$")


@dataclass(frozen=True)
class Entry:
    """One line of ``index.jsonl`` (field order is the file's)."""

    id: str
    status: str
    error: str | None
    words: int | None
    reports: int | None
    output: str | None
    fingerprint: str

    def line(self) -> str:
        return json.dumps(asdict(self), ensure_ascii=False)


def _read_lines(path: Path) -> Iterable[dict[str, Any]]:
    """The JSON objects of a JSON Lines file; a damaged line is skipped (its story reruns)."""
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return []
    items = []
    for line in lines:
        try:
            item = json.loads(line)
        except ValueError:
            continue
        if isinstance(item, dict) and isinstance(item.get("id"), str):
            items.append(item)
    return items


def _entry(item: dict[str, Any]) -> Entry | None:
    try:
        return Entry(**{name: item[name] for name in Entry.__dataclass_fields__})
    except (KeyError, TypeError):
        return None


class BatchIndex:
    """The index of an output folder: what is done, and recording what finishes."""

    def __init__(self, outdir: Path, order: list[str], extension: str) -> None:
        if extension == "html" and "index" in order:
            raise InputError("a story named 'index' would overwrite index.html: rename it")
        self.outdir = outdir
        self.order = order
        self.extension = extension
        self._lock = _lock(outdir)
        _remove_temporaries(outdir)
        known = set(order)
        self.entries = {e.id: e for e in map(_entry, _read_lines(outdir / INDEX))
                        if e is not None and e.id in known}
        self.seconds = {i["id"]: i["seconds"] for i in _read_lines(outdir / TIMINGS)
                        if i["id"] in known and isinstance(i.get("seconds"), (int, float))}

    def output_name(self, story_id: str) -> str:
        return f"{story_id}.{self.extension}"

    def is_done(self, story_id: str, fingerprint: str) -> bool:
        """Finished earlier with the same input and settings, and its file is still there."""
        entry = self.entries.get(story_id)
        return (entry is not None and entry.status == OK and entry.fingerprint == fingerprint
                and entry.output == self.output_name(story_id)
                and (self.outdir / entry.output).is_file())

    def record(self, story_id: str, fingerprint: str, seconds: float, rendered: str | None,
               error: str | None, words: int | None, reports: int | None) -> None:
        """Write the story's file (or remove a stale one after a failure), then the index."""
        target = self.outdir / self.output_name(story_id)
        if error is None:
            write_atomically(target, rendered or "")
            entry = Entry(story_id, OK, None, words, reports, target.name, fingerprint)
        else:
            target.unlink(missing_ok=True)  # an old brief must not stand in for a failure
            entry = Entry(story_id, ERROR, error, words, reports, None, fingerprint)
        self.entries[story_id] = entry
        self.seconds[story_id] = round(seconds, 3)
        self.write()

    def write(self) -> None:
        ids = [i for i in self.order if i in self.entries]
        write_atomically(self.outdir / INDEX, "".join(self.entries[i].line() + "\n" for i in ids))
        timings = (json.dumps({"id": i, "seconds": self.seconds[i]}, ensure_ascii=False) + "\n"
                   for i in ids if i in self.seconds)
        write_atomically(self.outdir / TIMINGS, "".join(timings))
        if self.extension == "html":
            write_atomically(self.outdir / HTML_INDEX, self._html_index(ids))

    def _html_index(self, ids: list[str]) -> str:
        """``index.html``: the stories in input order, each linked to its page."""
        from summarizer.render.html import BatchEntry, render_batch_index

        entries = [BatchEntry(id=i, status=self.entries[i].status, words=self.entries[i].words,
                              href=self.entries[i].output, message=self.entries[i].error)
                   for i in ids]
        return render_batch_index(entries, title=self.outdir.name or "Briefs")

    def close(self) -> None:
        if self._lock is not None:
            os.close(self._lock)
            self._lock = None


def prepare_outdir(outdir: Path) -> Path:
    """The output folder, created if needed; an InputError when it cannot be."""
    outdir = Path(outdir).expanduser()
    if outdir.exists() and not outdir.is_dir():
        raise InputError(f"--output {outdir} is a file, not a folder")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise InputError(f"cannot create {outdir}: {error.strerror or error}") from None
    if not os.access(outdir, os.W_OK | os.X_OK):
        raise InputError(f"cannot write in {outdir}")
    return outdir


def _lock(outdir: Path) -> int | None:
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        return None
    handle = os.open(outdir / LOCK, os.O_RDWR | os.O_CREAT, 0o666)
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        os.close(handle)
        raise InputError(f"{outdir} is in use by another batch") from None
    return handle


def _remove_temporaries(outdir: Path) -> None:
    """Temporary files a killed run left (never a finished file: those are renamed)."""
    from summarizer.batch.work import EXTENSIONS

    for path in outdir.iterdir():
        match = _TEMPORARY.match(path.name)
        name = match["name"] if match else ""
        if name in (INDEX, TIMINGS) or name.rpartition(".")[2] in EXTENSIONS.values():
            path.unlink(missing_ok=True)
