"""summarizer.generation.digest: a model file's SHA-256, remembered per path, size and date."""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path

from summarizer.generation.digest import file_digest


def test_the_digest_is_the_sha256_of_the_bytes(tmp_path: Path) -> None:
    path = tmp_path / "m.bin"
    path.write_bytes(b"x" * (3 << 20))  # several read blocks
    assert file_digest(path, tmp_path / "memo") == hashlib.sha256(b"x" * (3 << 20)).hexdigest()


def test_a_remembered_digest_is_read_back_until_the_file_changes(tmp_path: Path) -> None:
    path = tmp_path / "m.bin"
    path.write_bytes(b"abc")
    real = file_digest(path, tmp_path / "memo")
    (memo,) = (tmp_path / "memo").iterdir()
    assert json.loads(memo.read_text()) == {"sha256": real}
    memo.write_text(json.dumps({"sha256": "0" * 64}))
    assert file_digest(path, tmp_path / "memo") == "0" * 64  # not hashed again
    os.utime(path, ns=(5, 5))
    assert file_digest(path, tmp_path / "memo") == real


def test_an_unwritable_memo_folder_costs_only_the_hashing(tmp_path: Path) -> None:
    path = tmp_path / "m.bin"
    path.write_bytes(b"abc")
    blocker = tmp_path / "memo"
    blocker.write_text("a file where the folder would go")
    assert file_digest(path, blocker) == hashlib.sha256(b"abc").hexdigest()


def test_a_broken_memo_is_replaced(tmp_path: Path) -> None:
    path = tmp_path / "m.bin"
    path.write_bytes(b"abc")
    file_digest(path, tmp_path / "memo")
    (memo,) = (tmp_path / "memo").iterdir()
    memo.write_text("{not json")
    assert file_digest(path, tmp_path / "memo") == hashlib.sha256(b"abc").hexdigest()
    assert json.loads(memo.read_text())["sha256"] == hashlib.sha256(b"abc").hexdigest()
