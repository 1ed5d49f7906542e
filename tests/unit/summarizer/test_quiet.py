"""``summarizer.quiet``: what libraries print to file descriptors 1 and 2 is captured (even
from C), put in the debug log, and the descriptors are restored; ``environment`` and ``note``."""

from __future__ import annotations

import ctypes
import logging
import os
import subprocess
import sys

import pytest

from summarizer.quiet import NOTE, captured_output, environment, note


def _debug_messages(caplog) -> list[str]:
    return [r.getMessage() for r in caplog.records if r.name == "summarizer" and r.levelno == logging.DEBUG]


def test_descriptor_writes_are_captured_logged_and_the_descriptors_restored(capfd, caplog):
    caplog.set_level(logging.DEBUG, logger="summarizer")
    before = os.fstat(1).st_ino, os.fstat(2).st_ino
    with captured_output("banner"):
        os.write(1, b"Running HiGHS 1.16\n")
        os.write(2, b"to stderr\n")
    os.write(1, b"after\n")
    assert (os.fstat(1).st_ino, os.fstat(2).st_ino) == before
    out, err = capfd.readouterr()
    assert (out, err) == ("after\n", "")
    assert _debug_messages(caplog) == ["banner printed: Running HiGHS 1.16\nto stderr"]


def test_c_stdio_buffers_are_flushed_into_the_capture(capfd, caplog):
    caplog.set_level(logging.DEBUG, logger="summarizer")
    libc = ctypes.CDLL(None)
    with captured_output("libc"):
        libc.printf(b"printed from C\n")  # sits in C's stdout buffer (not a terminal)
    assert capfd.readouterr().out == ""
    assert _debug_messages(caplog) == ["libc printed: printed from C"]


def test_python_writes_inside_the_body_are_captured_too():
    """In a fresh process, where ``sys.stdout`` writes to descriptor 1 (under pytest it does not)."""
    code = ("import logging, sys; from summarizer.quiet import captured_output; "
            "logging.basicConfig(level=logging.DEBUG, stream=sys.stderr, format='%(message)s'); "
            "print('before')\n"
            "with captured_output('py'): print('inside'); print('err inside', file=sys.stderr)\n"
            "print('after')")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout == "before\nafter\n"
    assert done.stderr == "py printed: inside\nerr inside\n"


def test_only_the_named_descriptors_are_captured(capfd):
    with captured_output(descriptors=(2,)):
        os.write(1, b"kept\n")
        os.write(2, b"hidden\n")
    assert capfd.readouterr() == ("kept\n", "")


def test_nothing_printed_logs_nothing(caplog):
    caplog.set_level(logging.DEBUG, logger="summarizer")
    with captured_output("silent"):
        pass
    assert _debug_messages(caplog) == []


def test_descriptors_are_restored_when_the_body_raises(capfd):
    with pytest.raises(ValueError, match="boom"):
        with captured_output():
            os.write(1, b"lost\n")
            raise ValueError("boom")
    os.write(1, b"back\n")
    assert capfd.readouterr().out == "back\n"


def test_captures_nest(capfd, caplog):
    caplog.set_level(logging.DEBUG, logger="summarizer")
    with captured_output("outer"):
        os.write(1, b"one\n")
        with captured_output("inner"):
            os.write(1, b"two\n")
        os.write(1, b"three\n")
    assert capfd.readouterr().out == ""
    assert _debug_messages(caplog) == ["inner printed: two", "outer printed: one\nthree"]


def test_note_logs_at_the_note_level_between_info_and_warning(caplog):
    caplog.set_level(logging.DEBUG, logger="summarizer")
    note("preparing %s once", "SmolLM2")
    (record,) = [r for r in caplog.records if r.name == "summarizer"]
    assert (record.levelno, record.levelname, record.getMessage()) == (NOTE, "NOTE", "preparing SmolLM2 once")
    assert logging.INFO < NOTE < logging.WARNING


def test_environment_sets_values_and_puts_every_key_back(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_TEST_KEPT", "old")
    monkeypatch.delenv("SUMMARIZER_TEST_NEW", raising=False)
    with pytest.raises(RuntimeError):
        with environment({"SUMMARIZER_TEST_KEPT": "new", "SUMMARIZER_TEST_NEW": "1"}):
            assert os.environ["SUMMARIZER_TEST_KEPT"] == "new"
            assert os.environ["SUMMARIZER_TEST_NEW"] == "1"
            raise RuntimeError
    assert os.environ["SUMMARIZER_TEST_KEPT"] == "old"
    assert "SUMMARIZER_TEST_NEW" not in os.environ
