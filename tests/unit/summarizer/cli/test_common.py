"""``summarizer.cli.common``: a user error is one ``error:`` line and exit code 2, a bug one
``internal error:`` line and exit code 1; the engine's log goes to stderr for the command and
is put back afterwards, with libraries' warnings in the debug log."""

from __future__ import annotations

import logging
import os
import warnings

import pytest
import typer

from summarizer.cli.common import (EXIT_BAD_INPUT, LOGGER, configure_logging, fail, restore_logging,
                                   run_guarded)
from summarizer.errors import InputError, ModelLoadError
from summarizer.quiet import note


def _exit_code(action, capsys, **kwargs) -> tuple[int, str, str]:
    with pytest.raises(typer.Exit) as caught:
        run_guarded(action, **kwargs)
    out, err = capsys.readouterr()
    return caught.value.exit_code, out, err


def _raise(error: BaseException):
    def action() -> None:
        raise error
    return action


def test_fail_prints_one_error_line_and_exits_2_by_default(capsys):
    with pytest.raises(typer.Exit) as caught:
        fail("bad length")
    assert caught.value.exit_code == EXIT_BAD_INPUT == 2
    assert capsys.readouterr() == ("", "error: bad length\n")


@pytest.mark.parametrize("error, line", [
    (InputError("no reports given\nmore detail"), "error: no reports given\n"),
    (ModelLoadError("cannot load the model"), "error: cannot load the model\n"),
    (InputError(), "error: InputError\n"),
])
def test_a_user_error_is_its_first_line_and_exit_code_2(capsys, error, line):
    assert _exit_code(_raise(error), capsys) == (2, "", line)


def test_a_bug_is_one_internal_error_line_and_exit_code_1(capsys, monkeypatch):
    monkeypatch.delenv("SUMMARIZER_DEBUG", raising=False)
    code, out, err = _exit_code(_raise(ZeroDivisionError("division by zero\nTraceback")), capsys)
    assert (code, out, err) == (1, "", "error: internal error: ZeroDivisionError: division by zero\n")


def test_debugging_shows_the_bug_itself(monkeypatch):
    monkeypatch.setenv("SUMMARIZER_DEBUG", "1")
    with pytest.raises(ZeroDivisionError):
        run_guarded(_raise(ZeroDivisionError("x")))


def test_an_interrupt_is_one_line_and_exit_code_130(capsys):
    assert _exit_code(_raise(KeyboardInterrupt()), capsys) == (130, "", "error: interrupted\n")


def test_a_commands_own_exit_passes_through(capsys):
    assert _exit_code(_raise(typer.Exit(1)), capsys) == (1, "", "")


def test_success_prints_nothing_of_its_own_and_leaves_the_logger_as_it_was(capsys):
    logger = logging.getLogger(LOGGER)
    handlers, level = list(logger.handlers), logger.level
    run_guarded(lambda: print("brief"))
    assert capsys.readouterr() == ("brief\n", "")
    assert (logger.handlers, logger.level) == (handlers, level)


def _logs() -> None:
    log = logging.getLogger(LOGGER)
    log.debug("a debug line")
    log.info("an info line")
    note("a note")
    log.warning("a warning")
    log.error("an error")


@pytest.mark.parametrize("flags, lines", [
    ({}, ["note: a note", "warning: a warning", "error: an error"]),
    ({"verbose": True}, ["info: an info line", "note: a note", "warning: a warning", "error: an error"]),
    ({"quiet": True}, ["error: an error"]),
])
def test_the_log_goes_to_stderr_lower_case_at_the_level_the_flags_choose(capsys, flags, lines):
    run_guarded(_logs, **flags)
    assert capsys.readouterr().err.splitlines() == lines


def test_library_warnings_are_taken_from_the_user_and_the_hook_put_back(capsys):
    def action() -> None:
        warnings.warn("deprecated thing", UserWarning, stacklevel=1)

    with warnings.catch_warnings(record=True) as shown:
        warnings.simplefilter("always")
        hook = warnings.showwarning
        action()  # outside a command the warning is shown
        assert [str(w.message) for w in shown] == ["deprecated thing"]
        run_guarded(action)  # inside, it goes to the debug log
        assert [str(w.message) for w in shown] == ["deprecated thing"]
        assert warnings.showwarning is hook
    assert capsys.readouterr().err == ""


def test_quiet_turns_library_progress_bars_off_for_the_command_only(monkeypatch):
    monkeypatch.delenv("TQDM_DISABLE", raising=False)
    monkeypatch.delenv("HF_HUB_DISABLE_PROGRESS_BARS", raising=False)
    seen = {}
    run_guarded(lambda: seen.update(os.environ), quiet=True)
    assert (seen["TQDM_DISABLE"], seen["HF_HUB_DISABLE_PROGRESS_BARS"]) == ("1", "1")
    assert seen["TRANSFORMERS_VERBOSITY"] == "error"
    assert "TQDM_DISABLE" not in os.environ
    seen.clear()
    run_guarded(lambda: seen.update(os.environ))
    assert "TQDM_DISABLE" not in seen


def test_configuring_twice_keeps_one_handler_and_restoring_removes_it(capsys):
    logger = logging.getLogger(LOGGER)
    before = len(logger.handlers)
    configure_logging()
    configure_logging(verbose=True)
    try:
        assert len(logger.handlers) == before + 1 and logger.level == logging.INFO
        logger.info("once")
        assert capsys.readouterr().err == "info: once\n"
    finally:
        restore_logging()
    assert len(logger.handlers) == before and logger.level == logging.NOTSET
