"""The SHA-256 of a model file, remembered per (path, size, modification time).

Cached copies of a model (the ONNX export of the sentence encoder, the dequantized GGUF) are
named after the content of the file they were made from, not its path or date: two
installations of the same package (a project's environment and a CI checkout) then share one
copy instead of each replacing the other's. Hashing a 100 MB file costs more than a brief, so
the digest is kept in a small file under ``memo_dir``, written atomically.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from pathlib import Path

from summarizer.errors import InputError
from summarizer.output import write_atomically


def file_digest(path: Path, memo_dir: Path) -> str:
    """Hex SHA-256 of ``path``'s bytes (remembered in ``memo_dir``)."""
    stat = path.stat()
    stamp = hashlib.sha256(f"{path.resolve()}|{stat.st_size}|{stat.st_mtime_ns}".encode()).hexdigest()
    memo = memo_dir / f"{stamp[:32]}.json"
    with contextlib.suppress(OSError, ValueError, KeyError):
        return json.loads(memo.read_text(encoding="utf-8"))["sha256"]
    digest = hashlib.sha256()
    with path.open("rb") as stream:
        for block in iter(lambda: stream.read(1 << 20), b""):
            digest.update(block)
    value = digest.hexdigest()
    with contextlib.suppress(OSError, InputError):  # an unwritable cache costs only the hashing
        memo_dir.mkdir(parents=True, exist_ok=True)
        write_atomically(memo, json.dumps({"sha256": value}))
    return value

