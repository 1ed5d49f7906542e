"""Keep libraries' own printing off the user's stdout and stderr.

Some libraries write straight to file descriptor 1 or 2 from C/C++ before they can be
configured (highspy 1.16 prints a "Running HiGHS ..." banner when the first ``Highs()`` is
created). ``contextlib.redirect_stdout`` only swaps Python's ``sys.stdout`` and cannot catch
that, so ``captured_output`` points the descriptors themselves at a temporary file for the
duration of the call, puts them back afterwards, and hands what was captured to the debug log.
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import sys
import tempfile
import threading
from typing import Iterator

log = logging.getLogger("summarizer")

#: A log level between INFO and WARNING for one-line notes the user should see by default
#: (a model prepared for the first time) but ``-q`` hides; printed as ``note: ...``.
NOTE = 25
logging.addLevelName(NOTE, "NOTE")


def note(message: str, *args: object, logger: logging.Logger = log) -> None:
    """Tell the user something slow is happening (shown unless ``-q``)."""
    logger.log(NOTE, message, *args)

_LOCK = threading.RLock()  # descriptors are per process: one capture at a time


def _flush_c_streams() -> None:
    """Flush C's stdio buffers, so text a library printed lands in the capture, not later."""
    with contextlib.suppress(Exception):
        ctypes.CDLL(None).fflush(None)


def _flush_python_streams() -> None:
    for stream in (sys.stdout, sys.stderr, sys.__stdout__, sys.__stderr__):
        with contextlib.suppress(Exception):
            if stream is not None:
                stream.flush()


@contextlib.contextmanager
def captured_output(what: str = "library", descriptors: tuple[int, ...] = (1, 2)) -> Iterator[None]:
    """Run the body with ``descriptors`` (default stdout and stderr) writing to a temporary
    file; restore them in any case and log the captured text at debug level as ``what``.

    Python-level writes made inside the body are captured too, so keep the body to the call
    that prints (object creation, a model load), not the engine's own output."""
    with _LOCK:
        _flush_python_streams()
        saved: list[tuple[int, int]] = []
        with tempfile.TemporaryFile() as sink:
            try:
                for fd in descriptors:
                    try:
                        saved.append((fd, os.dup(fd)))
                    except OSError:  # a closed descriptor: nothing to protect
                        continue
                    os.dup2(sink.fileno(), fd)
                yield
            finally:
                _flush_python_streams()
                _flush_c_streams()
                for fd, copy in reversed(saved):
                    os.dup2(copy, fd)
                    os.close(copy)
                sink.seek(0)
                text = sink.read().decode("utf-8", "replace").strip()
                if text:
                    log.debug("%s printed: %s", what, text)


@contextlib.contextmanager
def environment(values: dict[str, str]) -> Iterator[None]:
    """``values`` in ``os.environ`` within the block, then every key put back as it was
    (libraries read some settings from the environment when they start or are imported)."""
    saved = {key: os.environ.get(key) for key in values}
    os.environ.update(values)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
