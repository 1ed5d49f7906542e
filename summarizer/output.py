"""Writing output files: atomically, with the usual file mode, checked before any work."""

from __future__ import annotations

import contextlib
import os
import secrets
import tempfile
from pathlib import Path
from typing import Iterator

from summarizer.errors import InputError


def check_writable(path: Path | str, flag: str = "--output") -> None:
    """Fail before the pipeline runs, not after it: the folder exists and a file can be
    created in it (tried, not guessed from permission bits: root, read-only mounts and
    ``/proc`` differ), and ``path`` is not a folder (nor named like one, with a trailing
    slash: pass the raw text, ``Path`` drops the slash)."""
    text = str(path)
    if not text.strip():
        raise InputError(f"{flag} is empty: name a file")
    path = Path(text).expanduser()
    if text.endswith(("/", os.sep)) or path.is_dir():
        raise InputError(f"cannot write {flag} {text}: it names a folder, not a file")
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise InputError(f"cannot write {flag} {text}: folder {directory} does not exist")
    try:
        with tempfile.TemporaryFile(dir=directory):
            pass
    except OSError as error:
        raise InputError(f"cannot write {flag} {text}: {error.strerror or error}") from None


@contextlib.contextmanager
def replacing(path: Path) -> Iterator[Path]:
    """A fresh name beside ``path`` for the block to write a file under: when the block ends
    without an exception the file is renamed over ``path`` in one step (readers never see a
    half-written file), otherwise it is removed and any previous file stays.

    The name is chosen before the file exists, so an interrupt (Ctrl-C, or SIGTERM in
    ``summarize batch``) that lands right after the file is created still removes it
    (``tempfile.mkstemp`` created the file and only then returned its name: an interrupt
    between the two left a stray ``.tmp`` file behind)."""
    temporary = path.parent / f".{path.name}.{secrets.token_hex(8)}.tmp"
    try:
        yield temporary
        os.replace(temporary, path)
    finally:
        temporary.unlink(missing_ok=True)


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write ``content`` to ``path`` through ``replacing``. The file gets the usual mode
    (0666 less the umask, which ``os.open`` applies), not mkstemp's 0600."""
    path = Path(path).expanduser()
    check_writable(path, "file")
    data = content.encode("utf-8", "replace") if isinstance(content, str) else content
    try:
        with replacing(path) as temporary:
            with os.fdopen(os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666), "wb") as stream:
                stream.write(data)
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror or error}") from None
