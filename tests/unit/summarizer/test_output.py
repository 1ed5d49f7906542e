"""Output files: written atomically with the usual mode; impossible targets refused up front."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from summarizer.errors import InputError
from summarizer.output import check_writable, write_atomically


def test_a_written_file_has_the_usual_mode(tmp_path: Path) -> None:
    umask = os.umask(0o022)
    try:
        target = tmp_path / "brief.json"
        write_atomically(target, "{}\n")
        assert stat.S_IMODE(target.stat().st_mode) == 0o644
        os.umask(0o077)
        write_atomically(target, "[]\n")
        assert stat.S_IMODE(target.stat().st_mode) == 0o600
    finally:
        os.umask(umask)
    assert target.read_text() == "[]\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.json"]


@pytest.mark.parametrize("name, message", [
    ("", "empty"), ("sub/", "names a folder"), (".", "names a folder"),
    ("missing/brief.md", "does not exist")])
def test_impossible_targets_are_refused(tmp_path: Path, monkeypatch, name: str, message: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "sub").mkdir()
    with pytest.raises(InputError, match=message):
        check_writable(name)


@pytest.mark.skipif(os.geteuid() == 0, reason="root may write into a read-only folder")
def test_a_read_only_folder_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        with pytest.raises(InputError, match="cannot write"):
            check_writable(folder / "brief.md")
    finally:
        folder.chmod(0o755)


def test_a_folder_that_refuses_files_is_refused_even_for_root() -> None:
    """/proc accepts no new files whatever the permission bits say: tried, not guessed."""
    if not Path("/proc/self").is_dir():
        pytest.skip("no /proc")
    with pytest.raises(InputError, match="cannot write"):
        check_writable(Path("/proc/brief.md"))


def test_a_failed_write_leaves_the_previous_file(tmp_path: Path) -> None:
    target = tmp_path / "brief.txt"
    write_atomically(target, "old\n")

    class Unwritable:
        pass

    with pytest.raises(Exception):
        write_atomically(target, Unwritable())  # type: ignore[arg-type]
    assert target.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["brief.txt"]


@pytest.mark.parametrize("step", ["open", "fdopen", "replace"])
def test_an_interrupt_at_any_step_leaves_no_temporary_file(tmp_path: Path, monkeypatch, step: str) -> None:
    """SIGTERM stops ``summarize batch`` with KeyboardInterrupt wherever it lands: right after
    the temporary file is created too (the step that mkstemp left a stray file at)."""
    target = tmp_path / "index.jsonl"
    write_atomically(target, "old\n")
    real = getattr(os, step)

    def interrupted(*args, **kwargs):
        result = real(*args, **kwargs)  # the step is done, then the signal's exception
        if step == "open" and not str(args[0]).endswith(".tmp"):
            return result  # (check_writable's unnamed probe file, before the write)
        if step == "fdopen":
            result.close()
        raise KeyboardInterrupt

    monkeypatch.setattr(os, step, interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_atomically(target, "new\n")
    monkeypatch.undo()
    expected = "new\n" if step == "replace" else "old\n"
    assert target.read_text() == expected
    assert [p.name for p in tmp_path.iterdir()] == ["index.jsonl"]
