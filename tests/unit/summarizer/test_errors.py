"""Every mistake a user can make on the command line or in the API is one ``error:`` line
(exit 2) or one ``summarizer.errors`` exception, found before any model loads."""

from __future__ import annotations

import logging
import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from conftest import SEEDS, run_summarize
from summarizer import summarize
from summarizer.cli import app
from summarizer.errors import InputError, ModelLoadError, SummarizerError


def one_error_line(result) -> str:
    assert result.returncode == 2, (result.stdout, result.stderr)
    lines = [line for line in result.stderr.strip().splitlines() if not line.startswith("warning: ")]
    assert len(lines) == 1 and lines[0].startswith("error: "), result.stderr
    assert "Usage:" not in result.stderr and "Traceback" not in result.stderr
    return lines[0]


@pytest.mark.parametrize("args, expected", [
    (["-f", "xml"], "'xml' is not one of"),
    (["--bogus"], "No such option: --bogus"),
    (["-l"], "requires an argument"),
    (["-s", "ilp:trim=maybe"], "trim must be true or false"),
    (["-s", "ilp:trimm=1"], "valid options: min_reports"),
    (["-s", "ilp:max_nodes=2.5"], "max_nodes must be an integer"),
    (["-s", "lead", "--model", "x"], "only by the abstractive strategies"),
    (["-s", "abstractive", "--model", "/nonexistent/model"], "no such file or folder"),
])
def test_usage_mistakes_are_one_line(args: list[str], expected: str) -> None:
    assert expected in one_error_line(run_summarize(str(SEEDS), *args))


def test_an_offline_hub_id_fails_at_once() -> None:
    result = run_summarize(str(SEEDS), "-s", "abstractive", "--model", "no-org/no-model",
                           env={"HF_HUB_OFFLINE": "1"})
    assert "not in the local Hugging Face cache" in one_error_line(result)
    assert "Retrying" not in result.stderr


@pytest.mark.parametrize("output", ["missing/", "{tmp}", "/proc/brief.md", "", "{tmp}/no/brief.md"])
def test_output_that_cannot_be_written_is_refused_up_front(tmp_path: Path, output: str) -> None:
    one_error_line(run_summarize(str(SEEDS), "-o", output.format(tmp=tmp_path), cwd=tmp_path))
    assert list(tmp_path.iterdir()) == []


def test_an_empty_string_as_the_only_path_is_an_error() -> None:
    assert "no reports given" in one_error_line(run_summarize(""))


def test_a_symlink_loop_beside_the_output_does_not_crash(tmp_path: Path) -> None:
    folder = tmp_path / "reports"
    (folder / "sub").mkdir(parents=True)
    for report in sorted(SEEDS.iterdir()):
        (folder / report.name).write_bytes(report.read_bytes())
    (folder / "sub" / "up").symlink_to("..")
    (folder / "self").symlink_to("self")
    out = tmp_path / "brief.md"
    result = run_summarize(str(folder), "-o", str(out))
    assert result.returncode == 0, result.stderr
    assert out.read_text(encoding="utf-8").strip()
    assert "internal error" not in result.stderr


def test_help_names_the_command_as_the_readme_does_and_lists_the_others() -> None:
    for flag in ("--help", "-h"):
        result = run_summarize(flag)
        assert result.returncode == 0
        assert result.stdout.startswith("Usage: summarize [OPTIONS] REPORTS...")
        assert "summarize run" not in result.stdout
        for command in ("strategies", "eval", "batch"):
            assert f"\n  {command} " in result.stdout


def test_version_and_completion() -> None:
    from importlib.metadata import version

    assert run_summarize("--version").stdout.strip() == f"summarize {version('summarizer')}"
    # typer detects the user's shell from the process tree; a test runner may have none
    # (CI runs without a terminal), so the shell is named explicitly, as typer's tests do.
    completion = run_summarize("--show-completion", "bash",
                               env={"_TYPER_COMPLETE_TEST_DISABLE_SHELL_DETECTION": "1"})
    assert completion.returncode == 0 and "_SUMMARIZE_COMPLETE" in completion.stdout


def test_a_command_puts_the_summarizer_logger_back() -> None:
    logger = logging.getLogger("summarizer")
    before = (list(logger.handlers), logger.level, logger.propagate)
    result = CliRunner().invoke(app, [str(SEEDS), "-s", "lead", "-l", "3s"])
    assert result.exit_code == 0, result.output
    assert (list(logger.handlers), logger.level, logger.propagate) == before
    assert logger.propagate and logger.level == logging.NOTSET


def test_a_failing_command_puts_the_logger_and_environment_back() -> None:
    logger = logging.getLogger("summarizer")
    environment = dict(os.environ)
    result = CliRunner().invoke(app, ["-q", "/nonexistent/reports"])
    assert result.exit_code == 2
    assert not logger.handlers and logger.propagate and logger.level == logging.NOTSET
    assert dict(os.environ) == environment


# --- the API ------------------------------------------------------------------------------


def test_an_unknown_strategy_names_the_valid_ones() -> None:
    with pytest.raises(InputError, match="choose one of: lead, lexrank") as caught:
        summarize([str(SEEDS)], strategy="nope")
    assert type(caught.value).__module__ == "summarizer.errors"


def test_a_bad_strategy_option_lists_the_valid_ones_not_a_signature() -> None:
    with pytest.raises(InputError) as caught:
        summarize([str(SEEDS)], strategy="ilp", trimm=True)
    assert "valid options:" in str(caught.value) and "__init__" not in str(caught.value)


def test_an_integer_length_means_words() -> None:
    assert str(summarize([str(SEEDS)], strategy="lead", length=30).length) == "30w"
    with pytest.raises(InputError):
        summarize([str(SEEDS)], strategy="lead", length=True)


def test_a_missing_model_fails_before_any_report_is_read(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError):
        from summarizer.generation.models import check_model

        check_model(str(tmp_path / "missing"))
    assert issubclass(ModelLoadError, SummarizerError) and issubclass(InputError, SummarizerError)


def test_a_settings_option_cannot_be_spelled_in_a_spec() -> None:
    """``rules`` is a CandidateRules object: from a spec it is a one-line error, not a crash."""
    result = run_summarize(str(SEEDS), "-s", "lexrank:rules=x")
    assert result.returncode == 2
    assert result.stderr.splitlines() == [
        "error: strategy 'lexrank': option rules must be a CandidateRules "
        "(given from Python, not in a spec), not 'x'"]
