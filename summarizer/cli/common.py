"""What every command shares: one-line errors with exit code 2, and logging on stderr.

Every error the user can fix is one ``error:`` line on stderr with exit code 2; a bug is one
``internal error:`` line with exit code 1 (``SUMMARIZER_DEBUG=1`` shows the traceback).
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
import warnings
from typing import Callable, Iterator

import typer

from summarizer.quiet import NOTE

EXIT_BAD_INPUT = 2
LOGGER = "summarizer"


def fail(message: str, code: int = EXIT_BAD_INPUT) -> None:
    typer.echo(f"error: {message}", err=True)
    raise typer.Exit(code)


def run_guarded(action: Callable[[], None], *, verbose: bool = False, quiet: bool = False) -> None:
    """Run a command body with the engine's log on stderr; user errors become one line and
    exit 2, never a traceback. Libraries' Python warnings go to the debug log, and with
    ``quiet`` their progress bars are off. The logger, the warning hook and the environment
    are put back afterwards (tests run many commands in one process)."""
    from summarizer.errors import user_errors

    configure_logging(verbose, quiet)
    try:
        with warnings.catch_warnings(), _quiet_libraries(quiet):
            warnings.showwarning = _log_warning
            action()
    except user_errors() as error:
        fail(str(error).splitlines()[0] if str(error) else type(error).__name__)
    except (typer.Exit, typer.Abort, typer.TyperException):
        raise
    except KeyboardInterrupt:
        fail("interrupted", 130)
    except Exception as error:  # a bug: still one line, unless debugging
        if os.environ.get("SUMMARIZER_DEBUG"):
            raise
        fail(f"internal error: {type(error).__name__}: {error}".splitlines()[0], 1)
    finally:
        restore_logging()


def _log_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                 file: object = None, line: str | None = None) -> None:
    logging.getLogger(LOGGER).debug("%s: %s (%s:%d)", category.__name__, message, filename, lineno)


#: Environment that turns off the Hugging Face libraries' progress bars and chatter (read
#: when they are imported, which a command does after this is set).
_QUIET_ENV = {"HF_HUB_DISABLE_PROGRESS_BARS": "1", "TRANSFORMERS_VERBOSITY": "error",
              "TRANSFORMERS_NO_ADVISORY_WARNINGS": "1", "TQDM_DISABLE": "1"}


@contextlib.contextmanager
def _quiet_libraries(quiet: bool) -> Iterator[None]:
    if not quiet:
        yield
        return
    from summarizer.quiet import environment

    bars = _transformers_bars(False)
    try:
        with environment(_QUIET_ENV):
            yield
    finally:
        if bars:
            _transformers_bars(True)


def _transformers_bars(enable: bool) -> bool:
    """Switch transformers' progress bars if it is already imported; whether they were on."""
    module = sys.modules.get("transformers.utils.logging")
    if module is None:
        return False
    was = module.is_progress_bar_enabled()
    (module.enable_progress_bar if enable else module.disable_progress_bar)()
    return was


class _LowerCaseLevelFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        return f"{record.levelname.lower()}: {record.getMessage()}"


class _CommandHandler(logging.StreamHandler):
    """The handler a command installs: writes to the current ``sys.stderr`` (tests swap it),
    and is marked so that it can be found and removed again."""

    @property  # type: ignore[override]
    def stream(self):  # noqa: D401
        return sys.stderr

    @stream.setter
    def stream(self, value) -> None:
        pass


def configure_logging(verbose: bool = False, quiet: bool = False) -> None:
    """Send the engine's log to stderr for one command. The handler writes to whatever
    ``sys.stderr`` is when a record is emitted (tests swap it), and a second command in the
    same process replaces it rather than adding another."""
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if isinstance(h, _CommandHandler)]:
        logger.removeHandler(handler)
    handler = _CommandHandler()
    handler.setFormatter(_LowerCaseLevelFormatter())
    logger.addHandler(handler)
    logger.setLevel(logging.ERROR if quiet else logging.INFO if verbose else NOTE)


def restore_logging() -> None:
    """Undo ``configure_logging``: the library's logger goes back to its defaults."""
    logger = logging.getLogger(LOGGER)
    for handler in [h for h in logger.handlers if isinstance(h, _CommandHandler)]:
        logger.removeHandler(handler)
    logger.setLevel(logging.NOTSET)
