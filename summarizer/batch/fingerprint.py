"""A story's fingerprint: what its brief depends on (the reports' bytes and the settings).

A resumed batch skips a story only when its output exists and the fingerprint recorded in
the index is the same: an edited report, another strategy, length or format, or another
version of the engine all make it run again.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from summarizer.batch.inputs import Story

#: Bump when what a fingerprint covers changes.
SCHEME = 1
DIGITS = 16


def engine_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("summarizer")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"


def _file_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as error:  # the worker reports it; the fingerprint just differs
        return f"unreadable: {error.strerror or error}".encode()


def _folder_digest(folder: Path, digest: Any) -> None:
    """Every visible file under the folder, by relative path (a superset of what ingest reads)."""
    if not folder.is_dir():
        digest.update(b"missing folder")
        return
    files = sorted(p for p in folder.rglob("*") if p.is_file()
                   and not any(part.startswith(".") for part in p.relative_to(folder).parts))
    for path in files:
        name = path.relative_to(folder).as_posix().encode()
        data = _file_bytes(path)
        digest.update(b"%d:%s%d:" % (len(name), name, len(data)) + data)


def fingerprint(story: Story, settings: dict[str, Any]) -> str:
    """Hex digest of the story's input and the settings that shape its output."""
    digest = hashlib.sha256()
    header = {"scheme": SCHEME, "engine": engine_version(), "settings": settings,
              "folder": story.folder}  # briefs name their reports' paths
    digest.update(json.dumps(header, sort_keys=True, default=str).encode())
    if story.folder is not None:
        _folder_digest(Path(story.folder), digest)
    for record in story.records:
        fields = [record.id, record.text, record.path, record.title, record.outlet, record.date]
        digest.update(json.dumps(fields).encode())
        if record.path is not None:
            data = _file_bytes(Path(record.path))
            digest.update(b"%d:" % len(data) + data)
    return digest.hexdigest()[:DIGITS]
