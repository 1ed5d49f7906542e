"""Every error the engine raises for the user to fix, in one module.

The CLI prints any of these as one ``error:`` line and exits with code 2; the API raises them.
Nothing here imports anything heavy, so every module (and the CLI at start-up) may import it.
"""

from __future__ import annotations


class SummarizerError(Exception):
    """Base of the errors a user can fix (bad input, a model that cannot be loaded)."""


class InputError(SummarizerError):
    """Bad input the user must fix: the CLI prints it on one line and exits with code 2."""


class ModelLoadError(SummarizerError, RuntimeError):
    """A model could not be loaded; the message is one line saying what failed."""


def user_errors() -> tuple[type[BaseException], ...]:
    """The exception types the CLI reports as one ``error:`` line with exit code 2."""
    return (SummarizerError,)
