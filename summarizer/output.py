"""Writing output files: atomically, with the usual file mode, checked before any work."""

from __future__ import annotations

import os
import secrets
import tempfile
from pathlib import Path

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


def write_atomically(path: Path, content: str | bytes) -> None:
    """Write to a temporary file beside ``path`` and rename it over: readers never see a
    half-written file, and a failure leaves any previous file intact. The file gets the
    usual mode (0666 less the umask, which ``os.open`` applies), not mkstemp's 0600.

    The temporary file is named before it is created, inside the ``try``: an interrupt
    (Ctrl-C, or SIGTERM in ``summarize batch``) that lands right after the file exists still
    removes it (mkstemp created the file and only then returned its name, so an interrupt
    between the two left a stray ``.tmp`` file behind)."""
    path = Path(path).expanduser()
    check_writable(path, "file")
    directory = path.parent if str(path.parent) else Path(".")
    temporary = directory / f".{path.name}.{secrets.token_hex(8)}.tmp"
    try:
        data = content.encode("utf-8", "replace") if isinstance(content, str) else content
        handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException as error:
        if not isinstance(error, FileExistsError):  # (that name is another writer's file)
            temporary.unlink(missing_ok=True)
        if isinstance(error, OSError):
            raise InputError(f"cannot write {path}: {error.strerror or error}") from None
        raise
