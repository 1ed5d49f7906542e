"""Writing output files: atomically, with the usual file mode, checked before any work."""

from __future__ import annotations

import os
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
    usual mode (0666 less the umask), not mkstemp's 0600."""
    path = Path(path).expanduser()
    check_writable(path, "file")
    directory = path.parent if str(path.parent) else Path(".")
    try:
        handle, temporary = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as error:
        raise InputError(f"cannot write {path}: {error.strerror or error}") from None
    try:
        data = content.encode("utf-8", "replace") if isinstance(content, str) else content
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)
        os.replace(temporary, path)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
