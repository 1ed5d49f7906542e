"""``summarize REPORTS...`` (``summarizer.cli.run``): its flags, its output on stdout or in a
file, and bad input as one ``error:`` line with exit code 2, checked before any report is read."""

from __future__ import annotations

import json
import os
from importlib.metadata import version

import pytest
from typer.testing import CliRunner

from summarizer.cli import app
from summarizer.cli.run import check_up_front
from summarizer.errors import InputError

from corpora import GERMAN, WAREHOUSE_FIRE

REPORTS = WAREHOUSE_FIRE[:2]  # two reports are enough for every flag checked here


@pytest.fixture
def reports(tmp_path):
    folder = tmp_path / "reports"
    folder.mkdir()
    for n, text in enumerate(REPORTS, 1):
        (folder / f"r{n}.txt").write_text(text)
    return folder


def run(*args: str, stdin: str | None = None):
    return CliRunner().invoke(app, list(args), input=stdin)


def test_a_folder_becomes_a_brief_on_stdout(reports):
    result = run(str(reports), "-s", "lead", "-l", "2s")
    assert (result.exit_code, result.stderr) == (0, "")
    assert result.stdout.strip() == ("A fire destroyed a warehouse in Arlen on Tuesday night. "
                                     "The Arlen warehouse held paper and furniture, its owner said.")


def test_the_run_command_name_is_optional(reports):
    assert run("run", str(reports), "-s", "lead", "-l", "2s").stdout == \
        run(str(reports), "--strategy", "lead", "--length", "2s").stdout


def test_stdin_is_a_report():
    result = run("-", "-s", "lead", "-l", "1s", stdin=REPORTS[0])
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "A fire destroyed a warehouse in Arlen on Tuesday night."


@pytest.mark.parametrize("fmt, check", [
    ("json", lambda out: json.loads(out)["strategy"] == "lead"),
    ("markdown", lambda out: "r1.txt" in out and "Arlen" in out),
    ("html", lambda out: out.startswith("<!DOCTYPE html>")),
])
def test_each_format(reports, fmt, check):
    result = run(str(reports), "-s", "lead", "-l", "2s", "-f", fmt)
    assert result.exit_code == 0, result.output
    assert check(result.stdout)


def test_output_goes_to_the_file_not_stdout(reports, tmp_path):
    target = tmp_path / "brief.json"
    result = run(str(reports), "-s", "lead", "-l", "2s", "-f", "json", "-o", str(target))
    assert (result.exit_code, result.stdout) == (0, "")
    assert json.loads(target.read_text())["length"] == "2s"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["brief.json", "reports"]


@pytest.mark.parametrize("args, message", [
    ([], "error: no reports given: name files or folders, or - for stdin"),
    (["{reports}", "-l", "0w"], "error: malformed length '0w'"),
    (["{reports}", "-s", "nosuch"], "error: unknown strategy 'nosuch'"),
    (["{reports}", "-s", "lead", "--model", "m"], "error: --model is used only by the abstractive strategies"),
    (["{reports}", "-o", "{reports}/r1.txt"], "is one of the input files: refusing to overwrite it"),
    (["{reports}", "-f", "pdf"], "error: Invalid value for '--format' / '-f'"),
    (["{reports}", "--nosuch"], "error: No such option: --nosuch"),
    (["{reports}", "-L", "Klingon"], "error: "),
    (["/nonexistent/report.txt"], "/nonexistent/report.txt"),
])
def test_bad_input_is_one_error_line_and_exit_code_2(reports, args, message):
    result = run(*[a.format(reports=reports) for a in args])
    lines = result.stderr.splitlines()
    assert result.exit_code == 2, result.output
    assert len(lines) == 1 and lines[0].startswith("error: ") and message in lines[0], result.stderr
    assert result.stdout == ""
    assert (reports / "r1.txt").read_text() == REPORTS[0]


def test_version():
    result = run("--version")
    assert (result.exit_code, result.stdout) == (0, f"summarize {version('summarizer')}\n")


@pytest.mark.skipif(not GERMAN, reason="no German sample reports")
def test_warnings_go_to_stderr_and_quiet_hides_them(reports):
    mixed = [str(reports), str(GERMAN[0])]
    result = run(*mixed, "-s", "lead", "-l", "2s")
    assert result.exit_code == 0 and result.stdout
    assert [line for line in result.stderr.splitlines() if GERMAN[0].name in line][0].startswith("warning: report ")
    quiet = run(*mixed, "-s", "lead", "-l", "2s", "-q")
    assert (quiet.exit_code, quiet.stderr, quiet.stdout) == (0, "", result.stdout)


def test_check_up_front_returns_the_strategy_with_its_options():
    chosen = check_up_front(["x"], "mmr:balance=0.3", None, None)
    assert chosen.name == "mmr" and chosen.balance == 0.3


@pytest.mark.parametrize("reports", [None, [], ["", "  "]])
def test_check_up_front_needs_reports(reports):
    with pytest.raises(InputError, match="no reports given"):
        check_up_front(reports, None, None, None)


def test_an_output_in_a_missing_folder_is_refused_up_front(tmp_path):
    with pytest.raises(InputError):
        check_up_front(["x"], "lead", None, str(tmp_path / "missing" / "brief.txt"))


def test_a_link_loop_in_an_input_folder_does_not_hang_the_output_check(reports, tmp_path):
    os.symlink(reports, reports / "loop")
    os.symlink(reports / "r1.txt", reports / "alias.txt")
    check_up_front([str(reports)], "lead", None, str(tmp_path / "brief.txt"))
    with pytest.raises(InputError, match="is one of the input files"):
        check_up_front([str(reports)], "lead", None, str(reports / "alias.txt"))
